// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#include "BuildJobView.h"

#include "OutputPane.h"
#include "PaletteColors.h"

#include <QDir>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace bl {

BuildJobView::BuildJobView(BuildTarget target, QWidget *parent)
    : QWidget(parent)
    , m_target(target)
    , m_title(new QLabel(this))
    , m_platform(new QLabel(this))
    , m_stateLabel(new QLabel(this))
    , m_elapsed(new QLabel(this))
    , m_result(new QLabel(this))
    , m_output(new OutputPane(this))
{
    const QString name = targetName(target);
    setObjectName(name + QStringLiteral("Job"));
    m_stateLabel->setObjectName(name + QStringLiteral("JobState"));
    m_result->setObjectName(name + QStringLiteral("JobResult"));
    m_platform->setObjectName(name + QStringLiteral("JobPlatform"));
    m_output->setObjectName(name + QStringLiteral("JobOutput"));
    m_output->setMaximumLineCount(20000);

    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);
    m_title->setText(target == BuildTarget::Launcher ? tr("Launcher") : tr("Worker"));
    m_title->setToolTip(target == BuildTarget::Launcher
                            ? tr("The program that submits the pipeline, built for the machine you launch from")
                            : tr("The program the runner starts on its workers, built for their platform"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->setTextFormat(Qt::RichText);
    for (QLabel *label : {m_platform, m_stateLabel, m_elapsed, m_result})
        label->setAccessibleName(m_title->text() + u' ' + label->objectName());
    m_output->setAccessibleName(tr("%1 build output").arg(m_title->text()));

    auto *header = new QWidget(this);
    auto *form = new QFormLayout(header);
    form->setContentsMargins(0, 0, 0, 0);
    form->setLabelAlignment(Qt::AlignRight);
    form->addRow(m_title);
    form->addRow(tr("Platform:"), m_platform);
    form->addRow(tr("State:"), m_stateLabel);
    form->addRow(tr("Time:"), m_elapsed);
    form->addRow(tr("Result:"), m_result);

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
        return tr("Not built yet");
    case State::Waiting:
        return tr("Waiting");
    case State::Building:
        return tr("Building…");
    case State::Succeeded:
        return tr("Succeeded");
    case State::Failed:
        return tr("Failed");
    case State::Cancelled:
        return tr("Cancelled");
    }
    return {};
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
    m_elapsed->setText(tr("%1 s").arg(QLocale().toString(double(m_clock.elapsed()) / 1000.0, 'f', 1)));
}

void BuildJobView::prepare(const Platform &platform)
{
    m_output->clear();
    m_clock.invalidate();
    m_platform->setText(platform.isValid() ? platform.toString() : tr("this computer"));
    m_result->clear();
    m_result->setToolTip(QString());
    setState(State::Waiting);
}

void BuildJobView::start(const Platform &platform)
{
    m_platform->setText(platform.toString());
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
        m_elapsed->setText(tr("%1 s").arg(QLocale().toString(result.seconds > 0 ? result.seconds
                                                                               : double(m_clock.elapsed()) / 1000.0,
                                                             'f', 1)));
    m_tick.stop();
    if (result.ok) {
        m_state = State::Succeeded;
        setState(State::Succeeded);
        m_result->setText(tr("%1 · verified %2, cgo %3")
                              .arg(QLocale().formattedDataSize(result.size), result.platform.toString(),
                                   result.cgo ? tr("on") : tr("off")));
        m_result->setToolTip(QDir::toNativeSeparators(result.path));
        m_output->appendLine(tr("Built and verified %1 (%2, cgo %3).")
                                 .arg(QDir::toNativeSeparators(result.path), result.platform.toString(),
                                      result.cgo ? tr("on") : tr("off")),
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
    if (m_state == State::Building || m_state == State::Waiting)
        setState(cancelled ? State::Cancelled : State::Idle);
}

} // namespace bl
