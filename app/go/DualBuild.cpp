// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#include "go/DualBuild.h"

namespace bl {

DualBuild::DualBuild(QObject *parent)
    : QObject(parent)
    , m_launcher(new CrossBuild(this))
    , m_worker(new CrossBuild(this))
{
    for (BuildTarget target : {BuildTarget::Launcher, BuildTarget::Worker}) {
        CrossBuild *b = build(target);
        connect(b, &CrossBuild::output, this, [this, target](const QStringList &lines) {
            Q_EMIT output(target, lines);
        });
        connect(b, &CrossBuild::diagnostic, this, [this, target](const Diagnostic &d) {
            Q_EMIT diagnostic(target, d);
        });
        connect(b, &CrossBuild::finished, this, [this, target](const BuildResult &r) {
            m_results[int(target)] = r;
            Q_EMIT targetFinished(r);
            if (--m_pending == 0)
                Q_EMIT finished(m_results[0].ok && m_results[1].ok);
        });
    }
}

CrossBuild *DualBuild::build(BuildTarget target) const
{
    return target == BuildTarget::Launcher ? m_launcher : m_worker;
}

void DualBuild::start(const BuildRequest &launcher, const BuildRequest &worker)
{
    Q_ASSERT(m_pending == 0);
    m_results[0] = BuildResult();
    m_results[1] = BuildResult();
    m_pending = 2;
    for (const BuildRequest *request : {&launcher, &worker}) {
        Q_EMIT started(request->target, request->platform);
        build(request->target)->start(*request);
    }
}

void DualBuild::cancel()
{
    m_launcher->cancel();
    m_worker->cancel();
}

bool DualBuild::isRunning() const
{
    return m_pending > 0;
}

const BuildResult &DualBuild::result(BuildTarget target) const
{
    return m_results[int(target)];
}

} // namespace bl
