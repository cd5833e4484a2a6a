// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
//
// FirstLaunchCost (issue #27): what a pipeline's first launch on this machine costs, from its
// go.mod and go.sum against a module cache and the managed Prism's runners folder, both made
// here in temporary folders.
#include "launch/FirstLaunchCost.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include "WriteFile.h"

using namespace bl;
using namespace Qt::StringLiterals;

namespace {

const QByteArray GoSum = "github.com/Microsoft/go-winio v0.6.2 h1:F2VQgta7ecxGYO8k3ZZz3RS8fVIXVxONVUPlNERoyfY=\n"
                         "github.com/Microsoft/go-winio v0.6.2/go.mod h1:yd8OoFMLzJbo9gZq8j5qaps8bJ9aShtEA8Ipt1oGCvU=\n"
                         "github.com/apache/beam/sdks/v2 v2.77.0 h1:abc=\n"
                         "github.com/apache/beam/sdks/v2 v2.77.0/go.mod h1:def=\n"
                         "golang.org/x/text v0.43.0 h1:ghi=\n"
                         "golang.org/x/text v0.43.0 h1:ghi=\n" // said twice: counted once
                         "golang.org/x/sys v0.49.0/go.mod h1:jkl=\n"; // only its go.mod: nothing to download

} // namespace

class tst_FirstLaunchCost : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void escapedModulePath()
    {
        QCOMPARE(FirstLaunchCost::escapedModulePath(u"github.com/Microsoft/go-winio"_s), u"github.com/!microsoft/go-winio"_s);
        QCOMPARE(FirstLaunchCost::escapedModulePath(u"golang.org/x/text"_s), u"golang.org/x/text"_s);
    }

    void countsWhatTheModuleCacheLacks()
    {
        QTemporaryDir work;
        QVERIFY(work.isValid());
        const QString module = work.filePath(u"pipeline"_s);
        QVERIFY(test::writeFile(module + u"/go.mod"_s, "module example.com/p\n\ngo 1.26.0\n\nrequire github.com/apache/beam/sdks/v2 v2.77.0\n"));
        QVERIFY(test::writeFile(module + u"/go.sum"_s, GoSum));
        QVERIFY(QDir().mkpath(module + u"/cmd/wordcount"_s));
        const QString cache = work.filePath(u"modcache"_s);
        qputenv("BEAM_LAUNCHER_RUNNERS_DIR", work.filePath(u"runners"_s).toLocal8Bit());

        // An empty module cache: all three modules, Beam among them, and Prism to build.
        FirstLaunchCost cold = FirstLaunchCost::estimate(module + u"/cmd/wordcount"_s, cache, true);
        QCOMPARE(cold.beamVersion, u"2.77.0"_s);
        QCOMPARE(cold.modules, 3);
        QCOMPARE(cold.modulesMissing, 3);
        QVERIFY(cold.beamMissing);
        QVERIFY(cold.prismMissing);
        QVERIFY(cold.isCold());
        const QString text = cold.text();
        QVERIFY2(text.contains(u"3 of the 3 modules"_s) && text.contains(u"Beam Go SDK 2.77.0"_s) && text.contains(u"Prism 2.77.0"_s),
                 qPrintable(text));

        // Beam and go-winio (spelled !microsoft in the cache) downloaded: one module left.
        QVERIFY(test::writeFile(cache + u"/cache/download/github.com/apache/beam/sdks/v2/@v/v2.77.0.zip"_s, "zip"));
        QVERIFY(test::writeFile(cache + u"/cache/download/github.com/!microsoft/go-winio/@v/v0.6.2.zip"_s, "zip"));
        FirstLaunchCost warmer = FirstLaunchCost::estimate(module, cache, false);
        QCOMPARE(warmer.modulesMissing, 1);
        QVERIFY(!warmer.beamMissing);
        QVERIFY(!warmer.prismMissing); // no managed Prism asked for
        QVERIFY(!warmer.text().contains(u"Beam Go SDK"_s));

        // Everything there: nothing to say.
        QVERIFY(test::writeFile(cache + u"/cache/download/golang.org/x/text/@v/v0.43.0.zip"_s, "zip"));
        const FirstLaunchCost warm = FirstLaunchCost::estimate(module, cache, false);
        QVERIFY(!warm.isCold());
        QVERIFY(warm.text().isEmpty());
    }

    void noModuleNoCost()
    {
        QTemporaryDir work;
        QVERIFY(work.isValid());
        const FirstLaunchCost none = FirstLaunchCost::estimate(work.path(), work.filePath(u"modcache"_s), true);
        QCOMPARE(none.modules, 0);
        QVERIFY(!none.isCold());
    }
};

QTEST_GUILESS_MAIN(tst_FirstLaunchCost)
#include "tst_firstlaunchcost.moc"
