// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "jobs/JobGraph.h"
#include "process/Async.h"

#include <QImage>
#include <QSet>
#include <QWidget>

#include <memory>

QT_BEGIN_NAMESPACE
class QLabel;
class QSvgRenderer;
class QTimer;
class QToolButton;
class QTreeWidget;
class QTreeWidgetItem;
QT_END_NAMESPACE

namespace bl {

namespace jobs {
class JobApiClient;
}
class GraphPanel;

/// A job's own graph, live: its pipeline from the job service (GetPipeline, once), each step
/// with the elements of its main output and its time, each edge with its element count, the
/// busiest steps marked, from GetJobMetrics about every second while the job runs (and once
/// more when it has ended). The steps are listed beside the picture; a composite's check box
/// expands or collapses it in the picture. A runner that gives no numbers gets the graph without
/// them and a line saying so.
///
/// Nothing slow runs on the GUI thread: the calls are gRPC's (JobApiClient), the layout is
/// Graphviz's and the SVG is loaded into its renderer on a pool thread (runInBackground). One
/// layout runs at a time; refreshes meanwhile leave only the newest picture to lay out next, and
/// a new job drops whatever the old one still had running (LatestRun).
class JobGraphView final : public QWidget
{
    Q_OBJECT

public:
    static constexpr int RefreshIntervalMs = 1000;

    explicit JobGraphView(QWidget *parent = nullptr);
    ~JobGraphView() override;

    /// Shows job `jobId` of the job service at `endpoint` (HOST:PORT).
    void showJob(const QString &endpoint, const QString &jobId);
    /// Shows nothing; refreshes stop.
    void clear();

    QString jobId() const { return m_jobId; }
    QString endpoint() const { return m_endpoint; }
    const jobs::JobGraph &graph() const { return m_graph; }
    GraphPanel *panel() const { return m_panel; }
    QTreeWidget *steps() const { return m_steps; }
    QString statusText() const;
    /// Refreshes are still asked for (the job has not been seen ending).
    bool isFollowing() const;
    /// Pictures shown so far for this job.
    int layoutsShown() const { return m_layoutsShown; }
    /// GetJobMetrics answers so far for this job.
    int metricsAnswers() const { return m_metricsAnswers; }

    /// Draws composite `stepId` as one box (or its parts again).
    void setCollapsed(const QString &stepId, bool collapsed);

    /// The GUI thread's part of a refresh: the numbers on the graph and in the list, the DOT
    /// text handed to the layout. (Public for the benchmark.)
    void applyMetrics(const QList<jobs::Metric> &metrics);
    /// Shows `pipeline` as the job's graph. (Public for the benchmark and tests.)
    void setPipeline(const jobs::PipelineInfo &pipeline);

Q_SIGNALS:
    /// "Pipeline graph" was pressed: show the picture drawn before the run.
    void backRequested();
    /// A new picture is shown.
    void layoutShown();

private:
    struct Layout
    {
        std::shared_ptr<QSvgRenderer> renderer;
        QImage picture; ///< its drawing at `zoom`, painted on the pool thread too
        double zoom = 1.0;
        QString error;
    };

    void refresh();
    void fillSteps();
    void updateSteps();
    void relayout();
    void startLayout(const QString &dot);
    void showLayout(const QString &dot, const Layout &layout);
    void updateStatus();

    QLabel *m_status;
    QToolButton *m_back;
    QTreeWidget *m_steps;
    GraphPanel *m_panel;
    QTimer *m_timer;
    jobs::JobApiClient *m_client = nullptr;
    QString m_endpoint;
    QString m_jobId;
    jobs::JobGraph m_graph;
    bool m_havePipeline = false;
    QString m_pipelineError;
    QString m_metricsNote;       ///< why there are no numbers, if there are none
    QString m_state;             ///< the job's state name, as last asked
    bool m_ended = false;        ///< the job was seen in a terminal state: one more refresh
    bool m_serviceGone = false;
    quint64 m_metricsCall = 0;
    quint64 m_stateCall = 0;
    QSet<QString> m_collapsed;
    QHash<QString, QTreeWidgetItem *> m_items;
    QStringList m_busiest;

    LatestRun<QObject> m_layouts{this};
    bool m_layingOut = false;
    QString m_pendingDot;        ///< the newest DOT text, waiting for the running layout
    QString m_shownDot;          ///< the DOT text of the picture shown (or being laid out)
    QString m_layoutError;
    int m_layoutsShown = 0;
    int m_metricsAnswers = 0;
    bool m_fillingSteps = false;
};

} // namespace bl
