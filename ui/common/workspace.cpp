// SPDX-License-Identifier: MIT
#include "ui/common/workspace.h"

#include <QFileInfo>

#include "core/api/apisettings.h"
#include "core/api/keyprobe.h"
#include "core/secrets/keystore.h"

using namespace Qt::StringLiterals;

namespace Gui {

Workspace::Workspace(Core::KeyService &keys, DemoApi demoApi, WorkspacePaths paths, QObject *parent)
    : QObject(parent)
    , m_keys(keys)
    , m_paths(std::move(paths))
    , m_demoApi(std::move(demoApi))
{
    connect(&m_keys, &Core::KeyService::changed, this, &Workspace::onKeyChanged);
}

Workspace::~Workspace() = default; // the probe, our child, ends with us

void Workspace::setMode(Mode mode)
{
    if (mode == m_mode)
        return;
    m_mode = mode;
    setIdentity(std::nullopt);
    emit modeChanged();
    probeIdentity();
}

QString Workspace::datasetPath() const
{
    return m_mode == Mode::Demo ? m_paths.demoDataset : m_paths.ownDataset;
}

bool Workspace::hasOwnDataset() const
{
    return QFileInfo::exists(m_paths.ownDataset);
}

void Workspace::onKeyChanged(Core::KeyService::Change change)
{
    if (m_mode != Mode::Own)
        return;
    // A saved key's dialog has tested it (or asks for a probe itself); a checked one is new.
    if (change == Core::KeyService::Change::Checked && m_keys.isStored())
        probeIdentity();
    else if (change == Core::KeyService::Change::Removed)
        setIdentity(std::nullopt);
}

void Workspace::setIdentity(const std::optional<Core::KeyIdentity> &identity)
{
    m_identity = identity;
    emit identityChanged();
}

void Workspace::probeIdentity()
{
    if (m_mode == Mode::None || (m_mode == Mode::Own && !m_keys.isStored()))
        return;
    // Whatever was asked before (another mode, another key) is not the answer any more.
    const Core::Latest::Ticket probe = m_probes.next();
    if (m_probe)
        m_probe->cancel();
    if (!m_identityProblem.isEmpty()) {
        m_identityProblem.clear(); // checking again
        emit identityChanged();
    }
    fetchCredentials(this, [this, probe](const Credentials &credentials) {
        if (!m_probes.isCurrent(probe) || !credentials.error.isEmpty())
            return;
        m_probe = new Core::KeyProbe(credentials.key, credentials.baseUrl, this);
        connect(
            m_probe, &Core::KeyProbe::finished, this, [this](const Core::ProbeOutcome &outcome) {
                if (outcome.isOk()) {
                    setIdentity(outcome.identity);
                } else {
                    m_identityProblem = outcome.error.message;
                    emit identityChanged();
                }
            });
    });
}

void Workspace::fetchCredentials(QObject *context, std::function<void(const Credentials &)> done)
{
    if (m_mode == Mode::Demo) {
        m_demoApi(context, std::move(done));
        return;
    }
    Core::KeyStoreJob *job = m_keys.read();
    connect(job, &Core::KeyStoreJob::finished, context,
        [done = std::move(done)](const Core::KeyStoreResult &result) {
            Credentials credentials;
            if (!result.isOk() || result.key.trimmed().isEmpty()) {
                credentials.error = result.status == Core::KeyStoreResult::Status::NotFound
                    ? tr("No API key is stored. Enter one with Settings › API key.")
                    : result.message;
                done(credentials);
                return;
            }
            const QUrl baseUrl = Core::ApiSettings::baseUrl();
            if (const auto refusal = Core::ApiSettings::refusalFor(baseUrl)) {
                // A stored address the key must not go to (written by hand in the settings
                // file): the same rule as the dialog's, before anything is sent.
                credentials.error = tr("The stored API address %1 cannot be used: %2 Choose "
                                       "another in Settings › API key.")
                                        .arg(baseUrl.toString(), *refusal);
            } else {
                credentials.key = result.key;
                credentials.baseUrl = baseUrl;
            }
            done(credentials);
        });
}

void Workspace::announceDataChanged(const QStringList &tables)
{
    emit dataChanged(tables);
}

} // namespace Gui
