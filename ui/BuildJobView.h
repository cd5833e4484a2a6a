// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "go/CrossBuild.h"

#include <QElapsedTimer>
#include <QTimer>
#include <QWidget>

class QLabel;
class QProgressBar;

namespace bl {

class OutputPane;

/// One of the two build jobs (launcher or worker): its platform, state, elapsed time and
/// result (size and the GOOS/GOARCH/cgo that `go version -m` verified), over its output.
class BuildJobView final : public QWidget
{
    Q_OBJECT

public:
    enum class State { Idle, Waiting, Building, Succeeded, Failed, Cancelled };
    Q_ENUM(State)

    explicit BuildJobView(BuildTarget target, QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(BuildJobView)

    /// A new session: clears the output and shows the platform the job will build for.
    void prepare(const Platform &platform);
    void start(const Platform &platform);
    void appendOutput(const QStringList &lines);
    /// How far the build is: a bar (packages compiled out of the estimate; busy while
    /// downloading or linking) and, once meaningful, the rate and the time left.
    void setProgress(const BuildProgress &progress);
    void finish(const BuildResult &result);
    /// The session ended before this job could start or finish.
    void abandon(bool cancelled);

    State state() const { return m_state; }
    QString stateText() const;
    QString resultText() const;
    OutputPane *output() const { return m_output; }
    QProgressBar *progressBar() const { return m_bar; }
    QString progressText() const;

private:
    void setState(State state);
    void updateElapsed();

    BuildTarget m_target;
    State m_state = State::Idle;
    QLabel *m_title;
    QLabel *m_platform;
    QLabel *m_stateLabel;
    QLabel *m_elapsed;
    QLabel *m_result;
    QProgressBar *m_bar;
    QLabel *m_progressLabel;
    OutputPane *m_output;
    double m_rateFromSeconds = -1; ///< the first compile progress: where the rate is measured from
    int m_rateFromDone = 0;
    QElapsedTimer m_clock;
    QTimer m_tick;
};

} // namespace bl
