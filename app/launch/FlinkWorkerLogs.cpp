// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#include "launch/FlinkWorkerLogs.h"

#include "jobs/FlinkRest.h"
#include "launch/LaunchSettings.h"
#include "launch/LaunchText.h"
#include "launch/RunnerCatalog.h"

#include <QRegularExpression>

namespace bl {

namespace {
constexpr int FindTries = 30; // about a minute at 2 s
constexpr char AddressOption[] = "flink_rest_address";
} // namespace

FlinkWorkerLogs::FlinkWorkerLogs(QObject *parent)
    : QObject(parent)
{
    m_retry.setSingleShot(true);
    m_retry.setInterval(2000);
    connect(&m_retry, &QTimer::timeout, this, &FlinkWorkerLogs::lookForJob);
}

FlinkWorkerLogs::~FlinkWorkerLogs() = default;

bool FlinkWorkerLogs::appliesTo(const LaunchSettings &settings)
{
    const RunnerInfo *runner = RunnerCatalog::builtIn().find(settings.runner);
    return runner && runner->name == u"flink";
}

QString FlinkWorkerLogs::address(const LaunchSettings &settings)
{
    const QString value = settings.runnerOptions.value(QLatin1String(AddressOption)).trimmed();
    return value.isEmpty() ? jobs::FlinkRest::defaultAddress() : value;
}

QString FlinkWorkerLogs::flinkJobName(const QString &beamJobId)
{
    static const QRegularExpression uuid(
        QStringLiteral("_[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"));
    QString name = beamJobId;
    return name.remove(uuid);
}

bool FlinkWorkerLogs::isFollowing() const
{
    return m_follower && m_follower->isRunning();
}

void FlinkWorkerLogs::start(const QString &address)
{
    stop();
    m_runs.begin();
    m_jobName.clear(); // a job of an earlier launch is not this one's
    m_pageFound = false;
    m_tries = 0;
    m_refreshMs = jobs::FlinkCheck::DefaultRefreshIntervalMs;
    auto *follower = new jobs::FlinkLogFollower(address, this);
    m_follower = follower;
    follower->setInterval(m_interval);
    follower->setFromNow(true);
    connect(follower, &jobs::FlinkLogFollower::linesArrived, this,
            [this](const QString &taskManager, const QStringList &text) {
                QList<RunnerLine> out;
                out.reserve(text.size());
                for (const QString &t : text) {
                    RunnerLine line;
                    line.source = RunnerLine::Source::Worker;
                    line.stream = RunnerLine::Stream::StdErr;
                    line.message = t;
                    line.detail = taskManager;
                    out << line;
                }
                Q_EMIT lines(out);
            });
    connect(follower, &jobs::FlinkLogFollower::problemChanged, this, [this](const QString &problem) {
        if (!problem.isEmpty())
            Q_EMIT warning(LaunchText::tr("The TaskManagers' logs cannot be read at the moment: %1").arg(problem));
    });
    follower->rest()->check(m_runs.guard([this, follower](const jobs::FlinkCheck &check) {
        if (!check.ok) {
            Q_EMIT warning(LaunchText::tr("%1 On Flink the workers' lines go to the TaskManagers' logs (in Flink's web page, or "
                              "log/ of each TaskManager); set the runner option flink_rest_address to the JobManager's "
                              "REST address to see them here.")
                               .arg(check.error));
            stop();
            return;
        }
        Q_EMIT message(LaunchText::tr("Flink %1 at %2: the TaskManagers' logs, where the workers' lines go, are followed.")
                           .arg(check.version, follower->rest()->baseUrl().toString()));
        m_refreshMs = check.refreshIntervalMs;
        follower->start();
        lookForJob(); // the job may be known already
    }));
}

void FlinkWorkerLogs::findJob(const QString &beamJobId)
{
    const QString name = flinkJobName(beamJobId);
    if (!m_runs.isActive() || name.isEmpty() || name == m_jobName)
        return;
    m_jobName = name;
    m_pageFound = false;
    m_tries = 0;
    if (isFollowing())
        lookForJob();
}

void FlinkWorkerLogs::lookForJob()
{
    if (!isFollowing() || m_jobName.isEmpty() || m_pageFound)
        return;
    m_follower->rest()->findJob(m_jobName, m_runs.guard([this](const jobs::FlinkJob &job) {
        if (m_pageFound)
            return;
        if (job.found) {
            m_pageFound = true;
            Q_EMIT pageFound(job.page);
            return;
        }
        if (++m_tries < FindTries)
            m_retry.start();
        else
            Q_EMIT warning(LaunchText::tr("Flink at %1 knows no job named %2: its page cannot be linked.")
                               .arg(m_follower->rest()->baseUrl().toString(), m_jobName));
    }));
}

void FlinkWorkerLogs::drain()
{
    if (!isFollowing()) {
        stop();
        QTimer::singleShot(0, this, [this] { Q_EMIT drained(); });
        return;
    }
    m_runs.cancel(); // no more looking for the job's page; the follower goes on to its last look
    m_retry.stop();
    jobs::FlinkLogFollower *follower = m_follower;
    connect(
        follower, &jobs::FlinkLogFollower::drained, this,
        [this, follower] {
            if (follower != m_follower)
                return; // stopped or started again meanwhile
            stop();
            Q_EMIT drained();
        },
        Qt::SingleShotConnection);
    // A log the JobManager fetched is served as it was for its refresh interval: the last look
    // comes after that, so that it holds every line logged before now.
    const int after = m_refreshMs + 250;
    Q_EMIT message(LaunchText::tr("Reading the workers' last lines from the TaskManagers' logs in %1 s (Flink serves a "
                                  "TaskManager's log as it was for up to %2 s)...")
                       .arg((after + 999) / 1000)
                       .arg(QString::number(m_refreshMs / 1000.0, 'g', 3)));
    follower->drain(after);
}

void FlinkWorkerLogs::stop()
{
    m_runs.cancel();
    m_retry.stop();
    if (m_follower) {
        m_follower->stop();
        m_follower->deleteLater();
        m_follower = nullptr;
    }
}

} // namespace bl
