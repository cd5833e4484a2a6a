// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
// Build-time host tool: renders the SVG app icon into the raster files each platform wants.
//   render-icon png  SVG SIZE OUT.png          one square PNG (hicolor icon theme sizes)
//   render-icon ico  SVG OUT.ico               Windows icon: 16..256 px, PNG-compressed entries
//   render-icon icns SVG OUT.icns              macOS icon: 16..1024 px incl. @2x, PNG entries
// Both container formats are written by hand (they are a header, a table and PNGs), so every
// platform's icon can be produced and checked on any build machine without iconutil or rc tools.
#include <QBuffer>
#include <QByteArray>
#include <QCoreApplication>
#include <QFile>
#include <QImage>
#include <QList>
#include <QPainter>
#include <QSaveFile>
#include <QSvgRenderer>
#include <QtEndian>

#include <cstdio>
#include <utility>

namespace {

QByteArray renderPng(QSvgRenderer &renderer, int size)
{
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setRenderHint(QPainter::SmoothPixmapTransform);
        renderer.render(&painter, QRectF(0, 0, size, size));
    }
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    if (!image.save(&buffer, "PNG"))
        return {};
    return png;
}

template<typename T>
void appendLittle(QByteArray &out, T value)
{
    char bytes[sizeof(T)];
    qToLittleEndian(value, bytes);
    out.append(bytes, sizeof(T));
}

template<typename T>
void appendBig(QByteArray &out, T value)
{
    char bytes[sizeof(T)];
    qToBigEndian(value, bytes);
    out.append(bytes, sizeof(T));
}

QByteArray makeIco(QSvgRenderer &renderer)
{
    const QList<int> sizes{16, 20, 24, 32, 40, 48, 64, 256};
    QList<QByteArray> images;
    for (int size : sizes)
        images.append(renderPng(renderer, size));
    QByteArray out;
    appendLittle<quint16>(out, 0); // reserved
    appendLittle<quint16>(out, 1); // type: icon
    appendLittle<quint16>(out, quint16(sizes.size()));
    quint32 offset = quint32(6 + 16 * sizes.size());
    for (qsizetype i = 0; i < sizes.size(); ++i) {
        const auto side = quint8(sizes[i] >= 256 ? 0 : sizes[i]); // 0 means 256
        out.append(char(side)).append(char(side)).append(char(0)).append(char(0));
        appendLittle<quint16>(out, 1);  // colour planes
        appendLittle<quint16>(out, 32); // bits per pixel
        appendLittle<quint32>(out, quint32(images[i].size()));
        appendLittle<quint32>(out, offset);
        offset += quint32(images[i].size());
    }
    for (const QByteArray &image : std::as_const(images)) {
        if (image.isEmpty())
            return {};
        out.append(image);
    }
    return out;
}

QByteArray makeIcns(QSvgRenderer &renderer)
{
    const QList<std::pair<const char *, int>> entries{
        {"icp4", 16}, {"icp5", 32}, {"icp6", 64}, {"ic07", 128}, {"ic08", 256}, {"ic09", 512},
        {"ic10", 1024}, {"ic11", 32}, {"ic12", 64}, {"ic13", 256}, {"ic14", 512}};
    QByteArray body;
    for (const auto &[type, size] : entries) {
        const QByteArray png = renderPng(renderer, size);
        if (png.isEmpty())
            return {};
        body.append(type, 4);
        appendBig<quint32>(body, quint32(8 + png.size()));
        body.append(png);
    }
    QByteArray out("icns");
    appendBig<quint32>(out, quint32(8 + body.size()));
    return out + body;
}

int usage()
{
    std::fputs("usage: render-icon png SVG SIZE OUT.png | ico SVG OUT.ico | icns SVG OUT.icns\n", stderr);
    return 2;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 4)
        return usage();
    const QString mode = args.at(1);
    QSvgRenderer renderer(args.at(2));
    if (!renderer.isValid()) {
        std::fprintf(stderr, "render-icon: cannot read %s\n", qPrintable(args.at(2)));
        return 1;
    }
    QByteArray data;
    QString out;
    if (mode == QLatin1String("png") && args.size() == 5) {
        bool ok = false;
        const int size = args.at(3).toInt(&ok);
        if (!ok || size < 1 || size > 4096)
            return usage();
        data = renderPng(renderer, size);
        out = args.at(4);
    } else if (mode == QLatin1String("ico") && args.size() == 4) {
        data = makeIco(renderer);
        out = args.at(3);
    } else if (mode == QLatin1String("icns") && args.size() == 4) {
        data = makeIcns(renderer);
        out = args.at(3);
    } else {
        return usage();
    }
    QSaveFile file(out);
    if (data.isEmpty() || !file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        std::fprintf(stderr, "render-icon: cannot write %s\n", qPrintable(out));
        return 1;
    }
    return 0;
}
