// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "process/ProcessRunner.h"

#include <QObject>

#include <functional>

namespace bl {

/// Runs a short tool (go env, go list, go version -m) and hands back all of its output at once.
/// Built on ProcessRunner, so it can be cancelled and never leaves a process behind.
class CapturedRun final : public QObject
{
    Q_OBJECT

public:
    struct Output
    {
        ProcessRunner::Result result;
        QString out; ///< stdout lines joined with '\n'
        QString err; ///< stderr lines joined with '\n'
    };
    using Callback = std::function<void(const Output &)>;

    explicit CapturedRun(QObject *parent = nullptr);

    /// Starts `program arguments` in `workingDirectory`; `done` runs once, on the owner's thread.
    void start(const QString &program, const QStringList &arguments, const QString &workingDirectory,
               const QProcessEnvironment &environment, Callback done);
    void cancel();
    bool isRunning() const { return m_runner.isRunning(); }
    /// See ProcessRunner::setLowPriority().
    void setLowPriority(bool low) { m_runner.setLowPriority(low); }

private:
    ProcessRunner m_runner;
    QStringList m_out;
    QStringList m_err;
    Callback m_done;
};

} // namespace bl
