// SPDX-License-Identifier: MIT
#include "core/secrets/keychainstore.h"

#include <QCoreApplication>

#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;

namespace Core {

namespace {

// The strings of this file, under one translation context.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Core::KeychainStore)
};

// No session bus, no bus at the address given, or nobody providing org.freedesktop.secrets.
bool isMissingService(const QString &detail)
{
    static const QStringList markers = { u"D-Bus"_s, u"Could not connect"_s,
        u"org.freedesktop.secrets"_s, u"ServiceUnknown"_s };
    for (const QString &marker : markers) {
        if (detail.contains(marker, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

KeyStoreResult resultOf(const QKeychain::Job &job)
{
    KeyStoreResult result;
    const QString detail = job.errorString();
    switch (job.error()) {
    case QKeychain::NoError:
        result.status = KeyStoreResult::Status::Ok;
        return result;
    case QKeychain::EntryNotFound:
        result.status = KeyStoreResult::Status::NotFound;
        result.message = Text::tr("No API key is stored yet. Enter one in the API key settings.");
        return result;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        result.status = KeyStoreResult::Status::Denied;
        result.message =
            Text::tr("The keychain refused access (%1). Unlock your keyring, allow Fullstory "
                     "Desk to use it, and try again.")
                .arg(detail);
        return result;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        break;
    case QKeychain::OtherError:
        // libsecret reports everything as OtherError; its texts tell the cases apart.
        if (detail.contains(u"/org/freedesktop/secrets/collection"_s)
            || detail.contains(u"locked"_s, Qt::CaseInsensitive)) {
            result.status = KeyStoreResult::Status::Denied;
            result.message =
                Text::tr("The keyring is locked or has no default collection (%1). Unlock "
                         "it (log in to the desktop session, or open your keyring manager) "
                         "and try again.")
                    .arg(detail);
            return result;
        }
        if (!isMissingService(detail)) {
            result.status = KeyStoreResult::Status::Failed;
            result.message = Text::tr("The keychain reported an error: %1.").arg(detail);
            return result;
        }
        break;
    case QKeychain::CouldNotDeleteEntry:
        result.status = KeyStoreResult::Status::Failed;
        result.message = Text::tr("The keychain could not remove the API key: %1.").arg(detail);
        return result;
    }
    result.status = KeyStoreResult::Status::Unavailable;
    result.message =
        Text::tr("No keychain is available on this system (%1). Start your desktop's "
                 "keyring (GNOME Keyring or KWallet) and try again; scripts can pass the key "
                 "on standard input or in FULLSTORY_API_KEY instead.")
            .arg(detail);
    return result;
}

template <typename Job> KeyStoreJob *run(Job *job, QObject *owner, bool isRead)
{
    auto *outer = new KeyStoreJob(owner);
    job->setAutoDelete(true);
    QObject::connect(job, &QKeychain::Job::finished, outer, [outer, isRead](QKeychain::Job *done) {
        KeyStoreResult result = resultOf(*done);
        if (isRead && result.isOk())
            result.key = static_cast<QKeychain::ReadPasswordJob *>(done)->textData();
        emit outer->finished(result);
        outer->deleteLater();
    });
    job->start();
    return outer;
}

} // namespace

KeychainStore::KeychainStore(QObject *parent)
    : KeychainStore(QString::fromLatin1(ServiceName), parent)
{
}

KeychainStore::KeychainStore(QString service, QObject *parent)
    : KeyStore(parent)
    , m_service(std::move(service))
{
    qRegisterMetaType<Core::KeyStoreResult>();
}

KeyStoreJob *KeychainStore::readKey()
{
    auto *job = new QKeychain::ReadPasswordJob(m_service);
    job->setKey(QString::fromLatin1(AccountName));
    return run(job, this, true);
}

KeyStoreJob *KeychainStore::writeKey(const QString &key)
{
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setKey(QString::fromLatin1(AccountName));
    job->setTextData(key.trimmed());
    return run(job, this, false);
}

KeyStoreJob *KeychainStore::removeKey()
{
    auto *job = new QKeychain::DeletePasswordJob(m_service);
    job->setKey(QString::fromLatin1(AccountName));
    return run(job, this, false);
}

} // namespace Core
