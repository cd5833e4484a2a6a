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

/// A pipeline of the word-count sample's shape, as GetPipeline gives it on Prism: composites (a
/// read; a count holding a combine) around primitive steps, a sink without outputs, and a
/// composite that lists what its parts hand to each other among its outputs (the Go SDK does).
/// PCollections "n1".."n7" (n3: the words, n5: the counts), named "pc1".."pc7".
inline jobs::PipelineInfo wordCountPipeline()
{
    using namespace Qt::StringLiterals;
    jobs::PipelineInfo p;
    const auto add = [&p](const jobs::PipelineTransform &t) { p.transforms.insert(t.id, t); };
    add(transform(u"e1"_s, u"textio.Read"_s, {u"e2"_s, u"e3"_s}, {}, {{u"i0"_s, u"n2"_s}}));
    add(transform(u"e2"_s, u"textio.Read/Impulse"_s, {}, {}, {{u"i0"_s, u"n1"_s}}));
    add(transform(u"e3"_s, u"textio.Read/readFn"_s, {}, {{u"i0"_s, u"n1"_s}}, {{u"i0"_s, u"n2"_s}}));
    add(transform(u"e4"_s, u"main.splitWords"_s, {}, {{u"i0"_s, u"n2"_s}}, {{u"i0"_s, u"n3"_s}}));
    add(transform(u"e5"_s, u"stats.Count"_s, {u"e6"_s, u"e7"_s}, {{u"i0"_s, u"n3"_s}},
                  {{u"i0"_s, u"n4"_s}, {u"i1"_s, u"n5"_s}}));
    add(transform(u"e6"_s, u"stats.Count/mapFn"_s, {}, {{u"i0"_s, u"n3"_s}}, {{u"i0"_s, u"n4"_s}}));
    add(transform(u"e7"_s, u"stats.Count/CombinePerKey"_s, {u"e8"_s, u"e9"_s}, {{u"i0"_s, u"n4"_s}},
                  {{u"i0"_s, u"n5"_s}}));
    add(transform(u"e8"_s, u"stats.Count/CombinePerKey/GBK"_s, {}, {{u"i0"_s, u"n4"_s}}, {{u"i0"_s, u"n6"_s}}));
    add(transform(u"e9"_s, u"stats.Count/CombinePerKey/Merge"_s, {}, {{u"i0"_s, u"n6"_s}}, {{u"i0"_s, u"n5"_s}}));
    add(transform(u"e10"_s, u"main.formatCount"_s, {}, {{u"i0"_s, u"n5"_s}}, {{u"i0"_s, u"n7"_s}}));
    add(transform(u"e11"_s, u"textio.Write"_s, {}, {{u"i0"_s, u"n7"_s}}, {}));
    for (int i = 1; i <= 7; ++i)
        p.pcollections.insert(u"n%1"_s.arg(i), u"pc%1"_s.arg(i));
    p.rootTransformIds = {u"e1"_s, u"e4"_s, u"e5"_s, u"e10"_s, u"e11"_s};
    return p;
}

} // namespace bl::test
