// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#include "JobsPanel.h"

#include "Dialogs.h"
#include "JobCountersView.h"
#include "JobsModel.h"
#include "PaletteColors.h"
#include "ThroughputPlot.h"
#include "UiText.h"
#include "WindowText.h"
#include "launch/JobMonitor.h"
#include "launch/LaunchJob.h"
#include "launch/LaunchSettings.h"
#include "launch/WebPageProbe.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace bl {

using jobs::JobApiClient;
using jobs::JobState;

JobsPanel::JobsPanel(Dialogs *dialogs, QWidget *parent)
    : QWidget(parent)
    , m_dialogs(dialogs)
    , m_model(new JobsModel(this))
    , m_status(new QLabel(this))
    , m_webUi(new QLabel(this))
    , m_view(new QTableView(this))
    , m_cancel(new QPushButton(ownIcon("stop"), UiText::tr("Cancel Job"), this))
    , m_cancelState(new QLabel(this))
    , m_metrics(new JobCountersView(this))
    , m_plot(new ThroughputPlot(this))
    , m_timer(new QTimer(this))
    , m_sampleTimer(new QTimer(this))
    , m_cancelBound(new QTimer(this))
{
    setObjectName(QStringLiteral("jobsPanel"));
    m_pageProbe = new WebPageProbe(this);
    connect(m_pageProbe, &WebPageProbe::answered, this, [this](const QUrl &page, bool isRunnersPage) {
        if (isRunnersPage && page == m_probedPage)
            showWebUi(page);
    });
    m_status->setObjectName(QStringLiteral("jobsStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_webUi->setObjectName(QStringLiteral("jobsWebUi"));
    m_webUi->setOpenExternalLinks(true);
    m_webUi->setTextFormat(Qt::RichText);
    m_cancel->setObjectName(QStringLiteral("jobsCancel"));
    m_cancel->setToolTip(UiText::tr("Ask the runner to cancel the selected job"));
    m_cancelState->setObjectName(QStringLiteral("jobsCancelState"));
    m_cancelState->setWordWrap(true);
    m_cancelState->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_cancelState->setVisible(false);

    m_view->setObjectName(QStringLiteral("jobsView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->setVisible(false);
    m_view->horizontalHeader()->setSectionResizeMode(JobsModel::IdColumn, QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(JobsModel::NameColumn, QHeaderView::Stretch);
    m_view->horizontalHeader()->setSectionResizeMode(JobsModel::StateColumn, QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(JobsModel::SinceColumn, QHeaderView::ResizeToContents);
    m_view->setAccessibleName(UiText::tr("Jobs"));

    m_metrics->setObjectName(QStringLiteral("jobsMetrics"));
    m_metrics->setAccessibleName(UiText::tr("Counters of the selected job"));

    auto *top = new QHBoxLayout;
    top->addWidget(m_status, 1);
    top->addWidget(m_webUi);
    top->addWidget(m_cancel);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("jobsSplitter2"));
    splitter->addWidget(m_view);
    // The counters and, beside them, the throughput line.
    auto *numbers = new QSplitter(Qt::Horizontal, splitter);
    numbers->setObjectName(QStringLiteral("jobsNumbersSplitter"));
    numbers->addWidget(m_metrics);
    numbers->addWidget(m_plot);
    numbers->setStretchFactor(0, 3); // step names are long
    numbers->setStretchFactor(1, 2);
    numbers->setChildrenCollapsible(false);
    splitter->addWidget(numbers);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_cancelState);
    layout->addWidget(splitter, 1);

    m_timer->setInterval(RefreshIntervalMs);
    connect(m_timer, &QTimer::timeout, this, &JobsPanel::refresh);
    m_sampleTimer->setInterval(SampleIntervalMs);
    connect(m_sampleTimer, &QTimer::timeout, this, &JobsPanel::sample);
    m_cancelBound->setSingleShot(true);
    m_cancelBound->setInterval(CancelBoundMs);
    connect(m_cancelBound, &QTimer::timeout, this, [this] {
        const QString id = m_cancelling;
        const QString last = m_cancelWatch ? jobs::jobStateName(m_cancelWatch->state()) : UiText::tr("unknown");
        cancelSettled(UiText::tr("The runner did not confirm within %1 s that job %2 is cancelled (last state: %3). "
                                     "It may still be running: see %4.")
                          .arg(CancelBoundMs / 1000)
                          .arg(id, last, m_webUiUrl.isValid() ? m_webUiUrl.toString() : m_endpoint),
                      true);
    });
    connect(m_cancel, &QPushButton::clicked, this, &JobsPanel::cancelSelected);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &JobsPanel::onSelectionChanged);
    m_probedPage = QUrl();
    m_pageProbe->cancel();
    showWebUi(QUrl());
    setService(QString(), UiText::tr("No profile is shown."));
}

JobsPanel::~JobsPanel() = default;

QString JobsPanel::jobServiceOf(const LaunchSettings &settings, QString *why)
{
    // The rule LaunchJob follows a launch's job by: runners without a job service are the
    // in-process ones (no endpoint), Dataflow (its own REST API), dot and direct.
    const QString endpoint = settings.endpoint.trimmed();
    QString problem;
    if (settings.localJobServer)
        *why = UiText::tr("This profile starts a Prism job server of its own for each launch; its job is followed "
                              "in the Run and Workers tabs while it runs.");
    else if (!LaunchJob::runnerHasJobService(settings.runner))
        *why = UiText::tr("The runner %1 has no Beam job service to list jobs from.").arg(settings.runner);
    else if (endpoint.isEmpty())
        *why = UiText::tr("This profile has no job service endpoint (the runner runs in the launcher); its "
                              "jobs are only in the Run tab.");
    else if (!JobApiClient::checkEndpoint(endpoint, &problem))
        *why = UiText::tr("The endpoint is not HOST:PORT: %1").arg(problem);
    else
        return endpoint;
    return {};
}

void JobsPanel::setSettings(const LaunchSettings &settings)
{
    QString why;
    const QString endpoint = jobServiceOf(settings, &why);
    const QUrl guessed = endpoint.isEmpty() ? QUrl() : JobMonitor::webUi(settings);
    // The runner's page the catalog guesses is linked only once it answers as that runner's.
    if (guessed != m_probedPage) {
        m_probedPage = guessed;
        showWebUi(QUrl());
        m_pageProbe->probe(guessed, settings.runner);
    }
    setService(endpoint, why);
}

void JobsPanel::showWebUi(const QUrl &webUi)
{
    m_webUiUrl = webUi;
    m_webUi->setText(webUi.isValid() ? QStringLiteral("<a href=\"%1\">%2</a>")
                                           .arg(webUi.toString().toHtmlEscaped(),
                                                UiText::tr("Runner's web page"))
                                     : QString());
    m_webUi->setToolTip(webUi.toString());
}

void JobsPanel::setService(const QString &endpoint, const QString &why)
{
    if (endpoint == m_endpoint && m_client)
        return;
    delete m_client; // its calls are cancelled: no answer arrives for the old service
    m_client = nullptr;
    m_cancelWatch = nullptr;
    m_cancelBound->stop();
    m_cancelling.clear();
    m_listCall = m_metricsCall = 0;
    m_serviceDown = false;
    // The old service's jobs keep their histories; their sampling stops with its client (it
    // goes on when that service is shown again and lists them still running).
    for (History &h : m_histories) {
        h.call = 0;
        h.sampling = h.lastSample = false;
    }
    m_sampleCalls.clear();
    m_pipelineCalls.clear();
    m_pipelinesAsked.clear(); // the answered ones are kept
    updateTimers();
    m_endpoint = endpoint;
    m_model->clear();
    m_metrics->showMessage(QString());
    m_cancelState->setVisible(false);
    if (endpoint.isEmpty()) {
        setStatus(why, false);
        updateButtons();
        updatePlot();
        return;
    }
    m_client = new JobApiClient(endpoint, this);
    connect(m_client, &JobApiClient::jobsListed, this,
            [this](quint64 call, const QList<jobs::JobInfo> &jobs) {
                if (call == m_listCall)
                    onListed(jobs);
            });
    connect(m_client, &JobApiClient::stateReceived, this,
            [this](quint64, const QString &id, JobState state, const QDateTime &since) {
                m_model->setState(id, state, since);
                // The time the job began running: its counts were 0 then.
                const auto h = m_histories.find(historyKey(id));
                if (h != m_histories.end() && !h->startSet && since.isValid()
                    && (state == JobState::Running || jobs::isTerminal(state))) {
                    h->startSet = true;
                    if (state == JobState::Running)
                        h->throughput.setStart(since.toMSecsSinceEpoch());
                    if (id == selectedJob())
                        updatePlot();
                }
                updateButtons();
            });
    connect(m_client, &JobApiClient::pipelineReceived, this,
            [this](quint64 call, const QString &id, const jobs::PipelineInfo &pipeline) {
                if (m_pipelineCalls.take(call).isEmpty())
                    return;
                m_pipelines.insert(historyKey(id), pipeline);
                const auto h = m_histories.find(historyKey(id));
                if (h != m_histories.end())
                    h->throughput.setPipeline(pipeline);
                if (id == selectedJob()) {
                    m_metrics->setPipeline(pipeline);
                    updatePlot();
                }
            });
    connect(m_client, &JobApiClient::metricsReceived, this,
            [this](quint64 call, const QString &id, const QList<jobs::Metric> &metrics) {
                if (m_sampleCalls.remove(call) > 0) {
                    onSampled(id, metrics);
                    return;
                }
                if (call == m_metricsCall) {
                    m_metricsCall = 0;
                    onMetrics(id, metrics);
                }
            });
    connect(m_client, &JobApiClient::cancelAnswered, this,
            [this](quint64, const QString &id, JobState state) { onCancelAnswered(id, state); });
    connect(m_client, &JobApiClient::callFailed, this, &JobsPanel::onCallFailed);
    setStatus(UiText::tr("Asking the job service at %1…").arg(endpoint), false);
    updateButtons();
    if (isVisible())
        refresh();
}

void JobsPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_timer->start();
    refresh();
}

void JobsPanel::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    updateTimers(); // nothing is listed while nobody looks, unless a job's throughput is sampled
}

void JobsPanel::refresh()
{
    if (!m_client || m_listCall != 0)
        return; // one listing at a time: a slow service is not piled up on
    m_listCall = m_client->listJobs();
}

void JobsPanel::onListed(const QList<jobs::JobInfo> &jobs)
{
    m_listCall = 0;
    m_serviceDown = false;
    m_model->setJobs(jobs);
    setStatus(UiText::tr("%n job(s) on the job service at %1.", nullptr, int(jobs.size())).arg(m_endpoint), false);
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (!m_model->since(row).isValid())
            m_client->requestState(m_model->job(row).id);
    }
    trackJobs(jobs);
    const QString selected = selectedJob();
    const auto h = m_histories.constFind(historyKey(selected));
    const bool sampled = h != m_histories.cend() && (h->sampling || h->lastSample);
    if (!selected.isEmpty() && m_metricsCall == 0 && !sampled) // a sampled job's counters come with its samples
        m_metricsCall = m_client->requestMetrics(selected);
    updateButtons();
    updatePlot();
}

