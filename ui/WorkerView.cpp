// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#include "WorkerView.h"

#include "OutputPane.h"
#include "UiText.h"
#include "WindowText.h"
#include "launch/FlinkWorkerLogs.h"
#include "launch/LaunchSettings.h"

#include <QLabel>
#include <QVBoxLayout>

namespace bl {

WorkerView::WorkerView(QWidget *parent)
    : QWidget(parent)
    , m_header(new QLabel(UiText::tr("The workers' own output shows here once a job runs."), this))
    , m_pane(new OutputPane(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    m_header->setObjectName(QStringLiteral("workerHeader"));
    m_header->setWordWrap(true);
    m_header->setTextFormat(Qt::RichText);
    m_header->setOpenExternalLinks(true);
    m_header->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_pane->setObjectName(QStringLiteral("workerOutput"));
    m_pane->setAccessibleName(UiText::tr("Worker output"));
    layout->addWidget(m_header);
    layout->addWidget(m_pane, 1);
}

QString WorkerView::sourceNote(const LaunchSettings &settings)
{
    const QString runner = settings.runner.toLower();
    if (settings.localJobServer)
        return UiText::tr("The workers of the local Prism job server: their stdout, stderr and SDK log entries "
                              "(level, transform, time).");
    if (runner == u"dataflow")
        return UiText::tr("Dataflow keeps its workers' logs in Cloud Logging: <a href=\"%1\">open the Logs "
                              "Explorer</a> and filter by the job id. The job's messages show here.")
            .arg(QStringLiteral("https://console.cloud.google.com/logs/query"));
    if (settings.endpoint.trimmed().isEmpty())
        return UiText::tr("The workers run inside the launcher (LOOPBACK): their lines are in the Run view.");
    if (settings.environmentType.compare(u"LOOPBACK", Qt::CaseInsensitive) != 0 && FlinkWorkerLogs::appliesTo(settings))
        return UiText::tr("On Flink the workers' lines go to the TaskManagers' logs: they show here from Flink's REST "
                              "API at %1 (the runner option flink_rest_address) while the job runs. When it does not "
                              "answer, they are in Flink's web page (Task Managers, Logs) or each TaskManager's log "
                              "folder.")
            .arg(FlinkWorkerLogs::address(settings).toHtmlEscaped());
    if (settings.environmentType.compare(u"LOOPBACK", Qt::CaseInsensitive) == 0)
        return UiText::tr("The workers run inside the launcher (LOOPBACK): their lines are in the Run view; the "
                              "job service's messages show here.");
    return UiText::tr("The job service at %1 keeps its workers' output in its own log; its messages about the "
                          "job show here.")
        .arg(settings.endpoint.trimmed().toHtmlEscaped());
}

void WorkerView::prepareLaunch(const LaunchSettings &settings)
{
    m_pane->clear();
    m_header->setText(sourceNote(settings));
}

void WorkerView::appendWorkerLines(const QList<RunnerLine> &lines)
{
    QStringList out;
    QStringList err;
    for (const RunnerLine &line : lines) {
        // A line's stated level decides, not its stream: Go's log writes INFO lines to stderr.
        const bool error = line.level == RunnerLine::Level::Error
                           || (line.level == RunnerLine::Level::Unknown && line.stream == RunnerLine::Stream::StdErr);
        if (error) {
            if (!out.isEmpty())
                m_pane->appendLines(std::exchange(out, {}), OutputPane::Stream::StdOut);
            err << line.text();
        } else {
            if (!err.isEmpty())
                m_pane->appendLines(std::exchange(err, {}), OutputPane::Stream::StdErr);
            out << line.text();
        }
    }
    if (!out.isEmpty())
        m_pane->appendLines(out, OutputPane::Stream::StdOut);
    if (!err.isEmpty())
        m_pane->appendLines(err, OutputPane::Stream::StdErr);
}

void WorkerView::appendJobMessage(const jobs::JobMessage &message)
{
    const bool error = message.importance == jobs::Importance::Error;
    m_pane->appendLine(UiText::tr("[job %1] %2 %3")
                           .arg(message.jobId, jobs::importanceName(message.importance), message.text),
                       error ? OutputPane::Stream::StdErr : OutputPane::Stream::Info);
}

} // namespace bl
