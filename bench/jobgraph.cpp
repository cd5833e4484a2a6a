// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
//
// Benchmark 11: the live job graph's cost on the GUI thread. A pipeline of STEPS primitive steps
// (in composites of 5, one chain) is shown in the Graph tab's JobGraphView; then REFRESHES
// GetJobMetrics answers (an element count per PCollection, a time per step, all changing each
// time) arrive every INTERVAL ms, as they would from a runner. Prints, per refresh, the GUI
// thread's time for it (numbers onto the graph and the step list, the DOT text handed to the
// layout thread), as wall-clock time and as the GUI thread's own CPU time (on a loaded machine
// the difference is other processes'): median, 95th percentile and worst; the time to paint the shown picture; how
// many pictures Graphviz laid out (on a pool thread) and how long one took from refresh to
// screen; and the worst lateness of a 5 ms timer meanwhile. Numbers are printed, never judged.
//
//   bench_jobgraph [STEPS] [REFRESHES] [INTERVAL]   (defaults 200 100 100; QT_QPA_PLATFORM picks the platform)
#include "BeamVarint.h"
#include "GraphPanel.h"
#include "JobGraphView.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QImage>
#include <QPainter>
#include <QTimer>
#include <QTreeWidget>

#include <algorithm>
#include <cstdio>
#include <ctime>

using namespace bl;
using namespace bl::test;
using namespace bl::jobs;

