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

std::optional<KeyLevel> keyLevelFromName(const QString &name)
{
    if (name == u"standard"_s)
        return KeyLevel::Standard;
    if (name == u"architect"_s)
        return KeyLevel::Architect;
    if (name == u"admin"_s)
        return KeyLevel::Admin;
    return std::nullopt;
}

QString keyLevelName(KeyLevel level)
{
    switch (level) {
    case KeyLevel::Standard:
        return u"standard"_s;
    case KeyLevel::Architect:
        return u"architect"_s;
    case KeyLevel::Admin:
        return u"admin"_s;
    }
    return {};
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
