// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
// The control probe: go/ includes its own header and one of process/, the library below it.
// It must compile, or the probes that must not compile prove nothing.
#include "go/GoToolchain.h"
#include "process/ProcessRunner.h"

int blLayerProbeLegal()
{
    return 0;
}
