// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "runner/PrismLogRouter.h"
#include "process/Async.h"
#include "runner/PrismTools.h"

#include <QObject>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>

QT_BEGIN_NAMESPACE
class QLockFile;
class QTimer;
QT_END_NAMESPACE

namespace bl {

class ProcessRunner;

/// A standalone Prism job server that Beam Launcher starts for one launch: the loopback build of
/// PrismTools, on free ports of 127.0.0.1, with its web page and `--log_kind=json`. ready() comes
/// once Prism accepts connections (and, on Linux, once every socket its process tree listens on
/// was seen bound to loopback). stop() (or the destructor) ends Prism and every worker it
/// started: they share its process group.
///
/// Each start has a folder of its own (`run-XXXXXX` in PrismTools::cacheFolder(), locked while it
/// runs) as Prism's working folder and TMPDIR: Beam's boot, built with the overlay, stages and
/// copies the worker there, so launches at once never share a file. It is removed when Prism
/// ends; folders of runs whose process died are removed at the next start. Prism's log says when
/// a worker starts, stops or fails: liveWorkers() and workerFailed() follow it.
class ManagedPrism final : public QObject
{
    Q_OBJECT

public:
    enum class State { Idle, Starting, Ready, Stopping };
    Q_ENUM(State)

    /// How long Prism gets to accept connections.
    static constexpr int StartTimeoutMs = 30000;

    explicit ManagedPrism(QObject *parent = nullptr);
    ~ManagedPrism() override;
    Q_DISABLE_COPY_MOVE(ManagedPrism)

    /// Raw copy of everything Prism and its workers write (optional).
    void setLogFile(const QString &path) { m_logFile = path; }
    void start(const PrismBinaries &binaries);
    void stop();
    State state() const { return m_state; }
    bool isRunning() const { return m_state != State::Idle; }
    qint64 processId() const;

    /// "127.0.0.1:PORT", once ready.
    QString endpoint() const { return m_endpoint; }
    QUrl webUi() const { return m_webUi; }
    const PrismBinaries &binaries() const { return m_binaries; }
    /// The `--environment_config` of a PROCESS environment that runs the worker through boot.
    QString processEnvironmentConfig() const;
    /// This run's own folder (Prism's working folder and TMPDIR); empty when Prism does not run.
    QString runFolder() const;
    /// Worker processes (boot and its worker) Prism has started and not yet seen stop.
    int liveWorkers() const { return m_liveWorkers; }
    /// Removes the run folders of runs whose process is gone (older than a minute, unlocked),
    /// on a thread of its own. Called by start().
    static void removeAbandonedRunFolders();

Q_SIGNALS:
    void message(const QString &text);
    void ready(const QString &endpoint, const QUrl &webUi);
    /// What the workers say: their stdout and stderr, and the SDK log entries Prism received.
    void workerOutput(const QList<bl::RunnerLine> &lines);
    /// Prism's own log entries.
    void runnerOutput(const QList<bl::RunnerLine> &lines);
    /// A worker process (boot and the worker it runs) ended with an error, as Prism says:
    /// `error` is Prism's word for it ("exit status 1"). It may be the job's end stopping it.
    void workerFailed(const QString &error);
    /// liveWorkers() changed.
    void workersChanged(int live);
    /// Prism could not start, exposed a socket beyond loopback, or ended on its own.
    void failed(const QString &message);
    /// Prism and its process tree are gone (after stop(), a failure or an exit).
    void stopped();

private:
    void launchProcess();
    void probe();
    void checkSockets();
    void onLines(int channel, const QStringList &lines);
    void onFinished(int kind, int exitCode, const QString &errorString);
    void fail(const QString &message);
    void releaseRunFolder();

    ProcessRunner *m_process = nullptr;
    QTimer *m_probeTimer;
    LatestRun<QTcpSocket> m_probes{this, &QTcpSocket::abort}; ///< one connection attempt at a time
    PrismLogRouter m_router;
    PrismBinaries m_binaries;
    State m_state = State::Idle;
    QString m_logFile;
    QString m_endpoint;
    QUrl m_webUi;
    quint16 m_jobPort = 0;
    quint16 m_webPort = 0;
    QStringList m_recentStderr;
    qint64 m_startedAtMs = 0;
    int m_attempts = 0;
    bool m_withoutOverlay = false; ///< prism refused the marker flag

    QString m_failure;
    /// Prism's working and temporary folder (0700): boot writes the pipeline options, stages
    /// the worker binary and copies it there; removed when Prism ends.
    std::unique_ptr<QTemporaryDir> m_workDir;
    std::unique_ptr<QLockFile> m_workLock; ///< in m_workDir: says the folder is in use
    int m_liveWorkers = 0;

};

} // namespace bl
