// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
// Sideways: runner/ includes a header of jobs/, a library beside it that it does not link. Must
// not compile.
#include "runner/LocalPrism.h"
#include "jobs/JobTypes.h"

int blLayerProbeSideways()
{
    return 0;
}
