// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
// The oldest Windows or macOS a launcher built by a given Go release starts on (Go's release
// notes, app/go/OldestSystem.h), and the one sentence the window and `build` say about it.
#include "go/OldestSystem.h"

#include <QTest>

using namespace bl;
using namespace Qt::StringLiterals;

class TestOldestSystem : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void forGo_data()
    {
        QTest::addColumn<QString>("goos");
        QTest::addColumn<QString>("goVersion");
        QTest::addColumn<QString>("system");
        // Windows: Go 1.21's notes (Windows 7, 8, Server 2008 and 2012 dropped).
        QTest::newRow("windows 1.20") << u"windows"_s << u"go1.20.14"_s << QString();
        QTest::newRow("windows 1.21.0") << u"windows"_s << u"go1.21.0"_s << u"Windows 10 or Windows Server 2016"_s;
        QTest::newRow("windows 1.26.8") << u"windows"_s << u"go1.26.8"_s << u"Windows 10 or Windows Server 2016"_s;
        QTest::newRow("windows rc") << u"windows"_s << u"go1.27rc1"_s << u"Windows 10 or Windows Server 2016"_s;
        // macOS: each step at the release whose notes name it.
        QTest::newRow("darwin 1.20") << u"darwin"_s << u"go1.20"_s << QString();
        QTest::newRow("darwin 1.21") << u"darwin"_s << u"go1.21.13"_s << u"macOS 10.15 Catalina"_s;
        QTest::newRow("darwin 1.22") << u"darwin"_s << u"go1.22.12"_s << u"macOS 10.15 Catalina"_s;
        QTest::newRow("darwin 1.23") << u"darwin"_s << u"go1.23.0"_s << u"macOS 11 Big Sur"_s;
        QTest::newRow("darwin 1.24") << u"darwin"_s << u"go1.24.13"_s << u"macOS 11 Big Sur"_s;
        QTest::newRow("darwin 1.25") << u"darwin"_s << u"go1.25.1"_s << u"macOS 12 Monterey"_s;
        QTest::newRow("darwin 1.26") << u"darwin"_s << u"go1.26.8"_s << u"macOS 12 Monterey"_s;
        QTest::newRow("darwin 1.27") << u"darwin"_s << u"go1.27.2"_s << u"macOS 13 Ventura"_s;
        QTest::newRow("darwin 1.30") << u"darwin"_s << u"go1.30.0"_s << u"macOS 13 Ventura"_s;
        QTest::newRow("darwin devel") << u"darwin"_s << u"devel go1.28-abc123 Mon Jan 1"_s << u"macOS 13 Ventura"_s;
        // Not a desktop the notes give a floor for here.
        QTest::newRow("linux") << u"linux"_s << u"go1.26.8"_s << QString();
        QTest::newRow("freebsd") << u"freebsd"_s << u"go1.26.8"_s << QString();
    }
    void forGo()
    {
        QFETCH(QString, goos);
        QFETCH(QString, goVersion);
        QFETCH(QString, system);
        const auto version = GoVersion::parse(goVersion);
        QVERIFY2(version, qPrintable(goVersion));
        QCOMPARE(OldestSystem::forGo(goos, *version), system);
    }

    void noteNamesPlatformSystemAndRelease()
    {
        const QString windows = OldestSystem::note({u"windows"_s, u"amd64"_s}, *GoVersion::parse(u"go1.26.8"));
        QVERIFY2(windows.contains(u"windows/amd64"_s), qPrintable(windows));
        QVERIFY2(windows.contains(u"Windows 10 or Windows Server 2016"_s), qPrintable(windows));
        QVERIFY2(windows.contains(u"Go 1.26"_s), qPrintable(windows));
        QVERIFY2(!windows.contains(u"1.26.8"_s), qPrintable(windows)); // the release, not the patch
        const QString mac = OldestSystem::note({u"darwin"_s, u"arm64"_s}, *GoVersion::parse(u"go1.23.4"));
        QVERIFY2(mac.contains(u"darwin/arm64"_s) && mac.contains(u"macOS 11 Big Sur"_s), qPrintable(mac));
        // Newer than the notes read: said as a floor, naming the notes it comes from.
        const QString newer = OldestSystem::note({u"darwin"_s, u"arm64"_s}, *GoVersion::parse(u"go1.29.0"));
        QVERIFY2(newer.contains(u"at least macOS 13 Ventura"_s) && newer.contains(u"Go 1.27"_s)
                     && newer.contains(u"Go 1.29"_s),
                 qPrintable(newer));
        QVERIFY(OldestSystem::note({u"linux"_s, u"amd64"_s}, *GoVersion::parse(u"go1.26.8")).isEmpty());
        QVERIFY(OldestSystem::note({u"windows"_s, u"amd64"_s}, *GoVersion::parse(u"go1.20.1")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestOldestSystem)
#include "tst_oldestsystem.moc"
