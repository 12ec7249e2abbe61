// SPDX-License-Identifier: MIT
#include "ui/history/diffview.h"

#include <QAction>
#include <QEvent>
#include <QFont>
#include <QFontMetrics>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QScopedValueRollback>
#include <QScrollBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

#include "core/diff/textdiff.h"
#include "ui/common/grids.h"
#include "ui/common/viewcopy.h"
#include "ui/history/diffdelegate.h"

using namespace Qt::StringLiterals;

namespace Gui {

namespace {

// Rows of one change shown in full below the table; a block added whole can have hundreds.
constexpr int MaxDetailRows = 200;

QString html(const QString &text)
{
    return text.toHtmlEscaped().replace(u'\n', u"<br>"_s);
}

} // namespace

DiffView::DiffView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"historyDiff"_s);
    m_model = new DiffModel(this);
    m_model->setColors(DiffColors::forPalette(palette()));
    m_table = new QTableView(this);
    m_table->setObjectName(u"historyDiffTable"_s);
    m_table->setModel(m_model);
    m_table->setItemDelegate(new DiffDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    setUpGrid(m_table);
    m_table->setShowGrid(false);
    // Paths are short (the element's key without field names) and the Field column fits them;
    // what still does not fit is cut at the end, and the tooltip has it whole.
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->verticalHeader()->hide();
    m_details = new QTextBrowser(this);
    m_details->setObjectName(u"historyDiffDetails"_s);
    m_details->setOpenLinks(false);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_message->setMargin(12);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(splitter);
    m_stack->addWidget(m_message);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
    layoutColumns();

    // Ctrl+C is the window's Edit › Copy, which asks the current pane; the menu here offers it too.
    auto *copy = new QAction(tr("Copy"), m_table);
    auto *copyWithHeaders = new QAction(tr("Copy with headers"), m_table);
    m_table->addActions({ copy, copyWithHeaders });
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(copy, &QAction::triggered, this, [this] { copySelection(false); });
    connect(copyWithHeaders, &QAction::triggered, this, [this] { copySelection(true); });

    connect(m_table->horizontalHeader(), &QHeaderView::sectionResized, this,
        [this](int section, int, int size) {
            const int field = m_model->mode() == Mode::SideBySide ? 0 : 1;
            if (!m_laying && section == field)
                m_chosenFieldWidth = size;
        });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        layoutColumns();
        applySpans();
    });
    connect(m_table, &QTableView::clicked, this, [this](const QModelIndex &index) {
        if (index.data(DiffModel::FoldRole).toInt() > 0)
            unfold(index.row());
    });
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        if (index.data(DiffModel::FoldRole).toInt() > 0)
            unfold(index.row());
        else if (const int change = index.data(DiffModel::ChangeRole).toInt(); change >= 0)
            setCurrentChange(change);
    });
}

DiffView::~DiffView() = default;

void DiffView::setComparison(const Core::DiffDocument &document, const QString &same)
{
    m_same = same.isEmpty() ? tr("These two versions are the same.") : same;
    m_stack->setCurrentIndex(0);
    m_message->clear();
    m_model->setDocument(document); // its lead change, if any, is current
    showCurrent();
    emit currentChangeChanged(currentChange(), changeCount());
}

void DiffView::setMessage(const QString &text)
{
    m_model->setDocument({});
    m_message->setText(text);
    m_stack->setCurrentIndex(1);
    m_details->clear();
    emit currentChangeChanged(-1, 0);
}

QString DiffView::message() const
{
    return m_stack->currentIndex() == 1 ? m_message->text() : QString();
}

void DiffView::setMode(Mode mode)
{
    m_model->setMode(mode);
    showCurrent();
}

void DiffView::setShowUnchanged(bool all)
{
    m_model->setShowUnchanged(all);
    showCurrent();
}

void DiffView::setCurrentChange(int index)
{
    if (index < 0 || index >= changeCount() || index == currentChange())
        return;
    m_model->setCurrentChange(index);
    showCurrent();
    emit currentChangeChanged(index, changeCount());
}

void DiffView::nextChange()
{
    setCurrentChange(currentChange() + 1);
}

void DiffView::previousChange()
{
    setCurrentChange(currentChange() - 1);
}

void DiffView::unfold(int row)
{
    // In place: the rows above stay where they are on screen.
    const int scroll = m_table->verticalScrollBar()->value();
    m_model->unfold(row);
    m_table->verticalScrollBar()->setValue(scroll);
    m_table->setCurrentIndex(m_model->index(row, 0));
}

int DiffView::copySelection(bool withHeaders)
{
    // Whole values (the tooltips), not the one-line form the cells show; folds are no data.
    return copySelectedCells(m_table, withHeaders, Qt::ToolTipRole,
        [this](int row) { return m_model->index(row, 0).data(DiffModel::FoldRole).toInt() > 0; });
}

void DiffView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        m_model->setColors(DiffColors::forPalette(palette())); // light or dark desktop
        renderDetails();
    }
}

