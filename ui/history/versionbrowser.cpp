// SPDX-License-Identifier: MIT
#include "ui/history/versionbrowser.h"

#include <QAction>
#include <QButtonGroup>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <utility>

#include "core/store/datasetreader.h"
#include "ui/common/format.h"
#include "ui/common/uisettings.h"
#include "ui/history/comparisonexport.h"
#include "ui/history/diffview.h"
#include "ui/history/ignorefieldsdialog.h"

using namespace Qt::StringLiterals;

namespace Gui {

namespace {

namespace History = Core::SettingsHistory;

enum Period { AnyTime = 0, CustomRange = -1 }; // otherwise: the last n days

QToolButton *toolButton(const QString &text, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setText(text);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    return button;
}

} // namespace

VersionBrowser::VersionBrowser(QWidget *parent)
    : QWidget(parent)
    , m_ignored(UiSettings::HistoryIgnoredFields.value())
{
    setObjectName(u"historyVersions"_s);
    QWidget *versions = createVersionList();
    QWidget *comparison = createComparison();
    auto *splitter = new QSplitter(this);
    splitter->addWidget(versions);
    splitter->addWidget(comparison);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({ 400, 800 });
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);
    setIgnoredFields(m_ignored);
    connect(m_timeline, &QTreeWidget::currentItemChanged, this, &VersionBrowser::loadComparison);
    connect(m_base, &QComboBox::activated, this, &VersionBrowser::loadComparison);
}

// The filters (author, period, a custom range) over the list of versions.
QWidget *VersionBrowser::createVersionList()
{
    m_author = new QComboBox(this);
    m_author->setObjectName(u"historyAuthor"_s);
    m_period = new QComboBox(this);
    m_period->setObjectName(u"historyPeriod"_s);
    m_period->addItem(tr("Any time"), int(AnyTime));
    m_period->addItem(tr("Last 7 days"), 7);
    m_period->addItem(tr("Last 30 days"), 30);
    m_period->addItem(tr("Last 90 days"), 90);
    m_period->addItem(tr("Last 365 days"), 365);
    m_period->addItem(tr("Custom range"), int(CustomRange));
    m_from = new QDateEdit(QDate::currentDate().addDays(-30), this);
    m_to = new QDateEdit(QDate::currentDate(), this);
    m_from->setObjectName(u"historyFrom"_s);
    m_to->setObjectName(u"historyTo"_s);
    for (QDateEdit *edit : { m_from, m_to }) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(u"yyyy-MM-dd"_s);
    }
    auto *range = new QWidget(this); // shown for "Custom range" only
    auto *rangeLayout = new QHBoxLayout(range);
    rangeLayout->setContentsMargins(0, 0, 0, 0);
    rangeLayout->addWidget(m_from, 1);
    rangeLayout->addWidget(new QLabel(u"–"_s, range));
    rangeLayout->addWidget(m_to, 1);
    range->setVisible(false);
    auto *filters = new QFormLayout;
    filters->addRow(tr("&Author:"), m_author);
    filters->addRow(tr("&Period:"), m_period);
    filters->addRow(range);

    m_timeline = new QTreeWidget(this);
    m_timeline->setObjectName(u"historyTimeline"_s);
    m_timeline->setHeaderLabels({ tr("Version"), tr("Author"), tr("Changes") });
    m_timeline->setRootIsDecorated(false);
    m_timeline->setUniformRowHeights(true);
    m_timeline->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);

    auto *panel = new QWidget(this);
    auto *panelLayout = new QVBoxLayout(panel);
    panelLayout->setContentsMargins(0, 0, 0, 0);
    panelLayout->addLayout(filters);
    panelLayout->addWidget(m_timeline);

    connect(m_author, &QComboBox::currentIndexChanged, this, &VersionBrowser::applyFilters);
    connect(m_period, &QComboBox::currentIndexChanged, this, [this, range] {
        range->setVisible(m_period->currentData().toInt() == CustomRange);
        applyFilters();
    });
    connect(m_from, &QDateEdit::dateChanged, this, &VersionBrowser::applyFilters);
    connect(m_to, &QDateEdit::dateChanged, this, &VersionBrowser::applyFilters);
    return panel;
}

