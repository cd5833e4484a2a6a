// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#include "go/BinaryCheck.h"

#include "go/GoLogging.h"
#include "go/GoText.h"
#include "process/CapturedRun.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace bl {

BinaryCheck::BinaryCheck(QObject *parent)
    : QObject(parent)
    , m_run(new CapturedRun(this))
{
}

BinaryCheck::~BinaryCheck() = default;

BinaryCheck::Verdict BinaryCheck::judge(const QString &versionOutput, const Expectation &wanted)
{
    Verdict verdict;
    verdict.versionOutput = versionOutput;
    verdict.info = BinaryInfo::fromGoVersionOutput(versionOutput, &verdict.problem);
    if (verdict.info)
        verdict.problem = verdict.info->mismatch(wanted.platform, wanted.cgoAllowed, wanted.role);
    else if (verdict.problem.isEmpty())
        verdict.problem = GoText::tr("go version -m could not read the binary.");
    return verdict;
}

void BinaryCheck::start(const QString &goPath, const QString &binary, const QProcessEnvironment &environment,
                        const Expectation &wanted, Callback done, const QString &shownAs)
{
    const QString name = QDir::toNativeSeparators(shownAs.isEmpty() ? binary : shownAs);
    qCDebug(lcGo) << "go version -m" << binary;
    m_run->start(goPath, {QStringLiteral("version"), QStringLiteral("-m"), binary},
                 QFileInfo(binary).absolutePath(), environment,
                 [wanted, name, done = std::move(done)](const CapturedRun::Output &o) {
                     if (o.result.succeeded()) {
                         done(judge(o.out, wanted));
                         return;
                     }
                     Verdict verdict;
                     verdict.versionOutput = o.out;
                     if (const QString said = QString(o.err + o.out).trimmed(); !said.isEmpty())
                         verdict.problem = GoText::tr("%1 is not a Go program Beam Launcher can check (%2).")
                                               .arg(name, said);
                     else if (!o.result.errorString.isEmpty() && o.result.kind != ProcessRunner::ExitKind::Exited)
                         verdict.problem = o.result.errorString; // go itself did not run
                     else // go version -m says nothing about a file without Go build information
                         verdict.problem = GoText::tr("%1 is not a Go program: it holds no Go build information.")
                                               .arg(name);
                     done(verdict);
                 });
}

void BinaryCheck::cancel()
{
    m_run->cancel();
}

bool BinaryCheck::isRunning() const
{
    return m_run->isRunning();
}

} // namespace bl
