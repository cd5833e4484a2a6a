// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
// For the Flink end-to-end tests: a real Flink session cluster, a JobManager
// (StandaloneSessionClusterEntrypoint) and one TaskManager (TaskManagerRunner) started as child
// JVMs from the jars tests/flink/prepare-flink.sh fetched, on ports chosen at run time and bound
// to 127.0.0.1 only; and the probe job submitted through its REST API.
#pragma once

#include "JobServers.h"

#include <QByteArray>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHttpMultiPart>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

#include <csignal>
#include <memory>
#include <unistd.h>

namespace bl::test {

/// What tests/flink/prepare-flink.sh made (empty values when it failed).
struct FlinkPieces
{
    QString version;
    QString lib;      ///< a folder of jars: the cluster's class path
    QString probeJar; ///< the probe job
};

inline FlinkPieces prepareFlink()
{
    const auto values = prepare(QStringLiteral(BL_SOURCE_DIR "/tests/flink/prepare-flink.sh"));
    return {values.value(QStringLiteral("FLINK_VERSION")), values.value(QStringLiteral("FLINK_LIB")),
            values.value(QStringLiteral("FLINK_PROBE_JAR"))};
}

/// A port nobody listens on right now (the kernel's choice, released at once).
inline quint16 freePort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        return 0;
    return server.serverPort();
}

/// A blocking HTTP exchange for test set-up (the event loop turns while it waits).
struct HttpAnswer
{
    int status = 0;
    QByteArray body;
    QString error;
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
};

inline HttpAnswer waitForReply(QNetworkReply *reply, int timeoutMs)
{
    std::unique_ptr<QNetworkReply> owner(reply);
    HttpAnswer answer;
    if (!reply->isFinished()) {
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!finished.wait(timeoutMs)) {
            reply->abort();
            answer.error = QStringLiteral("no answer in %1 ms").arg(timeoutMs);
            return answer;
        }
    }
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.body = reply->readAll();
    if (reply->error() != QNetworkReply::NoError)
        answer.error = reply->errorString();
    return answer;
}

/// One JobManager and one TaskManager (2 slots) in a folder of their own: config, logs,
/// temporary files. The destructor stops both JVMs.
class FlinkCluster
{
public:
    ~FlinkCluster() { stop(); }

    /// Writes the configuration and starts both JVMs; true once the REST API shows one
    /// TaskManager with free slots (within `timeoutMs`). `why` says what went wrong.
    bool start(const FlinkPieces &pieces, const QString &dir, QString *why, int timeoutMs = 120000)
    {
        m_dir = dir;
        m_restPort = freePort();
        const quint16 rpcPort = freePort();
        if (!m_restPort || !rpcPort)
            return fail(why, QStringLiteral("no free port"));
        QDir().mkpath(dir + QStringLiteral("/conf"));
        QDir().mkpath(dir + QStringLiteral("/log"));
        QDir().mkpath(dir + QStringLiteral("/tmp"));
        if (!writeFile(dir + QStringLiteral("/conf/config.yaml"), config(rpcPort))
            || !writeFile(dir + QStringLiteral("/conf/log4j.properties"), log4j()))
            return fail(why, QStringLiteral("cannot write the configuration in %1").arg(dir));

        m_clock.start();
        // JobManager: heap 256m, off-heap 64m (direct), metaspace 128m (its config says so too).
        if (!launch(m_jobManager, pieces.lib, QStringLiteral("jobmanager"),
                    {QStringLiteral("-Xms256m"), QStringLiteral("-Xmx256m"), QStringLiteral("-XX:MaxDirectMemorySize=64m"),
                     QStringLiteral("-XX:MaxMetaspaceSize=128m")},
                    QStringLiteral("org.apache.flink.runtime.entrypoint.StandaloneSessionClusterEntrypoint")))
            return fail(why, QStringLiteral("java did not start (is Java 17 on PATH?)"));
        // TaskManager: heap = framework 64m + task 128m; direct = framework off-heap 64m + task
        // off-heap 0 + network 32m; metaspace 128m: what its config sets.
        if (!launch(m_taskManager, pieces.lib, QStringLiteral("taskmanager"),
                    {QStringLiteral("-Xms192m"), QStringLiteral("-Xmx192m"), QStringLiteral("-XX:MaxDirectMemorySize=96m"),
                     QStringLiteral("-XX:MaxMetaspaceSize=128m")},
                    QStringLiteral("org.apache.flink.runtime.taskexecutor.TaskManagerRunner")))
            return fail(why, QStringLiteral("java did not start (is Java 17 on PATH?)"));

        while (m_clock.elapsed() < timeoutMs) {
            if (m_jobManager.state() != QProcess::Running || m_taskManager.state() != QProcess::Running)
                return fail(why, QStringLiteral("a Flink JVM exited during start-up:\n%1").arg(logsTail()));
            const HttpAnswer overview = get(QStringLiteral("/overview"), 2000);
            const QJsonObject o = overview.json();
            if (o.value(QLatin1String("taskmanagers")).toInt() == 1 && o.value(QLatin1String("slots-available")).toInt() > 0) {
                m_readyMs = m_clock.elapsed();
                return true;
            }
            QTest::qWait(200);
        }
        return fail(why, QStringLiteral("not ready in %1 s:\n%2").arg(timeoutMs / 1000).arg(logsTail()));
    }

