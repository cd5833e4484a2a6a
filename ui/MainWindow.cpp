// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#include "MainWindow.h"

#include <QLabel>

namespace bl {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Beam Launcher"));
    auto *label = new QLabel(tr("Beam Launcher: the window is being built. Use the command line meanwhile."), this);
    label->setAlignment(Qt::AlignCenter);
    setCentralWidget(label);
    resize(900, 600);
}

} // namespace bl
