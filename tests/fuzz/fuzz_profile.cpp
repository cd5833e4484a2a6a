// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
// Any file content either loads as a profile or gives an error text, never a crash; a loaded
// profile saved and loaded again is the same profile.
#include "profiles/Profile.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    QString error;
    const std::optional<bl::Profile> profile = bl::Profile::fromJson(bytes, &error);
    if (!profile) {
        if (error.isEmpty())
            std::abort(); // a refusal always says why
        return 0;
    }
    QString again;
    const std::optional<bl::Profile> reloaded = bl::Profile::fromJson(profile->toJson(), &again);
    if (!reloaded || reloaded->settings != bl::Profile::withoutSecretValues(profile->settings) || reloaded->name != profile->name)
        std::abort();
    return 0;
}
