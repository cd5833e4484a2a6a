// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QString>

namespace bl::AtomicWrite {

/// Why a write failed, for the message and the exit code.
enum class Failure { None, NoSpace, Other };

struct Outcome
{
    Failure failure = Failure::None;
    QString reason; ///< the system's words, e.g. "No space left on device"
    bool ok() const { return failure == Failure::None; }
};

/// Replaces `path` with `bytes` or leaves it exactly as it was. Every step is checked: the
/// write (all bytes), the flush of Qt's buffer, the flush to the disk (fsync, where a full
/// disk may only show up on some file systems) and the rename into place. QSaveFile alone
/// renames a file whose buffered last write failed, which once cost a user a profile.
Outcome replaceFile(const QString &path, const QByteArray &bytes);

/// "<what> failed: no space left on the device holding the profiles (...)", or the
/// system's reason, for a profile file at `path`.
QString profileMessage(const Outcome &outcome, const QString &path, const QString &what);

/// Whether the device holding `folder` has fewer than `bytes` bytes free (false if unknown).
bool isShortOfSpace(const QString &folder, qint64 bytes = 4096);

} // namespace bl::AtomicWrite
