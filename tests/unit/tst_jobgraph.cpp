// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
//
// JobGraph: a job's pipeline (as GetPipeline gives it) with GetJobMetrics' numbers on its steps,
// and its DOT text. The pipeline here has the word-count sample's shape: composites (a read, a
// count holding a combine) around primitive steps, a sink without outputs.
#include "BeamVarint.h"
#include "PipelineTransforms.h"
#include "jobs/JobGraph.h"
#include "pipeline/PipelineGraph.h"

#include <QTest>

using namespace bl::jobs;
using namespace bl::test;
using namespace Qt::StringLiterals;

namespace {

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

Metric bytes(const QString &pcollection, qint64 count, qint64 sum)
{
    Metric m;
    m.urn = u"beam:metric:sampled_byte_size:v1"_s;
    m.type = u"beam:metrics:distribution_int64:v1"_s;
    m.labels.insert(u"PCOLLECTION"_s, pcollection);
    m.payload = varint(quint64(count)) + varint(quint64(sum)) + varint(1) + varint(9);
    return m;
}

QList<Metric> sampleMetrics()
{
    return {count(u"n1"_s, 1),  count(u"n2"_s, 3),  count(u"n3"_s, 17), count(u"n4"_s, 17),
            count(u"n6"_s, 9),  count(u"n5"_s, 9),  count(u"n7"_s, 9),  msecs(u"e4"_s, 40),
            msecs(u"e9"_s, 25), msecs(u"e8"_s, 5),  msecs(u"e3"_s, 7),  bytes(u"n3"_s, 17, 85),
            count(u"elsewhere"_s, 99), msecs(u"nope"_s, 1000)};
}

} // namespace

