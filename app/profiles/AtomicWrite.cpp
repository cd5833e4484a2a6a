// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#include "profiles/AtomicWrite.h"

#include "profiles/ProfilesText.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QStorageInfo>

#include <cerrno>
#include <cstring>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace bl::AtomicWrite {

namespace {

bool isNoSpace(int error)
{
#ifdef EDQUOT
    if (error == EDQUOT)
        return true;
#endif
    return error == ENOSPC;
}

QString systemWords(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

Outcome failed(QSaveFile &file, int error, const QString &folder, qint64 size)
{
    const QString said = file.errorString();
    file.cancelWriting(); // commit() then removes the temporary file and keeps the old one
    file.commit();
    Outcome outcome;
    const bool noSpace = isNoSpace(error) || said == systemWords(ENOSPC) || isShortOfSpace(folder, size + 4096);
    outcome.failure = noSpace ? Failure::NoSpace : Failure::Other;
    outcome.reason = noSpace ? systemWords(ENOSPC) : (error != 0 ? systemWords(error) : said);
    return outcome;
}

} // namespace

QString profileMessage(const Outcome &outcome, const QString &path, const QString &what)
{
    if (outcome.failure == Failure::NoSpace) {
        return ProfilesText::tr("%1 failed: no space left on the device holding the profiles (%2: %3). Free some space "
                             "and try again; the file on disk was kept as it was.")
            .arg(what, QDir::toNativeSeparators(QFileInfo(path).absolutePath()), outcome.reason);
    }
    return ProfilesText::tr("%1 failed: cannot write %2: %3. Check that you may write to the folder; the file on disk "
                         "was kept as it was.")
        .arg(what, QDir::toNativeSeparators(path), outcome.reason);
}

bool isShortOfSpace(const QString &folder, qint64 bytes)
{
    const QStorageInfo storage(folder);
    return storage.isValid() && storage.bytesAvailable() >= 0 && storage.bytesAvailable() < bytes;
}

Outcome replaceFile(const QString &path, const QByteArray &bytes)
{
    const QString folder = QFileInfo(path).absolutePath();
    QSaveFile file(path);
    errno = 0;
    if (!file.open(QIODevice::WriteOnly))
        return failed(file, errno, folder, bytes.size());
    errno = 0;
    if (file.write(bytes) != bytes.size())
        return failed(file, errno, folder, bytes.size());
    errno = 0;
    if (!file.flush())
        return failed(file, errno, folder, bytes.size());
#ifdef Q_OS_UNIX
    errno = 0;
    if (::fsync(file.handle()) != 0 && errno != EINVAL && errno != EROFS)
        return failed(file, errno, folder, bytes.size());
#endif
    errno = 0;
    if (!file.commit()) {
        const int error = errno;
        Outcome outcome;
        const bool noSpace = isNoSpace(error) || isShortOfSpace(folder, bytes.size() + 4096);
        outcome.failure = noSpace ? Failure::NoSpace : Failure::Other;
        outcome.reason = noSpace ? systemWords(ENOSPC) : file.errorString();
        return outcome;
    }
    return {};
}

} // namespace bl::AtomicWrite
