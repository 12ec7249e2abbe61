// SPDX-License-Identifier: MIT
#pragma once

#include <QHeaderView>
#include <QList>
#include <QTimer>

class QLineEdit;

namespace Gui {

/**
 * A horizontal header with a filter box under every column label (as in DB Browser for
 * SQLite). Typing pauses briefly before filterChanged() so a million-row table is not
 * re-filtered on every key; Return applies at once. A filter the model refuses is outlined
 * and explains itself in its tooltip.
 */
class FilterHeader final : public QHeaderView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FilterHeader)

public:
    explicit FilterHeader(QWidget *parent = nullptr);
    ~FilterHeader() override;

    void setFilterCount(int columns);
    void setFilterText(int column, const QString &text);
    void setFilterError(int column, const QString &error);
    void clearFilters();
    QLineEdit *filterEditor(int column) const;
    void focusFilter(int column);

    QSize sizeHint() const override;

signals:
    void filterChanged(int column, const QString &text);

protected:
    void updateGeometries() override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void adjustPositions();
    void placeInTabOrder();
    void emitPending();

    QList<QLineEdit *> m_editors;
    QTimer m_debounce;
    int m_pendingColumn = -1;
};

} // namespace Gui
