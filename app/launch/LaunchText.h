// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCoreApplication>

namespace bl {

/// The one translation context of app/launch/: every string of the library is written
/// LaunchText::tr("...") and extracted as "bl::launch" (lupdate sees the macro), whichever of its files
/// it is in, so the catalogues stay valid as the code moves (translations/README.md).
struct LaunchText
{
    Q_DECLARE_TR_FUNCTIONS(bl::launch)
};

} // namespace bl
