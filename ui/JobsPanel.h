// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "jobs/JobApiClient.h"

#include <QPointer>
#include <QUrl>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QLabel;
class QPushButton;
class QTableView;
class QTimer;
class QTreeWidget;
QT_END_NAMESPACE

namespace bl {

class Dialogs;
class JobsModel;
class WebPageProbe;
struct LaunchSettings;

/// The Jobs view: every job the profile's job service knows (Beam's Job API: GetJobs, then
/// GetState for the time of each job's state), refreshed every 2 s while the view is shown,
/// the counters of the selected job (GetJobMetrics), Cancel for it, and the runner's web page.
///
/// Every call is asynchronous (JobApiClient: gRPC's own threads, answers as signals); one
/// listing at a time. A job service that is not there is said in the view, once per outage.
/// Cancel asks first, shows "Cancelling…", then follows the job (JobWatch) until the runner
/// says CANCELLED, or says plainly that it did not confirm within 10 s.
class JobsPanel final : public QWidget
{
    Q_OBJECT

public:
    static constexpr int RefreshIntervalMs = 2000;
    static constexpr int CancelBoundMs = 10000;

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

    Dialogs *m_dialogs;
    JobsModel *m_model;
    QLabel *m_status;
    QLabel *m_webUi;
    QTableView *m_view;
    QPushButton *m_cancel;
    QLabel *m_cancelState;
    QTreeWidget *m_metrics;
    QTimer *m_timer;
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
