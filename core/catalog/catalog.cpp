// SPDX-License-Identifier: MIT
#include "core/catalog/catalog.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <optional>

#include "core/common/logging.h"

using namespace Qt::StringLiterals;

namespace Core {

QString CatalogError::toString() const
{
    QString where = file;
    if (entry >= 0) {
        where += u": resource #%1"_s.arg(entry + 1);
        if (!resource.isEmpty())
            where += u" “%1”"_s.arg(resource);
    }
    if (!field.isEmpty())
        where += u", field “%1”"_s.arg(field);
    return where + u": "_s + problem;
}

namespace {

const QStringList &knownFields()
{
    static const QStringList fields = { u"name"_s, u"title"_s, u"table"_s, u"kind"_s, u"path"_s,
        u"params"_s, u"platforms"_s, u"selector"_s, u"paginator"_s, u"primary_key"_s, u"write"_s,
        u"min_level"_s, u"incremental"_s, u"setting"_s };
    return fields;
}

// Reads one catalog entry; the first problem found is kept and every later read is a no-op.
class EntryReader
{
public:
    EntryReader(const QJsonObject &object, CatalogError base)
        : m_object(object)
        , m_error(std::move(base))
    {
    }

    bool failed() const { return !m_error.problem.isEmpty(); }
    CatalogError error() const { return m_error; }

    void fail(const QString &field, const QString &problem)
    {
        if (failed())
            return;
        m_error.field = field;
        m_error.problem = problem;
    }

    QString string(const QString &field, bool required)
    {
        const QJsonValue v = m_object.value(field);
        if (v.isUndefined()) {
            if (required)
                fail(field, u"is missing"_s);
            return {};
        }
        if (!v.isString() || v.toString().isEmpty()) {
            fail(field, u"must be a non-empty string"_s);
            return {};
        }
        return v.toString();
    }

    QStringList stringList(const QString &field, bool required)
    {
        const QJsonValue v = m_object.value(field);
        if (v.isUndefined()) {
            if (required)
                fail(field, u"is missing"_s);
            return {};
        }
        QStringList out;
        if (!v.isArray()) {
            fail(field, u"must be a list of strings"_s);
            return {};
        }
        const QJsonArray items = v.toArray();
        for (const auto &item : items) {
            if (!item.isString() || item.toString().isEmpty()) {
                fail(field, u"must be a list of non-empty strings"_s);
                return {};
            }
            out.append(item.toString());
        }
        return out;
    }

    template <typename E>
    E choice(
        const QString &field, const QList<QPair<QString, E>> &options, bool required, E fallback)
    {
        const QString value = string(field, required);
        if (value.isEmpty())
            return fallback;
        QStringList names;
        for (const auto &[name, option] : options) {
            if (name == value)
                return option;
            names.append(name);
        }
        fail(field, u"“%1” is not one of %2"_s.arg(value, names.join(u", "_s)));
        return fallback;
    }

