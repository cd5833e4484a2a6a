// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
//
// Throughput: a job's busiest output in elements per second over its whole run, from timestamped
// GetJobMetrics answers. The pipeline has the word-count sample's shape (17 words read, 9 distinct
// counted); the numbers are the sample's.
#include "BeamVarint.h"
#include "PipelineTransforms.h"
#include "jobs/Throughput.h"

#include <QTest>

using namespace bl::jobs;
using namespace bl::test;
using namespace Qt::StringLiterals;

namespace {

PipelineInfo wordCount()
{
    PipelineInfo p;
    const auto add = [&p](const PipelineTransform &t) { p.transforms.insert(t.id, t); };
    add(transform(u"e1"_s, u"textio.Read"_s, {u"e2"_s, u"e3"_s}, {}, {{u"i0"_s, u"n2"_s}}));
    add(transform(u"e2"_s, u"textio.Read/Impulse"_s, {}, {}, {{u"i0"_s, u"n1"_s}}));
    add(transform(u"e3"_s, u"textio.Read/readFn"_s, {}, {{u"i0"_s, u"n1"_s}}, {{u"i0"_s, u"n2"_s}}));
    add(transform(u"e4"_s, u"main.splitWords"_s, {}, {{u"i0"_s, u"n2"_s}}, {{u"i0"_s, u"n3"_s}}));
    add(transform(u"e5"_s, u"stats.Count"_s, {u"e6"_s}, {{u"i0"_s, u"n3"_s}}, {{u"i0"_s, u"n5"_s}}));
    add(transform(u"e6"_s, u"stats.Count/CombinePerKey"_s, {}, {{u"i0"_s, u"n3"_s}},
                  {{u"i0"_s, u"n5"_s}, {u"i1"_s, u"n9"_s}}));
    add(transform(u"e10"_s, u"main.formatCount"_s, {}, {{u"i0"_s, u"n5"_s}}, {{u"i0"_s, u"n7"_s}}));
    add(transform(u"e11"_s, u"textio.Write"_s, {}, {{u"i0"_s, u"n7"_s}}, {}));
    for (const QString &n : {u"n1"_s, u"n2"_s, u"n3"_s, u"n5"_s, u"n7"_s, u"n9"_s})
        p.pcollections.insert(n, u"pc_"_s + n);
    p.rootTransformIds = {u"e1"_s, u"e4"_s, u"e5"_s, u"e10"_s, u"e11"_s};
    return p;
}

Metric count(const QString &pcollection, qint64 n, bool committed = false)
{
    Metric m;
    m.urn = u"beam:metric:element_count:v1"_s;
    m.type = u"beam:metrics:sum_int64:v1"_s;
    m.labels.insert(u"PCOLLECTION"_s, pcollection);
    m.payload = varint(quint64(n));
    m.committed = committed;
    return m;
}

Metric msecs(const QString &transform, qint64 n)
{
    Metric m;
    m.urn = u"beam:metric:ptransform_execution_time:total_msecs:v1"_s;
    m.type = u"beam:metrics:sum_int64:v1"_s;
    m.labels.insert(u"PTRANSFORM"_s, transform);
    m.payload = varint(quint64(n));
    return m;
}

constexpr qint64 T0 = 1'765'000'000'000; // a job's start, ms since the epoch

} // namespace

