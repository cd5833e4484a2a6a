// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "jobs/Throughput.h"

#include <QWidget>

namespace bl {

/// A small plot of a job's throughput (jobs::Throughput): elements per second of its busiest
/// output over the job's run, as a step line, with the output's step named above it, the rate
/// axis in elements/s and the time axis from the job's start. The tooltip says the value under
/// the mouse. Instead of a line it can show one line of text (no element counts, no job...).
/// Drawn with QPainter in the palette's colours; nothing in it is slow (at most a few hundred
/// intervals).
class ThroughputPlot final : public QWidget
{
    Q_OBJECT

public:
    explicit ThroughputPlot(QWidget *parent = nullptr);

    /// Shows `throughput`'s line; `running` says the job is still sampled.
    void setThroughput(const jobs::Throughput &throughput, bool running);
    /// Shows `text` instead of a line.
    void setMessage(const QString &text);

    /// What is shown: the text, or empty when a line is.
    QString message() const { return m_message; }
    /// The line shown (empty with a message).
    const QList<jobs::Throughput::Interval> &series() const { return m_series; }
    /// The output followed, by its step's name.
    QString followed() const { return m_followed; }
    qint64 total() const { return m_total; }
    /// The area under the line shown, in elements.
    double integral() const;
    /// The tooltip's text for the point `x` (widget coordinates); empty off the line.
    QString valueTextAt(int x) const;
    /// "1:05" or "12 s": a time on the plot's axis.
    static QString durationText(qint64 ms);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    /// Where the axes are, in widget coordinates, and their ranges.
    struct Frame
    {
        QRect plot;
        double maxRate = 1;
        qint64 spanMs = 1;
    };
    Frame frame() const;
    QString title() const;
    void describe();

    QString m_message;
    QList<jobs::Throughput::Interval> m_series;
    QString m_followed;
    qint64 m_total = 0;
    qint64 m_startMs = 0;
    bool m_running = false;
};

} // namespace bl