    /// Uploads `jar` (POST /jars/upload) and runs it (POST /jars/<id>/run) with `arguments`;
    /// the Flink job id, or empty with `why` set.
    QString submit(const QString &jar, const QStringList &arguments, QString *why)
    {
        auto *multi = new QHttpMultiPart(QHttpMultiPart::FormDataType);
        QHttpPart part;
        part.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/java-archive"));
        part.setHeader(QNetworkRequest::ContentDispositionHeader,
                       QStringLiteral("form-data; name=\"jarfile\"; filename=\"%1\"").arg(QFileInfo(jar).fileName()));
        auto *file = new QFile(jar, multi);
        if (!file->open(QIODevice::ReadOnly)) {
            delete multi;
            fail(why, QStringLiteral("cannot read %1").arg(jar));
            return {};
        }
        part.setBodyDevice(file);
        multi->append(part);
        QNetworkReply *reply = m_network.post(QNetworkRequest(url(QStringLiteral("/jars/upload"))), multi);
        multi->setParent(reply);
        const HttpAnswer upload = waitForReply(reply, 30000);
        const QString stored = upload.json().value(QLatin1String("filename")).toString();
        if (stored.isEmpty()) {
            fail(why, QStringLiteral("upload failed: HTTP %1 %2 %3").arg(upload.status).arg(upload.error, QString::fromUtf8(upload.body)));
            return {};
        }
        const QString jarId = stored.section(QLatin1Char('/'), -1);
        QJsonArray args;
        for (const QString &a : arguments)
            args.append(a);
        QNetworkRequest request(url(QStringLiteral("/jars/%1/run").arg(jarId)));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        const HttpAnswer run = waitForReply(
            m_network.post(request, QJsonDocument(QJsonObject{{QStringLiteral("programArgsList"), args}}).toJson()), 60000);
        const QString jobId = run.json().value(QLatin1String("jobid")).toString();
        if (jobId.isEmpty())
            fail(why, QStringLiteral("run failed: HTTP %1 %2 %3").arg(run.status).arg(run.error, QString::fromUtf8(run.body)));
        return jobId;
    }

    /// SIGTERM to both JVMs' process groups, then SIGKILL to what is left after 15 s.
    void stop()
    {
        for (QProcess *p : {&m_taskManager, &m_jobManager}) {
            if (p->state() != QProcess::NotRunning)
                ::kill(-pid_t(p->processId()), SIGTERM);
        }
        for (QProcess *p : {&m_taskManager, &m_jobManager}) {
            if (p->state() != QProcess::NotRunning && !p->waitForFinished(15000)) {
                ::kill(-pid_t(p->processId()), SIGKILL);
                p->waitForFinished(5000);
            }
        }
    }

