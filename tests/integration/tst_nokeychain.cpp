// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
//
// SecretStore without a keychain: every call must end, well within the timeout, with the
// message that tells the user to start a keyring. Each scenario runs in a child process of
// this test (this program, told by an environment variable), because D-Bus settings are
// fixed per process: a dead session bus, a bus without any keyring, and a keyring that
// owns its bus name but never answers (only our own timeout can end that call).
#include "VerifyWhole.h"
#include "profiles/SecretStore.h"

#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QElapsedTimer>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <cstdio>

using namespace bl;

namespace {

constexpr int timeoutMs = 2000;

// Owns the Secret Service's bus name and then freezes: a keyring that never answers.
int runHangingService()
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.registerService(QStringLiteral("org.freedesktop.secrets")))
        return 1;
    std::printf("owned\n");
    std::fflush(stdout);
    std::raise(SIGSTOP);
    return 0;
}

// The child: one write and one read; prints "<status> <elapsed ms> <message>" per call.
int runChild()
{
    QProcess hanging;
    if (qEnvironmentVariableIsSet("BL_NOKEYCHAIN_HANG")) {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("BL_NOKEYCHAIN_CHILD"));
        env.insert(QStringLiteral("BL_NOKEYCHAIN_SERVICE"), QStringLiteral("1"));
        hanging.setProcessEnvironment(env);
        hanging.start(QCoreApplication::applicationFilePath(), QStringList());
        if (!hanging.waitForReadyRead(10000))
            return 1;
    }
    SecretStore secrets;
    secrets.setTimeout(timeoutMs);
    for (int i = 0; i < 2; ++i) {
        QElapsedTimer clock;
        clock.start();
        const SecretStore::Result r = i == 0 ? secrets.writeSync(QStringLiteral("p"), QStringLiteral("V"), QStringLiteral("x"))
                                             : secrets.readSync(QStringLiteral("p"), QStringLiteral("V"));
        std::printf("%d %lld %s\n", int(r.status), static_cast<long long>(clock.elapsed()), qPrintable(r.message));
        std::fflush(stdout);
    }
    if (hanging.state() != QProcess::NotRunning) {
        hanging.kill();
        hanging.waitForFinished(5000);
    }
    return 0;
}

} // namespace

class TestNoKeychain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void clearErrorWithinTheTimeout_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::newRow("dead session bus") << QStringLiteral("dead-bus");
        QTest::newRow("session bus without a keyring") << QStringLiteral("bus-without-keyring");
        QTest::newRow("keyring that never answers") << QStringLiteral("hanging-keyring");
    }

    void clearErrorWithinTheTimeout()
    {
        QFETCH(QString, scenario);
        QTemporaryDir dir;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("BL_NOKEYCHAIN_CHILD"), QStringLiteral("1"));
        // Nowhere to find a running keyring or a KWallet.
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), dir.path());
        env.insert(QStringLiteral("XDG_DATA_HOME"), dir.path());
        env.remove(QStringLiteral("GNOME_KEYRING_CONTROL"));
        QString program = QCoreApplication::applicationFilePath();
        QStringList args;
        if (scenario == u"dead-bus") {
            env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=") + dir.filePath(QStringLiteral("no-bus")));
        } else {
            const QString runSession = QStandardPaths::findExecutable(QStringLiteral("dbus-run-session"));
            BL_VERIFY2(!runSession.isEmpty(), "dbus-run-session is missing (package dbus-daemon); run .ci/setup");
            // A private bus that knows no service files: nothing can be activated on it.
            const QString config = dir.filePath(QStringLiteral("session.conf"));
            QFile conf(config);
            QVERIFY(conf.open(QIODevice::WriteOnly));
            conf.write("<!DOCTYPE busconfig PUBLIC \"-//freedesktop//DTD D-BUS Bus Configuration 1.0//EN\"\n"
                       " \"http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd\">\n"
                       "<busconfig><type>session</type><listen>unix:tmpdir=/tmp</listen>\n"
                       "<policy context=\"default\"><allow send_destination=\"*\" eavesdrop=\"true\"/>"
                       "<allow eavesdrop=\"true\"/><allow own=\"*\"/></policy></busconfig>\n");
            conf.close();
            args << QStringLiteral("--config-file=") + config << QStringLiteral("--") << program;
            if (scenario == u"hanging-keyring")
                env.insert(QStringLiteral("BL_NOKEYCHAIN_HANG"), QStringLiteral("1"));
            program = runSession;
        }
        QProcess child;
        child.setProcessEnvironment(env);
        QElapsedTimer clock;
        clock.start();
        child.start(program, args);
        QVERIFY(child.waitForFinished(4 * timeoutMs + 10000));
        const QString out = QString::fromUtf8(child.readAllStandardOutput());
        const QStringList lines = out.split(u'\n', Qt::SkipEmptyParts);
        BL_VERIFY2(lines.size() == 2, qPrintable(out + QString::fromUtf8(child.readAllStandardError())));
        for (const QString &line : lines) {
            const QStringList parts = line.split(u' ');
            QCOMPARE(parts.at(0).toInt(), int(SecretStore::Status::NoKeychain));
            const int elapsed = parts.at(1).toInt();
            qInfo("%s: answered after %d ms", qPrintable(scenario), elapsed);
            BL_VERIFY2(elapsed < timeoutMs + 1000, qPrintable(line));
            if (scenario == u"hanging-keyring") // our own (coarse, so up to 5% early) timer answered
                BL_VERIFY2(elapsed >= timeoutMs * 9 / 10 && line.contains(QStringLiteral("did not answer")), qPrintable(line));
            BL_VERIFY2(line.contains(QStringLiteral("No keychain is available: start your desktop's keyring")), qPrintable(line));
        }
    }
};

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsSet("BL_NOKEYCHAIN_SERVICE")) {
        QCoreApplication app(argc, argv);
        return runHangingService();
    }
    if (qEnvironmentVariableIsSet("BL_NOKEYCHAIN_CHILD")) {
        QCoreApplication app(argc, argv);
        return runChild();
    }
    QCoreApplication app(argc, argv);
    TestNoKeychain test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_nokeychain.moc"
