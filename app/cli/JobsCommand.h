// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QStringList>

namespace bl::cli {

/// `beam-launcher jobs ...`: the jobs of a Beam job service, through its Job API.
///   jobs list --endpoint HOST:PORT [--json]
///   jobs watch JOB_ID --endpoint HOST:PORT [--json]
///   jobs cancel JOB_ID --endpoint HOST:PORT [--json] [--timeout SECONDS]
///   jobs metrics JOB_ID --endpoint HOST:PORT [--json]
/// `arguments` are the words after "jobs". Returns the exit code.
int runJobsCommand(const QStringList &arguments);

} // namespace bl::cli
