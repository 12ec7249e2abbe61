// SPDX-License-Identifier: MIT
#pragma once

#include <QSet>
#include <QTextBrowser>

#include "core/diff/diffdocument.h"

namespace Gui {

/**
 * Shows a comparison of two setting versions (a Core::DiffDocument): inline, each differing
 * leaf as a "−" and a "+" line, or side by side in Before and After columns. Changed values
 * have their changed characters marked (Core::TextDiff). Unchanged leaves away from a change
 * fold into a "12 unchanged fields — Show" line that expands where it is; setShowUnchanged()
 * unfolds them all. One change is current: it is marked, scrolled to, and moved with
 * nextChange() / previousChange().
 */
class DiffView final : public QTextBrowser
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DiffView)

public:
    enum class Mode { Inline, SideBySide };

    // Unchanged leaves kept visible above and below each change.
    static constexpr int Context = 2;

    explicit DiffView(QWidget *parent = nullptr);

    void setComparison(const Core::DiffDocument &document);
    const Core::DiffDocument &comparison() const { return m_document; }
    void setMode(Mode mode);
    Mode mode() const { return m_mode; }
    void setShowUnchanged(bool all);
    // Shown instead of a comparison: there is nothing to compare yet, and why.
    void setMessage(const QString &text);

    int currentChange() const { return m_current; }
    int changeCount() const { return int(m_document.changes.size()); }
    void setCurrentChange(int index);
    void nextChange();
    void previousChange();
    // Folded runs still folded, for tests.
    int foldedRuns() const { return m_foldedRuns; }

signals:
    void currentChangeChanged(int index, int count);

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Colors
    {
        QString removed, added, strongRemoved, strongAdded, muted, marker;
    };

    void render();
    Colors colors() const;
    QString rowHtml(const Core::DiffDocument::Row &row, const Colors &c, bool anchor) const;
    QString foldHtml(int start, int count) const;

    Core::DiffDocument m_document;
    Mode m_mode = Mode::SideBySide;
    bool m_showUnchanged = false;
    QSet<int> m_unfolded; // first rows of the runs the user unfolded
    QString m_message;
    int m_current = -1;
    int m_foldedRuns = 0;
};

} // namespace Gui
