// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <optional>

namespace Core {

/**
 * Fullstory's API key levels, ordered: a higher level can do everything a lower one can
 * (fullstory-api.md §1.3).
 */
enum class KeyLevel { Standard = 0, Architect = 1, Admin = 2 };

// "USER" / "ARCHITECT" / "ADMIN" as GET /me reports them in `role`.
std::optional<KeyLevel> keyLevelFromRole(const QString &role);
// "standard" / "architect" / "admin" as the catalog spells them, in level order.
const QList<QPair<QString, KeyLevel>> &keyLevelNames();
std::optional<KeyLevel> keyLevelFromName(const QString &name);
QString keyLevelName(KeyLevel level);
// Translated, for people: "Standard", "Architect", "Admin".
QString keyLevelDisplayName(KeyLevel level);

inline bool levelAllows(KeyLevel have, KeyLevel need)
{
    return static_cast<int>(have) >= static_cast<int>(need);
}

} // namespace Core
