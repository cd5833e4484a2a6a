// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "SignalWatcher.h"

#include <QEventLoop>

#include <functional>

namespace bl::cli {

/// The command line's one way to wait for an operation: runs the event loop until finish() is
/// called, or until SIGINT/SIGTERM arrives. On a signal `onSignal` runs; by default it
/// finishes at once with ExitCode::Cancelled. An `onSignal` that only starts a cancel
/// (LaunchSession::cancel) lets the operation call finish() when it is over.
///
///     RunToEnd run([&](int) { finder.cancel(); run.finish(ExitCode::Cancelled); });
///     connect(&finder, &PipelineFinder::finished, [&] { run.finish(ExitCode::Ok); });
///     finder.find(folder);
///     const int code = run.exec();
class RunToEnd final
{
public:
    explicit RunToEnd(std::function<void(int signalNumber)> onSignal = {});

    /// What a signal does from now on.
    void setOnSignal(std::function<void(int signalNumber)> onSignal) { m_onSignal = std::move(onSignal); }
    /// Ends exec() with `code` (the last code given before the loop returns counts).
    void finish(int code);
    /// Runs until finish(); returns at once when it was called already. Returns the code.
    int exec();
    bool interrupted() const { return m_interrupted; }

private:
    SignalWatcher m_signals;
    QEventLoop m_loop;
    std::function<void(int)> m_onSignal;
    bool m_finished = false;
    bool m_interrupted = false;
    int m_code = 0;
};

} // namespace bl::cli
