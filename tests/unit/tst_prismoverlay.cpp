// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
//
// The loopback overlay's patches and its listener check, on Go text written for this test in the
// shape of Prism's files (Beam's own files are patched for real by tests/e2e/tst_managedprism).
#include "runner/PrismOverlay.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace bl;
using namespace Qt::StringLiterals;

namespace {

PrismOverlay::Patch patchFor(const QString &fileSuffix)
{
    for (const PrismOverlay::Patch &patch : PrismOverlay::patches()) {
        if (patch.file.endsWith(fileSuffix))
            return patch;
    }
    return {};
}

const QString JobService = u"jobservices/server.go"_s;
const QString Web = u"web/web.go"_s;
const QString Environments = u"internal/environments.go"_s;
const QString Boot = u"go/container/boot.go"_s;

/// The patch of `file` whose find text contains `marker` (boot.go has two).
PrismOverlay::Patch patchFinding(const QString &file, const QString &marker)
{
    for (const PrismOverlay::Patch &patch : PrismOverlay::patches()) {
        if (patch.file.endsWith(file) && patch.find.contains(marker))
            return patch;
    }
    return {};
}

} // namespace

class TestPrismOverlay : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void patches_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("expected"); // empty: refused
        QTest::addColumn<bool>("applied");

        const QString listen = u"func NewServer(port int) *Server {\n"
                               "\tlis, err := net.Listen(\"tcp\", fmt.Sprintf(\":%d\", port))\n"
                               "\tif err != nil {\n"_s;
        QTest::newRow("job service: every interface -> loopback")
            << JobService << listen << QString(listen).replace(u"\":%d\""_s, u"\"127.0.0.1:%d\""_s) << true;
        QTest::newRow("job service: the listen call changed") << JobService
            << u"\tlis, err := net.Listen(\"tcp\", net.JoinHostPort(host, port))\n"_s << QString() << false;
        QTest::newRow("job service: twice") << JobService << listen + listen << QString() << false;
        QTest::newRow("job service: empty file") << JobService << QString() << QString() << false;

        const QString web = u"\tendpoint := fmt.Sprintf(\"localhost:%d\", port)\n\tgo http.ListenAndServe(endpoint, mux)\n"_s;
        QTest::newRow("web page: localhost -> 127.0.0.1")
            << Web << web << QString(web).replace(u"localhost"_s, u"127.0.0.1"_s) << true;
        QTest::newRow("web page: another host") << Web
            << u"\tendpoint := fmt.Sprintf(\"%s:%d\", host, port)\n"_s << QString() << false;

        const QString quoted =
            u"\tcmd := exec.CommandContext(ctx, pp.GetCommand(), \"--id='\"+wk.ID+\"'\", \"--provision_endpoint=\"+wk.Endpoint())\n"_s;
        QTest::newRow("PROCESS --id quotes removed")
            << Environments << quoted
            << u"\tcmd := exec.CommandContext(ctx, pp.GetCommand(), \"--id=\"+wk.ID, \"--provision_endpoint=\"+wk.Endpoint())\n"_s
            << true;
        const QString fixedUpstream =
            u"\tcmd := exec.CommandContext(ctx, pp.GetCommand(), \"--id=\"+wk.ID, \"--provision_endpoint=\"+wk.Endpoint())\n"_s;
        QTest::newRow("PROCESS --id already fine upstream: kept") << Environments << fixedUpstream << fixedUpstream << false;
        QTest::newRow("PROCESS --id quoted another way: refused")
            << Environments << u"\targs := []string{fmt.Sprintf(\"--id='%v'\", wk.ID)}\n"_s << QString() << false;
    }

    void patches()
    {
        QFETCH(QString, file);
        QFETCH(QString, source);
        QFETCH(QString, expected);
        QFETCH(bool, applied);
        const PrismOverlay::Patch patch = patchFor(file);
        QVERIFY(!patch.file.isEmpty());
        const PrismOverlay::Result result = PrismOverlay::apply(patch, source, u"2.99.0"_s);
        if (expected.isEmpty()) {
            QVERIFY2(!result.error.isEmpty(), qPrintable(result.text));
            QVERIFY2(result.error.contains(u"2.99.0"_s) && result.error.contains(patch.file), qPrintable(result.error));
            QVERIFY(result.text.isEmpty());
            return;
        }
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        QCOMPARE(result.text, expected);
        QCOMPARE(result.applied, applied);
    }

    void bootFollowsTmpdir_data()
    {
        QTest::addColumn<QString>("marker");
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("expected"); // empty: refused
        const QString flagLine =
            u"\tsemiPersistDir    = flag.String(\"semi_persist_dir\", \"/tmp\", \"Local semi-persistent directory (optional).\")\n"_s;
        QTest::newRow("semi_persist_dir defaults to TMPDIR")
            << u"semi_persist_dir"_s << flagLine << QString(flagLine).replace(u"\"/tmp\""_s, u"os.TempDir()"_s);
        QTest::newRow("semi_persist_dir: another default refused")
            << u"semi_persist_dir"_s << QString(flagLine).replace(u"\"/tmp\""_s, u"\"/var/tmp\""_s) << QString();
        const QString copy = u"\ttmpPrefix, err := os.MkdirTemp(\"/tmp/\", \"bin*\")\n"_s;
        QTest::newRow("the worker's copy goes under TMPDIR")
            << u"MkdirTemp"_s << copy << QString(copy).replace(u"\"/tmp/\""_s, u"\"\""_s);
        QTest::newRow("the copy made elsewhere: refused") << u"MkdirTemp"_s << u"\tprog := \"/bin/worker\"\n"_s << QString();
    }

    void bootFollowsTmpdir()
    {
        QFETCH(QString, marker);
        QFETCH(QString, source);
        QFETCH(QString, expected);
        const PrismOverlay::Patch patch = patchFinding(Boot, marker);
        QVERIFY(!patch.file.isEmpty());
        QVERIFY(patch.required); // a boot sharing /tmp between launches is never built
        const PrismOverlay::Result result = PrismOverlay::apply(patch, source, u"2.99.0"_s);
        if (expected.isEmpty()) {
            QVERIFY2(!result.error.isEmpty(), qPrintable(result.text));
            return;
        }
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        QCOMPARE(result.text, expected);
        QVERIFY(result.applied);
    }

    void listeners_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QStringList>("found");

        QTest::newRow("net.Listen") << u"\tlis, err := net.Listen(\"tcp\", addr)\n"_s
                                    << QStringList{u"lis, err := net.Listen(\"tcp\", addr)"_s};
        QTest::newRow("http.ListenAndServe") << u"\tgo http.ListenAndServe(endpoint, mux)\n"_s
                                             << QStringList{u"go http.ListenAndServe(endpoint, mux)"_s};
        QTest::newRow("a ListenConfig") << u"\tl, _ := lc.Listen(ctx, \"tcp\", \":0\")\n"_s
                                        << QStringList{u"l, _ := lc.Listen(ctx, \"tcp\", \":0\")"_s};
        QTest::newRow("http.Serve opens nothing new but counts")
            << u"\thttp.Serve(l, h)\n"_s << QStringList{u"http.Serve(l, h)"_s};
        QTest::newRow("a grpc server serving a listener made elsewhere") << u"\ts.server.Serve(s.lis)\n"_s << QStringList();
        QTest::newRow("the net.Listener type") << u"func NewMultiplexW(lis net.Listener, g *grpc.Server) {\n"_s
                                               << QStringList();
        QTest::newRow("a comment") << u"\t// net.Listen(\"tcp\", \":0\") would be wrong here\n"_s << QStringList();
        QTest::newRow("UDP") << u"\tc, _ := net.ListenUDP(\"udp\", nil)\n"_s
                             << QStringList{u"c, _ := net.ListenUDP(\"udp\", nil)"_s};
    }

    void listeners()
    {
        QFETCH(QString, source);
        QFETCH(QStringList, found);
        QStringList texts;
        for (const PrismOverlay::Listener &l : PrismOverlay::findListeners(u"x.go"_s, source)) {
            texts << l.text;
            QCOMPARE(l.file, u"x.go"_s);
            QVERIFY(l.line >= 1);
        }
        QCOMPARE(texts, found);
    }

    void listenerCheck()
    {
        const QList<PrismOverlay::Listener> known = PrismOverlay::knownListeners();
        QVERIFY(PrismOverlay::checkListeners(known, u"2.77.0"_s).isEmpty());

        QList<PrismOverlay::Listener> extra = known;
        extra.append({u"go/pkg/beam/runners/prism/internal/worker/pool.go"_s, 42, u"l, _ := net.Listen(\"tcp\", \":0\")"_s});
        const QString refused = PrismOverlay::checkListeners(extra, u"2.78.0"_s);
        QVERIFY(refused.contains(u"2.78.0"_s));
        QVERIFY2(refused.contains(u"internal/worker/pool.go:42"_s), qPrintable(refused));

        const QString missing = PrismOverlay::checkListeners(known.mid(1), u"2.78.0"_s);
        QVERIFY2(missing.contains(known.first().text), qPrintable(missing));
    }

    void markerAndOverlayFile()
    {
        const QString marker = PrismOverlay::markerSource();
        QVERIFY(marker.contains(u"package main"_s));
        QVERIFY(marker.contains(u"flag.Bool(\"beam_launcher_loopback\""_s));
        const QJsonObject overlay =
            QJsonDocument::fromJson(PrismOverlay::overlayJson({{u"/b/server.go"_s, u"/o/server.go"_s}})).object();
        QCOMPARE(overlay.value(u"Replace"_s).toObject().value(u"/b/server.go"_s).toString(), u"/o/server.go"_s);
    }
};

QTEST_GUILESS_MAIN(TestPrismOverlay)
#include "tst_prismoverlay.moc"
