// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
// A build pane's progress bar: busy while downloading and linking, packages compiled of the
// estimate while compiling, the rate and time left only once measured over 3 s and 5 packages,
// full when the build succeeded, and nothing left over for the next session.
// (tests/integration/tst_buildprogress drives the real progress of a cold build.)
#include "VerifyWhole.h"
#include "BuildJobView.h"

#include <QApplication>
#include <QProgressBar>
#include <QTest>

using namespace bl;
using namespace Qt::StringLiterals;

namespace {

BuildProgress compile(int done, int total, double seconds)
{
    return BuildProgress{BuildTarget::Worker, BuildProgress::Phase::Compile, done, total, seconds};
}

} // namespace

class TestBuildJobProgress : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void barFollowsTheBuild()
    {
        BuildJobView view(BuildTarget::Worker);
        view.show();
        QProgressBar *bar = view.progressBar();
        view.prepare(Platform::defaultWorker());
        QVERIFY(!bar->isVisible());
        view.setProgress(compile(3, 100, 1)); // not building yet: ignored
        QVERIFY(!bar->isVisible());
        view.start(Platform::defaultWorker());

        view.setProgress(BuildProgress{BuildTarget::Worker, BuildProgress::Phase::Download, 4, 0, 0.5});
        QVERIFY(bar->isVisible());
        QCOMPARE(bar->maximum(), 0); // busy: how many modules are missing is not known
        BL_VERIFY2(view.progressText().contains(u"4"_s), qPrintable(view.progressText()));

        view.setProgress(compile(10, 100, 2));
        QCOMPARE(bar->maximum(), 100);
        QCOMPARE(bar->value(), 10);
        QVERIFY(!view.progressText().contains(u"left"_s)); // no rate from one sample
        view.setProgress(compile(14, 100, 4));
        QVERIFY(!view.progressText().contains(u"left"_s)); // 2 s: too early
        view.setProgress(compile(40, 100, 8)); // 30 packages in 6 s: 5/s, 60 left: 12 s
        QCOMPARE(bar->value(), 40);
        BL_VERIFY2(view.progressText().contains(u"12 s left"_s), qPrintable(view.progressText()));

        view.setProgress(BuildProgress{BuildTarget::Worker, BuildProgress::Phase::Link, 98, 100, 20});
        QCOMPARE(bar->maximum(), 0);
        QVERIFY(view.progressText().contains(u"98"_s));

        BuildResult ok;
        ok.target = BuildTarget::Worker;
        ok.ok = true;
        ok.platform = Platform::defaultWorker();
        view.finish(ok);
        QCOMPARE(bar->value(), bar->maximum());
        QVERIFY(view.progressText().isEmpty());

        view.prepare(Platform::defaultWorker()); // the next session starts clean
        QVERIFY(!bar->isVisible());
        view.start(Platform::defaultWorker());
        view.setProgress(compile(50, 100, 30)); // a new rate: from this sample on
        QVERIFY(!view.progressText().contains(u"left"_s));
    }
};

QTEST_MAIN(TestBuildJobProgress)
#include "tst_buildjobprogress.moc"
