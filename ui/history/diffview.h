// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

#include "core/diff/diffdocument.h"
#include "ui/history/diffmodel.h"

class QLabel;
class QStackedWidget;
class QTableView;
class QTextBrowser;

namespace Gui {

/**
 * Shows a comparison of two setting versions: a table of its leaves (DiffModel), inline or
 * side by side, the changed characters marked, unchanged leaves folded around the changes;
 * below it the current change in full, long values wrapped. One change is current: selected,
 * scrolled to, and moved with nextChange() / previousChange(). Only the rows on screen are
 * painted, so a setting of thousands of fields opens and unfolds at once.
 */
class DiffView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DiffView)

public:
    using Mode = DiffModel::Mode;

    explicit DiffView(QWidget *parent = nullptr);
    ~DiffView() override;

    // Its lists and grids in reading order, for the pane's F6 (PaneParts).
    QList<QWidget *> parts() const;

    // `same` says why there is nothing to show when the document has no change.
    void setComparison(const Core::DiffDocument &document, const QString &same = {});
    const Core::DiffDocument &comparison() const { return m_model->document(); }
    void setMode(Mode mode);
    Mode mode() const { return m_model->mode(); }
    void setShowUnchanged(bool all);
    // Shown instead of a comparison: there is nothing to compare yet, and why.
    void setMessage(const QString &text);
    QString message() const;

    int currentChange() const { return m_model->currentChange(); }
    int changeCount() const { return int(comparison().changes.size()); }
    void setCurrentChange(int index);
    void nextChange();
    void previousChange();
    // Opens the fold at `row` of the table in place.
    void unfold(int row);
    // The selected cells to the clipboard, tab-separated, with whole values; returns the rows.
    int copySelection(bool withHeaders);
    int foldedRuns() const { return m_model->foldedRuns(); }

    DiffModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }

signals:
    void currentChangeChanged(int index, int count);

protected:
    void changeEvent(QEvent *event) override;

private:
    void layoutColumns();
    int fieldColumnWidth() const;
    void applySpans();
    void showCurrent();
    void renderDetails();

    DiffModel *m_model = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_message = nullptr;
    QTableView *m_table = nullptr;
    QTextBrowser *m_details = nullptr;
    QString m_same; // the details' text for a comparison without changes
    int m_chosenFieldWidth = 0; // the Field column as the person dragged it; 0: fit the paths
    bool m_laying = false; // our own resizes are not the person's
};

} // namespace Gui
