// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
// Profiles and secrets through the real command line and a real Secret Service
// (gnome-keyring in a private D-Bus session: this test runs under tests/with-keyring).
#include "CliRunner.h"
#include "ProcessProbe.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QTemporaryDir>
#include <QTest>

using namespace bl::test;
using namespace Qt::StringLiterals;

namespace {

const QByteArray Secret = "s3cr3t-Wert-ü-9f8e7d";

QString fixture(const QString &name)
{
    return QStringLiteral(BL_FIXTURES_DIR "/pipelines/") + name;
}

// Every file below `dir` that holds `needle`.
QStringList filesContaining(const QString &dir, const QByteArray &needle)
{
    QStringList found;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        if (f.open(QIODevice::ReadOnly) && f.readAll().contains(needle))
            found << f.fileName();
    }
    return found;
}

CliRun runWithInput(const QStringList &args, const QProcessEnvironment &env, const QByteArray &input)
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(BL_EXECUTABLE), args);
    p.write(input);
    p.closeWriteChannel();
    p.waitForFinished(60000);
    CliRun run;
    run.exitCode = p.exitCode();
    run.out = p.readAllStandardOutput();
    run.err = p.readAllStandardError();
    return run;
}

} // namespace

class TestKeyringCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_config;
    QTemporaryDir m_cache;
    QProcessEnvironment m_env;

