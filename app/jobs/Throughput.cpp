// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#include "Throughput.h"

#include "JobGraph.h"

#include <algorithm>
#include <cmath>

namespace bl::jobs {

namespace {

const QString ElementCount = QStringLiteral("beam:metric:element_count:v1");

} // namespace

Throughput::Throughput(int maxSamples)
    : m_maxSamples(std::max(maxSamples, 3))
{
}

void Throughput::setPipeline(const PipelineInfo &pipeline)
{
    m_names.clear();
    m_rank.clear();
    const JobGraph graph(pipeline);
    // Parents come before their parts: the outermost step whose main output a PCollection is
    // names it.
    int order = 0;
    for (const JobGraph::Step &step : graph.steps()) {
        ++order;
        if (!step.outputs.isEmpty() && !m_names.contains(step.outputs.constFirst())) {
            m_names.insert(step.outputs.constFirst(), step.name);
            m_rank.insert(step.outputs.constFirst(), {step.depth, order});
        }
    }
}

void Throughput::setStart(qint64 atMs)
{
    if (!m_samples.isEmpty() && atMs >= m_samples.constFirst().atMs)
        return;
    if (m_startMs >= 0) {
        m_samples.first().atMs = atMs; // an earlier start: the zero sample moves
    } else {
        // The zero sample comes before every other: the indexes move up by one.
        for (Sample &s : m_samples)
            ++s.index;
        ++m_added;
        Sample zero;
        zero.atMs = atMs;
        m_samples.prepend(zero);
    }
    m_startMs = atMs;
}

void Throughput::addSample(qint64 atMs, const QList<Metric> &metrics)
{
    if (!m_samples.isEmpty() && atMs < m_samples.constLast().atMs)
        return; // an answer that arrived late: the counts after it are newer
    // The values of this answer: committed preferred to attempted, of several the largest.
    QHash<QString, std::pair<bool, qint64>> values;
    const QString pcollection = QStringLiteral("PCOLLECTION");
    for (const Metric &m : metrics) {
        if (m.urn != ElementCount)
            continue;
        const QString pc = m.labels.value(pcollection);
        const auto n = m.number();
        if (pc.isEmpty() || !n)
            continue;
        const qint64 value = std::max<qint64>(0, std::llround(*n));
        auto it = values.find(pc);
        if (it == values.end())
            values.insert(pc, {m.committed, value});
        else if (m.committed && !it->first)
            *it = {true, value};
        else if (m.committed == it->first && value > it->second)
            it->second = value;
    }
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        const auto last = m_last.constFind(it.key());
        if (last != m_last.cend() && it->second < *last)
            m_offset[it.key()] += *last; // counted again from 0
        m_last.insert(it.key(), it->second);
    }
    Sample sample;
    sample.atMs = atMs;
    for (auto it = m_last.cbegin(); it != m_last.cend(); ++it)
        sample.counts.insert(it.key(), *it + m_offset.value(it.key()));
    if (!m_samples.isEmpty() && m_samples.constLast().atMs == atMs) {
        if (m_startMs == atMs && m_samples.size() == 1) {
            sample.atMs = atMs + 1; // a sample at the start itself: the zero stays before it
        } else {
            sample.index = m_samples.constLast().index;
            m_samples.last() = sample; // the same moment, newer counts
            return;
        }
    }
    // The last sample kept only for being the last gives way to the newer one.
    if (m_samples.size() > 1 && m_samples.constLast().index % m_stride != 0)
        m_samples.removeLast();
    sample.index = m_added++;
    m_samples.append(sample);
    thin();
}

void Throughput::thin()
{
    if (m_samples.size() <= m_maxSamples)
        return;
    m_stride *= 2;
    QList<Sample> kept;
    kept.reserve(m_samples.size() / 2 + 2);
    for (qsizetype i = 0; i < m_samples.size() - 1; ++i)
        if (m_samples.at(i).index % m_stride == 0)
            kept.append(m_samples.at(i));
    kept.append(m_samples.constLast());
    m_samples = kept;
}

qint64 Throughput::countAt(const Sample &sample, const QString &pcollection) const
{
    return sample.counts.value(pcollection, 0);
}

QString Throughput::busiest() const
{
    if (m_samples.isEmpty())
        return {};
    const Sample &last = m_samples.constLast();
    // With the pipeline known, only main outputs, while there is one with a count.
    const bool mainOnly = std::any_of(last.counts.keyBegin(), last.counts.keyEnd(),
                                      [this](const QString &pc) { return m_names.contains(pc); });
    QString best;
    qint64 most = -1;
    const auto before = [this](const QString &a, const QString &b) { // of two with the same count
        const auto ra = m_rank.constFind(a), rb = m_rank.constFind(b);
        if (ra != m_rank.cend() && rb != m_rank.cend() && *ra != *rb)
            return *ra < *rb;
        if ((ra != m_rank.cend()) != (rb != m_rank.cend()))
            return ra != m_rank.cend();
        return a < b;
    };
    for (auto it = last.counts.cbegin(); it != last.counts.cend(); ++it) {
        if (mainOnly && !m_names.contains(it.key()))
            continue;
        if (*it > most || (*it == most && before(it.key(), best))) {
            best = it.key();
            most = *it;
        }
    }
    return best;
}

QString Throughput::busiestName() const
{
    const QString pc = busiest();
    return m_names.value(pc, pc);
}

qint64 Throughput::total() const
{
    const QString pc = busiest();
    return pc.isEmpty() ? 0 : countAt(m_samples.constLast(), pc);
}

QHash<QString, qint64> Throughput::totalsByName() const
{
    QHash<QString, qint64> totals;
    if (m_samples.isEmpty())
        return totals;
    const Sample &last = m_samples.constLast();
    for (auto it = last.counts.cbegin(); it != last.counts.cend(); ++it) {
        if (m_names.isEmpty())
            totals.insert(it.key(), *it);
        else if (const auto name = m_names.constFind(it.key()); name != m_names.cend())
            totals.insert(*name, *it);
    }
    return totals;
}

QList<Throughput::Interval> Throughput::series() const
{
    QList<Interval> intervals;
    const QString pc = busiest();
    if (pc.isEmpty())
        return intervals;
    intervals.reserve(m_samples.size());
    for (qsizetype i = 1; i < m_samples.size(); ++i) {
        const Sample &a = m_samples.at(i - 1), &b = m_samples.at(i);
        const qint64 ms = b.atMs - a.atMs;
        if (ms <= 0)
            continue;
        intervals.append({a.atMs, b.atMs, double(countAt(b, pc) - countAt(a, pc)) * 1000.0 / double(ms)});
    }
    return intervals;
}

double Throughput::integral() const
{
    double sum = 0;
    for (const Interval &i : series())
        sum += i.perSecond * double(i.toMs - i.fromMs) / 1000.0;
    return sum;
}

} // namespace bl::jobs
