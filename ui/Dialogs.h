// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class QWidget;

namespace bl {

struct PipelineSearch;

/// The seam for every modal question the window asks. Widgets take a Dialogs pointer (not owned)
/// so GUI tests can answer with ScriptedDialogs and never block on a real modal dialog.
class Dialogs
{
public:
    Dialogs() = default;
    virtual ~Dialogs();
    Q_DISABLE_COPY_MOVE(Dialogs)

    /// Returns the chosen folder, or an empty string when cancelled.
    virtual QString chooseFolder(QWidget *parent, const QString &title, const QString &startDir) = 0;
    /// Returns the chosen file, or an empty string when cancelled. \a filter as in QFileDialog.
    virtual QString chooseOpenFile(QWidget *parent, const QString &title, const QString &startPath,
                                   const QString &filter) = 0;
    virtual QString chooseSaveFile(QWidget *parent, const QString &title, const QString &suggestedPath,
                                   const QString &filter) = 0;
    /// Returns true for "Yes".
    virtual bool askYesNo(QWidget *parent, const QString &title, const QString &question) = 0;
    /// One of `choices` (button texts, the first the default, the last the way out that Escape
    /// takes); returns its index.
    virtual int askChoice(QWidget *parent, const QString &title, const QString &question,
                          const QStringList &choices) = 0;
    virtual void showInformation(QWidget *parent, const QString &title, const QString &message) = 0;
    virtual void showWarning(QWidget *parent, const QString &title, const QString &message) = 0;
    /// A whole number from `minimum` to `maximum`, starting at `value`; nullopt when cancelled.
    virtual std::optional<int> askNumber(QWidget *parent, const QString &title, const QString &label, int value,
                                         int minimum, int maximum) = 0;
    /// Which of the pipelines `search` found to use (PipelineChooser): its folder, or an empty
    /// string when cancelled.
    virtual QString choosePipeline(QWidget *parent, const PipelineSearch &search) = 0;
};

/// QFileDialog / QMessageBox. One shared instance serves the whole application.
class StandardDialogs final : public Dialogs
{
public:
    StandardDialogs() = default;
    static StandardDialogs *instance();

    QString chooseFolder(QWidget *parent, const QString &title, const QString &startDir) override;
    QString chooseOpenFile(QWidget *parent, const QString &title, const QString &startPath,
                           const QString &filter) override;
    QString chooseSaveFile(QWidget *parent, const QString &title, const QString &suggestedPath,
                           const QString &filter) override;
    bool askYesNo(QWidget *parent, const QString &title, const QString &question) override;
    int askChoice(QWidget *parent, const QString &title, const QString &question,
                  const QStringList &choices) override;
    void showInformation(QWidget *parent, const QString &title, const QString &message) override;
    void showWarning(QWidget *parent, const QString &title, const QString &message) override;
    std::optional<int> askNumber(QWidget *parent, const QString &title, const QString &label, int value, int minimum,
                                 int maximum) override;
    QString choosePipeline(QWidget *parent, const PipelineSearch &search) override;
};

/// Answers from a script and records every question. Unscripted questions are answered like a
/// user pressing Cancel / No, so a test that forgot an answer fails on its checks, never hangs.
class ScriptedDialogs final : public Dialogs
{
public:
    enum class Kind { ChooseFolder, ChooseOpenFile, ChooseSaveFile, AskYesNo, AskChoice, Information, Warning, ChoosePipeline,
                      AskNumber };
    struct Request
    {
        Kind kind = Kind::Information;
        QString title;
        QString text;   ///< question or message; start folder / suggested path for file choices;
                        ///< the import paths offered, one a line, for a pipeline choice
        QString filter; ///< file filter for file choices; the choices joined by | for AskChoice
    };

    ScriptedDialogs() = default;

    /// Queues the answer of the next folder, file or pipeline question (empty = cancel; a
    /// pipeline is named by its import path or folder).
    void setNextFileName(const QString &path);
    /// Queues the answer of the next yes/no question.
    void setNextAnswer(bool yes);
    /// Queues the index the next askChoice() returns (without one: the last choice, the way out).
    void setNextChoice(int index);
    /// Queues the number the next askNumber() returns (without one: cancelled).
    void setNextNumber(int number) { m_numbers.append(number); }

    const QList<Request> &requests() const { return m_requests; }
    Request lastRequest() const { return m_requests.isEmpty() ? Request{} : m_requests.constLast(); }
    void clearRequests() { m_requests.clear(); }
    int pendingFileNames() const { return int(m_fileNames.size()); }
    int pendingAnswers() const { return int(m_answers.size()); }

    QString chooseFolder(QWidget *parent, const QString &title, const QString &startDir) override;
    QString chooseOpenFile(QWidget *parent, const QString &title, const QString &startPath,
                           const QString &filter) override;
    QString chooseSaveFile(QWidget *parent, const QString &title, const QString &suggestedPath,
                           const QString &filter) override;
    bool askYesNo(QWidget *parent, const QString &title, const QString &question) override;
    int askChoice(QWidget *parent, const QString &title, const QString &question,
                  const QStringList &choices) override;
    void showInformation(QWidget *parent, const QString &title, const QString &message) override;
    void showWarning(QWidget *parent, const QString &title, const QString &message) override;
    std::optional<int> askNumber(QWidget *parent, const QString &title, const QString &label, int value, int minimum,
                                 int maximum) override;
    QString choosePipeline(QWidget *parent, const PipelineSearch &search) override;

private:
    QString takeFileName();

    QList<Request> m_requests;
    QStringList m_fileNames;
    QList<bool> m_answers;
    QList<int> m_choices;
    QList<int> m_numbers;
};

} // namespace bl
