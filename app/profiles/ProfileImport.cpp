// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#include "profiles/ProfileImport.h"


#include "launch/LaunchSpec.h"
#include "profiles/ProfilesText.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace bl::ProfileImport {

namespace {

QString tooLarge(const QString &where, qint64 bytes)
{
    return ProfilesText::tr("%1 is %2 KiB; a profile file may be at most %3 KiB. Choose the .json file that "
                         "`beam-launcher profiles export` (or Export Profile in the window) wrote.")
        .arg(where)
        .arg((bytes + 1023) / 1024)
        .arg(MaxBytes / 1024);
}

#ifdef Q_OS_UNIX
QString kindOf(mode_t mode)
{
    if (S_ISDIR(mode))
        return ProfilesText::tr("a folder");
    if (S_ISFIFO(mode))
        return ProfilesText::tr("a named pipe (FIFO)");
    if (S_ISSOCK(mode))
        return ProfilesText::tr("a socket");
    if (S_ISCHR(mode) || S_ISBLK(mode))
        return ProfilesText::tr("a device");
    return ProfilesText::tr("not a regular file");
}
#endif

QString notAFile(const QString &where, const QString &kind)
{
    return ProfilesText::tr("%1 is %2, not a profile file: give the .json file that `beam-launcher profiles export` "
                         "(or Export Profile in the window) wrote.")
        .arg(where, kind);
}

/// The file's bytes, or nothing with `error` set. Never blocks on a FIFO or device, never
/// reads more than MaxBytes + 1 bytes.
std::optional<QByteArray> readRegularFile(const QString &filePath, QString *error)
{
    const QString where = QDir::toNativeSeparators(filePath);
#ifdef Q_OS_UNIX
    const QByteArray path = QFile::encodeName(filePath);
    struct stat st;
    if (::stat(path.constData(), &st) != 0) {
        *error = ProfilesText::tr("Cannot read %1: %2.").arg(where, QString::fromLocal8Bit(std::strerror(errno)));
        return std::nullopt;
    }
    if (!S_ISREG(st.st_mode)) {
        *error = notAFile(where, kindOf(st.st_mode));
        return std::nullopt;
    }
    if (st.st_size > MaxBytes) {
        *error = tooLarge(where, st.st_size);
        return std::nullopt;
    }
    // Replaced by a FIFO in the meantime? O_NONBLOCK keeps open() and read() from waiting.
    const int fd = ::open(path.constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
    if (fd < 0) {
        *error = ProfilesText::tr("Cannot read %1: %2.").arg(where, QString::fromLocal8Bit(std::strerror(errno)));
        return std::nullopt;
    }
    QByteArray bytes;
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        ::close(fd);
        *error = notAFile(where, kindOf(st.st_mode));
        return std::nullopt;
    }
    char buffer[65536];
    while (bytes.size() <= MaxBytes) {
        const ssize_t n = ::read(fd, buffer, sizeof buffer);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            const int saved = errno;
            ::close(fd);
            *error = ProfilesText::tr("Cannot read %1: %2.").arg(where, QString::fromLocal8Bit(std::strerror(saved)));
            return std::nullopt;
        }
        if (n == 0)
            break;
        bytes.append(buffer, n);
    }
    ::close(fd);
    if (bytes.size() > MaxBytes) {
        *error = tooLarge(where, bytes.size());
        return std::nullopt;
    }
    return bytes;
#else
    const QFileInfo info(filePath);
    if (info.isDir() || (info.exists() && !info.isFile())) {
        *error = notAFile(where, info.isDir() ? ProfilesText::tr("a folder") : ProfilesText::tr("not a regular file"));
        return std::nullopt;
    }
    if (info.size() > MaxBytes) {
        *error = tooLarge(where, info.size());
        return std::nullopt;
    }
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = ProfilesText::tr("Cannot read %1: %2.").arg(where, file.errorString());
        return std::nullopt;
    }
    const QByteArray bytes = file.read(MaxBytes + 1);
    if (bytes.size() > MaxBytes) {
        *error = tooLarge(where, bytes.size());
        return std::nullopt;
    }
    return bytes;
#endif
}

/// NUL characters and oversized values, which the system would cut or refuse at launch.
QStringList valueProblems(const LaunchSettings &s)
{
    QStringList problems;
    for (const EnvironmentVariable &var : s.environment) {
        const QString problem = LaunchSpec::valueProblem(var.name, var.value, var.secret);
        if (!problem.isEmpty())
            problems << problem;
    }
    const QStringList fields = {s.packageDir, s.goPath, s.outDir, s.launcherBinary, s.workerBinary, s.runner,
                                s.endpoint, s.environmentType, s.environmentConfig};
    QStringList texts = fields + s.pipelineFlags + s.buildTags + s.runnerOptions.values() + s.runnerOptions.keys();
    for (const QString &text : std::as_const(texts)) {
        if (text.contains(QChar(0))) {
            problems << ProfilesText::tr("The setting \"%1\" contains a NUL character: the launcher would get it cut "
                                      "short there. Remove it from the file and import it again.")
                            .arg(QString(text).replace(QChar(0), QStringLiteral("\\0")));
        } else if (text.toUtf8().size() > LaunchSpec::MaxValueBytes) {
            problems << ProfilesText::tr("A setting is %1 KiB long (it starts \"%2\"); settings may be at most %3 KiB.")
                            .arg((text.toUtf8().size() + 1023) / 1024)
                            .arg(text.left(40))
                            .arg(LaunchSpec::MaxValueBytes / 1024);
        }
    }
    return problems;
}

} // namespace

std::optional<Profile> read(const QString &filePath, QString *error)
{
    QString localError;
    QString *err = error ? error : &localError;
    const std::optional<QByteArray> bytes = readRegularFile(filePath, err);
    if (!bytes)
        return std::nullopt;
    const QString where = QDir::toNativeSeparators(filePath);
    QString why;
    int line = 0;
    auto p = Profile::fromJson(*bytes, &why, &line);
    if (!p) {
        *err = ProfilesText::tr("%1 is not a profile: %2").arg(where + (line > 0 ? u':' + QString::number(line) : QString()), why);
        return std::nullopt;
    }
    if (p->isFromNewerVersion()) {
        *err = p->newerVersionMessage();
        return std::nullopt;
    }
    if (const QString problem = Profile::nameProblem(p->name); !problem.isEmpty()) {
        *err = ProfilesText::tr("%1 was not imported: %2").arg(where, problem);
        return std::nullopt;
    }
    if (const QStringList problems = valueProblems(p->settings); !problems.isEmpty()) {
        *err = ProfilesText::tr("%1 was not imported: %2").arg(where, problems.join(u' '));
        return std::nullopt;
    }
    return p;
}

} // namespace bl::ProfileImport
