// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#include <QIcon>
#include <QImage>
#include <QImageReader>
#include <QTest>

#include "VerifyWhole.h"

class TestIcons final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void render_data();
    void render();
};

void TestIcons::render_data()
{
    QTest::addColumn<QString>("name");
    for (const char *name : {"beam-launcher", "build", "launch", "stop", "folder-open", "copy", "find", "wrap",
                             "clear", "save", "error", "warning", "note"})
        QTest::newRow(name) << QString::fromLatin1(name);
}

void TestIcons::render()
{
    QFETCH(QString, name);
    const QString path = QStringLiteral(":/beam-launcher/icons/") + name + QStringLiteral(".svg");
    QImageReader reader(path);
    BL_VERIFY2(reader.canRead(), qPrintable(path + u' ' + reader.errorString()));
    QCOMPARE(reader.format(), QByteArray("svg"));
    QCOMPARE(reader.size().width(), reader.size().height());
    const QIcon icon(path);
    for (int size : {16, 48}) {
        // Through QIcon, as the toolbar and the problems view draw them.
        const QImage image = icon.pixmap(size).toImage().convertToFormat(QImage::Format_ARGB32);
        QCOMPARE(image.size(), QSize(size, size));
        int opaque = 0;
        for (int y = 0; y < size; ++y)
            for (int x = 0; x < size; ++x)
                opaque += qAlpha(image.pixel(x, y)) > 128;
        // Something visible, and not a filled square (except the app icon's tile).
        BL_VERIFY2(opaque > size * size / 20, qPrintable(QStringLiteral("%1 at %2 px").arg(name).arg(size)));
        if (name != QStringLiteral("beam-launcher"))
            QVERIFY(opaque < size * size * 9 / 10);
    }
}

QTEST_MAIN(TestIcons)
#include "tst_icons.moc"
