// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
// Upward: go/ includes a header of launch/, a library above it. Must not compile: launch/'s
// headers are not in go/'s include roots.
#include "go/GoToolchain.h"
#include "launch/LaunchSession.h"

int blLayerProbeUp()
{
    return 0;
}
