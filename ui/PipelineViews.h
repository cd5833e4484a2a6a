// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

class QTabWidget;
class QTimer;
class QWidget;

namespace bl {

class EditorPane;
class GraphPanel;
class HostLauncher;
class LaunchSession;
class OptionsPanel;
class OutputPanel;
class PipelineFlagsReader;
class PipelineGraph;
class ProfileEditor;
struct BuildResult;
struct FlagsReadResult;
struct GraphResult;

/// What the window knows about the shown profile's pipeline before it runs: the Options view
/// (OptionsPanel: the flags the launcher for this machine prints for `--help`, editing the
/// profile's pipeline flags) and the Graph view (GraphPanel: Beam's dot runner and Graphviz).
///
/// Both are filled from the launcher for this machine: the one the window's session built
/// (every Build or Launch refreshes them), or, when the profile is shown, the one an earlier
/// build left at the session's output path. The graph's refresh button builds the launcher
/// alone (HostLauncher) when there is none yet; the graph is drawn again when the pipeline
/// flags change (it is drawn with them). A graph that cannot be built puts its error in
/// the Problems view, which is then shown. Reading the flags has a timeout; without flags the free-text pipeline
/// flags keep working and the view says why. Everything runs as child processes.
class PipelineViews final : public QObject
{
    Q_OBJECT

public:
    /// The views are created as children of `parent`, for the window to place.
    PipelineViews(ProfileEditor *editor, OutputPanel *output, LaunchSession *session, QWidget *parent);
    ~PipelineViews() override;
    Q_DISABLE_COPY_MOVE(PipelineViews)

    /// A tab widget holding `editorPane` ("Profile") and the Options view beside it, for the
    /// window to place; Options is enabled while a profile is shown.
    QTabWidget *besideEditor(EditorPane *editorPane);
    OptionsPanel *options() const { return m_options; }
    GraphPanel *graph() const { return m_graph; }

    /// Another profile is shown, or the shown one was edited.
    void profileChanged();
    /// Go is usable: the refresh button may build the launcher.
    void setGoAvailable(bool available) { m_goAvailable = available; }
    /// How long the launcher may take to print its flags (PipelineFlagsReader's 15 s by default).
    void setFlagsTimeout(int ms);
    /// The options and graph also follow the builds of `session` (the build ahead's).
    void followBuilds(LaunchSession *session);
    /// The launcher whose flags and graph are shown; empty when none.
    QString launcher() const { return m_launcher; }
    void cancel();

Q_SIGNALS:
    void statusMessage(const QString &text, int timeoutMs);

private:
    void onBuildFinished(const LaunchSession *session, const BuildResult &result);
    void useLauncher(const QString &launcher);
    void onFlagsRead(const FlagsReadResult &result);
    void drawGraph();
    void onGraphDrawn(const GraphResult &result);
    void refreshGraph();
    /// The launcher a build of the shown profile leaves for this machine; empty when its
    /// launcher is for another platform.
    QString expectedLauncher() const;

    ProfileEditor *m_editor;
    OutputPanel *m_output;
    LaunchSession *m_session;
    OptionsPanel *m_options;
    GraphPanel *m_graph;
    QTabWidget *m_tabs = nullptr;
    EditorPane *m_pane = nullptr;
    PipelineFlagsReader *m_reader;
    PipelineGraph *m_drawer;
    HostLauncher *m_builder;
    QTimer *m_redraw;
    QString m_packageDir; ///< the pipeline the views show
    QString m_launcher;
    QStringList m_typed; ///< the editor's flags the form was last given
    bool m_goAvailable = true;
    bool m_syncing = false;
    bool m_afterBuild = false; ///< the drawing running is the first after a build
};

} // namespace bl
