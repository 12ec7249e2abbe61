// SPDX-License-Identifier: MIT
#include "core/store/sqlite.h"

#include <sqlite3.h>

namespace Core {

namespace {

[[noreturn]] void fail(sqlite3 *db, int code, std::string_view context = {})
{
    QString message = QString::fromUtf8(db ? sqlite3_errmsg(db) : sqlite3_errstr(code));
    if (!context.empty())
        message += QStringLiteral(" (in: %1)")
                       .arg(QString::fromUtf8(
                           context.data(), qsizetype(std::min<size_t>(context.size(), 200))));
    throw SqliteError(db ? sqlite3_extended_errcode(db) : code, message);
}

} // namespace

SqliteError::SqliteError(int code, const QString &message)
    : std::runtime_error(message.toStdString())
    , m_code(code)
{
}

void SqliteDatabase::keepMemoryStatistics()
{
    sqlite3_initialize(); // from here on sqlite3_config() is refused, so the statistics stay
}

SqliteDatabase::SqliteDatabase(const QString &path, Mode mode, const char *vfs)
{
    // Memory statistics take a global mutex on every allocation; nobody reads them. Only
    // possible before SQLite initializes, so where Qt's driver came first this is a no-op.
    static const bool statisticsOff = sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0) == SQLITE_OK;
    Q_UNUSED(statisticsOff)
    const int flags =
        mode == Mode::ReadOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
    const int rc =
        sqlite3_open_v2(path.toUtf8().constData(), &m_db, flags | SQLITE_OPEN_NOMUTEX, vfs);
    if (rc != SQLITE_OK) {
        const QString message = QString::fromUtf8(m_db ? sqlite3_errmsg(m_db) : sqlite3_errstr(rc));
        sqlite3_close_v2(m_db);
        m_db = nullptr;
        throw SqliteError(rc, message);
    }
    sqlite3_extended_result_codes(m_db, 1);
}

SqliteDatabase::~SqliteDatabase()
{
    sqlite3_close_v2(m_db);
}

void SqliteDatabase::exec(std::string_view sql)
{
    const std::string text(sql);
    char *error = nullptr;
    const int rc = sqlite3_exec(m_db, text.c_str(), nullptr, nullptr, &error);
    if (rc != SQLITE_OK) {
        const QString message = QString::fromUtf8(error ? error : sqlite3_errstr(rc));
        sqlite3_free(error);
        throw SqliteError(sqlite3_extended_errcode(m_db),
            message + QStringLiteral(" (in: %1)").arg(QString::fromStdString(text.substr(0, 200))));
    }
}

std::string SqliteDatabase::scalar(std::string_view sql)
{
    SqliteStatement statement(*this, sql);
    return statement.step() && !statement.columnIsNull(0) ? statement.columnText(0) : std::string();
}

bool SqliteDatabase::hasTable(std::string_view name)
{
    SqliteStatement statement(
        *this, "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?");
    statement.bindText(1, name);
    return statement.step();
}

bool SqliteDatabase::hasColumn(std::string_view table, std::string_view column)
{
    SqliteStatement statement(*this, "SELECT 1 FROM pragma_table_info(?) WHERE name = ?");
    statement.bindText(1, table);
    statement.bindText(2, column);
    return statement.step();
}

std::int64_t SqliteDatabase::changes() const
{
    return sqlite3_changes64(m_db);
}

std::string SqliteDatabase::quote(std::string_view identifier)
{
    std::string out = "\"";
    for (const char c : identifier) {
        out += c;
        if (c == '"')
            out += '"';
    }
    return out + '"';
}

std::string SqliteDatabase::literal(std::string_view text)
{
    std::string out = "'";
    for (const char c : text) {
        out += c;
        if (c == '\'')
            out += '\'';
    }
    return out + '\'';
}

SqliteStatement::SqliteStatement(SqliteDatabase &db, std::string_view sql)
    : m_db(db)
{
    const int rc = sqlite3_prepare_v3(
        db.handle(), sql.data(), int(sql.size()), SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr);
    if (rc != SQLITE_OK)
        fail(db.handle(), rc, sql);
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_stmt);
}

