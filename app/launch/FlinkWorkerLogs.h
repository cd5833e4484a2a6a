// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "process/Async.h"
#include "runner/PrismLogRouter.h"

#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

namespace bl {

struct LaunchSettings;
namespace jobs {
class FlinkLogFollower;
}

/// On Flink, the Go workers' lines land in the TaskManagers' logs and the job's page is Flink's
/// own, not the job server's: both come from the JobManager's REST API (the flink runner's
/// option flink_rest_address, localhost:8081 when empty). start() checks that address first; when
/// it answers, every TaskManager's log is followed from then on (what was logged before is left
/// out) and each new line comes as a worker line. findJob() looks for the Flink job named as the
/// Beam job (the job id's part before its "_<uuid>"), again every 2 s for a while, since Flink
/// knows the job only once the job server has handed it over.
class FlinkWorkerLogs final : public QObject
{
    Q_OBJECT

public:
    explicit FlinkWorkerLogs(QObject *parent = nullptr);
    ~FlinkWorkerLogs() override;

    /// The settings launch on Flink (the workers' lines are the cluster's).
    static bool appliesTo(const LaunchSettings &settings);
    /// The REST address these settings name, or Flink's default.
    static QString address(const LaunchSettings &settings);
    /// The Flink job name of a Beam job on Flink's job server: "<name>_<uuid>" → "<name>".
    static QString flinkJobName(const QString &beamJobId);

    void setInterval(int milliseconds) { m_interval = milliseconds; }
    void start(const QString &address);
    /// The Beam job of this launch (ignored when not started, or once the address did not answer).
    void findJob(const QString &beamJobId);
    void stop();
    /// The launch is over: one last look at the TaskManagers' logs, so that lines logged since
    /// the last round (a failing worker's last words) are not lost, then stop. The JobManager
    /// serves a log as it fetched it for the cluster's refresh interval (3 s by default), so the
    /// look is that long after this call (said in a message). drained() when done (bounded);
    /// from the event loop when nothing is followed.
    void drain();
    bool isFollowing() const;

Q_SIGNALS:
    void message(const QString &text);
    void warning(const QString &text);
    /// New TaskManager log lines (as worker lines on stderr; the TaskManager in `detail`).
    void lines(const QList<bl::RunnerLine> &lines);
    /// The job's page in Flink's web UI.
    void pageFound(const QUrl &page);
    /// drain() is over; nothing is followed any more.
    void drained();

private:
    void lookForJob();

    QPointer<jobs::FlinkLogFollower> m_follower;
    LatestRun<> m_runs{this}; ///< from start() to stop(): answers of an earlier start are dropped
    QString m_jobName;
    QTimer m_retry;
    int m_tries = 0;
    int m_interval = 1000;
    int m_refreshMs = 0; ///< the cluster's web.refresh-interval (FlinkCheck), set by start()
    bool m_pageFound = false;
};

} // namespace bl
