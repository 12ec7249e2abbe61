// SPDX-License-Identifier: MIT
#include "ui/history/historypane.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPalette>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QVBoxLayout>

#include "core/diff/textdiff.h"
#include "core/store/datasetreader.h"
#include "core/store/sqlite.h"
#include "ui/common/format.h"
#include "ui/common/queryresultmodel.h"

using namespace Qt::StringLiterals;

namespace Gui {

namespace {

struct Series
{
    const char *setting;
    const char *platform;
};

// The series of settings_changes, as the catalog's history resources fill it.
constexpr Series AllSeries[] = {
    { "blocking", "" },
    { "domain", "web" },
    { "domain", "mobile" },
    { "geo", "" },
    { "privacy", "" },
    { "features", "web" },
    { "features", "mobile" },
    { "targeting", "" },
};

struct Version
{
    QString version, author;
    qint64 changes = 0;
};

QString html(const QString &text)
{
    return text.toHtmlEscaped().replace(u'\n', u"<br>"_s);
}

} // namespace

HistoryPane::HistoryPane(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"historyPane"_s);
    m_setting = new QComboBox(this);
    m_setting->setObjectName(u"historySetting"_s);
    for (const Series &s : AllSeries) {
        const QString setting = QString::fromLatin1(s.setting);
        const QString platform = QString::fromLatin1(s.platform);
        m_setting->addItem(platform.isEmpty() ? setting : u"%1 (%2)"_s.arg(setting, platform),
            QStringList { setting, platform });
    }
    m_timeline = new QTreeWidget(this);
    m_timeline->setObjectName(u"historyTimeline"_s);
    m_timeline->setHeaderLabels({ tr("Version"), tr("Author"), tr("Changes") });
    m_timeline->setRootIsDecorated(false);
    m_timeline->setUniformRowHeights(true);
    m_timeline->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_changes = new QTextBrowser(this);
    m_changes->setObjectName(u"historyChanges"_s);
    m_changes->setOpenLinks(false);
    m_counter = new QLabel(this);
    m_counter->setObjectName(u"historyCounter"_s);
    m_title = new QLabel(this);
    m_title->setWordWrap(true);

    auto *next = new QAction(tr("Next change"), this);
    next->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Down));
    next->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    auto *previous = new QAction(tr("Previous change"), this);
    previous->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Up));
    previous->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(next);
    addAction(previous);
    connect(next, &QAction::triggered, this, &HistoryPane::nextChange);
    connect(previous, &QAction::triggered, this, &HistoryPane::previousChange);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_setting);
    leftLayout->addWidget(m_timeline);
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    auto *header = new QHBoxLayout;
    header->addWidget(m_title, 1);
    header->addWidget(m_counter);
    rightLayout->addLayout(header);
    rightLayout->addWidget(m_changes);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({ 420, 800 });

    auto timestamp = [](const QVariant &v) { return Format::timestamp(v.toString()); };
    m_feed = new QueryResultModel(
        u"SELECT version, setting, platform, author, path, change, old_value, new_value "
        u"FROM settings_changes WHERE version >= strftime('%Y-%m-%dT%H:%M:%fZ', 'now', '-7 days') "
        u"ORDER BY version DESC, seq LIMIT 5000"_s,
        { { tr("When"), timestamp }, { tr("Setting"), {} }, { tr("Platform"), {} },
            { tr("Author"), {} }, { tr("Path"), {} }, { tr("Change"), {} }, { tr("Old value"), {} },
            { tr("New value"), {} } },
        this);
    m_feedView = new QTableView(this);
    m_feedView->setObjectName(u"historyFeed"_s);
    m_feedView->setModel(m_feed);
    m_feedView->setWordWrap(false);
    m_feedView->verticalHeader()->hide();
    m_feedView->horizontalHeader()->setDefaultSectionSize(150);
    m_feedView->horizontalHeader()->setStretchLastSection(true);

    auto *tabs = new QTabWidget(this);
    tabs->setDocumentMode(true);
    tabs->addTab(splitter, tr("Versions"));
    tabs->addTab(m_feedView, tr("This week's changes"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tabs);

    connect(m_setting, &QComboBox::currentIndexChanged, this, &HistoryPane::loadVersions);
    connect(m_timeline, &QTreeWidget::currentItemChanged, this, &HistoryPane::loadChanges);
}

HistoryPane::~HistoryPane() = default;

void HistoryPane::setDataset(const QString &path)
{
    m_reader = std::make_unique<Core::DatasetReader>(path);
    m_feed->setDataset(path);
    loadVersions();
}

void HistoryPane::refresh()
{
    m_feed->reload();
    loadVersions();
}

void HistoryPane::loadVersions()
{
    if (!m_reader)
        return;
    const QStringList series = m_setting->currentData().toStringList();
    const int generation = ++m_generation;
    const QString keep = m_timeline->currentItem() ? m_timeline->currentItem()->text(0) : QString();
    m_reader->run<QList<Version>>(
        [series](Core::SqliteDatabase &db) {
            QList<Version> out;
            if (!db.hasTable("settings_changes"))
                return out;
            Core::SqliteStatement rows(db,
                "SELECT version, author, count(*) FROM settings_changes WHERE setting = ? AND "
                "platform = ? GROUP BY version ORDER BY version DESC");
            rows.bindValues({ series.value(0), series.value(1) });
            while (rows.step()) {
                out.append({ QString::fromStdString(rows.columnText(0)),
                    QString::fromStdString(rows.columnText(1)), rows.columnInt(2) });
            }
            return out;
        },
        this,
        [this, generation, keep](const Core::Result<QList<Version>, QString> &result) {
            if (generation != m_generation)
                return;
            const QSignalBlocker blocker(m_timeline);
            m_timeline->clear();
            QTreeWidgetItem *select = nullptr;
            for (const Version &v : result ? result.value() : QList<Version>()) {
                auto *item = new QTreeWidgetItem(m_timeline,
                    { Format::timestamp(v.version), v.author, Format::count(v.changes) });
                item->setData(0, Qt::UserRole, v.version);
                item->setToolTip(0, v.version);
                if (!select
                    || v.version == keep) // the newest, unless the one shown before is there
                    select = item;
            }
            if (select)
                m_timeline->setCurrentItem(select);
            loadChanges();
        });
}

