// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#include "PipelineViews.h"

#include "EditorPane.h"
#include "GraphPanel.h"
#include "OptionsPanel.h"
#include "OutputPanel.h"
#include "ProfileEditor.h"
#include "UiText.h"
#include "WindowText.h"
#include "launch/LaunchSession.h"
#include "pipeline/HostLauncher.h"
#include "pipeline/PipelineFlags.h"
#include "pipeline/PipelineGraph.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTabWidget>
#include <QTimer>
#include <QWidget>

#include <utility>

namespace bl {

PipelineViews::PipelineViews(ProfileEditor *editor, OutputPanel *output, LaunchSession *session, QWidget *parent)
    : QObject(parent)
    , m_editor(editor)
    , m_output(output)
    , m_session(session)
    , m_options(new OptionsPanel(parent))
    , m_graph(new GraphPanel(parent))
    , m_reader(new PipelineFlagsReader(this))
    , m_drawer(new PipelineGraph(this))
    , m_builder(new HostLauncher(this))
    , m_redraw(new QTimer(this))
{
    m_redraw->setSingleShot(true);
    m_redraw->setInterval(1500); // the graph follows the flags, once the typing stops
    connect(m_redraw, &QTimer::timeout, this, &PipelineViews::drawGraph);
    m_options->setObjectName(QStringLiteral("optionsPanel"));
    m_graph->setObjectName(QStringLiteral("graphPanel"));
    m_options->setStatus(UiText::tr("Build the pipeline (Ctrl+B) to list its options here; until then its "
                                        "flags are typed as text below."));
    followBuilds(m_session);
    connect(m_reader, &PipelineFlagsReader::finished, this, &PipelineViews::onFlagsRead);
    connect(m_drawer, &PipelineGraph::finished, this, &PipelineViews::onGraphDrawn);
    connect(m_graph, &GraphPanel::refreshRequested, this, &PipelineViews::refreshGraph);
    connect(m_builder, &HostLauncher::finished, this, [this](const BuildResult &result) {
        if (result.ok) {
            useLauncher(result.path);
            return;
        }
        m_graph->setStatus(UiText::tr("The launcher for this machine was not built: %1").arg(result.error));
        for (const Diagnostic &d : result.diagnostics)
            m_output->addDiagnostic(BuildTarget::Launcher, d);
    });
    connect(m_builder, &HostLauncher::progress, this, [this](const BuildProgress &progress) {
        m_graph->setStatus(UiText::tr("Building the launcher for this machine: %1 (%2 s)")
                               .arg(progress.text())
                               .arg(qRound(progress.seconds)));
    });
    // The form edits the profile's pipeline flags; typed flags show in the form.
    connect(m_options, &OptionsPanel::pipelineFlagsChanged, this, [this] {
        if (m_syncing)
            return;
        m_syncing = true;
        m_editor->setPipelineFlags(m_options->pipelineFlags());
        m_syncing = false;
    });
}

PipelineViews::~PipelineViews() = default;

QString PipelineViews::expectedLauncher() const
{
    const LaunchSettings settings = m_editor->settings();
    if (settings.packageDir.isEmpty())
        return {};
    if (!settings.launcherBinary.isEmpty())
        return settings.launcherBinary;
    if (settings.launcherPlatform.isValid() && settings.launcherPlatform != Platform::host())
        return {};
    return LaunchSession::outputPath(settings, BuildTarget::Launcher, Platform::host());
}

QTabWidget *PipelineViews::besideEditor(EditorPane *editorPane)
{
    m_pane = editorPane;
    m_tabs = new QTabWidget(editorPane->parentWidget());
    m_tabs->setObjectName(QStringLiteral("editorTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(editorPane, UiText::tr("Profile"));
    m_tabs->addTab(m_options, UiText::tr("Options"));
    m_tabs->setTabEnabled(1, editorPane->isEditing());
    return m_tabs;
}

void PipelineViews::profileChanged()
{
    const bool shown = !m_pane || m_pane->isEditing();
    if (m_tabs)
        m_tabs->setTabEnabled(1, shown);
    const QString dir = shown ? m_editor->settings().packageDir : QString();
    if (dir != m_packageDir) {
        cancel();
        m_packageDir = dir;
        m_launcher.clear();
        m_options->setFlags({});
        m_typed.clear();
        m_graph->clear();
        if (const QString launcher = dir.isEmpty() ? QString() : expectedLauncher();
            !launcher.isEmpty() && QFileInfo::exists(launcher))
            useLauncher(launcher); // built before: its flags and graph at once
        else
            m_options->setStatus(UiText::tr("Build the pipeline (Ctrl+B) to list its options here; until then "
                                                "its flags are typed as text below."));
    }
    const QStringList typed = m_editor->settings().pipelineFlags;
    if (typed != m_typed && !m_launcher.isEmpty())
        m_redraw->start();
    if (m_syncing) {
        m_typed = typed;
        return;
    }
    if (typed != m_typed && typed != m_options->pipelineFlags()) {
        m_syncing = true;
        m_options->setPipelineFlags(typed);
        m_syncing = false;
    }
    m_typed = typed;
}

void PipelineViews::setFlagsTimeout(int ms)
{
    m_reader->setTimeout(ms);
}

void PipelineViews::cancel()
{
    m_redraw->stop();
    m_reader->cancel();
    m_drawer->cancel();
    m_builder->cancel();
}

void PipelineViews::followBuilds(LaunchSession *session)
{
    connect(session, &LaunchSession::buildFinished, this,
            [this, session](const BuildResult &result) { onBuildFinished(session, result); });
}

void PipelineViews::onBuildFinished(const LaunchSession *session, const BuildResult &result)
{
    if (result.target != BuildTarget::Launcher || !result.ok || result.platform != Platform::host())
        return;
    if (session->settings().packageDir != m_editor->settings().packageDir)
        return; // a recent run of another profile
    if (result.current && result.path == m_launcher)
        return; // the launcher read last, unchanged
    m_packageDir = session->settings().packageDir;
    useLauncher(result.path);
}

void PipelineViews::useLauncher(const QString &launcher)
{
    m_afterBuild = true;
    m_launcher = launcher;
    m_options->setStatus(UiText::tr("Reading the pipeline's options from its launcher…"));
    // Its own flags are told from Beam's by the package's own sources.
    const LaunchSettings settings = m_editor->settings();
    m_reader->setPackage(m_packageDir, settings.goPath, settings.buildTags);
    m_reader->read(launcher);
    drawGraph();
}

void PipelineViews::onFlagsRead(const FlagsReadResult &result)
{
    if (!result.ok) {
        m_options->setFlags({});
        m_options->setStatus(UiText::tr("The options could not be read (%1). The pipeline flags typed below "
                                            "are used as they are.")
                                 .arg(result.error));
        return;
    }
    m_options->setFlags(result.flags);
    QString status = UiText::tr("%n option(s) of %1, read from its launcher.", nullptr,
                                    int(PipelineFlags::offered(result.flags).size()))
                         .arg(QFileInfo(m_packageDir).fileName());
    if (!result.groupsFromSources && !result.sourceError.isEmpty())
        status += u' '
            + UiText::tr("Its own flags are told from Beam's by name only (%1): flags of a Beam release newer "
                             "than 2.77 may be listed as the pipeline's.")
                  .arg(result.sourceError);
    m_options->setStatus(status);
}

void PipelineViews::drawGraph()
{
    m_redraw->stop();
    if (m_launcher.isEmpty())
        return;
    m_graph->setStatus(UiText::tr("Drawing the pipeline's graph…"));
    m_drawer->setPackage(QString(), m_packageDir);
    m_drawer->render(m_launcher, m_editor->settings().pipelineFlags,
                     QFileInfo(m_launcher).absolutePath() + QStringLiteral("/graph"));
}

void PipelineViews::onGraphDrawn(const GraphResult &result)
{
    const bool afterBuild = std::exchange(m_afterBuild, false);
    if (!result.ok) {
        m_graph->clear();
        m_graph->setStatus(UiText::tr("No graph: %1").arg(result.error));
        // A construction error at a line of the pipeline's code is a problem of this build (the
        // launch would fail the same way); one without a place (the pipeline refusing its
        // flags) stays in the Graph view, which the flags' next change draws again.
        bool located = false;
        for (const Diagnostic &d : result.diagnostics) {
            if (afterBuild && !d.file.isEmpty()) {
                m_output->addDiagnostic(BuildTarget::Launcher, d);
                located = true;
            }
        }
        if (located)
            m_output->showFirstProblem();
        Q_EMIT statusMessage(result.error, 10000);
        return;
    }
    QFile svg(result.svgFile);
    if (!svg.open(QIODevice::ReadOnly)) { // Graphviz's output for one pipeline: small
        m_graph->setStatus(UiText::tr("The graph could not be read: %1").arg(svg.errorString()));
        return;
    }
    if (m_graph->setSvg(svg.readAll()))
        Q_EMIT statusMessage(UiText::tr("The pipeline's graph is drawn."), 4000);
}

void PipelineViews::refreshGraph()
{
    if (m_session->isRunning()) {
        m_graph->setStatus(UiText::tr("The pipeline is being built or run; its graph is drawn again after the build."));
        return;
    }
    if (!m_launcher.isEmpty() && QFileInfo::exists(m_launcher)) {
        drawGraph();
        return;
    }
    if (m_editor->settings().packageDir.isEmpty() || !m_goAvailable) {
        m_graph->setStatus(UiText::tr("No graph yet: choose a pipeline folder (and install Go) first."));
        return;
    }
    if (expectedLauncher().isEmpty()) {
        m_graph->setStatus(UiText::tr("The launcher is built for another platform: its graph cannot be drawn here."));
        return;
    }
    m_graph->setStatus(UiText::tr("Building the launcher for this machine…"));
    m_builder->build(m_editor->settings());
}

} // namespace bl
