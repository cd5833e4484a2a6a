// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "go/GoJson.h"
#include "process/Async.h"
#include "process/CapturedRun.h"

#include <QObject>
#include <QString>

namespace bl {

/// Inspects one package folder with `go list -e -json .`, for the window to show at once
/// what a folder holds (package name, module, whether it imports the Beam SDK) before any
/// build. A new request cancels the one still running; only the newest one answers.
class PackageProbe final : public QObject
{
    Q_OBJECT

public:
    explicit PackageProbe(QObject *parent = nullptr);
    ~PackageProbe() override;
    Q_DISABLE_COPY_MOVE(PackageProbe)

    /// Empty: find go on PATH and the usual folders (GoToolchain::locate).
    void setGoPath(const QString &goPath) { m_goPath = goPath; }
    void inspect(const QString &packageDir);
    void cancel();
    bool isRunning() const;
    QString packageDir() const { return m_dir; }

Q_SIGNALS:
    /// The package as go list saw it; `info.problems` holds what go reported about it.
    void inspected(const QString &packageDir, const bl::PackageInfo &info);
    /// The folder could not be inspected at all; `message` says why and what to do.
    void failed(const QString &packageDir, const QString &message);

private:
    LatestRun<CapturedRun> m_runs{this, &CapturedRun::cancel}; // a fresh CapturedRun per request
    QString m_goPath;
    QString m_dir;
};

} // namespace bl
