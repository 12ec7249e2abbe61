// SPDX-License-Identifier: MIT
#include "core/catalog/resourcespec.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Core {

QStringList ResourceSpec::placeholders() const
{
    static const QRegularExpression placeholder(u"\\{([A-Za-z_][A-Za-z0-9_]*)\\}"_s);
    QStringList names;
    auto collect = [&](const QString &text) {
        for (const auto &match : placeholder.globalMatch(text)) {
            if (!names.contains(match.captured(1)))
                names.append(match.captured(1));
        }
    };
    collect(path);
    for (const auto &param : params)
        collect(param.second);
    return names;
}

QString paginatorKindName(PaginatorKind kind)
{
    switch (kind) {
    case PaginatorKind::Single:
        return u"single"_s;
    case PaginatorKind::SettingsHistory:
        return u"settings_history"_s;
    case PaginatorKind::V2PageToken:
        return u"v2_page_token"_s;
    }
    return {};
}

QString writeDispositionName(WriteDisposition write)
{
    return write == WriteDisposition::Replace ? u"replace"_s : u"merge"_s;
}

QString resourceKindName(ResourceKind kind)
{
    switch (kind) {
    case ResourceKind::Settings:
        return u"settings"_s;
    case ResourceKind::SettingsHistory:
        return u"settings_history"_s;
    case ResourceKind::Users:
        return u"users"_s;
    case ResourceKind::UserLookup:
        return u"user_lookup"_s;
    }
    return {};
}

} // namespace Core