void JobsPanel::onCallFailed(quint64 call, JobApiClient::Call what, const QString &jobId, const jobs::CallError &error)
{
    switch (what) {
    case JobApiClient::Call::ListJobs:
        if (call != m_listCall)
            return;
        m_listCall = 0;
        if (!m_serviceDown) { // said once per outage, in the view: no dialogs
            m_serviceDown = true;
            m_model->clear();
            m_metrics->showMessage(QString());
        }
        setStatus(UiText::tr("No job service answers at %1: %2. The list comes back when it does.")
                      .arg(m_endpoint, m_client->describe(error)),
                  true);
        updateButtons();
        return;
    case JobApiClient::Call::GetMetrics:
        if (const QString id = m_sampleCalls.take(call); !id.isEmpty()) {
            const auto h = m_histories.find(historyKey(id));
            if (h == m_histories.end())
                return;
            h->call = 0; // the next tick asks again
            if (error.kind == jobs::CallError::Kind::Unsupported || error.kind == jobs::CallError::Kind::NotFound) {
                h->noCounters = error.kind == jobs::CallError::Kind::Unsupported;
                h->sampling = h->lastSample = false;
                h->ended = true;
                updateTimers();
            } else if (h->lastSample && call == h->finalCall) {
                h->sampling = h->lastSample = false; // its line ends at the last answer it had
                h->ended = true;
                updateTimers();
            }
            if (id == selectedJob())
                updatePlot();
            return;
        }
        if (call != m_metricsCall)
            return;
        m_metricsCall = 0;
        m_metrics->showMessage(error.kind == jobs::CallError::Kind::Unsupported
                                   ? UiText::tr("This job service gives no counters.")
                                   : QString());
        return;
    case JobApiClient::Call::Cancel:
        if (jobId == m_cancelling)
            cancelSettled(UiText::tr("The runner did not cancel job %1: %2").arg(jobId, m_client->describe(error)), true);
        return;
    case JobApiClient::Call::GetPipeline: // steps and the throughput's output then go by their ids
        m_pipelineCalls.remove(call);
        return;
    case JobApiClient::Call::GetState:
        return; // the next listing asks again
    }
}

