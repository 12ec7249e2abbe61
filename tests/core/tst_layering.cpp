// SPDX-License-Identifier: MIT
// The include graph keeps the layers the README's Layout section draws (issue 13): the table
// is read from README.md, so the document and the build cannot drift apart.

#include <QDirIterator>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QString readText(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

// "layer 3   store" lines of the README's Layout section → folder → layer.
QHash<QString, int> layersFromReadme()
{
    QHash<QString, int> out;
    const QString readme = readText(QStringLiteral(FSD_SOURCE_DIR) + u"/README.md"_s);
    const qsizetype at = readme.indexOf(u"\n## Layout"_s);
    if (at < 0)
        return out;
    static const QRegularExpression line(
        u"^layer (\\d+)\\s+(.+)$"_s, QRegularExpression::MultilineOption);
    const QString section = readme.mid(at, readme.indexOf(u"\n## "_s, at + 1) - at);
    for (auto match = line.globalMatch(section); match.hasNext();) {
        const QRegularExpressionMatch m = match.next();
        for (const QString &folder : m.captured(2).split(u' ', Qt::SkipEmptyParts))
            out.insert(folder, m.captured(1).toInt());
    }
    return out;
}

struct Include
{
    QString file; // relative to the source folder
    QString target; // as written, e.g. "core/store/sqlite.h"
};

QList<Include> includesUnder(const QString &top)
{
    QList<Include> out;
    const QString root = QStringLiteral(FSD_SOURCE_DIR) + u'/';
    static const QRegularExpression include(
        u"^\\s*#\\s*include\\s*[\"<]([^\">]+)[\">]"_s, QRegularExpression::MultilineOption);
    QDirIterator it(
        root + top, { u"*.h"_s, u"*.cpp"_s }, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString text = readText(path);
        for (auto match = include.globalMatch(text); match.hasNext();)
            out.append({ path.mid(root.size()), match.next().captured(1) });
    }
    return out;
}

// "core/store/sqlite.h" → "store"; empty for anything else.
QString coreFolder(const QString &path)
{
    const QStringList parts = path.split(u'/');
    return parts.size() >= 3 && parts.first() == u"core"_s ? parts.at(1) : QString();
}

} // namespace

class TestLayering final : public QObject
{
    Q_OBJECT

private slots:
    void coreIncludesOnlyLowerLayers();
    void theSimulatorStandsApart();
    void uiAndCoreKeepTheirPlaces();
};

void TestLayering::coreIncludesOnlyLowerLayers()
{
    const QHash<QString, int> layers = layersFromReadme();
    QVERIFY2(layers.size() >= 10, "the README's Layout section lists the core layers");
    const QList<Include> includes = includesUnder(u"core"_s);
    QVERIFY(includes.size() > 100);
    QStringList bad;
    for (const Include &include : includes) {
        const QString from = coreFolder(include.file);
        const QString to = coreFolder(include.target);
        if (!layers.contains(from))
            bad.append(
                u"%1: folder core/%2 is not in the README's table"_s.arg(include.file, from));
        if (to.isEmpty() || to == from)
            continue;
        if (!layers.contains(to) || layers.value(to) >= layers.value(from))
            bad.append(
                u"%1 (layer %2) includes %3 (layer %4)"_s.arg(include.file)
                    .arg(layers.value(from))
                    .arg(include.target)
                    .arg(layers.contains(to) ? QString::number(layers.value(to)) : u"none"_s));
    }
    bad.removeDuplicates();
    QVERIFY2(bad.isEmpty(), qPrintable(bad.join(u'\n')));
}

void TestLayering::theSimulatorStandsApart()
{
    QStringList bad;
    for (const Include &include : includesUnder(u"core"_s)) {
        if (coreFolder(include.target) == u"simulator"_s
            && coreFolder(include.file) != u"simulator"_s)
            bad.append(include.file + u" includes "_s + include.target);
    }
    QVERIFY2(bad.isEmpty(), qPrintable(bad.join(u'\n')));
}

void TestLayering::uiAndCoreKeepTheirPlaces()
{
    QStringList bad;
    for (const Include &include : includesUnder(u"core"_s)) {
        if (include.target.startsWith(u"ui/"_s) || include.target.startsWith(u"app/"_s)
            || include.target.startsWith(u"QtWidgets"_s) || include.target.startsWith(u"QWidget"_s)
            || include.target == u"QApplication"_s)
            bad.append(include.file + u" includes "_s + include.target);
    }
    // ui/ reads through core's read functions; SQL and the SQLite API stay in core. The demo
    // server is app/desk's to build: ui/ only asks for the demo API's address.
    for (const Include &include : includesUnder(u"ui"_s)) {
        if (include.target.startsWith(u"app/"_s) || include.target == u"core/store/sqlite.h"_s
            || include.target == u"sqlite3.h"_s || include.target.startsWith(u"core/simulator/"_s))
            bad.append(include.file + u" includes "_s + include.target);
    }
    QVERIFY2(bad.isEmpty(), qPrintable(bad.join(u'\n')));
}

QTEST_GUILESS_MAIN(TestLayering)
#include "tst_layering.moc"
