// SPDX-License-Identifier: MIT
#include "ui/common/grids.h"

#include <QHeaderView>
#include <QTableView>
#include <algorithm>

namespace Gui {

void setUpGrid(QTableView *view)
{
    view->setWordWrap(false);
    view->setTabKeyNavigation(false);
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
}

void fitColumns(QTableView *view)
{
    if (!view->model())
        return;
    QHeaderView *header = view->horizontalHeader();
    for (int column = 0; column < view->model()->columnCount(); ++column) {
        view->resizeColumnToContents(column);
        header->resizeSection(column, std::clamp(header->sectionSize(column), 70, 320));
    }
}

} // namespace Gui
