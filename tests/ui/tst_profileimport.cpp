// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
// #18 row 5 in the window: importing a shared profile that names programs outside the pipeline
// asks first, listing them; it is kept only when the user says yes (then trusted as shown).
// The real window offscreen; the question is answered by ScriptedDialogs (QMessageBox in use).
#include "Dialogs.h"
#include "MainWindow.h"
#include "profiles/ProfileStore.h"
#include "profiles/ProfileTrust.h"

#include <QAction>
#include <QJsonDocument>
#include <QJsonObject>
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
        QVERIFY2(dialogs.lastRequest().text.contains(u"goPath: /tmp/evil/go"_s), qPrintable(dialogs.lastRequest().text));
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
};

QTEST_MAIN(TestProfileImport)
#include "tst_profileimport.moc"
