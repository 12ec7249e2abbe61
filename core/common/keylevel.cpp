// SPDX-License-Identifier: MIT
#include "core/common/keylevel.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Core {

std::optional<KeyLevel> keyLevelFromRole(const QString &role)
{
    const QString upper = role.trimmed().toUpper();
    if (upper == u"USER"_s || upper == u"STANDARD"_s)
        return KeyLevel::Standard;
    if (upper == u"ARCHITECT"_s)
        return KeyLevel::Architect;
    if (upper == u"ADMIN"_s)
        return KeyLevel::Admin;
    return std::nullopt;
}

const QList<QPair<QString, KeyLevel>> &keyLevelNames()
{
    static const QList<QPair<QString, KeyLevel>> names = {
        { u"standard"_s, KeyLevel::Standard },
        { u"architect"_s, KeyLevel::Architect },
        { u"admin"_s, KeyLevel::Admin },
    };
    return names;
}

std::optional<KeyLevel> keyLevelFromName(const QString &name)
{
    for (const auto &[spelling, level] : keyLevelNames()) {
        if (spelling == name)
            return level;
    }
    return std::nullopt;
}

QString keyLevelName(KeyLevel level)
{
    return keyLevelNames().at(int(level)).first;
}

QString keyLevelDisplayName(KeyLevel level)
{
    switch (level) {
    case KeyLevel::Standard:
        return QCoreApplication::translate("Core::KeyLevel", "Standard");
    case KeyLevel::Architect:
        return QCoreApplication::translate("Core::KeyLevel", "Architect");
    case KeyLevel::Admin:
        return QCoreApplication::translate("Core::KeyLevel", "Admin");
    }
    return {};
}

} // namespace Core
