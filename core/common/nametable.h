// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <optional>

namespace Core {

// How an enum is spelled in files, logs and JSON: one table per enum serves parsing and printing.
template <typename E> using NameTable = QList<QPair<QString, E>>;

template <typename E> QString nameOf(const NameTable<E> &table, E value)
{
    for (const auto &[name, entry] : table) {
        if (entry == value)
            return name;
    }
    return {};
}

template <typename E> std::optional<E> valueOf(const NameTable<E> &table, const QString &name)
{
    for (const auto &[spelled, entry] : table) {
        if (spelled == name)
            return entry;
    }
    return std::nullopt;
}

} // namespace Core
