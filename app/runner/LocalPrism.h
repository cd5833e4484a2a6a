// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "runner/ManagedPrism.h"
#include "runner/PrismTools.h"

#include <QObject>

namespace bl {

/// The managed local Prism of one launch, for LaunchSession: prepare() gets prism and boot
/// (building them on first use of a Beam version) while the pipeline builds; start() runs Prism
/// once they are there; ready() gives the endpoint; stop() ends it with its workers.
class LocalPrism final : public QObject
{
    Q_OBJECT

public:
    explicit LocalPrism(QObject *parent = nullptr);

    void prepare(const QString &goProgram, const QProcessEnvironment &environment, const QString &packageDir);
    /// Starts Prism as soon as prepare() is done (at once if it is).
    void start();
    void stop();
    /// Prism runs, or is being prepared or started.
    bool isActive() const;
    /// prism and boot are there (prepare() finished well).
    bool isPrepared() const { return m_binaries.isValid(); }
    /// The prism and boot prepare() got (which Beam version, and whether the launcher must use
    /// --runner universal because the pipeline's SDK has no prism runner of its own).
    const PrismBinaries &binaries() const { return m_binaries; }
    bool isReady() const { return m_prism->state() == ManagedPrism::State::Ready; }
    QString endpoint() const { return m_prism->endpoint(); }
    QUrl webUi() const { return m_prism->webUi(); }
    /// The PROCESS environment config that runs the worker through Prism's boot.
    QString processEnvironmentConfig() const { return m_prism->processEnvironmentConfig(); }
    /// Worker processes Prism runs now (ManagedPrism::liveWorkers()).
    int liveWorkers() const { return m_prism->liveWorkers(); }

Q_SIGNALS:
    void message(const QString &text);
    void ready();
    void workerOutput(const QList<bl::RunnerLine> &lines);
    void runnerOutput(const QList<bl::RunnerLine> &lines);
    /// A worker process ended with an error (ManagedPrism::workerFailed()).
    void workerFailed(const QString &error);
    void workersChanged(int live);
    /// Preparing or starting failed, or Prism ended on its own.
    void failed(const QString &message);
    /// Nothing of it runs any more (after stop(), a failure, or an end).
    void stopped();

private:
    PrismTools *m_tools;
    ManagedPrism *m_prism;
    PrismBinaries m_binaries;
    bool m_preparing = false;
    bool m_startWhenPrepared = false;
};

} // namespace bl
