// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QWidget>

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
