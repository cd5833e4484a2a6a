// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#include "runner/PrismOverlay.h"

#include "runner/RunnerText.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace bl::PrismOverlay {

namespace {

const QString JobServiceFile = QStringLiteral("go/pkg/beam/runners/prism/internal/jobservices/server.go");
const QString WebFile = QStringLiteral("go/pkg/beam/runners/prism/internal/web/web.go");
const QString EnvironmentsFile = QStringLiteral("go/pkg/beam/runners/prism/internal/environments.go");
const QString BootFile = QStringLiteral("go/container/boot.go");

} // namespace

QList<Patch> patches()
{
    return {
        {JobServiceFile, QStringLiteral(R"(net.Listen("tcp", fmt.Sprintf(":%d", port)))"),
         QStringLiteral(R"(net.Listen("tcp", fmt.Sprintf("127.0.0.1:%d", port)))"), true, QString(),
         QStringLiteral("the job service (and the workers' control, data, logging and provision services on the "
                        "same port) listens on every interface")},
        {WebFile, QStringLiteral(R"(endpoint := fmt.Sprintf("localhost:%d", port))"),
         QStringLiteral(R"(endpoint := fmt.Sprintf("127.0.0.1:%d", port))"), true, QString(),
         QStringLiteral("the web page listens on whatever \"localhost\" resolves to")},
        {EnvironmentsFile, QStringLiteral(R"("--id='"+wk.ID+"'")"), QStringLiteral(R"("--id="+wk.ID)"), false,
         QStringLiteral("--id='"),
         QStringLiteral("a PROCESS command gets --id='ID' with literal quotes, so Beam's boot cannot find its "
                        "worker")},
        // Boot stages the worker under <semi_persist_dir>/staged (default /tmp) and copies it to
        // /tmp/binNNNN/worker: every boot on the machine shares those files, so two launches at once
        // ran each other's workers. Both follow TMPDIR instead, which ManagedPrism sets to a folder
        // of each launch's own (Prism passes its environment on to the PROCESS command).
        {BootFile, QStringLiteral(R"(flag.String("semi_persist_dir", "/tmp", )"),
         QStringLiteral(R"(flag.String("semi_persist_dir", os.TempDir(), )"), true, QString(),
         QStringLiteral("boot stages every worker in /tmp/staged, shared by all launches on the machine")},
        {BootFile, QStringLiteral(R"(os.MkdirTemp("/tmp/", "bin*"))"), QStringLiteral(R"(os.MkdirTemp("", "bin*"))"),
         true, QString(),
         QStringLiteral("boot copies every worker to /tmp/binNNNN, outside the launch's own folder, and never "
                        "removes it")},
    };
}

QStringList scannedFolders()
{
    return {QStringLiteral("go/pkg/beam/runners/prism"), QStringLiteral("go/cmd/prism")};
}

Result apply(const Patch &patch, const QString &source, const QString &beamVersion)
{
    Result result;
    const qsizetype count = source.count(patch.find);
    if (count > 1 || (count == 0 && patch.required)) {
        result.error = RunnerText::tr("Beam %1's %2 no longer has the code Beam Launcher changes to keep Prism on this machine "
                          "only (%3 times: %4). Refusing to build a Prism that could listen on the network: use a "
                          "Beam version this Beam Launcher knows (2.77), or update Beam Launcher.")
                           .arg(beamVersion, patch.file)
                           .arg(count)
                           .arg(patch.find);
        return result;
    }
    result.text = source;
    if (count == 1) {
        result.text.replace(patch.find, patch.replacement);
        result.applied = true;
    }
    if (!patch.forbiddenAfter.isEmpty() && result.text.contains(patch.forbiddenAfter)) {
        result.error = RunnerText::tr("Beam %1's %2 still contains %3 after Beam Launcher's change (%4). Refusing to build a "
                          "Prism whose workers would not start; update Beam Launcher.")
                           .arg(beamVersion, patch.file, patch.forbiddenAfter, patch.why);
        result.text.clear();
        result.applied = false;
    }
    return result;
}

