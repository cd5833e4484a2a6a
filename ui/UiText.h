// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCoreApplication>

namespace bl {

/// The one translation context of ui/: every string of the window is written UiText::tr("...")
/// and extracted as "bl::ui", whichever class or panel it is in, so the catalogues stay valid as
/// the code moves (translations/README.md).
struct UiText
{
    Q_DECLARE_TR_FUNCTIONS(bl::ui)
};

} // namespace bl