void DiffView::layoutColumns()
{
    QHeaderView *header = m_table->horizontalHeader();
    const QScopedValueRollback laying(m_laying, true);
    const int field = m_chosenFieldWidth > 0 ? m_chosenFieldWidth : fieldColumnWidth();
    if (m_model->mode() == Mode::SideBySide) {
        header->setSectionResizeMode(0, QHeaderView::Interactive);
        header->setSectionResizeMode(1, QHeaderView::Stretch);
        header->setSectionResizeMode(2, QHeaderView::Stretch);
        header->resizeSection(0, field);
    } else {
        header->setSectionResizeMode(0, QHeaderView::Fixed);
        header->setSectionResizeMode(1, QHeaderView::Interactive);
        header->setSectionResizeMode(2, QHeaderView::Stretch);
        header->resizeSection(0, 28);
        header->resizeSection(1, field);
    }
}

// Wide enough for the longest path shown, but never so wide that the values lose their room:
// at most three fifths of the table.
int DiffView::fieldColumnWidth() const
{
    QFont bold = m_table->font(); // the current change's paths are bold
    bold.setBold(true);
    const QFontMetrics metrics(bold);
    const int column = m_model->mode() == Mode::SideBySide ? 0 : 1;
    int widest = metrics.horizontalAdvance(
        m_model->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString());
    // A sample bounds the cost on a setting of thousands of fields; the rest elide.
    for (int r = 0, rows = qMin(m_model->rowCount(), 2000); r < rows; ++r) {
        if (m_model->index(r, 0).data(DiffModel::FoldRole).toInt() > 0)
            continue;
        widest =
            qMax(widest, metrics.horizontalAdvance(m_model->index(r, column).data().toString()));
    }
    const int room = m_table->viewport()->width() > 100 ? m_table->viewport()->width() : width();
    const int margin = 2 * m_table->style()->pixelMetric(QStyle::PM_FocusFrameHMargin) + 16;
    return qBound(160, widest + margin, qMax(160, room * 3 / 5));
}

void DiffView::applySpans()
{
    m_table->clearSpans();
    for (int r = 0; r < m_model->rowCount(); ++r) {
        if (m_model->index(r, 0).data(DiffModel::FoldRole).toInt() > 0)
            m_table->setSpan(r, 0, 1, m_model->columnCount());
    }
}

void DiffView::showCurrent()
{
    renderDetails();
    const auto [first, last] = m_model->rowsOf(currentChange());
    if (first < 0)
        return;
    m_table->selectionModel()->setCurrentIndex(
        m_model->index(first, 0), QItemSelectionModel::NoUpdate);
    m_table->scrollTo(m_model->index(last, 0));
    m_table->scrollTo(m_model->index(first, 0));
}

// The current change in full: its path, and each of its leaves with the old and the new value
// wrapped, the changed characters marked.
void DiffView::renderDetails()
{
    const int current = currentChange();
    if (current < 0) {
        m_details->setHtml(changeCount() == 0 && m_stack->currentIndex() == 0
                ? u"<p>%1</p>"_s.arg(html(m_same))
                : QString());
        return;
    }
    const DiffColors c = DiffColors::forPalette(palette());
    const auto &change = comparison().changes.at(current);
    QString kind;
    switch (change.kind) {
    case Core::SettingsDiff::Change::Kind::Added:
        kind = tr("added");
        break;
    case Core::SettingsDiff::Change::Kind::Removed:
        kind = tr("removed");
        break;
    case Core::SettingsDiff::Change::Kind::Changed:
        kind = tr("changed");
        break;
    }
    QString out = u"<p><b>%1</b> <i>%2</i></p>"_s.arg(html(change.path), html(kind));
    int shown = 0, total = 0;
    for (const auto &row : comparison().rows) {
        if (row.change != current)
            continue;
        if (++total > MaxDetailRows)
            continue;
        ++shown;
        const QString oldText = Core::SettingsDiff::valueText(row.oldValue);
        const QString newText = Core::SettingsDiff::valueText(row.newValue);
        QString before, after;
        if (Core::SettingsDiff::isScalar(row.oldValue)
            && Core::SettingsDiff::isScalar(row.newValue)) {
            for (const Core::TextDiff::Segment &s : Core::TextDiff::diff(oldText, newText)) {
                using Kind = Core::TextDiff::Segment::Kind;
                if (s.kind == Kind::Same) {
                    before += html(s.text);
                    after += html(s.text);
                } else if (s.kind == Kind::Removed) {
                    before += u"<span style=\"background:%1\">%2</span>"_s.arg(
                        c.strongRemoved.name(), html(s.text));
                } else {
                    after += u"<span style=\"background:%1\">%2</span>"_s.arg(
                        c.strongAdded.name(), html(s.text));
                }
            }
        } else {
            before = html(oldText);
            after = html(newText);
        }
        if (row.path != change.path)
            out += u"<p style=\"margin:4px 0 0 0\">%1</p>"_s.arg(html(row.path));
        if (!row.oldValue.isUndefined())
            out += u"<p style=\"background:%1;margin:0\">− %2</p>"_s.arg(c.removed.name(), before);
        if (!row.newValue.isUndefined())
            out += u"<p style=\"background:%1;margin:0\">+ %2</p>"_s.arg(c.added.name(), after);
    }
    if (total > shown)
        out += u"<p>%1</p>"_s.arg(tr("… and %Ln more field(s)", nullptr, total - shown));
    m_details->setHtml(out);
}

QList<QWidget *> DiffView::parts() const
{
    return { m_table, m_details };
}

} // namespace Gui
