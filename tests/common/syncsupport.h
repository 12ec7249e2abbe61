// SPDX-License-Identifier: MIT
#pragma once

#include <QSignalSpy>
#include <QTest>

#include "core/catalog/catalog.h"
#include "core/simulator/simulator.h"
#include "core/sync/syncengine.h"

namespace TestSupport {

// Fills `datasetPath` the way a user's first sync would: the simulator on 127.0.0.1 (this
// thread), the real engine and writer. Returns the run's result.
inline Core::RunResult syncFromSimulator(const QString &datasetPath, Core::Simulator &simulator,
    const QString &key = QString::fromLatin1(Core::SimKeys::Admin))
{
    Core::SyncOptions options;
    options.datasetPath = datasetPath;
    options.api.apiKey = key;
    options.api.baseUrl = simulator.url();
    options.trigger = QStringLiteral("test");
    Core::SyncEngine engine(Core::Catalog::load().value(), options);
    QSignalSpy finished(&engine, &Core::SyncEngine::finished);
    engine.start();
    if (!finished.wait(60000))
        qFatal("the sync did not finish");
    return finished.first().first().value<Core::RunResult>();
}

// A fresh dataset from a simulator of this shape: users, their page size, versions per series.
inline Core::RunResult syncNewDataset(
    const QString &datasetPath, int users, int usersPageSize, int versions)
{
    Core::SimConfig config;
    config.users = users;
    config.usersPageSize = usersPageSize;
    config.versions = versions;
    Core::Simulator simulator(config);
    if (!simulator.listen())
        qFatal("the simulator could not listen: %s", qPrintable(simulator.errorString()));
    return syncFromSimulator(datasetPath, simulator);
}

} // namespace TestSupport
