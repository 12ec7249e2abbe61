// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>

#include "core/sync/syncoptions.h"

// The end of a run as fullstory-sync reports it: the exit code (design.md §2), a human summary
// in the manner of dlt's, or one JSON object.
namespace RunReport {

enum ExitCode {
    Success = 0,
    Usage = 2,
    KeyProblem = 3,
    Partial = 4,
    NothingLoaded = 5,
    DatasetProblem = 6,
};

int exitCode(const Core::RunResult &result, int signalNumber);
QString human(const Core::RunResult &result, const QString &datasetPath);
QByteArray json(const Core::RunResult &result, const QString &datasetPath, int exitCode);

} // namespace RunReport
