// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QList>

#include "core/diff/fieldfilter.h"
#include "core/diff/settingsdiff.h"

namespace Core {

/**
 * Two versions of a setting laid side by side, leaf by leaf (pure; golden cases in
 * tests/data/diffdocument/): what the history browser shows, inline or in two columns, with
 * the unchanged leaves around each change for context.
 *
 * Rows follow the newer version; a leaf the newer one dropped sits where the older had it.
 * Each row that differs belongs to one change of Core::SettingsDiff — an element block added
 * whole is one change spanning the rows of its fields — and the changes are numbered in the
 * order their first row appears, so "next change" walks down the page. Paths the filter
 * ignores are left out, rows and changes alike.
 */
struct DiffDocument
{
    struct Row
    {
        QString path;
        QJsonValue oldValue; // Undefined: not in the older version
        QJsonValue newValue; // Undefined: not in the newer version
        int change = -1; // index into changes; -1 for an unchanged row
    };

    QList<SettingsDiff::Change> changes;
    QList<Row> rows;

    // The change a comparison opens on: the one nearest the top of the setting (a mode that
    // changed before a field deep in a list), the first of those; -1 without changes.
    int leadChange() const;

    static DiffDocument build(
        const QJsonObject &older, const QJsonObject &newer, const FieldFilter &ignored = {});
};

} // namespace Core
