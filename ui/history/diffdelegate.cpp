// SPDX-License-Identifier: MIT
#include "ui/history/diffdelegate.h"

#include <QApplication>
#include <QPainter>
#include <QTextLayout>

#include "ui/history/diffmodel.h"

namespace Gui {

void DiffDelegate::paint(
    QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const auto marks = index.data(DiffModel::HighlightsRole).value<QList<QPair<int, int>>>();
    if (marks.isEmpty()) {
        QStyledItemDelegate::paint(painter, option, index);
    } else {
        paintMarked(painter, option, index, marks);
    }
    // The current change: a bar in the highlight colour down the left of its rows, which keeps
    // the removed and added colours readable (a selection would cover them).
    if (index.data(DiffModel::CurrentRole).toBool()
        && index.data(DiffModel::PathCellRole).toBool()) {
        const QRect bar(option.rect.left(), option.rect.top(), 4, option.rect.height());
        painter->fillRect(bar, option.palette.color(QPalette::Highlight));
    }
}

void DiffDelegate::paintMarked(QPainter *painter, const QStyleOptionViewItem &option,
    const QModelIndex &index, const QList<QPair<int, int>> &marks) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget); // background, focus

    QTextCharFormat strong;
    strong.setBackground(index.data(DiffModel::HighlightColorRole).value<QColor>());
    QList<QTextLayout::FormatRange> ranges;
    for (const auto &[start, length] : marks)
        ranges.append({ start, length, strong });
    QTextLayout layout(text, opt.font);
    layout.setFormats(ranges);
    layout.beginLayout();
    QTextLine line = layout.createLine();
    line.setLineWidth(1e6); // one line, clipped to the cell like any other
    layout.endLayout();
    const QRect rect = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget);
    painter->save();
    painter->setClipRect(rect);
    painter->setPen(opt.palette.color(
        opt.state & QStyle::State_Selected ? QPalette::HighlightedText : QPalette::Text));
    const qreal top = rect.top() + (rect.height() - line.height()) / 2;
    layout.draw(painter, QPointF(rect.left() + 2, top)); // the style's text margin
    painter->restore();
}

} // namespace Gui
