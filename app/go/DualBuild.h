// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "go/CrossBuild.h"

#include <QObject>

namespace bl {

/// The launcher and the worker built side by side: one state, one cancel, both results.
/// Both builds share GOCACHE, which Go keeps safe for concurrent use on a local disk.
class DualBuild final : public QObject
{
    Q_OBJECT

public:
    explicit DualBuild(QObject *parent = nullptr);

    void start(const BuildRequest &launcher, const BuildRequest &worker);
    void cancel();
    bool isRunning() const;
    /// Valid once finished() was emitted.
    const BuildResult &result(BuildTarget target) const;

Q_SIGNALS:
    void started(bl::BuildTarget target, const bl::Platform &platform);
    void output(bl::BuildTarget target, const QStringList &lines);
    void diagnostic(bl::BuildTarget target, const bl::Diagnostic &diagnostic);
    void targetFinished(const bl::BuildResult &result);
    /// Both builds are over; ok when both produced a verified binary.
    void finished(bool ok);

private:
    CrossBuild *build(BuildTarget target) const;

    CrossBuild *m_launcher;
    CrossBuild *m_worker;
    BuildResult m_results[2];
    int m_pending = 0;
};

} // namespace bl
