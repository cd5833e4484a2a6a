// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#include "launch/CgoCheck.h"

#include "builds/PackageCache.h"
#include "launch/LaunchText.h"

#include <QCryptographicHash>

#include <algorithm>

namespace bl {

namespace {

const QString CacheKind = QStringLiteral("cgo");

QByteArray cacheFingerprint(const CgoCheck::Request &r)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(r.packageFingerprint);
    hash.addData(QByteArray("\n" + r.tags.join(u',').toUtf8() + "\n" + r.platform.toString().toUtf8()));
    return hash.result().toHex();
}

} // namespace

CgoCheck::CgoCheck(QObject *parent)
    : QObject(parent)
{
}

void CgoCheck::start(const Request &request)
{
    m_list.cancel();
    const QByteArray fingerprint = cacheFingerprint(request);
    if (const auto kept = PackageCache::lookup(request.packageDir, fingerprint, CacheKind)) {
        const QStringList packages = packagesIn(QString::fromUtf8(*kept));
        QMetaObject::invokeMethod(this, [this, packages] { Q_EMIT finished(packages); }, Qt::QueuedConnection);
        return;
    }
    QProcessEnvironment environment = request.environment;
    environment.insert(QStringLiteral("CGO_ENABLED"), QStringLiteral("1"));
    environment.insert(QStringLiteral("GOOS"), request.platform.os);
    environment.insert(QStringLiteral("GOARCH"), request.platform.arch);
    QStringList arguments{QStringLiteral("list"), QStringLiteral("-e"), QStringLiteral("-deps")};
    if (!request.tags.isEmpty())
        arguments << QStringLiteral("-tags") << request.tags.join(u',');
    arguments << QStringLiteral("-f") << QStringLiteral("{{if and .CgoFiles (not .Standard)}}{{.ImportPath}}{{end}}")
              << QStringLiteral(".");
    m_list.setLowPriority(true);
    const QString packageDir = request.packageDir;
    m_list.start(request.goPath, arguments, packageDir, environment,
                 [this, packageDir, fingerprint](const CapturedRun::Output &o) {
                     const bool ok = o.result.kind == ProcessRunner::ExitKind::Exited && o.result.exitCode == 0;
                     if (ok) // -e: a package go cannot load is no answer to keep
                         PackageCache::store(packageDir, fingerprint, o.out.toUtf8(), CacheKind);
                     Q_EMIT finished(ok ? packagesIn(o.out) : QStringList());
                 });
}

void CgoCheck::cancel()
{
    m_list.cancel();
}

QStringList CgoCheck::packagesIn(const QString &goListOutput)
{
    QStringList packages;
    for (const QString &line : goListOutput.split(u'\n')) {
        const QString path = line.trimmed();
        if (!path.isEmpty() && !packages.contains(path))
            packages << path;
    }
    return packages;
}

QString CgoCheck::warningText(const QStringList &packages)
{
    const int shown = 3;
    QString names = packages.mid(0, shown).join(QStringLiteral(", "));
    if (packages.size() > shown)
        names = LaunchText::tr("%1 and %2 more").arg(names).arg(packages.size() - shown);
    return LaunchText::tr("The pipeline depends on packages that use cgo (%1), and this build is without it (CGO_ENABLED=0): "
              "Go then builds them from their files for builds without cgo, which for some (go-sqlite3) are stubs "
              "that fail when the pipeline runs. If the pipeline needs them, build with cgo (--cgo; in the window, "
              "the profile's \"cgo\" box beside Build tags); each platform then needs a C compiler for it.")
        .arg(names);
}

QString CgoCheck::hintFor(const QStringList &lines)
{
    if (std::none_of(lines.cbegin(), lines.cend(),
                     [](const QString &line) { return line.contains(QLatin1String("CGO_ENABLED")); }))
        return QString();
    return LaunchText::tr("It says it needs cgo: build with cgo (--cgo; in the window, the profile's \"cgo\" box beside Build tags), with a C "
              "compiler for each platform.");
}

} // namespace bl
