// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "go/CrossBuild.h"
#include "launch/LaunchSettings.h"

#include <QObject>

namespace bl {

class GoToolchain;

/// Builds a pipeline's launcher for this machine only (no worker), into the same place a
/// launch puts it, so that its flags and graph can be read before anything is launched.
/// With nothing changed the build costs Go's up-to-date check (see CrossBuild).
class HostLauncher final : public QObject
{
    Q_OBJECT

public:
    explicit HostLauncher(QObject *parent = nullptr);
    ~HostLauncher() override;
    Q_DISABLE_COPY_MOVE(HostLauncher)

    /// Uses packageDir, goPath, cgo, buildTags and outDir of `settings`.
    void build(const LaunchSettings &settings);
    void cancel();
    bool isRunning() const;

Q_SIGNALS:
    void output(const QStringList &lines);
    void diagnostic(const bl::Diagnostic &diagnostic);
    /// While go build runs (CrossBuild::progress): an up-to-date launcher shows none.
    void progress(const bl::BuildProgress &progress);
    /// `result.path` is the launcher when `result.ok`; otherwise `result.error` says why.
    void finished(const bl::BuildResult &result);

private:
    void fail(const QString &error);

    GoToolchain *m_toolchain;
    CrossBuild *m_build;
    LaunchSettings m_settings;
};

} // namespace bl
