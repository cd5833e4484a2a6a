// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#include "RunView.h"

#include "OutputPane.h"
#include "PaletteColors.h"
#include "UiText.h"
#include "WindowText.h"
#include "launch/LaunchSpec.h"
#include "launch/Paths.h"

#include <QDir>
#include <QLabel>
#include <QUrl>
#include <QVBoxLayout>

namespace bl {

RunView::RunView(QWidget *parent)
    : QWidget(parent)
    , m_header(new QLabel(UiText::tr("Nothing launched yet. Press Launch (F5): it builds both binaries first."), this))
    , m_job(new QLabel(this))
    , m_pane(new OutputPane(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    m_header->setObjectName(QStringLiteral("runHeader"));
    m_header->setWordWrap(true);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_pane->setObjectName(QStringLiteral("runOutput"));
    m_pane->setAccessibleName(UiText::tr("Run output"));
    m_job->setObjectName(QStringLiteral("jobStatus"));
    m_job->setAccessibleName(UiText::tr("Job status"));
    m_job->setTextFormat(Qt::RichText);
    m_job->setOpenExternalLinks(true);
    m_job->setToolTip(UiText::tr("The job's id and state as the launcher reports them, and the runner's web page when it has one."));
    m_job->hide();
    layout->addWidget(m_header);
    layout->addWidget(m_job);
    layout->addWidget(m_pane, 1);
}

void RunView::prepareLaunch()
{
    m_pane->clear();
    m_pane->setLogFile(Paths::newLogFile(QStringLiteral("window")));
    m_header->setText(UiText::tr("Building before the launch…"));
}

void RunView::showLaunchStarted(const LaunchCommand &command)
{
    m_header->setText(UiText::tr("Running: %1").arg(command.displayLine()));
    m_job->hide();
    m_pane->appendLine(UiText::tr("$ %1").arg(command.copyableLine()), OutputPane::Stream::Info);
}

void RunView::showJob(const QString &id, const QString &state, const QUrl &webUi)
{
    const PaletteColors colors = PaletteColors::from(palette());
    QColor color = palette().color(QPalette::WindowText);
    if (state == u"DONE")
        color = colors.string; // the palette's green
    else if (state == u"FAILED" || state == u"CANCELLED")
        color = colors.error;
    QString text = UiText::tr("Job <b>%1</b>: <span style=\"color:%2\"><b>%3</b></span>")
                       .arg(id.toHtmlEscaped(), color.name(),
                            state.isEmpty() ? UiText::tr("submitted") : state.toHtmlEscaped());
    if (webUi.isValid())
        text += QStringLiteral(" &nbsp;·&nbsp; <a href=\"%1\">%2</a>")
                    .arg(webUi.toString().toHtmlEscaped(), UiText::tr("Open the runner's web page"));
    m_job->setText(text);
    m_job->show();
}

void RunView::showLaunchFinished(const ProcessRunner::Result &result, const QString &logFile)
{
    QString text;
    switch (result.kind) {
    case ProcessRunner::ExitKind::Exited:
        text = UiText::tr("The launcher exited with code %1 after %2.").arg(result.exitCode).arg(windowSeconds(result.elapsedMs));
        break;
    case ProcessRunner::ExitKind::Stopped:
        text = UiText::tr("Stopped after %1: the launcher and everything it started were ended.").arg(windowSeconds(result.elapsedMs));
        break;
    case ProcessRunner::ExitKind::Crashed:
        text = UiText::tr("The launcher crashed after %1: %2").arg(windowSeconds(result.elapsedMs), result.errorString);
        break;
    case ProcessRunner::ExitKind::FailedToStart:
        text = UiText::tr("The launcher did not start: %1").arg(result.errorString);
        break;
    }
    m_pane->appendLine(text, OutputPane::Stream::Info);
    m_header->setText(text + u' ' + UiText::tr("Log: %1").arg(QDir::toNativeSeparators(logFile)));
}

} // namespace bl
