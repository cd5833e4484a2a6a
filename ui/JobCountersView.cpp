// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#include "JobCountersView.h"

#include "UiText.h"

#include <QHeaderView>
#include <QSet>

#include <cmath>
#include <limits>

namespace bl {

using jobs::JobGraph;
using jobs::Metric;

namespace {

constexpr int OrderRole = Qt::UserRole;      ///< the step's place in the pipeline
constexpr int NumberRole = Qt::UserRole + 1; ///< the value as a number, when it is one
constexpr qlonglong NotAStep = std::numeric_limits<qlonglong>::max();

/// A counter's row: sorted by the pipeline's order under the step column, as a number under the
/// value column, with the other columns breaking ties.
class CounterItem final : public QTreeWidgetItem
{
public:
    using QTreeWidgetItem::QTreeWidgetItem;

    bool operator<(const QTreeWidgetItem &other) const override
    {
        const int column = treeWidget() ? treeWidget()->sortColumn() : JobCountersView::StepColumn;
        const auto byText = [&](int c) { return text(c).localeAwareCompare(other.text(c)); };
        const auto byStep = [&] {
            const qlonglong a = data(JobCountersView::StepColumn, OrderRole).toLongLong();
            const qlonglong b = other.data(JobCountersView::StepColumn, OrderRole).toLongLong();
            if (a != b)
                return a < b ? -1 : 1;
            return byText(JobCountersView::StepColumn);
        };
        int order = 0;
        if (column == JobCountersView::ValueColumn) {
            const QVariant a = data(column, NumberRole), b = other.data(column, NumberRole);
            if (a.isValid() != b.isValid())
                order = a.isValid() ? -1 : 1; // numbers before the other values
            else if (a.isValid() && a.toDouble() != b.toDouble())
                order = a.toDouble() < b.toDouble() ? -1 : 1;
            else
                order = byText(column);
        } else if (column == JobCountersView::CounterColumn) {
            order = byText(column);
        }
        if (order == 0)
            order = byStep();
        if (order == 0) {
            const int a = data(JobCountersView::CounterColumn, OrderRole).toInt();
            const int b = other.data(JobCountersView::CounterColumn, OrderRole).toInt();
            order = a != b ? (a < b ? -1 : 1) : byText(JobCountersView::CounterColumn);
        }
        return order < 0;
    }
};

/// What makes a counter one row: its urn and labels (committed and attempted apart).
QString keyOf(const Metric &m)
{
    QString key = m.urn;
    for (auto it = m.labels.cbegin(); it != m.labels.cend(); ++it)
        key += u'\x1f' + it.key() + u'=' + it.value();
    return key;
}

/// A counter's name for people: Beam's own counters by what they tell (the urn stays in the
/// tooltip), a user's counter as "namespace/name". `rank` orders a step's counters: the user's
/// own first, then elements, bytes and times, then the rest.
QString counterText(const Metric &m, int *rank)
{
    *rank = 0;
    if (!m.labels.value(QStringLiteral("NAME")).isEmpty())
        return m.kindName();
    const std::pair<QStringView, QString> known[] = {
        {u"beam:metric:element_count:v1", UiText::tr("Elements")},
        {u"beam:metric:sampled_byte_size:v1", UiText::tr("Bytes (sampled)")},
        {u"beam:metric:ptransform_execution_time:total_msecs:v1", UiText::tr("Time (ms)")},
        {u"beam:metric:pardo_execution_time:start_bundle_msecs:v1", UiText::tr("Start (ms)")},
        {u"beam:metric:pardo_execution_time:process_bundle_msecs:v1", UiText::tr("Process (ms)")},
        {u"beam:metric:pardo_execution_time:finish_bundle_msecs:v1", UiText::tr("Finish (ms)")},
    };
    for (const auto &[urn, text] : known) {
        ++*rank;
        if (m.urn == urn)
            return text;
    }
    ++*rank;
    return m.kindName();
}

} // namespace

JobCountersView::JobCountersView(QWidget *parent)
    : QTreeWidget(parent)
{
    setHeaderLabels({UiText::tr("Step"), UiText::tr("Counter"), UiText::tr("Value")});
    setRootIsDecorated(false);
    setUniformRowHeights(true);
    setTextElideMode(Qt::ElideMiddle); // "stats.Count/…/Merge": both ends tell
    header()->setSectionResizeMode(StepColumn, QHeaderView::Stretch);
    header()->setSectionResizeMode(CounterColumn, QHeaderView::ResizeToContents);
    header()->setSectionResizeMode(ValueColumn, QHeaderView::ResizeToContents);
    header()->setStretchLastSection(false);
    setSortingEnabled(true);
    sortByColumn(StepColumn, Qt::AscendingOrder);
}

void JobCountersView::setPipeline(const jobs::PipelineInfo &pipeline)
{
    m_graph = JobGraph(pipeline);
    if (!m_message)
        render();
}

void JobCountersView::setMetrics(const QList<Metric> &metrics)
{
    m_metrics = metrics;
    render();
}

void JobCountersView::showMessage(const QString &message)
{
    clear();
    m_items.clear();
    m_metrics.clear();
    m_graph = JobGraph();
    m_message = !message.isEmpty();
    if (!m_message)
        return;
    auto *item = new QTreeWidgetItem(this);
    item->setText(StepColumn, message);
    item->setFirstColumnSpanned(true);
}

QTreeWidgetItem *JobCountersView::row(const QString &step, const QString &counter) const
{
    for (QTreeWidgetItem *item : m_items)
        if (item->text(StepColumn) == step && item->text(CounterColumn) == counter)
            return item;
    return nullptr;
}

void JobCountersView::render()
{
    if (m_message) {
        clear();
        m_message = false;
    }
    // Counters a runner gives both committed and attempted are told apart; of several values
    // for one (one per stage), the largest is shown, as the job's graph counts it.
    QHash<QString, int> kinds; // 1 attempted, 2 committed
    QHash<QString, const Metric *> chosen;
    for (const Metric &m : std::as_const(m_metrics)) {
        const QString base = keyOf(m);
        kinds[base] |= m.committed ? 2 : 1;
        const QString key = base + (m.committed ? QStringLiteral("\x1f+") : QString());
        const Metric *&was = chosen[key];
        if (!was || (m.number() && was->number() && *m.number() > *was->number()))
            was = &m;
    }
    QSet<QString> shown;
    for (auto it = chosen.cbegin(); it != chosen.cend(); ++it) {
        const Metric &m = **it;
        shown.insert(it.key());
        QTreeWidgetItem *&item = m_items[it.key()];
        if (!item)
            item = new CounterItem(this);
        const JobGraph::Step *step = m_graph.stepOf(m);
        const QString transform = m.labels.value(QStringLiteral("PTRANSFORM"));
        const QString pcollection = m.labels.value(QStringLiteral("PCOLLECTION"));
        QString where, whereTip;
        if (step) {
            where = step->name;
            whereTip = !pcollection.isEmpty() && transform.isEmpty()
                           ? UiText::tr("%1\nCounted on PCollection %2 of step %3").arg(step->name, pcollection, step->id)
                           : UiText::tr("%1\nTransform %2").arg(step->name, step->id);
        } else if (!transform.isEmpty() || !pcollection.isEmpty()) {
            where = transform.isEmpty() ? pcollection : transform;
            whereTip = m_graph.isEmpty()
                           ? UiText::tr("%1, as the runner labels it (the job's pipeline is not known)").arg(where)
                           : UiText::tr("%1: the runner's own label, not a step of the job's pipeline").arg(where);
        }
        int rank = 0;
        QString counter = counterText(m, &rank);
        if (kinds.value(keyOf(m)) == 3)
            counter = m.committed ? UiText::tr("%1 (committed)").arg(counter) : UiText::tr("%1 (attempted)").arg(counter);
        // A distribution shows its sum (for sampled_byte_size, the bytes of the elements seen);
        // its count, minimum and maximum are in the tooltip.
        const std::optional<double> plain = m.number();
        const std::optional<double> number = plain ? plain : m.total();
        const QString value = plain || !number ? m.valueText() : QString::number(qint64(std::llround(*number)));
        item->setText(StepColumn, where);
        item->setToolTip(StepColumn, whereTip);
        item->setData(StepColumn, OrderRole, step ? qlonglong(m_graph.indexOf(step->id)) : NotAStep);
        item->setText(CounterColumn, counter);
        item->setData(CounterColumn, OrderRole, rank);
        item->setToolTip(CounterColumn, m.urn);
        item->setText(ValueColumn, value);
        item->setToolTip(ValueColumn, m.valueText());
        item->setTextAlignment(ValueColumn, Qt::AlignRight | Qt::AlignVCenter);
        item->setData(ValueColumn, NumberRole, number ? QVariant(*number) : QVariant());
    }
    for (auto it = m_items.begin(); it != m_items.end();) {
        if (shown.contains(it.key())) {
            ++it;
            continue;
        }
        delete *it;
        it = m_items.erase(it);
    }
}

} // namespace bl
