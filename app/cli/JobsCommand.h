// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QStringList>
#include <QUrl>

namespace bl::cli {

/// `beam-launcher jobs ...`: the jobs of a Beam job service, through its Job API.
///   jobs list --endpoint HOST:PORT [--json]
///   jobs watch JOB_ID --endpoint HOST:PORT [--json]
///   jobs cancel JOB_ID --endpoint HOST:PORT [--json] [--timeout SECONDS]
///   jobs metrics JOB_ID --endpoint HOST:PORT [--json] [--by-step]
struct Command;
class Invocation;
Command jobsCommand();

/// `beam-launcher graph --job JOB_ID --endpoint HOST:PORT [--svg FILE] [--dot FILE] [--json]`:
/// the job's pipeline from the job service (GetPipeline) with its numbers (GetJobMetrics), laid
/// out by Graphviz; without --svg the SVG goes to stdout.
int runJobGraph(const Invocation &call);

/// `launch --detach` after the launcher submitted the job: waits (60 s at most) until the job
/// service says the job is RUNNING, prints the job id (stdout; a `job` event with --json) and
/// returns 0; 1 when the job failed first, is unknown, or the service cannot tell.
int waitForJobRunning(const QString &endpoint, const QString &jobId, const QUrl &webUi, bool json);

} // namespace bl::cli