private Q_SLOTS:
    void initTestCase()
    {
        BL_VERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"), "runs under tests/with-keyring");
        m_env = QProcessEnvironment::systemEnvironment();
        m_env.insert(u"BEAM_LAUNCHER_CONFIG_DIR"_s, m_config.path());
        m_env.insert(u"BEAM_LAUNCHER_CACHE_DIR"_s, m_cache.path());
    }

    void secretReachesTheLauncherAndNothingElse()
    {
        CliRun run = runCli({u"profiles"_s, u"create"_s, u"Secret test"_s, fixture(u"fakebeam"_s), u"--runner"_s,
                             u"prism"_s, u"--env"_s, u"PLAIN=visible"_s, u"--"_s, u"--hash_env=API_TOKEN"_s,
                             u"--print_env=API_TOKEN"_s, u"--sleep_ms=1500"_s},
                            m_env);
        BL_VERIFY2(run.exitCode == 0, qPrintable(run.describe()));

        run = runWithInput({u"profiles"_s, u"set-secret"_s, u"Secret test"_s, u"API_TOKEN"_s}, m_env, Secret + '\n');
        BL_VERIFY2(run.exitCode == 0, qPrintable(run.describe()));

        // The keychain has it, under our service and key.
        QProcess lookup;
        lookup.setProcessEnvironment(m_env);
        const QString id = QString::fromUtf8(runCli({u"profiles"_s, u"show"_s, u"Secret test"_s}, m_env).out)
                               .section(u"\"id\": \""_s, 1)
                               .section(u'"', 0, 0);
        QVERIFY(!id.isEmpty());
        lookup.start(u"secret-tool"_s, {u"lookup"_s, u"server"_s, u"beam-launcher"_s, u"user"_s, id + u"/API_TOKEN"_s});
        QVERIFY(lookup.waitForFinished(10000));
        QCOMPARE(lookup.readAllStandardOutput(), Secret);

        // Launch, and look at every process's command line while it runs.
        QProcess launch;
        launch.setProcessEnvironment(m_env);
        launch.start(QStringLiteral(BL_EXECUTABLE), {u"launch"_s, u"--profile"_s, u"Secret test"_s, u"--json"_s});
        QVERIFY(launch.waitForStarted());
        QByteArray out;
        // Every distinct command line, read again on each look: a child caught between fork and
        // exec still shows its parent's command line, and the same pid shows the launcher's later.
        QSet<QByteArray> seen;
        QByteArray cmdlines;
        while (!launch.waitForFinished(50)) {
            out += launch.readAllStandardOutput();
            for (qint64 pid : descendantsOf(launch.processId())) {
                QFile file(u"/proc/%1/cmdline"_s.arg(pid));
                if (!file.open(QIODevice::ReadOnly))
                    continue;
                const QByteArray cmdline = file.readAll();
                if (!cmdline.isEmpty() && !seen.contains(cmdline)) {
                    seen.insert(cmdline);
                    cmdlines += cmdline + '\n';
                }
            }
        }
        out += launch.readAllStandardOutput();
        const QByteArray err = launch.readAllStandardError();
        BL_VERIFY2(launch.exitCode() == 0, err.constData());
        BL_VERIFY2(cmdlines.contains("--hash_env=API_TOKEN"), cmdlines.constData()); // we did see the launcher
        BL_VERIFY2(!cmdlines.contains(Secret), "a secret in a process's argv");

        const QByteArray hash = QCryptographicHash::hash(Secret, QCryptographicHash::Sha256).toHex();
        BL_VERIFY2(out.contains(QByteArray("env API_TOKEN set=true sha256=").append(hash)), out.constData());
        BL_VERIFY2(out.contains("careless: API_TOKEN=********"), out.constData());
        BL_VERIFY2(!out.contains(Secret), "the secret in the --json output");
        BL_VERIFY2(!err.contains(Secret), "the secret on stderr");
        QVERIFY(out.contains("visible") || out.contains("PLAIN=visible"));
        QCOMPARE(filesContaining(m_config.path(), Secret), QStringList());
        QCOMPARE(filesContaining(m_cache.path(), Secret), QStringList());
        QVERIFY(!filesContaining(m_cache.path(), "careless: API_TOKEN=********").isEmpty()); // the masked log exists

        // Exported profiles leave the secret out and say it is needed.
        const QString exported = m_cache.filePath(u"shared.json"_s);
        run = runCli({u"profiles"_s, u"export"_s, u"Secret test"_s, exported}, m_env);
        BL_VERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QFile file(exported);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray json = file.readAll();
        QVERIFY(!json.contains(Secret));
        QVERIFY(json.contains("API_TOKEN"));

        // Importing it asks for the secret; launching before it is set explains how.
        run = runCli({u"profiles"_s, u"import"_s, exported}, m_env);
        BL_VERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QVERIFY(run.err.contains("set-secret"));
        run = runCli({u"profiles"_s, u"list"_s}, m_env);
        BL_VERIFY2(run.out.contains("Secret test (2)") || run.out.contains("Secret test 2"), run.out.constData());

        // Rename and duplicate; the copy has the secret too.
        QCOMPARE(runCli({u"profiles"_s, u"duplicate"_s, u"Secret test"_s}, m_env).exitCode, 0);
        QCOMPARE(runCli({u"profiles"_s, u"rename"_s, u"Secret test (copy)"_s, u"Twin"_s}, m_env).exitCode, 0);
        const QString twinId = QJsonDocument::fromJson(runCli({u"profiles"_s, u"show"_s, u"Twin"_s}, m_env).out)
                                   .object().value(u"id"_s).toString();
        QVERIFY(!twinId.isEmpty() && twinId != id);
        lookup.start(u"secret-tool"_s, {u"lookup"_s, u"server"_s, u"beam-launcher"_s, u"user"_s, twinId + u"/API_TOKEN"_s});
        QVERIFY(lookup.waitForFinished(10000));
        QCOMPARE(lookup.readAllStandardOutput(), Secret);
        QCOMPARE(runCli({u"profiles"_s, u"rename"_s, u"Twin"_s, u"Secret test"_s}, m_env).exitCode, 2); // taken

        // Deleting the profile deletes its keychain entry.
        run = runCli({u"profiles"_s, u"delete"_s, u"Secret test"_s}, m_env);
        BL_VERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        lookup.start(u"secret-tool"_s, {u"lookup"_s, u"server"_s, u"beam-launcher"_s, u"user"_s, id + u"/API_TOKEN"_s});
        QVERIFY(lookup.waitForFinished(10000));
        QCOMPARE(lookup.readAllStandardOutput(), QByteArray());
    }

    void launchWithoutTheSecretExplains()
    {
        CliRun run = runCli({u"profiles"_s, u"create"_s, u"Needs secret"_s, fixture(u"fakebeam"_s), u"--runner"_s,
                             u"prism"_s, u"--env"_s, u"MISSING=placeholder"_s},
                            m_env);
        BL_VERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        // Turn the variable into a secret the keychain does not have, as a colleague's file would.
        const QJsonObject shown = QJsonDocument::fromJson(runCli({u"profiles"_s, u"show"_s, u"Needs secret"_s}, m_env).out).object();
        const QString id = shown.value(u"id"_s).toString();
        QVERIFY(!id.isEmpty());
        QFile file(m_config.path() + u"/profiles/"_s + id + u".json"_s);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
        file.close();
        QJsonObject settings = root.value(u"settings"_s).toObject();
        settings.insert(u"environment"_s, QJsonArray{QJsonObject{{u"name"_s, u"MISSING"_s}, {u"secret"_s, true}}});
        root.insert(u"settings"_s, settings);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(QJsonDocument(root).toJson());
        file.close();
        run = runCli({u"launch"_s, u"--profile"_s, u"Needs secret"_s, u"--json"_s}, m_env);
        BL_VERIFY2(run.exitCode == 2, qPrintable(run.describe()));
        BL_VERIFY2(run.errorText().contains(u"set-secret"_s), qPrintable(run.describe()));
    }

    void usage()
    {
        QCOMPARE(runCli({u"profiles"_s}, m_env).exitCode, 2);
        QCOMPARE(runCli({u"profiles"_s, u"show"_s, u"nope"_s}, m_env).exitCode, 2);
        QCOMPARE(runCli({u"profiles"_s, u"frob"_s}, m_env).exitCode, 2);
        QCOMPARE(runCli({u"profiles"_s, u"create"_s, u"Usage"_s, fixture(u"fakebeam"_s), u"--runner"_s, u"prism"_s},
                        m_env).exitCode, 0);
        const CliRun run = runWithInput({u"profiles"_s, u"set-secret"_s, u"Usage"_s, u"X"_s}, m_env, QByteArray());
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains("standard input"));
    }
};

QTEST_GUILESS_MAIN(TestKeyringCli)
#include "tst_keyring_cli.moc"
