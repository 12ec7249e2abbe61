// SPDX-License-Identifier: MIT
#include "core/common/logging.h"

Q_LOGGING_CATEGORY(lcApi, "fsdesk.api", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSync, "fsdesk.sync", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCatalog, "fsdesk.catalog", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSim, "fsdesk.sim", QtInfoMsg)
