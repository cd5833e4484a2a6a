// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#include "DropArea.h"

#include <QDir>
#include <QDropEvent>
#include <QFile>
#include <QMimeData>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>
#include <QWidget>

using namespace bl;

class TestDropArea final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void folders_data();
    void folders();
    void dropOnWidget();
    void dragWithoutFoldersIsRefused();

private:
    QTemporaryDir m_dir;
    QString path(const QString &relative) const { return QDir::cleanPath(m_dir.filePath(relative)); }
};

void TestDropArea::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("wordcount")));
    QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("other pipeline")));
    for (const char *file : {"wordcount/main.go", "wordcount/go.mod", "other pipeline/main.go"}) {
        QFile f(path(QString::fromUtf8(file)));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("package main\n");
    }
}

void TestDropArea::folders_data()
{
    QTest::addColumn<QStringList>("urls"); // relative paths become file URLs; others are URLs as is
    QTest::addColumn<QStringList>("expected");

    const QString wordcount = QStringLiteral("wordcount");
    const QString other = QStringLiteral("other pipeline");
    QTest::newRow("folder") << QStringList{wordcount} << QStringList{wordcount};
    QTest::newRow("file in package") << QStringList{QStringLiteral("wordcount/main.go")} << QStringList{wordcount};
    QTest::newRow("go.mod") << QStringList{QStringLiteral("wordcount/go.mod")} << QStringList{wordcount};
    QTest::newRow("two files, one package")
        << QStringList{QStringLiteral("wordcount/main.go"), QStringLiteral("wordcount/go.mod")} << QStringList{wordcount};
    QTest::newRow("several folders") << QStringList{other, wordcount} << QStringList{other, wordcount};
    QTest::newRow("folder and its file") << QStringList{wordcount, QStringLiteral("wordcount/main.go"), other}
                                         << QStringList{wordcount, other};
    QTest::newRow("web url ignored") << QStringList{QStringLiteral("https://example.com/main.go"), wordcount}
                                     << QStringList{wordcount};
    QTest::newRow("missing path ignored") << QStringList{QStringLiteral("nope/main.go")} << QStringList{};
    QTest::newRow("nothing") << QStringList{} << QStringList{};
}

void TestDropArea::folders()
{
    QFETCH(QStringList, urls);
    QFETCH(QStringList, expected);
    QList<QUrl> list;
    for (const QString &url : urls)
        list.append(url.contains(u':') ? QUrl(url) : QUrl::fromLocalFile(path(url)));
    QMimeData mime;
    mime.setUrls(list);
    QStringList absolute;
    for (const QString &folder : expected)
        absolute.append(path(folder));
    QCOMPARE(packageFoldersFromMimeData(&mime), absolute);
}

void TestDropArea::dropOnWidget()
{
    QWidget widget;
    auto *handler = new FolderDropHandler(&widget);
    QVERIFY(widget.acceptDrops());
    widget.resize(200, 200);
    widget.show();
    QVERIFY(QTest::qWaitForWindowExposed(&widget));
    QSignalSpy dropped(handler, &FolderDropHandler::foldersDropped);

    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(path(QStringLiteral("wordcount/main.go"))),
                  QUrl::fromLocalFile(path(QStringLiteral("other pipeline")))});
    const QPointF at(100, 100);
    QDragEnterEvent enter(at.toPoint(), Qt::CopyAction | Qt::LinkAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&widget, &enter);
    QVERIFY(enter.isAccepted());
    QCOMPARE(enter.dropAction(), Qt::CopyAction);

    QDropEvent drop(at, Qt::CopyAction | Qt::LinkAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&widget, &drop);
    QVERIFY(drop.isAccepted());
    QCOMPARE(dropped.count(), 1);
    QCOMPARE(dropped.at(0).at(0).toStringList(),
             (QStringList{path(QStringLiteral("wordcount")), path(QStringLiteral("other pipeline"))}));
}

void TestDropArea::dragWithoutFoldersIsRefused()
{
    QWidget widget;
    auto *handler = new FolderDropHandler(&widget);
    QSignalSpy dropped(handler, &FolderDropHandler::foldersDropped);
    QMimeData mime;
    mime.setText(QStringLiteral("just text"));
    mime.setUrls({QUrl(QStringLiteral("https://example.com/x"))});
    QDragEnterEvent enter(QPoint(1, 1), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&widget, &enter);
    QVERIFY(!enter.isAccepted());
    QDropEvent drop(QPointF(1, 1), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&widget, &drop);
    QVERIFY(!drop.isAccepted());
    QCOMPARE(dropped.count(), 0);
}

QTEST_MAIN(TestDropArea)
#include "tst_droparea.moc"
