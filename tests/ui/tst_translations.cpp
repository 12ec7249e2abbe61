// SPDX-License-Identifier: MIT
// The German translation is complete and correct in form, and the window really speaks it.

#include <QAbstractItemView>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>
#include <QXmlStreamReader>
#include <functional>

#include "core/secrets/memorykeystore.h"
#include "desktestsupport.h"
#include "testsupport.h"
#include "ui/common/format.h"
#include "ui/common/storedwords.h"
#include "ui/common/translations.h"
#include "ui/history/historypane.h"
#include "ui/sql/querytab.h"
#include "ui/sql/sqlpane.h"
#include "ui/sql/starterqueries.h"

using namespace Qt::StringLiterals;

namespace {

struct Message
{
    QString context, source;
    QStringList translations; // one, or one per plural form
    QString type;
    bool numerus = false;
};

QList<Message> readTs(const QString &path)
{
    QList<Message> out;
    QXmlStreamReader xml(TestSupport::readFile(path));
    QString context;
    Message message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement()) {
            if (xml.isEndElement() && xml.name() == u"message"_s)
                out.append(message);
            continue;
        }
        if (xml.name() == u"name"_s) {
            context = xml.readElementText();
        } else if (xml.name() == u"message"_s) {
            message = {};
            message.context = context;
            message.numerus = xml.attributes().value(u"numerus"_s) == u"yes"_s;
        } else if (xml.name() == u"source"_s) {
            message.source = xml.readElementText();
        } else if (xml.name() == u"translation"_s) {
            message.type = xml.attributes().value(u"type"_s).toString();
            if (!message.numerus)
                message.translations.append(xml.readElementText());
        } else if (xml.name() == u"numerusform"_s) {
            message.translations.append(xml.readElementText());
        }
    }
    if (xml.hasError())
        qFatal("%s: %s", qPrintable(path), qPrintable(xml.errorString()));
    return out;
}

QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression marker(u"%(\\d+|L?n)"_s);
    QSet<QString> found;
    for (auto it = marker.globalMatch(text); it.hasNext();)
        found.insert(it.next().captured(0));
    return found;
}

// Words of English a German window has no reason to show, whole words only: identifiers such as
// settings_blocking or blockedIps do not match. German words that are English too ("Name",
// "Status", "Details", "Export", "Demo", "Filter", "Version") are not in it.
const QRegularExpression &englishWords()
{
    static const QRegularExpression words(
        u"\\b(the|and|of|with|from|for|not|no|by|to|this|that|is|are|settings?|history|users?|"
        "rows?|columns?|sync(ed|ing)?|query|queries|tables?|keys?|fields?|values?|error|cancel|"
        "close|save|open|file|blame|added|removed|changed|completed|failed|cancelled|running|"
        "show|hide|all|none|next|previous|compare|search|run|stop|chart|copy|help|view|edit|"
        "quit|just now|ago)\\b"_s,
        QRegularExpression::CaseInsensitiveOption);
    return words;
}

struct Seen
{
    QString where;
    QString text;
    bool chrome; // written by the app (a label, a button, a header), not a dataset's value
};

QString plain(const QString &text)
{
    QString out = text;
    out.remove(QRegularExpression(u"<[^>]*>"_s));
    out.remove(u'&'); // accelerators
    return out.simplified();
}

