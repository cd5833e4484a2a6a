// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#include "JobGraph.h"

#include "jobs/JobsText.h"

#include <QCoreApplication>
#include <QProcess>

#include <algorithm>
#include <cmath>
#include <functional>

namespace bl::jobs {

namespace {

const QString ElementCount = QStringLiteral("beam:metric:element_count:v1");
const QString SampledBytes = QStringLiteral("beam:metric:sampled_byte_size:v1");
const QString TotalMsecs = QStringLiteral("beam:metric:ptransform_execution_time:total_msecs:v1");

/// The local names of a transform's inputs or outputs, the main one first: Python's "None", a
/// Go "i0"/Java "output" style name sorted first otherwise.
QStringList mainFirst(const QMap<QString, QString> &byName)
{
    QStringList names = byName.keys(); // sorted
    std::stable_sort(names.begin(), names.end(), [](const QString &a, const QString &b) {
        const auto rank = [](const QString &n) {
            return n == u"None" || n == u"out" || n == u"output" || n == u"i0" ? 0 : 1;
        };
        if (rank(a) != rank(b))
            return rank(a) < rank(b);
        if (a.size() != b.size()) // i2 before i10
            return a.size() < b.size();
        return a < b;
    });
    QStringList ids;
    for (const QString &name : std::as_const(names)) {
        const QString id = byName.value(name);
        if (!ids.contains(id))
            ids.append(id);
    }
    return ids;
}

/// A DOT double-quoted string's inside.
QString quoted(const QString &text)
{
    QString out;
    out.reserve(text.size() + 2);
    out += u'"';
    for (const QChar c : text) {
        if (c == u'"' || c == u'\\')
            out += u'\\';
        if (c == u'\n') {
            out += QStringLiteral("\\n");
            continue;
        }
        out += c;
    }
    out += u'"';
    return out;
}

/// Among several values for one key (one per stage, attempted and committed), keeps the
/// committed ones if there are any, and of those the largest.
template <typename T>
void keep(QHash<QString, std::pair<bool, T>> *into, const QString &key, bool committed, T value)
{
    auto it = into->find(key);
    if (it == into->end()) {
        into->insert(key, {committed, value});
    } else if (committed && !it->first) {
        *it = {committed, value};
    } else if (committed == it->first && value > it->second) {
        it->second = value;
    }
}

} // namespace

JobGraph::JobGraph(const PipelineInfo &pipeline)
{
    m_pcollectionNames = pipeline.pcollections;
    QSet<QString> seen;
    for (const QString &root : pipeline.rootTransformIds)
        addStep(pipeline, root, QString(), 0, &seen);
    // Transforms that no root reaches and that are nobody's part (a pipeline without root ids).
    QSet<QString> parts;
    for (const PipelineTransform &t : pipeline.transforms)
        for (const QString &sub : t.subtransforms)
            parts.insert(sub);
    QList<const PipelineTransform *> rest;
    for (const PipelineTransform &t : pipeline.transforms)
        if (!seen.contains(t.id) && !parts.contains(t.id))
            rest.append(&t);
    std::sort(rest.begin(), rest.end(), [](const PipelineTransform *a, const PipelineTransform *b) {
        return a->uniqueName != b->uniqueName ? a->uniqueName < b->uniqueName : a->id < b->id;
    });
    for (const PipelineTransform *t : std::as_const(rest))
        addStep(pipeline, t->id, QString(), 0, &seen);
    for (const Step &s : std::as_const(m_steps))
        if (!s.isComposite())
            for (const QString &pc : s.outputs)
                m_producer.insert(pc, s.id);
    // A composite may list among its outputs what its parts hand to each other (the Go SDK does):
    // its main output is the first one that none of its parts consumes, the one leaving it.
    for (qsizetype i = m_steps.size() - 1; i >= 0; --i) {
        Step &s = m_steps[i];
        if (!s.isComposite() || s.outputs.size() < 2)
            continue;
        QSet<QString> consumedInside;
        QStringList pending = s.children;
        while (!pending.isEmpty()) {
            const Step *part = step(pending.takeLast());
            if (!part)
                continue;
            for (const QString &pc : part->inputs)
                consumedInside.insert(pc);
            pending += part->children;
        }
        const auto leaving = std::find_if(s.outputs.begin(), s.outputs.end(),
                                          [&consumedInside](const QString &pc) { return !consumedInside.contains(pc); });
        if (leaving != s.outputs.end() && leaving != s.outputs.begin())
            std::rotate(s.outputs.begin(), leaving, leaving + 1);
    }
}

void JobGraph::addStep(const PipelineInfo &pipeline, const QString &id, const QString &parent, int depth,
                       QSet<QString> *seen)
{
    const auto it = pipeline.transforms.constFind(id);
    if (it == pipeline.transforms.cend() || seen->contains(id))
        return;
    seen->insert(id);
    Step step;
    step.id = id;
    step.name = it->uniqueName.isEmpty() ? id : it->uniqueName;
    step.label = step.name.section(u'/', -1);
    if (step.label.isEmpty())
        step.label = step.name;
    step.parent = parent;
    step.depth = depth;
    step.inputs = mainFirst(it->inputs);
    step.outputs = mainFirst(it->outputs);
    for (const QString &sub : it->subtransforms)
        if (pipeline.transforms.contains(sub) && !seen->contains(sub))
            step.children.append(sub);
    m_index.insert(id, m_steps.size());
    m_steps.append(step);
    for (const QString &sub : std::as_const(step.children))
        addStep(pipeline, sub, id, depth + 1, seen);
}

const JobGraph::Step *JobGraph::step(const QString &id) const
{
    const auto it = m_index.constFind(id);
    return it == m_index.cend() ? nullptr : &m_steps.at(*it);
}

const JobGraph::Step *JobGraph::stepOf(const Metric &metric) const
{
    if (const Step *s = step(metric.labels.value(QStringLiteral("PTRANSFORM"))))
        return s;
    const QString pc = metric.labels.value(QStringLiteral("PCOLLECTION"));
    if (pc.isEmpty())
        return nullptr;
    if (const Step *s = step(m_producer.value(pc)))
        return s;
    for (const Step &s : m_steps)
        if (!s.isComposite() && s.inputs.contains(pc))
            return &s;
    return nullptr;
}

int JobGraph::leafCount() const
{
    return int(std::count_if(m_steps.cbegin(), m_steps.cend(), [](const Step &s) { return !s.isComposite(); }));
}

std::optional<qint64> JobGraph::elementsOf(const QString &pcollection) const
{
    const auto it = m_elements.constFind(pcollection);
    if (it == m_elements.cend())
        return std::nullopt;
    return *it;
}

bool JobGraph::applyMetrics(const QList<Metric> &metrics)
{
    QHash<QString, std::pair<bool, qint64>> elements, bytes;
    QHash<QString, std::pair<bool, double>> msecs;
    const QString pcollection = QStringLiteral("PCOLLECTION"), ptransform = QStringLiteral("PTRANSFORM");
    for (const Metric &m : metrics) {
        if (m.urn == ElementCount || m.urn == SampledBytes) {
            const QString pc = m.labels.value(pcollection);
            if (pc.isEmpty() || !m_pcollectionNames.contains(pc))
                continue;
            if (m.urn == ElementCount) {
                if (const auto n = m.number())
                    keep(&elements, pc, m.committed, qint64(std::llround(*n)));
            } else if (const auto n = m.total()) {
                keep(&bytes, pc, m.committed, qint64(std::llround(*n)));
            }
        } else if (m.urn == TotalMsecs) {
            const QString t = m.labels.value(ptransform);
            if (m_index.contains(t))
                if (const auto n = m.number())
                    keep(&msecs, t, m.committed, *n);
        }
    }
    m_elements.clear();
    m_bytes.clear();
    for (auto it = elements.cbegin(); it != elements.cend(); ++it)
        m_elements.insert(it.key(), it->second);
    for (auto it = bytes.cbegin(); it != bytes.cend(); ++it)
        m_bytes.insert(it.key(), it->second);
    m_hasMetrics = !elements.isEmpty() || !msecs.isEmpty();

    for (Step &s : m_steps) {
        const QString pc = !s.outputs.isEmpty() ? s.outputs.constFirst()
                           : !s.inputs.isEmpty() ? s.inputs.constFirst()
                                                 : QString();
        s.elements = elementsOf(pc);
        const auto b = m_bytes.constFind(pc);
        s.bytes = b == m_bytes.cend() ? std::nullopt : std::optional<qint64>(*b);
        const auto t = msecs.constFind(s.id);
        s.msecs = s.isComposite() || t == msecs.cend() ? std::nullopt : std::optional<double>(t->second);
    }
    // A composite's time is its parts' (parts come after their parent: walk backwards).
    for (qsizetype i = m_steps.size() - 1; i >= 0; --i) {
        const Step &s = m_steps.at(i);
        if (!s.msecs || s.parent.isEmpty())
            continue;
        Step &parent = m_steps[m_index.value(s.parent)];
        parent.msecs = parent.msecs.value_or(0.0) + *s.msecs;
    }
    return m_hasMetrics;
}

QStringList JobGraph::busiest(int n) const
{
    QList<const Step *> timed;
    for (const Step &s : m_steps)
        if (!s.isComposite() && (s.msecs.value_or(0) > 0 || s.elements.value_or(0) > 0))
            timed.append(&s);
    std::sort(timed.begin(), timed.end(), [](const Step *a, const Step *b) {
        const double ta = a->msecs.value_or(0), tb = b->msecs.value_or(0);
        if (ta != tb)
            return ta > tb;
        const qint64 ea = a->elements.value_or(0), eb = b->elements.value_or(0);
        return ea != eb ? ea > eb : a->name < b->name;
    });
    QStringList ids;
    for (qsizetype i = 0; i < timed.size() && i < n; ++i)
        ids.append(timed.at(i)->id);
    return ids;
}

QString JobGraph::visible(const QString &id, const QSet<QString> &collapsed) const
{
    QString shown = id;
    for (const Step *s = step(id); s && !s->parent.isEmpty(); s = step(s->parent))
        if (collapsed.contains(s->parent))
            shown = s->parent;
    return shown;
}

QByteArray JobGraph::layOut(const QString &dotProgram, const QString &dotText, int timeoutMs, QString *error)
{
    if (dotProgram.isEmpty()) {
        *error = JobsText::tr("Graphviz (its dot command) is not installed: it draws the job's graph.");
        return {};
    }
    QProcess dot;
    dot.start(dotProgram, {QStringLiteral("-Tsvg")});
    if (!dot.waitForStarted(timeoutMs)) {
        *error = JobsText::tr("Graphviz (%1) did not start: %2").arg(dotProgram, dot.errorString());
        return {};
    }
    dot.write(dotText.toUtf8());
    dot.closeWriteChannel();
    if (!dot.waitForFinished(timeoutMs)) {
        dot.kill();
        dot.waitForFinished(1000);
        *error = JobsText::tr("Graphviz took longer than %1 s to lay out the job's graph.").arg(timeoutMs / 1000);
        return {};
    }
    const QByteArray svg = dot.readAllStandardOutput();
    if (dot.exitStatus() != QProcess::NormalExit || dot.exitCode() != 0 || svg.isEmpty()) {
        *error = JobsText::tr("Graphviz could not lay out the job's graph: %1")
                     .arg(QString::fromUtf8(dot.readAllStandardError()).trimmed());
        return {};
    }
    return svg;
}

QString JobGraph::elementsText(qint64 elements)
{
    return elements == 1 ? JobsText::tr("1 element") : JobsText::tr("%1 elements").arg(elements);
}

QString JobGraph::timeText(double msecs)
{
    if (msecs < 1000)
        return JobsText::tr("%1 ms").arg(qint64(std::llround(msecs)));
    if (msecs < 60000)
        return JobsText::tr("%1 s").arg(msecs / 1000.0, 0, 'f', 1);
    const qint64 seconds = qint64(msecs / 1000);
    return JobsText::tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60);
}