    HttpAnswer get(const QString &path, int timeoutMs = 5000)
    {
        return waitForReply(m_network.get(QNetworkRequest(url(path))), timeoutMs);
    }

    QString restAddress() const { return QStringLiteral("127.0.0.1:%1").arg(m_restPort); }
    QList<qint64> pids() const { return {m_jobManager.processId(), m_taskManager.processId()}; }
    qint64 readyMs() const { return m_readyMs; }
    QString taskManagerLogFile() const { return m_dir + QStringLiteral("/log/taskmanager.log"); }
    QString jobManagerLogFile() const { return m_dir + QStringLiteral("/log/jobmanager.log"); }

    /// The last lines of both logs and both JVMs' own output: what a failing test shows.
    QString logsTail() const
    {
        QString text;
        for (const QString &name : {QStringLiteral("jobmanager.log"), QStringLiteral("jobmanager.out"),
                                    QStringLiteral("taskmanager.log"), QStringLiteral("taskmanager.out")}) {
            QFile f(m_dir + QStringLiteral("/log/") + name);
            if (f.open(QIODevice::ReadOnly))
                text += QStringLiteral("--- %1\n%2\n").arg(name, QString::fromUtf8(f.readAll().right(3000)));
        }
        return text;
    }

private:
    static bool fail(QString *why, const QString &text)
    {
        if (why)
            *why = text;
        return false;
    }

    static bool writeFile(const QString &path, const QByteArray &text)
    {
        QFile f(path);
        return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(text) == text.size();
    }

