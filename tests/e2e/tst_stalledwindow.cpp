// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
//
// The window and a stalled job (issue #29), on the real managed local Prism: Run ▸ Stalled Job
// Warning… sets the bound (kept in window.ini); a launch whose PROCESS command ends at once, so
// that the job stays RUNNING with no worker, gets the offer to cancel it after that bound; taking
// it cancels the job on the runner and ends the session. A worker that cannot start fails the
// launch in the window too, with its own words.
#include "VerifyWhole.h"
#include "Dialogs.h"
#include "MainWindow.h"
#include "OutputPane.h"
#include "OutputPanel.h"
#include "ProfileEditor.h"
#include "RunView.h"
#include "profiles/ProfileStore.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace bl;
using namespace Qt::StringLiterals;

namespace {

const QString Sample = QStringLiteral(BL_SOURCE_DIR "/resources/sample/wordcount");

} // namespace

class TestStalledWindow : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString runText(MainWindow &window)
    {
        return window.findChild<OutputPanel *>()->runView()->output()->textEdit()->toPlainText();
    }

    void useLocalPrism(MainWindow &window, const QString &processCommand)
    {
        auto *local = window.findChild<QCheckBox *>(u"localJobServerCheck"_s);
        QVERIFY(local);
        local->setChecked(true);
        if (processCommand.isEmpty())
            return;
        auto *type = window.findChild<QComboBox *>(u"environmentTypeCombo"_s);
        auto *config = window.findChild<QLineEdit *>(u"environmentConfigEdit"_s);
        QVERIFY(type && config);
        type->setCurrentIndex(type->findText(u"PROCESS"_s));
        QCOMPARE(type->currentText(), u"PROCESS"_s);
        config->setText(u"{\"command\":\"%1\"}"_s.arg(processCommand));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        qputenv("BEAM_LAUNCHER_CACHE_DIR", m_dir.filePath(u"cache"_s).toLocal8Bit());
        qputenv("BEAM_LAUNCHER_CONFIG_DIR", m_dir.filePath(u"config"_s).toLocal8Bit());
        qputenv("BEAM_LAUNCHER_SAMPLES_DIR", m_dir.filePath(u"no-samples"_s).toLocal8Bit());
        qputenv("BEAM_LAUNCHER_RUNNERS_DIR", QByteArrayLiteral(BL_E2E_CACHE "/managed-prism"));
    }

    void offersToCancelAStalledJob()
    {
        const QString command = m_dir.filePath(u"gone.sh"_s);
        QFile script(command);
        QVERIFY(script.open(QIODevice::WriteOnly));
        script.write("#!/bin/sh\nexit 0\n");
        script.close();
        QVERIFY(script.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));

        ScriptedDialogs dialogs;
        MainWindow window(&dialogs);
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        // The bound, asked and kept.
        dialogs.setNextNumber(3);
        window.stallAction()->trigger();
        QCOMPARE(dialogs.lastRequest().kind, ScriptedDialogs::Kind::AskNumber);
        BL_VERIFY2(dialogs.lastRequest().filter.startsWith(u"60|0|"_s), qPrintable(dialogs.lastRequest().filter));
        const QSettings ini(window.store()->folder() + u"/window.ini"_s, QSettings::IniFormat);
        QCOMPARE(ini.value(u"stallSeconds"_s).toInt(), 3);

        QVERIFY(window.openFolder(Sample));
        window.editor()->setPipelineFlags({u"--input="_s + Sample + u"/input.txt"_s,
                                           u"--output="_s + m_dir.filePath(u"never.txt"_s)});
        useLocalPrism(window, command);
        dialogs.clearRequests();
        dialogs.setNextChoice(0); // "Cancel the Job"
        window.launchAction()->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(window.isBusy(), 10000);
        // Built, Prism started (built first on a cold machine), RUNNING, then 3 s with no worker.
        QTRY_VERIFY2_WITH_TIMEOUT(!dialogs.requests().isEmpty() || !window.isBusy(), qPrintable(runText(window)),
                                  1500000);
        BL_VERIFY2(!dialogs.requests().isEmpty(), qPrintable(runText(window)));
        const ScriptedDialogs::Request asked = dialogs.requests().constFirst();
        QCOMPARE(asked.kind, ScriptedDialogs::Kind::AskChoice);
        QCOMPARE(asked.title, u"Job Stalled"_s);
        BL_VERIFY2(asked.text.contains(u"no worker alive and no progress"_s), qPrintable(asked.text));
        QCOMPARE(asked.filter, u"Cancel the Job|Keep Waiting"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!window.isBusy(), 30000);
        const QString run = runText(window);
        BL_VERIFY2(run.contains(u"Warning: Job"_s) && run.contains(u"is CANCELLED on the runner"_s), qPrintable(run));
        QVERIFY(!QFileInfo::exists(m_dir.filePath(u"never.txt"_s)));
    }

    void aWorkerThatCannotStartFailsTheLaunch()
    {
        ScriptedDialogs dialogs;
        MainWindow window(&dialogs);
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openFolder(QStringLiteral(BL_FIXTURES_DIR "/launches/deadworker")));
        useLocalPrism(window, QString());
        window.launchAction()->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(window.isBusy(), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!window.isBusy(), 1500000);
        auto *message = window.findChild<QLabel *>(u"sessionMessage"_s);
        QVERIFY(message);
        BL_VERIFY2(message->text().contains(u"ended before the job did"_s), qPrintable(message->text()));
        BL_VERIFY2(message->text().contains(u"User program exited"_s), qPrintable(message->text()));
        BL_VERIFY2(dialogs.requests().isEmpty(), qPrintable(dialogs.lastRequest().title));
    }
};

QTEST_MAIN(TestStalledWindow)
#include "tst_stalledwindow.moc"