QString JobGraph::toDot(const DotOptions &options) const
{
    const QStringList busy = busiest(options.busiest);
    const QString fill = options.dark ? QStringLiteral("#2d2f33") : QStringLiteral("#ffffff");
    const QString busyFill = options.dark ? QStringLiteral("#8a4b08") : QStringLiteral("#fdd49e");
    const QString ink = options.dark ? QStringLiteral("#e8e8e8") : QStringLiteral("#202020");
    const QString frame = options.dark ? QStringLiteral("#7a7f87") : QStringLiteral("#8c8c8c");

    QString out;
    out.reserve(256 + m_steps.size() * 160);
    out += QStringLiteral("digraph job {\n  rankdir=TB;\n  bgcolor=\"transparent\";\n"
                          "  node [shape=box, style=\"rounded,filled\", fontname=\"sans-serif\", fontsize=10, "
                          "color=\"%1\", fontcolor=\"%2\", fillcolor=\"%3\"];\n"
                          "  edge [fontname=\"sans-serif\", fontsize=9, color=\"%1\", fontcolor=\"%2\"];\n"
                          "  graph [fontname=\"sans-serif\", fontsize=10, color=\"%1\", fontcolor=\"%2\"];\n")
               .arg(frame, ink, fill);

    const auto numbers = [](const Step &s) {
        QString lines;
        if (s.elements)
            lines += u'\n' + elementsText(*s.elements);
        if (s.msecs)
            lines += u'\n' + timeText(*s.msecs);
        return lines;
    };
    // Depth first: an expanded composite is a cluster around its parts.
    const std::function<void(const Step &, int)> draw = [&](const Step &s, int indent) {
        const QString pad(indent * 2, u' ');
        if (s.isComposite() && !options.collapsed.contains(s.id)) {
            out += pad + QStringLiteral("subgraph %1 {\n").arg(quoted(QStringLiteral("cluster_") + s.id));
            out += pad + QStringLiteral("  label=%1; style=\"rounded,dashed\"; tooltip=%2;\n")
                             .arg(quoted(s.label + (s.msecs ? QStringLiteral(" · ") + timeText(*s.msecs) : QString())),
                                  quoted(s.name));
            for (const QString &child : s.children)
                if (const Step *c = step(child))
                    draw(*c, indent + 1);
            out += pad + QStringLiteral("}\n");
            return;
        }
        QString attributes = QStringLiteral("label=%1, tooltip=%2").arg(quoted(s.label + numbers(s)), quoted(s.name));
        if (s.isComposite())
            attributes += QStringLiteral(", peripheries=2");
        if (busy.contains(s.id))
            attributes += QStringLiteral(", fillcolor=\"%1\", penwidth=2").arg(busyFill);
        out += pad + QStringLiteral("%1 [%2];\n").arg(quoted(s.id), attributes);
    };
    for (const Step &s : m_steps)
        if (s.parent.isEmpty())
            draw(s, 1);

    // Edges between what is drawn: a PCollection from its producer to each consumer.
    QSet<QString> edges;
    for (const Step &s : m_steps) {
        if (s.isComposite())
            continue;
        const QString to = visible(s.id, options.collapsed);
        for (const QString &pc : s.inputs) {
            const QString producer = m_producer.value(pc);
            if (producer.isEmpty())
                continue;
            const QString from = visible(producer, options.collapsed);
            const QString key = from + u'\x1f' + to + u'\x1f' + pc;
            if (from == to || edges.contains(key))
                continue;
            edges.insert(key);
            QString attributes = QStringLiteral("tooltip=%1").arg(quoted(m_pcollectionNames.value(pc, pc)));
            if (const auto n = elementsOf(pc))
                attributes += QStringLiteral(", label=%1").arg(quoted(QStringLiteral(" ") + QString::number(*n)));
            out += QStringLiteral("  %1 -> %2 [%3];\n").arg(quoted(from), quoted(to), attributes);
        }
    }
    out += QStringLiteral("}\n");
    return out;
}

} // namespace bl::jobs
