// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#include "CommandLine.h"

#include <QCoreApplication>
#include <QTextStream>

namespace bl::cli {

bool wantsCommandLine(const QStringList &arguments)
{
    if (arguments.size() < 2)
        return false;
    static const QStringList commands = {
        QStringLiteral("build"), QStringLiteral("launch"), QStringLiteral("profiles"),
        QStringLiteral("help"), QStringLiteral("--help"), QStringLiteral("-h"),
        QStringLiteral("--version"), QStringLiteral("-v")};
    return commands.contains(arguments.at(1));
}

int run(const QStringList &arguments)
{
    QTextStream out(stdout);
    if (arguments.value(1) == u"--version" || arguments.value(1) == u"-v") {
        out << QCoreApplication::applicationName() << u' ' << QCoreApplication::applicationVersion()
            << Qt::endl;
        return 0;
    }
    QTextStream(stderr) << "beam-launcher: the command line is being built" << Qt::endl;
    return 2;
}

} // namespace bl::cli
