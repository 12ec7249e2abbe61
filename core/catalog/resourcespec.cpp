// SPDX-License-Identifier: MIT
#include "core/catalog/resourcespec.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Core {

const QRegularExpression &placeholderPattern()
{
    static const QRegularExpression pattern(u"\\{([A-Za-z_][A-Za-z0-9_]*)\\}"_s);
    return pattern;
}

QStringList ResourceSpec::placeholders() const
{
    QStringList names;
    auto collect = [&](const QString &text) {
        for (const auto &match : placeholderPattern().globalMatch(text)) {
            if (!names.contains(match.captured(1)))
                names.append(match.captured(1));
        }
    };
    collect(path);
    for (const auto &param : params)
        collect(param.second);
    return names;
}

const NameTable<PaginatorKind> &paginatorKindNames()
{
    static const NameTable<PaginatorKind> names = {
        { u"single"_s, PaginatorKind::Single },
        { u"settings_history"_s, PaginatorKind::SettingsHistory },
        { u"v2_page_token"_s, PaginatorKind::V2PageToken },
    };
    return names;
}

const NameTable<WriteDisposition> &writeDispositionNames()
{
    static const NameTable<WriteDisposition> names = {
        { u"replace"_s, WriteDisposition::Replace },
        { u"merge"_s, WriteDisposition::Merge },
    };
    return names;
}

const NameTable<ResourceKind> &resourceKindNames()
{
    static const NameTable<ResourceKind> names = {
        { u"settings"_s, ResourceKind::Settings },
        { u"settings_history"_s, ResourceKind::SettingsHistory },
        { u"users"_s, ResourceKind::Users },
        { u"user_lookup"_s, ResourceKind::UserLookup },
    };
    return names;
}

} // namespace Core
