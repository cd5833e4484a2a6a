// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
//
// The window's Stop and quit on the job services that cannot run here: the real window
// (offscreen) launches the sample onto the Job API stand-in replaying Beam's Flink job server,
// Beam's Python job server and a network's orders (tests/fixtures/jobapi; the sample's real
// launcher submits, its worker binary is staged), held at STARTING or RUNNING, or lingering after
// the job. Then:
//  - Stop asks "Cancel the job / Leave it running / Keep watching"; cancel gives the runner's
//    Cancel and CANCELLED there; leave stops only the launcher and the job stays RUNNING;
//  - quitting asks "Cancel the job and quit / Leave it running and quit / Don't quit", and the
//    window closes once the job is CANCELLED on the runner;
//  - a launcher lingering after its job ended is stopped without a question about the job;
//  - the window is told each state once, and nothing of the launch is left running.
#include "Dialogs.h"
#include "JobServers.h"
#include "MainWindow.h"
#include "OutputPanel.h"
#include "OutputPane.h"
#include "ProfileEditor.h"
#include "RunView.h"
#include "launch/LaunchSession.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace bl;
using namespace bl::test;
using namespace Qt::StringLiterals;

namespace {

const QString Sample = QStringLiteral(BL_SOURCE_DIR "/resources/sample/wordcount");

QString runText(MainWindow &window)
{
    return window.findChild<OutputPanel *>()->runView()->output()->textEdit()->toPlainText();
}

} // namespace