void JobsPanel::onMetrics(const QString &jobId, const QList<jobs::Metric> &metrics)
{
    if (jobId != selectedJob())
        return;
    m_metrics->setMetrics(metrics);
}

void JobsPanel::onSelectionChanged()
{
    m_metrics->showMessage(QString());
    m_metricsCall = 0;
    const QString id = selectedJob();
    if (!id.isEmpty() && m_client) {
        if (const auto known = m_pipelines.constFind(historyKey(id)); known != m_pipelines.cend())
            m_metrics->setPipeline(*known);
        else
            askPipeline(id);
        m_metricsCall = m_client->requestMetrics(id);
        Q_EMIT jobSelected(m_endpoint, id);
    }
    updateButtons();
    updatePlot();
}

const jobs::Throughput *JobsPanel::throughputOf(const QString &jobId) const
{
    const auto h = m_histories.constFind(historyKey(jobId));
    return h == m_histories.cend() ? nullptr : &h->throughput;
}

int JobsPanel::sampledJobCount() const
{
    return int(std::count_if(m_histories.cbegin(), m_histories.cend(),
                             [](const History &h) { return h.sampling || h.lastSample; }));
}

void JobsPanel::trackJobs(const QList<jobs::JobInfo> &jobs)
{
    int sampled = sampledJobCount();
    bool news = false; // a job to sample for the first time, or for the last
    for (const jobs::JobInfo &job : jobs) {
        const QString key = historyKey(job.id);
        auto h = m_histories.find(key);
        if (jobs::isTerminal(job.state)) {
            // Over: one last sample (its final counts), then its line is complete.
            if (h != m_histories.end() && h->sampling) {
                h->sampling = false;
                h->lastSample = true;
                news = true;
            }
            continue;
        }
        if (job.state == JobState::Unspecified)
            continue;
        if (h == m_histories.end()) {
            if (sampled >= MaxSampledJobs)
                continue; // seen later, once another ends: its line starts then
            h = m_histories.insert(key, History());
            // Listed before (a job that waited for its turn): its state's time is known.
            const int row = m_model->rowOf(job.id);
            if (row >= 0 && m_model->since(row).isValid() && m_model->job(row).state == JobState::Running) {
                h->startSet = true;
                h->throughput.setStart(m_model->since(row).toMSecsSinceEpoch());
            }
        }
        if (h->ended || h->noCounters || h->sampling || h->lastSample)
            continue;
        if (sampled >= MaxSampledJobs)
            continue;
        h->sampling = true;
        ++sampled;
        news = true;
        if (const auto known = m_pipelines.constFind(key); known != m_pipelines.cend())
            h->throughput.setPipeline(*known);
        else
            askPipeline(job.id);
    }
    if (news)
        sample(); // the first sample (or the last) at once, not up to a second later
    updateTimers();
}

