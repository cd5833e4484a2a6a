// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#include "launch/Paths.h"

#include "builds/BuildOutput.h"
#include "launch/LaunchText.h"
#include "process/CacheRoot.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryFile>

#include <algorithm>

namespace bl::Paths {

QString cacheRoot()
{
    return bl::cacheRoot();
}

QString buildFolderFor(const QString &packageDir)
{
    return BuildOutput::defaultFolderFor(packageDir);
}

QString logsFolder()
{
    return cacheRoot() + QStringLiteral("/logs");
}

QString newLogFile(const QString &prefix)
{
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz"));
    const QString suffix = QString::number(QRandomGenerator::global()->bounded(1u << 16), 16);
    return logsFolder() + u'/' + prefix + u'-' + stamp + u'-' + suffix + QStringLiteral(".log");
}

qint64 logFileLimit()
{
    bool ok = false;
    const qint64 limit = qEnvironmentVariable("BEAM_LAUNCHER_LOG_FILE_LIMIT").toLongLong(&ok);
    return ok && limit > 0 ? limit : MaxLogFileBytes;
}

void pruneLogs(int keepCount, qint64 keepBytes)
{
    // Newest first; the one being written now is the newest and always stays.
    const QFileInfoList logs = QDir(logsFolder()).entryInfoList({QStringLiteral("*.log")}, QDir::Files, QDir::Time);
    qint64 total = 0;
    for (qsizetype i = 0; i < logs.size(); ++i) {
        total += logs.at(i).size();
        if (i > 0 && (i >= keepCount || total > keepBytes))
            QFile::remove(logs.at(i).filePath());
    }
}

bool ensureWritableFolder(const QString &folder, QString *error)
{
    if (!QDir().mkpath(folder) || !QFileInfo(folder).isDir()) {
        if (error)
            *error = LaunchText::tr("Cannot create the folder %1: check the path and its permissions, "
                                                 "or choose another folder.")
                         .arg(QDir::toNativeSeparators(folder));
        return false;
    }
    QTemporaryFile probe(folder + QStringLiteral("/.write-test-XXXXXX"));
    if (!probe.open() || probe.write("x", 1) != 1 || !probe.flush()) {
        if (error)
            *error = LaunchText::tr("Cannot write in the folder %1 (%2): check its permissions and free "
                                                 "space, or choose another folder.")
                         .arg(QDir::toNativeSeparators(folder), probe.errorString());
        return false;
    }
    return true;
}

bool isSystemFolder(const QString &folder)
{
    const QFileInfo info(folder);
    QString path = info.exists() ? info.canonicalFilePath() : QString();
    if (path.isEmpty())
        path = QDir::cleanPath(QDir(folder).absolutePath());
    const QString home = QDir::cleanPath(QDir::homePath());
    if (QDir(path).isRoot() || path == home)
        return true;
#ifdef Q_OS_WIN
    const QStringList exact;
    const QStringList trees = {qEnvironmentVariable("SystemRoot", QStringLiteral("C:/Windows")),
                               qEnvironmentVariable("ProgramFiles", QStringLiteral("C:/Program Files")),
                               qEnvironmentVariable("ProgramFiles(x86)", QStringLiteral("C:/Program Files (x86)")),
                               qEnvironmentVariable("ProgramData", QStringLiteral("C:/ProgramData"))};
    const Qt::CaseSensitivity cs = Qt::CaseInsensitive;
#else
    // Folders that hold the system: never written into, nor anything below them.
    QStringList trees = {QStringLiteral("/bin"),  QStringLiteral("/boot"),  QStringLiteral("/dev"),
                         QStringLiteral("/etc"),  QStringLiteral("/lib"),   QStringLiteral("/lib32"),
                         QStringLiteral("/lib64"), QStringLiteral("/libx32"), QStringLiteral("/proc"),
                         QStringLiteral("/sbin"), QStringLiteral("/sys"),   QStringLiteral("/usr")};
#ifdef Q_OS_MACOS
    trees << QStringLiteral("/System") << QStringLiteral("/Library") << QStringLiteral("/Applications")
          << QStringLiteral("/private/etc") << QStringLiteral("/private/var/db");
#endif
    // Shared top-level folders: not themselves (their subfolders are fine, e.g. /tmp/out).
    const QStringList exact = {QStringLiteral("/home"), QStringLiteral("/media"), QStringLiteral("/mnt"),
                               QStringLiteral("/opt"),  QStringLiteral("/root"),  QStringLiteral("/run"),
                               QStringLiteral("/srv"),  QStringLiteral("/tmp"),   QStringLiteral("/var"),
                               QStringLiteral("/var/tmp"), QStringLiteral("/Users"), QStringLiteral("/Volumes")};
    const Qt::CaseSensitivity cs = Qt::CaseSensitive;
#endif
    for (const QString &tree : trees) {
        const QString t = QDir::cleanPath(QDir::fromNativeSeparators(tree));
        if (path.compare(t, cs) == 0 || path.startsWith(t + u'/', cs))
            return true;
    }
    for (const QString &e : exact) {
        if (path.compare(e, cs) == 0)
            return true;
    }
    return false;
}

QStringList foreignEntries(const QString &folder)
{
    // What a build writes: launcher-GOOS-GOARCH[.exe], worker-..., their ".NAME.verified" records,
    // ".NAME.tmp-XXXX" while linking, build-launcher.log, build-worker.log, the lock of a running
    // session, the record of what the binaries were built from (BuildStamp) and ensureWritableFolder()'s probe.
    static const QStringList ours = {QStringLiteral("launcher-*"),     QStringLiteral("worker-*"),
                                     QStringLiteral(".launcher-*"),    QStringLiteral(".worker-*"),
                                     QStringLiteral("build-launcher.log"), QStringLiteral("build-worker.log"),
                                     QStringLiteral(".beam-launcher.lock*"), QStringLiteral(".beam-launcher.inputs*"),
                                     QStringLiteral(".write-test-*")};
    QStringList foreign;
    const QStringList entries = QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::System
                                                       | QDir::NoDotAndDotDot);
    for (const QString &entry : entries) {
        const bool mine = std::any_of(ours.cbegin(), ours.cend(), [&entry](const QString &pattern) {
            return QDir::match(pattern, entry);
        });
        if (!mine)
            foreign << entry;
    }
    return foreign;
}

