// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
// The one parser of Go's "file:line[:col]" positions, and the promise it keeps: whatever the
// Problems list gets from a line, the output pane can link from that same line.
#include "go/GoDiagnostics.h"
#include "go/GoPosition.h"

#include <QTest>

using namespace bl;
using namespace Qt::StringLiterals;

class TestGoPosition final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void atLineStart_data();
    void atLineStart();
    void findAll_data();
    void findAll();
    void everyProblemIsALink_data();
    void everyProblemIsALink();
};

void TestGoPosition::atLineStart_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("file"); // empty: no position
    QTest::addColumn<int>("row");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("message");
    QTest::newRow("compiler") << u"./main.go:12:3: undefined: x"_s << u"./main.go"_s << 12 << 3 << u"undefined: x"_s;
    QTest::newRow("go.mod") << u"go.mod:4: unknown directive: foo"_s << u"go.mod"_s << 4 << 0
                            << u"unknown directive: foo"_s;
    QTest::newRow("vet") << u"vet: ./a.go:1:2: bad"_s << u"./a.go"_s << 1 << 2 << u"bad"_s;
    QTest::newRow("spaces") << u"/home/u/my pipelines/wc/main.go:7:1: syntax error"_s
                            << u"/home/u/my pipelines/wc/main.go"_s << 7 << 1 << u"syntax error"_s;
    QTest::newRow("windows") << u"C:\\src\\p\\main.go:4:2: x"_s << u"C:\\src\\p\\main.go"_s << 4 << 2 << u"x"_s;
    QTest::newRow("a time is no file") << u"time 12:30: x"_s << QString() << 0 << 0 << QString();
    QTest::newRow("indented") << u"\t./main.go:3:1: x"_s << QString() << 0 << 0 << QString();
}

void TestGoPosition::atLineStart()
{
    QFETCH(QString, line);
    QFETCH(QString, file);
    QFETCH(int, row);
    QFETCH(int, column);
    QFETCH(QString, message);
    const std::optional<GoPosition> p = GoPosition::atLineStart(line);
    QCOMPARE(p.has_value(), !file.isEmpty());
    if (!p)
        return;
    QCOMPARE(p->file, file);
    QCOMPARE(p->line, row);
    QCOMPARE(p->column, column);
    QCOMPARE(line.mid(p->messageStart), message);
    QCOMPARE(line.mid(p->start, p->length), file + u':' + QString::number(row)
                                                 + (column ? u':' + QString::number(column) : QString()));
}

void TestGoPosition::findAll_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QStringList>("files");
    QTest::newRow("stack trace") << u"\t/home/u/p/main.go:23 +0x1d"_s << QStringList{u"/home/u/p/main.go"_s};
    QTest::newRow("go.sum anywhere") << u"verifying: /m/go.sum:12: checksum mismatch"_s << QStringList{u"/m/go.sum"_s};
    QTest::newRow("two") << u"a.go:1 called from b.go:2:3"_s << QStringList{u"a.go"_s, u"b.go"_s};
    QTest::newRow("log with a time") << u"INFO 2024/01/02 12:30: started"_s << QStringList{};
    QTest::newRow("not go") << u"main.gopher:5 cargo.go: x notgo.mod:3"_s << QStringList{};
}

void TestGoPosition::findAll()
{
    QFETCH(QString, line);
    QFETCH(QStringList, files);
    QStringList found;
    for (const GoPosition &p : GoPosition::findAll(line))
        found << p.file;
    QCOMPARE(found, files);
}

void TestGoPosition::everyProblemIsALink_data()
{
    QTest::addColumn<QString>("line");
    QTest::newRow("compiler") << u"./main.go:12:3: undefined: x"_s;
    QTest::newRow("space in the path") << u"/tmp/my pipeline/main.go:5:2: declared and not used: y"_s;
    QTest::newRow("go.mod") << u"go.mod:3: unknown directive: requir"_s;
    QTest::newRow("go.work") << u"/w/go.work:2:1: unknown directive: x"_s;
}

void TestGoPosition::everyProblemIsALink()
{
    QFETCH(QString, line);
    const Diagnostics problems = GoDiagnosticsParser::parse(line, u"/work"_s);
    QCOMPARE(problems.size(), 1);
    const QList<GoPosition> links = GoPosition::findAll(line);
    QCOMPARE(links.size(), 1);
    QCOMPARE(GoDiagnosticsParser::absolutePath(links.first().file, u"/work"_s), problems.first().file);
    QCOMPARE(links.first().line, problems.first().line);
    QCOMPARE(links.first().column, problems.first().column);
}

QTEST_GUILESS_MAIN(TestGoPosition)
#include "tst_goposition.moc"