class TestStandInWindow : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QProcessEnvironment m_env;

    void useStandIn(MainWindow &window, const QString &endpoint)
    {
        auto *runner = window.findChild<QComboBox *>(u"runnerCombo"_s);
        auto *edit = window.findChild<QLineEdit *>(u"endpointEdit"_s);
        auto *type = window.findChild<QComboBox *>(u"environmentTypeCombo"_s);
        auto *config = window.findChild<QLineEdit *>(u"environmentConfigEdit"_s);
        QVERIFY(runner && edit && type && config);
        runner->setCurrentIndex(runner->findText(u"flink"_s));
        QCOMPARE(runner->currentText(), u"flink"_s);
        edit->clear();
        QTest::keyClicks(edit, endpoint);
        type->setCurrentIndex(type->findText(u"PROCESS"_s));
        QCOMPARE(type->currentText(), u"PROCESS"_s);
        config->setText(u"{\"command\":\"/bin/true\"}"_s);
        window.editor()->setPipelineFlags({u"--input="_s + Sample + u"/input.txt"_s,
                                           u"--output="_s + m_dir.filePath(u"counts.txt"_s)});
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        qputenv("BEAM_LAUNCHER_CACHE_DIR", m_dir.filePath(u"cache"_s).toLocal8Bit());
        qputenv("BEAM_LAUNCHER_CONFIG_DIR", m_dir.filePath(u"config"_s).toLocal8Bit());
        qputenv("BEAM_LAUNCHER_SAMPLES_DIR", m_dir.filePath(u"no-samples"_s).toLocal8Bit());
        m_env = QProcessEnvironment::systemEnvironment();
    }

    void stopAndQuit_data()
    {
        QTest::addColumn<QString>("recording");
        QTest::addColumn<QString>("stage");
        QTest::addColumn<QString>("action");
        QTest::newRow("flink STARTING stop, cancel") << u"flink"_s << u"STARTING"_s << u"stop-cancel"_s;
        QTest::newRow("flink RUNNING stop, cancel") << u"flink"_s << u"RUNNING"_s << u"stop-cancel"_s;
        QTest::newRow("flink RUNNING stop, leave it running") << u"flink"_s << u"RUNNING"_s << u"stop-leave"_s;
        QTest::newRow("flink RUNNING quit, cancel") << u"flink"_s << u"RUNNING"_s << u"quit-cancel"_s;
        QTest::newRow("flink lingering stop") << u"flink"_s << u"lingering"_s << u"stop"_s;
        QTest::newRow("python RUNNING stop, cancel") << u"python"_s << u"RUNNING"_s << u"stop-cancel"_s;
        QTest::newRow("network STARTING quit, cancel") << u"network"_s << u"STARTING"_s << u"quit-cancel"_s;
    }

    void stopAndQuit()
    {
        QFETCH(QString, recording);
        QFETCH(QString, stage);
        QFETCH(QString, action);
        JobServer standIn;
        const QStringList holds = stage == u"lingering" ? QStringList{u"--linger-ms"_s, u"120000"_s}
                                                         : QStringList{u"--hold"_s, stage};
        BL_VERIFY2(standIn.startStandIn(recording, holds, m_dir.path()), standIn.log().constData());

        ScriptedDialogs dialogs;
        auto *window = new MainWindow(&dialogs);
        QPointer<MainWindow> alive(window);
        const auto closeWindow = qScopeGuard([&alive] { delete alive.data(); });
        window->setAttribute(Qt::WA_DeleteOnClose);
        window->resize(1400, 900);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QVERIFY(window->openFolder(Sample));
        useStandIn(*window, standIn.endpoint());
        // The states the window is told (the Run view's job line shows each).
        QStringList states;
        for (LaunchSession *session : window->findChildren<LaunchSession *>()) {
            connect(session, &LaunchSession::jobChanged, this,
                    [&states](const QString &, const QString &state) { states << state; });
        }
        window->launchAction()->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(window->isBusy(), 10000);
        const QString reached = stage == u"lingering" ? u"DONE"_s : stage;
        QTRY_VERIFY2_WITH_TIMEOUT(states.contains(reached) || !window->isBusy(),
                                  qPrintable(runText(*window).right(800)), 900000);
        BL_VERIFY2(window->isBusy(), qPrintable(runText(*window)));
        const QRegularExpression runLine(u"RUN (\\S+)"_s);
        QTRY_VERIFY_WITH_TIMEOUT(runLine.match(QString::fromUtf8(standIn.log())).hasMatch(), 5000);
        const QString jobId = runLine.match(QString::fromUtf8(standIn.log())).captured(1);

        dialogs.clearRequests();
        if (action == u"stop-cancel"_s || action == u"stop"_s) {
            dialogs.setNextChoice(0);
            window->stopAction()->trigger();
        } else if (action == u"stop-leave"_s) {
            dialogs.setNextChoice(1);
            window->stopAction()->trigger();
        } else {
            dialogs.setNextChoice(0);
            window->close();
        }
        if (action.startsWith(u"quit"_s)) {
            QTRY_VERIFY2_WITH_TIMEOUT(alive.isNull(), "the window closed once the job was cancelled", 30000);
        } else {
            QTRY_VERIFY_WITH_TIMEOUT(!window->isBusy(), 30000);
        }
        const QString describe = (alive ? runText(*window) : QString()) + u"\n--- stand-in\n"_s
                                 + QString::fromUtf8(standIn.log());
        if (action == u"stop"_s) { // its job had ended: nothing to ask about it
            BL_VERIFY2(dialogs.requests().isEmpty(), qPrintable(dialogs.requests().constFirst().title));
            BL_VERIFY2(!standIn.log().contains("CANCEL "), qPrintable(describe));
            QCOMPARE(stateOnRunner(jobId, standIn.endpoint(), m_env), u"DONE"_s);
        } else {
            BL_VERIFY2(!dialogs.requests().isEmpty(), qPrintable(describe));
            const ScriptedDialogs::Request asked = dialogs.requests().constFirst();
            QCOMPARE(asked.kind, ScriptedDialogs::Kind::AskChoice);
            BL_VERIFY2(asked.text.contains(jobId.left(20)), qPrintable(asked.text));
            if (action == u"stop-leave"_s) {
                QTest::qWait(500);
                BL_VERIFY2(!standIn.log().contains("CANCEL "), qPrintable(describe));
                QCOMPARE(stateOnRunner(jobId, standIn.endpoint(), m_env), stage);
            } else {
                BL_VERIFY2(standIn.log().contains(QByteArray("CANCEL " + jobId.toUtf8())), qPrintable(describe));
                QTRY_COMPARE_WITH_TIMEOUT(stateOnRunner(jobId, standIn.endpoint(), m_env), u"CANCELLED"_s, 5000);
            }
        }
        // Each state once, however the runner repeats them (the first has no state yet: submitted).
        states.removeAll(QString());
        BL_VERIFY2(QSet<QString>(states.cbegin(), states.cend()).size() == states.size() && states.contains(reached),
                   qPrintable(states.join(u", "_s)));
        const QStringList left = waitUntilNoneMention(m_dir.filePath(u"cache"_s), 10000);
        BL_VERIFY2(left.isEmpty(), qPrintable(left.join(u'\n')));
    }
};

QTEST_MAIN(TestStandInWindow)
#include "tst_standinwindow.moc"