void JobsPanel::askPipeline(const QString &jobId)
{
    const QString key = historyKey(jobId);
    if (!m_client || m_pipelines.contains(key) || m_pipelinesAsked.contains(key))
        return;
    m_pipelinesAsked.insert(key);
    m_pipelineCalls.insert(m_client->requestPipeline(jobId), jobId);
}

void JobsPanel::sample()
{
    if (!m_client)
        return;
    for (auto it = m_histories.begin(); it != m_histories.end(); ++it) {
        if ((!it->sampling && !it->lastSample) || it->call != 0 || !it.key().startsWith(m_endpoint + u'\n'))
            continue; // one call in flight per job
        const QString id = it.key().mid(m_endpoint.size() + 1);
        it->call = m_client->requestMetrics(id);
        if (it->lastSample)
            it->finalCall = it->call; // asked after the job was seen over: its counts are final
        m_sampleCalls.insert(it->call, id);
    }
}

void JobsPanel::onSampled(const QString &jobId, const QList<jobs::Metric> &metrics)
{
    const auto h = m_histories.find(historyKey(jobId));
    if (h == m_histories.end())
        return;
    const quint64 call = h->call;
    h->call = 0;
    if (!h->sampling && !h->lastSample)
        return; // the service changed meanwhile
    h->throughput.addSample(QDateTime::currentMSecsSinceEpoch(), metrics);
    ++h->answers;
    if (h->lastSample && call == h->finalCall) {
        h->lastSample = false;
        h->ended = true;
        updateTimers();
    } else if (h->lastSample) {
        sample(); // asked before the job was seen over: once more
    }
    if (jobId == selectedJob()) {
        m_metricsCall = 0; // these counters are as new
        onMetrics(jobId, metrics);
        updatePlot();
    }
}

