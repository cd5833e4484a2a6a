// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "launch/LaunchSettings.h"
#include "launch/LaunchSpec.h"

#include <QObject>
#include <QPointer>

QT_BEGIN_NAMESPACE
class QTcpSocket;
class QTimer;
QT_END_NAMESPACE

namespace bl {

/// Checks a launch can work before anything is built, catching what Beam users trip over:
/// a job service that does not answer, a DOCKER environment on a machine with no docker,
/// a PROCESS environment whose command does not exist.
class Preflight final : public QObject
{
    Q_OBJECT

public:
    static constexpr int DefaultTimeoutMs = 3000;

    explicit Preflight(QObject *parent = nullptr);
    ~Preflight() override;

    void setTimeout(int ms) { m_timeoutMs = ms; }
    void start(const LaunchSettings &settings);
    void cancel();

    /// The checks that need no network (docker, PROCESS command), for the window to show at once.
    static Problems localChecks(const LaunchSettings &settings);
    /// Information, never a refusal: what the settings expose to other machines (in-process Prism's
    /// job service on every interface, a PROCESS command run on another host, a link without TLS).
    /// Part of localChecks().
    static Problems exposureNotes(const LaunchSettings &settings);
    /// The environment type Beam will use for `settings` (the runner's default when empty).
    static QString effectiveEnvironmentType(const LaunchSettings &settings);
    static bool isLoopbackHost(const QString &host);

Q_SIGNALS:
    void finished(const bl::Problems &problems);

private:
    void done(const QString &connectError);

    LaunchSettings m_settings;
    QPointer<QTcpSocket> m_socket;
    QTimer *m_timer;
    int m_timeoutMs = DefaultTimeoutMs;
    bool m_running = false;
};

} // namespace bl
