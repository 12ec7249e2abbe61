// SPDX-License-Identifier: MIT
#pragma once

#include <atomic>
#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "core/normalize/value.h"

namespace Core {

struct TableSchema;

// The rows one table received from a page: flat cells, row i spanning [start(i), start(i + 1)).
// A row may be shorter than the table (columns added after it was made): the rest is NULL.
struct TableRows
{
    std::vector<Value> cells;
    std::vector<std::uint32_t> starts;

    size_t rowCount() const { return starts.size(); }
    size_t rowStart(size_t row) const { return starts[row]; }
    size_t rowWidth(size_t row) const
    {
        return (row + 1 < starts.size() ? starts[row + 1] : cells.size()) - starts[row];
    }
};

// Everything one page normalizes into, by table name; the strings it points to live in `arena`.
struct RowBatch
{
    std::map<std::string, TableRows> tables;
    TextArena arena;
    size_t records = 0;
    // Unique across all batches, renewed whenever a table's entry may have moved: lets the
    // normalizer cache where a table's rows are, even when a new batch reuses an old address.
    std::uint64_t generation = nextGeneration();

    static std::uint64_t nextGeneration()
    {
        static std::atomic<std::uint64_t> counter { 0 };
        return ++counter;
    }

    void clear()
    {
        tables.clear();
        arena.clear();
        records = 0;
        generation = nextGeneration();
    }
    size_t rowCount() const
    {
        size_t n = 0;
        for (const auto &[name, rows] : tables)
            n += rows.rowCount();
        return n;
    }
};

} // namespace Core