namespace {

/// STEPS primitive steps in composites of five, one after another: c0/s0 -> c0/s1 -> ... -> c1/s0 ...
PipelineInfo pipeline(int steps)
{
    PipelineInfo p;
    QString previous;
    for (int c = 0; c * 5 < steps; ++c) {
        PipelineTransform composite;
        composite.id = QStringLiteral("c%1").arg(c);
        composite.uniqueName = QStringLiteral("stage%1").arg(c);
        for (int i = c * 5; i < std::min(steps, c * 5 + 5); ++i) {
            PipelineTransform t;
            t.id = QStringLiteral("t%1").arg(i);
            t.uniqueName = composite.uniqueName + QStringLiteral("/main.step%1").arg(i);
            const QString out = QStringLiteral("n%1").arg(i);
            if (!previous.isEmpty())
                t.inputs.insert(QStringLiteral("i0"), previous);
            t.outputs.insert(QStringLiteral("i0"), out);
            p.pcollections.insert(out, t.uniqueName + QStringLiteral(".out"));
            composite.subtransforms << t.id;
            p.transforms.insert(t.id, t);
            previous = out;
        }
        p.transforms.insert(composite.id, composite);
        p.rootTransformIds << composite.id;
    }
    return p;
}

QList<Metric> metrics(int steps, int round)
{
    QList<Metric> list;
    for (int i = 0; i < steps; ++i) {
        Metric count;
        count.urn = QStringLiteral("beam:metric:element_count:v1");
        count.type = QStringLiteral("beam:metrics:sum_int64:v1");
        count.labels.insert(QStringLiteral("PCOLLECTION"), QStringLiteral("n%1").arg(i));
        count.payload = varint(quint64(round) * 1000 + quint64(i) * 7);
        list << count;
        Metric time;
        time.urn = QStringLiteral("beam:metric:ptransform_execution_time:total_msecs:v1");
        time.type = QStringLiteral("beam:metrics:sum_int64:v1");
        time.labels.insert(QStringLiteral("PTRANSFORM"), QStringLiteral("t%1").arg(i));
        time.payload = varint(quint64(round) * 10 + quint64((i * 37) % 101));
        list << time;
    }
    return list;
}

/// The calling thread's CPU time in ms: what it did itself, not the time other processes on a
/// loaded machine took from it.
double threadCpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

double at(QList<double> sorted, double q)
{
    if (sorted.isEmpty())
        return 0;
    return sorted.at(std::min(sorted.size() - 1, qsizetype(q * double(sorted.size()))));
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int steps = args.value(1, QStringLiteral("200")).toInt();
    const int refreshes = args.value(2, QStringLiteral("100")).toInt();
    const int interval = args.value(3, QStringLiteral("100")).toInt();

    JobGraphView view;
    view.resize(1200, 800);
    view.show();
    view.setPipeline(pipeline(steps));
    QElapsedTimer clock;
    clock.start();
    while (view.layoutsShown() == 0 && clock.elapsed() < 60000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    std::printf("bench_jobgraph: %d steps (%d in the graph), first picture (no numbers) in %lld ms\n", steps,
                int(view.graph().steps().size()), static_cast<long long>(clock.elapsed()));

    // A 5 ms timer's lateness: whether anything blocks the GUI thread.
    QElapsedTimer tick;
    tick.start();
    qint64 worstLate = 0;
    QTimer probe;
    probe.setTimerType(Qt::PreciseTimer);
    QObject::connect(&probe, &QTimer::timeout, &probe, [&] {
        worstLate = std::max(worstLate, tick.elapsed() - 5);
        tick.restart();
    });
    probe.start(5);

    QList<double> refreshMs, refreshCpuMs;
    QList<qint64> latency;
    QElapsedTimer sinceRefresh;
    int shown = 0;
    QObject::connect(&view, &JobGraphView::layoutShown, &view, [&] {
        ++shown;
        latency << sinceRefresh.elapsed();
    });
    for (int round = 1; round <= refreshes; ++round) {
        const QList<Metric> list = metrics(steps, round); // as the gRPC thread hands it over
        QElapsedTimer t;
        t.start();
        const double cpu = threadCpuMs();
        view.applyMetrics(list);
        refreshMs << double(t.nsecsElapsed()) / 1e6;
        refreshCpuMs << threadCpuMs() - cpu;
        sinceRefresh.restart();
        QElapsedTimer wait;
        wait.start();
        while (wait.elapsed() < interval)
            QCoreApplication::processEvents(QEventLoop::AllEvents, interval);
    }
    clock.restart();
    while (clock.elapsed() < 3000) // the last layout comes in
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    probe.stop();

    // Painting the shown picture at 100 % (what a repaint of the view costs).
    QImage image(view.panel()->size(), QImage::Format_ARGB32_Premultiplied);
    QList<double> paintMs;
    for (int i = 0; i < 20; ++i) {
        QElapsedTimer t;
        t.start();
        view.panel()->render(&image);
        paintMs << double(t.nsecsElapsed()) / 1e6;
    }

    std::sort(refreshMs.begin(), refreshMs.end());
    std::sort(refreshCpuMs.begin(), refreshCpuMs.end());
    std::sort(paintMs.begin(), paintMs.end());
    std::sort(latency.begin(), latency.end());
    std::printf("refresh on the GUI thread (%d refreshes, every %d ms): median %.2f ms, p95 %.2f ms, worst %.2f ms\n",
                refreshes, interval, at(refreshMs, 0.5), at(refreshMs, 0.95), refreshMs.isEmpty() ? 0 : refreshMs.last());
    std::printf("the same, the GUI thread's own CPU time: median %.2f ms, p95 %.2f ms, worst %.2f ms\n",
                at(refreshCpuMs, 0.5), at(refreshCpuMs, 0.95), refreshCpuMs.isEmpty() ? 0 : refreshCpuMs.last());
    std::printf("pictures laid out and shown: %d; refresh to picture: median %lld ms, worst %lld ms\n", shown,
                static_cast<long long>(latency.isEmpty() ? 0 : latency.at(latency.size() / 2)),
                static_cast<long long>(latency.isEmpty() ? 0 : latency.last()));
    std::printf("painting the view once: median %.2f ms, worst %.2f ms\n", at(paintMs, 0.5),
                paintMs.isEmpty() ? 0 : paintMs.last());
    std::printf("worst lateness of a 5 ms timer meanwhile: %lld ms\n", static_cast<long long>(worstLate));
    std::printf("step list rows: %d\n", int(view.steps()->topLevelItemCount()));
    return shown > 0 ? 0 : 1;
}
