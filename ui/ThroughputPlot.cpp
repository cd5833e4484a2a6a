// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#include "ThroughputPlot.h"

#include "PaletteColors.h"
#include "UiText.h"
#include "WindowText.h"

#include <QHelpEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace bl {

namespace {

/// The smallest of 1, 2, 5 × 10^k that is at least `value`.
double niceCeiling(double value)
{
    if (value <= 0)
        return 1;
    const double power = std::pow(10.0, std::floor(std::log10(value)));
    for (const double step : {1.0, 2.0, 5.0, 10.0})
        if (step * power >= value * (1 - 1e-9))
            return step * power;
    return 10 * power;
}

/// A tick step for a span of `ms`: about `ticks` ticks, in whole seconds or minutes.
qint64 timeStep(qint64 ms, int ticks)
{
    static const qint64 steps[] = {1000, 2000, 5000, 10000, 15000, 30000, 60000, 120000, 300000, 600000,
                                   900000, 1800000, 3600000, 7200000, 21600000, 43200000, 86400000};
    for (const qint64 step : steps)
        if (ms / step <= ticks)
            return step;
    return 86400000 * (ms / 86400000 / ticks + 1);
}

QString rateText(double perSecond)
{
    if (perSecond >= 100 || perSecond == std::floor(perSecond))
        return QLocale().toString(qint64(std::llround(perSecond)));
    return QLocale().toString(perSecond, 'f', perSecond >= 10 ? 1 : 2);
}

} // namespace

ThroughputPlot::ThroughputPlot(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("jobsThroughput"));
    setAccessibleName(UiText::tr("Throughput of the selected job"));
    setAttribute(Qt::WA_OpaquePaintEvent, false);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setMessage(UiText::tr("Select a job to see its throughput."));
}

QSize ThroughputPlot::sizeHint() const
{
    const int line = fontMetrics().height();
    return {line * 28, line * 12};
}

QSize ThroughputPlot::minimumSizeHint() const
{
    const int line = fontMetrics().height();
    return {line * 16, line * 8};
}

void ThroughputPlot::setThroughput(const jobs::Throughput &throughput, bool running)
{
    m_message.clear();
    m_series = throughput.series();
    m_followed = throughput.busiestName();
    m_total = throughput.total();
    m_startMs = throughput.firstMs();
    m_running = running;
    describe();
    update();
}

void ThroughputPlot::setMessage(const QString &text)
{
    m_message = text;
    m_series.clear();
    m_followed.clear();
    m_total = 0;
    m_running = false;
    describe();
    update();
}

double ThroughputPlot::integral() const
{
    double sum = 0;
    for (const jobs::Throughput::Interval &i : m_series)
        sum += i.perSecond * double(i.toMs - i.fromMs) / 1000.0;
    return sum;
}

QString ThroughputPlot::durationText(qint64 ms)
{
    const qint64 s = ms / 1000;
    if (s < 120)
        return UiText::tr("%1 s").arg(s);
    if (s < 3600)
        return QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QChar(u'0'));
    return QStringLiteral("%1:%2:%3").arg(s / 3600).arg(s / 60 % 60, 2, 10, QChar(u'0')).arg(s % 60, 2, 10, QChar(u'0'));
}

QString ThroughputPlot::title() const
{
    return m_running ? UiText::tr("%1, the busiest output: %2 so far").arg(m_followed, QLocale().toString(m_total))
                     : UiText::tr("%1, the busiest output: %2 in all").arg(m_followed, QLocale().toString(m_total));
}

void ThroughputPlot::describe()
{
    if (!m_message.isEmpty()) {
        setAccessibleDescription(m_message);
        setToolTip(m_message);
        return;
    }
    setToolTip(QString()); // the value under the mouse instead (event())
    double peak = 0;
    for (const jobs::Throughput::Interval &i : m_series)
        peak = std::max(peak, i.perSecond);
    const qint64 span = m_series.isEmpty() ? 0 : m_series.constLast().toMs - m_series.constFirst().fromMs;
    setAccessibleDescription(
        UiText::tr("Elements per second of %1.").arg(title()) + u' '
        + UiText::tr("Over %1: at most %2 elements/s, lately %3 elements/s.")
              .arg(durationText(span), rateText(peak),
                   rateText(m_series.isEmpty() ? 0 : m_series.constLast().perSecond)));
}

ThroughputPlot::Frame ThroughputPlot::frame() const
{
    const QFontMetrics fm = fontMetrics();
    Frame f;
    for (const jobs::Throughput::Interval &i : m_series)
        f.maxRate = std::max(f.maxRate, i.perSecond);
    f.maxRate = niceCeiling(f.maxRate);
    f.spanMs = m_series.isEmpty() ? 1000 : std::max<qint64>(1000, m_series.constLast().toMs - m_startMs);
    const int left = std::max(fm.horizontalAdvance(rateText(f.maxRate)), fm.horizontalAdvance(rateText(f.maxRate / 2)))
                     + fm.height();
    const int top = fm.height() * 3;                      // the title, then the axis' unit
    const int bottom = fm.height() * 2 + fm.height() / 4; // the time labels and their unit
    const int right = fm.horizontalAdvance(durationText(f.spanMs)) / 2 + fm.height() / 2;
    f.plot = rect().adjusted(left, top, -right, -bottom);
    return f;
}