void SqliteStatement::bind(int index, const Value &value)
{
    switch (value.kind) {
    case Value::Kind::Null:
        bindNull(index);
        return;
    case Value::Kind::Integer:
        bindInt(index, value.integer);
        return;
    case Value::Kind::Real:
        sqlite3_bind_double(m_stmt, index, value.real);
        return;
    case Value::Kind::Text:
        bindText(index, value.text);
        return;
    }
}

void SqliteStatement::bindText(int index, std::string_view text)
{
    sqlite3_bind_text(m_stmt, index, text.data(), int(text.size()), SQLITE_STATIC);
}

void SqliteStatement::bindInt(int index, std::int64_t value)
{
    sqlite3_bind_int64(m_stmt, index, value);
}

void SqliteStatement::bindNull(int index)
{
    sqlite3_bind_null(m_stmt, index);
}

int SqliteStatement::tryStep()
{
    return sqlite3_step(m_stmt);
}

bool SqliteStatement::step()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    fail(m_db.handle(), rc, sqlite3_sql(m_stmt));
}

void SqliteStatement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

void SqliteStatement::resetKeepingBindings()
{
    sqlite3_reset(m_stmt);
}

std::int64_t SqliteStatement::columnInt(int index) const
{
    return sqlite3_column_int64(m_stmt, index);
}

std::string SqliteStatement::columnText(int index) const
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, index));
    return text ? std::string(text, size_t(sqlite3_column_bytes(m_stmt, index))) : std::string();
}

bool SqliteStatement::columnIsNull(int index) const
{
    return sqlite3_column_type(m_stmt, index) == SQLITE_NULL;
}

int SqliteStatement::columnCount() const
{
    return sqlite3_column_count(m_stmt);
}

QString SqliteStatement::columnName(int index) const
{
    return QString::fromUtf8(sqlite3_column_name(m_stmt, index));
}

QVariant SqliteStatement::columnValue(int index) const
{
    return Core::columnValue(m_stmt, index);
}

QVariant columnValue(sqlite3_stmt *statement, int index)
{
    switch (sqlite3_column_type(statement, index)) {
    case SQLITE_INTEGER:
        return QVariant::fromValue(qint64(sqlite3_column_int64(statement, index)));
    case SQLITE_FLOAT:
        return sqlite3_column_double(statement, index);
    case SQLITE_TEXT:
        return QString::fromUtf8(
            reinterpret_cast<const char *>(sqlite3_column_text(statement, index)),
            sqlite3_column_bytes(statement, index));
    case SQLITE_BLOB:
        return QByteArray(static_cast<const char *>(sqlite3_column_blob(statement, index)),
            sqlite3_column_bytes(statement, index));
    default:
        return {};
    }
}

void SqliteStatement::bindValue(int index, const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::UnknownType:
        sqlite3_bind_null(m_stmt, index);
        return;
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
        sqlite3_bind_int64(m_stmt, index, value.toLongLong());
        return;
    case QMetaType::Double:
        sqlite3_bind_double(m_stmt, index, value.toDouble());
        return;
    case QMetaType::QByteArray: {
        const QByteArray bytes = value.toByteArray();
        sqlite3_bind_blob(m_stmt, index, bytes.constData(), int(bytes.size()), SQLITE_TRANSIENT);
        return;
    }
    default: {
        const QByteArray text = value.toString().toUtf8();
        sqlite3_bind_text(m_stmt, index, text.constData(), int(text.size()), SQLITE_TRANSIENT);
        return;
    }
    }
}

void SqliteStatement::bindValues(const QVariantList &values)
{
    for (int i = 0; i < values.size(); ++i)
        bindValue(i + 1, values.at(i));
}

QList<QVariantList> SqliteStatement::readAll()
{
    QList<QVariantList> rows;
    const int columns = columnCount();
    while (step()) {
        QVariantList row;
        row.reserve(columns);
        for (int c = 0; c < columns; ++c)
            row.append(columnValue(c));
        rows.append(std::move(row));
    }
    return rows;
}

} // namespace Core
