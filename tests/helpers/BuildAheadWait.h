// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "launch/BuildAhead.h"

#include <QDeadlineTimer>
#include <QDebug>
#include <QTest>

namespace bl::test {

/// Runs the event loop until `ahead` is in `state`, at most `ms`; says what it was instead.
inline bool waitForState(const BuildAhead &ahead, BuildAhead::State state, int ms)
{
    QDeadlineTimer deadline(ms);
    while (ahead.state() != state && !deadline.hasExpired())
        QTest::qWait(20);
    if (ahead.state() != state)
        qWarning() << "waited for" << state << "in vain; the state is" << ahead.state() << ahead.failure();
    return ahead.state() == state;
}

} // namespace bl::test
