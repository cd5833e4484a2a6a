// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
// #18 row 5 in the window: importing a shared profile that names programs outside the pipeline
// asks first, listing them; it is kept only when the user says yes (then trusted as shown).
// The real window offscreen; the question is answered by ScriptedDialogs (QMessageBox in use).
#include "VerifyWhole.h"
#include "Dialogs.h"
#include "MainWindow.h"
#include "ProfilesPanel.h"
#include "launch/LaunchSession.h"
#include "profiles/ProfileStore.h"
#include "profiles/ProfileTrust.h"

#include <QAction>
#include <QJsonDocument>
#include <QLabel>
#include <QJsonObject>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace bl;
using namespace Qt::StringLiterals;

class TestProfileImport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_cache;

    static void write(const QString &path, const QByteArray &bytes)
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qputenv("BEAM_LAUNCHER_CACHE_DIR", m_cache.path().toLocal8Bit());
        qputenv("BEAM_LAUNCHER_SAMPLES_DIR", m_cache.filePath(u"no-samples"_s).toLocal8Bit());
    }

    void importAsksBeforeKeepingProgramsItNames()
    {
        QTemporaryDir config;
        qputenv("BEAM_LAUNCHER_CONFIG_DIR", config.path().toLocal8Bit());
        ScriptedDialogs dialogs;
        MainWindow window(&dialogs);
        window.show();
        QAction *import = window.findChild<QAction *>(u"importAction"_s);
        QVERIFY(import);

        const QString file = config.filePath(u"shared.json"_s);
        const QJsonObject settings{{u"packageDir"_s, QStringLiteral(BL_FIXTURES_DIR "/pipelines/fakebeam")},
                                   {u"runner"_s, u"prism"_s},
                                   {u"goPath"_s, u"/tmp/evil/go"_s},
                                   {u"workerBinary"_s, u"/tmp/evil/worker"_s}};
        write(file, QJsonDocument(QJsonObject{{u"schema"_s, 2}, {u"name"_s, u"shared"_s}, {u"settings"_s, settings}}).toJson());

        // No: nothing is kept.
        dialogs.setNextFileName(file);
        dialogs.setNextAnswer(false);
        import->trigger();
        QCOMPARE(dialogs.lastRequest().kind, ScriptedDialogs::Kind::AskYesNo);
        BL_VERIFY2(dialogs.lastRequest().text.contains(u"goPath: /tmp/evil/go"_s), qPrintable(dialogs.lastRequest().text));
        QVERIFY(dialogs.lastRequest().text.contains(u"workerBinary: /tmp/evil/worker"_s));
        ProfileStore store(config.path());
        QVERIFY(store.load());
        QCOMPARE(store.profiles().size(), 0);

        // Yes: kept, and trusted exactly as shown.
        dialogs.clearRequests();
        dialogs.setNextFileName(file);
        dialogs.setNextAnswer(true);
        import->trigger();
        QVERIFY(store.load());
        QCOMPARE(store.profiles().size(), 1);
        const Profile imported = store.profiles().constFirst();
        QCOMPARE(imported.settings.goPath, u"/tmp/evil/go"_s);
        QVERIFY(ProfileTrust::isTrusted(imported));

        // A profile naming nothing outside the pipeline is imported without a question.
        QJsonObject plain = settings;
        plain.remove(u"goPath"_s);
        plain.remove(u"workerBinary"_s);
        write(file, QJsonDocument(QJsonObject{{u"schema"_s, 2}, {u"name"_s, u"plain"_s}, {u"settings"_s, plain}}).toJson());
        dialogs.clearRequests();
        dialogs.setNextFileName(file);
        import->trigger();
        for (const ScriptedDialogs::Request &r : dialogs.requests())
            QVERIFY(r.kind != ScriptedDialogs::Kind::AskYesNo);
        QVERIFY(store.load());
        QCOMPARE(store.profiles().size(), 2);

        // A FIFO is refused with a warning, never opened for a blocking read.
        const QString fifo = config.filePath(u"fifo"_s);
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        dialogs.clearRequests();
        dialogs.setNextFileName(fifo);
        import->trigger();
        QCOMPARE(dialogs.lastRequest().kind, ScriptedDialogs::Kind::Warning);
        QVERIFY(dialogs.lastRequest().text.contains(u"named pipe"_s));
    }

    // A profile imported on the command line (not accepted yet) is built in the window only after
    // the same question; "No" starts nothing, "Yes" is remembered. A newer schema is refused.
    void buildingAnUnacceptedProfileAsksFirst()
    {
        QTemporaryDir config;
        QTemporaryDir out;
        qputenv("BEAM_LAUNCHER_CONFIG_DIR", config.path().toLocal8Bit());
        const QString file = config.filePath(u"shared.json"_s);
        const QString outDir = out.filePath(u"bin"_s);
        const QJsonObject settings{{u"packageDir"_s, QStringLiteral(BL_FIXTURES_DIR "/pipelines/fakebeam")},
                                   {u"runner"_s, u"prism"_s},
                                   {u"outDir"_s, outDir}};
        write(file, QJsonDocument(QJsonObject{{u"schema"_s, 2}, {u"name"_s, u"cli"_s}, {u"settings"_s, settings}}).toJson());
        {
            ProfileStore cli(config.path());
            QVERIFY(cli.load());
            QVERIFY(cli.importFrom(file)); // as `beam-launcher profiles import` does
        }
        ScriptedDialogs dialogs;
        MainWindow window(&dialogs);
        window.show();
        QAction *build = window.findChild<QAction *>(u"buildAction"_s);
        QVERIFY(build);
        QTRY_VERIFY(build->isEnabled());

        dialogs.setNextAnswer(false);
        build->trigger();
        QCOMPARE(dialogs.lastRequest().kind, ScriptedDialogs::Kind::AskYesNo);
        BL_VERIFY2(dialogs.lastRequest().text.contains(u"outDir: "_s + outDir), qPrintable(dialogs.lastRequest().text));
        QVERIFY(!window.isBusy());
        QVERIFY(!QFileInfo::exists(outDir));
        QVERIFY(!ProfileTrust::isTrusted(window.store()->profiles().constFirst()));

        dialogs.clearRequests();
        dialogs.setNextAnswer(true);
        QSignalSpy finished(window.session(), &LaunchSession::finished);
        build->trigger();
        QCOMPARE(dialogs.requests().size(), 1);
        QVERIFY(window.isBusy());
        QVERIFY(finished.wait(240000));
        QCOMPARE(finished.constFirst().constFirst().toInt(), 0);
        QVERIFY(QFileInfo::exists(outDir + u"/worker-linux-amd64"_s));
        ProfileStore store(config.path());
        QVERIFY(store.load());
        QVERIFY(ProfileTrust::isTrusted(store.profiles().constFirst()));

        // Asked once: the next build goes ahead without a question.
        dialogs.clearRequests();
        build->trigger();
        QVERIFY(dialogs.requests().isEmpty());
        QVERIFY(finished.wait(240000));

        // A newer version's profile is listed but neither built nor written.
        const QByteArray future = "{\"schema\": 99, \"id\": \"future\", \"name\": \"future\", \"settings\": "
                                  "{\"packageDir\": \"" BL_FIXTURES_DIR "/pipelines/fakebeam\", \"runner\": \"prism\"}}";
        const QString futureFile = config.filePath(u"profiles/future.json"_s);
        write(futureFile, future);
        QTRY_VERIFY(window.store()->findById(u"future"_s).has_value());
        auto *panel = window.findChild<ProfilesPanel *>();
        QVERIFY(panel);
        panel->selectProfile(u"future"_s);
        QCOMPARE(panel->currentProfileId(), u"future"_s);
        dialogs.clearRequests();
        build->trigger();
        QVERIFY(!window.isBusy());
        QVERIFY(dialogs.requests().isEmpty());
        auto *message = window.findChild<QLabel *>(u"sessionMessage"_s);
        QVERIFY(message);
        BL_VERIFY2(message->text().contains(u"made by a newer Beam Launcher (schema 99"_s), qPrintable(message->text()));
        QFile written(futureFile);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QCOMPARE(written.readAll(), future);
    }
};

QTEST_MAIN(TestProfileImport)
#include "tst_profileimport.moc"
