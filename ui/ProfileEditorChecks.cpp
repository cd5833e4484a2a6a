// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
// ProfileEditor: what is wrong with the edited settings (each problem under its field), whether
// Build and Launch are possible, and the command preview.
#include "ProfileEditor.h"

#include "PaletteColors.h"
#include "SyntaxHighlighterAdapter.h"
#include "UiText.h"
#include "WindowText.h"
#include "launch/LaunchSession.h"
#include "launch/LaunchSpec.h"
#include "launch/Preflight.h"
#include "ui_ProfileEditor.h"

#include <QClipboard>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLabel>

namespace bl {

void ProfileEditor::setNameProblem(const QString &message)
{
    if (m_nameProblem == message)
        return;
    m_nameProblem = message;
    revalidate();
}

void ProfileEditor::showProblem(QLabel *label, const QList<const Problem *> &problems)
{
    if (problems.isEmpty()) {
        label->clear();
        setRowShown(label, false);
        return;
    }
    const PaletteColors colors = PaletteColors::from(palette());
    QStringList lines;
    for (const Problem *p : problems) {
        const bool error = p->severity == Problem::Severity::Error;
        lines << QStringLiteral("<span style=\"color:%1\">%2 %3</span>")
                     .arg((error ? colors.error : colors.warning).name(), error ? QStringLiteral("✖") : QStringLiteral("⚠"),
                          htmlEscapedLines(p->message));
    }
    label->setText(lines.join(QStringLiteral("<br>")));
    setRowShown(label, true);
}

void ProfileEditor::revalidate()
{
    if (m_loading)
        return;
    const LaunchSettings s = settings();
    Problems problems;
    if (!m_nameProblem.isEmpty())
        problems.append({Problem::Severity::Error, QStringLiteral("name"), m_nameProblem});
    bool platformOk = true;
    launcherPlatform(&platformOk);
    if (!platformOk)
        problems.append({Problem::Severity::Error, QStringLiteral("launcherPlatform"),
                         UiText::tr("\"%1\" is not a platform: write goos/goarch, e.g. darwin/arm64.")
                             .arg(m_ui->launcherPlatformCombo->currentText().trimmed())});
    if (!s.packageDir.isEmpty() && !QFileInfo(s.packageDir).isDir())
        problems.append({Problem::Severity::Error, QStringLiteral("packageDir"),
                         UiText::tr("This folder does not exist.")});
    problems += LaunchSpec::validate(s);
    problems += Preflight::localChecks(s);
    m_problems = problems;

    QHash<QLabel *, QList<const Problem *>> byLabel;
    QStringList general;
    for (const Problem &p : std::as_const(m_problems)) {
        QLabel *label = nullptr;
        if (p.field == u"packageDir" || p.field == u"name")
            label = m_ui->folderProblem;
        else if (p.field == u"runner")
            label = m_ui->runnerProblem;
        else if (p.field == u"endpoint" || p.field == u"localJobServer")
            label = m_ui->endpointProblem;
        else if (p.field.startsWith(u"environment"))
            label = m_ui->environmentProblem;
        else if (p.field.endsWith(u"Platform"))
            label = m_ui->platformProblem;
        else if (p.field.startsWith(u"flag:"))
            label = m_ui->flagsProblem;
        else if (p.field.startsWith(u"env:"))
            label = m_ui->environmentTableProblem;
        else if (p.field.startsWith(u"option:"))
            label = m_optionProblems.value(p.field.mid(7));
        if (label)
            byLabel[label].append(&p);
        else
            general << p.message;
    }
    QList<QLabel *> labels{m_ui->folderProblem,   m_ui->runnerProblem, m_ui->endpointProblem,
                           m_ui->environmentProblem, m_ui->platformProblem, m_ui->flagsProblem,
                           m_ui->environmentTableProblem};
    labels += m_optionProblems.values();
    for (QLabel *label : std::as_const(labels))
        showProblem(label, byLabel.value(label));

    const PaletteColors colors = PaletteColors::from(palette());
    QString why;
    if (!canLaunch(&why))
        m_ui->launchStatus->setText(QStringLiteral("<span style=\"color:%1\">%2</span>")
                                        .arg(colors.error.name(), htmlEscapedLines(UiText::tr("Cannot launch yet: %1").arg(why))));
    else
        m_ui->launchStatus->setText(QStringLiteral("<span style=\"color:%1\">%2</span>")
                                        .arg(colors.muted.name(), htmlEscapedLines(UiText::tr("Ready: Launch builds both binaries, "
                                                                                 "then runs this command."))));
    updatePreview();
    Q_EMIT validated();
}

bool ProfileEditor::canBuild(QString *why) const
{
    const Problem *blocking = LaunchSpec::firstBlocking(m_problems, false);
    if (blocking && why)
        *why = blocking->message;
    return !blocking;
}

bool ProfileEditor::canLaunch(QString *why) const
{
    const Problem *blocking = LaunchSpec::firstBlocking(m_problems, true);
    if (blocking && why)
        *why = blocking->message;
    return !blocking;
}

QString ProfileEditor::commandLine() const
{
    return m_ui->commandPreview->toPlainText();
}

void ProfileEditor::updatePreview()
{
    LaunchSettings s = settings();
    const Platform launcher = s.launcherPlatform.isValid() ? s.launcherPlatform : Platform::host();
    QString launcherPath = UiText::tr("<launcher>");
    QString workerPath = UiText::tr("<worker>");
    if (!s.packageDir.isEmpty()) {
        launcherPath = QDir::toNativeSeparators(LaunchSession::outputPath(s, BuildTarget::Launcher, launcher));
        workerPath = QDir::toNativeSeparators(LaunchSession::outputPath(s, BuildTarget::Worker, s.workerPlatform));
    }
    // Secrets not typed here still show as masked values: they come from the keychain.
    for (EnvironmentVariable &variable : s.environment) {
        if (variable.secret && variable.value.isEmpty())
            variable.value = SecretMask.toString();
    }
    const LaunchCommand command = LaunchSpec::compose(s, launcherPath, workerPath, QProcessEnvironment());
    const QString line = command.copyableLine();
    if (m_ui->commandPreview->toPlainText() != line)
        m_ui->commandPreview->setPlainText(line);
}

void ProfileEditor::copyCommand()
{
    QGuiApplication::clipboard()->setText(commandLine());
}

} // namespace bl
