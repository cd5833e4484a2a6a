// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
// PackageProbe runs the real `go list` on the pipeline fixtures.
#include "go/PackageProbe.h"

#include <QSignalSpy>
#include <QTest>

using namespace bl;
using namespace Qt::StringLiterals;

namespace {

QString fixture(const QString &name)
{
    return QStringLiteral(BL_FIXTURES_DIR "/pipelines/") + name;
}

} // namespace

class TestPackageProbe final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void inspects_data();
    void inspects();
    void missingFolderFails();
    void newRequestCancelsTheOld();
};

void TestPackageProbe::inspects_data()
{
    QTest::addColumn<QString>("folder");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("modulePath");
    QTest::addColumn<bool>("hasProblems");

    QTest::newRow("fakebeam") << u"fakebeam"_s << u"main"_s << u"example.com/fixtures/fakebeam"_s << false;
    QTest::newRow("notmain") << u"notmain"_s << u"notmain"_s << u"example.com/fixtures/notmain"_s << false;
    QTest::newRow("badmod") << u"badmod"_s << QString() << QString() << true;
}

void TestPackageProbe::inspects()
{
    QFETCH(QString, folder);
    QFETCH(QString, name);
    QFETCH(QString, modulePath);
    QFETCH(bool, hasProblems);

    PackageProbe probe;
    QSignalSpy inspected(&probe, &PackageProbe::inspected);
    QSignalSpy failed(&probe, &PackageProbe::failed);
    probe.inspect(fixture(folder));
    QVERIFY(inspected.wait(60000));
    QCOMPARE(failed.count(), 0);
    QCOMPARE(inspected.count(), 1);
    QCOMPARE(inspected.at(0).at(0).toString(), fixture(folder));
    const auto info = inspected.at(0).at(1).value<PackageInfo>();
    QCOMPARE(info.name, name);
    if (!modulePath.isEmpty())
        QCOMPARE(info.modulePath, modulePath);
    QCOMPARE(!info.problems.isEmpty(), hasProblems);
    QVERIFY(!info.importsBeam); // the fixtures use the standard library only
    QVERIFY(!probe.isRunning());
}

void TestPackageProbe::missingFolderFails()
{
    PackageProbe probe;
    QSignalSpy failed(&probe, &PackageProbe::failed);
    probe.inspect(fixture(u"does-not-exist"_s));
    QCOMPARE(failed.count(), 0); // answers come through the event loop
    QVERIFY(failed.wait(5000));
    QVERIFY(failed.at(0).at(1).toString().contains(u"not a folder"_s));
}

void TestPackageProbe::newRequestCancelsTheOld()
{
    PackageProbe probe;
    QSignalSpy inspected(&probe, &PackageProbe::inspected);
    QSignalSpy failed(&probe, &PackageProbe::failed);
    probe.inspect(fixture(u"notmain"_s));
    QVERIFY(probe.isRunning());
    probe.inspect(fixture(u"fakebeam"_s));
    QVERIFY(inspected.wait(60000));
    QTest::qWait(300); // the first request must stay silent
    QCOMPARE(inspected.count(), 1);
    QCOMPARE(failed.count(), 0);
    QCOMPARE(inspected.at(0).at(1).value<PackageInfo>().name, u"main"_s);
}

QTEST_GUILESS_MAIN(TestPackageProbe)
#include "tst_packageprobe.moc"
