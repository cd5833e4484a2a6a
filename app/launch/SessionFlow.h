// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QtGlobal>

#include <functional>
#include <utility>

namespace bl {

/// Where a LaunchSession is beside its Stage, as named states of one type: whether the builds'
/// events are held, shown or dropped; whether the package check (go list, then the cgo check)
/// is waiting, listing or checking cgo; whether a cancel was asked for; what a session that is
/// done waits for before it finishes. Every change is a method here that asserts the change is
/// allowed, so the transitions are in this one place (drawn in docs/ARCHITECTURE.md). It holds no
/// policy: LaunchSession decides when to change it.
class SessionFlow
{
public:
    /// The builds' events (started, output, diagnostics, finished). They start before go list
    /// has vouched for the package: held until it accepts it or a build shows progress first.
    enum class Builds {
        Held,    ///< queued (holdOrPass())
        Shown,   ///< passed on at once; those held came when this began
        Dropped, ///< go list refused the package before they were shown: thrown away
    };
    /// go list on the package folder (not asked when PackageCache knows its answer), then the
    /// cgo check of a build without cgo. Not Idle: the build stage waits for it.
    enum class PackageCheck {
        Idle,        ///< not running: not asked yet, or answered
        Delayed,     ///< go list waits for the builds' first progress (at most 1.5 s)
        Listing,     ///< go list runs
        CheckingCgo, ///< go list accepted; CgoCheck runs
    };
    enum class Course {
        Going,      ///< nobody asked to stop
        Cancelling, ///< cancel() was called: the next answer ends the session as cancelled
    };
    /// done() was called; what must be over before finished() comes.
    enum class Ending {
        Open,              ///< not done, or nothing left to wait for
        AwaitingPrism,     ///< a local Prism prepared beside the builds shuts down first
        AwaitingChecksums, ///< the binaries' SHA-256 (for the run's record) are still computed
    };

    /// A new session: builds held, nothing checked, going, open.
    void reset()
    {
        m_builds = Builds::Held;
        m_held.clear();
        m_package = PackageCheck::Idle;
        m_course = Course::Going;
        m_ending = Ending::Open;
    }

    Builds builds() const { return m_builds; }
    PackageCheck packageCheck() const { return m_package; }
    bool packageCheckPending() const { return m_package != PackageCheck::Idle; }
    bool isCancelling() const { return m_course == Course::Cancelling; }
    Ending ending() const { return m_ending; }

    /// Held → Shown; returns the events held meanwhile, to be passed on now in order. False when
    /// they were shown already.
    bool show(QList<std::function<void()>> *held)
    {
        Q_ASSERT(m_builds != Builds::Dropped);
        if (m_builds == Builds::Shown)
            return false;
        m_builds = Builds::Shown;
        *held = std::exchange(m_held, {});
        return true;
    }
    /// go list refused the package: Held → Dropped (shown builds stay Shown and end as they do).
    void refuse()
    {
        m_held.clear();
        if (m_builds == Builds::Held)
            m_builds = Builds::Dropped;
    }
    /// Passes `event` on when Shown, holds it when Held, drops it when Dropped.
    void holdOrPass(std::function<void()> event)
    {
        switch (m_builds) {
        case Builds::Shown:
            event();
            return;
        case Builds::Held:
            m_held.append(std::move(event));
            return;
        case Builds::Dropped:
            return;
        }
    }

    /// Idle → Delayed (the builds run; go list after their first progress).
    void delayPackageCheck()
    {
        Q_ASSERT(m_package == PackageCheck::Idle);
        m_package = PackageCheck::Delayed;
    }
    /// Idle or Delayed → Listing.
    void listPackage()
    {
        Q_ASSERT(m_package == PackageCheck::Idle || m_package == PackageCheck::Delayed);
        m_package = PackageCheck::Listing;
    }
    /// Idle (go list has just answered: packageChecked()) → CheckingCgo.
    void checkCgo()
    {
        Q_ASSERT(m_package == PackageCheck::Idle);
        m_package = PackageCheck::CheckingCgo;
    }
    /// Any → Idle: go list or the cgo check answered, or a delayed go list was never started.
    void packageChecked() { m_package = PackageCheck::Idle; }

    /// Going → Cancelling. False when a cancel was asked for already.
    bool cancel() { return std::exchange(m_course, Course::Cancelling) == Course::Going; }

    /// Any → AwaitingPrism; Open or AwaitingChecksums → AwaitingChecksums (a Prism is gone
    /// before the checksums are waited for).
    void awaitBeforeFinishing(Ending what)
    {
        Q_ASSERT(what != Ending::Open);
        Q_ASSERT(what == Ending::AwaitingPrism || m_ending != Ending::AwaitingPrism);
        m_ending = what;
    }
    /// `what` is over: back to Open, true when the session was waiting for it (done() again).
    bool awaited(Ending what) { return m_ending == what ? (m_ending = Ending::Open, true) : false; }

private:
    Builds m_builds = Builds::Held;
    QList<std::function<void()>> m_held;
    PackageCheck m_package = PackageCheck::Idle;
    Course m_course = Course::Going;
    Ending m_ending = Ending::Open;
};

} // namespace bl
