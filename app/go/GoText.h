// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCoreApplication>

namespace bl {

/// The one translation context of app/go/: every string of the library is written
/// GoText::tr("...") and extracted as "bl::go" (lupdate sees the macro), whichever of its files
/// it is in, so the catalogues stay valid as the code moves (translations/README.md).
struct GoText
{
    Q_DECLARE_TR_FUNCTIONS(bl::go)
};

} // namespace bl
