// SPDX-License-Identifier: MIT
#include "ui/sql/starterqueries.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

using namespace Qt::StringLiterals;

namespace Gui {

namespace {

// Each query's first line, for lupdate: the list shows it in the user's language. A title
// with no German fails tst_translations.
[[maybe_unused]] constexpr const char *Titles[] = {
    QT_TRANSLATE_NOOP(
        "Gui::StarterQueries", "Who changed the privacy settings in the last 30 days"),
    QT_TRANSLATE_NOOP(
        "Gui::StarterQueries", "Users by email domain: who your identified users work for"),
    QT_TRANSLATE_NOOP("Gui::StarterQueries",
        "Blocked IPs over time: how many each version of the blocking settings had"),
    QT_TRANSLATE_NOOP("Gui::StarterQueries", "Versions per author, across every setting's history"),
    QT_TRANSLATE_NOOP(
        "Gui::StarterQueries", "The properties your users carry, and where each one is stored"),
    QT_TRANSLATE_NOOP("Gui::StarterQueries", "What each sync did: resources, rows and errors"),
};

} // namespace

QList<Core::QueryStore::SavedQuery> starterQueries()
{
    QList<Core::QueryStore::SavedQuery> out;
    const QDir dir(u":/queries"_s);
    for (const QString &name : dir.entryList({ u"*.sql"_s }, QDir::Files, QDir::Name)) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QString sql = QString::fromUtf8(file.readAll());
        QString title = sql.section(u'\n', 0, 0);
        title = title.startsWith(u"-- "_s) ? title.mid(3).trimmed() : name;
        title = QCoreApplication::translate("Gui::StarterQueries", title.toUtf8().constData());
        out.append({ title, sql, {} });
    }
    return out;
}

} // namespace Gui
