// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#include "launch/Paths.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryFile>

namespace bl::Paths {

QString cacheRoot()
{
    const QString overridden = qEnvironmentVariable("BEAM_LAUNCHER_CACHE_DIR");
    if (!overridden.isEmpty())
        return QDir::cleanPath(QDir(overridden).absolutePath());
    return QDir::cleanPath(QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation)
                           + QStringLiteral("/beam-launcher"));
}

QString buildFolderFor(const QString &packageDir)
{
    const QString canonical = QFileInfo(packageDir).canonicalFilePath();
    const QString key = canonical.isEmpty() ? QDir::cleanPath(QDir(packageDir).absolutePath()) : canonical;
    const QByteArray hash = QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha256).toHex().left(12);
    QString base = QFileInfo(key).fileName();
    if (base.isEmpty())
        base = QStringLiteral("package");
    return cacheRoot() + QStringLiteral("/builds/") + base + u'-' + QString::fromLatin1(hash);
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

void pruneLogs(int keep)
{
    const QFileInfoList logs = QDir(logsFolder()).entryInfoList({QStringLiteral("*.log")}, QDir::Files, QDir::Time);
    for (qsizetype i = keep; i < logs.size(); ++i)
        QFile::remove(logs.at(i).filePath());
}

bool ensureWritableFolder(const QString &folder, QString *error)
{
    if (!QDir().mkpath(folder) || !QFileInfo(folder).isDir()) {
        if (error)
            *error = QCoreApplication::translate("bl::Paths",
                                                 "Cannot create the folder %1: check the path and its permissions, "
                                                 "or choose another folder.")
                         .arg(QDir::toNativeSeparators(folder));
        return false;
    }
    QTemporaryFile probe(folder + QStringLiteral("/.write-test-XXXXXX"));
    if (!probe.open() || probe.write("x", 1) != 1 || !probe.flush()) {
        if (error)
            *error = QCoreApplication::translate("bl::Paths",
                                                 "Cannot write in the folder %1 (%2): check its permissions and free "
                                                 "space, or choose another folder.")
                         .arg(QDir::toNativeSeparators(folder), probe.errorString());
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
