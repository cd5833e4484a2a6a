// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "profiles/Profile.h"

namespace bl {

class ProfileStore;

/// The ready profile a new user gets: the word-count sample on Beam's in-process Prism
/// runner, so the first launch works in one click with nothing to install but Go.
namespace StarterProfile {

QString name();
/// The profile for the sample in `sampleFolder`; its output goes to the cache folder.
Profile make(const QString &sampleFolder);
/// Saves the starter profile once, on the first start: when the store holds no profile and
/// none was ever offered (a user who deletes it does not get it back). Returns true when it
/// was created now.
bool offerOnce(ProfileStore &store, const QString &sampleFolder, QString *error = nullptr);

} // namespace StarterProfile

} // namespace bl