// Everything a person can read in the window as it is now: labels, buttons, tabs, the menus,
// placeholders, combo items, headers, and the cells of the item views in sight.
QList<Seen> visibleTexts(QMainWindow *window)
{
    QList<Seen> out;
    auto add = [&](QWidget *w, const QString &text, bool chrome) {
        if (!plain(text).isEmpty())
            out.append({ QString::fromLatin1(w->metaObject()->className()) + u' ' + w->objectName(),
                plain(text), chrome });
    };
    std::function<void(QMenu *)> menu = [&](QMenu *m) {
        for (QAction *a : m->actions()) {
            add(m, a->text(), true);
            if (a->menu())
                menu(a->menu());
        }
    };
    for (QAction *a : window->menuBar()->actions()) {
        add(window->menuBar(), a->text(), true);
        if (a->menu())
            menu(a->menu());
    }
    for (QWidget *w : window->findChildren<QWidget *>()) {
        if (!w->isVisible())
            continue;
        if (auto *label = qobject_cast<QLabel *>(w))
            add(w, label->text(), true);
        else if (auto *button = qobject_cast<QAbstractButton *>(w))
            add(w, button->text(), true);
        else if (auto *edit = qobject_cast<QLineEdit *>(w))
            add(w, edit->placeholderText(), true);
        else if (auto *group = qobject_cast<QGroupBox *>(w))
            add(w, group->title(), true);
        else if (auto *bar = qobject_cast<QTabBar *>(w))
            for (int i = 0; i < bar->count(); ++i)
                add(w, bar->tabText(i), true);
        if (auto *combo = qobject_cast<QComboBox *>(w))
            for (int i = 0; i < combo->count(); ++i)
                add(w, combo->itemText(i), true);
        auto *view = qobject_cast<QAbstractItemView *>(w);
        if (!view || !view->model() || qobject_cast<QHeaderView *>(w)
            || qobject_cast<QComboBox *>(w->parentWidget()))
            continue;
        QAbstractItemModel *model = view->model();
        // The grids show a dataset's own columns and values, the schema and the table list its
        // table and column names first; the rest is the app's words.
        const bool data = w->objectName() == u"tableGrid"_s || w->objectName() == u"sqlResult"_s;
        const bool names = w->objectName() == u"schemaTree"_s || w->objectName() == u"tableList"_s;
        for (int c = 0; c < model->columnCount(); ++c)
            add(w, model->headerData(c, Qt::Horizontal).toString(), !data);
        if (data)
            continue;
        std::function<void(const QModelIndex &, int)> cells = [&](const QModelIndex &parent,
                                                                  int depth) {
            for (int r = 0; r < std::min(model->rowCount(parent), 60); ++r)
                for (int c = 0; c < model->columnCount(parent); ++c) {
                    const QModelIndex index = model->index(r, c, parent);
                    if (c > 0 || !names)
                        add(w, index.data().toString(), false);
                    if (c == 0 && depth < 2 && model->hasChildren(index))
                        cells(index, depth + 1);
                }
        };
        cells({}, 0);
    }
    return out;
}

} // namespace

class TestTranslations final : public QObject
{
    Q_OBJECT

private slots:
    void germanIsComplete();
    void everySourceStringIsInTheTs();
    void englishSaysOneRowAndTwoRows();
    void windowSpeaksGerman();
    void germanWindowShowsNoEnglish();
};

void TestTranslations::germanIsComplete()
{
    const QList<Message> messages =
        readTs(QStringLiteral(FSD_SOURCE_DIR "/translations/fullstory-desk_de.ts"));
    QVERIFY(messages.size() > 200);
    for (const Message &m : messages) {
        const QString where = m.context + u": "_s + m.source;
        QVERIFY2(m.type != u"unfinished"_s && m.type != u"vanished"_s && m.type != u"obsolete"_s,
            qPrintable(where));
        QCOMPARE(m.translations.size(), m.numerus ? 2 : 1); // German: singular and plural
        for (const QString &translation : m.translations) {
            QVERIFY2(!translation.trimmed().isEmpty(), qPrintable(where));
            // Every %1 the code fills in must be there, and no other.
            QSet<QString> expected = placeholders(m.source);
            QSet<QString> got = placeholders(translation);
            if (m.numerus) {
                expected.remove(u"%Ln"_s);
                got.remove(u"%Ln"_s);
            }
            QVERIFY2(got == expected, qPrintable(where + u" → "_s + translation));
            // Accelerators stay accelerators.
            QCOMPARE(translation.contains(u'&'), m.source.contains(u'&'));
        }
    }
}

