// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
// QVERIFY2 with the whole explanation in the log.
#pragma once

#include <QByteArray>
#include <QString>
#include <QTest>

namespace bl::test {

inline QByteArray verifyText(const char *text) { return QByteArray(text); }
inline QByteArray verifyText(const QByteArray &text) { return text; }
inline QByteArray verifyText(const QString &text) { return text.toUtf8(); }

/// QTest keeps the first 1 KB of a failed QVERIFY2's message; a child's output, whose end says
/// what went wrong, is longer. Longer messages go to the log whole, as a warning, before the failure.
constexpr qsizetype VerifyMessageRoom = 900;

} // namespace bl::test

#define BL_VERIFY2(statement, description)                                                                        \
    do {                                                                                                          \
        if (!static_cast<bool>(statement)) {                                                                      \
            const QByteArray blWhole_ = ::bl::test::verifyText(description);                                      \
            const bool blLong_ = blWhole_.size() > ::bl::test::VerifyMessageRoom;                                 \
            if (blLong_)                                                                                          \
                qWarning("%s", blWhole_.constData());                                                             \
            QTest::qVerify(false, #statement, blLong_ ? "its explanation is the warning above" : blWhole_.constData(), \
                           __FILE__, __LINE__);                                                                   \
            return;                                                                                               \
        }                                                                                                         \
    } while (false)