// The chosen version against its base: heading, base picker, view tools, the diff.
QWidget *VersionBrowser::createComparison()
{
    m_title = new QLabel(this);
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_counter = new QLabel(this);
    m_counter->setObjectName(u"historyCounter"_s);
    auto *previous = toolButton(tr("Previous"), this);
    auto *next = toolButton(tr("Next"), this);
    previous->setToolTip(tr("Previous change (Alt+Up)"));
    next->setToolTip(tr("Next change (Alt+Down)"));
    m_base = new QComboBox(this);
    m_base->setObjectName(u"historyBase"_s);
    // Its own row, as wide as the pane: a version's label (date and author) reads whole.
    m_base->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_base->setMinimumContentsLength(20);
    m_base->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    auto *sideBySide = toolButton(tr("Side by side"), this);
    auto *inlineView = toolButton(tr("Inline"), this);
    auto *modes = new QButtonGroup(this);
    for (QToolButton *b : { sideBySide, inlineView }) {
        b->setCheckable(true);
        modes->addButton(b);
    }
    sideBySide->setChecked(true);
    auto *unchanged = toolButton(tr("Show unchanged"), this);
    unchanged->setObjectName(u"historyShowUnchanged"_s);
    unchanged->setCheckable(true);
    m_ignore = toolButton({}, this);
    auto *exportButton = toolButton(tr("Export…"), this);
    exportButton->setToolTip(tr("Save this comparison as text or JSON"));
    m_diff = new DiffView(this);

    auto *heading = new QHBoxLayout;
    heading->addWidget(m_title, 1);
    heading->addWidget(m_counter);
    heading->addWidget(previous);
    heading->addWidget(next);
    auto *compare = new QHBoxLayout;
    auto *baseLabel = new QLabel(tr("Compare &with:"), this);
    baseLabel->setBuddy(m_base);
    compare->addWidget(baseLabel);
    compare->addWidget(m_base, 1);
    auto *tools = new QHBoxLayout;
    tools->addWidget(sideBySide);
    tools->addWidget(inlineView);
    tools->addWidget(unchanged);
    tools->addStretch(1);
    tools->addWidget(m_ignore);
    tools->addWidget(exportButton);
    auto *panel = new QWidget(this);
    auto *panelLayout = new QVBoxLayout(panel);
    panelLayout->setContentsMargins(0, 0, 0, 0);
    panelLayout->addLayout(heading);
    panelLayout->addLayout(compare);
    panelLayout->addLayout(tools);
    panelLayout->addWidget(m_diff);

    connect(next, &QToolButton::clicked, m_diff, &DiffView::nextChange);
    connect(previous, &QToolButton::clicked, m_diff, &DiffView::previousChange);
    connect(m_diff, &DiffView::currentChangeChanged, this, &VersionBrowser::updateCounter);
    connect(sideBySide, &QToolButton::toggled, this, [this](bool on) {
        m_diff->setMode(on ? DiffView::Mode::SideBySide : DiffView::Mode::Inline);
    });
    connect(unchanged, &QToolButton::toggled, m_diff, &DiffView::setShowUnchanged);
    connect(m_ignore, &QToolButton::clicked, this, &VersionBrowser::editIgnoredFields);
    connect(exportButton, &QToolButton::clicked, this, &VersionBrowser::exportComparison);
    return panel;
}

VersionBrowser::~VersionBrowser() = default;

void VersionBrowser::setReader(Core::DatasetReader *reader)
{
    m_reader = reader;
    loadVersions();
}

void VersionBrowser::setSeries(const History::Series &series)
{
    m_series = series;
    // The old setting's versions must not be picked while the new ones load.
    const QSignalBlocker blocker(m_timeline);
    m_timeline->clear();
    loadVersions();
}

void VersionBrowser::reload()
{
    loadVersions();
}

void VersionBrowser::setIgnoredFields(const QStringList &patterns)
{
    m_ignored = Core::FieldFilter(patterns).patterns();
    m_ignore->setText(m_ignored.isEmpty()
            ? tr("Ignore fields…")
            : tr("Ignoring %Ln field(s)…", nullptr, int(m_ignored.size())));
    m_ignore->setToolTip(m_ignored.join(u'\n'));
    loadVersions();
}

