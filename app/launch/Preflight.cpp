// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#include "launch/Preflight.h"

#include "launch/LaunchText.h"
#include "launch/RunnerCatalog.h"

#include <QFileInfo>
#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QTimer>

namespace bl {

Preflight::Preflight(QObject *parent)
    : QObject(parent)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, [this] {
        done(LaunchText::tr("no answer within %1 s").arg(m_timeoutMs / 1000.0, 0, 'g', 2));
    });
}

Preflight::~Preflight() = default;

bool Preflight::isLoopbackHost(const QString &host)
{
    if (host.compare(u"localhost", Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

QString Preflight::effectiveEnvironmentType(const LaunchSettings &settings)
{
    if (!settings.environmentType.isEmpty())
        return settings.environmentType.toUpper();
    const RunnerInfo *runner = RunnerCatalog::builtIn().find(settings.runner);
    if (runner && runner->name == u"prism" && settings.endpoint.isEmpty())
        return QStringLiteral("LOOPBACK"); // in-process Prism forces loopback workers
    if (runner)
        return runner->defaultEnvironmentType;
    return QStringLiteral("DOCKER"); // what Beam's portable runners use when told nothing
}

Problems Preflight::localChecks(const LaunchSettings &settings)
{
    Problems problems;
    QString host;
    quint16 port = 0;
    const bool local = settings.endpoint.isEmpty()
        || (LaunchSpec::splitEndpoint(settings.endpoint, &host, &port) && isLoopbackHost(host));
    const QString type = effectiveEnvironmentType(settings);
    if (type == u"DOCKER" && local && !settings.endpoint.isEmpty()
        && QStandardPaths::findExecutable(QStringLiteral("docker")).isEmpty()) {
        problems.append({Problem::Severity::Error, QStringLiteral("environmentType"),
                         LaunchText::tr("The job service on this machine would start the workers in Docker (environment "
                            "type DOCKER), but there is no docker command here. Install Docker, or choose the "
                            "PROCESS or LOOPBACK environment type.")});
    }
    if (type == u"PROCESS" && local) {
        const QJsonObject config = QJsonDocument::fromJson(settings.environmentConfig.toUtf8()).object();
        const QString command = config.value(QStringLiteral("command")).toString();
        const QFileInfo info(command);
        if (!command.isEmpty() && (!info.isFile() || !info.isExecutable())) {
            problems.append({Problem::Severity::Error, QStringLiteral("environmentConfig"),
                             LaunchText::tr("The PROCESS environment's command %1 %2: the runner on this machine runs it to "
                                "start each worker. Give the path of an executable, usually Beam's Go boot "
                                "program.")
                                 .arg(command, info.exists() ? LaunchText::tr("is not executable") : LaunchText::tr("does not exist"))});
        }
    }
    problems += exposureNotes(settings);
    return problems;
}

Problems Preflight::exposureNotes(const LaunchSettings &settings)
{
    Problems notes;
    const RunnerInfo *runner = RunnerCatalog::builtIn().find(settings.runner);
    const bool prism = runner ? runner->name == u"prism" : settings.runner == u"prism";
    if (prism && settings.endpoint.isEmpty() && !settings.localJobServer) {
        notes.append({Problem::Severity::Warning, QStringLiteral("runner"),
                      LaunchText::tr("In-process Prism serves its job service on every network interface of this machine while "
                         "the job runs: anyone who can reach this machine could submit a job to it, and a job can "
                         "run programs as you. Turn on \"Start a local Prism job server\" (--local-job-server): "
                         "that one is reachable from this machine only.")});
    }
    QString host;
    quint16 port = 0;
    if (settings.localJobServer || settings.endpoint.isEmpty()
        || !LaunchSpec::splitEndpoint(settings.endpoint, &host, &port) || isLoopbackHost(host))
        return notes;
    if (effectiveEnvironmentType(settings) == u"PROCESS") {
        const QString command = QJsonDocument::fromJson(settings.environmentConfig.toUtf8())
                                    .object()
                                    .value(QStringLiteral("command"))
                                    .toString();
        notes.append({Problem::Severity::Warning, QStringLiteral("environmentConfig"),
                      LaunchText::tr("The job service on %1 runs the PROCESS command %2 on its own machine, once for every "
                         "worker: make sure it exists there and is what you mean to run there.")
                          .arg(host, command.isEmpty() ? LaunchText::tr("(none given)") : command)});
    }
    notes.append({Problem::Severity::Warning, QStringLiteral("endpoint"),
                  LaunchText::tr("The link to the job service on %1 is not encrypted (Beam's Go SDK talks to job services "
                     "without TLS): the pipeline, its options and the worker binary cross the network in the "
                     "clear, and whoever can reach that port can submit jobs. Use a trusted network or an SSH "
                     "tunnel to a port on this machine.")
                      .arg(host)});
    return notes;
}

void Preflight::start(const LaunchSettings &settings)
{
    m_settings = settings;
    m_running = true;
    QString host;
    quint16 port = 0;
    if (settings.endpoint.isEmpty() || !LaunchSpec::splitEndpoint(settings.endpoint, &host, &port)) {
        QMetaObject::invokeMethod(this, [this] { done(QString()); }, Qt::QueuedConnection);
        return;
    }
    delete m_socket;
    m_socket = new QTcpSocket(this);
    connect(m_socket, &QTcpSocket::connected, this, [this] { done(QString()); });
    connect(m_socket, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError) {
        done(m_socket ? m_socket->errorString() : QString());
    });
    m_timer->start(m_timeoutMs);
    m_socket->connectToHost(host, port);
}

void Preflight::cancel()
{
    if (!m_running)
        return;
    m_running = false;
    m_timer->stop();
    if (m_socket)
        m_socket->abort();
}

void Preflight::done(const QString &connectError)
{
    if (!m_running)
        return;
    m_running = false;
    m_timer->stop();
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
    }
    Problems problems = localChecks(m_settings);
    if (!connectError.isEmpty()) {
        const RunnerInfo *runner = RunnerCatalog::builtIn().find(m_settings.runner);
        QString hint;
        if (runner && runner->defaultPort > 0)
            hint = LaunchText::tr(" The %1 job service listens on port %2 unless told otherwise.")
                       .arg(runner->name)
                       .arg(runner->defaultPort);
        problems.prepend({Problem::Severity::Error, QStringLiteral("endpoint"),
                          LaunchText::tr("Nothing answers at %1 (%2). Start the job service, or check the host and port.%3")
                              .arg(m_settings.endpoint, connectError, hint)});
    }
    Q_EMIT finished(problems);
}

} // namespace bl
