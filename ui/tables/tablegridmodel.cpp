// SPDX-License-Identifier: MIT
#include "ui/tables/tablegridmodel.h"

#include <QTimer>

#include "core/browse/gridread.h"
#include "core/store/datasetreader.h"
#include "ui/common/cellroles.h"

using namespace Qt::StringLiterals;

namespace Gui {

namespace {

// Chunks asked for while one fetch runs: only the newest few are still on screen when it ends.
constexpr int MaxWantedChunks = 4;

struct ChunkRows
{
    int chunk = 0;
    QHash<qint64, QVariantList> rows; // by rowid
};

} // namespace

TableGridModel::TableGridModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

TableGridModel::~TableGridModel() = default;

void TableGridModel::setDataset(const QString &path)
{
    if (m_reader && m_reader->path() == path)
        return;
    beginResetModel();
    m_reader = std::make_unique<Core::DatasetReader>(path);
    m_table = {};
    m_query = {};
    m_filterTexts.clear();
    m_keys.clear();
    m_chunks.clear();
    m_chunkOrder.clear();
    m_wanted.clear();
    m_latest.drop();
    endResetModel();
    setLoading(false);
    emit viewChanged();
}

QString TableGridModel::datasetPath() const
{
    return m_reader ? m_reader->path() : QString();
}

void TableGridModel::setTable(const Core::TableInfo &table)
{
    m_table = table;
    m_query = {};
    m_query.table = table.name;
    for (const Core::ColumnInfo &column : table.columns)
        m_query.columns.append(column.name);
    m_filterTexts.clear();
    loadKeys(true);
}

QString TableGridModel::setFilter(int column, const QString &text)
{
    if (column < 0 || column >= m_query.columns.size())
        return {};
    QString error;
    const bool hadFilter = m_query.filters.contains(column);
    if (text.trimmed().isEmpty()) {
        m_filterTexts.remove(column);
        m_query.filters.remove(column);
        if (!hadFilter)
            return {};
    } else {
        m_filterTexts.insert(column, text);
        const auto parsed = Core::ColumnFilter::parse(text);
        if (parsed) {
            m_query.filters.insert(column, parsed.value());
        } else {
            error = parsed.error();
            m_query.filters.remove(column);
            if (!hadFilter)
                return error;
        }
    }
    loadKeys(false);
    return error;
}

void TableGridModel::clearFilters()
{
    m_filterTexts.clear();
    if (m_query.filters.isEmpty())
        return;
    m_query.filters.clear();
    loadKeys(false);
}

void TableGridModel::sort(int column, Qt::SortOrder order)
{
    const std::optional<int> wanted =
        column >= 0 && column < m_query.columns.size() ? std::optional<int>(column) : std::nullopt;
    const bool descending = order == Qt::DescendingOrder;
    if (wanted == m_query.sortColumn && (!wanted || descending == m_query.descending))
        return;
    m_query.sortColumn = wanted;
    m_query.descending = descending;
    loadKeys(false);
}

void TableGridModel::reload()
{
    if (hasTable())
        loadKeys(false);
}

void TableGridModel::setLoading(bool loading)
{
    if (loading == m_loadingKeys)
        return;
    m_loadingKeys = loading;
    emit loadingChanged(loading);
}

void TableGridModel::loadKeys(bool clearFirst)
{
    if (!m_reader)
        return;
    // A sort of a million rows may still be running for the view we are leaving.
    m_reader->interrupt();
    if (clearFirst)
        applyKeys({});
    setLoading(true);
    m_reader->run<QList<qint64>>(
        [query = m_query](Core::SqliteDatabase &db) { return Core::GridRead::keys(db, query); },
        this, m_latest.request([this](const Core::Result<QList<qint64>, QString> &result) {
            setLoading(false);
            if (!result) {
                applyKeys({});
                emit errorOccurred(result.error());
                return;
            }
            applyKeys(result.value());
        }));
}

void TableGridModel::applyKeys(const QList<qint64> &keys)
{
    // Other rows than before, even when as many: a reset is the honest signal. The pane keeps
    // the user's place across it (TablesPane::refresh).
    beginResetModel();
    m_keys = keys;
    m_chunks.clear();
    m_chunkOrder.clear();
    m_wanted.clear();
    m_dropped.clear();
    endResetModel();
    emit viewChanged();
}

int TableGridModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_keys.size());
}

int TableGridModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_query.columns.size());
}

const QVariantList *TableGridModel::rowValues(int row) const
{
    const int chunk = row / ChunkSize;
    const auto found = m_chunks.constFind(chunk);
    if (found == m_chunks.cend()) {
        requestChunk(chunk);
        return nullptr;
    }
    const int offset = row % ChunkSize;
    return offset < found->size() ? &found->at(offset) : nullptr;
}

