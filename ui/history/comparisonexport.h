// SPDX-License-Identifier: MIT
#pragma once

#include <QList>

#include "core/diff/settingsdiff.h"
#include "core/export/diffexport.h"

class QWidget;

namespace Gui {

// Asks where to save a comparison (text or JSON, the folder of the last export suggested) and
// writes it; a failed write is told to the user and leaves any file there as it was.
void exportComparison(QWidget *parent, const Core::DiffExport::Header &header,
    const QList<Core::SettingsDiff::Change> &changes);

} // namespace Gui
