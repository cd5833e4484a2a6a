// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#include "launch/FirstLaunchCost.h"

#include "launch/LaunchText.h"
#include "runner/PrismTools.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

namespace bl {

namespace {

/// The folder holding go.mod at or above `dir`, or empty.
QString moduleRoot(const QString &dir)
{
    QDir d(dir);
    for (int depth = 0; depth < 64; ++depth) {
        if (QFileInfo::exists(d.filePath(QStringLiteral("go.mod"))))
            return d.absolutePath();
        if (!d.cdUp())
            break;
    }
    return {};
}

QByteArray readSmallFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.size() > 16 * 1024 * 1024)
        return {};
    return file.readAll();
}

} // namespace

QString FirstLaunchCost::escapedModulePath(const QString &path)
{
    QString escaped;
    escaped.reserve(path.size() + 4);
    for (const QChar c : path) {
        if (c.isUpper()) {
            escaped += u'!';
            escaped += c.toLower();
        } else {
            escaped += c;
        }
    }
    return escaped;
}

FirstLaunchCost FirstLaunchCost::estimate(const QString &packageDir, const QString &goModCache, bool managedPrism)
{
    FirstLaunchCost cost;
    const QString root = moduleRoot(packageDir);
    if (root.isEmpty())
        return cost;
    static const QRegularExpression beamRequire(QStringLiteral(R"(^\s*(?:require\s+)?github\.com/apache/beam/sdks/v2\s+v(\S+))"),
                                                QRegularExpression::MultilineOption);
    const QString goMod = QString::fromUtf8(readSmallFile(root + QStringLiteral("/go.mod")));
    if (const auto m = beamRequire.match(goMod); m.hasMatch())
        cost.beamVersion = m.captured(1);

    // go.sum: "module version h1:..." (the module's files) and "module version/go.mod h1:...".
    QSet<QString> seen;
    const QByteArray goSum = readSmallFile(root + QStringLiteral("/go.sum"));
    const QString download = QDir(goModCache).filePath(QStringLiteral("cache/download"));
    for (const QByteArray &line : goSum.split('\n')) {
        const QList<QByteArray> fields = line.simplified().split(' ');
        if (fields.size() != 3 || fields.at(1).endsWith("/go.mod"))
            continue;
        const QString module = QString::fromUtf8(fields.at(0));
        const QString version = QString::fromUtf8(fields.at(1));
        if (seen.contains(module + u'@' + version))
            continue;
        seen.insert(module + u'@' + version);
        ++cost.modules;
        const QString zip = download + u'/' + escapedModulePath(module) + QStringLiteral("/@v/")
                            + escapedModulePath(version) + QStringLiteral(".zip");
        if (goModCache.isEmpty() || !QFileInfo::exists(zip)) {
            ++cost.modulesMissing;
            if (module == QLatin1String(PrismTools::BeamModule))
                cost.beamMissing = true;
        }
    }
    if (managedPrism && !cost.beamVersion.isEmpty())
        cost.prismMissing = !PrismTools::cached(cost.beamVersion).isValid();
    return cost;
}

QString FirstLaunchCost::text() const
{
    QStringList parts;
    if (modulesMissing > 0)
        parts << LaunchText::tr("Go downloads %1 of the %2 modules the pipeline needs").arg(modulesMissing).arg(modules);
    if (beamMissing)
        parts << LaunchText::tr("compiles the Beam Go SDK %1 with its dependencies (the sample: about 800 packages, minutes on "
                    "two cores)")
                     .arg(beamVersion);
    if (prismMissing)
        parts << LaunchText::tr("Beam Launcher builds Prism %1 and Beam's boot, once for this Beam version (a few minutes)")
                     .arg(beamVersion);
    if (parts.isEmpty())
        return {};
    return LaunchText::tr("First launch on this computer: %1. Later launches reuse all of it.").arg(parts.join(QStringLiteral("; ")));
}

} // namespace bl
