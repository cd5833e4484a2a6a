// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "JobTypes.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace bl::jobs {

/// A running (or ended) job's graph: its pipeline from GetPipeline, its transforms as steps
/// (composites kept as the parents of their parts), and GetJobMetrics' numbers put on them:
///  - elements: `beam:metric:element_count:v1`, labelled by PCOLLECTION, counted for the step
///    whose main output that PCollection is (a step without outputs, a sink: its main input);
///  - bytes: `beam:metric:sampled_byte_size:v1` (a distribution: its sum), by PCOLLECTION too;
///  - msecs: `beam:metric:ptransform_execution_time:total_msecs:v1`, labelled by PTRANSFORM; a
///    composite's is the sum of its parts'.
/// A plain value: cheap to copy, to hand to a thread that lays it out.
class JobGraph
{
public:
    struct Step
    {
        QString id;           ///< the pipeline's transform id
        QString name;         ///< the unique name, "Parent/Name"
        QString label;        ///< the last part of the unique name
        QString parent;       ///< the composite it is part of; empty at the top
        QStringList children; ///< a composite's parts (only those the pipeline has), in order
        QStringList inputs;   ///< PCollection ids, main input first
        QStringList outputs;  ///< PCollection ids, main output first
        int depth = 0;        ///< 0 at the top

        std::optional<qint64> elements;
        std::optional<qint64> bytes;
        std::optional<double> msecs;

        bool isComposite() const { return !children.isEmpty(); }
    };

    /// What toDot() draws.
    struct DotOptions
    {
        QSet<QString> collapsed; ///< composites drawn as one step
        int busiest = 3;         ///< this many steps with the most time are marked
        bool dark = false;       ///< colours for a dark palette
    };

    JobGraph() = default;
    explicit JobGraph(const PipelineInfo &pipeline);

    bool isEmpty() const { return m_steps.isEmpty(); }
    /// Every step, parents before their parts, in the pipeline's order (depth first from the roots).
    const QList<Step> &steps() const { return m_steps; }
    const Step *step(const QString &id) const;
    /// The position of a step in steps(), -1 when the pipeline has no such transform.
    qsizetype indexOf(const QString &id) const { return m_index.value(id, -1); }
    int leafCount() const;
    /// The step a metric is about: the transform its PTRANSFORM label names, else the primitive
    /// step whose output the PCollection of its PCOLLECTION label is (for a PCollection nobody
    /// outputs, the step that reads it). nullptr when the pipeline has neither, as for a
    /// runner's own labels (Prism's "stage-001_source").
    const Step *stepOf(const Metric &metric) const;

    /// Puts GetJobMetrics' numbers on the steps (replacing the earlier ones). Committed values
    /// are preferred to attempted ones; several values for one PCollection or transform (one per
    /// stage) count once, their largest. Returns hasMetrics().
    bool applyMetrics(const QList<Metric> &metrics);
    /// Whether the runner gave any element count or step time for this pipeline's ids.
    bool hasMetrics() const { return m_hasMetrics; }
    /// The elements counted for a PCollection, if the runner said.
    std::optional<qint64> elementsOf(const QString &pcollection) const;

    /// The ids of the `n` busiest primitive steps: the most time first, then (a runner that
    /// says 0 ms for quick steps, as Prism does) the most elements, then by name; steps with
    /// neither time nor elements left out.
    QStringList busiest(int n) const;

    /// Graphviz DOT: each step a box labelled with its name, "N elements" (its main output) and
    /// its time; expanded composites as clusters around their parts, collapsed ones as one box;
    /// each edge a PCollection, labelled with its count; the busiest steps filled.
    QString toDot(const DotOptions &options) const;
    QString toDot() const { return toDot(DotOptions()); }

    /// Graphviz's layout of `dotText` as SVG: runs `dotProgram -Tsvg` and waits for it (at most
    /// `timeoutMs`), so call it off the GUI thread (runInBackground). Empty with `error` set when
    /// it fails.
    static QByteArray layOut(const QString &dotProgram, const QString &dotText, int timeoutMs, QString *error);

    /// "17 elements".
    static QString elementsText(qint64 elements);
    /// "12 ms", "3.4 s", "2 min 5 s".
    static QString timeText(double msecs);

private:
    void addStep(const PipelineInfo &pipeline, const QString &id, const QString &parent, int depth,
                 QSet<QString> *seen);
    /// The step drawn for `id` under `collapsed`: its outermost collapsed ancestor, or itself.
    QString visible(const QString &id, const QSet<QString> &collapsed) const;

    QList<Step> m_steps;
    QHash<QString, qsizetype> m_index;              ///< step id -> position in m_steps
    QHash<QString, QString> m_producer;             ///< PCollection id -> the primitive step that outputs it
    QHash<QString, QString> m_pcollectionNames;
    QHash<QString, qint64> m_elements;              ///< PCollection id -> elements
    QHash<QString, qint64> m_bytes;                 ///< PCollection id -> bytes
    bool m_hasMetrics = false;
};

} // namespace bl::jobs