void JobsPanel::updatePlot()
{
    const QString id = selectedJob();
    if (id.isEmpty()) {
        m_plot->setMessage(m_client ? UiText::tr("Select a job to see its throughput.") : QString());
        return;
    }
    const auto h = m_histories.constFind(historyKey(id));
    if (h == m_histories.cend()) {
        const int row = m_model->rowOf(id);
        const bool over = row >= 0 && jobs::isTerminal(m_model->job(row).state);
        m_plot->setMessage(over ? UiText::tr("Job %1 ended before this window followed it: no throughput line.").arg(id)
                                : UiText::tr("Job %1 waits for its throughput to be followed (at most %2 jobs at once).")
                                      .arg(id)
                                      .arg(MaxSampledJobs));
        return;
    }
    if (h->noCounters) {
        m_plot->setMessage(UiText::tr("This job service gives no counters: no throughput line."));
        return;
    }
    if (h->answers == 0) {
        m_plot->setMessage(UiText::tr("Following the throughput of job %1…").arg(id));
        return;
    }
    if (!h->throughput.hasElementCounts()) {
        m_plot->setMessage(h->ended ? UiText::tr("The runner gave no element counts for job %1: no throughput line.").arg(id)
                                    : UiText::tr("No element counts from the runner for job %1 yet.").arg(id));
        return;
    }
    m_plot->setThroughput(h->throughput, h->sampling || h->lastSample);
}

void JobsPanel::updateTimers()
{
    const bool sampling = sampledJobCount() > 0;
    if (sampling && !m_sampleTimer->isActive())
        m_sampleTimer->start();
    else if (!sampling)
        m_sampleTimer->stop();
    // The listing tells when a sampled job ends: it goes on while one is, seen or not.
    if (isVisible() || sampling) {
        if (!m_timer->isActive() && m_client)
            m_timer->start();
    } else {
        m_timer->stop();
    }
}

