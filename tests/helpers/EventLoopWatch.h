// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
// How responsive the event loop stays: the worst lateness of a short precise timer.
#pragma once

#include <QElapsedTimer>
#include <QTimer>

#include <algorithm>

namespace bl::test {

/// Runs a `intervalMs` timer and remembers by how much it was late at worst: what a user
/// feels as a window that stops answering.
class EventLoopWatch final
{
public:
    explicit EventLoopWatch(int intervalMs = 5)
        : m_intervalMs(intervalMs)
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(intervalMs);
        QObject::connect(&m_timer, &QTimer::timeout, &m_timer, [this] {
            const qint64 now = m_clock.elapsed();
            m_worst = std::max(m_worst, now - m_last - m_intervalMs);
            m_last = now;
        });
    }

    void start()
    {
        m_worst = 0;
        m_last = 0;
        m_clock.start();
        m_timer.start();
    }
    void stop() { m_timer.stop(); }
    qint64 worstLatenessMs() const { return m_worst; }
    qint64 elapsedMs() const { return m_clock.elapsed(); }

private:
    int m_intervalMs;
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_worst = 0;
};

} // namespace bl::test
