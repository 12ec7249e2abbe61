// SPDX-License-Identifier: MIT
#include "ui/sql/starterqueries.h"

#include <QDir>
#include <QFile>

using namespace Qt::StringLiterals;

namespace Gui {

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
        out.append({ title, sql, {} });
    }
    return out;
}

} // namespace Gui
