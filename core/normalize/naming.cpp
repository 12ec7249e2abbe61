// SPDX-License-Identifier: MIT
#include "core/normalize/naming.h"

#include <vector>

namespace Core::Naming {

namespace {

bool isAlnum(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}
bool isUpper(char c)
{
    return c >= 'A' && c <= 'Z';
}
bool isLower(char c)
{
    return c >= 'a' && c <= 'z';
}
bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}
bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

std::string_view trim(std::string_view text)
{
    while (!text.empty() && isSpace(text.front()))
        text.remove_prefix(1);
    while (!text.empty() && isSpace(text.back()))
        text.remove_suffix(1);
    return text;
}

// dlt's _SNAKE_CASE_BREAK_1: ([^_])([A-Z][a-z]+) → \1_\2, applied left to right without overlap.
std::string breakBeforeCapitalizedWords(const std::string &in)
{
    std::string out;
    out.reserve(in.size() + 8);
    size_t i = 0;
    while (i < in.size()) {
        if (in[i] != '_' && i + 2 < in.size() && isUpper(in[i + 1]) && isLower(in[i + 2])) {
            size_t end = i + 2;
            while (end < in.size() && isLower(in[end]))
                ++end;
            out += in[i];
            out += '_';
            out.append(in, i + 1, end - i - 1);
            i = end;
            continue;
        }
        out += in[i];
        ++i;
    }
    return out;
}

// dlt's _SNAKE_CASE_BREAK_2: ([a-z0-9])([A-Z]) → \1_\2, then lower-case.
std::string breakBeforeCapitalsAndLower(const std::string &in)
{
    std::string out;
    out.reserve(in.size() + 8);
    for (size_t i = 0; i < in.size(); ++i) {
        const char c = in[i];
        out += isUpper(c) ? char(c - 'A' + 'a') : c;
        if ((isLower(c) || isDigit(c)) && i + 1 < in.size() && isUpper(in[i + 1])) {
            out += '_';
            // The capital is consumed by this match, so it cannot start the next one.
            out += char(in[i + 1] - 'A' + 'a');
            ++i;
        }
    }
    return out;
}

} // namespace

std::string normalizeIdentifier(std::string_view identifier)
{
    identifier = trim(identifier);
    if (identifier.empty())
        return std::string(EmptyKey);

    // Reduce the alphabet, then every run of other characters (any non-ASCII byte included)
    // becomes one underscore.
    std::string reduced;
    reduced.reserve(identifier.size());
    bool inRun = false;
    for (const char raw : identifier) {
        char c = raw;
        switch (raw) {
        case '+':
        case '*':
            c = 'x';
            break;
        case '-':
            c = '_';
            break;
        case '@':
            c = 'a';
            break;
        case '|':
            c = 'l';
            break;
        default:
            break;
        }
        if (isAlnum(c) || c == '_') {
            reduced += c;
            inRun = false;
        } else if (!inRun) {
            reduced += '_';
            inRun = true;
        }
    }

    std::string snake = breakBeforeCapitalsAndLower(breakBeforeCapitalizedWords(reduced));
    if (!snake.empty() && isDigit(snake.front()))
        snake.insert(snake.begin(), '_');
    size_t trailing = 0;
    while (trailing < snake.size() && snake[snake.size() - 1 - trailing] == '_')
        ++trailing;
    snake.replace(snake.size() - trailing, trailing, trailing, 'x');

    std::string out;
    out.reserve(snake.size());
    for (const char c : snake) {
        if (c == '_' && !out.empty() && out.back() == '_')
            continue;
        out += c;
    }
    return out;
}

std::string normalizePath(std::string_view key)
{
    std::string out;
    size_t start = 0;
    while (start <= key.size()) {
        size_t end = key.find(PathSeparator, start);
        if (end == std::string_view::npos)
            end = key.size();
        const std::string_view segment = key.substr(start, end - start);
        if (!trim(segment).empty()) {
            if (!out.empty())
                out += PathSeparator;
            out += normalizeIdentifier(segment);
        }
        start = end + PathSeparator.size();
    }
    return out.empty() ? std::string(EmptyKey) : out;
}

std::string joinPath(std::string_view prefix, std::string_view name)
{
    if (prefix.empty())
        return std::string(name);
    std::string out;
    out.reserve(prefix.size() + 2 + name.size());
    out += prefix;
    out += PathSeparator;
    out += name;
    return out;
}

} // namespace Core::Naming