void HistoryPane::loadChanges()
{
    QTreeWidgetItem *item = m_timeline->currentItem();
    if (!item || !m_reader) {
        m_rows.clear();
        render();
        emit loaded();
        return;
    }
    const QStringList series = m_setting->currentData().toStringList();
    const QString version = item->data(0, Qt::UserRole).toString();
    const int generation = ++m_generation;
    m_title->setText(tr("%1 · %2").arg(Format::timestamp(version), item->text(1)));
    m_reader->run<QList<ChangeRow>>(
        [series, version](Core::SqliteDatabase &db) {
            QList<ChangeRow> out;
            Core::SqliteStatement rows(db,
                "SELECT path, change, old_value, new_value FROM settings_changes WHERE setting = ? "
                "AND platform = ? AND version = ? ORDER BY seq");
            rows.bindValues({ series.value(0), series.value(1), version });
            while (rows.step()) {
                ChangeRow r;
                r.path = QString::fromStdString(rows.columnText(0));
                r.change = QString::fromStdString(rows.columnText(1));
                r.hasOld = !rows.columnIsNull(2);
                r.hasNew = !rows.columnIsNull(3);
                r.oldValue = QString::fromStdString(rows.columnText(2));
                r.newValue = QString::fromStdString(rows.columnText(3));
                out.append(r);
            }
            return out;
        },
        this,
        [this, generation](const Core::Result<QList<ChangeRow>, QString> &result) {
            if (generation != m_generation)
                return;
            m_rows = result ? result.value() : QList<ChangeRow>();
            m_current = m_rows.isEmpty() ? -1 : 0;
            render();
            emit loaded();
        });
}

void HistoryPane::render()
{
    const bool dark = palette().color(QPalette::Base).lightness() < 128;
    const QString removedBg = dark ? u"#5c2323"_s : u"#fbe3e3"_s;
    const QString addedBg = dark ? u"#1f4d2a"_s : u"#e1f5e4"_s;
    const QString strongRemoved = dark ? u"#8f2e2e"_s : u"#f3a6a6"_s;
    const QString strongAdded = dark ? u"#2f7a41"_s : u"#9fdcaa"_s;
    QString out;
    for (int i = 0; i < m_rows.size(); ++i) {
        const ChangeRow &r = m_rows.at(i);
        const bool current = i == m_current;
        // Rich text has no borders: the current change gets a marker and the highlight colour.
        const QString style =
            current ? u"color:%1;"_s.arg(palette().color(QPalette::Highlight).name()) : QString();
        out += u"<a name=\"change-%1\"></a><p style=\"margin:6px 0;%2\">%3<b>%4</b> <i>%5</i></p>"_s
                   .arg(i)
                   .arg(style, current ? u"▶ "_s : QString(), html(r.path), html(r.change));
        if (r.change == u"changed"_s) {
            // The changed characters, marked within the old and the new value.
            QString before, after;
            for (const Core::TextDiff::Segment &s : Core::TextDiff::diff(r.oldValue, r.newValue)) {
                if (s.kind == Core::TextDiff::Segment::Kind::Same) {
                    before += html(s.text);
                    after += html(s.text);
                } else if (s.kind == Core::TextDiff::Segment::Kind::Removed) {
                    before += u"<span style=\"background:%1\">%2</span>"_s.arg(
                        strongRemoved, html(s.text));
                } else {
                    after +=
                        u"<span style=\"background:%1\">%2</span>"_s.arg(strongAdded, html(s.text));
                }
            }
            out +=
                u"<p style=\"background:%1;margin:0\">− %2</p><p style=\"background:%3;margin:0\">+ %4</p>"_s
                    .arg(removedBg, before, addedBg, after);
        } else if (r.hasOld) {
            out +=
                u"<p style=\"background:%1;margin:0\">− %2</p>"_s.arg(removedBg, html(r.oldValue));
        } else if (r.hasNew) {
            out += u"<p style=\"background:%1;margin:0\">+ %2</p>"_s.arg(addedBg, html(r.newValue));
        }
    }
    if (m_rows.isEmpty())
        out = tr("<p>No changes recorded yet for this setting. Sync its history first.</p>");
    m_changes->setHtml(out);
    if (m_current >= 0)
        m_changes->scrollToAnchor(u"change-%1"_s.arg(m_current));
    updateCounter();
}

void HistoryPane::updateCounter()
{
    m_counter->setText(
        m_rows.isEmpty() ? QString() : tr("%1 of %2").arg(m_current + 1).arg(m_rows.size()));
}

void HistoryPane::nextChange()
{
    if (m_current + 1 < m_rows.size()) {
        ++m_current;
        render();
    }
}

void HistoryPane::previousChange()
{
    if (m_current > 0) {
        --m_current;
        render();
    }
}

} // namespace Gui