    const QJsonObject &object() const { return m_object; }

private:
    QJsonObject m_object;
    CatalogError m_error;
};

// Names that need no quoting in SQL and read the same in every tool.
bool isPlainName(const QString &name)
{
    static const QRegularExpression plain(u"^[a-z][a-z0-9_]*$"_s);
    return plain.match(name).hasMatch();
}

std::optional<CatalogError> readEntry(EntryReader &in, ResourceSpec &spec)
{
    for (auto it = in.object().begin(); it != in.object().end(); ++it) {
        if (!knownFields().contains(it.key()))
            in.fail(
                it.key(), u"is not a catalog field (known: %1)"_s.arg(knownFields().join(u", "_s)));
    }
    spec.name = in.string(u"name"_s, true);
    if (!spec.name.isEmpty() && !isPlainName(spec.name))
        in.fail(u"name"_s, u"must be lower-case snake_case (letters, digits, _)"_s);
    spec.title = in.string(u"title"_s, false);
    if (spec.title.isEmpty())
        spec.title = spec.name;
    spec.table = in.string(u"table"_s, false);
    if (spec.table.isEmpty())
        spec.table = spec.name;
    else if (!isPlainName(spec.table))
        in.fail(u"table"_s, u"must be lower-case snake_case (letters, digits, _)"_s);

    spec.kind = in.choice(u"kind"_s, resourceKindNames(), true, ResourceKind::Settings);
    spec.path = in.string(u"path"_s, true);
    if (!spec.path.isEmpty() && !spec.path.startsWith(u'/'))
        in.fail(u"path"_s, u"must start with “/”"_s);

    const QJsonValue params = in.object().value(u"params"_s);
    if (!params.isUndefined()) {
        if (!params.isObject())
            in.fail(u"params"_s, u"must be an object of string values"_s);
        const QJsonObject object = params.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (!it.value().isString())
                in.fail(u"params"_s, u"value of “%1” must be a string"_s.arg(it.key()));
            spec.params.append({ it.key(), it.value().toString() });
        }
    }

    spec.platforms = in.stringList(u"platforms"_s, false);
    for (const QString &platform : std::as_const(spec.platforms)) {
        if (platform != u"web"_s && platform != u"mobile"_s)
            in.fail(u"platforms"_s, u"“%1” is not one of web, mobile"_s.arg(platform));
    }
    spec.selector = in.string(u"selector"_s, false);
    spec.paginator = in.choice(u"paginator"_s, paginatorKindNames(), true, PaginatorKind::Single);
    spec.primaryKey = in.stringList(u"primary_key"_s, true);
    for (const QString &column : std::as_const(spec.primaryKey)) {
        if (!isPlainName(column))
            in.fail(u"primary_key"_s, u"“%1” is not a normalized column name"_s.arg(column));
    }
    spec.write = in.choice(u"write"_s, writeDispositionNames(), true, WriteDisposition::Replace);
    spec.minLevel = in.choice(u"min_level"_s, keyLevelNames(), true, KeyLevel::Standard);

    const QJsonValue incremental = in.object().value(u"incremental"_s);
    if (!incremental.isUndefined()) {
        spec.cursorPath = incremental.toObject().value(u"cursor_path"_s).toString();
        if (spec.cursorPath.isEmpty())
            in.fail(u"incremental"_s, u"must be an object with a non-empty “cursor_path”"_s);
    }

    spec.setting = in.string(u"setting"_s, spec.kind == ResourceKind::SettingsHistory);
    if (!spec.setting.isEmpty() && !isPlainName(spec.setting))
        in.fail(u"setting"_s, u"must be lower-case snake_case (letters, digits, _)"_s);

    // Rules across fields: the combinations the sync engine can actually run.
    if (spec.paginator != PaginatorKind::Single && spec.selector.isEmpty())
        in.fail(u"selector"_s,
            u"is required for paginator “%1”"_s.arg(paginatorKindName(spec.paginator)));
    if (spec.write == WriteDisposition::Merge && spec.primaryKey.isEmpty())
        in.fail(u"primary_key"_s, u"must name at least one column for write “merge”"_s);
    if (!spec.platforms.isEmpty() && !spec.primaryKey.isEmpty()
        && !spec.primaryKey.contains(u"platform"_s))
        in.fail(u"primary_key"_s, u"must include “platform” when “platforms” is set"_s);
    if (spec.kind == ResourceKind::SettingsHistory && spec.cursorPath.isEmpty())
        in.fail(u"incremental"_s, u"is required for kind “settings_history”"_s);
    if (spec.kind != ResourceKind::SettingsHistory && !spec.setting.isEmpty())
        in.fail(u"setting"_s, u"only “settings_history” resources name a setting"_s);
    if (spec.kind == ResourceKind::UserLookup && spec.placeholders().isEmpty())
        in.fail(u"path"_s, u"a “user_lookup” needs a {placeholder} in path or params"_s);
    if (spec.kind != ResourceKind::UserLookup && !spec.placeholders().isEmpty())
        in.fail(u"path"_s, u"only “user_lookup” resources may use {placeholders}"_s);

