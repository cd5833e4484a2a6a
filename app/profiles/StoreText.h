// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCoreApplication>

namespace bl {

/// The profile library's strings keep the translation context "bl::ProfileStore" in whichever
/// of its files they are written, so the catalogues stay valid as the code moves.
struct StoreText
{
    Q_DECLARE_TR_FUNCTIONS(bl::ProfileStore)
};

} // namespace bl
