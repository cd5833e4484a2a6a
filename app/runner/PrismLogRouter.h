// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "process/ProcessRunner.h"

#include <QList>
#include <QMetaType>
#include <QString>

namespace bl {

/// One line of what a runner and its workers say, told apart and classified.
struct RunnerLine
{
    enum class Source { Runner, Worker };
    /// Where a worker line came from: its stdout or stderr (through the runner's PROCESS
    /// environment), or an SDK log entry the runner received from the worker's logging client.
    enum class Stream { StdOut, StdErr, Log };
    enum class Level { Unknown, Debug, Info, Warning, Error };
    /// What a runner line of Prism's own says about its PROCESS workers (boot and the worker it
    /// runs): one started, one stopped (for whatever reason), or one ended with an error.
    enum class Event { None, WorkerStarted, WorkerStopped, WorkerFailed };

    Source source = Source::Runner;
    Stream stream = Stream::StdErr;
    Level level = Level::Unknown;
    QString time;      ///< as the entry gives it (RFC 3339), SDK log entries only
    QString transform; ///< the transform the SDK log entry names, if any
    QString location;  ///< file:line of the SDK log entry, if any
    QString message;   ///< the text without time, level and transform
    Event event = Event::None;
    QString detail;    ///< WorkerFailed: the error Prism gives (e.g. "exit status 1")

    /// One line for people: "10:15:02.123 INFO [s2] message" for log entries, the raw line otherwise.
    QString text() const;
    /// "stdout", "stderr" or "log" (the worker-output event's stream field).
    static QString streamName(Stream stream);
    static QString levelName(Level level);
    /// The level a plain output line states (Go's log/slog, Beam's SDK, klog-like "E1129"...), or Unknown.
    static Level levelOf(const QString &line);
};

/// Sorts the output of a Prism started with `--log_kind=json --log_level=debug` into the workers'
/// lines and Prism's own:
/// - JSON entries whose message starts with "[SDK] " are SDK log entries Prism received from a
///   worker's logging client (level, transform, location and time from the entry's "sdk" group);
/// - other JSON entries are Prism's own; those about a PROCESS worker starting ("starting
///   process"), stopping ("stopped", with a worker) or failing ("process failed while running",
///   "process failed to start") carry an Event;
/// - lines that are not JSON come from the PROCESS environment's command (Beam's boot and our
///   worker write to Prism's own stdout and stderr); before Prism is ready they are Prism's (a
///   Go panic or log.Fatal of Prism itself).
class PrismLogRouter
{
public:
    void setWorkersMayRun(bool mayRun) { m_workersMayRun = mayRun; }
    RunnerLine route(ProcessRunner::Channel channel, const QString &line) const;

private:
    bool m_workersMayRun = false;
};

} // namespace bl

Q_DECLARE_METATYPE(bl::RunnerLine)
