// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#include "BuildJobView.h"

#include "OutputPane.h"
#include "PaletteColors.h"
#include "UiText.h"

#include <QDir>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QVBoxLayout>

#include <algorithm>

namespace bl {

BuildJobView::BuildJobView(BuildTarget target, QWidget *parent)
    : QWidget(parent)
    , m_target(target)
    , m_title(new QLabel(this))
    , m_platform(new QLabel(this))
    , m_stateLabel(new QLabel(this))
    , m_elapsed(new QLabel(this))
    , m_result(new QLabel(this))
    , m_bar(new QProgressBar(this))
    , m_progressLabel(new QLabel(this))
    , m_output(new OutputPane(this))
{
    const QString name = targetName(target);
    setObjectName(name + QStringLiteral("Job"));
    m_stateLabel->setObjectName(name + QStringLiteral("JobState"));
    m_result->setObjectName(name + QStringLiteral("JobResult"));
    m_platform->setObjectName(name + QStringLiteral("JobPlatform"));
    m_output->setObjectName(name + QStringLiteral("JobOutput"));
    m_bar->setObjectName(name + QStringLiteral("JobProgress"));
    m_progressLabel->setObjectName(name + QStringLiteral("JobProgressText"));
    m_bar->setTextVisible(false);
    m_bar->setVisible(false);
    m_bar->setMaximumHeight(m_bar->sizeHint().height());
    m_output->setMaximumLineCount(20000);

    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);
    m_title->setText(target == BuildTarget::Launcher ? UiText::tr("Launcher") : UiText::tr("Worker"));
    m_title->setToolTip(target == BuildTarget::Launcher
                            ? UiText::tr("The program that submits the pipeline, built for the machine you launch from")
                            : UiText::tr("The program the runner starts on its workers, built for their platform"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->setTextFormat(Qt::RichText);
    for (QLabel *label : {m_platform, m_stateLabel, m_elapsed, m_result, m_progressLabel})
        label->setAccessibleName(m_title->text() + u' ' + label->objectName());
    m_bar->setAccessibleName(UiText::tr("%1 build progress").arg(m_title->text()));
    m_output->setAccessibleName(UiText::tr("%1 build output").arg(m_title->text()));

    auto *header = new QWidget(this);
    auto *form = new QFormLayout(header);
    form->setContentsMargins(0, 0, 0, 0);
    form->setLabelAlignment(Qt::AlignRight);
    form->addRow(m_title);
    form->addRow(UiText::tr("Platform:"), m_platform);
    form->addRow(UiText::tr("State:"), m_stateLabel);
    form->addRow(UiText::tr("Time:"), m_elapsed);
    auto *progressRow = new QVBoxLayout;
    progressRow->setContentsMargins(0, 0, 0, 0);
    progressRow->addWidget(m_bar);
    progressRow->addWidget(m_progressLabel);
    form->addRow(UiText::tr("Progress:"), progressRow);
    form->addRow(UiText::tr("Result:"), m_result);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(header);
    layout->addWidget(m_output, 1);

    m_tick.setInterval(200);
    connect(&m_tick, &QTimer::timeout, this, &BuildJobView::updateElapsed);
    setState(State::Idle);
}

QString BuildJobView::stateText() const
{
    switch (m_state) {
    case State::Idle:
        return UiText::tr("Not built yet");
    case State::Waiting:
        return UiText::tr("Waiting");
    case State::Building:
        return UiText::tr("Building…");
    case State::Succeeded:
        return UiText::tr("Succeeded");
    case State::Failed:
        return UiText::tr("Failed");
    case State::Cancelled:
        return UiText::tr("Cancelled");
    }
    return {};
}

QString BuildJobView::progressText() const
{
    return m_progressLabel->text();
}

void BuildJobView::setProgress(const BuildProgress &progress)
{
    if (m_state != State::Building)
        return;
    m_bar->setVisible(true);
    QString text = progress.text();
    if (progress.phase != BuildProgress::Phase::Compile || progress.total <= 0) {
        m_bar->setRange(0, 0); // busy: how much is left is not known
    } else {
        m_bar->setRange(0, progress.total);
        m_bar->setValue(std::min(progress.done, progress.total));
        if (m_rateFromSeconds < 0) {
            m_rateFromSeconds = progress.seconds;
            m_rateFromDone = progress.done;
        }
        // A rate over at least 3 s and 5 packages; the time left is an upper bound like the total.
        const double span = progress.seconds - m_rateFromSeconds;
        const int compiled = progress.done - m_rateFromDone;
        if (span >= 3 && compiled >= 5) {
            const double rate = compiled / span;
            const int left = qRound((progress.total - progress.done) / rate);
            text += u' ' + UiText::tr("· %1 packages/s · at most about %2 s left")
                               .arg(QLocale().toString(rate, 'f', 1))
                               .arg(left);
        }
    }
    m_progressLabel->setText(text);
}

QString BuildJobView::resultText() const
{
    return m_result->text();
}

void BuildJobView::setState(State state)
{
    m_state = state;
    const PaletteColors colors = PaletteColors::from(palette());
    QColor color = colors.text;
    if (state == State::Failed)
        color = colors.error;
    else if (state == State::Cancelled)
        color = colors.warning;
    else if (state == State::Succeeded)
        color = colors.dark ? QColor(0x7e, 0xd3, 0x8a) : QColor(0x1a, 0x7f, 0x37);
    QPalette p = m_stateLabel->palette();
    p.setColor(QPalette::WindowText, color);
    m_stateLabel->setPalette(p);
    m_stateLabel->setText(stateText());
    if (state == State::Building) {
        m_clock.start();
        m_tick.start();
    } else {
        m_tick.stop();
    }
    updateElapsed();
}

void BuildJobView::updateElapsed()
{
    if (!m_clock.isValid()) {
        m_elapsed->setText(QStringLiteral("–"));
        return;
    }
    m_elapsed->setText(UiText::tr("%1 s").arg(QLocale().toString(double(m_clock.elapsed()) / 1000.0, 'f', 1)));
}

void BuildJobView::prepare(const Platform &platform)
{
    m_output->clear();
    m_clock.invalidate();
    m_platform->setText(platform.isValid() ? platform.toString() : UiText::tr("this computer"));
    m_result->clear();
    m_result->setToolTip(QString());
    m_bar->setVisible(false);
    m_bar->setRange(0, 1);
    m_bar->setValue(0);
    m_progressLabel->clear();
    m_rateFromSeconds = -1;
    setState(State::Waiting);
}

void BuildJobView::start(const Platform &platform)
{
    m_platform->setText(platform.toString());
    m_rateFromSeconds = -1;
    setState(State::Building);
}

void BuildJobView::appendOutput(const QStringList &lines)
{
    m_output->appendLines(lines, OutputPane::Stream::StdErr);
}

void BuildJobView::finish(const BuildResult &result)
{
    const PaletteColors colors = PaletteColors::from(palette());
    if (m_clock.isValid())
        m_elapsed->setText(UiText::tr("%1 s").arg(QLocale().toString(result.seconds > 0 ? result.seconds
                                                                               : double(m_clock.elapsed()) / 1000.0,
                                                             'f', 1)));
    m_tick.stop();
    m_bar->setRange(0, 1);
    m_bar->setValue(result.ok ? 1 : 0);
    m_progressLabel->clear();
    if (result.ok) {
        m_state = State::Succeeded;
        setState(State::Succeeded);
        m_result->setText(UiText::tr("%1 · verified %2, cgo %3")
                              .arg(QLocale().formattedDataSize(result.size), result.platform.toString(),
                                   result.cgo ? UiText::tr("on") : UiText::tr("off")));
        m_result->setToolTip(QDir::toNativeSeparators(result.path));
        m_output->appendLine(UiText::tr("Built and verified %1 (%2, cgo %3).")
                                 .arg(QDir::toNativeSeparators(result.path), result.platform.toString(),
                                      result.cgo ? UiText::tr("on") : UiText::tr("off")),
                             OutputPane::Stream::Info);
    } else {
        setState(result.cancelled ? State::Cancelled : State::Failed);
        m_result->setText(QStringLiteral("<span style=\"color:%1\">%2</span>")
                              .arg((result.cancelled ? colors.warning : colors.error).name(),
                                   result.error.toHtmlEscaped()));
        if (!result.error.isEmpty())
            m_output->appendLine(result.error, OutputPane::Stream::Info);
    }
    if (m_clock.isValid())
        updateElapsed();
}

void BuildJobView::abandon(bool cancelled)
{
    if (m_state == State::Building || m_state == State::Waiting) {
        setState(cancelled ? State::Cancelled : State::Idle);
        m_bar->setRange(0, 1);
        m_bar->setValue(0);
        m_progressLabel->clear();
    }
}

} // namespace bl
