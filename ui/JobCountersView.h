// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "jobs/JobGraph.h"

#include <QHash>
#include <QTreeWidget>

namespace bl {

/// The counters of the job selected in the Jobs view (GetJobMetrics), each on the step of the
/// job's pipeline it is about (jobs::JobGraph::stepOf): an element count on the step whose
/// output it counts ("main.splitWords", not the PCollection "n7"), a step time or a user
/// counter on its transform. Rows follow the pipeline's order, a runner's own labels after the
/// steps; a click on a header sorts by that column (values as numbers).
///
/// Until the job's pipeline is known (or on a job service without GetPipeline) the ids the
/// runner gave are shown, as they are. New numbers update the rows in place, so the scroll
/// position, the selection and the user's sort stay while they change every second.
class JobCountersView final : public QTreeWidget
{
    Q_OBJECT

public:
    enum Column { StepColumn, CounterColumn, ValueColumn };

    explicit JobCountersView(QWidget *parent = nullptr);

    /// The job's pipeline, to name steps by; an empty one names none.
    void setPipeline(const jobs::PipelineInfo &pipeline);
    /// The job's counters now (replacing the earlier ones).
    void setMetrics(const QList<jobs::Metric> &metrics);
    /// No counters, and `message` (may be empty) in their place. The pipeline is forgotten too.
    void showMessage(const QString &message);

    /// The row of `counter` (as the Counter column shows it: "Elements", "ns/name") on the step
    /// named `step` (as the Step column shows it); nullptr when there is none.
    QTreeWidgetItem *row(const QString &step, const QString &counter) const;
    /// Whether the steps are named from the job's pipeline.
    bool hasPipeline() const { return !m_graph.isEmpty(); }

private:
    void render();

    jobs::JobGraph m_graph;
    QList<jobs::Metric> m_metrics;
    QHash<QString, QTreeWidgetItem *> m_items; ///< the shown rows, by the metric's urn, labels and committed
    bool m_message = false;
};

} // namespace bl
