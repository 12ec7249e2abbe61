// SPDX-License-Identifier: MIT
#include "keysource.h"

#include <QFile>

#include "core/secrets/keychainstore.h"

using namespace Qt::StringLiterals;

namespace KeySource {

void find(bool fromStdin, QObject *context, const Callback &plainDone)
{
    // Always answer from the event loop, like the keychain does: a caller may quit in the
    // callback, and QCoreApplication::exit() before exec() would be lost.
    Callback done = [context, plainDone](const QString &key, const QString &problem) {
        QMetaObject::invokeMethod(
            context, [plainDone, key, problem] { plainDone(key, problem); }, Qt::QueuedConnection);
    };
    if (fromStdin) {
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly)) {
            done({}, u"cannot read standard input"_s);
            return;
        }
        const QString key = QString::fromUtf8(in.readAll()).trimmed();
        done(key,
            key.isEmpty() ? u"--api-key-stdin was given but standard input held no key"_s
                          : QString());
        return;
    }
    const QString fromEnv = qEnvironmentVariable("FULLSTORY_API_KEY").trimmed();
    if (!fromEnv.isEmpty()) {
        done(fromEnv, {});
        return;
    }
    auto *store = new Core::KeychainStore(context);
    Core::KeyStoreJob *job = store->readKey();
    QObject::connect(job, &Core::KeyStoreJob::finished, context,
        [store, done = plainDone](const Core::KeyStoreResult &result) {
            store->deleteLater();
            if (result.isOk() && !result.key.isEmpty()) {
                done(result.key, {});
                return;
            }
            done({},
                u"no API key found: pass it with --api-key-stdin or in "
                u"FULLSTORY_API_KEY, or store one in the desktop app. (Keychain: %1)"_s.arg(
                    result.message));
        });
}

} // namespace KeySource
