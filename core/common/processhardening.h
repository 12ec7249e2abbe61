// SPDX-License-Identifier: MIT
#pragma once

namespace Core {

/**
 * Keeps secrets in this process's memory out of crash output (design.md §7, style.md §9): no
 * core files, and not dumpable or attachable by other processes of the same user. Call first
 * thing in main() of every program that may hold the API key.
 */
void hardenProcess();

} // namespace Core