QVariant TableGridModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_keys.size() || index.column() >= columnCount())
        return {};
    const QVariantList *values = rowValues(index.row());
    if (role == IsLoadedRole)
        return values != nullptr;
    if (!values || index.column() >= values->size())
        return {};
    const QVariant &value = values->at(index.column());
    return role == RawValueRole ? value : cellData(value, role);
}

QVariant TableGridModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (role == Qt::DisplayRole)
            return section + 1;
        return {};
    }
    if (section < 0 || section >= m_table.columns.size())
        return {};
    const Core::ColumnInfo &column = m_table.columns.at(section);
    if (role == Qt::DisplayRole)
        return column.name;
    if (role == Qt::ToolTipRole) {
        QStringList facts { column.dataType.isEmpty() ? column.declaredType : column.dataType };
        if (column.primaryKey)
            facts.append(tr("primary key"));
        if (!column.nullable)
            facts.append(tr("not null"));
        if (column.variant)
            facts.append(tr("variant column"));
        return u"%1\n%2"_s.arg(column.name, facts.join(u" · "_s));
    }
    return {};
}

void TableGridModel::requestChunk(int chunk) const
{
    if (m_wanted.contains(chunk))
        return;
    m_wanted.append(chunk);
    while (m_wanted.size() > MaxWantedChunks)
        m_dropped.insert(m_wanted.takeFirst());
    if (!m_fetchScheduled && !m_fetchInFlight) {
        m_fetchScheduled = true;
        // Coalesces the requests of one paint into one fetch.
        QTimer::singleShot(0, const_cast<TableGridModel *>(this), &TableGridModel::fetchWanted);
    }
}

void TableGridModel::fetchWanted()
{
    m_fetchScheduled = false;
    if (m_fetchInFlight || m_wanted.isEmpty() || !m_reader)
        return;
    const Core::Latest::Ticket view = m_latest.current();
    QList<QPair<int, QList<qint64>>> jobs;
    for (const int chunk : std::as_const(m_wanted)) {
        const qsizetype first = qsizetype(chunk) * ChunkSize;
        if (first >= m_keys.size())
            continue;
        jobs.append({ chunk, m_keys.mid(first, ChunkSize) });
    }
    m_wanted.clear();
    if (jobs.isEmpty())
        return;
    m_fetchInFlight = true;
    m_reader->run<QList<ChunkRows>>(
        [jobs, query = m_query](Core::SqliteDatabase &db) {
            QList<ChunkRows> out;
            for (const auto &[chunk, keys] : jobs)
                out.append({ chunk, Core::GridRead::rowsByKey(db, query, keys) });
            return out;
        },
        this,
        [this, view](const Core::Result<QList<ChunkRows>, QString> &result) {
            m_fetchInFlight = false;
            if (!m_latest.isCurrent(view)) {
                fetchWanted();
                return;
            }
            if (!result) {
                emit errorOccurred(result.error());
                return;
            }
            const int lastColumn = columnCount() - 1;
            for (const ChunkRows &fetched : result.value()) {
                const qsizetype first = qsizetype(fetched.chunk) * ChunkSize;
                const qsizetype last = std::min<qsizetype>(first + ChunkSize, m_keys.size());
                QList<QVariantList> rows;
                rows.reserve(last - first);
                for (qsizetype i = first; i < last; ++i)
                    rows.append(fetched.rows.value(m_keys.at(i)));
                m_chunks.insert(fetched.chunk, rows);
                m_chunkOrder.removeAll(fetched.chunk);
                m_chunkOrder.append(fetched.chunk);
                m_dropped.remove(fetched.chunk);
                emit dataChanged(index(int(first), 0), index(int(last - 1), lastColumn));
            }
            while (m_chunkOrder.size() > MaxCachedChunks)
                m_chunks.remove(m_chunkOrder.takeFirst());
            // Chunks given up on while this fetch ran: if still on screen, the view asks again.
            const QSet<int> dropped = std::exchange(m_dropped, {});
            for (const int chunk : dropped) {
                const qsizetype first = qsizetype(chunk) * ChunkSize;
                if (first >= m_keys.size())
                    continue;
                const qsizetype last = std::min<qsizetype>(first + ChunkSize, m_keys.size());
                emit dataChanged(index(int(first), 0), index(int(last - 1), lastColumn));
            }
            fetchWanted();
        });
}

void TableGridModel::readRows(const QList<int> &rows, QObject *context,
    const std::function<void(const QList<QVariantList> &)> &done)
{
    if (!m_reader)
        return;
    QList<qint64> keys;
    for (const int row : rows) {
        if (row >= 0 && row < m_keys.size())
            keys.append(m_keys.at(row));
    }
    const Core::ViewQuery query = m_query;
    m_reader->run<QList<QVariantList>>(
        [keys, query](
            Core::SqliteDatabase &db) { return Core::GridRead::rowsInOrder(db, query, keys); },
        context,
        [done](const Core::Result<QList<QVariantList>, QString> &result) {
            done(result ? result.value() : QList<QVariantList>());
        });
}

} // namespace Gui
