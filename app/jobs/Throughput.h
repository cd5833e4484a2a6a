// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "JobTypes.h"

#include <QHash>
#include <QList>
#include <QString>

namespace bl::jobs {

/// A job's throughput over its whole run: elements per second of its busiest output.
///
/// Fed timestamped GetJobMetrics answers of one job (addSample), it keeps every PCollection's
/// `beam:metric:element_count:v1` at each sample (committed values preferred to attempted ones,
/// of several values for one PCollection the largest, as JobGraph counts), and gives the rate of
/// the PCollection with the most elements as a series of intervals between samples.
///  - The busiest output: the most elements at the last sample; with the pipeline known
///    (setPipeline), only a step's main output (a PCollection nobody's main output is not
///    followed while one is), named by the outermost step whose main output it is, as the
///    Graph tab puts counts on steps. Ties go to the outermost step, then the first in the
///    pipeline (the word-count sample's words, 17, before the same 17 paired with 1 inside
///    stats.Count); without the pipeline to the PCollection id first in order.
///  - Kept from the first sample to the last, not a sliding window: of the samples given, every
///    stride-th is kept, and the last one; past maxSamples() kept, the stride doubles and every
///    other one goes, so the kept ones stay evenly spread over the whole run. Counts are totals,
///    so a dropped sample merges its two intervals into one whose rate is their average: the
///    series' integral is unchanged, and memory stays bounded (samples × PCollections).
///  - setStart(): the job's start (e.g. when it began RUNNING); the counts are taken as 0 then, so
///    what the first sample already counted is spread from the start to it and the integral is
///    the whole count. Without it, the series starts at the first sample.
///  - A count that goes down (a runner that restarted the work and counts again from 0) is taken
///    as a reset: the count keeps growing from the last value. A PCollection missing from a
///    sample keeps its last count; a missed sample makes one longer interval.
/// A plain value: cheap to copy.
class Throughput
{
public:
    static constexpr int DefaultMaxSamples = 600;

    /// One step of the line: `perSecond` elements per second from `fromMs` to `toMs`
    /// (milliseconds since the epoch, as the samples were given).
    struct Interval
    {
        qint64 fromMs = 0;
        qint64 toMs = 0;
        double perSecond = 0;
    };

    explicit Throughput(int maxSamples = DefaultMaxSamples);

    /// Names outputs by their steps and follows only main outputs.
    void setPipeline(const PipelineInfo &pipeline);
    bool hasPipeline() const { return !m_names.isEmpty(); }
    /// The job's start: all counts 0 then. Ignored at or after the first sample.
    void setStart(qint64 atMs);
    /// One GetJobMetrics answer at `atMs`. A sample not after the last one replaces its counts.
    void addSample(qint64 atMs, const QList<Metric> &metrics);

    int maxSamples() const { return m_maxSamples; }
    /// The samples kept (the start counts as one when set and earlier than the first).
    int sampleCount() const { return int(m_samples.size()); }
    /// Whether any sample had an element count (a runner without metrics gives none).
    bool hasElementCounts() const { return !m_last.isEmpty(); }

    /// The PCollection followed: the busiest output. Empty before any element count.
    QString busiest() const;
    /// Its step's name ("main.splitWords"), or without a pipeline its PCollection id.
    QString busiestName() const;
    /// Its count at the last sample (resets added back).
    qint64 total() const;
    /// Every main output's count at the last sample, by its step's name (without the pipeline:
    /// every PCollection's, by id).
    QHash<QString, qint64> totalsByName() const;
    /// Elements per second of the busiest output, one interval per pair of kept samples.
    QList<Interval> series() const;
    /// The area under series(), in elements: the count grown from the first kept sample (the
    /// start when set) to the last, i.e. total() when the start is set.
    double integral() const;
    qint64 firstMs() const { return m_samples.isEmpty() ? 0 : m_samples.constFirst().atMs; }
    qint64 lastMs() const { return m_samples.isEmpty() ? 0 : m_samples.constLast().atMs; }

private:
    struct Sample
    {
        qint64 atMs = 0;
        qint64 index = 0;              ///< how many samples came before it (the start is 0)
        QHash<QString, qint64> counts; ///< PCollection -> count, resets added back
    };
    void thin();
    qint64 countAt(const Sample &sample, const QString &pcollection) const;

    int m_maxSamples;
    QList<Sample> m_samples;
    qint64 m_added = 0;  ///< samples given so far (the start counts)
    qint64 m_stride = 1; ///< of the samples given, every m_stride-th is kept (and the last)
    qint64 m_startMs = -1;
    QHash<QString, qint64> m_last;    ///< PCollection -> its last raw count
    QHash<QString, qint64> m_offset;  ///< PCollection -> counts lost to resets
    QHash<QString, QString> m_names;  ///< main output PCollection -> its outermost step's name
    QHash<QString, std::pair<int, int>> m_rank; ///< main output PCollection -> its step's depth, order
};

} // namespace bl::jobs
