// SPDX-License-Identifier: MIT
#include "core/common/processhardening.h"

#include <sys/prctl.h>
#include <sys/resource.h>

namespace Core {

void hardenProcess()
{
    const struct rlimit noCore = { 0, 0 };
    ::setrlimit(RLIMIT_CORE, &noCore);
    ::prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
}

} // namespace Core
