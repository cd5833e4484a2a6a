// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#include "EditorPane.h"

#include "ProfileEditor.h"
#include "UiText.h"
#include "WindowText.h"
#include "go/PackageProbe.h"

#include <QAction>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QTimer>
#include <QVBoxLayout>

namespace bl {

EditorPane::EditorPane(Dialogs *dialogs, QWidget *parent)
    : QStackedWidget(parent)
    , m_editor(new ProfileEditor(this))
    , m_probe(new PackageProbe(this))
    , m_probeTimer(new QTimer(this))
{
    m_editor->setDialogs(dialogs);
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("editorScroll"));
    scroll->setWidget(m_editor);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *editorPage = new QWidget(this);
    auto *editorLayout = new QVBoxLayout(editorPage);
    editorLayout->setContentsMargins(0, 0, 0, 0);
    editorLayout->addWidget(scroll, 1);
    QWidget *preview = m_editor->takeCommandPreview();
    preview->setParent(editorPage);
    editorLayout->addWidget(preview);
    addWidget(createInvitation());
    addWidget(editorPage);
    setMinimumWidth(380);

    m_probeTimer->setSingleShot(true);
    m_probeTimer->setInterval(300);
    connect(m_probeTimer, &QTimer::timeout, this, &EditorPane::inspectPackage);
    connect(m_editor, &ProfileEditor::packageDirChanged, this, [this] {
        m_probe->cancel();
        m_probeTimer->start();
    });
    connect(m_probe, &PackageProbe::inspected, this, [this](const QString &dir, const PackageInfo &info) {
        if (dir == m_editor->packageDir())
            m_editor->showPackageInfo(info);
    });
    connect(m_probe, &PackageProbe::failed, this, [this](const QString &dir, const QString &message) {
        if (dir == m_editor->packageDir())
            m_editor->showPackageError(message);
    });
}

QWidget *EditorPane::createInvitation()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("emptyPage"));
    auto *layout = new QVBoxLayout(page);
    layout->addStretch(1);
    auto *logo = new QLabel(page);
    logo->setPixmap(ownIcon("beam-launcher").pixmap(96, 96));
    logo->setAlignment(Qt::AlignCenter);
    layout->addWidget(logo);
    auto *title = new QLabel(UiText::tr("Launch a Beam Go pipeline"), page);
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.6);
    font.setBold(true);
    title->setFont(font);
    title->setAlignment(Qt::AlignCenter);
    layout->addWidget(title);
    auto *text = new QLabel(UiText::tr("Drop your pipeline's folder anywhere on this window,\nor choose it here. "
                                           "Beam Launcher builds the launcher for this computer\nand the worker for "
                                           "Linux, checks both, and runs your pipeline."),
                            page);
    text->setAlignment(Qt::AlignCenter);
    text->setWordWrap(true);
    layout->addWidget(text);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    m_openButton = new QPushButton(ownIcon("folder-open"), UiText::tr("Open Pipeline Folder…"), page);
    m_openButton->setObjectName(QStringLiteral("emptyOpenButton"));
    m_newButton = new QPushButton(ownIcon("note"), UiText::tr("New Profile"), page);
    buttons->addWidget(m_openButton);
    buttons->addWidget(m_newButton);
    buttons->addStretch(1);
    layout->addSpacing(12);
    layout->addLayout(buttons);
    layout->addStretch(2);
    return page;
}

void EditorPane::setInvitationActions(QAction *openFolder, QAction *newProfile)
{
    connect(m_openButton, &QPushButton::clicked, openFolder, &QAction::trigger);
    connect(m_newButton, &QPushButton::clicked, newProfile, &QAction::trigger);
}

void EditorPane::showEditor(bool editing)
{
    setCurrentIndex(editing ? 1 : 0);
}

void EditorPane::inspectPackage()
{
    const QString dir = m_editor->packageDir();
    if (dir.isEmpty() || !QFileInfo(dir).isDir() || !m_goAvailable) {
        m_probe->cancel();
        return;
    }
    m_editor->showPackageInspecting();
    m_probe->inspect(dir);
}

void EditorPane::cancelInspection()
{
    m_probe->cancel();
}

void EditorPane::showPackageInfo(const PackageInfo &info)
{
    if (info.dir == m_editor->packageDir())
        m_editor->showPackageInfo(info);
}

} // namespace bl
