// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#include "GraphPanel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QScrollArea>
#include <QScrollBar>
#include <QShortcut>
#include <QSvgRenderer>
#include <QToolButton>
#include <QVBoxLayout>
#include <QWheelEvent>

namespace bl {

/// Paints an SVG at a zoom factor; its size follows the zoom so the scroll area can scroll it.
class SvgCanvas final : public QWidget
{
public:
    explicit SvgCanvas(QWidget *parent)
        : QWidget(parent)
        , m_renderer(new QSvgRenderer(this))
    {
        setAutoFillBackground(true);
        QPalette p = palette();
        p.setColor(QPalette::Window, Qt::white); // Graphviz draws for a white page
        setPalette(p);
    }

    QSvgRenderer *renderer() const { return m_renderer; }
    void setZoom(double zoom)
    {
        m_zoom = zoom;
        resize(sizeHint());
        update();
    }
    QSize sizeHint() const override
    {
        if (!m_renderer->isValid())
            return {0, 0};
        return (QSizeF(m_renderer->defaultSize()) * m_zoom).toSize().expandedTo({1, 1});
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        if (!m_renderer->isValid())
            return;
        QPainter painter(this);
        painter.setRenderHint(QPainter::Antialiasing);
        m_renderer->render(&painter, QRectF(QPointF(0, 0), QSizeF(m_renderer->defaultSize()) * m_zoom));
    }

private:
    QSvgRenderer *m_renderer;
    double m_zoom = 1.0;
};

GraphPanel::GraphPanel(QWidget *parent)
    : QWidget(parent)
    , m_status(new QLabel(this))
    , m_scroll(new QScrollArea(this))
    , m_canvas(new SvgCanvas(m_scroll))
    , m_refresh(new QToolButton(this))
{
    m_status->setObjectName(QStringLiteral("graphStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_scroll->setObjectName(QStringLiteral("graphView"));
    m_scroll->setWidget(m_canvas);
    m_scroll->setWidgetResizable(false);
    m_scroll->setAlignment(Qt::AlignCenter);
    m_scroll->viewport()->installEventFilter(this);

    const auto button = [this](const QString &name, const QString &text, const QString &tip) {
        auto *b = new QToolButton(this);
        b->setObjectName(name);
        b->setText(text);
        b->setToolTip(tip);
        b->setAutoRaise(true);
        return b;
    };
    QToolButton *in = button(QStringLiteral("graphZoomIn"), QStringLiteral("+"), tr("Zoom in (Ctrl++)"));
    QToolButton *out = button(QStringLiteral("graphZoomOut"), QStringLiteral("−"), tr("Zoom out (Ctrl+-)"));
    QToolButton *fit = button(QStringLiteral("graphFit"), tr("Fit"), tr("Fit the graph to the view (Ctrl+0)"));
    m_refresh->setObjectName(QStringLiteral("graphRefresh"));
    m_refresh->setText(tr("Redraw"));
    m_refresh->setToolTip(tr("Draw the graph again with the current pipeline flags"));
    m_refresh->setAutoRaise(true);
    connect(in, &QToolButton::clicked, this, &GraphPanel::zoomIn);
    connect(out, &QToolButton::clicked, this, &GraphPanel::zoomOut);
    connect(fit, &QToolButton::clicked, this, &GraphPanel::fitToView);
    connect(m_refresh, &QToolButton::clicked, this, &GraphPanel::refreshRequested);
    const auto shortcut = [this](const QKeySequence &keys, void (GraphPanel::*slot)()) {
        auto *s = new QShortcut(keys, this);
        s->setContext(Qt::WidgetWithChildrenShortcut);
        connect(s, &QShortcut::activated, this, slot);
    };
    shortcut(QKeySequence::ZoomIn, &GraphPanel::zoomIn);
    shortcut(QKeySequence::ZoomOut, &GraphPanel::zoomOut);
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_0), &GraphPanel::fitToView);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_status, 1);
    bar->addWidget(out);
    bar->addWidget(in);
    bar->addWidget(fit);
    bar->addWidget(m_refresh);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_scroll, 1);
    setStatus(tr("No graph yet: build the pipeline to draw it."));
}

GraphPanel::~GraphPanel() = default;

bool GraphPanel::setSvg(const QByteArray &svg)
{
    if (!m_canvas->renderer()->load(svg)) {
        clear();
        setStatus(tr("The graph could not be shown: Graphviz's output is not an SVG Qt can draw."));
        return false;
    }
    setStatus(QString());
    m_canvas->setZoom(m_zoom);
    return true;
}

void GraphPanel::setStatus(const QString &text)
{
    m_status->setText(text);
}

void GraphPanel::clear()
{
    m_canvas->renderer()->load(QByteArray());
    m_canvas->setZoom(m_zoom);
}

bool GraphPanel::hasGraph() const
{
    return m_canvas->renderer()->isValid();
}

void GraphPanel::setZoom(double zoom)
{
    m_zoom = qBound(0.05, zoom, 8.0);
    m_canvas->setZoom(m_zoom);
}

void GraphPanel::fitToView()
{
    if (!hasGraph())
        return;
    const QSizeF size = m_canvas->renderer()->defaultSize();
    const QSize view = m_scroll->viewport()->size();
    if (size.isEmpty() || view.isEmpty())
        return;
    setZoom(qMin(1.0, qMin(view.width() / size.width(), view.height() / size.height())));
}

bool GraphPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_scroll->viewport() && event->type() == QEvent::Wheel) {
        auto *wheel = static_cast<QWheelEvent *>(event);
        if (wheel->modifiers() & Qt::ControlModifier) {
            if (wheel->angleDelta().y() > 0)
                zoomIn();
            else if (wheel->angleDelta().y() < 0)
                zoomOut();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace bl
