// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QString>

namespace Core {

class KeyStore;
class KeyStoreJob;

/**
 * The one owner of "is an API key stored": its state, its last four characters (the only part
 * ever shown again) and why the keychain cannot be read, for every pane and dialog. Reads,
 * writes and removals go through here so the state follows them; the key itself is never
 * kept — read() fetches it for one use.
 */
class KeyService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeyService)

public:
    enum class State { Checking, Stored, Missing, Unavailable };
    enum class Change { Checked, Saved, Removed };

    explicit KeyService(KeyStore &store, QObject *parent = nullptr);

    State state() const { return m_state; }
    bool isStored() const { return m_state == State::Stored; }
    QString hint() const { return m_hint; } // "…abcd"
    QString problem() const { return m_problem; } // while Unavailable: what to do

    void check(); // reads the keychain to learn the state
    // Jobs as KeyStore's: the state is updated (and changed() emitted) before the caller's
    // own finished() handlers run.
    KeyStoreJob *read();
    KeyStoreJob *write(const QString &key);
    KeyStoreJob *remove();

    static QString hintFor(const QString &key);

signals:
    void changed(Core::KeyService::Change change);

private:
    void set(State state, const QString &hint, const QString &problem, Change change);

    KeyStore &m_store;
    State m_state = State::Checking;
    QString m_hint;
    QString m_problem;
};

} // namespace Core
