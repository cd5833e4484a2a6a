// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

#include <memory>

QT_BEGIN_NAMESPACE
class QLockFile;
QT_END_NAMESPACE

namespace bl {

/// A hold on a build's output folder, for as long as a build or launch uses its binaries.
///
/// A build holds it alone (exclusive(): `.beam-launcher.lock`, and no launch may run the folder's
/// binaries meanwhile, since the build replaces them). Launches that only run binaries that are
/// up to date share it (shared(): one `.beam-launcher.lock.shared-PID-N` each, refused while a
/// build holds the folder), so a second launch of the same pipeline runs at once instead of being
/// refused. A build that finds a launch running the binaries is refused with the launch's process
/// named. Locks of processes that are gone are stale and taken over (QLockFile checks the pid).
///
/// Every call is a few file operations that never wait: a folder in use is an error at once.
class OutputLock
{
public:
    enum class Mode { Exclusive, Shared };

    ~OutputLock();
    Q_DISABLE_COPY_MOVE(OutputLock)

    /// For a build: null, with `error` naming the holder, when a build or a launch holds it;
    /// `holder` (when given) is then the holding process (0 when the folder cannot be locked for
    /// another reason: permissions, a full disk).
    static std::unique_ptr<OutputLock> exclusive(const QString &folder, QString *error, qint64 *holder = nullptr);
    /// For a launch of binaries that need no build: null, with `error` and `holder`, while a
    /// build holds it.
    static std::unique_ptr<OutputLock> shared(const QString &folder, QString *error, qint64 *holder = nullptr);

    /// An exclusive hold becomes a shared one (the build is over; the launch runs): other
    /// launches of the same binaries may now run beside it. False, with `error`, when the shared
    /// lock file cannot be written (the exclusive hold is kept then).
    bool share(QString *error);

    Mode mode() const { return m_mode; }
    QString folder() const { return m_folder; }

private:
    OutputLock(const QString &folder, Mode mode, std::unique_ptr<QLockFile> lock);
    static std::unique_ptr<QLockFile> takeShared(const QString &folder, QString *error);

    QString m_folder;
    Mode m_mode;
    std::unique_ptr<QLockFile> m_lock;
};

} // namespace bl
