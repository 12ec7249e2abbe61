// SPDX-License-Identifier: MIT
#pragma once

#include <QColor>
#include <QPalette>

namespace Gui {

// The history browser's diff colours, for a light or a dark palette: a light tint for removed
// and added values, a strong one for the characters that changed within them.
struct DiffColors
{
    QColor removed, added, strongRemoved, strongAdded;
    QColor muted; // unchanged fields, there for context
    QColor link; // a fold, which opens on a click

    static DiffColors forPalette(const QPalette &palette)
    {
        const bool dark = palette.color(QPalette::Base).lightness() < 128;
        const QColor muted = palette.color(QPalette::PlaceholderText);
        const QColor link = palette.color(QPalette::Link);
        return dark ? DiffColors { QColor(0x5c2323), QColor(0x1f4d2a), QColor(0x8f2e2e),
            QColor(0x2f7a41), muted, link }
                    : DiffColors { QColor(0xfbe3e3), QColor(0xe1f5e4), QColor(0xf3a6a6),
                          QColor(0x9fdcaa), muted, link };
    }
};

} // namespace Gui
