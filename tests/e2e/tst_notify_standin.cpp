// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
//
// The desktop's word on a job service's job (runs inside tests/with-notifications: dunst on a
// private D-Bus session). The real window (offscreen) launches the word-count sample onto the Job
// API stand-in replaying Beam's Flink job server (tests/fixtures/jobapi/flink.json; the sample's
// real launcher submits) while another window of the test is the active one: a job that runs to
// DONE, and one held RUNNING and cancelled with Stop (the runner's Cancel, CANCELLED there), each
// give one notification naming the state, the job's id and the time taken.
#include "Dialogs.h"
#include "JobServers.h"
#include "MainWindow.h"
#include "ProfileEditor.h"
#include "launch/LaunchSession.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMap>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace bl;
using namespace bl::test;
using namespace Qt::StringLiterals;

namespace {

const QString Sample = QStringLiteral(BL_SOURCE_DIR "/resources/sample/wordcount");

/// What dunst received, as `dunst -print` wrote it (BL_NOTIFY_LOG): one "key: value" map each.
QList<QMap<QString, QString>> printed()
{
    QFile log(qEnvironmentVariable("BL_NOTIFY_LOG"));
    QList<QMap<QString, QString>> list;
    if (!log.open(QIODevice::ReadOnly))
        return list;
    for (const QString &line : QString::fromUtf8(log.readAll()).split(u'\n')) {
        if (line.startsWith(u'{'))
            list.append(QMap<QString, QString>());
        const qsizetype colon = line.indexOf(u": "_s);
        if (!list.isEmpty() && colon > 0 && line.startsWith(u'\t'))
            list.last().insert(line.left(colon).trimmed(), line.mid(colon + 2).trimmed());
    }
    return list;
}

} // namespace

class TestNotifyStandIn : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        BL_VERIFY2(!qEnvironmentVariable("BL_NOTIFY_LOG").isEmpty(),
                   "run inside tests/with-notifications (ctest does for tst_notify_*)");
        QVERIFY(m_dir.isValid());
        qputenv("BEAM_LAUNCHER_CACHE_DIR", m_dir.filePath(u"cache"_s).toLocal8Bit());
        qputenv("BEAM_LAUNCHER_CONFIG_DIR", m_dir.filePath(u"config"_s).toLocal8Bit());
        qputenv("BEAM_LAUNCHER_SAMPLES_DIR", m_dir.filePath(u"no-samples"_s).toLocal8Bit());
    }

    void jobEnds_data()
    {
        QTest::addColumn<QString>("state");
        QTest::newRow("DONE") << u"DONE"_s;
        QTest::newRow("CANCELLED by Stop") << u"CANCELLED"_s;
    }

    void jobEnds()
    {
        QFETCH(QString, state);
        JobServer standIn;
        const QStringList holds = state == u"CANCELLED"_s ? QStringList{u"--hold"_s, u"RUNNING"_s} : QStringList();
        BL_VERIFY2(standIn.startStandIn(u"flink"_s, holds, m_dir.path()), standIn.log().constData());

        ScriptedDialogs dialogs;
        MainWindow window(&dialogs);
        window.buildAheadAction()->setChecked(false);
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QLabel other(u"Another window, the active one"_s);
        other.show();
        other.activateWindow();
        QTRY_VERIFY(other.isActiveWindow());
        QVERIFY(!window.isActiveWindow());

        QVERIFY(window.openFolder(Sample));
        QTRY_VERIFY(!window.currentProfileId().isEmpty());
        auto *runner = window.findChild<QComboBox *>(u"runnerCombo"_s);
        auto *edit = window.findChild<QLineEdit *>(u"endpointEdit"_s);
        auto *type = window.findChild<QComboBox *>(u"environmentTypeCombo"_s);
        auto *config = window.findChild<QLineEdit *>(u"environmentConfigEdit"_s);
        QVERIFY(runner && edit && type && config);
        runner->setCurrentIndex(runner->findText(u"flink"_s));
        edit->setText(standIn.endpoint());
        type->setCurrentIndex(type->findText(u"PROCESS"_s));
        config->setText(u"{\"command\":\"/bin/true\"}"_s);
        window.editor()->setPipelineFlags({u"--input="_s + Sample + u"/input.txt"_s,
                                           u"--output="_s + m_dir.filePath(u"counts.txt"_s)});
        QStringList states;
        connect(window.session(), &LaunchSession::jobChanged, this,
                [&states](const QString &, const QString &s) { states << s; });
        const qsizetype before = printed().size();
        window.launchAction()->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(window.isBusy(), 10000);
        if (state == u"CANCELLED"_s) {
            QTRY_VERIFY_WITH_TIMEOUT(states.contains(u"RUNNING"_s) || !window.isBusy(), 900000);
            QVERIFY(window.isBusy());
            dialogs.setNextChoice(0); // cancel the job on the runner
            window.stopAction()->trigger();
        }
        QTRY_VERIFY_WITH_TIMEOUT(!window.isBusy(), 900000);
        QTest::qWait(1500);
        BL_VERIFY2(states.contains(state), qPrintable(states.join(u", "_s)));
        const QRegularExpression runLine(u"RUN (\\S+)"_s);
        const QString jobId = runLine.match(QString::fromUtf8(standIn.log())).captured(1);
        QVERIFY(!jobId.isEmpty());

        const QList<QMap<QString, QString>> got = printed().mid(before);
        BL_VERIFY2(got.size() == 1, qPrintable(QString::number(got.size())));
        const QString profile = window.findChild<QListWidget *>(u"profileList"_s)->currentItem()->text();
        QCOMPARE(got.first().value(u"summary"_s), u"'"_s + profile + u": "_s + state + u"'"_s);
        const QString body = got.first().value(u"body"_s);
        BL_VERIFY2(body.startsWith(u"'Job "_s + jobId + u". Took "_s) && body.endsWith(u" s.'"_s), qPrintable(body));
    }
};

QTEST_MAIN(TestNotifyStandIn)
#include "tst_notify_standin.moc"
