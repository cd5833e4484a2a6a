// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>
#include <QTimer>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

namespace bl::jobs {

/// What a Flink cluster's REST API says about itself (GET /config).
struct FlinkCheck
{
    bool ok = false;
    QString version; ///< "1.20.5"
    /// Flink's own default for web.refresh-interval.
    static constexpr int DefaultRefreshIntervalMs = 3000;
    /// How long the JobManager keeps a TaskManager's log it fetched before it fetches it again
    /// (web.refresh-interval): a log asked for sooner comes as it was then.
    int refreshIntervalMs = DefaultRefreshIntervalMs;
    QString error;   ///< when not ok: a sentence for the user
};

/// A Flink job found by name (GET /jobs/overview).
struct FlinkJob
{
    bool found = false;
    QString id;    ///< Flink's job id (jid)
    QString name;
    QString state; ///< Flink's own state name: RUNNING, FINISHED, CANCELED, FAILED...
    QUrl page;     ///< the job's page in Flink's web UI
    QString error; ///< when the question could not be answered (not set for "not found")
};

/// The TaskManagers a cluster knows (GET /taskmanagers).
struct FlinkTaskManagers
{
    bool ok = false;
    QStringList ids;
    QString error;
};

/// The new complete lines of a log file that is fetched whole again and again (Flink's
/// /taskmanagers/<id>/log serves the whole file; it takes no Range): how much was taken is kept,
/// each fetch gives only what was appended since, and a line is given once it is complete (a
/// partial last line waits for its newline). A file shorter than what was taken, or whose
/// beginning is not the one seen before, is a new file (the log was rotated): it is taken from
/// its start. Pure: no network, no clock.
class LogTail
{
public:
    /// The complete lines of `file` not given before ("\r\n" ends a line too).
    QStringList take(const QByteArray &file);
    /// Bytes of the current file given so far (up to the end of its last complete line).
    qint64 taken() const { return m_taken; }
    /// How many times a new file was found in place of the one being followed.
    int restarts() const { return m_restarts; }

private:
    qint64 m_taken = 0;
    QByteArray m_head; ///< the file's first bytes, to know it again
    int m_restarts = 0;
};

/// A Flink cluster's REST API (the JobManager's, default localhost:8081), asked over HTTP with
/// QNetworkAccessManager. Every call is asynchronous: it returns at once and the answer comes
/// to `done` on this object's thread, within timeout() (5 s by default) whatever the network
/// does. Destroying the object drops what is pending: no answer arrives after that.
class FlinkRest final : public QObject
{
    Q_OBJECT

public:
    /// Flink's own default: where a profile without an address of its own looks.
    static QString defaultAddress();

    /// `address` is HOST:PORT (HOST alone: port 8081) or a URL (http://HOST:PORT, or with a
    /// path when Flink is served behind a proxy; a URL without a port uses its scheme's).
    explicit FlinkRest(const QString &address = defaultAddress(), QObject *parent = nullptr);
    ~FlinkRest() override;

    /// The base URL asked (http://127.0.0.1:8081); invalid when the address is not one, and then
    /// every call answers with addressProblem().
    QUrl baseUrl() const { return m_base; }
    QString addressProblem() const { return m_addressProblem; }

    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }
    int timeout() const { return m_timeoutMs; }

    /// Is a Flink REST API there, and which Flink.
    void check(const std::function<void(const FlinkCheck &)> &done);
    /// The job called `name`. When several have that name (a job submitted again), one that is
    /// not over wins, then the newest.
    void findJob(const QString &name, const std::function<void(const FlinkJob &)> &done);
    void taskManagers(const std::function<void(const FlinkTaskManagers &)> &done);
    /// The whole log file of one TaskManager (Flink serves the file named by its log.file).
    void taskManagerLog(const QString &id, const std::function<void(const QByteArray &log, const QString &error)> &done);

    /// The page of job `jobId` in Flink's web UI, for a job in `state` (Flink's state name):
    /// base/#/job/running/<id>/overview, or .../completed/... once the job is over.
    static QUrl jobPage(const QUrl &base, const QString &jobId, const QString &state);
    /// FINISHED, CANCELED, FAILED, SUSPENDED: Flink's globally terminal states (and SUSPENDED).
    static bool isOver(const QString &flinkState);

    /// Aborts every request in flight; their callbacks are not called.
    void abortAll();

private:
    using Reply = std::function<void(const QByteArray &body, const QString &error)>;
    void get(const QString &path, const Reply &done);
    QString unreachable(QNetworkReply *reply) const;

    QNetworkAccessManager *m_network = nullptr;
    QUrl m_base;
    QString m_addressProblem;
    int m_timeoutMs = 5000;
    QSet<QNetworkReply *> m_pending;
};

/// Follows the logs of every TaskManager of a Flink cluster while started: every interval
/// (1 s by default) it asks for the TaskManagers (new ones are picked up, gone ones dropped)
/// and each one's log, and emits the lines that are new since the last look. A round starts
/// only when the one before is over, so a slow cluster is never asked twice at once.
class FlinkLogFollower final : public QObject
{
    Q_OBJECT

public:
    explicit FlinkLogFollower(const QString &address = FlinkRest::defaultAddress(), QObject *parent = nullptr);

    void setInterval(int milliseconds);
    /// Leaves out what the TaskManagers known at the first round had logged before it (a launch
    /// wants its own job's lines, not the cluster's history). A TaskManager that appears later
    /// is followed from its log's start. Off by default.
    void setFromNow(bool fromNow) { m_fromNow = fromNow; }
    int interval() const { return m_timer.interval(); }
    bool isRunning() const { return m_running; }
    FlinkRest *rest() { return &m_rest; }

    /// Starts following (the first round at once).
    void start();
    /// Stops: the round in flight is dropped, nothing is emitted after this returns. start()
    /// again goes on where it was (lines already given are not given again).
    void stop();
    /// Takes one last look, then stops: no round until `lastLookAfterMs` from now (the
    /// JobManager serves a log it fetched for FlinkCheck::refreshIntervalMs as it was then), a
    /// round then (after the one in flight), its lines given, then drained(). Bounded by
    /// `lastLookAfterMs` + DrainBoundMs: a cluster that does not answer in time is stopped and
    /// drained() comes then. Not running: drained() at once (from the event loop).
    void drain(int lastLookAfterMs);

    static constexpr int DrainBoundMs = 3000;

Q_SIGNALS:
    /// New complete lines of TaskManager `taskManagerId`'s log, in order.
    void linesArrived(const QString &taskManagerId, const QStringList &lines);
    /// The cluster could not be asked (or can again: `problem` is then empty). Emitted when it
    /// changes, not every round.
    void problemChanged(const QString &problem);
    /// drain() is over: every line logged before it was called has been given (or the bound
    /// passed); the follower is stopped.
    void drained();

private:
    void lastLook();
    void drainOver();
    void round();
    void roundOver();
    void setProblem(const QString &problem);

    FlinkRest m_rest;
    QTimer m_timer;
    bool m_running = false;
    bool m_inRound = false;
    bool m_draining = false;
    bool m_roundAfterThis = false; ///< draining: the round in flight began before the last look's time
    bool m_lastRound = false;      ///< draining: the last look's round has begun
    QTimer m_lastLook;
    QTimer m_drainBound;
    int m_waiting = 0;
    quint64 m_generation = 0; ///< bumped by stop(): answers of an older round are dropped
    QHash<QString, LogTail> m_tails;
    bool m_fromNow = false;
    bool m_listed = false; ///< the TaskManagers were listed once
    QString m_problem;
};

} // namespace bl::jobs
