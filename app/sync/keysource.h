// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QString>
#include <functional>

// Where fullstory-sync finds the API key, first match wins (design.md §2): standard input (with
// --api-key-stdin), the FULLSTORY_API_KEY environment variable, the keychain entry the desktop
// app wrote. The callback gets the key, or an empty key and a message saying what to do.
namespace KeySource {

using Callback = std::function<void(const QString &key, const QString &problem)>;
void find(bool fromStdin, QObject *context, const Callback &done);

} // namespace KeySource