bool JobsPanel::selectJob(const QString &jobId)
{
    const int row = m_model->rowOf(jobId);
    if (row < 0)
        return false;
    m_view->selectRow(row);
    return true;
}

QString JobsPanel::selectedJob() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.constFirst().data(JobsModel::JobIdRole).toString();
}

void JobsPanel::cancelSelected()
{
    const QString id = selectedJob();
    if (id.isEmpty() || !m_client || !m_cancelling.isEmpty())
        return;
    const jobs::JobInfo job = m_model->job(m_model->rowOf(id));
    if (!m_dialogs->askYesNo(window(), UiText::tr("Cancel Job"),
                             UiText::tr("Cancel job %1 (%2) on the runner? It stops the job and all its work.")
                                 .arg(id, job.name)))
        return;
    m_cancelling = id;
    m_cancelState->setText(UiText::tr("Cancelling job %1…").arg(id));
    m_cancelState->setStyleSheet(QString());
    m_cancelState->setVisible(true);
    m_cancelBound->start();
    m_client->cancel(id);
    updateButtons();
}

void JobsPanel::onCancelAnswered(const QString &jobId, JobState state)
{
    if (jobId != m_cancelling)
        return;
    m_model->setState(jobId, state, QDateTime::currentDateTimeUtc());
    if (jobs::isTerminal(state)) {
        cancelEnded(state);
        return;
    }
    // CANCELLING: the job is cancelled only once the runner says CANCELLED.
    m_cancelWatch = m_client->watch(jobId);
    connect(m_cancelWatch, &jobs::JobWatch::stateChanged, this, [this](JobState s, const QDateTime &since) {
        m_model->setState(m_cancelling, s, since);
        if (jobs::isTerminal(s))
            cancelEnded(s);
    });
    connect(m_cancelWatch, &jobs::JobWatch::ended, this, [this](jobs::JobWatch::End how, const QString &detail) {
        if (m_cancelling.isEmpty())
            return;
        if (how == jobs::JobWatch::End::Finished && m_cancelWatch) {
            cancelEnded(m_cancelWatch->state());
            return;
        }
        cancelSettled(UiText::tr("The runner did not confirm that job %1 is cancelled: %2. It may still be "
                                     "running: see %3.")
                          .arg(m_cancelling, detail, m_webUiUrl.isValid() ? m_webUiUrl.toString() : m_endpoint),
                      true);
    });
}

void JobsPanel::cancelEnded(JobState state)
{
    const QString id = m_cancelling;
    if (id.isEmpty())
        return;
    if (state == JobState::Cancelled)
        cancelSettled(UiText::tr("Job %1 is cancelled.").arg(id), false);
    else
        cancelSettled(UiText::tr("Job %1 ended %2, not CANCELLED.").arg(id, jobs::jobStateName(state)), true);
}

void JobsPanel::cancelSettled(const QString &text, bool error)
{
    m_cancelBound->stop();
    if (m_cancelWatch) {
        m_cancelWatch->stop();
        m_cancelWatch->deleteLater();
    }
    m_cancelWatch = nullptr;
    m_cancelling.clear();
    m_cancelState->setText(text);
    m_cancelState->setStyleSheet(error ? errorStyle() : QString());
    m_cancelState->setVisible(true);
    updateButtons();
    refresh();
}

void JobsPanel::setStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? errorStyle() : QString());
}

QString JobsPanel::errorStyle() const
{
    return QStringLiteral("color: %1;").arg(PaletteColors::from(palette()).error.name());
}

void JobsPanel::updateButtons()
{
    const QString id = selectedJob();
    const int row = id.isEmpty() ? -1 : m_model->rowOf(id);
    const bool over = row >= 0 && jobs::isTerminal(m_model->job(row).state);
    m_cancel->setEnabled(m_client && row >= 0 && !over && m_cancelling.isEmpty());
}

} // namespace bl
