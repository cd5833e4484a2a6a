// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
//
// The Jobs view's counters (JobCountersView): each counter on the step of the job's pipeline it
// is about, in the pipeline's order, updated in place. The pipeline has the word-count sample's
// shape (wordCountPipeline: as GetPipeline gives it on Prism, PCollections "n1".."n7");
// the counters are what Prism's GetJobMetrics gives for it, with a runner's own label beside them.
//  - element counts are on the step whose output they count, step times on their transform,
//    a user counter on its DoFn's step; a runner's own label keeps its id, after the steps;
//  - before the pipeline is known (and on a service without GetPipeline) the runner's ids show;
//  - new numbers change the rows in place: the selection, the scroll position and the user's
//    sort stay; a counter that is no longer given goes; the value column sorts as numbers;
//  - committed and attempted values of one counter are told apart, several stages' one counter
//    shows once, its largest;
//  - a message takes the place of the counters.
#include "BeamVarint.h"
#include "JobCountersView.h"
#include "PipelineTransforms.h"

#include <QHeaderView>
#include <QScrollBar>
#include <QTest>

using namespace bl;
using namespace bl::jobs;
using namespace bl::test;
using namespace Qt::StringLiterals;

namespace {

Metric metric(const QString &urn, const QString &label, const QString &where, qint64 n, bool committed = false)
{
    Metric m;
    m.urn = urn;
    m.type = u"beam:metrics:sum_int64:v1"_s;
    m.labels.insert(label, where);
    m.payload = varint(quint64(n));
    m.committed = committed;
    return m;
}

Metric elements(const QString &pc, qint64 n, bool committed = false)
{
    return metric(u"beam:metric:element_count:v1"_s, u"PCOLLECTION"_s, pc, n, committed);
}

Metric msecs(const QString &t, qint64 n)
{
    return metric(u"beam:metric:ptransform_execution_time:total_msecs:v1"_s, u"PTRANSFORM"_s, t, n);
}

Metric user(const QString &t, const QString &ns, const QString &name, qint64 n)
{
    Metric m = metric(u"beam:metric:user:sum_int64:v1"_s, u"PTRANSFORM"_s, t, n);
    m.labels.insert(u"NAMESPACE"_s, ns);
    m.labels.insert(u"NAME"_s, name);
    return m;
}

Metric bytes(const QString &pc, qint64 count, qint64 sum)
{
    Metric m = metric(u"beam:metric:sampled_byte_size:v1"_s, u"PCOLLECTION"_s, pc, 0);
    m.type = u"beam:metrics:distribution_int64:v1"_s;
    m.payload = varint(quint64(count)) + varint(quint64(sum)) + varint(3) + varint(7);
    return m;
}

/// What the sample's job gives at its end, with `scale` times the elements (a job under way).
QList<Metric> counters(qint64 scale = 1)
{
    return {elements(u"n1"_s, 1 * scale), elements(u"n2"_s, 3 * scale), elements(u"n3"_s, 17 * scale),
            elements(u"n6"_s, 9 * scale), elements(u"n5"_s, 9 * scale), elements(u"n7"_s, 9 * scale),
            msecs(u"e4"_s, 40 * scale), msecs(u"e9"_s, 25 * scale), msecs(u"e10"_s, 3 * scale),
            user(u"e4"_s, u"main"_s, u"lines"_s, 3 * scale), bytes(u"n3"_s, 17, 80),
            metric(u"beam:metric:data_channel:read_index:v1"_s, u"PTRANSFORM"_s, u"stage-001_source"_s, 2)};
}

QStringList column(const QTreeWidget &view, int c)
{
    QStringList out;
    for (int i = 0; i < view.topLevelItemCount(); ++i)
        out << view.topLevelItem(i)->text(c);
    return out;
}

} // namespace

