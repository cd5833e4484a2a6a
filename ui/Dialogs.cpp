// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#include "Dialogs.h"

#include "PipelineChooser.h"
#include "UiText.h"

#include <QFileDialog>
#include <QInputDialog>
#include <QMessageBox>
#include <QPushButton>

namespace bl {

Dialogs::~Dialogs() = default;

StandardDialogs *StandardDialogs::instance()
{
    static StandardDialogs dialogs;
    return &dialogs;
}

QString StandardDialogs::chooseFolder(QWidget *parent, const QString &title, const QString &startDir)
{
    return QFileDialog::getExistingDirectory(parent, title, startDir);
}

QString StandardDialogs::chooseOpenFile(QWidget *parent, const QString &title, const QString &startPath,
                                        const QString &filter)
{
    return QFileDialog::getOpenFileName(parent, title, startPath, filter);
}

QString StandardDialogs::chooseSaveFile(QWidget *parent, const QString &title, const QString &suggestedPath,
                                        const QString &filter)
{
    return QFileDialog::getSaveFileName(parent, title, suggestedPath, filter);
}

bool StandardDialogs::askYesNo(QWidget *parent, const QString &title, const QString &question)
{
    return QMessageBox::question(parent, title, question, QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
        == QMessageBox::Yes;
}

int StandardDialogs::askChoice(QWidget *parent, const QString &title, const QString &question,
                               const QStringList &choices)
{
    QMessageBox box(QMessageBox::Question, title, question, QMessageBox::NoButton, parent);
    QList<QAbstractButton *> buttons;
    for (qsizetype i = 0; i < choices.size(); ++i) {
        const bool wayOut = i == choices.size() - 1;
        buttons << box.addButton(choices.at(i), wayOut ? QMessageBox::RejectRole : QMessageBox::AcceptRole);
    }
    if (!buttons.isEmpty()) {
        box.setDefaultButton(qobject_cast<QPushButton *>(buttons.constFirst()));
        box.setEscapeButton(buttons.constLast());
    }
    box.exec();
    const qsizetype index = buttons.indexOf(box.clickedButton());
    return index < 0 ? int(choices.size()) - 1 : int(index);
}

std::optional<int> StandardDialogs::askNumber(QWidget *parent, const QString &title, const QString &label, int value,
                                             int minimum, int maximum)
{
    bool ok = false;
    const int number = QInputDialog::getInt(parent, title, label, value, minimum, maximum, 1, &ok);
    return ok ? std::optional<int>(number) : std::nullopt;
}

void StandardDialogs::showInformation(QWidget *parent, const QString &title, const QString &message)
{
    QMessageBox::information(parent, title, message);
}

void StandardDialogs::showWarning(QWidget *parent, const QString &title, const QString &message)
{
    QMessageBox::warning(parent, title, message);
}

QString StandardDialogs::choosePipeline(QWidget *parent, const PipelineSearch &search)
{
    PipelineChooser chooser(search, parent);
    return chooser.exec() == QDialog::Accepted ? chooser.chosen().dir : QString();
}

void ScriptedDialogs::setNextFileName(const QString &path)
{
    m_fileNames.append(path);
}

void ScriptedDialogs::setNextAnswer(bool yes)
{
    m_answers.append(yes);
}

QString ScriptedDialogs::takeFileName()
{
    return m_fileNames.isEmpty() ? QString() : m_fileNames.takeFirst();
}

QString ScriptedDialogs::chooseFolder(QWidget *, const QString &title, const QString &startDir)
{
    m_requests.append({Kind::ChooseFolder, title, startDir, QString()});
    return takeFileName();
}

QString ScriptedDialogs::chooseOpenFile(QWidget *, const QString &title, const QString &startPath,
                                        const QString &filter)
{
    m_requests.append({Kind::ChooseOpenFile, title, startPath, filter});
    return takeFileName();
}

QString ScriptedDialogs::chooseSaveFile(QWidget *, const QString &title, const QString &suggestedPath,
                                        const QString &filter)
{
    m_requests.append({Kind::ChooseSaveFile, title, suggestedPath, filter});
    return takeFileName();
}

bool ScriptedDialogs::askYesNo(QWidget *, const QString &title, const QString &question)
{
    m_requests.append({Kind::AskYesNo, title, question, QString()});
    return m_answers.isEmpty() ? false : m_answers.takeFirst();
}

int ScriptedDialogs::askChoice(QWidget *, const QString &title, const QString &question,
                               const QStringList &choices)
{
    m_requests.append({Kind::AskChoice, title, question, choices.join(u'|')});
    return m_choices.isEmpty() ? int(choices.size()) - 1 : m_choices.takeFirst();
}

void ScriptedDialogs::setNextChoice(int index)
{
    m_choices.append(index);
}

std::optional<int> ScriptedDialogs::askNumber(QWidget *, const QString &title, const QString &label, int value,
                                             int minimum, int maximum)
{
    m_requests.append({Kind::AskNumber, title, label, QStringLiteral("%1|%2|%3").arg(value).arg(minimum).arg(maximum)});
    if (m_numbers.isEmpty())
        return std::nullopt;
    return m_numbers.takeFirst();
}

void ScriptedDialogs::showInformation(QWidget *, const QString &title, const QString &message)
{
    m_requests.append({Kind::Information, title, message, QString()});
}

void ScriptedDialogs::showWarning(QWidget *, const QString &title, const QString &message)
{
    m_requests.append({Kind::Warning, title, message, QString()});
}

QString ScriptedDialogs::choosePipeline(QWidget *, const PipelineSearch &search)
{
    QStringList offered;
    for (const PipelineCandidate &c : search.pipelines)
        offered << c.importPath;
    m_requests.append({Kind::ChoosePipeline, UiText::tr("Choose a Pipeline"), offered.join(u'\n'), QString()});
    const QString answer = takeFileName();
    if (answer.isEmpty())
        return {};
    QString error;
    const auto chosen = PipelineFinder::choose(search, answer, &error);
    return chosen ? chosen->dir : QString();
}

} // namespace bl
