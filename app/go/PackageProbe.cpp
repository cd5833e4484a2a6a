// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#include "go/PackageProbe.h"

#include "go/GoDiagnostics.h"
#include "go/GoText.h"
#include "go/GoToolchain.h"

#include <QDir>
#include <QFileInfo>
#include <QProcessEnvironment>

namespace bl {

PackageProbe::PackageProbe(QObject *parent)
    : QObject(parent)
{
}

PackageProbe::~PackageProbe() = default; // a running CapturedRun stops its process when deleted

bool PackageProbe::isRunning() const
{
    return m_runs.child() && m_runs.child()->isRunning();
}

void PackageProbe::cancel()
{
    m_runs.cancel();
}

void PackageProbe::inspect(const QString &packageDir)
{
    m_runs.begin();
    m_dir = QDir::cleanPath(QDir(packageDir).absolutePath());
    const QString dir = m_dir;
    // Answers always arrive through the event loop, like the process ones do.
    auto failLater = [this, dir](const QString &message) {
        m_runs.post([this, dir, message] { Q_EMIT failed(dir, message); });
    };
    if (!QFileInfo(dir).isDir()) {
        failLater(GoText::tr("%1 is not a folder.").arg(QDir::toNativeSeparators(dir)));
        return;
    }
    QString error;
    const QString go = GoToolchain::locate(m_goPath, &error);
    if (go.isEmpty()) {
        failLater(error);
        return;
    }
    m_runs.spawn()->start(
        go, {QStringLiteral("list"), QStringLiteral("-e"), QStringLiteral("-json"), QStringLiteral(".")}, dir,
        QProcessEnvironment::systemEnvironment(), m_runs.guard([this, dir](const CapturedRun::Output &o) {
            m_runs.release();
            QString parseError;
            const QByteArray json = o.out.toUtf8();
            const auto info = json.trimmed().isEmpty() ? std::nullopt
                                                       : PackageInfo::fromJson(json, dir, &parseError);
            if (info) {
                Q_EMIT inspected(dir, *info);
                return;
            }
            // No package at all: a broken go.mod, a missing module, or go did not run.
            if (o.result.kind == ProcessRunner::ExitKind::FailedToStart) {
                Q_EMIT failed(dir, GoText::tr("Go could not be started: %1").arg(o.result.errorString));
                return;
            }
            PackageInfo empty;
            empty.dir = dir;
            empty.problems = GoDiagnosticsParser::parse(o.err, dir);
            if (empty.problems.isEmpty()) {
                Q_EMIT failed(dir, GoText::tr("Go cannot load the package: %1")
                                       .arg(o.err.trimmed().isEmpty() ? parseError : o.err.trimmed()));
                return;
            }
            Q_EMIT inspected(dir, empty);
        }));
}

} // namespace bl
