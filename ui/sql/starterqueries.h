// SPDX-License-Identifier: MIT
#pragma once

#include <QList>

#include "core/sql/querystore.h"

namespace Gui {

// The example queries shipped for this dataset (resources/queries/*.sql, in file order); each
// file's first line, a "-- " comment, is its name, shown in the user's language.
QList<Core::QueryStore::SavedQuery> starterQueries();

} // namespace Gui
