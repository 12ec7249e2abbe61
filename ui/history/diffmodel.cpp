// SPDX-License-Identifier: MIT
#include "ui/history/diffmodel.h"

#include <QFont>

#include "core/diff/textdiff.h"

using namespace Qt::StringLiterals;

namespace Gui {

namespace {

using Row = Core::DiffDocument::Row;

// One line per cell: a line break shows as ↵, one character for one, so highlight offsets hold.
QString displayText(const QJsonValue &value)
{
    if (value.isUndefined())
        return {};
    if (value.isString() && value.toString().isEmpty())
        return u"\"\""_s; // an empty string would look like no value at all
    QString text = Core::SettingsDiff::valueText(value);
    text.replace(u'\n', u'↵');
    return text;
}

} // namespace

DiffModel::DiffModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

DiffModel::~DiffModel() = default;

void DiffModel::setDocument(const Core::DiffDocument &document)
{
    m_document = document;
    m_unfolded.clear();
    m_marks.clear();
    m_current = m_document.leadChange();
    rebuild();
}

void DiffModel::setMode(Mode mode)
{
    if (m_mode == mode)
        return;
    m_mode = mode;
    rebuild();
}

void DiffModel::setShowUnchanged(bool all)
{
    if (m_showUnchanged == all)
        return;
    m_showUnchanged = all;
    m_unfolded.clear();
    rebuild();
}

void DiffModel::setColors(const DiffColors &colors)
{
    m_colors = colors;
    if (!m_entries.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

void DiffModel::setCurrentChange(int change)
{
    const int before = m_current;
    m_current = change;
    for (const int c : { before, change }) {
        const auto [first, last] = rowsOf(c);
        if (first >= 0) {
            emit dataChanged(
                index(first, 0), index(last, columnCount() - 1), { Qt::FontRole, CurrentRole });
        }
    }
}

void DiffModel::unfold(int row)
{
    if (row < 0 || row >= m_entries.size() || m_entries.at(row).folded == 0)
        return;
    m_unfolded.insert(m_entries.at(row).leaf);
    rebuild();
}

void DiffModel::rebuild()
{
    beginResetModel();
    m_entries.clear();
    m_foldedRuns = 0;
    const auto &rows = m_document.rows;
    // Every differing leaf and its context stay; the rest folds, unless shown or opened.
    QList<bool> shown(rows.size(), m_showUnchanged);
    for (qsizetype r = 0; r < rows.size() && !m_showUnchanged; ++r) {
        if (rows.at(r).change < 0)
            continue;
        for (qsizetype k = qMax<qsizetype>(0, r - Context);
             k <= qMin<qsizetype>(rows.size() - 1, r + Context); ++k)
            shown[k] = true;
    }
    for (qsizetype r = 0; r < rows.size();) {
        if (!shown.at(r) && !m_unfolded.contains(int(r))) {
            qsizetype end = r;
            while (end < rows.size() && !shown.at(end))
                ++end;
            m_entries.append({ int(r), Entry::Side::Both, int(end - r) });
            ++m_foldedRuns;
            r = end;
            continue;
        }
        if (!shown.at(r)) { // an opened run: all of it
            for (; r < rows.size() && !shown.at(r); ++r)
                m_entries.append({ int(r), Entry::Side::Both, 0 });
            continue;
        }
        const Row &row = rows.at(r);
        if (m_mode == Mode::Inline && row.change >= 0) {
            if (!row.oldValue.isUndefined())
                m_entries.append({ int(r), Entry::Side::Older, 0 });
            if (!row.newValue.isUndefined())
                m_entries.append({ int(r), Entry::Side::Newer, 0 });
        } else {
            m_entries.append({ int(r), Entry::Side::Both, 0 });
        }
        ++r;
    }
    endResetModel();
}

QPair<int, int> DiffModel::rowsOf(int change) const
{
    const auto shows = [&](qsizetype i) {
        const Entry &e = m_entries.at(i);
        return e.folded == 0 && m_document.rows.at(e.leaf).change == change;
    };
    if (change < 0)
        return { -1, -1 };
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        if (!shows(i))
            continue;
        qsizetype last = i;
        while (last + 1 < m_entries.size() && shows(last + 1))
            ++last;
        return { int(i), int(last) };
    }
    return { -1, -1 };
}

int DiffModel::valueColumn(bool newer) const
{
    return m_mode == Mode::SideBySide ? (newer ? 2 : 1) : 2;
}

const DiffModel::Marks &DiffModel::marksOf(int leaf) const
{
    const auto found = m_marks.constFind(leaf);
    if (found != m_marks.cend())
        return *found;
    Marks marks;
    const Row &row = m_document.rows.at(leaf);
    const QString older = displayText(row.oldValue), newer = displayText(row.newValue);
    int atOld = 0, atNew = 0;
    for (const Core::TextDiff::Segment &s : Core::TextDiff::diff(older, newer)) {
        const int n = int(s.text.size());
        if (s.kind == Core::TextDiff::Segment::Kind::Same) {
            atOld += n;
            atNew += n;
        } else if (s.kind == Core::TextDiff::Segment::Kind::Removed) {
            marks.older.append({ atOld, n });
            atOld += n;
        } else {
            marks.newer.append({ atNew, n });
            atNew += n;
        }
    }
    return *m_marks.insert(leaf, marks);
}

int DiffModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int DiffModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : 3;
}

QVariant DiffModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const Entry &entry = m_entries.at(index.row());
    if (entry.folded > 0) {
        switch (role) {
        case Qt::DisplayRole:
            return index.column() == 0
                ? tr("⋯ %Ln unchanged field(s) — show", nullptr, entry.folded)
                : QVariant();
        case FoldRole:
            return entry.folded;
        case Qt::ForegroundRole:
            return m_colors.link;
        case ChangeRole:
            return -1;
        case CurrentRole:
            return false;
        case Qt::TextAlignmentRole:
            return int(Qt::AlignCenter);
        case Qt::ToolTipRole:
            return tr("Click, or press Enter, to show these fields");
        }
        return {};
    }

