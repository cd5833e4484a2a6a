// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "go/CrossBuild.h"

#include <QObject>

namespace bl {

/// The launcher and the worker built side by side: one state, one cancel, both results.
/// Both builds share GOCACHE, which Go keeps safe for concurrent use on a local disk.
///
/// When both requests are the same build (same platform, cgo, tags, package, Go and
/// environment: a Linux amd64 host's usual case), one `go build` runs, its binary is verified
/// once and placed at both outputs (a hard link, else a copy, renamed into place). Both targets
/// still get started(), output() and targetFinished(); the worker's result says `shared`.
class DualBuild final : public QObject
{
    Q_OBJECT

public:
    explicit DualBuild(QObject *parent = nullptr);

    void start(const BuildRequest &launcher, const BuildRequest &worker);
    void cancel();
    bool isRunning() const;
    /// The running (or last) start() made one build serve both targets.
    bool isShared() const { return m_shared; }
    /// Valid once finished() was emitted.
    const BuildResult &result(BuildTarget target) const;

    /// See CrossBuild::setEstimate(); for both builds.
    void setEstimate(int packages, const QString &mainPackage);
    /// Emits progress() for the running builds now.
    void reportProgress()
    {
        m_launcher->reportProgress();
        m_worker->reportProgress();
    }

    /// True when `a` and `b` make the very same binary, so that one build can serve both.
    static bool sameBuild(const BuildRequest &a, const BuildRequest &b);

Q_SIGNALS:
    void started(bl::BuildTarget target, const bl::Platform &platform);
    void output(bl::BuildTarget target, const QStringList &lines);
    void diagnostic(bl::BuildTarget target, const bl::Diagnostic &diagnostic);
    void targetFinished(const bl::BuildResult &result);
    /// A shared build's progress comes for both targets.
    void progress(const bl::BuildProgress &progress);
    /// Both builds are over; ok when both produced a verified binary.
    void finished(bool ok);

private:
    CrossBuild *build(BuildTarget target) const;
    void onFinished(BuildTarget target, const BuildResult &result);
    /// The worker's result of a shared build: the launcher's binary placed at the worker's path.
    BuildResult placeShared(const BuildResult &launcher);

    CrossBuild *m_launcher;
    CrossBuild *m_worker;
    BuildRequest m_workerRequest; ///< kept for a shared build: where its binary goes too
    BuildResult m_results[2];
    int m_pending = 0;
    bool m_shared = false;
};

} // namespace bl
