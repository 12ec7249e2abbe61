// SPDX-License-Identifier: MIT
#pragma once

#include <QSettings>
#include <QVariant>

namespace Core {

// ~/.config/fullstory-desk/fullstory-desk.ini, whichever program asks (never the API key).
QSettings openAppSettings();

/**
 * One persistent setting: key and default declared side by side, typed (style.md §4; like
 * qBittorrent's CachedSettingValue). Declare each once, in AppSettings (shared with the CLI)
 * or Gui::UiSettings (the desktop's own), and use it everywhere else by name.
 */
template <typename T> class Setting
{
public:
    constexpr Setting(const char *key, T fallback = T())
        : m_key(key)
        , m_fallback(std::move(fallback))
    {
    }

    T value() const
    {
        const QVariant stored = openAppSettings().value(QLatin1StringView(m_key));
        return stored.isValid() && stored.canConvert<T>() ? stored.value<T>() : m_fallback;
    }
    void setValue(const T &value) const
    {
        QSettings settings = openAppSettings(); // written back when it goes
        settings.setValue(QLatin1StringView(m_key), QVariant::fromValue(value));
    }
    void reset() const
    {
        QSettings settings = openAppSettings();
        settings.remove(QLatin1StringView(m_key));
    }
    const char *key() const { return m_key; }

private:
    const char *m_key;
    T m_fallback;
};

} // namespace Core