class TestThroughput : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    /// The sample's run sampled each second: 4 lines, 17 words, 9 distinct.
    void followsTheBusiestMainOutput()
    {
        Throughput t;
        t.setPipeline(wordCount());
        t.setStart(T0);
        t.addSample(T0 + 1000, {count(u"n1"_s, 1), count(u"n2"_s, 2), count(u"n3"_s, 8)});
        t.addSample(T0 + 2000, {count(u"n1"_s, 1), count(u"n2"_s, 4), count(u"n3"_s, 17), count(u"n5"_s, 3)});
        t.addSample(T0 + 3000, {count(u"n1"_s, 1), count(u"n2"_s, 4), count(u"n3"_s, 17), count(u"n5"_s, 9),
                                count(u"n7"_s, 9), msecs(u"e4"_s, 40)});
        QVERIFY(t.hasElementCounts());
        QCOMPARE(t.busiest(), u"n3"_s);
        QCOMPARE(t.busiestName(), u"main.splitWords"_s);
        QCOMPARE(t.total(), 17);
        const QList<Throughput::Interval> s = t.series();
        QCOMPARE(s.size(), 3);
        QCOMPARE(s.at(0).fromMs, T0);
        QCOMPARE(s.at(0).toMs, T0 + 1000);
        QCOMPARE(s.at(0).perSecond, 8.0);
        QCOMPARE(s.at(1).perSecond, 9.0);
        QCOMPARE(s.at(2).perSecond, 0.0);
        QCOMPARE(t.integral(), 17.0);
    }

    /// A composite's main output is named by the outermost step (as the Graph tab counts it);
    /// an output that is nobody's main output is not followed while a main output has a count.
    void namesByOutermostStepAndPrefersMainOutputs()
    {
        Throughput t;
        t.setPipeline(wordCount());
        t.setStart(T0);
        t.addSample(T0 + 500, {count(u"n5"_s, 9), count(u"n9"_s, 500)}); // n9: a side output
        QCOMPARE(t.busiest(), u"n5"_s);
        QCOMPARE(t.busiestName(), u"stats.Count"_s);
        QCOMPARE(t.total(), 9);
        QCOMPARE(t.totalsByName().value(u"stats.Count"_s), 9);
        QVERIFY(!t.totalsByName().contains(u"stats.Count/CombinePerKey"_s));
        // Without the pipeline, every PCollection counts, named by its id.
        Throughput bare;
        bare.addSample(T0, {count(u"n5"_s, 9), count(u"n9"_s, 500)});
        QCOMPARE(bare.busiest(), u"n9"_s);
        QCOMPARE(bare.busiestName(), u"n9"_s);
    }

    /// Two outputs with the same count: the outer step's, then the first in the pipeline (the
    /// sample's 17 words, and the 17 words paired with 1 inside stats.Count).
    void tiesGoToTheOuterAndEarlierStep()
    {
        PipelineInfo p = wordCount();
        p.transforms[u"e6"_s].subtransforms = {u"e7"_s};
        p.transforms.insert(u"e7"_s, transform(u"e7"_s, u"stats.Count/CombinePerKey/mapFn"_s, {}, {{u"i0"_s, u"n3"_s}},
                                               {{u"i0"_s, u"n0"_s}}));
        p.pcollections.insert(u"n0"_s, u"pc_n0"_s);
        Throughput t;
        t.setPipeline(p);
        t.addSample(T0, {count(u"n0"_s, 17), count(u"n3"_s, 17), count(u"n7"_s, 17)});
        QCOMPARE(t.busiestName(), u"main.splitWords"_s);
        QCOMPARE(t.totalsByName().value(u"stats.Count/CombinePerKey/mapFn"_s), 17);
    }

    /// When another output overtakes, the line is the new one's over the whole run, not a
    /// switch half-way.
    void switchesToTheNewBusiestOverTheWholeRun()
    {
        Throughput t;
        t.addSample(T0, {count(u"a"_s, 0), count(u"b"_s, 0)});
        t.addSample(T0 + 1000, {count(u"a"_s, 10), count(u"b"_s, 2)});
        QCOMPARE(t.busiest(), u"a"_s);
        t.addSample(T0 + 2000, {count(u"a"_s, 10), count(u"b"_s, 30)});
        QCOMPARE(t.busiest(), u"b"_s);
        const QList<Throughput::Interval> s = t.series();
        QCOMPARE(s.size(), 2);
        QCOMPARE(s.at(0).perSecond, 2.0);
        QCOMPARE(s.at(1).perSecond, 28.0);
        QCOMPARE(t.integral(), 30.0);
    }

    /// Committed values are preferred; of several (one per stage), the largest counts once.
    void committedAndSeveralValues()
    {
        Throughput t;
        t.setStart(T0);
        t.addSample(T0 + 2000, {count(u"a"_s, 50), count(u"a"_s, 40, true), count(u"a"_s, 30, true)});
        QCOMPARE(t.total(), 40);
        QCOMPARE(t.series().constFirst().perSecond, 20.0);
    }

    /// Without the start, the first sample's counts are where the line starts: its area is what
    /// was counted after it.
    void withoutStartTheLineBeginsAtTheFirstSample()
    {
        Throughput t;
        t.addSample(T0 + 1000, {count(u"a"_s, 100)});
        QVERIFY(t.series().isEmpty());
        QCOMPARE(t.integral(), 0.0);
        t.addSample(T0 + 3000, {count(u"a"_s, 160)});
        QCOMPARE(t.series().size(), 1);
        QCOMPARE(t.series().constFirst().perSecond, 30.0);
        QCOMPARE(t.integral(), 60.0);
        // A start given late (the job's GetState time came after its first sample) still counts.
        t.setStart(T0);
        QCOMPARE(t.integral(), 160.0);
        QCOMPARE(t.series().constFirst().perSecond, 100.0);
        t.setStart(T0 + 5000); // after the first sample: ignored
        QCOMPARE(t.firstMs(), T0);
    }

    /// A count that goes down was counted again from 0 (a retried bundle, a restarted worker):
    /// the line goes on from the last value, never below 0.
    void resetsAreAddedBack()
    {
        Throughput t;
        t.setStart(T0);
        t.addSample(T0 + 1000, {count(u"a"_s, 100)});
        t.addSample(T0 + 2000, {count(u"a"_s, 20)}); // reset: 20 new ones
        t.addSample(T0 + 3000, {count(u"a"_s, 50)});
        QCOMPARE(t.total(), 150);
        const QList<Throughput::Interval> s = t.series();
        QCOMPARE(s.at(0).perSecond, 100.0);
        QCOMPARE(s.at(1).perSecond, 20.0);
        QCOMPARE(s.at(2).perSecond, 30.0);
        for (const Throughput::Interval &i : s)
            QVERIFY(i.perSecond >= 0);
        QCOMPARE(t.integral(), 150.0);
    }

    /// A sample without the count (the runner left it out, a call that failed) keeps the last
    /// count: a missed second is one longer interval at the average rate.
    void missingSamplesAndCounts()
    {
        Throughput t;
        t.setStart(T0);
        t.addSample(T0 + 1000, {count(u"a"_s, 10)});
        t.addSample(T0 + 2000, {msecs(u"e1"_s, 5)}); // no element count in it
        t.addSample(T0 + 5000, {count(u"a"_s, 40)}); // two samples missed
        const QList<Throughput::Interval> s = t.series();
        QCOMPARE(s.size(), 3);
        QCOMPARE(s.at(1).perSecond, 0.0);
        QCOMPARE(s.at(2).perSecond, 10.0);
        QCOMPARE(s.at(2).toMs - s.at(2).fromMs, 3000);
        QCOMPARE(t.integral(), 40.0);
    }

    /// An answer older than the last sample is dropped; one at the same time replaces it.
    void lateAndEqualTimes()
    {
        Throughput t;
        t.setStart(T0);
        t.addSample(T0 + 2000, {count(u"a"_s, 10)});
        t.addSample(T0 + 1000, {count(u"a"_s, 99)}); // late
        QCOMPARE(t.total(), 10);
        t.addSample(T0 + 2000, {count(u"a"_s, 12)});
        QCOMPARE(t.sampleCount(), 2);
        QCOMPARE(t.total(), 12);
        // A sample at the very start keeps the zero before it.
        Throughput s;
        s.setStart(T0);
        s.addSample(T0, {count(u"a"_s, 4)});
        QCOMPARE(s.sampleCount(), 2);
        QCOMPARE(s.integral(), 4.0);
    }

    /// A runner without metrics: no element counts, no line.
    void noElementCounts()
    {
        Throughput t;
        t.setStart(T0);
        t.addSample(T0 + 1000, {});
        t.addSample(T0 + 2000, {msecs(u"e1"_s, 5)});
        QVERIFY(!t.hasElementCounts());
        QVERIFY(t.busiest().isEmpty());
        QCOMPARE(t.total(), 0);
        QVERIFY(t.series().isEmpty());
        QCOMPARE(t.integral(), 0.0);
    }

    /// A long run: at most maxSamples() samples, thinned evenly over the whole run (the start
    /// and the last kept), with the area unchanged.
    void longRunsAreThinnedEvenlyWithTheSameArea()
    {
        Throughput t(600);
        t.setStart(T0);
        qint64 n = 0;
        const int seconds = 3 * 3600; // three hours, a sample a second
        for (int s = 1; s <= seconds; ++s) {
            n += (s % 7) * 13 + (s / 600); // an uneven, growing rate
            t.addSample(T0 + s * 1000LL, {count(u"a"_s, n)});
            QVERIFY(t.sampleCount() <= 600);
        }
        QVERIFY(t.sampleCount() >= 300);
        QCOMPARE(t.firstMs(), T0);
        QCOMPARE(t.lastMs(), T0 + seconds * 1000LL);
        QCOMPARE(t.total(), n);
        QVERIFY(qAbs(t.integral() - double(n)) < 1e-6 * double(n));
        // Evenly: every interval but the last (up to the newest sample) as long as another.
        const QList<Throughput::Interval> s = t.series();
        qint64 shortest = std::numeric_limits<qint64>::max(), longest = 0;
        for (const Throughput::Interval &i : s.first(s.size() - 1)) {
            shortest = std::min(shortest, i.toMs - i.fromMs);
            longest = std::max(longest, i.toMs - i.fromMs);
        }
        QVERIFY2(longest == shortest, qPrintable(u"%1 ms to %2 ms"_s.arg(shortest).arg(longest)));
        // The early part of the run is still there (not a sliding window).
        QCOMPARE(s.constFirst().fromMs, T0);
        QVERIFY(s.constFirst().toMs - T0 <= 60'000);
    }
};

QTEST_GUILESS_MAIN(TestThroughput)
#include "tst_throughput.moc"
