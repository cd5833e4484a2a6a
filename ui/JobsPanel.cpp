// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#include "JobsPanel.h"

#include "Dialogs.h"
#include "JobsModel.h"
#include "PaletteColors.h"
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
#include <QTreeWidget>
#include <QVBoxLayout>

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
    , m_cancel(new QPushButton(ownIcon("stop"), WindowText::tr("Cancel Job"), this))
    , m_cancelState(new QLabel(this))
    , m_metrics(new QTreeWidget(this))
    , m_timer(new QTimer(this))
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
    m_cancel->setToolTip(WindowText::tr("Ask the runner to cancel the selected job"));
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
    m_view->setAccessibleName(WindowText::tr("Jobs"));

    m_metrics->setObjectName(QStringLiteral("jobsMetrics"));
    m_metrics->setHeaderLabels({WindowText::tr("Counter"), WindowText::tr("Value"), WindowText::tr("Transform")});
    m_metrics->setRootIsDecorated(false);
    m_metrics->setAccessibleName(WindowText::tr("Counters of the selected job"));
    m_metrics->header()->setSectionResizeMode(0, QHeaderView::Stretch);

    auto *top = new QHBoxLayout;
    top->addWidget(m_status, 1);
    top->addWidget(m_webUi);
    top->addWidget(m_cancel);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("jobsSplitter2"));
    splitter->addWidget(m_view);
    splitter->addWidget(m_metrics);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_cancelState);
    layout->addWidget(splitter, 1);

    m_timer->setInterval(RefreshIntervalMs);
    connect(m_timer, &QTimer::timeout, this, &JobsPanel::refresh);
    m_cancelBound->setSingleShot(true);
    m_cancelBound->setInterval(CancelBoundMs);
    connect(m_cancelBound, &QTimer::timeout, this, [this] {
        const QString id = m_cancelling;
        const QString last = m_cancelWatch ? jobs::jobStateName(m_cancelWatch->state()) : WindowText::tr("unknown");
        cancelSettled(WindowText::tr("The runner did not confirm within %1 s that job %2 is cancelled (last state: %3). "
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
    setService(QString(), WindowText::tr("No profile is shown."));
}

JobsPanel::~JobsPanel() = default;

QString JobsPanel::jobServiceOf(const LaunchSettings &settings, QString *why)
{
    // The rule LaunchJob follows a launch's job by: runners without a job service are the
    // in-process ones (no endpoint), Dataflow (its own REST API), dot and direct.
    const QString endpoint = settings.endpoint.trimmed();
    QString problem;
    if (settings.localJobServer)
        *why = WindowText::tr("This profile starts a Prism job server of its own for each launch; its job is followed "
                              "in the Run and Workers tabs while it runs.");
    else if (!LaunchJob::runnerHasJobService(settings.runner))
        *why = WindowText::tr("The runner %1 has no Beam job service to list jobs from.").arg(settings.runner);
    else if (endpoint.isEmpty())
        *why = WindowText::tr("This profile has no job service endpoint (the runner runs in the launcher); its "
                              "jobs are only in the Run tab.");
    else if (!JobApiClient::checkEndpoint(endpoint, &problem))
        *why = WindowText::tr("The endpoint is not HOST:PORT: %1").arg(problem);
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
                                                WindowText::tr("Runner's web page"))
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
    m_endpoint = endpoint;
    m_model->clear();
    m_metrics->clear();
    m_cancelState->setVisible(false);
    if (endpoint.isEmpty()) {
        setStatus(why, false);
        updateButtons();
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
                updateButtons();
            });
    connect(m_client, &JobApiClient::metricsReceived, this,
            [this](quint64 call, const QString &id, const QList<jobs::Metric> &metrics) {
                if (call == m_metricsCall) {
                    m_metricsCall = 0;
                    onMetrics(id, metrics);
                }
            });
    connect(m_client, &JobApiClient::cancelAnswered, this,
            [this](quint64, const QString &id, JobState state) { onCancelAnswered(id, state); });
    connect(m_client, &JobApiClient::callFailed, this, &JobsPanel::onCallFailed);
    setStatus(WindowText::tr("Asking the job service at %1…").arg(endpoint), false);
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
    m_timer->stop(); // nothing is asked while nobody looks
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
    setStatus(WindowText::tr("%n job(s) on the job service at %1.", nullptr, int(jobs.size())).arg(m_endpoint), false);
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (!m_model->since(row).isValid())
            m_client->requestState(m_model->job(row).id);
    }
    const QString selected = selectedJob();
    if (!selected.isEmpty() && m_metricsCall == 0)
        m_metricsCall = m_client->requestMetrics(selected);
    updateButtons();
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
            m_metrics->clear();
        }
        setStatus(WindowText::tr("No job service answers at %1: %2. The list comes back when it does.")
                      .arg(m_endpoint, m_client->describe(error)),
                  true);
        updateButtons();
        return;
    case JobApiClient::Call::GetMetrics:
        if (call != m_metricsCall)
            return;
        m_metricsCall = 0;
        m_metrics->clear();
        if (error.kind == jobs::CallError::Kind::Unsupported) {
            auto *item = new QTreeWidgetItem(m_metrics);
            item->setText(0, WindowText::tr("This job service gives no counters."));
        }
        return;
    case JobApiClient::Call::Cancel:
        if (jobId == m_cancelling)
            cancelSettled(WindowText::tr("The runner did not cancel job %1: %2").arg(jobId, m_client->describe(error)), true);
        return;
    case JobApiClient::Call::GetState:
    case JobApiClient::Call::GetPipeline: // asked by the Graph tab's job graph, which says so itself
        return; // the next listing asks again
    }
}

void JobsPanel::onMetrics(const QString &jobId, const QList<jobs::Metric> &metrics)
{
    if (jobId != selectedJob())
        return;
    m_metrics->clear();
    for (const jobs::Metric &m : metrics) {
        auto *item = new QTreeWidgetItem(m_metrics);
        item->setText(0, m.displayName());
        item->setText(1, m.valueText());
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        item->setText(2, m.labels.value(QStringLiteral("PTRANSFORM")));
        item->setToolTip(0, m.urn);
    }
    m_metrics->sortItems(0, Qt::AscendingOrder);
}

void JobsPanel::onSelectionChanged()
{
    m_metrics->clear();
    m_metricsCall = 0;
    const QString id = selectedJob();
    if (!id.isEmpty() && m_client) {
        m_metricsCall = m_client->requestMetrics(id);
        Q_EMIT jobSelected(m_endpoint, id);
    }
    updateButtons();
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
    if (!m_dialogs->askYesNo(window(), WindowText::tr("Cancel Job"),
                             WindowText::tr("Cancel job %1 (%2) on the runner? It stops the job and all its work.")
                                 .arg(id, job.name)))
        return;
    m_cancelling = id;
    m_cancelState->setText(WindowText::tr("Cancelling job %1…").arg(id));
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
        cancelSettled(WindowText::tr("The runner did not confirm that job %1 is cancelled: %2. It may still be "
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
        cancelSettled(WindowText::tr("Job %1 is cancelled.").arg(id), false);
    else
        cancelSettled(WindowText::tr("Job %1 ended %2, not CANCELLED.").arg(id, jobs::jobStateName(state)), true);
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