    if (in.failed())
        return in.error();
    return std::nullopt;
}

} // namespace

QString Catalog::builtInPath()
{
    return u":/catalog.json"_s;
}

Result<Catalog, CatalogError> Catalog::load(const QString &path)
{
    QFile file(path);
    const QString name = path.startsWith(u':') ? u"catalog.json (built in)"_s : path;
    if (!file.open(QIODevice::ReadOnly)) {
        return CatalogError { name, -1, {}, {}, u"cannot be read: %1"_s.arg(file.errorString()) };
    }
    return parse(file.readAll(), name);
}

Result<Catalog, CatalogError> Catalog::parse(const QByteArray &json, const QString &fileName)
{
    CatalogError error { fileName, -1, {}, {}, {} };
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const int line = int(json.left(parseError.offset).count('\n')) + 1;
        error.problem =
            u"is not valid JSON: %1 at line %2 (byte %3)"_s.arg(parseError.errorString())
                .arg(line)
                .arg(parseError.offset);
        return error;
    }
    const QJsonObject root = document.object();
    if (!document.isObject()) {
        error.problem = u"must be a JSON object with “version” and “resources”"_s;
        return error;
    }
    if (root.value(u"version"_s).toInt(-1) != SupportedVersion) {
        error.field = u"version"_s;
        error.problem = u"must be %1 (this build reads catalog version %1)"_s.arg(SupportedVersion);
        return error;
    }
    const QJsonValue resources = root.value(u"resources"_s);
    if (!resources.isArray() || resources.toArray().isEmpty()) {
        error.field = u"resources"_s;
        error.problem = u"must be a non-empty list of resources"_s;
        return error;
    }

    Catalog catalog;
    QSet<QString> names;
    const QJsonArray entries = resources.toArray();
    for (int i = 0; i < entries.size(); ++i) {
        CatalogError base { fileName, i, {}, {}, {} };
        if (!entries.at(i).isObject()) {
            base.problem = u"must be a JSON object"_s;
            return base;
        }
        base.resource = entries.at(i).toObject().value(u"name"_s).toString();
        EntryReader reader(entries.at(i).toObject(), base);
        ResourceSpec spec;
        if (auto problem = readEntry(reader, spec))
            return *problem;
        if (names.contains(spec.name)) {
            base.field = u"name"_s;
            base.problem = u"“%1” is already used by an earlier resource"_s.arg(spec.name);
            return base;
        }
        names.insert(spec.name);
        catalog.m_resources.append(spec);
    }
    qCDebug(lcCatalog) << "loaded" << catalog.m_resources.size() << "resources from" << fileName;
    return catalog;
}

const QList<ResourceSpec> &Catalog::resources() const
{
    return m_resources;
}

const ResourceSpec *Catalog::find(const QString &name) const
{
    for (const ResourceSpec &spec : m_resources) {
        if (spec.name == name)
            return &spec;
    }
    return nullptr;
}

QList<ResourceSpec> Catalog::readableBy(KeyLevel level) const
{
    QList<ResourceSpec> out;
    for (const ResourceSpec &spec : m_resources) {
        if (levelAllows(level, spec.minLevel))
            out.append(spec);
    }
    return out;
}

QList<HistorySeries> Catalog::historySeries() const
{
    QList<HistorySeries> out;
    for (const ResourceSpec &spec : m_resources) {
        if (spec.kind != ResourceKind::SettingsHistory)
            continue;
        const QStringList platforms =
            spec.platforms.isEmpty() ? QStringList { QString() } : spec.platforms;
        for (const QString &platform : platforms)
            out.append({ spec.setting, platform, spec.table });
    }
    return out;
}

} // namespace Core
