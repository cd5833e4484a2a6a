// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

#include <memory>

QT_BEGIN_NAMESPACE
class QLockFile;
QT_END_NAMESPACE

namespace bl {

/// The lock every profile write takes: `profiles/.lock`, a QLockFile shared by every
/// instance (windows, scripts) that uses the folder.
namespace ProfileLock {

/// Takes the lock of `profilesFolder`, trying in short random steps for up to `timeoutMs`
/// (QLockFile::tryLock(timeout) waits in steps that double up to seconds). With no timeout
/// it tries twice, a dead lock removed between, and never sleeps: for a GUI thread.
/// Null when it could not: `busy` says whether another instance holds it, `error` what to do.
std::unique_ptr<QLockFile> acquire(const QString &profilesFolder, int timeoutMs, bool *busy, QString *error);

} // namespace ProfileLock

} // namespace bl
