// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QTest>
#include <QVariant>

// Small helpers shared by the test executables (header-only: each test stays one binary).
namespace TestSupport {

// A golden file's bytes; a missing file ends the test run with its path.
inline QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return file.readAll();
}

inline QJsonObject readJsonObject(const QString &path)
{
    return QJsonDocument::fromJson(readFile(path)).object();
}

// One data row per folder below `root` (a golden case), in a "dir" column; fails when fewer
// than `atLeast` are there, so a moved data folder cannot pass as "no cases".
inline void addGoldenCases(const QString &root, int atLeast)
{
    QTest::addColumn<QString>("dir");
    const QDir dir(root);
    const QStringList cases = dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    if (cases.size() < atLeast)
        QFAIL(qPrintable(QStringLiteral("only %1 golden cases in %2").arg(cases.size()).arg(root)));
    for (const QString &name : cases)
        QTest::newRow(qPrintable(name)) << dir.filePath(name);
}

// Whether `got` equals the golden file at `path`. When not, `got` is also written to
// golden-actual/<case>/<file> in the working directory (the build tree), so a reviewer can
// diff it against the golden file and, when the change is meant, copy it over.
inline bool matchesGolden(const QString &got, const QString &path)
{
    if (QString::fromUtf8(readFile(path)) == got)
        return true;
    const QString name = path.section(u'/', -2);
    const QString actual = QStringLiteral("golden-actual/") + name;
    QDir().mkpath(actual.section(u'/', 0, -2));
    QFile file(actual);
    if (file.open(QIODevice::WriteOnly))
        file.write(got.toUtf8());
    return false;
}

// Plain SQL against a dataset file through its own QtSql connection, as any reader would.
class DatasetQuery
{
public:
    explicit DatasetQuery(QString path, QString connection = QStringLiteral("check"))
        : m_path(std::move(path))
        , m_connection(std::move(connection))
    {
    }
    ~DatasetQuery() { close(); }

    qint64 count(const QString &sql) { return column(sql).value(0).toLongLong(); }

    QStringList column(const QString &sql)
    {
        QSqlQuery query(database());
        if (!query.exec(sql))
            qFatal("query failed: %s", qPrintable(sql));
        QStringList out;
        while (query.next())
            out.append(query.value(0).toString());
        return out;
    }

    // Before anything else opens the file in a way that must not see an open reader.
    void close()
    {
        if (QSqlDatabase::contains(m_connection)) {
            QSqlDatabase::database(m_connection, false).close();
            QSqlDatabase::removeDatabase(m_connection);
        }
    }

private:
    QSqlDatabase database()
    {
        QSqlDatabase db = QSqlDatabase::contains(m_connection)
            ? QSqlDatabase::database(m_connection)
            : QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
        db.setDatabaseName(m_path);
        if (!db.isOpen() && !db.open())
            qFatal("cannot open %s", qPrintable(m_path));
        return db;
    }

    QString m_path;
    QString m_connection;
};

} // namespace TestSupport
