// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
//
// Benchmark 3: an output flood through the Run view's pane. The test child prints N lines of
// about LEN bytes; bl::ProcessRunner splits them into lines and ui/OutputPane shows them (with
// its line cap) and writes every one to its log file. Prints lines per second, the worst
// lateness of a 5 ms timer while the flood runs, the peak resident memory, and whether the log
// file holds every line. Numbers are printed, never judged.
//
//   bench_flood [N] [LEN] [CAP]     (defaults 1000000 100 100000; QT_QPA_PLATFORM picks the platform)
#include "OutputPane.h"
#include "process/ProcessRunner.h"

#include <QApplication>
#include <QPlainTextEdit>
#include <QTextDocument>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <cstdio>

namespace {

qint64 statusKb(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith(field))
            return line.mid(qstrlen(field)).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    const qint64 lines = args.value(1, QStringLiteral("1000000")).toLongLong();
    const int length = args.value(2, QStringLiteral("100")).toInt();
    const int cap = args.value(3, QStringLiteral("100000")).toInt();

    QTemporaryDir dir;
    const QString logPath = dir.filePath(QStringLiteral("run.log"));
    bl::OutputPane pane;
    pane.setMaximumLineCount(cap);
    if (!pane.setLogFile(logPath)) {
        std::fprintf(stderr, "bench_flood: cannot open the log file\n");
        return 2;
    }
    pane.resize(1000, 700);
    pane.show();

    const qint64 rssBefore = statusKb("VmRSS:");
    bl::ProcessRunner runner;
    runner.setProgram(QStringLiteral(BL_TEST_CHILD),
                      {QStringLiteral("flood"), QString::number(lines), QString::number(length)});
    QObject::connect(&runner, &bl::ProcessRunner::linesReady, &pane,
                     [&pane](bl::ProcessRunner::Channel channel, const QStringList &batch) {
                         pane.appendLines(batch, channel == bl::ProcessRunner::Channel::StdOut
                                                     ? bl::OutputPane::Stream::StdOut
                                                     : bl::OutputPane::Stream::StdErr);
                     });

    // A 5 ms timer stands for everything else the window must keep doing during the flood.
    QElapsedTimer clock;
    qint64 lastTick = -1;
    qint64 worstLateness = 0;
    QTimer tick;
    tick.setTimerType(Qt::PreciseTimer);
    tick.setInterval(5);
    QObject::connect(&tick, &QTimer::timeout, &app, [&] {
        const qint64 now = clock.nsecsElapsed();
        if (lastTick >= 0)
            worstLateness = qMax(worstLateness, now - lastTick - 5'000'000);
        lastTick = now;
    });

    bool childDone = false;
    qint64 childMs = 0;
    QObject::connect(&runner, &bl::ProcessRunner::finished, &app, [&](const bl::ProcessRunner::Result &r) {
        childDone = true;
        childMs = clock.elapsed();
        if (!r.succeeded())
            std::fprintf(stderr, "bench_flood: the child failed: %s\n", qPrintable(r.errorString));
    });
    // Done when the child has ended and the pane has shown everything it queued.
    QTimer poll;
    poll.setInterval(1);
    QObject::connect(&poll, &QTimer::timeout, &app, [&] {
        if (childDone && pane.pendingLineCount() == 0)
            app.quit();
    });

    clock.start();
    tick.start();
    poll.start();
    runner.start();
    app.exec();
    const qint64 totalMs = clock.elapsed();
    tick.stop();

    // Every line must be in the log file, in order.
    QFile log(logPath);
    qint64 logged = 0;
    bool inOrder = true;
    if (log.open(QIODevice::ReadOnly)) {
        while (!log.atEnd()) {
            const QByteArray line = log.readLine();
            ++logged;
            // "out line 000000042 xxx"
            if (line.mid(9, 9).toLongLong() != logged)
                inOrder = false;
        }
    }
    const double seconds = totalMs / 1000.0;
    std::printf("flood %lld lines of %d bytes, cap %d, platform %s\n", lines, length, cap,
                qPrintable(QGuiApplication::platformName()));
    std::printf("  child done after %lld ms, everything shown after %lld ms\n", childMs, totalMs);
    std::printf("  lines per second: %.0f\n", lines / seconds);
    std::printf("  worst 5 ms timer lateness: %.1f ms\n", worstLateness / 1e6);
    std::printf("  peak memory (VmHWM): %lld MiB (RSS before the flood %lld MiB)\n", statusKb("VmHWM:") / 1024,
                rssBefore / 1024);
    std::printf("  lines shown in the pane (cap): %d; lines counted: %lld\n", pane.textEdit()->document()->blockCount(),
                pane.totalLineCount());
    std::printf("  log file lines: %lld of %lld, in order: %s\n", logged, lines, inOrder ? "yes" : "no");
    return logged == lines && inOrder ? 0 : 1;
}
