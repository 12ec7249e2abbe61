// SPDX-License-Identifier: MIT
#include "core/secrets/memorykeystore.h"

using namespace Qt::StringLiterals;

namespace Core {

MemoryKeyStore::MemoryKeyStore(QObject *parent)
    : KeyStore(parent)
{
    qRegisterMetaType<Core::KeyStoreResult>();
}

void MemoryKeyStore::setFailure(KeyStoreResult::Status status)
{
    m_failure = status;
}

KeyStoreJob *MemoryKeyStore::finishLater(KeyStoreResult result)
{
    auto *job = new KeyStoreJob(this);
    if (m_failure != KeyStoreResult::Status::Ok) {
        result = {};
        result.status = m_failure;
        result.message = u"The in-memory keychain is set to fail."_s;
    }
    QMetaObject::invokeMethod(
        job,
        [job, result] {
            emit job->finished(result);
            job->deleteLater();
        },
        Qt::QueuedConnection);
    return job;
}

KeyStoreJob *MemoryKeyStore::readKey()
{
    KeyStoreResult result;
    result.status = m_key ? KeyStoreResult::Status::Ok : KeyStoreResult::Status::NotFound;
    result.key = m_key.value_or(QString());
    return finishLater(result);
}

KeyStoreJob *MemoryKeyStore::writeKey(const QString &key)
{
    if (m_failure == KeyStoreResult::Status::Ok)
        m_key = key.trimmed();
    return finishLater({ KeyStoreResult::Status::Ok, {}, {} });
}

KeyStoreJob *MemoryKeyStore::removeKey()
{
    if (m_failure == KeyStoreResult::Status::Ok)
        m_key.reset();
    return finishLater({ KeyStoreResult::Status::Ok, {}, {} });
}

} // namespace Core
