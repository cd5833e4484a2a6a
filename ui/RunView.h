// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "process/ProcessRunner.h"

#include <QWidget>

class QLabel;
class QUrl;

namespace bl {

class OutputPane;
struct LaunchCommand;

/// The Run tab: what runs (or ran), the job's id and state with the runner's web page, and
/// the launcher's output (already masked by the session) with a window transcript on disk.
class RunView final : public QWidget
{
    Q_OBJECT

public:
    explicit RunView(QWidget *parent = nullptr);

    OutputPane *output() const { return m_pane; }

    /// A launch begins with its builds: a fresh pane and transcript (`logs/window-*.log`).
    void prepareLaunch();
    void showLaunchStarted(const LaunchCommand &command);
    void showJob(const QString &id, const QString &state, const QUrl &webUi);
    void showLaunchFinished(const ProcessRunner::Result &result, const QString &logFile);

private:
    QLabel *m_header;
    QLabel *m_job;
    OutputPane *m_pane;
};

} // namespace bl