void TestTranslations::everySourceStringIsInTheTs()
{
    // lupdate over today's sources, into a copy: a tr() string added without updating the .ts
    // comes back unfinished.
    QTemporaryDir dir;
    const QString copy = dir.filePath(u"check_de.ts"_s);
    QVERIFY(QFile::copy(QStringLiteral(FSD_SOURCE_DIR "/translations/fullstory-desk_de.ts"), copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    QProcess lupdate;
    lupdate.setWorkingDirectory(QStringLiteral(FSD_SOURCE_DIR));
    lupdate.start(QStringLiteral(FSD_LUPDATE),
        { u"-silent"_s, u"-I"_s, u"."_s, u"-no-obsolete"_s, u"-locations"_s, u"none"_s,
            u"-extensions"_s, u"cpp,h"_s, u"app"_s, u"ui"_s, u"core"_s, u"-ts"_s, copy });
    QVERIFY(lupdate.waitForFinished(60000));
    QCOMPARE(lupdate.exitCode(), 0);
    for (const Message &m : readTs(copy))
        QVERIFY2(m.type != u"unfinished"_s,
            qPrintable(u"not translated: "_s + m.context + u": "_s + m.source));
}

void TestTranslations::englishSaysOneRowAndTwoRows()
{
    const QList<Message> messages =
        readTs(QStringLiteral(FSD_SOURCE_DIR "/translations/fullstory-desk_en.ts"));
    int plurals = 0;
    for (const Message &m : messages) {
        if (!m.numerus)
            continue;
        ++plurals;
        // %Ln, not %n: a count of 1500 reads "1,500 rows", as every other count here does.
        QVERIFY2(m.source.contains(u"%Ln"_s), qPrintable(m.context + u": "_s + m.source));
        QCOMPARE(m.translations.size(), 2);
        for (const QString &form : m.translations) {
            QVERIFY2(!form.contains(u"(s)"_s), qPrintable(form));
            QVERIFY(placeholders(form) == placeholders(m.source));
        }
    }
    QVERIFY(plurals >= 10);
    // Every %Ln string of the code is in the file (lupdate put them there; the check above
    // covers their forms).
    QVERIFY(Gui::installTranslations(*QCoreApplication::instance(), QLocale(QLocale::English)));
    QCOMPARE(QCoreApplication::translate("Gui::TablesPane", "Copied %Ln row(s).", nullptr, 1),
        u"Copied 1 row."_s);
    QCOMPARE(QCoreApplication::translate("Gui::TablesPane", "Copied %Ln row(s).", nullptr, 2),
        u"Copied 2 rows."_s);
    QCOMPARE(
        QCoreApplication::translate("Gui::RunHistoryModel", "%Ln retry(s), waited %1", nullptr, 3),
        u"3 retries, waited %1"_s);
    // Before: "1 rows, 1 pages" in the run history, "1 rows × 1 columns" under the grid.
    QCOMPARE(QCoreApplication::translate("Gui::RunHistoryModel", "%Ln page(s)", nullptr, 1),
        u"1 page"_s);
    QCOMPARE(QCoreApplication::translate("Gui::Format", "%Ln row(s)", nullptr, 1), u"1 row"_s);
    QCOMPARE(
        QCoreApplication::translate("Gui::TablesPane", "%Ln column(s)", nullptr, 1), u"1 column"_s);
    QCOMPARE(QCoreApplication::translate("Gui::SyncPane", "%Ln resource(s)", nullptr, 1),
        u"1 resource"_s);
    QCOMPARE(QCoreApplication::translate("Gui::Format", "%Ln row(s)", nullptr, 1500),
        QLocale().toString(1500) + u" rows"_s);
}

void TestTranslations::windowSpeaksGerman()
{
    QVERIFY(Gui::installTranslations(*QCoreApplication::instance(), QLocale(QLocale::German)));
    DeskTest::Desk desk(std::make_unique<Core::MemoryKeyStore>());
    desk.window->show();
    desk.window->start(Gui::MainWindow::Start::Remembered);
    QTRY_VERIFY(desk.window->isShowingWelcome());
    QCOMPARE(desk.window->findChild<QPushButton *>(u"welcomeDemo"_s)->text(),
        u"Mit Demodaten ausprobieren"_s);
    QCOMPARE(desk.find<QTabWidget>(u"mainTabs"_s)->tabText(0), u"Synchronisieren"_s);
    QCOMPARE(
        desk.window->findChild<QAction *>(u"actionSync"_s)->text(), u"Jetzt &synchronisieren"_s);
    // Core's messages are translated too.
    QCOMPARE(QCoreApplication::translate("Core::SyncEngine", "Cancelled."), u"Abgebrochen."_s);
    // And Qt's own (qt6-translations-l10n): before, every dialog's buttons and the file dialog
    // were English in the German window.
    QDialogButtonBox buttons(QDialogButtonBox::Cancel | QDialogButtonBox::Close);
    QCOMPARE(buttons.button(QDialogButtonBox::Cancel)->text(), u"Abbrechen"_s);
    QCOMPARE(buttons.button(QDialogButtonBox::Close)->text(), u"Schließen"_s);
    QCOMPARE(QCoreApplication::translate("QFileDialog", "Look in:"), u"Suchen in:"_s);
    // Values the dataset stores, shown in German (before: "completed", "cli", "added").
    QCOMPARE(Gui::StoredWords::runStatus(u"completed"_s), u"abgeschlossen"_s);
    QCOMPARE(Gui::StoredWords::runStatus(u"interrupted"_s), u"unterbrochen"_s);
    QCOMPARE(Gui::StoredWords::runTrigger(u"cli"_s), u"Kommandozeile"_s);
    QCOMPARE(desk.find<Gui::HistoryPane>()->tabs()->tabText(1), u"Herkunft"_s);
}

void TestTranslations::germanWindowShowsNoEnglish()
{
    QVERIFY(Gui::installTranslations(*QCoreApplication::instance(), QLocale(QLocale::German)));
    // What the German .ts translates to something else: shown as is, it was never translated.
    QSet<QString> untranslated;
    for (const Message &m :
        readTs(QStringLiteral(FSD_SOURCE_DIR "/translations/fullstory-desk_de.ts"))) {
        if (!m.numerus && m.translations.value(0) != m.source)
            untranslated.insert(plain(m.source));
    }
    // The titles that come from data files, not code: the catalog's and the example queries'.
    for (const Core::ResourceSpec &spec : Core::Catalog::load().value().resources())
        QVERIFY2(spec.displayTitle() != spec.title, qPrintable(spec.title));
    for (const Core::QueryStore::SavedQuery &query : Gui::starterQueries())
        QVERIFY2(!englishWords().match(query.name).hasMatch(), qPrintable(query.name));

    DeskTest::Desk desk(std::make_unique<Core::MemoryKeyStore>());
    QVERIFY(desk.showDemo());
    QStringList bad;
    auto look = [&](const QString &where) {
        for (const Seen &seen : visibleTexts(desk.window)) {
            const QRegularExpressionMatch english = englishWords().match(seen.text);
            if (untranslated.contains(seen.text) || (seen.chrome && english.hasMatch()))
                bad.append(u"%1 › %2: “%3”"_s.arg(where, seen.where, seen.text.left(80)));
        }
    };
    QTabWidget *tabs = desk.find<QTabWidget>(u"mainTabs"_s);
    for (int i = 0; i < tabs->count(); ++i) {
        tabs->setCurrentIndex(i);
        QTest::qWait(100);
        look(tabs->tabText(i));
    }
    // A query run, so the SQL pane's message line and history have something to say.
    desk.find<Gui::SqlPane>()->openQuery(u"SELECT id FROM users"_s);
    QSignalSpy ran(desk.find<Gui::SqlPane>()->currentTab(), &Gui::QueryTab::ran);
    tabs->setCurrentWidget(desk.find<Gui::SqlPane>());
    desk.find<Gui::SqlPane>()->findChild<QAction *>(u"sqlRunAll"_s)->trigger();
    QVERIFY(ran.wait(20000));
    look(u"SQL"_s);
    Gui::HistoryPane *history = desk.find<Gui::HistoryPane>();
    tabs->setCurrentWidget(history);
    for (int i = 0; i < history->tabs()->count(); ++i) {
        history->tabs()->setCurrentIndex(i);
        QTest::qWait(300);
        look(tabs->tabText(tabs->currentIndex()) + u" › "_s + history->tabs()->tabText(i));
    }
    bad.removeDuplicates();
    QVERIFY2(bad.isEmpty(), qPrintable(bad.join(u'\n')));
}

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
