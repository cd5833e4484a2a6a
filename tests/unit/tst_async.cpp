// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
// The shared async helpers (process/Async.h): latest wins with real child processes, and work on
// the pool answering on the caller's thread, or not at all once the context is gone.
#include "process/Async.h"
#include "process/ProcessRunner.h"

#include "ProcessProbe.h"

#include <QFileInfo>
#include <QPointer>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTest>
#include <QThreadPool>
#include <QTimer>

#include <atomic>
#include <memory>

using namespace bl;
using namespace Qt::StringLiterals;

namespace {

bool goneFromProc(qint64 pid)
{
    return pid > 0 && !QFileInfo::exists(u"/proc/%1"_s.arg(pid)) && !test::isAlive(pid);
}

} // namespace

class TestAsync : public QObject
{
    Q_OBJECT

    /// Starts `sleep seconds` as a new run of `runs`; its answer (its name) goes to `answers`.
    static ProcessRunner *startSleep(LatestRun<ProcessRunner> &runs, QObject *owner, QStringList *answers,
                                     const QString &name, const QString &seconds)
    {
        runs.begin();
        ProcessRunner *runner = runs.spawn();
        runner->setProgram(u"sleep"_s, {seconds});
        connect(runner, &ProcessRunner::finished, owner, [&runs, answers, name](const ProcessRunner::Result &r) {
            runs.release();
            *answers << (r.succeeded() ? name : name + u" failed"_s);
        });
        runner->start();
        return runner;
    }

private Q_SLOTS:
    void latestWinsStopsThePreviousChild()
    {
        QObject owner;
        LatestRun<ProcessRunner> runs(&owner, &ProcessRunner::stop);
        QStringList answers;
        ProcessRunner *first = startSleep(runs, &owner, &answers, u"first"_s, u"30"_s);
        QTRY_VERIFY_WITH_TIMEOUT(first->processId() > 0, 5000);
        const qint64 pid = first->processId();
        QVERIFY(test::isAlive(pid));
        const QPointer<ProcessRunner> firstObject(first);

        ProcessRunner *second = startSleep(runs, &owner, &answers, u"second"_s, u"0.2"_s);
        QCOMPARE(runs.child(), second);
        QVERIFY(runs.isActive());
        // The first sleep is stopped (not left to run its 30 s) and its runner deleted.
        QTRY_VERIFY_WITH_TIMEOUT(goneFromProc(pid), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(firstObject.isNull(), 5000);
        QTRY_COMPARE_WITH_TIMEOUT(answers, QStringList{u"second"_s}, 5000);
        QCOMPARE(runs.child(), nullptr); // released by its finished handler
        QTest::qWait(200);
        QCOMPARE(answers, QStringList{u"second"_s}); // the first one never answers
    }

    void cancelEndsTheRun()
    {
        QObject owner;
        LatestRun<ProcessRunner> runs(&owner, &ProcessRunner::stop);
        QStringList answers;
        ProcessRunner *runner = startSleep(runs, &owner, &answers, u"only"_s, u"30"_s);
        QTRY_VERIFY_WITH_TIMEOUT(runner->processId() > 0, 5000);
        const qint64 pid = runner->processId();
        bool posted = false;
        runs.post([&posted] { posted = true; });
        runs.cancel();
        QVERIFY(!runs.isActive());
        QCOMPARE(runs.child(), nullptr);
        QTRY_VERIFY_WITH_TIMEOUT(goneFromProc(pid), 5000);
        QTest::qWait(200);
        QVERIFY(answers.isEmpty());
        QVERIFY(!posted);
    }

    void staleGuardsAndPostsAreDropped()
    {
        QObject owner;
        QList<int> got;
        LatestRun<> runs(&owner);
        auto beforeAnyRun = runs.guard([&got](int v) { got << v; });
        runs.begin();
        auto old = runs.guard([&got](int v) { got << v; });
        runs.post([&got] { got << 1; });
        runs.begin();
        runs.post([&got] { got << 2; });
        old(3);
        beforeAnyRun(4);
        auto current = runs.guard([&got](int v) { got << v; });
        current(5);
        QCOMPARE(got, QList<int>{5}); // posts wait for the event loop
        QTRY_COMPARE(got, (QList<int>{5, 2}));

        // A guard connects to signals, private ones included; it ends with the run.
        QTimer timer;
        timer.setInterval(1);
        int ticks = 0;
        connect(&timer, &QTimer::timeout, &owner, runs.guard([&ticks] { ++ticks; }));
        timer.start();
        QTRY_VERIFY(ticks > 0);
        runs.cancel();
        const int atCancel = ticks;
        QTest::qWait(50);
        QCOMPARE(ticks, atCancel);

        // Gone with the LatestRun: nothing runs.
        auto gone = std::make_unique<LatestRun<>>(&owner);
        gone->begin();
        auto orphan = gone->guard([&got](int v) { got << v; });
        gone.reset();
        orphan(6);
        QCOMPARE(got, (QList<int>{5, 2}));
    }

    void releaseKeepsTheRun()
    {
        QObject owner;
        LatestRun<QObject> runs(&owner);
        QObject *child = runs.spawn(); // begins a run
        QVERIFY(runs.isActive());
        QCOMPARE(child->parent(), &owner);
        const QPointer<QObject> watched(child);
        bool called = false;
        auto answer = runs.guard([&called] { called = true; });
        runs.release();
        QCOMPARE(runs.child(), nullptr);
        QVERIFY(runs.isActive());
        QTRY_VERIFY(watched.isNull());
        answer();
        QVERIFY(called);
    }

    void answersOnTheCallersThread()
    {
        QObject context;
        QThread *workedOn = nullptr;
        QThread *answeredOn = nullptr;
        runInBackground(&context, [] { return QThread::currentThread(); },
                        [&](QThread *thread) {
                            workedOn = thread;
                            answeredOn = QThread::currentThread();
                        });
        QCOMPARE(answeredOn, nullptr); // never at once, even when the work is quick
        QTRY_VERIFY_WITH_TIMEOUT(answeredOn, 5000);
        QCOMPARE(answeredOn, QThread::currentThread());
        QVERIFY(workedOn);
        QVERIFY(workedOn != QThread::currentThread());
    }

    void voidWorkAnswersToo()
    {
        QObject context;
        auto worked = std::make_shared<std::atomic_bool>(false);
        bool answered = false;
        runInBackground(&context, [worked] { worked->store(true); }, [&answered] { answered = true; });
        QTRY_VERIFY_WITH_TIMEOUT(answered, 5000);
        QVERIFY(worked->load());
    }

    void lowPriorityWhileWorking()
    {
        QObject context;
        int priority = -1;
        runInBackground(&context, [] { return int(QThread::currentThread()->priority()); },
                        [&priority](int p) { priority = p; }, QThread::LowPriority);
        QTRY_VERIFY_WITH_TIMEOUT(priority >= 0, 5000);
        QCOMPARE(priority, int(QThread::LowPriority));
    }

    void contextGoneBeforeWorkEnds()
    {
        auto gate = std::make_shared<QSemaphore>();
        auto ended = std::make_shared<std::atomic_bool>(false);
        bool called = false;
        auto *context = new QObject;
        runInBackground(context, [gate, ended] {
            gate->acquire();
            ended->store(true);
            return u"too late"_s;
        },
                        [&called](const QString &) { called = true; });
        delete context; // while the work waits for the gate
        gate->release();
        QVERIFY(QThreadPool::globalInstance()->waitForDone(10000));
        QVERIFY(ended->load());
        QTest::qWait(100); // an answer would be delivered by now
        QVERIFY(!called);
    }

    void contextGoneWhileTheAnswerIsQueued()
    {
        bool called = false;
        auto *context = new QObject;
        runInBackground(context, [] { return 1; }, [&called](int) { called = true; });
        QVERIFY(QThreadPool::globalInstance()->waitForDone(10000)); // done; its answer is queued
        delete context;
        QTest::qWait(100);
        QVERIFY(!called);
    }

    void staleBackgroundAnswerDropped()
    {
        QObject owner;
        LatestRun<> runs(&owner);
        QStringList answers;
        auto gate = std::make_shared<QSemaphore>();
        runs.begin();
        runInBackground(&owner, [gate] {
            gate->acquire();
            return u"old"_s;
        },
                        runs.guard([&answers](const QString &a) { answers << a; }));
        runs.begin();
        runInBackground(&owner, [] { return u"new"_s; }, runs.guard([&answers](const QString &a) { answers << a; }));
        QTRY_COMPARE_WITH_TIMEOUT(answers, QStringList{u"new"_s}, 5000);
        gate->release();
        QVERIFY(QThreadPool::globalInstance()->waitForDone(10000));
        QTest::qWait(100);
        QCOMPARE(answers, QStringList{u"new"_s});
    }

    void cleanupTestCase()
    {
        // Still working when this object and then the application go: the answer is dropped,
        // and QCoreApplication waits for the pool on its way out (the asan preset would see an
        // answer given to this destroyed object).
        runInBackground(this, [] {
            QThread::msleep(300);
            return 0;
        },
                        [this](int) { setObjectName(u"answered"_s); });
    }
};

QTEST_GUILESS_MAIN(TestAsync)
#include "tst_async.moc"