class TestJobGraph : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void stepsInOrderWithParents()
    {
        const JobGraph g(wordCountPipeline());
        QStringList names;
        for (const JobGraph::Step &s : g.steps())
            names << s.name;
        QCOMPARE(names, (QStringList{u"textio.Read"_s, u"textio.Read/Impulse"_s, u"textio.Read/readFn"_s,
                                     u"main.splitWords"_s, u"stats.Count"_s, u"stats.Count/mapFn"_s,
                                     u"stats.Count/CombinePerKey"_s, u"stats.Count/CombinePerKey/GBK"_s,
                                     u"stats.Count/CombinePerKey/Merge"_s, u"main.formatCount"_s,
                                     u"textio.Write"_s}));
        QCOMPARE(g.leafCount(), 8);
        QCOMPARE(g.step(u"e8"_s)->parent, u"e7"_s);
        QCOMPARE(g.step(u"e8"_s)->depth, 2);
        QCOMPARE(g.step(u"e8"_s)->label, u"GBK"_s);
        QVERIFY(g.step(u"e7"_s)->isComposite());
        QVERIFY(!g.hasMetrics());
    }

    void metricsOnSteps()
    {
        JobGraph g(wordCountPipeline());
        QVERIFY(g.applyMetrics(sampleMetrics()));
        QCOMPARE(g.step(u"e4"_s)->elements, 17); // splitWords' output: the words
        QCOMPARE(g.step(u"e5"_s)->elements, 9);  // the count's output: distinct words
        QCOMPARE(g.step(u"e11"_s)->elements, 9); // a sink: its input
        QCOMPARE(g.step(u"e4"_s)->bytes, 85);
        QCOMPARE(g.step(u"e4"_s)->msecs, 40.0);
        QCOMPARE(g.step(u"e7"_s)->msecs, 30.0); // a composite's time: its parts'
        QCOMPARE(g.step(u"e5"_s)->msecs, 30.0);
        QVERIFY(!g.step(u"e10"_s)->msecs);
        QCOMPARE(g.busiest(2), (QStringList{u"e4"_s, u"e9"_s}));
        // No time said (Prism's 0 ms for quick steps): the most elements, ties by name.
        JobGraph quick(wordCountPipeline());
        quick.applyMetrics({count(u"n3"_s, 17), count(u"n4"_s, 17), count(u"n5"_s, 9), msecs(u"e4"_s, 0)});
        QCOMPARE(quick.busiest(3), (QStringList{u"e4"_s, u"e6"_s, u"e9"_s}));
        QCOMPARE(g.elementsOf(u"n3"_s), 17);
        QVERIFY(!g.elementsOf(u"elsewhere"_s));
    }

    void metricsNameTheirSteps()
    {
        const JobGraph g(wordCountPipeline());
        const auto nameOf = [&g](const Metric &m) {
            const JobGraph::Step *s = g.stepOf(m);
            return s ? s->name : u"(none)"_s;
        };
        QCOMPARE(nameOf(count(u"n3"_s, 17)), u"main.splitWords"_s);      // its output
        QCOMPARE(nameOf(bytes(u"n3"_s, 17, 85)), u"main.splitWords"_s);
        QCOMPARE(nameOf(count(u"n5"_s, 9)), u"stats.Count/CombinePerKey/Merge"_s); // the primitive, not its composites
        QCOMPARE(nameOf(msecs(u"e10"_s, 3)), u"main.formatCount"_s);
        Metric user = msecs(u"e4"_s, 2);
        user.urn = u"beam:metric:user:sum_int64:v1"_s;
        user.labels.insert(u"NAMESPACE"_s, u"main.splitWords"_s);
        user.labels.insert(u"NAME"_s, u"empty_lines"_s);
        QCOMPARE(nameOf(user), u"main.splitWords"_s);
        QCOMPARE(user.kindName(), u"main.splitWords/empty_lines"_s);
        QCOMPARE(count(u"n3"_s, 1).kindName(), u"element_count"_s);
        // A runner's own labels are no step of the pipeline.
        QCOMPARE(nameOf(count(u"elsewhere"_s, 99)), u"(none)"_s);
        QCOMPARE(nameOf(msecs(u"stage-001_source"_s, 1)), u"(none)"_s);
        QCOMPARE(g.indexOf(u"e4"_s), 3);
        QCOMPARE(g.indexOf(u"stage-001_source"_s), -1);
        // A PCollection that no step outputs: the step that reads it.
        PipelineInfo p;
        p.transforms.insert(u"s1"_s, transform(u"s1"_s, u"sink"_s, {}, {{u"i0"_s, u"in"_s}}, {}));
        p.pcollections.insert(u"in"_s, u"in"_s);
        p.rootTransformIds = {u"s1"_s};
        const JobGraph sink(p);
        QVERIFY(sink.stepOf(count(u"in"_s, 1)));
        QCOMPARE(sink.stepOf(count(u"in"_s, 1))->name, u"sink"_s);
    }

    void committedWinsAndDuplicatesCountOnce()
    {
        JobGraph g(wordCountPipeline());
        g.applyMetrics({count(u"n3"_s, 20), count(u"n3"_s, 17, true), count(u"n3"_s, 16, true), count(u"n5"_s, 4),
                        count(u"n5"_s, 9)});
        QCOMPARE(g.elementsOf(u"n3"_s), 17);
        QCOMPARE(g.elementsOf(u"n5"_s), 9);
        // Numbers are replaced, not added to, by the next answer.
        g.applyMetrics({count(u"n3"_s, 3)});
        QCOMPARE(g.elementsOf(u"n3"_s), 3);
        QVERIFY(!g.elementsOf(u"n5"_s));
    }

    void noMetricsForThisPipeline()
    {
        JobGraph g(wordCountPipeline());
        QVERIFY(!g.applyMetrics({count(u"other"_s, 3), msecs(u"x"_s, 4)}));
        QVERIFY(!g.hasMetrics());
        QVERIFY(!g.toDot().contains(u"elements"_s));
    }

    void dotLabelsAndEdges()
    {
        JobGraph g(wordCountPipeline());
        g.applyMetrics(sampleMetrics());
        const QString dot = g.toDot();
        QVERIFY2(dot.contains(u"\"e4\" [label=\"main.splitWords\\n17 elements\\n40 ms\""_s), qPrintable(dot));
        QVERIFY2(dot.contains(u"subgraph \"cluster_e5\""_s), qPrintable(dot));
        QVERIFY2(dot.contains(u"\"e4\" -> \"e6\" [tooltip=\"pc3\", label=\" 17\"]"_s), qPrintable(dot));
        QVERIFY2(dot.contains(u"\"e3\" -> \"e4\""_s), qPrintable(dot));
        QVERIFY2(dot.contains(u"\"e10\" -> \"e11\" [tooltip=\"pc7\", label=\" 9\"]"_s), qPrintable(dot));
        QVERIFY2(dot.contains(u"fillcolor=\"#fdd49e\""_s), qPrintable(dot)); // the busiest marked

        // Collapsed: stats.Count is one box; edges go to and from it, none inside it.
        JobGraph::DotOptions options;
        options.collapsed = {u"e5"_s};
        const QString collapsed = g.toDot(options);
        QVERIFY(!collapsed.contains(u"cluster_e5"_s));
        QVERIFY(!collapsed.contains(u"\"e6\""_s));
        QVERIFY2(collapsed.contains(u"\"e5\" [label=\"stats.Count\\n9 elements\\n30 ms\""_s), qPrintable(collapsed));
        QVERIFY2(collapsed.contains(u"\"e4\" -> \"e5\" [tooltip=\"pc3\", label=\" 17\"]"_s), qPrintable(collapsed));
        QVERIFY2(collapsed.contains(u"\"e5\" -> \"e10\""_s), qPrintable(collapsed));
        QCOMPARE(collapsed.count(u"\"e4\" -> \"e5\""_s), 1);
    }

    void quotesInNames()
    {
        PipelineInfo p;
        p.transforms.insert(u"a"_s, transform(u"a"_s, u"say \"hi\"\\"_s, {}, {}, {}));
        const QString dot = JobGraph(p).toDot();
        QVERIFY2(dot.contains(u"label=\"say \\\"hi\\\"\\\\\""_s), qPrintable(dot));
    }

    void timeText()
    {
        QCOMPARE(JobGraph::timeText(12.4), u"12 ms"_s);
        QCOMPARE(JobGraph::timeText(3400), u"3.4 s"_s);
        QCOMPARE(JobGraph::timeText(125000), u"2 min 5 s"_s);
    }

    void laidOutByGraphviz()
    {
        JobGraph g(wordCountPipeline());
        g.applyMetrics(sampleMetrics());
        QString error;
        const QByteArray svg = JobGraph::layOut(bl::PipelineGraph::findGraphviz(), g.toDot(), 30000, &error);
        QVERIFY2(!svg.isEmpty(), qPrintable(error));
        QVERIFY(svg.contains("<svg"));
        QVERIFY(svg.contains("17 elements"));
        // No Graphviz: said, nothing drawn.
        QVERIFY(JobGraph::layOut(QString(), g.toDot(), 1000, &error).isEmpty());
        QVERIFY(error.contains(u"Graphviz"_s));
        // Graphviz refusing the text: its words.
        QVERIFY(JobGraph::layOut(bl::PipelineGraph::findGraphviz(), u"digraph {"_s, 30000, &error).isEmpty());
        QVERIFY2(error.contains(u"syntax"_s), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestJobGraph)
#include "tst_jobgraph.moc"
