// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "jobs/JobTypes.h"

#include <QMap>
#include <QString>
#include <QStringList>

namespace bl::test {

/// One transform of a job's pipeline as GetPipeline gives it: its parts (`subs`, a composite's)
/// and its inputs and outputs (local name -> PCollection id).
inline jobs::PipelineTransform transform(const QString &id, const QString &name, const QStringList &subs,
                                         const QMap<QString, QString> &inputs, const QMap<QString, QString> &outputs)
{
    jobs::PipelineTransform t;
    t.id = id;
    t.uniqueName = name;
    t.subtransforms = subs;
    t.inputs = inputs;
    t.outputs = outputs;
    return t;
}

} // namespace bl::test
