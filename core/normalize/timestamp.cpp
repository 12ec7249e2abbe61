// SPDX-License-Identifier: MIT
#include "core/normalize/timestamp.h"

#include <cmath>

namespace Core::Timestamp {

namespace {

constexpr Micros MicrosPerSecond = 1000000;
constexpr Micros MicrosPerDay = 86400 * MicrosPerSecond;

// Howard Hinnant's days_from_civil / civil_from_days: exact for the proleptic Gregorian
// calendar, year 1 included, with no time zone database involved.
std::int64_t daysFromCivil(int y, int m, int d)
{
    y -= m <= 2;
    const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = unsigned(y - era * 400);
    const unsigned doy = unsigned((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1);
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + std::int64_t(doe) - 719468;
}

void civilFromDays(std::int64_t z, int &y, int &m, int &d)
{
    z += 719468;
    const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    const unsigned doe = unsigned(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    d = int(doy - (153 * mp + 2) / 5 + 1);
    m = int(mp < 10 ? mp + 3 : mp - 9);
    y = int(yoe) + int(era * 400) + (m <= 2);
}

int daysInMonth(int y, int m)
{
    static const int days[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
    if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0))
        return 29;
    return days[m - 1];
}

// Reads exactly `count` digits at `pos`.
bool digits(std::string_view s, size_t &pos, size_t count, int &value)
{
    if (pos + count > s.size())
        return false;
    value = 0;
    for (size_t i = 0; i < count; ++i) {
        const char c = s[pos + i];
        if (c < '0' || c > '9')
            return false;
        value = value * 10 + (c - '0');
    }
    pos += count;
    return true;
}

struct Parsed
{
    int year = 0, month = 0, day = 0;
    int hour = 0, minute = 0, second = 0;
    Micros fraction = 0;
    int offsetMinutes = 0;
    bool hasTime = false;
};

bool parseDate(std::string_view s, size_t &pos, Parsed &p, bool &basic)
{
    if (!digits(s, pos, 4, p.year))
        return false;
    basic = pos < s.size() && s[pos] != '-';
    if (!basic)
        ++pos;
    if (!digits(s, pos, 2, p.month))
        return false;
    if (!basic) {
        if (pos >= s.size() || s[pos] != '-')
            return false;
        ++pos;
    }
    if (!digits(s, pos, 2, p.day))
        return false;
    return p.year >= 1 && p.month >= 1 && p.month <= 12 && p.day >= 1
        && p.day <= daysInMonth(p.year, p.month);
}

bool parseTime(std::string_view s, size_t &pos, Parsed &p, bool basic)
{
    if (!digits(s, pos, 2, p.hour))
        return false;
    auto component = [&](int &value) {
        if (pos >= s.size())
            return true; // absent: "T10" and "T10:00" are complete
        if (!basic) {
            if (s[pos] != ':')
                return true;
            ++pos;
        } else if (s[pos] < '0' || s[pos] > '9') {
            return true;
        }
        return digits(s, pos, 2, value);
    };
    if (!component(p.minute) || !component(p.second))
        return false;
    if (pos < s.size() && (s[pos] == '.' || s[pos] == ',')) {
        ++pos;
        size_t count = 0;
        Micros fraction = 0;
        while (pos < s.size() && s[pos] >= '0' && s[pos] <= '9') {
            if (count < 6)
                fraction = fraction * 10 + (s[pos] - '0');
            ++count;
            ++pos;
        }
        if (count == 0)
            return false;
        for (size_t i = count; i < 6; ++i)
            fraction *= 10;
        p.fraction = fraction; // beyond microseconds: truncated, as dlt does
    }
    p.hasTime = true;
    return p.hour <= 23 && p.minute <= 59 && p.second <= 59;
}

bool parseZone(std::string_view s, size_t &pos, Parsed &p)
{
    if (pos == s.size())
        return true; // naive: taken as UTC
    if (s[pos] == 'Z') {
        ++pos;
        return pos == s.size();
    }
    if (s[pos] != '+' && s[pos] != '-')
        return false;
    const int sign = s[pos] == '-' ? -1 : 1;
    ++pos;
    int hours = 0, minutes = 0;
    if (!digits(s, pos, 2, hours))
        return false;
    if (pos < s.size() && s[pos] == ':')
        ++pos;
    if (pos < s.size() && !digits(s, pos, 2, minutes))
        return false;
    if (hours > 23 || minutes > 59 || pos != s.size())
        return false;
    p.offsetMinutes = sign * (hours * 60 + minutes);
    return true;
}

std::optional<Micros> parse(std::string_view s, bool allowDateOnly)
{
    Parsed p;
    size_t pos = 0;
    bool basic = false;
    if (!parseDate(s, pos, p, basic))
        return std::nullopt;
    if (pos == s.size()) {
        if (!allowDateOnly)
            return std::nullopt;
    } else {
        if (s[pos] != 'T' && !(s[pos] == ' ' && !basic))
            return std::nullopt;
        ++pos;
        if (!parseTime(s, pos, p, basic) || !parseZone(s, pos, p))
            return std::nullopt;
    }
    const std::int64_t days = daysFromCivil(p.year, p.month, p.day);
    const std::int64_t seconds = std::int64_t(p.hour) * 3600 + std::int64_t(p.minute) * 60
        + p.second - std::int64_t(p.offsetMinutes) * 60;
    return days * MicrosPerDay + seconds * MicrosPerSecond + p.fraction;
}

} // namespace

std::optional<Micros> parseDateTime(std::string_view text)
{
    return parse(text, false);
}

std::optional<Micros> parseDateTimeOrDate(std::string_view text)
{
    return parse(text, true);
}

std::string format(Micros instant)
{
    std::int64_t days = instant / MicrosPerDay;
    Micros rest = instant % MicrosPerDay;
    if (rest < 0) {
        rest += MicrosPerDay;
        --days;
    }
    int y = 0, m = 0, d = 0;
    civilFromDays(days, y, m, d);
    const int seconds = int(rest / MicrosPerSecond);
    const int micros = int(rest % MicrosPerSecond);
    // Hand-formatted: this runs for every timestamp cell, and snprintf showed in profiles.
    std::string out(27, '0');
    auto put = [&out](size_t at, int value, int width) {
        for (int i = width - 1; i >= 0; --i, value /= 10)
            out[at + size_t(i)] = char('0' + value % 10);
    };
    put(0, y, 4);
    out[4] = '-';
    put(5, m, 2);
    out[7] = '-';
    put(8, d, 2);
    out[10] = 'T';
    put(11, seconds / 3600, 2);
    out[13] = ':';
    put(14, seconds / 60 % 60, 2);
    out[16] = ':';
    put(17, seconds % 60, 2);
    out[19] = '.';
    put(20, micros, 6);
    out[26] = 'Z';
    return out;
}

std::optional<Micros> fromEpochSeconds(double seconds)
{
    // Year 1 to year 9999.
    if (!std::isfinite(seconds) || seconds < -62135596800.0 || seconds >= 253402300800.0)
        return std::nullopt;
    return Micros(std::llround(seconds * double(MicrosPerSecond)));
}

std::optional<std::string> normalize(std::string_view text)
{
    const auto instant = parseDateTime(text);
    if (!instant)
        return std::nullopt;
    return format(*instant);
}

} // namespace Core::Timestamp
