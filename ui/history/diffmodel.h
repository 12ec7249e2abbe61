// SPDX-License-Identifier: MIT
#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QSet>

#include "core/diff/diffdocument.h"
#include "ui/history/diffcolors.h"

namespace Gui {

/**
 * A comparison (Core::DiffDocument) as table rows for DiffView: side by side (Field, Before,
 * After) or inline (±, Field, Value, a differing leaf taking a "−" and a "+" row). Unchanged
 * leaves more than Context rows away from a change fold into one "⋯ 28 unchanged fields —
 * show" row, which unfold() opens in place. Changed values carry the ranges of the characters
 * that changed (HighlightsRole), worked out only for rows that are painted.
 */
class DiffModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DiffModel)

public:
    enum class Mode { Inline, SideBySide };
    enum Role {
        ChangeRole = Qt::UserRole + 1, // the change the row shows, or -1
        FoldRole, // rows folded into this one (0: not a fold)
        HighlightsRole, // QList<QPair<int, int>>: start and length of changed characters
        HighlightColorRole, // QColor for them
        CurrentRole, // bool: the row belongs to the current change
        PathCellRole, // bool: the cell holds the field's path
    };
    static constexpr int Context = 2;

    explicit DiffModel(QObject *parent = nullptr);
    ~DiffModel() override;

    void setDocument(const Core::DiffDocument &document);
    const Core::DiffDocument &document() const { return m_document; }
    void setMode(Mode mode);
    Mode mode() const { return m_mode; }
    void setShowUnchanged(bool all);
    void setColors(const DiffColors &colors);
    void setCurrentChange(int change);
    void unfold(int row);

    int currentChange() const { return m_current; }
    // The table rows showing `change` (they are adjacent), or -1, -1 when none does.
    QPair<int, int> rowsOf(int change) const;
    int firstRowOf(int change) const { return rowsOf(change).first; }
    int foldedRuns() const { return m_foldedRuns; }
    int valueColumn(bool newer) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    // One table row: a leaf (both sides, or one side of it inline) or a fold.
    struct Entry
    {
        enum class Side { Both, Older, Newer };
        int leaf = -1; // index into m_document.rows; first folded leaf for a fold
        Side side = Side::Both;
        int folded = 0;
    };
    struct Marks
    {
        QList<QPair<int, int>> older, newer;
    };

    void rebuild();
    const Marks &marksOf(int leaf) const;

    Core::DiffDocument m_document;
    Mode m_mode = Mode::SideBySide;
    bool m_showUnchanged = false;
    DiffColors m_colors = DiffColors::forPalette(QPalette());
    QSet<int> m_unfolded; // first leaves of the runs the user opened
    QList<Entry> m_entries;
    int m_current = -1;
    int m_foldedRuns = 0;
    mutable QHash<int, Marks> m_marks;
};

} // namespace Gui
