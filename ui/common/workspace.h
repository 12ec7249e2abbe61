// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <functional>
#include <memory>
#include <optional>

#include "core/api/capabilityprobe.h"
#include "core/common/latest.h"
#include "core/secrets/keyservice.h"

namespace Core {
class KeyProbe;
}

namespace Gui {

struct WorkspacePaths
{
    QString ownDataset; // the user's org
    QString demoDataset; // the built-in simulator's org, kept apart
    QString stateFolder; // the SQL pane's tabs and history
};

/**
 * What the window is looking at, shared by every pane: the user's own dataset or the demo one,
 * its paths, and what GET /me said about the key in use. Whether a key is stored is the
 * KeyService's, which panes are handed beside this. Panes observe it; nothing here draws.
 *
 * The key itself is never kept: it is read from the keychain when a sync or a probe needs it
 * and dropped afterwards. The key service and the demo API are the composition root's; this
 * only asks them.
 */
class Workspace final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Workspace)

public:
    enum class Mode { None, Own, Demo };

    struct Credentials
    {
        QString key;
        QUrl baseUrl;
        QString error; // set when there are none: what happened and what to do
    };
    // Hands the demo API's address and key to `done`, queued on `context`'s thread, or why
    // there is none. DeskApp backs it with the simulator, started when first asked.
    using DemoApi =
        std::function<void(QObject *context, std::function<void(const Credentials &)> done)>;

    Workspace(
        Core::KeyService &keys, DemoApi demoApi, WorkspacePaths paths, QObject *parent = nullptr);
    ~Workspace() override;

    Mode mode() const { return m_mode; }
    bool isDemo() const { return m_mode == Mode::Demo; }
    void setMode(Mode mode);
    QString datasetPath() const;
    bool hasOwnDataset() const; // synced before, whether or not a key is stored now
    QString stateFolder() const { return m_paths.stateFolder; }

    // What the key may read, once known (a probe, a dialog test or a finished sync said so).
    std::optional<Core::KeyIdentity> identity() const { return m_identity; }
    // Why the last probeIdentity() found no identity (the API unreachable, the key rejected);
    // empty while it runs or after it succeeded.
    QString identityProblem() const { return m_identityProblem; }
    void setIdentity(const std::optional<Core::KeyIdentity> &identity);
    void probeIdentity();

    // Asynchronous: the keychain (own data) or the simulator (demo) answers on `context`'s thread.
    void fetchCredentials(QObject *context, std::function<void(const Credentials &)> done);

    // A sync committed these tables (root names); empty: anything may have changed.
    void announceDataChanged(const QStringList &tables);

signals:
    void modeChanged();
    void identityChanged();
    void dataChanged(const QStringList &tables);

private:
    void onKeyChanged(Core::KeyService::Change change);

    Core::KeyService &m_keys;
    const WorkspacePaths m_paths;
    Mode m_mode = Mode::None;
    std::optional<Core::KeyIdentity> m_identity;
    QString m_identityProblem;
    const DemoApi m_demoApi;
    QPointer<Core::KeyProbe> m_probe;
    Core::Latest m_probes;
};

} // namespace Gui
