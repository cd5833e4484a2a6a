// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#include "ProblemsModel.h"
#include "ProblemsView.h"

#include <QAbstractItemModelTester>
#include <QIcon>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace bl;

namespace {

Diagnostic diag(const QString &file, int line, int column, Diagnostic::Severity severity, const QString &message)
{
    Diagnostic d;
    d.file = file;
    d.line = line;
    d.column = column;
    d.severity = severity;
    d.message = message;
    d.package = QStringLiteral("example.com/pipeline");
    return d;
}

const Diagnostics buildErrors = {
    diag(QStringLiteral("/src/p/main.go"), 12, 3, Diagnostic::Severity::Error, QStringLiteral("undefined: beam.Foo")),
    diag(QStringLiteral("/src/p/sub/x.go"), 4, 0, Diagnostic::Severity::Warning,
         QStringLiteral("unused variable\n\tmore detail")),
    diag(QStringLiteral("/home/u/go/pkg/mod/dep/y.go"), 7, 1, Diagnostic::Severity::Note, QStringLiteral("see here")),
    diag(QString(), 0, 0, Diagnostic::Severity::Error, QStringLiteral("go: updates to go.mod needed")),
};

} // namespace

class TestProblems final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void modelTester();
    void rolesAndDisplay();
    void sameProblemFromBothTargets();
    void viewActivation();
};

void TestProblems::modelTester()
{
    ProblemsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.addDiagnostics(QStringLiteral("launcher"), buildErrors);
    model.addDiagnostics(QStringLiteral("worker"), buildErrors);
    model.addDiagnostics(QStringLiteral("worker"), {});
    model.setBaseDirectory(QStringLiteral("/src/p"));
    QCOMPARE(model.rowCount(), 4);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
    model.clear();
    model.addDiagnostics(QStringLiteral("worker"), buildErrors.mid(1, 2));
    QCOMPARE(model.rowCount(), 2);

    QSortFilterProxyModel proxy;
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&model);
    proxy.sort(ProblemsModel::LineColumn, Qt::DescendingOrder);
    model.addDiagnostics(QStringLiteral("launcher"), buildErrors);
    QCOMPARE(proxy.rowCount(), 4);
}

void TestProblems::rolesAndDisplay()
{
    ProblemsModel model;
    model.setBaseDirectory(QStringLiteral("/src/p"));
    model.addDiagnostics(QStringLiteral("launcher"), buildErrors);
    QCOMPARE(model.columnCount(), 5);
    QCOMPARE(model.headerData(ProblemsModel::FileColumn, Qt::Horizontal).toString(), QStringLiteral("File"));

    const QModelIndex first = model.index(0, 0);
    QCOMPARE(first.data().toString(), QStringLiteral("Error"));
    QVERIFY(!first.data(Qt::DecorationRole).value<QIcon>().isNull());
    QCOMPARE(first.data(ProblemsModel::FileRole).toString(), QStringLiteral("/src/p/main.go"));
    QCOMPARE(first.data(ProblemsModel::LineRole).toInt(), 12);
    QCOMPARE(first.data(ProblemsModel::ColumnRole).toInt(), 3);
    QCOMPARE(first.data(ProblemsModel::SeverityRole).toInt(), int(Diagnostic::Severity::Error));
    QCOMPARE(first.data(ProblemsModel::TargetRole).toString(), QStringLiteral("launcher"));
    QCOMPARE(first.data(ProblemsModel::DiagnosticRole).value<Diagnostic>(), buildErrors.at(0));
    QCOMPARE(model.index(0, ProblemsModel::FileColumn).data().toString(), QStringLiteral("main.go"));
    QCOMPARE(model.index(1, ProblemsModel::FileColumn).data().toString(),
             QDir::toNativeSeparators(QStringLiteral("sub/x.go")));
    // Outside the base folder: the full path.
    QCOMPARE(model.index(2, ProblemsModel::FileColumn).data().toString(),
             QDir::toNativeSeparators(QStringLiteral("/home/u/go/pkg/mod/dep/y.go")));
    QCOMPARE(model.index(0, ProblemsModel::LineColumn).data().toInt(), 12);
    QVERIFY(!model.index(1, ProblemsModel::ColumnColumn).data().isValid()); // column 0 = unknown
    QCOMPARE(model.index(1, ProblemsModel::MessageColumn).data().toString(), QStringLiteral("unused variable"));
    QVERIFY(model.index(1, 0).data(Qt::ToolTipRole).toString().contains(QStringLiteral("more detail")));
    QVERIFY(model.index(3, ProblemsModel::FileColumn).data().toString().isEmpty());
    QCOMPARE(model.count(Diagnostic::Severity::Error), 2);
    QCOMPARE(model.count(Diagnostic::Severity::Warning), 1);

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setBaseDirectory(QStringLiteral("/src"));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(model.index(0, ProblemsModel::FileColumn).data().toString(),
             QDir::toNativeSeparators(QStringLiteral("p/main.go")));
}

void TestProblems::sameProblemFromBothTargets()
{
    ProblemsModel model;
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.addDiagnostics(QStringLiteral("launcher"), buildErrors.mid(0, 1));
    model.addDiagnostics(QStringLiteral("worker"), buildErrors.mid(0, 2));
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(inserted.count(), 2);
    QCOMPARE(model.index(0, 0).data(ProblemsModel::TargetRole).toString(), QStringLiteral("launcher, worker"));
    QCOMPARE(model.targets(0), (QStringList{QStringLiteral("launcher"), QStringLiteral("worker")}));
    QCOMPARE(model.index(1, 0).data(ProblemsModel::TargetRole).toString(), QStringLiteral("worker"));
    // Duplicates within one report collapse too.
    model.addDiagnostics(QStringLiteral("worker"), {buildErrors.at(2), buildErrors.at(2)});
    QCOMPARE(model.rowCount(), 3);
}

void TestProblems::viewActivation()
{
    ProblemsModel model;
    model.addDiagnostics(QStringLiteral("launcher"), buildErrors);
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.sort(ProblemsModel::MessageColumn);
    ProblemsView view;
    view.setModel(&proxy);
    view.resize(700, 200);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QSignalSpy activated(&view, &ProblemsView::diagnosticActivated);

    // Double-click on the "undefined: beam.Foo" row, through the proxy.
    const QModelIndex row = proxy.match(proxy.index(0, ProblemsModel::MessageColumn), Qt::DisplayRole,
                                        QStringLiteral("undefined: beam.Foo"))
                                .value(0);
    QVERIFY(row.isValid());
    const QRect rect = view.visualRect(row);
    // A real double-click: press, release, then the double-click event (which needs the press).
    QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, rect.center());
    QTest::mousePress(view.viewport(), Qt::LeftButton, {}, rect.center());
    QTest::mouseDClick(view.viewport(), Qt::LeftButton, {}, rect.center());
    QTRY_COMPARE(activated.count(), 1);
    QCOMPARE(activated.at(0).at(0).value<Diagnostic>(), buildErrors.at(0));

    // Enter on the current row.
    view.setFocus();
    view.setCurrentIndex(proxy.index(0, ProblemsModel::FileColumn));
    const Diagnostic current = proxy.index(0, 0).data(ProblemsModel::DiagnosticRole).value<Diagnostic>();
    QTest::keyClick(&view, Qt::Key_Return);
    QTRY_COMPARE(activated.count(), 2);
    QCOMPARE(activated.at(1).at(0).value<Diagnostic>(), current);
}

QTEST_MAIN(TestProblems)
#include "tst_problems.moc"
