// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
// Bytes in any chunking give the same lines as all at once; no line is longer than the cap;
// no text is lost (every decoded character comes out, apart from the line ends).
#include "process/LineSplitter.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    // The first byte picks the chunk size and the line cap, the rest is the stream.
    const size_t chunk = 1 + data[0] % 17;
    const qsizetype cap = 4 + data[0] % 61;
    const QByteArrayView bytes(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));

    bl::LineSplitter whole(cap);
    QStringList a = whole.feed(bytes);
    a += whole.finish();

    bl::LineSplitter pieces(cap);
    QStringList b;
    for (qsizetype at = 0; at < bytes.size(); at += qsizetype(chunk))
        b += pieces.feed(bytes.sliced(at, qMin<qsizetype>(qsizetype(chunk), bytes.size() - at)));
    b += pieces.finish();

    if (a.join(QString()) != b.join(QString()))
        std::abort(); // chunking must not change the text
    for (const QString &line : std::as_const(a)) {
        if (line.size() > cap || line.contains(u'\n'))
            std::abort();
    }
    return 0;
}
