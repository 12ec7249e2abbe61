// SPDX-License-Identifier: MIT
#include "core/store/loadplan.h"

#include "core/normalize/timestamp.h"

namespace Core {

Cursors::Cursors(const QMap<QString, QString> &newestByPlatform)
{
    for (auto it = newestByPlatform.begin(); it != newestByPlatform.end(); ++it) {
        if (!it.value().isEmpty())
            m_newest[it.key().toStdString()] = it.value().toStdString();
    }
}

bool Cursors::covers(const std::string &platform, std::string_view value) const
{
    const auto newest = m_newest.find(platform);
    if (newest == m_newest.end())
        return false;
    const auto normalized = Timestamp::normalize(value);
    return normalized && *normalized <= newest->second;
}

} // namespace Core
