// SPDX-License-Identifier: MIT
#include "core/secrets/keyservice.h"

#include "core/secrets/keystore.h"

using namespace Qt::StringLiterals;

namespace Core {

KeyService::KeyService(KeyStore &store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
}

QString KeyService::hintFor(const QString &key)
{
    const QString trimmed = key.trimmed();
    return trimmed.size() >= 8 ? u"…"_s + trimmed.right(4) : u"…"_s;
}

void KeyService::set(State state, const QString &hint, const QString &problem, Change change)
{
    m_state = state;
    m_hint = hint;
    m_problem = problem;
    emit changed(change);
}

void KeyService::check()
{
    set(State::Checking, {}, {}, Change::Checked);
    KeyStoreJob *job = m_store.readKey();
    connect(job, &KeyStoreJob::finished, this, [this](const KeyStoreResult &result) {
        if (result.isOk() && !result.key.trimmed().isEmpty())
            set(State::Stored, hintFor(result.key), {}, Change::Checked);
        else if (result.status == KeyStoreResult::Status::NotFound || result.isOk())
            set(State::Missing, {}, {}, Change::Checked);
        else
            set(State::Unavailable, {}, result.message, Change::Checked);
    });
}

KeyStoreJob *KeyService::read()
{
    return m_store.readKey();
}

KeyStoreJob *KeyService::write(const QString &key)
{
    KeyStoreJob *job = m_store.writeKey(key);
    connect(job, &KeyStoreJob::finished, this,
        [this, hint = hintFor(key)](const KeyStoreResult &result) {
            if (result.isOk())
                set(State::Stored, hint, {}, Change::Saved);
        });
    return job;
}

KeyStoreJob *KeyService::remove()
{
    KeyStoreJob *job = m_store.removeKey();
    connect(job, &KeyStoreJob::finished, this, [this](const KeyStoreResult &result) {
        if (result.isOk() || result.status == KeyStoreResult::Status::NotFound)
            set(State::Missing, {}, {}, Change::Removed);
    });
    return job;
}

} // namespace Core
