// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

// "1 page", "2 pages", "0 pages": fullstory-sync's output is English only (scripts read it),
// so its plurals are English too, without Qt's translation machinery.
inline QString counted(qint64 n, QStringView one, QStringView many)
{
    return QString::number(n) + u' ' + (n == 1 ? one : many);
}
