// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

#include <atomic>
#include <functional>
#include <memory>

QT_BEGIN_NAMESPACE
class QObject;
QT_END_NAMESPACE

namespace bl {

/// The SHA-256 of a file's bytes, in hex. Empty when the file cannot be read (`error` says why)
/// or when `abort` was set while it was being read.
QString sha256OfFile(const QString &path, QString *error = nullptr, const std::atomic_bool *abort = nullptr);

/// sha256OfFile() in the background (runInBackground(), low priority), for the binaries of a
/// pipeline (over 100 MB each): `done` gets the result on `context`'s thread, and is not called
/// if `context` is gone by then. Setting `*abort` makes it end early with an empty result.
void sha256OfFileInBackground(const QString &path, QObject *context, std::function<void(const QString &)> done,
                              std::shared_ptr<std::atomic_bool> abort);

} // namespace bl
