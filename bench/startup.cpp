// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
//
// Benchmark 4: start-up. From process start (exec) to the first paint of the main window,
// with 200 saved profiles in a temporary BEAM_LAUNCHER_CONFIG_DIR. The driver starts this
// same program again as the measured child for every run and passes the start time (the
// monotonic clock just before the start) in BL_BENCH_T0_NS; the child does what main.cpp
// does (QApplication, translations, bl::MainWindow, show) and reports when the window's
// first QEvent::Paint arrives. bl::MainWindow loads the 200 profiles into its list before
// that paint; ProfileStore::load() of them is also timed alone, to show its share.
// The comparison: a bare QWidget's first paint in the same program, Qt's own floor.
//
//   bench_startup [RUNS] [PROFILES]      (defaults 9 200; QT_QPA_PLATFORM picks the platform)
#include "MainWindow.h"
#include "Translations.h"
#include "profiles/ProfileStore.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <ctime>

namespace {

qint64 monotonicNs()
{
    timespec ts{};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return qint64(ts.tv_sec) * 1'000'000'000 + ts.tv_nsec;
}

class FirstPaint final : public QObject
{
public:
    using QObject::QObject;
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_seen) {
            m_seen = true;
            const qint64 t0 = qEnvironmentVariable("BL_BENCH_T0_NS").toLongLong();
            std::printf("%.3f\n", (monotonicNs() - t0) / 1e6);
            std::fflush(stdout);
            QMetaObject::invokeMethod(qApp, &QCoreApplication::quit, Qt::QueuedConnection);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_seen = false;
};

int child(int argc, char **argv, bool bare)
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("beam-launcher"));
    QCoreApplication::setApplicationName(QStringLiteral("beam-launcher"));
    FirstPaint filter;
    if (bare) {
        QWidget w;
        w.installEventFilter(&filter);
        w.resize(1000, 700);
        w.show();
        return QApplication::exec();
    }
    bl::installTranslations(app, bl::configuredLanguage());
    QApplication::setApplicationDisplayName(QStringLiteral("Beam Launcher"));
    bl::MainWindow window;
    window.installEventFilter(&filter);
    window.show();
    return QApplication::exec();
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : (v.size() % 2 ? v[v.size() / 2] : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2);
}

std::vector<double> runChildren(const QString &self, const QString &mode, const QString &configDir, int runs)
{
    std::vector<double> ms;
    for (int i = 0; i < runs; ++i) {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("BEAM_LAUNCHER_CONFIG_DIR"), configDir);
        env.insert(QStringLiteral("BL_BENCH_T0_NS"), QString::number(monotonicNs()));
        p.setProcessEnvironment(env);
        p.start(self, {mode});
        if (!p.waitForFinished(60000)) {
            p.kill();
            p.waitForFinished();
            std::fprintf(stderr, "bench_startup: the child did not paint within 60 s\n");
            continue;
        }
        bool ok = false;
        const double value = QString::fromUtf8(p.readAllStandardOutput()).trimmed().toDouble(&ok);
        if (ok)
            ms.push_back(value);
        else
            std::fprintf(stderr, "bench_startup: no time from the child: %s\n", p.readAllStandardError().constData());
    }
    return ms;
}

} // namespace

int main(int argc, char **argv)
{
    if (argc > 1 && (qstrcmp(argv[1], "--child-window") == 0 || qstrcmp(argv[1], "--child-bare") == 0))
        return child(argc, argv, qstrcmp(argv[1], "--child-bare") == 0);

    QCoreApplication app(argc, argv);
    const int runs = QCoreApplication::arguments().value(1, QStringLiteral("9")).toInt();
    const int count = QCoreApplication::arguments().value(2, QStringLiteral("200")).toInt();
    QTemporaryDir config;
    {
        bl::ProfileStore store(config.path());
        store.setWatching(false);
        QString error;
        if (!store.load(&error)) {
            std::fprintf(stderr, "bench_startup: %s\n", qPrintable(error));
            return 2;
        }
        for (int i = 0; i < count; ++i) {
            bl::Profile profile;
            profile.name = QStringLiteral("Pipeline %1").arg(i, 3, 10, QLatin1Char('0'));
            profile.settings.packageDir = QStringLiteral("/home/user/src/pipelines/p%1").arg(i);
            profile.settings.runner = i % 2 ? QStringLiteral("flink") : QStringLiteral("prism");
            profile.settings.endpoint = i % 2 ? QStringLiteral("localhost:8099") : QString();
            profile.settings.pipelineFlags = {QStringLiteral("--input=gs://bucket/in-%1.txt").arg(i),
                                              QStringLiteral("--output=/tmp/out-%1").arg(i)};
            if (!store.save(profile, &error)) {
                std::fprintf(stderr, "bench_startup: %s\n", qPrintable(error));
                return 2;
            }
        }
    }
    // What a profile list costs to read at start: ProfileStore::load() of them all.
    std::vector<double> loads;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        bl::ProfileStore store(config.path());
        store.setWatching(false);
        store.load();
        loads.push_back(t.nsecsElapsed() / 1e6);
        if (store.profiles().size() != count)
            std::fprintf(stderr, "bench_startup: loaded %lld profiles, not %d\n", qlonglong(store.profiles().size()), count);
    }
    const QString self = QCoreApplication::applicationFilePath();
    const std::vector<double> window = runChildren(self, QStringLiteral("--child-window"), config.path(), runs);
    const std::vector<double> bare = runChildren(self, QStringLiteral("--child-bare"), config.path(), runs);
    std::printf("startup, %d profiles, platform %s, %d runs\n", count,
                qPrintable(qEnvironmentVariable("QT_QPA_PLATFORM", QStringLiteral("(default)"))), runs);
    std::printf("  bl::MainWindow first paint: median %.1f ms (min %.1f, max %.1f)\n", median(window),
                window.empty() ? 0 : *std::min_element(window.begin(), window.end()),
                window.empty() ? 0 : *std::max_element(window.begin(), window.end()));
    std::printf("  bare QWidget first paint:   median %.1f ms\n", median(bare));
    std::printf("  ProfileStore::load() of %d profiles: median %.1f ms\n", count, median(loads));
    std::printf("  ratio window/bare: %.2f\n", median(bare) > 0 ? median(window) / median(bare) : 0.0);
    return window.size() == size_t(runs) ? 0 : 1;
}
