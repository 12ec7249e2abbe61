// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QPair>
#include <QString>

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

} // namespace Core
