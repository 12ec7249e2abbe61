// SPDX-License-Identifier: MIT
#include "ui/common/datasetinventory.h"

#include "core/store/datasetreader.h"

namespace Gui {

DatasetInventory::DatasetInventory(QObject *parent)
    : QObject(parent)
{
}

DatasetInventory::~DatasetInventory() = default;

void DatasetInventory::setDataset(const QString &path)
{
    if (m_reader && m_reader->path() == path)
        return;
    m_reader = std::make_unique<Core::DatasetReader>(path);
    reload();
}

QString DatasetInventory::datasetPath() const
{
    return m_reader ? m_reader->path() : QString();
}

const Core::TableInfo *DatasetInventory::find(const QString &name) const
{
    for (const Core::TableInfo &table : m_tables) {
        if (table.name == name)
            return &table;
    }
    return nullptr;
}

void DatasetInventory::reload()
{
    if (!m_reader)
        return;
    m_reader->run<QList<Core::TableInfo>>(
        [](Core::SqliteDatabase &db) { return Core::TableInventory::read(db); }, this,
        m_latest.request([this](const Core::Result<QList<Core::TableInfo>, QString> &result) {
            m_loaded = true;
            m_error = result ? QString() : result.error();
            m_tables = result ? result.value() : QList<Core::TableInfo>();
            // Old counts stay visible until the new ones arrive: a refresh does not flicker.
            QHash<QString, qint64> kept;
            QStringList names;
            for (const Core::TableInfo &table : std::as_const(m_tables)) {
                names.append(table.name);
                if (m_counts.contains(table.name))
                    kept.insert(table.name, m_counts.value(table.name));
            }
            m_counts = kept;
            emit tablesChanged();
            countNext(names);
        }));
}

void DatasetInventory::countNext(QStringList remaining)
{
    if (remaining.isEmpty())
        return;
    const QString table = remaining.takeFirst();
    m_reader->run<qint64>(
        [table](Core::SqliteDatabase &db) { return Core::TableInventory::rowCount(db, table); },
        this,
        m_latest.follow([this, table, remaining](const Core::Result<qint64, QString> &result) {
            if (result) {
                m_counts.insert(table, result.value());
                emit rowCountChanged(table, result.value());
            }
            countNext(remaining);
        }));
}

} // namespace Gui
