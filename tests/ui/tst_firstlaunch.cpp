// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
// The window's first start on a machine where nothing is downloaded or built yet (issue #27):
// before anything starts, a line across the window says what the first launch of the sample
// will cost (the modules Go downloads, the Beam SDK compiled for the first time, Prism built once
// for its Beam version). Go's module cache and the runners folder are empty folders here, and
// GOPROXY=off keeps the build ahead from downloading anything. With BL_SCREENSHOT_DIR set (under
// Xvfb), the window is saved.
#include "VerifyWhole.h"
#include "Dialogs.h"
#include "MainWindow.h"

#include <QLabel>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace bl;
using namespace Qt::StringLiterals;

class TestFirstLaunch final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_home.isValid());
        qputenv("BEAM_LAUNCHER_CACHE_DIR", m_home.filePath(u"cache"_s).toLocal8Bit());
        qputenv("BEAM_LAUNCHER_CONFIG_DIR", m_home.filePath(u"config"_s).toLocal8Bit());
        qputenv("BEAM_LAUNCHER_RUNNERS_DIR", m_home.filePath(u"runners"_s).toLocal8Bit());
        qputenv("GOMODCACHE", m_home.filePath(u"gomodcache"_s).toLocal8Bit());
        qputenv("GOPROXY", "off");
    }

    void theFirstStartSaysWhatTheFirstLaunchCosts()
    {
        ScriptedDialogs dialogs;
        MainWindow window(&dialogs);
        window.resize(1400, 860);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // The sample profile, on a local Prism: Beam 2.77.0 is not downloaded, Prism not built.
        QTRY_VERIFY(!window.currentProfileId().isEmpty());
        auto *banner = window.findChild<QLabel *>(u"goBanner"_s);
        QVERIFY(banner);
        QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 30000);
        const QString text = banner->text();
        BL_VERIFY2(text.contains(u"First launch"_s) && text.contains(u"Go downloads"_s)
                     && text.contains(u"Beam Go SDK 2.77.0"_s) && text.contains(u"Prism 2.77.0"_s),
                 qPrintable(text));
        if (const QString dir = qEnvironmentVariable("BL_SCREENSHOT_DIR"); !dir.isEmpty()) {
            QTest::qWait(300);
            window.grab().save(dir + u"/first-start.png"_s);
        }
        window.stop();
    }
};

QTEST_MAIN(TestFirstLaunch)
#include "tst_firstlaunch.moc"
