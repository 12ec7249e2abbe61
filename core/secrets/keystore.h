// SPDX-License-Identifier: MIT
#pragma once

#include <QMetaType>
#include <QObject>
#include <QString>

namespace Core {

struct KeyStoreResult
{
    enum class Status {
        Ok,
        NotFound, // nothing stored yet
        Unavailable, // no keychain service on this system (no Secret Service, no D-Bus)
        Denied, // locked, or the user refused access
        Failed,
    };

    Status status = Status::Failed;
    QString key; // the secret, on a successful read only
    QString message; // for people: what happened and what to do; never holds the key

    bool isOk() const { return status == Status::Ok; }
};

// One keychain operation; emits finished() exactly once, asynchronously, then deletes itself.
class KeyStoreJob : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeyStoreJob)

public:
    explicit KeyStoreJob(QObject *parent = nullptr)
        : QObject(parent)
    {
    }

signals:
    void finished(const Core::KeyStoreResult &result);
};

/**
 * Where the API key lives: the OS keychain, and nowhere else (design.md §7). Asynchronous like
 * the keychains themselves — continue in the job's finished() handler; never spin an event loop.
 *
 * There is deliberately no plain-text fallback: when no keychain is available the job says so
 * (Unavailable) and the caller offers another way (stdin or the environment for the CLI).
 */
class KeyStore : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeyStore)

public:
    // The entry the desktop app writes and fullstory-sync reads (design.md §2).
    static constexpr char ServiceName[] = "fullstory-desk";
    static constexpr char AccountName[] = "api-key";

    explicit KeyStore(QObject *parent = nullptr)
        : QObject(parent)
    {
    }

    virtual KeyStoreJob *readKey() = 0;
    // Trims the key first, as ApiClient does, so what is stored is what is sent.
    virtual KeyStoreJob *writeKey(const QString &key) = 0;
    virtual KeyStoreJob *removeKey() = 0;
};

} // namespace Core

Q_DECLARE_METATYPE(Core::KeyStoreResult)
