// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

// The two ways work answers later here, written once:
//
//   LatestRun<Child>   latest wins: a new run cancels the previous one (its child is stopped and
//                      deleted later) and nothing of a cancelled run reaches the caller.
//   runInBackground()  work on a thread of Qt's global pool, the answer on the caller's thread;
//                      dropped when the context object is gone by then.
//
// A class that reads one thing at a time (PackageProbe, PipelineFinder...) typically holds
//     LatestRun<ProcessRunner> m_runs{this, &ProcessRunner::stop};
// and does
//     m_runs.begin();                                        // the previous run is gone
//     ProcessRunner *runner = m_runs.spawn();                // owned by `this`
//     connect(runner, &ProcessRunner::finished, this, ...);  // ends with the run
//     runInBackground(this, [files] { return parse(files); }, m_runs.guard([this](const Parsed &p) { ... }));

#include <QFutureWatcher>
#include <QMetaObject>
#include <QObject>
#include <QPointer>
#include <QThread>
#include <QtConcurrent/QtConcurrentRun>

#include <memory>
#include <type_traits>
#include <utility>

namespace bl {

namespace detail {

/// The pool thread runs one piece of work at `priority` (none: InheritPriority), and goes back to
/// normal afterwards.
class ThreadPriorityScope
{
public:
    explicit ThreadPriorityScope(QThread::Priority priority);
    ~ThreadPriorityScope();
    Q_DISABLE_COPY_MOVE(ThreadPriorityScope)

private:
    bool m_changed = false;
};

struct RunState
{
    quint64 run = 0;
    bool active = false;
};

/// A callback that runs only while the run it was made for is the current one (LatestRun::guard).
template <typename F>
class Guarded
{
public:
    Guarded(std::weak_ptr<const RunState> state, quint64 run, F f)
        : m_state(std::move(state))
        , m_run(run)
        , m_f(std::move(f))
    {
    }

    /// Callable with whatever `f` takes (so it connects to signals and fits std::function).
    template <typename... Args, typename = std::enable_if_t<std::is_invocable_v<const F &, Args...>>>
    void operator()(Args &&...args) const
    {
        const std::shared_ptr<const RunState> state = m_state.lock();
        if (state && state->active && state->run == m_run)
            m_f(std::forward<Args>(args)...);
    }

private:
    std::weak_ptr<const RunState> m_state;
    quint64 m_run;
    F m_f;
};

} // namespace detail

/// Latest wins: one run at a time, each with at most one child object at a time (a
/// ProcessRunner, a CapturedRun, a socket) that `owner` owns.
///
/// begin() ends the previous run and starts a new one; cancel() ends the current one. Ending a
/// run disconnects its child from `owner` (so none of its signals reaches `owner` any more),
/// calls `stop` on it and deletes it later. Callbacks wrapped with guard() or queued with post()
/// run only while the run they were made in is current: a stale answer never reaches the caller.
/// Used on `owner`'s thread only. Destroying it drops every guarded callback; the child goes with
/// `owner`, as its children do.
template <typename Child = QObject>
class LatestRun
{
public:
    using Stop = void (Child::*)();

    /// `stop` ends a child that still runs (e.g. &ProcessRunner::stop); null: deleting it is enough.
    explicit LatestRun(QObject *owner, Stop stop = nullptr)
        : m_owner(owner)
        , m_stop(stop)
    {
    }
    Q_DISABLE_COPY_MOVE(LatestRun)

    /// Ends the previous run (cancel()) and begins a new one.
    void begin()
    {
        cancel();
        m_state->active = true;
    }

    /// Ends the current run: its child is stopped and deleted later, its callbacks are dropped.
    void cancel()
    {
        ++m_state->run;
        m_state->active = false;
        dispose(true);
    }

    /// A run has begun and neither ended nor been replaced.
    bool isActive() const { return m_state->active; }

    /// A new child (`new Child(owner)`) for the current run, begun if none is: a child the run
    /// still has is ended first, as cancel() ends it.
    Child *spawn()
    {
        if (!m_state->active)
            begin();
        dispose(true);
        m_child = new Child(m_owner);
        return m_child;
    }

    /// The current run's child; null when it has none (never spawned, released or cancelled).
    Child *child() const { return m_child.data(); }

    /// The child is done (call it from its own finished handler): it is disconnected from
    /// `owner` and deleted later, and the run goes on (its callbacks stay valid).
    void release() { dispose(false); }

    /// `f` wrapped to run only while the current run is: once begin() or cancel() is called, or
    /// this object is gone, calling the result does nothing.
    template <typename F>
    detail::Guarded<std::decay_t<F>> guard(F &&f) const
    {
        return {m_state, m_state->run, std::forward<F>(f)};
    }

    /// Calls `f` from `owner`'s event loop, unless the current run has ended by then. Answers that
    /// are known at once (a missing folder) still arrive later, as the process ones do.
    template <typename F>
    void post(F &&f) const
    {
        QMetaObject::invokeMethod(m_owner, guard(std::forward<F>(f)), Qt::QueuedConnection);
    }

private:
    void dispose(bool stop)
    {
        Child *child = m_child.data();
        m_child = nullptr;
        if (!child)
            return;
        QObject::disconnect(child, nullptr, m_owner, nullptr);
        if (stop && m_stop)
            (child->*m_stop)();
        child->deleteLater();
    }

    QObject *m_owner;
    Stop m_stop;
    std::shared_ptr<detail::RunState> m_state = std::make_shared<detail::RunState>();
    QPointer<Child> m_child;
};

/// Runs `work()` on a thread of Qt's global thread pool, then `then(result)` (`then()` when work
/// returns void) on `context`'s thread, through its event loop. Call it on `context`'s thread.
///
/// If `context` is destroyed first, `then` is never called: `work` still runs to its end on its
/// thread, so it must own what it uses (capture by value, shared pointers; never `this`). The
/// pool is waited for when QCoreApplication is destroyed, so long work should be abortable (see
/// sha256OfFile()). `priority`: the thread's priority while `work` runs (LowPriority for work done
/// ahead of time).
template <typename Work, typename Then>
void runInBackground(QObject *context, Work work, Then then, QThread::Priority priority = QThread::InheritPriority)
{
    using Result = std::invoke_result_t<Work &>;
    // The watcher lives on context's thread and dies with context: no answer without it.
    auto *watcher = new QFutureWatcher<Result>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, watcher, [watcher, then = std::move(then)] {
        watcher->deleteLater();
        if constexpr (std::is_void_v<Result>)
            then();
        else
            then(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run([work = std::move(work), priority]() mutable {
        const detail::ThreadPriorityScope scope(priority);
        return work();
    }));
}

} // namespace bl
