// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#include "builds/BuildOutput.h"

#include "builds/BuildSettings.h"
#include "process/CacheRoot.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>

namespace bl::BuildOutput {

QString defaultFolderFor(const QString &packageDir)
{
    const QString canonical = QFileInfo(packageDir).canonicalFilePath();
    const QString key = canonical.isEmpty() ? QDir::cleanPath(QDir(packageDir).absolutePath()) : canonical;
    const QByteArray hash = QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha256).toHex().left(12);
    QString base = QFileInfo(key).fileName();
    if (base.isEmpty())
        base = QStringLiteral("package");
    return cacheRoot() + QStringLiteral("/builds/") + base + u'-' + QString::fromLatin1(hash);
}

QString folder(const BuildSettings &settings)
{
    return QDir::cleanPath(settings.outDir.isEmpty() ? defaultFolderFor(settings.packageDir)
                                                     : QDir(settings.outDir).absolutePath());
}

QString path(const BuildSettings &settings, BuildTarget target, const Platform &platform)
{
    return QDir::cleanPath(folder(settings) + u'/' + targetName(target) + u'-' + platform.os + u'-' + platform.arch
                           + platform.executableSuffix());
}

} // namespace bl::BuildOutput
