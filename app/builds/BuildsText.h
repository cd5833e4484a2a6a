// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCoreApplication>

namespace bl {

/// The one translation context of app/builds/: every string of the library is written
/// BuildsText::tr("...") and extracted as "bl::builds" (lupdate sees the macro), whichever of its files
/// it is in, so the catalogues stay valid as the code moves (translations/README.md).
struct BuildsText
{
    Q_DECLARE_TR_FUNCTIONS(bl::builds)
};

} // namespace bl