void VersionBrowser::editIgnoredFields()
{
    IgnoreFieldsDialog dialog(m_ignored, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    UiSettings::HistoryIgnoredFields.setValue(dialog.patterns());
    setIgnoredFields(dialog.patterns());
}

void VersionBrowser::loadVersions()
{
    if (!m_reader || m_series.setting.isEmpty())
        return;
    // A new list supersedes any comparison still on its way, too.
    m_comparisonLatest.drop();
    m_reader->run<QList<History::Version>>(
        [series = m_series, filter = Core::FieldFilter(m_ignored)](
            Core::SqliteDatabase &db) { return History::versions(db, series, filter); },
        this,
        m_versionsLatest.request(
            [this](const Core::Result<QList<History::Version>, QString> &result) {
                // The version to keep is the one chosen by now: a person may have picked another
                // (or Blame may have opened one) while the list was loading.
                const QString keep = m_timeline->currentItem()
                    ? m_timeline->currentItem()->data(0, Qt::UserRole).toString()
                    : QString();
                m_versions = result ? result.value() : QList<History::Version>();
                const QSignalBlocker blockTimeline(m_timeline), blockAuthor(m_author),
                    blockBase(m_base);
                const QString author = m_author->currentData().toString();
                const QString base = m_base->currentData().toString();
                m_timeline->clear();
                m_author->clear();
                m_author->addItem(tr("All authors"), QString());
                m_base->clear();
                m_base->addItem(tr("The version before"), QString());
                QStringList authors;
                // The one shown stays; else the newest that changed something (a version saved
                // again unchanged has nothing to show), else the newest.
                QTreeWidgetItem *kept = nullptr, *changed = nullptr, *newest = nullptr;
                for (const History::Version &v : std::as_const(m_versions)) {
                    auto *item = new QTreeWidgetItem(m_timeline,
                        { Format::timestamp(v.version), v.author, Format::count(v.changes) });
                    item->setData(0, Qt::UserRole, v.version);
                    item->setToolTip(0, v.version);
                    if (!newest)
                        newest = item;
                    if (v.version == keep)
                        kept = item;
                    if (!changed && v.changes > 0)
                        changed = item;
                    if (!authors.contains(v.author))
                        authors.append(v.author);
                    m_base->addItem(
                        u"%1 · %2"_s.arg(Format::timestamp(v.version), v.author), v.version);
                }
                authors.sort(Qt::CaseInsensitive);
                for (const QString &a : std::as_const(authors))
                    m_author->addItem(a, a);
                m_author->setCurrentIndex(qMax(0, m_author->findData(author)));
                m_base->setCurrentIndex(qMax(0, m_base->findData(base)));
                QTreeWidgetItem *select = kept ? kept : changed ? changed : newest;
                if (select)
                    m_timeline->setCurrentItem(select);
                m_filteredOut = false;
                const bool anyShown = applyFilters();
                if (!result)
                    m_diff->setMessage(result.error());
                else if (m_versions.isEmpty())
                    m_diff->setMessage(tr("No history of this setting yet. Sync its history "
                                          "resource on the Sync tab, then come back."));
                else if (anyShown)
                    loadComparison();
                if (!result || m_versions.isEmpty() || !anyShown)
                    emit loaded();
            }));
}

bool VersionBrowser::applyFilters()
{
    const QString author = m_author->currentData().toString();
    const int period = m_period->currentData().toInt();
    const QDate today = QDate::currentDate();
    const QDate from = period == CustomRange ? m_from->date()
        : period == AnyTime                  ? QDate()
                                             : today.addDays(-period + 1);
    const QDate to = period == CustomRange ? m_to->date() : QDate();
    QTreeWidgetItem *first = nullptr;
    for (int i = 0; i < m_timeline->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_timeline->topLevelItem(i);
        const QDate day =
            Format::parseTimestamp(item->data(0, Qt::UserRole).toString()).toLocalTime().date();
        const bool shown = (author.isEmpty() || item->text(1) == author)
            && (!from.isValid() || day >= from) && (!to.isValid() || day <= to);
        item->setHidden(!shown);
        if (shown && !first)
            first = item;
    }
    if (!first) {
        if (m_timeline->topLevelItemCount() > 0) {
            m_filteredOut = true;
            m_diff->setMessage(tr("No version matches the author and period chosen."));
        }
        return false;
    }
    QTreeWidgetItem *current = m_timeline->currentItem();
    if (!current || current->isHidden()) {
        m_filteredOut = false;
        m_timeline->setCurrentItem(first); // compares it, unless signals are blocked
    } else if (std::exchange(m_filteredOut, false)) {
        loadComparison(); // the version shown before the filters hid everything is back
    }
    return true;
}

void VersionBrowser::selectVersion(const QString &version)
{
    for (int i = 0; i < m_timeline->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_timeline->topLevelItem(i);
        if (item->data(0, Qt::UserRole).toString() != version)
            continue;
        if (item->isHidden()) {
            m_author->setCurrentIndex(0);
            m_period->setCurrentIndex(0);
        }
        m_timeline->setCurrentItem(item);
        m_timeline->scrollToItem(item);
        return;
    }
}

void VersionBrowser::showChange(const QString &version, const QString &path)
{
    m_pendingVersion = version;
    m_pendingPath = path;
    m_base->setCurrentIndex(0); // "The version before", whatever was chosen earlier
    const QTreeWidgetItem *current = m_timeline->currentItem();
    if (current && current->data(0, Qt::UserRole).toString() == version && !current->isHidden())
        loadComparison(); // the same row: no currentItemChanged to reload it
    else
        selectVersion(version);
}

void VersionBrowser::loadComparison()
{
    QTreeWidgetItem *item = m_timeline->currentItem();
    if (!item || !m_reader)
        return;
    const QString version = item->data(0, Qt::UserRole).toString();
    // Blame's field stays the one to show for as long as its version is the one loaded (a
    // filter reset may load it twice); another version forgets it.
    if (version != m_pendingVersion) {
        m_pendingVersion.clear();
        m_pendingPath.clear();
    }
    QString base = m_base->currentData().toString();
    if (base == version)
        base.clear(); // compared with itself: show what it changed instead
    m_reader->run<std::optional<History::Comparison>>(
        [series = m_series, version, base, filter = Core::FieldFilter(m_ignored)](
            Core::SqliteDatabase &db) {
            return History::compare(db, series, version, base, filter);
        },
        this,
        m_comparisonLatest.request(
            [this](const Core::Result<std::optional<History::Comparison>, QString> &result) {
                if (!result || !result.value()) {
                    m_shown = {};
                    m_diff->setMessage(result ? tr("This version is no longer in the dataset. "
                                                   "Refresh (F5) to see the current history.")
                                              : result.error());
                } else {
                    m_shown = *result.value();
                    const auto side = [](const Core::DiffExport::Side &s) {
                        return tr("%1 by %2").arg(Format::timestamp(s.version), s.author);
                    };
                    m_title->setText(m_shown.from.version.isEmpty()
                            ? tr("%1 — the first version").arg(side(m_shown.to))
                            : tr("%1 → %2").arg(side(m_shown.from), side(m_shown.to)));
                    // Nothing against the version before: it was saved again as it was, or
                    // changed only what the person ignores.
                    QString same;
                    if (m_shown.document.changes.isEmpty() && !m_shown.from.version.isEmpty()
                        && m_base->currentData().toString().isEmpty()) {
                        same = m_ignored.isEmpty()
                            ? tr("Nothing changed in this version but when and by whom it was "
                                 "saved.")
                            : tr("Nothing changed in this version but when and by whom it was "
                                 "saved, apart from any fields you ignore.");
                    }
                    m_diff->setComparison(m_shown.document, same);
                    if (!m_pendingPath.isEmpty()) {
                        const auto &changes = m_shown.document.changes;
                        for (qsizetype i = 0; i < changes.size(); ++i) {
                            const QString &p = changes.at(i).path;
                            if (p == m_pendingPath || p.startsWith(m_pendingPath + u'.')
                                || m_pendingPath.startsWith(p + u'.')
                                || m_pendingPath.startsWith(p + u'[')) {
                                m_diff->setCurrentChange(int(i));
                                break;
                            }
                        }
                    }
                }
                emit loaded();
            }));
}

void VersionBrowser::updateCounter(int index, int count)
{
    m_counter->setText(count == 0 ? QString() : tr("%1 of %2").arg(index + 1).arg(count));
}

void VersionBrowser::exportComparison()
{
    if (m_shown.to.version.isEmpty())
        return;
    Gui::exportComparison(this,
        { m_series.setting, m_series.platform, m_shown.from, m_shown.to, m_ignored },
        m_shown.document.changes);
}

QList<QWidget *> VersionBrowser::parts() const
{
    return QList<QWidget *> { m_timeline } + m_diff->parts();
}

} // namespace Gui