    QUrl url(const QString &path) const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_restPort).arg(path));
    }

    /// Flink 1.20's config.yaml (standard YAML; flat keys are fine). Every memory size is
    /// explicit (no flink-dist scripts compute them here), every address is 127.0.0.1, and every
    /// temporary file stays in the cluster's folder.
    QByteArray config(quint16 rpcPort) const
    {
        const QString tmp = m_dir + QStringLiteral("/tmp");
        return QStringLiteral(
                   "jobmanager.rpc.address: 127.0.0.1\n"
                   "jobmanager.rpc.port: %1\n"
                   "jobmanager.bind-host: 127.0.0.1\n"
                   "rest.address: 127.0.0.1\n"
                   "rest.bind-address: 127.0.0.1\n"
                   "rest.port: %2\n"
                   // Not Flink's default (3 s): FlinkCheck must read it from /config.
                   "web.refresh-interval: 2000\n"
                   "taskmanager.host: 127.0.0.1\n"
                   "taskmanager.bind-host: 127.0.0.1\n"
                   "taskmanager.rpc.port: 0\n"
                   "taskmanager.data.port: 0\n"
                   "blob.server.port: 0\n"
                   "taskmanager.numberOfTaskSlots: 2\n"
                   "taskmanager.cpu.cores: 2\n"
                   "parallelism.default: 1\n"
                   "jobmanager.memory.heap.size: 256m\n"
                   "jobmanager.memory.off-heap.size: 64m\n"
                   "jobmanager.memory.jvm-metaspace.size: 128m\n"
                   "jobmanager.memory.jvm-overhead.min: 64m\n"
                   "jobmanager.memory.jvm-overhead.max: 64m\n"
                   "taskmanager.memory.framework.heap.size: 64m\n"
                   "taskmanager.memory.task.heap.size: 128m\n"
                   "taskmanager.memory.framework.off-heap.size: 64m\n"
                   "taskmanager.memory.task.off-heap.size: 0m\n"
                   "taskmanager.memory.network.min: 32m\n"
                   "taskmanager.memory.network.max: 32m\n"
                   "taskmanager.memory.managed.size: 32m\n"
                   "taskmanager.memory.jvm-metaspace.size: 128m\n"
                   "taskmanager.memory.jvm-overhead.min: 64m\n"
                   "taskmanager.memory.jvm-overhead.max: 64m\n"
                   "io.tmp.dirs: %3\n"
                   "web.tmpdir: %3\n"
                   "blob.storage.directory: %3\n")
            .arg(rpcPort)
            .arg(m_restPort)
            .arg(tmp)
            .toUtf8();
    }

    static QByteArray log4j()
    {
        return "rootLogger.level = INFO\n"
               "rootLogger.appenderRef.file.ref = MainAppender\n"
               "appender.main.name = MainAppender\n"
               "appender.main.type = File\n"
               "appender.main.append = true\n"
               "appender.main.fileName = ${sys:log.file}\n"
               "appender.main.layout.type = PatternLayout\n"
               "appender.main.layout.pattern = %d{yyyy-MM-dd HH:mm:ss,SSS} %-5p %-60c %x - %m%n\n";
    }

    /// java with Flink's Java 17 module openings (what flink-dist's config passes), its own
    /// process group (stop() ends all of it), the environment inherited (BEAM_LAUNCHER_CI_MARK).
    bool launch(QProcess &process, const QString &lib, const QString &role, const QStringList &memory,
                const QString &mainClass)
    {
        QStringList arguments{
            QStringLiteral("--add-exports=java.base/sun.net.util=ALL-UNNAMED"),
            QStringLiteral("--add-exports=java.rmi/sun.rmi.registry=ALL-UNNAMED"),
            QStringLiteral("--add-exports=java.security.jgss/sun.security.krb5=ALL-UNNAMED"),
            QStringLiteral("--add-opens=java.base/java.lang=ALL-UNNAMED"),
            QStringLiteral("--add-opens=java.base/java.net=ALL-UNNAMED"),
            QStringLiteral("--add-opens=java.base/java.io=ALL-UNNAMED"),
            QStringLiteral("--add-opens=java.base/java.nio=ALL-UNNAMED"),
            QStringLiteral("--add-opens=java.base/sun.nio.ch=ALL-UNNAMED"),
            QStringLiteral("--add-opens=java.base/java.lang.reflect=ALL-UNNAMED"),
            QStringLiteral("--add-opens=java.base/java.text=ALL-UNNAMED"),
            QStringLiteral("--add-opens=java.base/java.time=ALL-UNNAMED"),
            QStringLiteral("--add-opens=java.base/java.util=ALL-UNNAMED"),
            QStringLiteral("--add-opens=java.base/java.util.concurrent=ALL-UNNAMED"),
            QStringLiteral("--add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED"),
            QStringLiteral("--add-opens=java.base/java.util.concurrent.locks=ALL-UNNAMED")};
        arguments << memory;
        arguments << QStringLiteral("-Djava.io.tmpdir=%1/tmp").arg(m_dir)
                  << QStringLiteral("-Dlog.file=%1/log/%2.log").arg(m_dir, role)
                  << QStringLiteral("-Dlog4j.configurationFile=file:%1/conf/log4j.properties").arg(m_dir)
                  << QStringLiteral("-cp") << lib + QStringLiteral("/*") << mainClass << QStringLiteral("--configDir")
                  << m_dir + QStringLiteral("/conf");
        process.setWorkingDirectory(m_dir);
        process.setProcessEnvironment(QProcessEnvironment::systemEnvironment());
        process.setStandardOutputFile(m_dir + QStringLiteral("/log/%1.out").arg(role));
        process.setStandardErrorFile(m_dir + QStringLiteral("/log/%1.out").arg(role), QIODevice::Append);
        process.setChildProcessModifier([] { ::setpgid(0, 0); });
        process.start(QStringLiteral("java"), arguments);
        return process.waitForStarted(10000);
    }

    QString m_dir;
    quint16 m_restPort = 0;
    QProcess m_jobManager;
    QProcess m_taskManager;
    QNetworkAccessManager m_network;
    QElapsedTimer m_clock;
    qint64 m_readyMs = -1;
};

} // namespace bl::test
