// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#include "GraphPanel.h"

#include "UiText.h"

#include <QHBoxLayout>
#include <QImage>
#include <QPaintEvent>
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

namespace {

/// Larger drawings (a big graph zoomed far in) are painted from the SVG each time.
constexpr double MaxPicturePixels = 40e6;

} // namespace

/// Paints an SVG at a zoom factor; its size follows the zoom so the scroll area can scroll it.
class SvgCanvas final : public QWidget
{
public:
    explicit SvgCanvas(QWidget *parent)
        : QWidget(parent)
        , m_renderer(GraphPanel::sharedRenderer(new QSvgRenderer))
    {
        setAutoFillBackground(true);
        QPalette p = palette();
        p.setColor(QPalette::Window, Qt::white); // Graphviz draws for a white page
        setPalette(p);
    }

    QSvgRenderer *renderer() const { return m_renderer.get(); }
    /// `picture`: the drawing already painted at `pictureZoom` (on a pool thread), or null.
    void setRenderer(std::shared_ptr<QSvgRenderer> renderer, const QImage &picture, double pictureZoom)
    {
        m_renderer = std::move(renderer);
        m_picture = picture;
        m_pictureZoom = pictureZoom;
        resize(sizeHint());
        update();
    }
    void setZoom(double zoom)
    {
        m_zoom = zoom;
        resize(sizeHint());
        update();
    }
    /// The SVG's own drawing is forgotten (load() was called on the renderer).
    void forgetPicture() { m_picture = QImage(); }
    QSize sizeHint() const override
    {
        if (!m_renderer->isValid())
            return {0, 0};
        return (QSizeF(m_renderer->defaultSize()) * m_zoom).toSize().expandedTo({1, 1});
    }

protected:
    void paintEvent(QPaintEvent *event) override
    {
        if (!m_renderer->isValid())
            return;
        QPainter painter(this);
        const QSizeF size = QSizeF(m_renderer->defaultSize()) * m_zoom;
        // Painting the SVG costs as much as its elements, whatever part is shown: it is painted
        // once per picture and zoom into an image (unless that would be huge), then copied.
        if (m_picture.isNull() || m_pictureZoom != m_zoom) {
            m_picture = QImage();
            if (size.width() * size.height() <= MaxPicturePixels) {
                m_picture = GraphPanel::paintPicture(*m_renderer, m_zoom);
                m_pictureZoom = m_zoom;
            }
        }
        if (!m_picture.isNull()) {
            painter.drawImage(event->rect(), m_picture, event->rect());
            return;
        }
        painter.setRenderHint(QPainter::Antialiasing);
        m_renderer->render(&painter, QRectF(QPointF(0, 0), size));
    }

private:
    std::shared_ptr<QSvgRenderer> m_renderer;
    double m_zoom = 1.0;
    QImage m_picture;
    double m_pictureZoom = 0;
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
    QToolButton *in = button(QStringLiteral("graphZoomIn"), QStringLiteral("+"), UiText::tr("Zoom in (Ctrl++)"));
    QToolButton *out = button(QStringLiteral("graphZoomOut"), QStringLiteral("−"), UiText::tr("Zoom out (Ctrl+-)"));
    QToolButton *fit = button(QStringLiteral("graphFit"), UiText::tr("Fit"), UiText::tr("Fit the graph to the view (Ctrl+0)"));
    m_refresh->setObjectName(QStringLiteral("graphRefresh"));
    m_refresh->setText(UiText::tr("Redraw"));
    m_refresh->setToolTip(UiText::tr("Draw the graph again with the current pipeline flags"));
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
    setStatus(UiText::tr("No graph yet: build the pipeline to draw it."));
}

GraphPanel::~GraphPanel() = default;

bool GraphPanel::setSvg(const QByteArray &svg)
{
    m_canvas->forgetPicture();
    if (!m_canvas->renderer()->load(svg)) {
        clear();
        setStatus(UiText::tr("The graph could not be shown: Graphviz's output is not an SVG Qt can draw."));
        return false;
    }
    setStatus(QString());
    m_canvas->setZoom(m_zoom);
    return true;
}

bool GraphPanel::setRenderer(std::shared_ptr<QSvgRenderer> renderer, const QImage &picture, double pictureZoom)
{
    if (!renderer || !renderer->isValid())
        return false;
    m_canvas->setRenderer(std::move(renderer), picture, pictureZoom);
    m_canvas->setZoom(m_zoom);
    return true;
}

QImage GraphPanel::paintPicture(QSvgRenderer &renderer, double zoom)
{
    const QSizeF size = QSizeF(renderer.defaultSize()) * zoom;
    QImage picture(size.toSize().expandedTo({1, 1}), QImage::Format_ARGB32_Premultiplied);
    picture.fill(Qt::white); // Graphviz draws for a white page
    QPainter painter(&picture);
    painter.setRenderHint(QPainter::Antialiasing);
    renderer.render(&painter, QRectF(QPointF(0, 0), size));
    return picture;
}

std::shared_ptr<QSvgRenderer> GraphPanel::sharedRenderer(QSvgRenderer *renderer)
{
    // Deleted on its own thread's event loop: a renderer loaded on a pool thread is moved to the
    // GUI thread first, and the last reference may go on either.
    return {renderer, [](QSvgRenderer *r) { r->deleteLater(); }};
}

void GraphPanel::setRefreshVisible(bool visible)
{
    m_refresh->setVisible(visible);
}

void GraphPanel::setStatus(const QString &text)
{
    m_status->setText(text);
}

void GraphPanel::clear()
{
    m_canvas->forgetPicture();
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
