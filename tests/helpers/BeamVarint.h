// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
// Test-side: a Beam varint (beam:coder:varint:v1), the inverse of jobs::readVarint, for the
// monitoring-info payloads tests and benchmarks hand to the job graph.
#pragma once

#include <QByteArray>

namespace bl::test {

inline QByteArray varint(quint64 v)
{
    QByteArray out;
    do {
        quint8 b = v & 0x7f;
        v >>= 7;
        if (v)
            b |= 0x80;
        out.append(char(b));
    } while (v);
    return out;
}

} // namespace bl::test
