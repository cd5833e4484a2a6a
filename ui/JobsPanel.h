// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "jobs/JobApiClient.h"
#include "jobs/Throughput.h"

#include <QHash>
#include <QSet>

#include <QPointer>
#include <QUrl>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QLabel;
class QPushButton;
class QTableView;
class QTimer;
QT_END_NAMESPACE

namespace bl {

class Dialogs;
class JobCountersView;
class JobsModel;
class ThroughputPlot;
class WebPageProbe;
struct LaunchSettings;

/// The Jobs view: every job the profile's job service knows (Beam's Job API: GetJobs, then
/// GetState for the time of each job's state), refreshed every 2 s while the view is shown,
/// the counters of the selected job (GetJobMetrics) on its steps (JobCountersView, named from
/// the job's pipeline: GetPipeline, asked once per job), Cancel for it, and the runner's web page.
///
/// Every call is asynchronous (JobApiClient: gRPC's own threads, answers as signals); one
/// listing at a time. A job service that is not there is said in the view, once per outage.
/// Cancel asks first, shows "Cancelling…", then follows the job (JobWatch) until the runner
/// says CANCELLED, or says plainly that it did not confirm within 10 s.
///
/// Beside the counters, the selected job's throughput (ThroughputPlot over jobs::Throughput):
/// every job listed as not over is sampled (GetJobMetrics) every SampleIntervalMs from when the
/// panel first sees it until it ends (one last sample then), at most MaxSampledJobs at once, one
/// call in flight per job; its pipeline names the output by its step. The history of each job
/// stays for the window's life, whichever job is selected; the listing goes on while the view is
/// hidden as long as a job is sampled, so that its end is seen.
class JobsPanel final : public QWidget
{
    Q_OBJECT

public:
    static constexpr int RefreshIntervalMs = 2000;
    static constexpr int CancelBoundMs = 10000;
    static constexpr int SampleIntervalMs = 1000;
    static constexpr int MaxSampledJobs = 8;

    /// `dialogs` (not owned) asks before a cancel.
    explicit JobsPanel(Dialogs *dialogs, QWidget *parent = nullptr);
    ~JobsPanel() override;

    /// The job service of `settings`, by the rule a launch follows its job with (LaunchJob):
    /// an endpoint that is HOST:PORT, for a runner that has a job service (not Dataflow, dot
    /// or direct). Empty with `why` set when there is none.
    static QString jobServiceOf(const LaunchSettings &settings, QString *why);
    /// Shows the jobs of the job service of `settings` (the shown profile).
    void setSettings(const LaunchSettings &settings);

    QString endpoint() const { return m_endpoint; }
    JobsModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    ThroughputPlot *throughputPlot() const { return m_plot; }
    JobCountersView *countersView() const { return m_metrics; }
    /// The throughput history of a job of the shown service; nullptr when it was never sampled.
    const jobs::Throughput *throughputOf(const QString &jobId) const;
    /// How many jobs are being sampled now.
    int sampledJobCount() const;
    /// Selects the job's row; false when it is not listed.
    bool selectJob(const QString &jobId);
    QString selectedJob() const;
    /// Asks, then cancels the selected job.
    void cancelSelected();
    /// Lists the jobs now (the timer does it every RefreshIntervalMs while the view is shown).
    void refresh();

Q_SIGNALS:
    /// A job was selected in the list: the Graph tab shows it.
    void jobSelected(const QString &endpoint, const QString &jobId);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void setService(const QString &endpoint, const QString &why);
    void showWebUi(const QUrl &webUi);
    void onListed(const QList<jobs::JobInfo> &jobs);
    void onCallFailed(quint64 call, jobs::JobApiClient::Call what, const QString &jobId, const jobs::CallError &error);
    void onMetrics(const QString &jobId, const QList<jobs::Metric> &metrics);
    void onSelectionChanged();
    void onCancelAnswered(const QString &jobId, jobs::JobState state);
    void cancelEnded(jobs::JobState state);
    void cancelSettled(const QString &text, bool error);
    void setStatus(const QString &text, bool error);
    void updateButtons();
    QString errorStyle() const;

    /// A job's throughput history: kept for the window's life, by service and job id.
    struct History
    {
        jobs::Throughput throughput;
        quint64 call = 0;         ///< the GetJobMetrics in flight
        quint64 finalCall = 0;    ///< the one asked after the job was seen over
        bool sampling = false;    ///< sampled every SampleIntervalMs
        bool lastSample = false;  ///< the job is over: one more sample, then no more
        bool ended = false;       ///< its last sample is in
        bool startSet = false;
        bool noCounters = false;  ///< the service answers GetJobMetrics with UNIMPLEMENTED
        int answers = 0;          ///< GetJobMetrics answers taken
    };
    QString historyKey(const QString &jobId) const { return m_endpoint + u'\n' + jobId; }
    void trackJobs(const QList<jobs::JobInfo> &jobs);
    /// Asks the job's pipeline, once per job and job service (answered or not).
    void askPipeline(const QString &jobId);
    void sample();
    void onSampled(const QString &jobId, const QList<jobs::Metric> &metrics);
    void updatePlot();
    void updateTimers();

    Dialogs *m_dialogs;
    JobsModel *m_model;
    QLabel *m_status;
    QLabel *m_webUi;
    QTableView *m_view;
    QPushButton *m_cancel;
    QLabel *m_cancelState;
    JobCountersView *m_metrics;
    ThroughputPlot *m_plot;
    QTimer *m_timer;
    QTimer *m_sampleTimer;
    QHash<QString, History> m_histories;     ///< by historyKey()
    QHash<quint64, QString> m_sampleCalls;   ///< GetJobMetrics call -> job id
    QHash<quint64, QString> m_pipelineCalls; ///< GetPipeline call -> job id
    QHash<QString, jobs::PipelineInfo> m_pipelines; ///< by historyKey(), kept as the histories are
    QSet<QString> m_pipelinesAsked;                 ///< by historyKey(), of the shown job service
    QTimer *m_cancelBound;
    jobs::JobApiClient *m_client = nullptr;
    QPointer<jobs::JobWatch> m_cancelWatch;
    QString m_endpoint;
    QUrl m_webUiUrl;
    QUrl m_probedPage; ///< the page the catalog guesses for the shown settings, asked once
    WebPageProbe *m_pageProbe = nullptr;
    QString m_cancelling; ///< the job being cancelled
    quint64 m_listCall = 0;
    quint64 m_metricsCall = 0;
    bool m_serviceDown = false;
};

} // namespace bl
