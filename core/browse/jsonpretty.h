// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace Core {

/**
 * Re-indents a JSON text for reading, two spaces a level, without parsing it into values:
 * every literal stays exactly as stored (1.0 stays 1.0, big integers keep their digits,
 * escapes are untouched), which a QJsonDocument round trip would not promise. Text that is
 * not JSON comes back re-indented as far as its brackets go; nothing is dropped.
 */
QString prettyJson(const QString &json);

} // namespace Core
