// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
// Build ahead in the real window, offscreen, with the real Go toolchain: the shown profile's
// binaries are built in the background and said to be up to date (on the profile and above the
// build panes); a saved edit builds them again; Launch then starts the launcher without a build;
// Launch during a build ahead (at low priority) goes on at normal priority: the window's session
// builds, and Go's build cache keeps what the build ahead compiled; Run > Build Ahead turns it
// off. With BL_SCREENSHOT_DIR set (under Xvfb), the window is saved.
#include "VerifyWhole.h"
#include "BuildAheadWait.h"
#include "BuildJobView.h"
#include "Dialogs.h"
#include "MainWindow.h"
#include "builds/BuildOutput.h"
#include "launch/BuildAhead.h"
#include "profiles/ProfileStore.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QProcess>
#include <QSaveFile>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace bl;
using namespace Qt::StringLiterals;

namespace {

constexpr int BuildTimeoutMs = 300000;

bool appendLine(const QString &path, const QByteArray &line)
{
    QFile in(path);
    if (!in.open(QIODevice::ReadOnly))
        return false;
    const QByteArray content = in.readAll() + line + '\n';
    in.close();
    QSaveFile out(path); // as editors save: a new file renamed over the old one
    return out.open(QIODevice::WriteOnly) && out.write(content) == content.size() && out.commit();
}

} // namespace