void ThroughputPlot::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const PaletteColors colors = PaletteColors::from(palette());
    p.fillRect(rect(), colors.base);
    const QFontMetrics fm = fontMetrics();
    if (!m_message.isEmpty()) {
        p.setPen(colors.muted);
        p.drawText(rect().adjusted(fm.height(), fm.height(), -fm.height(), -fm.height()),
                   Qt::AlignCenter | Qt::TextWordWrap, m_message);
        return;
    }
    const Frame f = frame();
    const QRect r = f.plot;
    if (r.width() < 10 || r.height() < 10)
        return;

    // The title: which output the line follows.
    QFont bold = font();
    bold.setBold(true);
    p.setFont(bold);
    p.setPen(colors.text);
    p.drawText(QRect(fm.height() / 2, 0, width() - fm.height(), fm.height() + fm.height() / 4),
               Qt::AlignLeft | Qt::AlignVCenter,
               QFontMetrics(bold).elidedText(title(), Qt::ElideRight, width() - fm.height()));
    p.setFont(font());

    // The rate axis: 0, half and the top, in elements/s.
    QColor grid = colors.muted;
    grid.setAlphaF(0.35f);
    p.setPen(colors.muted);
    // Above the plot, right of the rate labels: never on the top one.
    p.drawText(QRect(r.left(), r.top() - fm.height() - fm.height() * 3 / 4, r.width(), fm.height()),
               Qt::AlignLeft | Qt::AlignVCenter, UiText::tr("elements/s"));
    for (const double fraction : {0.0, 0.5, 1.0}) {
        const int y = r.bottom() - int(std::lround(fraction * r.height()));
        p.setPen(QPen(grid, 1, fraction == 0 ? Qt::SolidLine : Qt::DashLine));
        p.drawLine(r.left(), y, r.right(), y);
        p.setPen(colors.muted);
        p.drawText(QRect(0, y - fm.height() / 2, r.left() - fm.height() / 3, fm.height()),
                   Qt::AlignRight | Qt::AlignVCenter, rateText(f.maxRate * fraction));
    }
    // The time axis: from the job's start.
    const qint64 step = timeStep(f.spanMs, std::max(2, r.width() / (fm.horizontalAdvance(QStringLiteral("00:00")) * 3)));
    for (qint64 t = 0; t <= f.spanMs; t += step) {
        const int x = r.left() + int(std::lround(double(t) / double(f.spanMs) * r.width()));
        p.setPen(QPen(grid, 1));
        p.drawLine(x, r.bottom(), x, r.bottom() + fm.height() / 4);
        p.setPen(colors.muted);
        const QString label = durationText(t);
        const int w = fm.horizontalAdvance(label);
        p.drawText(QRect(x - w, r.bottom() + fm.height() / 4, w * 2, fm.height()), Qt::AlignHCenter | Qt::AlignTop,
                   label);
    }
    p.drawText(QRect(r.left(), r.bottom() + fm.height() + fm.height() / 4, r.width(), fm.height()),
               Qt::AlignHCenter | Qt::AlignTop, UiText::tr("time since the job started"));

    if (m_series.isEmpty())
        return;
    // The line: a step per interval, the area under it lightly filled.
    const auto xOf = [&](qint64 ms) { return r.left() + double(ms - m_startMs) / double(f.spanMs) * r.width(); };
    const auto yOf = [&](double rate) { return r.bottom() - rate / f.maxRate * r.height(); };
    QPainterPath line;
    line.moveTo(xOf(m_series.constFirst().fromMs), yOf(m_series.constFirst().perSecond));
    for (const jobs::Throughput::Interval &i : m_series) {
        line.lineTo(xOf(i.fromMs), yOf(i.perSecond));
        line.lineTo(xOf(i.toMs), yOf(i.perSecond));
    }
    QPainterPath area = line;
    area.lineTo(xOf(m_series.constLast().toMs), r.bottom());
    area.lineTo(xOf(m_series.constFirst().fromMs), r.bottom());
    area.closeSubpath();
    QColor fill = colors.note;
    fill.setAlphaF(colors.dark ? 0.30f : 0.18f);
    p.fillPath(area, fill);
    p.setPen(QPen(colors.note, 2));
    p.drawPath(line);
}

QString ThroughputPlot::valueTextAt(int x) const
{
    if (!m_message.isEmpty() || m_series.isEmpty())
        return {};
    const Frame f = frame();
    if (x < f.plot.left() || x > f.plot.right())
        return {};
    const qint64 at = m_startMs + qint64(double(x - f.plot.left()) / f.plot.width() * double(f.spanMs));
    for (const jobs::Throughput::Interval &i : m_series) {
        if (at >= i.fromMs && at <= i.toMs)
            return UiText::tr("%1 elements/s from %2 to %3 (%4)")
                .arg(rateText(i.perSecond), durationText(i.fromMs - m_startMs), durationText(i.toMs - m_startMs),
                     m_followed);
    }
    return {};
}

bool ThroughputPlot::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip && m_message.isEmpty()) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString text = valueTextAt(help->pos().x());
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    return QWidget::event(event);
}

void ThroughputPlot::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        update();
}

} // namespace bl