QList<Listener> findListeners(const QString &file, const QString &source)
{
    static const QRegularExpression call(QStringLiteral(
        R"((?<![A-Za-z0-9_])(Listen|ListenAndServe|ListenAndServeTLS|ListenTCP|ListenUDP|ListenUnix|ListenIP|)"
        R"(ListenPacket|ListenMulticastUDP|ListenUnixgram|Serve|ServeTLS)\s*\()"));
    QList<Listener> found;
    const QStringList lines = source.split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        if (line.startsWith(u"//"))
            continue;
        const QRegularExpressionMatch match = call.match(line);
        if (!match.hasMatch())
            continue;
        // A grpc.Server's Serve(lis) uses a listener made elsewhere; only http's package-level
        // Serve functions open one of their own.
        const QString name = match.captured(1);
        if ((name == u"Serve" || name == u"ServeTLS") && !line.contains(u"http.Serve"))
            continue;
        found.append({file, int(i + 1), line});
    }
    return found;
}

QList<Listener> knownListeners()
{
    return {
        {JobServiceFile, 0, QStringLiteral(R"(lis, err := net.Listen("tcp", fmt.Sprintf("127.0.0.1:%d", port)))")},
        {WebFile, 0, QStringLiteral("go http.ListenAndServe(endpoint, mux)")},
    };
}

QString checkListeners(const QList<Listener> &found, const QString &beamVersion)
{
    const QList<Listener> known = knownListeners();
    QStringList unknown;
    for (const Listener &listener : found) {
        const bool isKnown = std::any_of(known.cbegin(), known.cend(), [&](const Listener &k) {
            return k.file == listener.file && k.text == listener.text;
        });
        if (!isKnown)
            unknown.append(QStringLiteral("%1:%2: %3").arg(listener.file).arg(listener.line).arg(listener.text));
    }
    QStringList missing;
    for (const Listener &k : known) {
        const bool isFound = std::any_of(found.cbegin(), found.cend(), [&](const Listener &listener) {
            return k.file == listener.file && k.text == listener.text;
        });
        if (!isFound)
            missing.append(k.file + QStringLiteral(": ") + k.text);
    }
    if (unknown.isEmpty() && missing.isEmpty())
        return {};
    QString text = RunnerText::tr("Beam %1's Prism does not listen the way Beam Launcher knows, so it cannot be sure the "
                      "managed Prism stays on this machine. Refusing to build it; use Beam 2.77 or update Beam "
                      "Launcher.")
                       .arg(beamVersion);
    if (!unknown.isEmpty())
        text += u'\n' + RunnerText::tr("Listeners Beam Launcher does not know:") + QStringLiteral("\n  ")
            + unknown.join(QStringLiteral("\n  "));
    if (!missing.isEmpty())
        text += u'\n' + RunnerText::tr("Listeners Beam Launcher expected and did not find:") + QStringLiteral("\n  ")
            + missing.join(QStringLiteral("\n  "));
    return text;
}

QString markerSource()
{
    return QStringLiteral(
        "// Code generated by Beam Launcher for its managed local Prism. DO NOT EDIT.\n"
        "\n"
        "package main\n"
        "\n"
        "import \"flag\"\n"
        "\n"
        "// Beam Launcher starts its Prism with -%1. A prism built without Beam Launcher's loopback\n"
        "// overlay does not know the flag and refuses to start, instead of listening on every interface.\n"
        "var _ = flag.Bool(\"%1\", false, \"built by Beam Launcher: the job service and web page listen on "
        "127.0.0.1 only\")\n")
        .arg(QLatin1String(MarkerFlag));
}

QByteArray overlayJson(const QList<QPair<QString, QString>> &replacements)
{
    QJsonObject replace;
    for (const auto &[beamFile, ourFile] : replacements)
        replace.insert(beamFile, ourFile);
    return QJsonDocument(QJsonObject{{QStringLiteral("Replace"), replace}}).toJson();
}

} // namespace bl::PrismOverlay
