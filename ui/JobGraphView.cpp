// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#include "JobGraphView.h"

#include "GraphPanel.h"
#include "UiText.h"
#include "WindowText.h"
#include "jobs/JobApiClient.h"
#include "pipeline/PipelineGraph.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSplitter>
#include <QSvgRenderer>
#include <QThread>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <utility>

namespace bl {

using namespace bl::jobs;

namespace {

constexpr int LayoutTimeoutMs = 30000;
enum Column { StepColumn, ElementsColumn, TimeColumn };

} // namespace

JobGraphView::JobGraphView(QWidget *parent)
    : QWidget(parent)
    , m_status(new QLabel(this))
    , m_back(new QToolButton(this))
    , m_steps(new QTreeWidget(this))
    , m_panel(new GraphPanel(this))
    , m_timer(new QTimer(this))
{
    m_status->setObjectName(QStringLiteral("jobGraphStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_back->setObjectName(QStringLiteral("jobGraphBack"));
    m_back->setText(UiText::tr("Pipeline graph"));
    m_back->setToolTip(UiText::tr("Show the graph drawn before the run (Beam's dot runner)"));
    m_back->setAutoRaise(true);
    connect(m_back, &QToolButton::clicked, this, &JobGraphView::backRequested);

    m_steps->setObjectName(QStringLiteral("jobGraphSteps"));
    m_steps->setColumnCount(3);
    m_steps->setHeaderLabels({UiText::tr("Step"), UiText::tr("Elements"), UiText::tr("Time")});
    m_steps->setUniformRowHeights(true);
    m_steps->header()->setStretchLastSection(false);
    m_steps->header()->setSectionResizeMode(StepColumn, QHeaderView::Stretch);
    // Fixed widths: resizing to the contents measures every row at each changed number.
    m_steps->header()->setSectionResizeMode(ElementsColumn, QHeaderView::Interactive);
    m_steps->header()->setSectionResizeMode(TimeColumn, QHeaderView::Interactive);
    m_steps->header()->resizeSection(ElementsColumn, fontMetrics().horizontalAdvance(QStringLiteral("0000000000")));
    m_steps->header()->resizeSection(TimeColumn, fontMetrics().horizontalAdvance(QStringLiteral("00 min 00 s")));
    m_steps->setToolTip(UiText::tr("Uncheck a composite step to draw it as one box"));
    connect(m_steps, &QTreeWidget::itemChanged, this, [this](QTreeWidgetItem *item, int column) {
        if (m_fillingSteps || column != StepColumn || !(item->flags() & Qt::ItemIsUserCheckable))
            return;
        setCollapsed(item->data(StepColumn, Qt::UserRole).toString(), item->checkState(StepColumn) != Qt::Checked);
    });

    m_panel->setObjectName(QStringLiteral("jobGraphPanel"));
    m_panel->setRefreshVisible(false);
    m_panel->setStatus(QString());

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_status, 1);
    bar->addWidget(m_back);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->setObjectName(QStringLiteral("jobGraphSplitter"));
    split->addWidget(m_steps);
    split->addWidget(m_panel);
    split->setStretchFactor(0, 0);
    split->setStretchFactor(1, 1);
    // Room for a step's name beside its numbers: about 28 letters (Beam's names run long; the
    // middle is elided, the tooltip has the whole name).
    m_steps->setTextElideMode(Qt::ElideMiddle);
    const int numbers = m_steps->header()->sectionSize(ElementsColumn) + m_steps->header()->sectionSize(TimeColumn);
    split->setSizes({numbers + fontMetrics().averageCharWidth() * 28 + 40, 600});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(split, 1);

    m_timer->setInterval(RefreshIntervalMs);
    connect(m_timer, &QTimer::timeout, this, &JobGraphView::refresh);
    clear();
}

JobGraphView::~JobGraphView() = default;

void JobGraphView::clear()
{
    m_timer->stop();
    m_layouts.cancel();
    delete m_client;
    m_client = nullptr;
    m_endpoint.clear();
    m_jobId.clear();
    m_graph = JobGraph();
    m_havePipeline = false;
    m_pipelineError.clear();
    m_metricsNote.clear();
    m_state.clear();
    m_ended = false;
    m_serviceGone = false;
    m_metricsCall = m_stateCall = 0;
    m_collapsed.clear();
    m_busiest.clear();
    m_layingOut = false;
    m_pendingDot.clear();
    m_shownDot.clear();
    m_layoutError.clear();
    m_layoutsShown = 0;
    m_metricsAnswers = 0;
    m_items.clear();
    m_steps->clear();
    m_panel->clear();
    updateStatus();
}

void JobGraphView::showJob(const QString &endpoint, const QString &jobId)
{
    if (endpoint == m_endpoint && jobId == m_jobId && m_client)
        return;
    clear();
    m_endpoint = endpoint;
    m_jobId = jobId;
    m_client = new JobApiClient(endpoint, this);
    connect(m_client, &JobApiClient::pipelineReceived, this, [this](quint64, const QString &id, const PipelineInfo &p) {
        if (id == m_jobId)
            setPipeline(p);
    });
    connect(m_client, &JobApiClient::metricsReceived, this, [this](quint64 call, const QString &, const QList<Metric> &m) {
        if (call != m_metricsCall)
            return;
        m_metricsCall = 0;
        m_serviceGone = false;
        ++m_metricsAnswers;
        if (m_ended) // the last numbers of an ended job are coming in
            m_timer->stop();
        applyMetrics(m);
    });
    connect(m_client, &JobApiClient::stateReceived, this,
            [this](quint64 call, const QString &, JobState state, const QDateTime &) {
                if (call != m_stateCall)
                    return;
                m_stateCall = 0;
                m_state = jobStateName(state);
                if (isTerminal(state))
                    m_ended = true;
                updateStatus();
            });
    connect(m_client, &JobApiClient::callFailed, this,
            [this](quint64 call, JobApiClient::Call what, const QString &, const CallError &error) {
                switch (what) {
                case JobApiClient::Call::GetPipeline:
                    m_pipelineError = m_client->describe(error);
                    m_timer->stop();
                    break;
                case JobApiClient::Call::GetMetrics:
                    if (call != m_metricsCall)
                        return;
                    m_metricsCall = 0;
                    if (error.kind == CallError::Kind::Unreachable || error.kind == CallError::Kind::Timeout) {
                        m_serviceGone = true; // asked again next time; the numbers shown are the last ones
                    } else {
                        m_metricsNote = UiText::tr("This runner gives no metrics for the job (%1): the graph is "
                                                       "drawn without numbers.")
                                            .arg(m_client->describe(error));
                        if (error.kind == CallError::Kind::Unsupported || m_ended)
                            m_timer->stop();
                    }
                    break;
                case JobApiClient::Call::GetState:
                    if (call == m_stateCall)
                        m_stateCall = 0;
                    return;
                case JobApiClient::Call::ListJobs:
                case JobApiClient::Call::Cancel:
                    return;
                }
                updateStatus();
            });
    m_client->requestPipeline(jobId);
    updateStatus();
}

void JobGraphView::setPipeline(const PipelineInfo &pipeline)
{
    m_graph = JobGraph(pipeline);
    m_havePipeline = true;
    if (m_graph.isEmpty())
        m_pipelineError = UiText::tr("the job service gave an empty pipeline");
    fillSteps();
    relayout();
    updateStatus();
    if (m_client && !m_graph.isEmpty()) {
        refresh();
        m_timer->start();
    }
}

void JobGraphView::refresh()
{
    if (!m_client)
        return;
    if (m_metricsCall == 0)
        m_metricsCall = m_client->requestMetrics(m_jobId);
    if (m_stateCall == 0 && !m_ended)
        m_stateCall = m_client->requestState(m_jobId);
}

void JobGraphView::applyMetrics(const QList<Metric> &metrics)
{
    if (m_graph.applyMetrics(metrics))
        m_metricsNote.clear();
    else
        m_metricsNote = UiText::tr("This runner gives no element counts or step times for the job%1: the graph "
                                       "is drawn without numbers.")
                            .arg(m_ended ? QString() : UiText::tr(" (yet)"));
    m_busiest = m_graph.busiest(3);
    updateSteps();
    relayout();
    updateStatus();
}

bool JobGraphView::isFollowing() const
{
    return m_timer->isActive();
}

void JobGraphView::setCollapsed(const QString &stepId, bool collapsed)
{
    const JobGraph::Step *step = m_graph.step(stepId);
    if (!step || !step->isComposite())
        return;
    if (collapsed)
        m_collapsed.insert(stepId);
    else
        m_collapsed.remove(stepId);
    if (QTreeWidgetItem *item = m_items.value(stepId)) {
        m_fillingSteps = true;
        item->setCheckState(StepColumn, collapsed ? Qt::Unchecked : Qt::Checked);
        m_fillingSteps = false;
    }
    relayout();
}

void JobGraphView::fillSteps()
{
    m_fillingSteps = true;
    m_steps->clear();
    m_items.clear();
    for (const JobGraph::Step &s : m_graph.steps()) {
        QTreeWidgetItem *parent = m_items.value(s.parent);
        auto *item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(m_steps);
        item->setText(StepColumn, s.label);
        item->setToolTip(StepColumn, s.name);
        item->setData(StepColumn, Qt::UserRole, s.id);
        item->setTextAlignment(ElementsColumn, Qt::AlignRight | Qt::AlignVCenter);
        item->setTextAlignment(TimeColumn, Qt::AlignRight | Qt::AlignVCenter);
        if (s.isComposite()) {
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(StepColumn, m_collapsed.contains(s.id) ? Qt::Unchecked : Qt::Checked);
        }
        m_items.insert(s.id, item);
    }
    m_steps->expandAll();
    m_fillingSteps = false;
}

void JobGraphView::updateSteps()
{
    m_fillingSteps = true;
    m_steps->setUpdatesEnabled(false);
    for (const JobGraph::Step &s : m_graph.steps()) {
        QTreeWidgetItem *item = m_items.value(s.id);
        if (!item)
            continue;
        const QString elements = s.elements ? QLocale().toString(*s.elements) : QString();
        const QString time = s.msecs ? JobGraph::timeText(*s.msecs) : QString();
        if (item->text(ElementsColumn) != elements)
            item->setText(ElementsColumn, elements);
        if (item->text(TimeColumn) != time)
            item->setText(TimeColumn, time);
        const bool busy = m_busiest.contains(s.id);
        if (item->font(StepColumn).bold() != busy) {
            QFont font = item->font(StepColumn);
            font.setBold(busy);
            item->setFont(StepColumn, font);
            item->setToolTip(StepColumn, busy ? UiText::tr("%1 (among the busiest steps)").arg(s.name) : s.name);
        }
    }
    m_steps->setUpdatesEnabled(true);
    m_fillingSteps = false;
}

void JobGraphView::relayout()
{
    if (m_graph.isEmpty())
        return;
    JobGraph::DotOptions options;
    options.collapsed = m_collapsed;
    const QString dot = m_graph.toDot(options);
    if (m_layingOut) {
        m_pendingDot = dot; // laid out when the running one is done: the newest wins
        return;
    }
    if (dot == m_shownDot)
        return;
    startLayout(dot);
}

void JobGraphView::startLayout(const QString &dot)
{
    m_layingOut = true;
    m_pendingDot.clear();
    m_shownDot = dot;
    m_layouts.begin();
    QThread *gui = thread();
    const QString program = PipelineGraph::findGraphviz();
    const double zoom = m_panel->zoom();
    runInBackground(
        this,
        [dot, program, gui, zoom] {
            Layout result;
            result.zoom = zoom;
            const QByteArray svg = JobGraph::layOut(program, dot, LayoutTimeoutMs, &result.error);
            if (svg.isEmpty())
                return result;
            auto *renderer = new QSvgRenderer;
            if (!renderer->load(svg)) {
                delete renderer;
                result.error = UiText::tr("Graphviz's output is not an SVG Qt can draw.");
                return result;
            }
            const QSizeF size = QSizeF(renderer->defaultSize()) * zoom;
            if (size.width() * size.height() <= 40e6)
                result.picture = GraphPanel::paintPicture(*renderer, zoom);
            renderer->moveToThread(gui); // shown, and deleted, there
            result.renderer = GraphPanel::sharedRenderer(renderer);
            return result;
        },
        m_layouts.guard([this, dot](const Layout &layout) { showLayout(dot, layout); }));
}

void JobGraphView::showLayout(const QString &dot, const Layout &layout)
{
    m_layingOut = false;
    if (layout.renderer && m_panel->setRenderer(layout.renderer, layout.picture, layout.zoom)) {
        m_layoutError.clear();
        if (m_layoutsShown++ == 0)
            m_panel->fitToView();
        Q_EMIT layoutShown();
    } else {
        m_layoutError = layout.error;
    }
    updateStatus();
    const QString next = std::exchange(m_pendingDot, QString());
    if (!next.isEmpty() && next != dot)
        startLayout(next);
}

QString JobGraphView::statusText() const
{
    return m_status->text();
}

void JobGraphView::updateStatus()
{
    QStringList lines;
    if (m_jobId.isEmpty()) {
        lines << UiText::tr("No job shown: launch a job on a job service, or select one in the Jobs tab.");
    } else if (!m_pipelineError.isEmpty()) {
        lines << UiText::tr("Job %1: its pipeline could not be read: %2").arg(m_jobId, m_pipelineError);
    } else if (!m_havePipeline) {
        lines << UiText::tr("Job %1: asking %2 for its pipeline…").arg(m_jobId, m_endpoint);
    } else {
        const QString state = m_state.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(m_state);
        lines << (m_timer->isActive()
                      ? UiText::tr("Job %1%2 on %3: %4 steps, numbers refreshed every second.")
                      : UiText::tr("Job %1%2 on %3: %4 steps."))
                     .arg(m_jobId, state, m_endpoint)
                     .arg(m_graph.leafCount());
        if (!m_busiest.isEmpty()) {
            QStringList names;
            for (const QString &id : std::as_const(m_busiest))
                if (const JobGraph::Step *s = m_graph.step(id))
                    names << s->label;
            lines.last() += u' ' + UiText::tr("Busiest: %1.").arg(names.join(QStringLiteral(", ")));
        }
    }
    if (!m_metricsNote.isEmpty() && m_havePipeline)
        lines << m_metricsNote;
    if (m_serviceGone)
        lines << UiText::tr("The job service does not answer: the numbers are the last it gave.");
    if (!m_layoutError.isEmpty())
        lines << UiText::tr("The graph could not be drawn: %1").arg(m_layoutError);
    m_status->setText(lines.join(u'\n'));
}

} // namespace bl
