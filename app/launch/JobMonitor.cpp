// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#include "launch/JobMonitor.h"

#include "launch/LaunchSettings.h"
#include "launch/LaunchSpec.h"
#include "launch/RunnerCatalog.h"

#include <QRegularExpression>

namespace bl {

JobMonitor::Change JobMonitor::addLine(QStringView line)
{
    static const QRegularExpression submitted(QStringLiteral("Submitted job: ([^\\s\"]+)"));
    static const QRegularExpression state(QStringLiteral("Job\\[([^\\]]+)\\] state: ([A-Z_]+)"));
    // Cheap filter first: most lines are neither.
    if (!line.contains(u"job", Qt::CaseInsensitive))
        return Change::None;
    const QString text = line.toString();
    QRegularExpressionMatch m = state.match(text);
    if (m.hasMatch()) {
        if (m_jobId.isEmpty())
            m_jobId = m.captured(1);
        m_state = m.captured(2);
        return Change::State;
    }
    m = submitted.match(text);
    if (m.hasMatch()) {
        m_jobId = m.captured(1);
        return Change::Submitted;
    }
    return Change::None;
}

void JobMonitor::launcherExited(int exitCode, bool stopped)
{
    if (m_jobId.isEmpty() || isFinished())
        return;
    // Loopback and in-process Prism runs end while the last state seen is RUNNING.
    if (stopped)
        m_state = QStringLiteral("CANCELLED");
    else
        m_state = exitCode == 0 ? QStringLiteral("DONE") : QStringLiteral("FAILED");
}

bool JobMonitor::isTerminal(const QString &state)
{
    return state == u"DONE" || state == u"FAILED" || state == u"CANCELLED" || state == u"DRAINED"
        || state == u"UPDATED";
}

QUrl JobMonitor::webUi(const LaunchSettings &settings)
{
    QString host;
    quint16 port = 0;
    if (!LaunchSpec::splitEndpoint(settings.endpoint, &host, &port))
        return QUrl();
    const RunnerInfo *runner = RunnerCatalog::builtIn().find(settings.runner);
    int webPort = runner ? runner->webUiPort : 0;
    if (webPort <= 0 && port == 8073)
        webPort = 8074; // a standalone Prism behind the universal runner, on its default ports
    if (host.isEmpty() || webPort <= 0)
        return QUrl();
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(host);
    url.setPort(webPort);
    url.setPath(QStringLiteral("/"));
    return url;
}

} // namespace bl
