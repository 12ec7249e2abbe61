// SPDX-License-Identifier: MIT
#pragma once

#include <QLoggingCategory>

// One category per area (style.md §6). Never log the API key or request headers.
Q_DECLARE_LOGGING_CATEGORY(lcApi)
Q_DECLARE_LOGGING_CATEGORY(lcSync)
Q_DECLARE_LOGGING_CATEGORY(lcCatalog)
Q_DECLARE_LOGGING_CATEGORY(lcSim)