class TestBuildAheadWindow final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_cache;
    QTemporaryDir m_config;
    QTemporaryDir m_src;
    std::unique_ptr<ScriptedDialogs> m_dialogs;
    std::unique_ptr<MainWindow> m_window;

    BuildAhead *ahead() const { return m_window->findChild<BuildAhead *>(); }
    QString aheadLine() const { return m_window->findChild<QLabel *>(u"buildAheadLabel"_s)->text(); }

    bool waitFor(BuildAhead::State state, int ms = BuildTimeoutMs)
    {
        return test::waitForState(*ahead(), state, ms);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_cache.isValid() && m_config.isValid() && m_src.isValid());
        qputenv("BEAM_LAUNCHER_CACHE_DIR", m_cache.path().toLocal8Bit());
        qputenv("BEAM_LAUNCHER_CONFIG_DIR", m_config.path().toLocal8Bit());
        qputenv("BEAM_LAUNCHER_SAMPLES_DIR", m_cache.filePath(u"no-samples"_s).toLocal8Bit());
        // `go` on PATH is a wrapper that waits 3 s before each go build, so that a build ahead
        // is still compiling when the test presses Launch (the fixture builds in a second).
        const QString realGo = QStandardPaths::findExecutable(u"go"_s);
        BL_VERIFY2(!realGo.isEmpty(), "no go on PATH");
        QFile wrapper(m_cache.filePath(u"slowgo/go"_s));
        QVERIFY(QDir().mkpath(m_cache.filePath(u"slowgo"_s)) && wrapper.open(QIODevice::WriteOnly));
        wrapper.write("#!/bin/sh\ncase \"$1\" in build) sleep 3 ;; esac\nexec '" + realGo.toUtf8() + "' \"$@\"\n");
        wrapper.close();
        QVERIFY(wrapper.setPermissions(wrapper.permissions() | QFile::ExeOwner));
        qputenv("PATH", (m_cache.filePath(u"slowgo"_s) + u':' + qEnvironmentVariable("PATH")).toLocal8Bit());
        for (const QString &name : {u"go.mod"_s, u"main.go"_s})
            QVERIFY(QFile::copy(QStringLiteral(BL_FIXTURES_DIR "/pipelines/fakebeam/") + name, m_src.filePath(name)));
        QFile::setPermissions(m_src.filePath(u"main.go"_s), QFile::ReadOwner | QFile::WriteOwner);
        m_dialogs = std::make_unique<ScriptedDialogs>();
        m_window = std::make_unique<MainWindow>(m_dialogs.get());
        m_window->resize(1400, 860);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanupTestCase()
    {
        if (m_window->isBusy()) {
            QSignalSpy finished(m_window->session(), &LaunchSession::finished);
            m_window->stop();
            finished.wait(30000);
        }
        m_window.reset();
    }

    void theShownProfileIsBuiltAhead()
    {
        QVERIFY(m_window->openFolder(m_src.path()));
        QTRY_VERIFY(!m_window->currentProfileId().isEmpty());
        auto *runner = m_window->findChild<QComboBox *>(u"runnerCombo"_s);
        QVERIFY(runner);
        runner->setCurrentIndex(runner->findText(u"direct"_s));
        QVERIFY(ahead()->isEnabled());
        QVERIFY(waitFor(BuildAhead::State::UpToDate));
        BL_VERIFY2(aheadLine().contains(u"up to date"_s), qPrintable(aheadLine()));
        // On the profile: an icon, and the state in its tooltip.
        QListWidgetItem *item = m_window->findChild<QListWidget *>(u"profileList"_s)->currentItem();
        QVERIFY(item);
        QVERIFY(!item->icon().isNull());
        BL_VERIFY2(item->toolTip().contains(u"up to date"_s), qPrintable(item->toolTip()));
        QVERIFY(!m_window->isBusy()); // the window's own actions stay free
        QVERIFY(m_window->launchAction()->isEnabled());
    }

    void aSavedEditBuildsAgainInThePanes()
    {
        QVERIFY(appendLine(m_src.filePath(u"main.go"_s), "// edited once"));
        QVERIFY(waitFor(BuildAhead::State::Building, 20000));
        BL_VERIFY2(aheadLine().contains(u"Building ahead"_s), qPrintable(aheadLine()));
        QVERIFY(waitFor(BuildAhead::State::UpToDate));
        QCOMPARE(m_window->jobView(BuildTarget::Launcher)->state(), BuildJobView::State::Succeeded);
        QCOMPARE(m_window->jobView(BuildTarget::Worker)->state(), BuildJobView::State::Succeeded);
        if (const QString dir = qEnvironmentVariable("BL_SCREENSHOT_DIR"); !dir.isEmpty()) {
            QTest::qWait(300);
            m_window->grab().save(dir + u"/build-ahead.png"_s);
        }
    }

    void launchStartsTheBinariesBuiltAhead()
    {
        LaunchSession *session = m_window->session();
        QSignalSpy buildStarted(session, &LaunchSession::buildStarted);
        QSignalSpy finished(session, &LaunchSession::finished);
        m_window->launch();
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.first().first().toInt(), 0);
        QCOMPARE(buildStarted.size(), 0);
        QVERIFY(session->buildResult(BuildTarget::Launcher).current);
        QVERIFY(session->launchStartedAt().isValid());
        // After the session, the build ahead looks again and finds nothing to do.
        QVERIFY(waitFor(BuildAhead::State::UpToDate, 60000));
    }

    void launchDuringABuildAheadGoesOnAtNormalPriority()
    {
        QVERIFY(appendLine(m_src.filePath(u"main.go"_s), "// edited twice"));
        QVERIFY(waitFor(BuildAhead::State::Building, 20000));
        LaunchSession *session = m_window->session();
        QSignalSpy buildStarted(session, &LaunchSession::buildStarted);
        QSignalSpy finished(session, &LaunchSession::finished);
        m_window->launch();
        QVERIFY(m_window->isBusy());
        QVERIFY(!m_window->launchAction()->isEnabled());
        auto *message = m_window->findChild<QLabel *>(u"sessionMessage"_s);
        QVERIFY(message);
        // The low-priority build ahead stops; the window's own session (normal priority) builds
        // the same binaries, and says so while it does.
        if (!session->isRunning()) {
            BL_VERIFY2(message->text().contains(u"goes on at normal priority"_s), qPrintable(message->text()));
            QTRY_VERIFY_WITH_TIMEOUT(session->isRunning() || !finished.isEmpty(), 30000);
        }
        QVERIFY(finished.wait(BuildTimeoutMs) || !finished.isEmpty());
        QCOMPARE(finished.first().first().toInt(), 0);
        BL_VERIFY2(!buildStarted.isEmpty(), "the window's session did not build: it waited for the low-priority one");
        QVERIFY(session->buildResult(BuildTarget::Launcher).ok);
        QVERIFY(!session->buildResult(BuildTarget::Launcher).current);
    }

    void turnedOffItBuildsNothing()
    {
        QVERIFY(waitFor(BuildAhead::State::UpToDate, 60000));
        m_window->buildAheadAction()->setChecked(false);
        QCOMPARE(ahead()->state(), BuildAhead::State::Off);
        QVERIFY(m_window->findChild<QListWidget *>(u"profileList"_s)->currentItem()->icon().isNull());
        QVERIFY(appendLine(m_src.filePath(u"main.go"_s), "// edited while off"));
        QTest::qWait(1500);
        QCOMPARE(ahead()->state(), BuildAhead::State::Off);
        QVERIFY(!ahead()->session()->isRunning());
        // Remembered for the next window.
        const QSettings settings(m_window->store()->folder() + u"/window.ini"_s, QSettings::IniFormat);
        QCOMPARE(settings.value(u"buildAhead"_s).toBool(), false);
        m_window->buildAheadAction()->setChecked(true);
        QVERIFY(waitFor(BuildAhead::State::UpToDate));
    }

    void aLaunchElsewhereRunningTheBinariesIsAQuietWait()
    {
        // Another beam-launcher runs these binaries (its shared lock on their folder): a saved
        // edit cannot be built into the folder now. The window says it waits for that process,
        // shows no error, and builds once the process has ended.
        QVERIFY(waitFor(BuildAhead::State::UpToDate, 60000));
        ahead()->setHeldRetryInterval(200);
        const QString out = BuildOutput::folder(ahead()->settings());
        QProcess other;
        other.start(QStringLiteral(BL_PROFILE_SAVER),
                    {u"--hold-file"_s, out + u"/.beam-launcher.lock.shared-other-beef"_s, u"120000"_s});
        QVERIFY(other.waitForReadyRead(20000));
        QVERIFY(appendLine(m_src.filePath(u"main.go"_s), "// edited while another launch runs"));
        QVERIFY(waitFor(BuildAhead::State::Held, 30000));
        const QString pid = QString::number(other.processId());
        BL_VERIFY2(aheadLine().contains(pid), qPrintable(aheadLine()));
        auto *message = m_window->findChild<QLabel *>(u"sessionMessage"_s);
        QVERIFY(message);
        BL_VERIFY2(!message->text().contains(pid) && !message->text().contains(u"in use"_s), qPrintable(message->text()));
        QListWidgetItem *item = m_window->findChild<QListWidget *>(u"profileList"_s)->currentItem();
        BL_VERIFY2(item->toolTip().contains(pid), qPrintable(item->toolTip()));
        other.kill();
        QVERIFY(other.waitForFinished(10000));
        QVERIFY(waitFor(BuildAhead::State::UpToDate));
        BL_VERIFY2(aheadLine().contains(u"up to date"_s), qPrintable(aheadLine()));
    }
};

QTEST_MAIN(TestBuildAheadWindow)
#include "tst_buildaheadwindow.moc"
