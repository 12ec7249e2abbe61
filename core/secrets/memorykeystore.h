// SPDX-License-Identifier: MIT
#pragma once

#include <optional>

#include "core/secrets/keystore.h"

namespace Core {

/**
 * A KeyStore in memory, for tests of code that needs a key but not a keychain. It can play an
 * unavailable or locked keychain, so error paths are testable too. Results arrive queued, as
 * with a real keychain.
 */
class MemoryKeyStore final : public KeyStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MemoryKeyStore)

public:
    explicit MemoryKeyStore(QObject *parent = nullptr);

    // Every operation then fails with this status (Unavailable, Denied, Failed); Ok restores.
    void setFailure(KeyStoreResult::Status status);

    KeyStoreJob *readKey() override;
    KeyStoreJob *writeKey(const QString &key) override;
    KeyStoreJob *removeKey() override;

private:
    KeyStoreJob *finishLater(KeyStoreResult result);

    std::optional<QString> m_key;
    KeyStoreResult::Status m_failure = KeyStoreResult::Status::Ok;
};

} // namespace Core
