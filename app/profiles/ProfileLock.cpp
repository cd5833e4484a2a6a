// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#include "profiles/ProfileLock.h"


#include "profiles/AtomicWrite.h"
#include "profiles/ProfilesLogging.h"
#include "profiles/ProfilesText.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QRandomGenerator>
#include <QThread>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace bl {

namespace {

// A writer killed between creating the lock file and writing its process id into it
// leaves an empty lock that QLockFile only calls stale after staleLockTime (30 s), since
// it cannot tell whose it is. On Unix QLockFile flock()s the file right after creating
// it, so an empty lock that we can flock ourselves has no living owner; elsewhere an
// empty lock older than a second is taken as dead (a live writer fills it in within
// microseconds). Removal is guarded so that two waiters cannot both remove it and one of
// them delete the other's brand-new lock.
bool emptyLockIsDead(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists() || info.size() != 0)
        return false;
#ifdef Q_OS_UNIX
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    struct stat st;
    const bool dead = ::fstat(fd, &st) == 0 && st.st_size == 0 && ::flock(fd, LOCK_EX | LOCK_NB) == 0;
    ::close(fd);
    return dead;
#else
    return info.lastModified().msecsTo(QDateTime::currentDateTime()) >= 1000;
#endif
}

void removeEmptyStaleLock(const QString &path)
{
    if (!emptyLockIsDead(path))
        return;
    QLockFile guard(path + QStringLiteral(".clean"));
    guard.setStaleLockTime(1000); // held for microseconds; the same trouble must not recur here
    if (guard.tryLock(0) && emptyLockIsDead(path))
        QFile::remove(path);
}

} // namespace

std::unique_ptr<QLockFile> ProfileLock::acquire(const QString &profilesFolder, int timeoutMs, bool *busy,
                                                QString *error)
{
    const QString path = profilesFolder + QStringLiteral("/.lock");
    auto lockFile = std::make_unique<QLockFile>(path);
    QElapsedTimer waited;
    waited.start();
    *busy = false;
    for (int attempt = 0; !lockFile->tryLock(0); ++attempt) {
        if (lockFile->error() != QLockFile::LockFailedError)
            break;
        removeEmptyStaleLock(path);
        if (timeoutMs <= 0 ? attempt >= 1 : waited.elapsed() >= timeoutMs)
            break;
        if (timeoutMs > 0)
            QThread::msleep(QRandomGenerator::global()->bounded(1, 15));
    }
    if (lockFile->isLocked())
        return lockFile;
    *busy = lockFile->error() == QLockFile::LockFailedError;
    qCDebug(lcProfiles) << "cannot lock" << path << (*busy ? "(held by another instance)" : "");
    if (error) {
        switch (lockFile->error()) {
        case QLockFile::LockFailedError: {
            qint64 pid = 0;
            QString host, app;
            const bool known = lockFile->getLockInfo(&pid, &host, &app) && pid > 0 && !host.isEmpty();
            if (known) {
                *error = ProfilesText::tr("Another Beam Launcher (process %1 on %2) is saving profiles and holds %3. "
                                 "Try again; if that process no longer runs, delete the lock file.")
                             .arg(QString::number(pid), host, QDir::toNativeSeparators(path));
            } else {
                *error = ProfilesText::tr("The profile folder is locked by %1, which does not say which program holds "
                                       "it. Try again; if no Beam Launcher is saving profiles now, delete that file.")
                             .arg(QDir::toNativeSeparators(path));
            }
            break;
        }
        case QLockFile::PermissionError:
            *error = ProfilesText::tr("Cannot write to the profile folder %1. Check its permissions, "
                             "or set BEAM_LAUNCHER_CONFIG_DIR to a folder you can write.")
                         .arg(QDir::toNativeSeparators(profilesFolder));
            break;
        default:
            if (AtomicWrite::isShortOfSpace(profilesFolder))
                *error = ProfilesText::tr("Cannot lock the profile folder %1: no space left on the device holding the "
                                       "profiles. Free some space and try again.")
                             .arg(QDir::toNativeSeparators(profilesFolder));
            else
                *error = ProfilesText::tr("Cannot lock the profile folder %1 for writing.")
                             .arg(QDir::toNativeSeparators(profilesFolder));
            break;
        }
    }
    return nullptr;
}

} // namespace bl
