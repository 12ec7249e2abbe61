// SPDX-License-Identifier: MIT
#pragma once

#include <QStyledItemDelegate>

namespace Gui {

// Paints a diff cell with its changed characters marked (DiffModel::HighlightsRole); other
// cells as any item view does.
class DiffDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DiffDelegate)

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
        const QModelIndex &index) const override;

private:
    void paintMarked(QPainter *painter, const QStyleOptionViewItem &option,
        const QModelIndex &index, const QList<QPair<int, int>> &marks) const;
};

} // namespace Gui