    const Row &row = m_document.rows.at(entry.leaf);
    const bool changed = row.change >= 0;
    const bool sideBySide = m_mode == Mode::SideBySide;
    const int column = index.column();
    // Which value this cell holds: 0 none, 1 older, 2 newer.
    const int value = sideBySide           ? (column == 1 ? 1
                                        : column == 2     ? 2
                                                          : 0)
        : column != 2                      ? 0
        : entry.side == Entry::Side::Older ? 1
                                           : 2;
    const bool pathCell = sideBySide ? column == 0 : column == 1;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        if (pathCell) {
            if (role == Qt::ToolTipRole)
                return row.path;
            return entry.side == Entry::Side::Newer && !row.oldValue.isUndefined()
                ? QString()
                : Core::SettingsDiff::shortPath(row.path);
        }
        if (!sideBySide && column == 0)
            return entry.side == Entry::Side::Older ? u"−"_s
                : entry.side == Entry::Side::Newer  ? u"+"_s
                                                    : QString();
        if (value == 1)
            return role == Qt::ToolTipRole ? Core::SettingsDiff::valueText(row.oldValue)
                                           : displayText(row.oldValue);
        if (value == 2)
            return role == Qt::ToolTipRole ? Core::SettingsDiff::valueText(row.newValue)
                                           : displayText(row.newValue);
        return {};
    case Qt::BackgroundRole:
        if (!changed)
            return {};
        if (!sideBySide)
            return entry.side == Entry::Side::Older ? m_colors.removed : m_colors.added;
        if (value == 1 && !row.oldValue.isUndefined())
            return m_colors.removed;
        if (value == 2 && !row.newValue.isUndefined())
            return m_colors.added;
        return {};
    case Qt::ForegroundRole:
        return changed ? QVariant() : QVariant(m_colors.muted);
    case Qt::FontRole:
        if (changed && row.change == m_current && pathCell) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case ChangeRole:
        return row.change;
    case CurrentRole:
        return changed && row.change == m_current;
    case PathCellRole:
        return pathCell;
    case FoldRole:
        return 0;
    case HighlightsRole:
        if (value == 0 || !changed || !Core::SettingsDiff::isScalar(row.oldValue)
            || !Core::SettingsDiff::isScalar(row.newValue))
            return {};
        return QVariant::fromValue(
            value == 1 ? marksOf(entry.leaf).older : marksOf(entry.leaf).newer);
    case HighlightColorRole:
        return value == 1 ? m_colors.strongRemoved : m_colors.strongAdded;
    }
    return {};
}

QVariant DiffModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    if (m_mode == Mode::SideBySide) {
        switch (section) {
        case 0:
            return tr("Field");
        case 1:
            return tr("Before");
        case 2:
            return tr("After");
        }
        return {};
    }
    switch (section) {
    case 1:
        return tr("Field");
    case 2:
        return tr("Value");
    }
    return {};
}

} // namespace Gui
