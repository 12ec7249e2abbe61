// SPDX-License-Identifier: MIT
#pragma once

#include "core/secrets/keystore.h"

namespace Core {

/**
 * KeyStore on the OS keychain through QtKeychain (Secret Service on Linux, Keychain on macOS,
 * Credential Store on Windows), under KeyStore::ServiceName / AccountName.
 * Threading: the thread that created it; QtKeychain's D-Bus calls are asynchronous.
 */
class KeychainStore final : public KeyStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeychainStore)

public:
    explicit KeychainStore(QObject *parent = nullptr);
    // Another service name keeps tests away from a developer's real entry.
    KeychainStore(QString service, QObject *parent = nullptr);

    KeyStoreJob *readKey() override;
    KeyStoreJob *writeKey(const QString &key) override;
    KeyStoreJob *removeKey() override;

private:
    QString m_service;
};

} // namespace Core
