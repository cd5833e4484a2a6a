// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#include "runner/LocalPrism.h"

#include "runner/RunnerText.h"

namespace bl {

LocalPrism::LocalPrism(QObject *parent)
    : QObject(parent)
    , m_tools(new PrismTools(this))
    , m_prism(new ManagedPrism(this))
{
    connect(m_tools, &PrismTools::message, this, &LocalPrism::message);
    // go's own lines while Prism is prepared ("go: downloading ...", compile errors): progress.
    connect(m_tools, &PrismTools::output, this, [this](const QStringList &lines) {
        for (const QString &line : lines) {
            if (!line.trimmed().isEmpty())
                Q_EMIT message(RunnerText::tr("Prism build: %1").arg(line));
        }
    });
    connect(m_tools, &PrismTools::finished, this, [this](const PrismBinaries &binaries, const QString &error) {
        m_preparing = false;
        if (!error.isEmpty()) {
            m_startWhenPrepared = false;
            Q_EMIT failed(error);
            Q_EMIT stopped();
            return;
        }
        m_binaries = binaries;
        if (std::exchange(m_startWhenPrepared, false))
            m_prism->start(m_binaries);
    });
    connect(m_prism, &ManagedPrism::message, this, &LocalPrism::message);
    connect(m_prism, &ManagedPrism::ready, this, &LocalPrism::ready);
    connect(m_prism, &ManagedPrism::workerOutput, this, &LocalPrism::workerOutput);
    connect(m_prism, &ManagedPrism::runnerOutput, this, &LocalPrism::runnerOutput);
    connect(m_prism, &ManagedPrism::workerFailed, this, &LocalPrism::workerFailed);
    connect(m_prism, &ManagedPrism::workersChanged, this, &LocalPrism::workersChanged);
    connect(m_prism, &ManagedPrism::failed, this, &LocalPrism::failed);
    connect(m_prism, &ManagedPrism::stopped, this, &LocalPrism::stopped);
}

void LocalPrism::prepare(const QString &goProgram, const QProcessEnvironment &environment, const QString &packageDir)
{
    m_binaries = {};
    m_preparing = true;
    m_tools->prepare(goProgram, environment, packageDir);
}

void LocalPrism::start()
{
    if (m_preparing) {
        m_startWhenPrepared = true;
        return;
    }
    if (m_binaries.isValid())
        m_prism->start(m_binaries);
}

void LocalPrism::stop()
{
    if (m_preparing) {
        m_preparing = false;
        m_startWhenPrepared = false;
        m_tools->cancel();
        Q_EMIT stopped();
        return;
    }
    if (m_prism->isRunning()) {
        m_prism->stop();
        return;
    }
    Q_EMIT stopped();
}

bool LocalPrism::isActive() const
{
    return m_preparing || m_prism->isRunning();
}

} // namespace bl
