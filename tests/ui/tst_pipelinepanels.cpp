// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
// The Options and Graph panels and the pipeline chooser, offscreen. The flags are what the
// real launcher of tests/fixtures/modules/one/cmd/flagged printed for --help; the graph is
// Graphviz's rendering of a real dot runner output.
#include "Screenshot.h"
#include "VerifyWhole.h"
#include "GraphPanel.h"
#include "OptionsPanel.h"
#include "PipelineChooser.h"
#include "pipeline/PipelineGraph.h"
#include "profiles/ProfileStore.h"

#include <QCheckBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProcess>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>

using namespace bl;
using namespace bl::test;
using namespace Qt::StringLiterals;

namespace {

PipelineFlagList flaggedFlags()
{
    QFile file(QStringLiteral(BL_FIXTURES_DIR "/go-output/help-flagged.txt"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("no help-flagged.txt");
    const auto flags = PipelineFlags::parseHelp(QString::fromUtf8(file.readAll()), nullptr);
    if (!flags)
        qFatal("help-flagged.txt holds no flags");
    return *flags;
}


} // namespace

class TestPipelinePanels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void optionsFormShowsEveryFlagWithItsEditor()
    {
        OptionsPanel panel;
        panel.resize(900, 700);
        panel.setFlags(flaggedFlags());
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        auto *tree = panel.findChild<QTreeWidget *>(u"optionsTree"_s);
        QVERIFY(tree);
        // Groups: the pipeline's own first and open, Beam's and the runners' folded.
        QCOMPARE(tree->topLevelItem(0)->text(0), PipelineFlag::groupDisplayName(PipelineFlag::Group::Pipeline));
        QVERIFY(tree->topLevelItem(0)->isExpanded());
        QCOMPARE(tree->topLevelItem(0)->childCount(), 10);
        QVERIFY(!tree->topLevelItem(1)->isExpanded());
        QVERIFY(!tree->topLevelItem(2)->isExpanded());
        QVERIFY(!panel.itemFor(u"worker_binary"_s)); // Beam Launcher sets it
        QVERIFY(!panel.itemFor(u"runner"_s));

        QVERIFY(qobject_cast<QCheckBox *>(panel.editorFor(u"verbose"_s)));
        QVERIFY(qobject_cast<QCheckBox *>(panel.editorFor(u"dry"_s))->isChecked()); // default true
        QCOMPARE(qobject_cast<QSpinBox *>(panel.editorFor(u"shards"_s))->value(), 4);
        QCOMPARE(qobject_cast<QSpinBox *>(panel.editorFor(u"retries"_s))->minimum(), 0);
        QCOMPARE(qobject_cast<QLineEdit *>(panel.editorFor(u"window"_s))->text(), u"1m30s"_s);
        QCOMPARE(qobject_cast<QLineEdit *>(panel.editorFor(u"greeting"_s))->text(), u"hello \"world\""_s);
        QCOMPARE(panel.itemFor(u"sample_ratio"_s)->text(1), u"float"_s);
        QCOMPARE(panel.itemFor(u"prefix"_s)->text(1), u"PATH"_s);
        QCOMPARE(panel.itemFor(u"tag"_s)->text(1), u"value"_s);
        QCOMPARE(panel.itemFor(u"window"_s)->toolTip(0), u"length of a fixed window"_s);
        QVERIFY(panel.pipelineFlags().isEmpty()); // nothing differs from its default

        // Edits: bold, a reset button, the pipeline flags.
        QSignalSpy changed(&panel, &OptionsPanel::pipelineFlagsChanged);
        qobject_cast<QSpinBox *>(panel.editorFor(u"shards"_s))->setValue(8);
        qobject_cast<QCheckBox *>(panel.editorFor(u"dry"_s))->setChecked(false);
        auto *window = qobject_cast<QLineEdit *>(panel.editorFor(u"window"_s));
        window->setFocus();
        window->selectAll();
        QTest::keyClicks(window, u"2m"_s);
        QVERIFY(changed.count() >= 3);
        QVERIFY(panel.itemFor(u"shards"_s)->font(0).bold());
        QVERIFY(!panel.itemFor(u"verbose"_s)->font(0).bold());
        auto *reset = panel.findChild<QToolButton *>(u"reset_shards"_s);
        QVERIFY(reset && reset->isEnabled() && !reset->text().isEmpty());
        QVERIFY(!panel.findChild<QToolButton *>(u"reset_verbose"_s)->isEnabled());
        QCOMPARE(panel.pipelineFlags(), QStringList({u"--dry=false"_s, u"--shards=8"_s, u"--window=2m"_s}));

        // A value Go would refuse is flagged, and kept as typed.
        window->selectAll();
        QTest::keyClicks(window, u"2 minutes"_s);
        QCOMPARE(panel.invalidValues().size(), 1);
        auto *warning = panel.findChild<QLabel *>(u"optionsWarning"_s);
        QVERIFY(warning->isVisible());
        QVERIFY(warning->text().startsWith(u"window: "_s));
        QVERIFY(panel.pipelineFlags().contains(u"--window=2 minutes"_s));
        window->selectAll();
        QTest::keyClicks(window, u"90s"_s); // the default, spelled differently
        QVERIFY(!panel.itemFor(u"window"_s)->font(0).bold());

        reset->click();
        QCOMPARE(qobject_cast<QSpinBox *>(panel.editorFor(u"shards"_s))->value(), 4);
        QCOMPARE(panel.pipelineFlags(), QStringList({u"--dry=false"_s}));

        // Hand-typed flags stay possible; unknown ones are warned about.
        auto *extra = panel.findChild<QLineEdit *>(u"optionsExtraEdit"_s);
        extra->setFocus();
        QTest::keyClicks(extra, u"--shard=3 --tag=x"_s);
        QCOMPARE(panel.unknownFlags(), QStringList{u"shard"_s});
        QVERIFY(warning->isVisible() && warning->text().contains(u"-shard"_s));
        QCOMPARE(panel.pipelineFlags(), QStringList({u"--dry=false"_s, u"--shard=3"_s, u"--tag=x"_s}));
        qobject_cast<QSpinBox *>(panel.editorFor(u"shards"_s))->setValue(8);
        screenshot(&panel, u"options"_s);
    }

    void optionsRoundTripThroughASavedProfile()
    {
        const PipelineFlagList flags = flaggedFlags();
        QTemporaryDir config;
        const QStringList typed = {u"--verbose"_s, u"--limit=-5"_s, u"--sample_ratio=0.5"_s, u"--greeting=hi there"_s,
                                   u"--window=1h"_s, u"--tag=a"_s, u"--tag=b"_s, u"--job_name=nightly"_s,
                                   u"--nosuch=1"_s};
        OptionsPanel panel;
        panel.setFlags(flags);
        panel.setPipelineFlags(typed);
        QVERIFY(qobject_cast<QCheckBox *>(panel.editorFor(u"verbose"_s))->isChecked());
        QCOMPARE(qobject_cast<QLineEdit *>(panel.editorFor(u"greeting"_s))->text(), u"hi there"_s);
        QCOMPARE(qobject_cast<QLineEdit *>(panel.editorFor(u"tag"_s))->text(), u"a"_s);
        QCOMPARE(panel.unknownFlags(), QStringList{u"nosuch"_s});
        const QStringList formFlags = panel.pipelineFlags();

        Profile profile;
        profile.name = u"Flagged"_s;
        profile.settings.packageDir = QStringLiteral(BL_FIXTURES_DIR "/modules/one/cmd/flagged");
        profile.settings.pipelineFlags = formFlags;
        {
            ProfileStore store(config.path());
            QString error;
            BL_VERIFY2(store.load(&error), qPrintable(error));
            BL_VERIFY2(store.save(profile, &error), qPrintable(error));
        }
        ProfileStore reread(config.path());
        QVERIFY(reread.load());
        const auto loaded = reread.findByName(u"Flagged"_s);
        QVERIFY(loaded);
        QCOMPARE(loaded->settings.pipelineFlags, formFlags);

        OptionsPanel again;
        again.setFlags(flags);
        again.setPipelineFlags(loaded->settings.pipelineFlags);
        QCOMPARE(again.pipelineFlags(), formFlags);
        for (const char *name : {"verbose", "limit", "sample_ratio", "greeting", "window", "job_name"})
            BL_VERIFY2(again.itemFor(QString::fromUtf8(name))->font(0).bold(), name);
        // Every value the launcher would have got, it still gets, in Go's order of reading.
        QCOMPARE(PipelineFlags::toForm(flags, formFlags).values, PipelineFlags::toForm(flags, typed).values);
        QVERIFY(formFlags.contains(u"--tag=b"_s));
        QVERIFY(formFlags.contains(u"--nosuch=1"_s));
    }

    void optionsWithoutKnownFlagsKeepTheText()
    {
        OptionsPanel panel;
        panel.setStatus(u"sleepy did not print its flags within 15 s"_s);
        panel.setPipelineFlags({u"--input=a b.txt"_s, u"--x"_s});
        QCOMPARE(panel.pipelineFlags(), QStringList({u"--input=a b.txt"_s, u"--x"_s}));
        QVERIFY(panel.unknownFlags().isEmpty()); // nothing to compare with
        QCOMPARE(panel.findChild<QLineEdit *>(u"optionsExtraEdit"_s)->text(), u"\"--input=a b.txt\" --x"_s);
    }

    void graphPanelShowsAndZoomsAnSvg()
    {
        const QString dot = PipelineGraph::findGraphviz();
        if (dot.isEmpty())
            QFAIL("Graphviz (dot) is not installed: .ci/setup installs it");
        QProcess render;
        render.start(dot, {u"-Tsvg"_s});
        render.write("digraph execution_plan {\n \"1: Impulse\" [ label=\"Impulse\" ]\n \"2: ParDo\" [ label=\"ParDo\nmain.splitWords\" ]\n"
                     " \"1: Impulse\" -> \"2: ParDo\"\n}\n");
        render.closeWriteChannel();
        QVERIFY(render.waitForFinished(30000));
        const QByteArray svg = render.readAllStandardOutput();
        QVERIFY(svg.contains("<svg"));

        GraphPanel panel;
        panel.resize(600, 400);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QVERIFY(!panel.hasGraph());
        QVERIFY(panel.setSvg(svg));
        QVERIFY(panel.hasGraph());
        auto *status = panel.findChild<QLabel *>(u"graphStatus"_s);
        QVERIFY(status->text().isEmpty());
        auto *view = panel.findChild<QWidget *>(u"graphView"_s);
        QVERIFY(view);
        const double before = panel.zoom();
        panel.findChild<QToolButton *>(u"graphZoomIn"_s)->click();
        QVERIFY(panel.zoom() > before);
        panel.findChild<QToolButton *>(u"graphZoomOut"_s)->click();
        panel.findChild<QToolButton *>(u"graphZoomOut"_s)->click();
        QVERIFY(panel.zoom() < before);
        QSignalSpy refresh(&panel, &GraphPanel::refreshRequested);
        panel.findChild<QToolButton *>(u"graphRefresh"_s)->click();
        QCOMPARE(refresh.count(), 1);

        // For docs/screenshots: the word-count sample's graph (`beam-launcher graph ... --svg FILE`).
        if (const QString sample = qEnvironmentVariable("BL_SCREENSHOT_GRAPH_SVG"); !sample.isEmpty()) {
            QFile file(sample);
            QVERIFY(file.open(QIODevice::ReadOnly));
            panel.resize(900, 500);
            QVERIFY(panel.setSvg(file.readAll()));
            panel.setZoom(0.6);
            screenshot(&panel, u"graph"_s);
        }

        QVERIFY(!panel.setSvg("not an svg"));
        QVERIFY(!panel.hasGraph());
        QVERIFY(!status->text().isEmpty());
    }

    void chooserOffersEveryPipeline()
    {
        PipelineSearch search;
        search.folder = u"/src/two"_s;
        search.outcome = PipelineSearch::Outcome::Found;
        search.pipelines = {{u"beamlauncher.test/two/cmd/alpha"_s, u"/src/two/cmd/alpha"_s, {}, {}},
                            {u"beamlauncher.test/two/cmd/broken"_s, u"/src/two/cmd/broken"_s, {}, {}}};
        PipelineChooser chooser(search);
        QCOMPARE(chooser.list()->count(), 2);
        QCOMPARE(chooser.chosen().importPath, u"beamlauncher.test/two/cmd/alpha"_s);
        chooser.list()->setCurrentRow(1);
        QCOMPARE(chooser.chosen().dir, u"/src/two/cmd/broken"_s);
    }
};

QTEST_MAIN(TestPipelinePanels)
#include "tst_pipelinepanels.moc"
