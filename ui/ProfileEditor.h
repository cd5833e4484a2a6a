// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "go/GoJson.h"
#include "launch/LaunchSpec.h"
#include "profiles/Profile.h"

#include <QHash>
#include <QMap>
#include <QPointer>
#include <QWidget>

#include <memory>

class QLabel;
class QLineEdit;

namespace Ui {
class ProfileEditorForm;
}

namespace bl {

class EnvironmentTable;

class Dialogs;
class SyntaxHighlighterAdapter;

/// Edits one profile: the pipeline folder, runner and endpoint, environment, platforms,
/// the runner's own options (generated from the runner catalog), pipeline flags and
/// environment variables. Every edit re-validates at once: problems appear next to the
/// field they concern and the command preview shows the exact launcher command.
///
/// Secret variables: their values are never loaded into the editor; a value typed here is
/// kept in memory (typedSecrets()) for the window to write into the keychain on save.
class ProfileEditor final : public QWidget
{
    Q_OBJECT

public:
    explicit ProfileEditor(QWidget *parent = nullptr);
    ~ProfileEditor() override;
    Q_DISABLE_COPY_MOVE(ProfileEditor)

    /// Not owned; the default is StandardDialogs::instance().
    void setDialogs(Dialogs *dialogs);
    /// The command preview with its Copy button and launch readiness, for the caller to
    /// place where it stays visible (the editor keeps driving it).
    QWidget *takeCommandPreview();

    /// Shows `profile`; forgets values typed for secrets of the previous one.
    void setProfile(const Profile &profile);
    /// The profile as edited; secret variables carry the values typed here (else empty).
    Profile profile() const;
    LaunchSettings settings() const;
    QString profileId() const { return m_profile.id; }
    /// Secret variable name -> value typed in this editor since setProfile().
    QMap<QString, QString> typedSecrets() const;

    void setPackageDir(const QString &dir);
    QString packageDir() const;
    /// Replaces the pipeline flags (the Options view's edits); counts as the user's edit.
    void setPipelineFlags(const QStringList &flags);
    /// The result of inspecting the package folder (PackageProbe).
    void showPackageInspecting();
    void showPackageInfo(const PackageInfo &info);
    void showPackageError(const QString &message);
    /// A problem with the profile's name (e.g. taken), or empty.
    void setNameProblem(const QString &message);

    /// Whether the settings can be built / launched; `why` gets the first reason when not.
    bool canBuild(QString *why = nullptr) const;
    bool canLaunch(QString *why = nullptr) const;
    /// The command line the preview shows (secrets masked).
    QString commandLine() const;

    /// Host platform shown as the launcher's default (tests can pin it).
    static QString hostLabel();

Q_SIGNALS:
    /// The user changed something (not emitted by setProfile()).
    void edited();
    /// The pipeline folder field changed (typed, browsed or dropped).
    void packageDirChanged(const QString &dir);
    /// The settings were checked again: canBuild() and canLaunch() may have changed.
    void validated();

private:
    void populateStaticChoices();
    void onRunnerChanged();
    /// The endpoint is the local Prism's own while "Start a local Prism job server" is on.
    void updateEndpointRow();
    void rebuildOptions();
    void onEdited();
    void revalidate();
    void updatePreview();
    void browse();
    void fillFlagsTable(const QStringList &flags);
    void addFlag();
    void removeFlag();
    void copyCommand();
    void showProblem(QLabel *label, const QList<const Problem *> &problems);
    void setRowShown(QWidget *widget, bool shown);
    QString runnerName() const;
    Platform launcherPlatform(bool *ok = nullptr) const;
    QMap<QString, QString> optionValues() const;

    std::unique_ptr<Ui::ProfileEditorForm> m_ui;
    std::unique_ptr<EnvironmentTable> m_environment;
    Dialogs *m_dialogs = nullptr;
    Profile m_profile;
    Problems m_problems;
    QString m_nameProblem;
    QString m_suggestedEndpoint;
    QString m_optionsRunner;
    QMap<QString, QString> m_optionValues;        // kept across runner changes
    QHash<QString, QWidget *> m_optionWidgets;     // option name -> editor
    QHash<QString, QLabel *> m_optionProblems;     // option name -> problem label
    SyntaxHighlighterAdapter *m_previewHighlighter = nullptr;
    QLineEdit *m_workingDirEdit = nullptr; ///< in the flags group: where relative paths are read from
    int m_loading = 0;
};

} // namespace bl