bool checkOutputFolder(const QString &folder, bool allowForeign, QString *error)
{
    if (isSystemFolder(folder)) {
        if (error)
            *error = LaunchText::tr("%1 is a system, root or home folder: Beam Launcher does not write "
                                                 "its binaries there. Give --out a folder of its own, for example "
                                                 "%2, or leave --out out to use the cache folder.")
                         .arg(QDir::toNativeSeparators(folder),
                              QDir::toNativeSeparators(QDir::homePath() + QStringLiteral("/beam-out")));
        return false;
    }
    if (allowForeign)
        return true;
    const QStringList foreign = foreignEntries(folder);
    if (!foreign.isEmpty()) {
        QStringList shown = foreign.mid(0, 5);
        if (foreign.size() > shown.size())
            shown << QStringLiteral("...");
        if (error)
            *error = LaunchText::tr("The output folder %1 holds other things (%2): Beam Launcher writes "
                                                 "six files there and replaces any of the same names. Give an empty "
                                                 "or new folder, or add --force-out to write there anyway.")
                         .arg(QDir::toNativeSeparators(folder), shown.join(QStringLiteral(", ")));
        return false;
    }
    return true;
}

QStringList sampleSearchFolders(const QString &applicationDir)
{
    QStringList folders;
    const QString overridden = qEnvironmentVariable("BEAM_LAUNCHER_SAMPLES_DIR");
    if (!overridden.isEmpty()) // an explicit folder is the only place looked at
        return {QDir::cleanPath(QDir(overridden).absolutePath())};
    if (applicationDir.isEmpty())
        return folders;
    const QDir dir(applicationDir);
    folders.append(QDir::cleanPath(dir.absoluteFilePath(QStringLiteral("../Resources/samples"))));
    folders.append(QDir::cleanPath(dir.absoluteFilePath(QStringLiteral("../share/beam-launcher/samples"))));
    folders.append(QDir::cleanPath(dir.absoluteFilePath(QStringLiteral("samples"))));
    return folders;
}

QString findSample(const QString &applicationDir, const QString &name)
{
    const QStringList folders = sampleSearchFolders(applicationDir);
    for (const QString &root : folders) {
        const QString candidate = root + u'/' + name;
        if (QFileInfo::exists(candidate + QStringLiteral("/go.mod")))
            return candidate;
    }
    return {};
}

QString sampleFolder(const QString &name)
{
    return findSample(QCoreApplication::applicationDirPath(), name);
}

} // namespace bl::Paths
