// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QStackedWidget>

class QAction;
class QPushButton;
class QTimer;

namespace bl {

class Dialogs;
class PackageProbe;
class ProfileEditor;
struct PackageInfo;

/// The middle of the window: the profile editor with its command preview, or, with no
/// profile, an invitation to drop a folder or start one. It also inspects the package folder
/// being edited (PackageProbe, 300 ms after the last change) and shows what Go says of it.
class EditorPane final : public QStackedWidget
{
    Q_OBJECT

public:
    explicit EditorPane(Dialogs *dialogs, QWidget *parent = nullptr);

    /// What the invitation's buttons trigger.
    void setInvitationActions(QAction *openFolder, QAction *newProfile);

    ProfileEditor *editor() const { return m_editor; }
    bool isEditing() const { return currentIndex() == 1; }
    void showEditor(bool editing);

    /// Go is usable: the folder can be inspected.
    void setGoAvailable(bool available) { m_goAvailable = available; }
    /// Inspects the edited folder now (a newer request cancels an older one).
    void inspectPackage();
    void cancelInspection();
    /// What a session learned about the edited folder.
    void showPackageInfo(const PackageInfo &info);

private:
    QWidget *createInvitation();

    ProfileEditor *m_editor;
    PackageProbe *m_probe;
    QTimer *m_probeTimer;
    QPushButton *m_openButton = nullptr;
    QPushButton *m_newButton = nullptr;
    bool m_goAvailable = true;
};

} // namespace bl
