// SPDX-License-Identifier: MIT
#include "ui/common/viewcopy.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QClipboard>
#include <QItemSelectionModel>
#include <algorithm>

#include "core/export/exporter.h"

namespace Gui {

namespace {

struct Picked
{
    QList<int> rows, columns;
};

Picked picked(const QAbstractItemView *view, const std::function<bool(int)> &skipRow)
{
    Picked out;
    for (const QModelIndex &index : view->selectionModel()->selectedIndexes()) {
        if (skipRow && skipRow(index.row()))
            continue;
        if (!out.rows.contains(index.row()))
            out.rows.append(index.row());
        if (!out.columns.contains(index.column()))
            out.columns.append(index.column());
    }
    std::sort(out.rows.begin(), out.rows.end());
    std::sort(out.columns.begin(), out.columns.end());
    return out;
}

QString linesOf(const QAbstractItemView *view, const Picked &cells, bool withHeaders, int role)
{
    const QAbstractItemModel *model = view->model();
    const QItemSelectionModel *selection = view->selectionModel();
    QStringList lines;
    if (withHeaders) {
        QVariantList header;
        for (const int column : cells.columns)
            header.append(model->headerData(column, Qt::Horizontal, Qt::DisplayRole));
        lines.append(Core::Exporter::clipboardLine(header));
    }
    for (const int row : cells.rows) {
        QVariantList line;
        for (const int column : cells.columns) {
            const QModelIndex index = model->index(row, column);
            line.append(selection->isSelected(index) ? index.data(role) : QVariant());
        }
        lines.append(Core::Exporter::clipboardLine(line));
    }
    return lines.join(u'\n') + u'\n';
}

} // namespace

int copySelectedCells(const QAbstractItemView *view, bool withHeaders, int role,
    const std::function<bool(int row)> &skipRow)
{
    if (!view->model() || !view->selectionModel())
        return 0;
    const Picked cells = picked(view, skipRow);
    if (cells.rows.isEmpty())
        return 0;
    QApplication::clipboard()->setText(linesOf(view, cells, withHeaders, role));
    return int(cells.rows.size());
}

} // namespace Gui
