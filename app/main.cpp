// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
// The only place that knows both the engine's command line and the widgets.
#include "cli/CommandLine.h"
#include "process/GroupGuardian.h"
#include "MainWindow.h"
#include "Translations.h"

#include <QApplication>
#include <QCoreApplication>
#include <QFileInfo>

#include <memory>

namespace {

void describeApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("beam-launcher"));
    QCoreApplication::setApplicationName(QStringLiteral("beam-launcher"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BEAM_LAUNCHER_VERSION));
}

QStringList argumentsOf(int argc, char **argv)
{
    QStringList list;
    for (int i = 0; i < argc; ++i)
        list.append(QString::fromLocal8Bit(argv[i]));
    return list;
}

} // namespace

int main(int argc, char **argv)
{
    // Before anything starts a thread: it forks the guardian that ends our children if we die.
    bl::GroupGuardian::start();
    const QStringList arguments = argumentsOf(argc, argv);
    if (bl::cli::wantsCommandLine(arguments)) {
        QCoreApplication app(argc, argv);
        describeApplication();
        bl::installTranslations(app, bl::configuredLanguage());
        return bl::cli::run(QCoreApplication::arguments());
    }
    QApplication app(argc, argv);
    describeApplication();
    bl::installTranslations(app, bl::configuredLanguage());
    QApplication::setApplicationDisplayName(QStringLiteral("Beam Launcher"));
#ifdef BEAM_LAUNCHER_APP_ID // packaging/: ties the window to its .desktop file and icon
    QGuiApplication::setDesktopFileName(QStringLiteral(BEAM_LAUNCHER_APP_ID));
#endif
    bl::MainWindow window;
    window.show();
    // `beam-launcher FOLDER` opens the window with a new profile for that folder.
    const QStringList windowArguments = QCoreApplication::arguments();
    for (qsizetype i = 1; i < windowArguments.size(); ++i) {
        if (QFileInfo(windowArguments.at(i)).isDir()) {
            window.openFolder(windowArguments.at(i));
            break;
        }
    }
    return QApplication::exec();
}
