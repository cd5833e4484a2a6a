// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
// Upward: builds/ (build reuse, between go/ and launch/) includes the LaunchSession it must not
// know. Must not compile.
#include "builds/BuildStamp.h"
#include "launch/LaunchSession.h"

int blLayerProbeBuildsUp()
{
    return 0;
}
