// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QImage>
#include <QWidget>

#include <memory>

QT_BEGIN_NAMESPACE
class QLabel;
class QScrollArea;
class QSvgRenderer;
class QToolButton;
QT_END_NAMESPACE

namespace bl {

class SvgCanvas;

/// The pipeline's graph (Graphviz's SVG of Beam's dot runner output), zoomable: Ctrl+wheel,
/// Ctrl++ / Ctrl+- / Ctrl+0, and the buttons above it. The owner draws the graph (PipelineGraph)
/// and calls setSvg(); refreshRequested() asks for a new drawing.
class GraphPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit GraphPanel(QWidget *parent = nullptr);
    ~GraphPanel() override;

    /// Shows the SVG; false (and the message shown) when it is not a drawable SVG.
    bool setSvg(const QByteArray &svg);
    /// Shows a renderer that has loaded its SVG already (JobGraphView loads it on a pool thread,
    /// then moves it to this thread); false when it holds no drawable SVG.
    /// `picture`, when not null, is its drawing at `pictureZoom` (painted with paintPicture(),
    /// which works on any thread): shown as it is while the zoom is that.
    bool setRenderer(std::shared_ptr<QSvgRenderer> renderer, const QImage &picture = QImage(),
                     double pictureZoom = 0);
    /// The renderer's drawing at `zoom` on a white page.
    static QImage paintPicture(QSvgRenderer &renderer, double zoom);
    /// A renderer owned as setRenderer() wants it: deleted later on its own thread.
    static std::shared_ptr<QSvgRenderer> sharedRenderer(QSvgRenderer *renderer);
    /// Shows or hides the Redraw button.
    void setRefreshVisible(bool visible);
    /// A line above the graph: "Drawing…", or why there is no graph.
    void setStatus(const QString &text);
    void clear();
    bool hasGraph() const;

    double zoom() const { return m_zoom; }
    void setZoom(double zoom);
    void zoomIn() { setZoom(m_zoom * 1.25); }
    void zoomOut() { setZoom(m_zoom / 1.25); }
    /// The zoom at which the whole graph fits the view (at most 1).
    void fitToView();

Q_SIGNALS:
    void refreshRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QLabel *m_status;
    QScrollArea *m_scroll;
    SvgCanvas *m_canvas;
    QToolButton *m_refresh;
    double m_zoom = 1.0;
};

} // namespace bl
