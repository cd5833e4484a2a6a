// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#include "launch/OutputLock.h"

#include "launch/LaunchText.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLockFile>
#include <QRandomGenerator>
#include <QSysInfo>

namespace bl {

namespace {

const QString ExclusiveName = QStringLiteral(".beam-launcher.lock");
const QString SharedPrefix = QStringLiteral(".beam-launcher.lock.shared-");

std::unique_ptr<QLockFile> lockFile(const QString &path)
{
    auto lock = std::make_unique<QLockFile>(path);
    lock->setStaleLockTime(0); // held for a whole build or launch: only a dead holder makes it stale
    return lock;
}

QString cannotLock(const QString &folder)
{
    return LaunchText::tr("Cannot lock the output folder %1: check its permissions and free space, or give another --out.")
        .arg(QDir::toNativeSeparators(folder));
}

/// Why `lock` (which could not be taken) is held, for people: by a build, or (`byLaunch`) by a
/// launch running the folder's binaries.
QString inUse(const QString &folder, QLockFile &lock, qint64 *holder, bool byLaunch = false)
{
    qint64 pid = 0;
    QString host, application;
    if (lock.error() == QLockFile::LockFailedError && lock.getLockInfo(&pid, &host, &application) && pid > 0) {
        const QString text = byLaunch
            ? LaunchText::tr("The output folder %1 is in use by another build or launch (process %2 on %3): it runs the "
                 "binaries this build would replace. Give this one another --out, or wait until the other ends.")
            : LaunchText::tr("The output folder %1 is in use by another build or launch (process %2 on %3): its binaries "
                 "would replace this one's. Give this one another --out, or wait until the other ends.");
        if (holder)
            *holder = pid;
        return text.arg(QDir::toNativeSeparators(folder)).arg(pid).arg(host.isEmpty() ? QStringLiteral("?") : host);
    }
    return cannotLock(folder);
}

} // namespace

OutputLock::OutputLock(const QString &folder, Mode mode, std::unique_ptr<QLockFile> lock)
    : m_folder(folder)
    , m_mode(mode)
    , m_lock(std::move(lock))
{
}

OutputLock::~OutputLock() = default; // QLockFile removes its file

std::unique_ptr<OutputLock> OutputLock::exclusive(const QString &folder, QString *error, qint64 *holder)
{
    if (holder)
        *holder = 0;
    std::unique_ptr<QLockFile> lock = lockFile(folder + u'/' + ExclusiveName);
    if (!lock->tryLock(0)) {
        if (error)
            *error = inUse(folder, *lock, holder);
        return nullptr;
    }
    // Launches running the folder's binaries: a live one refuses the build, a dead one's lock goes.
    const QStringList shared = QDir(folder).entryList({SharedPrefix + u'*'}, QDir::Files | QDir::Hidden);
    for (const QString &name : shared) {
        std::unique_ptr<QLockFile> other = lockFile(folder + u'/' + name);
        if (other->tryLock(0)) {
            other->unlock(); // stale: its launch is gone
            continue;
        }
        if (other->error() != QLockFile::LockFailedError)
            continue; // not a lock file we can read; QLockFile said why
        if (error)
            *error = inUse(folder, *other, holder, true);
        return nullptr; // `lock` is released: the build never started
    }
    return std::unique_ptr<OutputLock>(new OutputLock(folder, Mode::Exclusive, std::move(lock)));
}

std::unique_ptr<QLockFile> OutputLock::takeShared(const QString &folder, QString *error)
{
    for (int attempt = 0; attempt < 8; ++attempt) {
        const QString name = SharedPrefix
            + QStringLiteral("%1-%2").arg(QCoreApplication::applicationPid()).arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
        std::unique_ptr<QLockFile> lock = lockFile(folder + u'/' + name);
        if (lock->tryLock(0))
            return lock;
        if (lock->error() != QLockFile::LockFailedError)
            break;
    }
    if (error)
        *error = cannotLock(folder);
    return nullptr;
}

std::unique_ptr<OutputLock> OutputLock::shared(const QString &folder, QString *error, qint64 *holder)
{
    if (holder)
        *holder = 0;
    std::unique_ptr<QLockFile> mine = takeShared(folder, error);
    if (!mine)
        return nullptr;
    // Written first, checked second: a build that takes the folder meanwhile sees this lock and
    // refuses, so a build and a launch never both go on. Checking takes the build's lock for a
    // moment: one held by a process that holds a shared lock too is another launch checking, and
    // one whose lock file cannot be read yet is being taken just now, by a launch checking or by
    // a build that will see this shared lock when it looks for launches next.
    const QString buildLock = folder + u'/' + ExclusiveName;
    std::unique_ptr<QLockFile> build = lockFile(buildLock);
    const auto sharing = [&] { return std::unique_ptr<OutputLock>(new OutputLock(folder, Mode::Shared, std::move(mine))); };
    for (int attempt = 0; attempt < 3; ++attempt) {
        if (build->tryLock(0)) {
            build->unlock();
            return sharing();
        }
        qint64 pid = 0;
        QString host, application;
        if (build->error() != QLockFile::LockFailedError)
            break;
        if (!build->getLockInfo(&pid, &host, &application)) {
            if (QFileInfo::exists(buildLock))
                return sharing(); // being taken just now
            continue; // released meanwhile: try again
        }
        if (pid == QCoreApplication::applicationPid())
            break; // our own build: this process checks nothing at the same time
        const QStringList launches = QDir(folder).entryList({SharedPrefix + QString::number(pid) + u'-' + u'*'},
                                                            QDir::Files | QDir::Hidden);
        if (!launches.isEmpty() && host == QSysInfo::machineHostName())
            return sharing();
        break;
    }
    if (error)
        *error = inUse(folder, *build, holder);
    return nullptr;
}

bool OutputLock::share(QString *error)
{
    if (m_mode == Mode::Shared)
        return true;
    std::unique_ptr<QLockFile> mine = takeShared(m_folder, error);
    if (!mine)
        return false;
    m_lock = std::move(mine); // the exclusive lock file is removed as its QLockFile goes
    m_mode = Mode::Shared;
    return true;
}

} // namespace bl