class TestJobCounters : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void countersOnTheirStepsInThePipelinesOrder()
    {
        JobCountersView view;
        view.setMetrics(counters());
        // The pipeline not known yet: the runner's ids.
        QVERIFY(!view.hasPipeline());
        QVERIFY(view.row(u"n3"_s, u"Elements"_s));
        QCOMPARE(view.row(u"n3"_s, u"Elements"_s)->text(JobCountersView::ValueColumn), u"17"_s);
        QVERIFY(view.row(u"n3"_s, u"Elements"_s)->toolTip(JobCountersView::StepColumn).contains(u"not known"_s));

        view.setPipeline(wordCountPipeline());
        QVERIFY(view.hasPipeline());
        QCOMPARE(view.topLevelItemCount(), counters().size());
        QVERIFY(!view.row(u"n3"_s, u"Elements"_s));
        const QTreeWidgetItem *words = view.row(u"main.splitWords"_s, u"Elements"_s);
        QVERIFY(words);
        QCOMPARE(words->text(JobCountersView::ValueColumn), u"17"_s);
        QVERIFY(words->toolTip(JobCountersView::StepColumn).contains(u"n3"_s)); // the id is still there to see
        QCOMPARE(view.row(u"main.formatCount"_s, u"Elements"_s)->text(JobCountersView::ValueColumn), u"9"_s);
        QCOMPARE(view.row(u"stats.Count/CombinePerKey/Merge"_s, u"Elements"_s)->text(JobCountersView::ValueColumn), u"9"_s);
        QCOMPARE(view.row(u"main.splitWords"_s, u"main/lines"_s)->text(JobCountersView::ValueColumn), u"3"_s);
        QCOMPARE(view.row(u"main.splitWords"_s, u"Time (ms)"_s)->text(JobCountersView::ValueColumn),
                 u"40"_s);
        // Beam's own counters by what they tell, their urn in the tooltip; a distribution's sum.
        QVERIFY(view.row(u"main.splitWords"_s, u"Time (ms)"_s)->toolTip(JobCountersView::CounterColumn)
                    .contains(u"beam:metric:ptransform_execution_time:total_msecs:v1"_s));
        const QTreeWidgetItem *sampled = view.row(u"main.splitWords"_s, u"Bytes (sampled)"_s);
        QVERIFY(sampled);
        QCOMPARE(sampled->text(JobCountersView::ValueColumn), u"80"_s);
        QCOMPARE(sampled->toolTip(JobCountersView::ValueColumn), u"count 17 sum 80 min 3 max 7"_s);
        const QTreeWidgetItem *own = view.row(u"stage-001_source"_s, u"read_index"_s);
        QVERIFY(own);
        QVERIFY(own->toolTip(JobCountersView::StepColumn).contains(u"runner's own label"_s));
        // The pipeline's order (reads, words, count, format), the runner's own label last.
        const QStringList steps = column(view, JobCountersView::StepColumn);
        QCOMPARE(steps.first(), u"textio.Read/Impulse"_s);
        QCOMPARE(steps.last(), u"stage-001_source"_s);
        QVERIFY(steps.indexOf(u"main.splitWords"_s) < steps.indexOf(u"stats.Count/CombinePerKey/GBK"_s));
        QVERIFY(steps.indexOf(u"stats.Count/CombinePerKey/Merge"_s) < steps.indexOf(u"main.formatCount"_s));
        QVERIFY(steps.lastIndexOf(u"main.formatCount"_s) < steps.indexOf(u"stage-001_source"_s));
        // A step's counters: the user's own first, then elements, bytes, times.
        QStringList ofWords;
        for (int i = 0; i < view.topLevelItemCount(); ++i)
            if (view.topLevelItem(i)->text(JobCountersView::StepColumn) == u"main.splitWords"_s)
                ofWords << view.topLevelItem(i)->text(JobCountersView::CounterColumn);
        QCOMPARE(ofWords, (QStringList{u"main/lines"_s, u"Elements"_s, u"Bytes (sampled)"_s, u"Time (ms)"_s}));
    }

    void newNumbersUpdateTheRowsInPlace()
    {
        JobCountersView view;
        view.resize(500, 90); // a few rows show: the rest is scrolled to
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setPipeline(wordCountPipeline());
        view.setMetrics(counters(1));
        QTreeWidgetItem *words = view.row(u"main.splitWords"_s, u"Elements"_s);
        view.setCurrentItem(words);
        QScrollBar *bar = view.verticalScrollBar();
        QVERIFY(bar->maximum() > 0);
        bar->setValue(bar->maximum());
        const int scrolled = bar->value();

        view.setMetrics(counters(5));
        QCOMPARE(view.row(u"main.splitWords"_s, u"Elements"_s), words); // the same row
        QCOMPARE(words->text(JobCountersView::ValueColumn), u"85"_s);
        QCOMPARE(view.currentItem(), words);
        QVERIFY(words->isSelected());
        QCOMPARE(bar->value(), scrolled);

        // Sorted by value by the user: as numbers (200 and 125 ms above 85 elements, above 45
        // and 15: as text, 85 would come first), and it stays so.
        view.sortByColumn(JobCountersView::ValueColumn, Qt::DescendingOrder);
        QCOMPARE(view.topLevelItem(0)->text(JobCountersView::ValueColumn), u"200"_s); // 40 ms * 5
        QCOMPARE(view.topLevelItem(1)->text(JobCountersView::ValueColumn), u"125"_s);
        QCOMPARE(view.topLevelItem(2), words);
        QCOMPARE(view.topLevelItem(view.topLevelItemCount() - 1)->text(JobCountersView::ValueColumn), u"2"_s);
        view.setMetrics(counters(6));
        QCOMPARE(view.header()->sortIndicatorSection(), int(JobCountersView::ValueColumn));
        QCOMPARE(view.topLevelItem(0)->text(JobCountersView::ValueColumn), u"240"_s);
        QCOMPARE(view.topLevelItem(2), words);

        // A counter no longer given goes; the others stay.
        QList<Metric> fewer = counters(6);
        fewer.removeLast();
        view.setMetrics(fewer);
        QVERIFY(!view.row(u"stage-001_source"_s, u"read_index"_s));
        QCOMPARE(view.topLevelItemCount(), fewer.size());
        QCOMPARE(view.row(u"main.splitWords"_s, u"Elements"_s), words);
    }

    void committedAndAttemptedApartStagesOnce()
    {
        JobCountersView view;
        view.setPipeline(wordCountPipeline());
        // One PCollection counted by two stages (attempted), and committed once.
        view.setMetrics({elements(u"n3"_s, 12), elements(u"n3"_s, 17), elements(u"n3"_s, 16, true)});
        QCOMPARE(view.topLevelItemCount(), 2);
        QCOMPARE(view.row(u"main.splitWords"_s, u"Elements (attempted)"_s)->text(JobCountersView::ValueColumn),
                 u"17"_s);
        QCOMPARE(view.row(u"main.splitWords"_s, u"Elements (committed)"_s)->text(JobCountersView::ValueColumn),
                 u"16"_s);
        // Only attempted values: no word about it.
        view.setMetrics({elements(u"n3"_s, 17)});
        QCOMPARE(view.topLevelItemCount(), 1);
        QVERIFY(view.row(u"main.splitWords"_s, u"Elements"_s));
    }

    void aMessageInsteadOfCounters()
    {
        JobCountersView view;
        view.setPipeline(wordCountPipeline());
        view.setMetrics(counters());
        view.showMessage(u"This job service gives no counters."_s);
        QCOMPARE(view.topLevelItemCount(), 1);
        QCOMPARE(view.topLevelItem(0)->text(JobCountersView::StepColumn), u"This job service gives no counters."_s);
        QVERIFY(!view.hasPipeline()); // another job's counters come with their own pipeline
        view.setMetrics(counters());
        QCOMPARE(view.topLevelItemCount(), counters().size());
        QVERIFY(view.row(u"n3"_s, u"Elements"_s));
        view.showMessage(QString());
        QCOMPARE(view.topLevelItemCount(), 0);
    }
};

QTEST_MAIN(TestJobCounters)
#include "tst_jobcounters.moc"
