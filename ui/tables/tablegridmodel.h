// SPDX-License-Identifier: MIT
#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QSet>
#include <QVariant>
#include <functional>
#include <memory>

#include "core/browse/tableinventory.h"
#include "core/browse/viewquery.h"
#include "core/common/latest.h"

namespace Core {
class DatasetReader;
}

namespace Gui {

/**
 * One table of the dataset as a grid, however big: a lazy model fed by its own reader thread.
 *
 * Changing the table, a filter or the sort first reads the rowids of the whole view, in order,
 * off the GUI thread (Core::ViewQuery::keySql); rows are then fetched by rowid in chunks of
 * ChunkSize as the view asks for them, at most one fetch in flight, and a bounded cache keeps
 * the chunks seen last. Until a chunk arrives its cells are empty; dataChanged() follows.
 * Answers that arrive after the view changed are dropped (Core::Latest).
 *
 * reload() re-reads the same view (after a sync); the model resets, and the pane puts the view
 * back where it was.
 */
class TableGridModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TableGridModel)

public:
    static constexpr int ChunkSize = 256;
    static constexpr int MaxCachedChunks = 64;
    enum Role { RawValueRole = Qt::UserRole + 1, IsLoadedRole };

    explicit TableGridModel(QObject *parent = nullptr);
    ~TableGridModel() override;

    void setDataset(const QString &path);
    void setTable(const Core::TableInfo &table);
    const Core::TableInfo &table() const { return m_table; }
    bool hasTable() const { return !m_table.name.isEmpty(); }

    // Returns why the text is not a filter (the filter is then left out), or an empty string.
    QString setFilter(int column, const QString &text);
    QString filterText(int column) const { return m_filterTexts.value(column); }
    bool hasFilters() const { return !m_query.filters.isEmpty(); }
    void clearFilters();
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    void reload();

    bool isLoading() const { return m_loadingKeys; }
    const Core::ViewQuery &viewQuery() const { return m_query; }
    QString datasetPath() const;

    // Values of whole rows, loaded or not, for copying and the JSON viewer.
    void readRows(const QList<int> &rows, QObject *context,
        const std::function<void(const QList<QVariantList> &)> &done);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

signals:
    void loadingChanged(bool loading);
    void viewChanged(); // the number of rows of the view is known (again)
    void errorOccurred(const QString &message);

private:
    void loadKeys(bool clearFirst);
    void applyKeys(const QList<qint64> &keys);
    void requestChunk(int chunk) const;
    void fetchWanted();
    void setLoading(bool loading);
    const QVariantList *rowValues(int row) const;

    std::unique_ptr<Core::DatasetReader> m_reader;
    Core::TableInfo m_table;
    Core::ViewQuery m_query;
    QHash<int, QString> m_filterTexts;
    QList<qint64> m_keys; // rowids of the view, in view order
    Core::Latest m_latest; // one request per view: its keys, then its chunks
    bool m_loadingKeys = false;

    // Caching is an implementation detail of data(), which is const.
    mutable QHash<int, QList<QVariantList>> m_chunks;
    mutable QList<int> m_chunkOrder; // least recently filled first
    mutable QList<int> m_wanted; // newest last
    mutable QSet<int> m_dropped; // asked for but superseded: re-announced after the next fetch
    mutable bool m_fetchScheduled = false;
    bool m_fetchInFlight = false;
};

} // namespace Gui
