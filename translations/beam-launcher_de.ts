<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ProfileEditorForm</name>
    <message>
        <location filename="../ui/ProfileEditor.ui" line="+18"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The profile&apos;s name, unique among your profiles.</source>
        <translation>Der Name des Profils, eindeutig unter Ihren Profilen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profile name</source>
        <translation>Profilname</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Pipeline folder:</source>
        <translation>&amp;Pipeline-Ordner:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The folder of the pipeline&apos;s main package (the one with func main and beam.Init()). You can also drop a folder anywhere on the window.</source>
        <translation>Der Ordner des main-Pakets der Pipeline (das mit func main und beam.Init()). Sie können einen Ordner auch an beliebiger Stelle auf das Fenster ziehen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pipeline folder</source>
        <translation>Pipeline-Ordner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drop a folder here or press Browse</source>
        <translation>Ordner hierher ziehen oder „Durchsuchen“ drücken</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the pipeline&apos;s package folder</source>
        <translation>Paketordner der Pipeline auswählen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Browse for the pipeline folder</source>
        <translation>Pipeline-Ordner suchen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Package information</source>
        <translation>Paketinformationen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pipeline folder problem</source>
        <translation>Problem mit dem Pipeline-Ordner</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Runner:</source>
        <translation>&amp;Runner:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The Beam runner (--runner). Pick one or type another registered name.</source>
        <translation>Der Beam-Runner (--runner). Wählen Sie einen aus oder geben Sie einen anderen registrierten Namen ein.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Runner</source>
        <translation>Runner</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>About the runner</source>
        <translation>Über den Runner</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Runner problem</source>
        <translation>Problem mit dem Runner</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Endpoint:</source>
        <translation>&amp;Endpunkt:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>HOST:PORT of the runner&apos;s job service (--endpoint).</source>
        <translation>HOST:PORT des Job-Service des Runners (--endpoint).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Endpoint</source>
        <translation>Endpunkt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Start a &amp;local Prism job server</source>
        <translation>Lokalen Prism-Job-&amp;Server starten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Beam Launcher starts a Prism job server for each launch, reachable from this computer only, and runs the worker binary it built through Beam&apos;s boot (--local-job-server). Prism and boot are built once per Beam version.</source>
        <translation>Beam Launcher startet für jede Ausführung einen Prism-Job-Server, der nur von diesem Computer aus erreichbar ist, und führt das erstellte Worker-Binary über Beams boot aus (--local-job-server). Prism und boot werden einmal pro Beam-Version erstellt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Endpoint problem</source>
        <translation>Problem mit dem Endpunkt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>En&amp;vironment:</source>
        <translation>&amp;Umgebung:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Where the workers run (--environment_type).</source>
        <translation>Wo die Worker laufen (--environment_type).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Environment type</source>
        <translation>Umgebungstyp</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The environment&apos;s configuration (--environment_config): a container image for DOCKER, JSON for PROCESS, an address for EXTERNAL.</source>
        <translation>Die Konfiguration der Umgebung (--environment_config): ein Container-Image für DOCKER, JSON für PROCESS, eine Adresse für EXTERNAL.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Environment configuration</source>
        <translation>Umgebungskonfiguration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Configuration</source>
        <translation>Konfiguration</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Environment problem</source>
        <translation>Problem mit der Umgebung</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Launcher for:</source>
        <translation>&amp;Launcher für:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The platform of the machine that submits the job (goos/goarch); this one by default.</source>
        <translation>Die Plattform des Rechners, der den Job übermittelt (goos/goarch); standardmäßig dieser.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Launcher platform</source>
        <translation>Launcher-Plattform</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Worker for:</source>
        <translation>&amp;Worker für:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The platform of the runner&apos;s worker machines: linux/amd64, or linux/arm64 for Arm workers.</source>
        <translation>Die Plattform der Worker-Rechner des Runners: linux/amd64, oder linux/arm64 für Arm-Worker.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Worker platform</source>
        <translation>Worker-Plattform</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Platform problem</source>
        <translation>Problem mit der Plattform</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Build &amp;tags:</source>
        <translation>Build-&amp;Tags:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Go build tags for both builds, separated by commas or spaces.</source>
        <translation>Go-Build-Tags für beide Builds, getrennt durch Kommas oder Leerzeichen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Build tags</source>
        <translation>Build-Tags</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>c&amp;go</source>
        <translation>c&amp;go</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Build with CGO_ENABLED=1. Leave it off unless the pipeline needs C code: a cgo worker needs the runner&apos;s C library.</source>
        <translation>Mit CGO_ENABLED=1 erstellen. Lassen Sie dies aus, sofern die Pipeline keinen C-Code braucht: Ein cgo-Worker braucht die C-Bibliothek des Runners.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Build with cgo</source>
        <translation>Mit cgo erstellen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Runner options</source>
        <translation>Runner-Optionen</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+5"/>
        <source>Pipeline flags</source>
        <translation>Pipeline-Flags</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Extra flags for the pipeline, passed to the launcher as given, one per row, e.g. --input=gs://bucket/file.txt</source>
        <translation>Zusätzliche Flags für die Pipeline, unverändert an den Launcher übergeben, eines pro Zeile, z. B. --input=gs://bucket/file.txt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Flag</source>
        <translation>Flag</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add flag</source>
        <translation>Flag hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a pipeline flag</source>
        <translation>Ein Pipeline-Flag hinzufügen</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+46"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>Remove the selected pipeline flag</source>
        <translation>Das ausgewählte Pipeline-Flag entfernen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pipeline flags problem</source>
        <translation>Problem mit den Pipeline-Flags</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+5"/>
        <source>Environment variables</source>
        <translation>Umgebungsvariablen</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Variables for the launcher&apos;s environment. Tick &quot;Secret&quot; for passwords and tokens: their values go to the system keychain, never into the profile file, and are masked wherever shown.</source>
        <translation>Variablen für die Umgebung des Launchers. Markieren Sie „Geheim“ für Passwörter und Tokens: Ihre Werte kommen in den Schlüsselbund des Systems, nie in die Profildatei, und werden überall maskiert angezeigt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secret</source>
        <translation>Geheim</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add variable</source>
        <translation>Variable hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add an environment variable</source>
        <translation>Eine Umgebungsvariable hinzufügen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Remove the selected environment variable</source>
        <translation>Die ausgewählte Umgebungsvariable entfernen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Environment variables problem</source>
        <translation>Problem mit den Umgebungsvariablen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The exact command Launch runs, secrets masked.</source>
        <translation>Der genaue Befehl, den „Starten“ ausführt, mit maskierten Geheimnissen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Command preview</source>
        <translation>Befehlsvorschau</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Launch readiness</source>
        <translation>Startbereitschaft</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the command line (secrets stay masked)</source>
        <translation>Die Befehlszeile kopieren (Geheimnisse bleiben maskiert)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the command line</source>
        <translation>Die Befehlszeile kopieren</translation>
    </message>
</context>
<context>
    <name>bl::builds</name>
    <message>
        <location filename="../app/builds/PrebuiltBinaries.cpp" line="+28"/>
        <source>%1 is not a file: give both --launcher-binary and --worker-binary as paths to built binaries.</source>
        <translation>%1 ist keine Datei: Geben Sie sowohl --launcher-binary als auch --worker-binary als Pfade zu erstellten Binaries an.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1 refused before launch: %2</source>
        <translation>%1 vor dem Start abgelehnt: %2</translation>
    </message>
</context>
<context>
    <name>bl::cli</name>
    <message>
        <location filename="../app/cli/LaunchOptions.cpp" line="+18"/>
        <source>Folder for the two binaries (default: a per-package cache folder).</source>
        <translation>Ordner für die beiden Binaries (Standard: ein Cache-Ordner pro Paket).</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../app/cli/PipelineCommands.cpp" line="+154"/>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write into --out even when it holds files that are not Beam Launcher&apos;s (system, root and home folders are refused anyway).</source>
        <translation>In --out schreiben, auch wenn es Dateien enthält, die nicht von Beam Launcher stammen (System-, Root- und Home-Ordner werden trotzdem abgelehnt).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run go build even when both binaries are up to date with the sources and settings (a launch otherwise starts them at once).</source>
        <translation>go build auch dann ausführen, wenn beide Binaries auf dem Stand der Quellen und Einstellungen sind (sonst werden sie beim Start sofort ausgeführt).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GOOS/GOARCH of the launcher (default: this machine).</source>
        <translation>GOOS/GOARCH des Launchers (Standard: dieser Rechner).</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>GOOS/GOARCH</source>
        <translation>GOOS/GOARCH</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>GOOS/GOARCH of the worker (default: linux/amd64).</source>
        <translation>GOOS/GOARCH des Workers (Standard: linux/amd64).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Build with CGO_ENABLED=1 (default: 0, as Beam&apos;s worker containers need).</source>
        <translation>Mit CGO_ENABLED=1 erstellen (Standard: 0, wie Beams Worker-Container es brauchen).</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/PipelineCommands.cpp" line="-2"/>
        <source>Comma-separated Go build tags.</source>
        <translation>Durch Kommas getrennte Go-Build-Tags.</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../app/cli/PipelineCommands.cpp" line="+0"/>
        <source>a,b</source>
        <translation>a,b</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/PipelineCommands.cpp" line="-1"/>
        <source>PATH</source>
        <translation>PATH</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pass the launcher&apos;s terminal control sequences (colours, titles...) to the terminal as they come; by default they are removed from what a terminal shows (never from the log or --json).</source>
        <translation>Die Terminal-Steuersequenzen des Launchers (Farben, Titel...) unverändert an das Terminal weitergeben; standardmäßig werden sie aus dem entfernt, was ein Terminal anzeigt (nie aus dem Protokoll oder --json).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Beam runner: prism, direct, universal, flink, spark, samza, dataflow, dot, or another name.</source>
        <translation>Beam-Runner: prism, direct, universal, flink, spark, samza, dataflow, dot oder ein anderer Name.</translation>
    </message>
    <message>
        <source>usage: beam-launcher jobs list --endpoint HOST:PORT [--json]
       beam-launcher jobs watch JOB_ID --endpoint HOST:PORT [--json]
       beam-launcher jobs cancel JOB_ID --endpoint HOST:PORT [--json] [--timeout SECONDS]
       beam-launcher jobs metrics JOB_ID --endpoint HOST:PORT [--json]
Talks to a Beam job service (Prism, Flink, Spark, Samza job servers, Beam&apos;s Python job server)
through Beam&apos;s Job API. --web-ui URL names the runner&apos;s web page for the messages.
watch follows a job until it ends (exit 0 DONE, 1 FAILED or the job service went away,
130 CANCELLED); cancel asks the runner to cancel and waits (10 s by default) until it says
CANCELLED (exit 0) or says why not (1). Exit 2: bad usage or no such job.</source>
        <translation type="vanished">Aufruf: beam-launcher jobs list --endpoint HOST:PORT [--json]
        beam-launcher jobs watch JOB_ID --endpoint HOST:PORT [--json]
        beam-launcher jobs cancel JOB_ID --endpoint HOST:PORT [--json] [--timeout SECONDS]
        beam-launcher jobs metrics JOB_ID --endpoint HOST:PORT [--json]
Spricht über die Job-API von Beam mit einem Beam-Job-Service (Prism-, Flink-, Spark-, Samza-Job-Server, Python-Job-Server von Beam).
--web-ui URL nennt die Webseite des Runners für die Meldungen.
watch verfolgt einen Job, bis er endet (Exit 0 DONE, 1 FAILED oder der Job-Service ist weg,
130 CANCELLED); cancel bittet den Runner um den Abbruch und wartet (standardmäßig 10 s), bis er
CANCELLED meldet (Exit 0) oder sagt, warum nicht (1). Exit 2: falscher Aufruf oder kein solcher Job.</translation>
    </message>
    <message>
        <source>beam-launcher jobs: unknown command &quot;%1&quot;.</source>
        <translation type="vanished">beam-launcher jobs: unbekannter Befehl „%1“.</translation>
    </message>
    <message>
        <source>%1 needs a value.</source>
        <translation type="vanished">%1 braucht einen Wert.</translation>
    </message>
    <message>
        <location filename="../app/cli/JobsCommand.cpp" line="+64"/>
        <source>--web-ui wants a URL such as http://localhost:8074/.</source>
        <translation>--web-ui erwartet eine URL wie http://localhost:8074/.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--timeout wants whole seconds between 1 and 3600.</source>
        <translation>--timeout erwartet ganze Sekunden zwischen 1 und 3600.</translation>
    </message>
    <message>
        <source>beam-launcher jobs %1: unknown option %2.</source>
        <translation type="vanished">beam-launcher jobs %1: unbekannte Option %2.</translation>
    </message>
    <message>
        <source>give exactly one job id (see `beam-launcher jobs list`).</source>
        <translation type="vanished">Geben Sie genau eine Job-ID an (siehe `beam-launcher jobs list`).</translation>
    </message>
    <message>
        <source>takes no job id.</source>
        <translation type="vanished">nimmt keine Job-ID an.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--endpoint HOST:PORT is required: the job service to ask (a standalone Prism listens on localhost:8073).</source>
        <translation>--endpoint HOST:PORT ist erforderlich: der zu fragende Job-Service (ein eigenständiges Prism lauscht auf localhost:8073).</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>the job service at %1 could not tell about job %2 (%3): see `beam-launcher jobs list --endpoint %1`.</source>
        <translation>Der Job-Service unter %1 konnte keine Auskunft über Job %2 geben (%3): siehe `beam-launcher jobs list --endpoint %1`.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the job service at %1 has no jobs.</source>
        <translation>Der Job-Service unter %1 hat keine Jobs.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../app/cli/LaunchOptions.cpp" line="+0"/>
        <location line="+12"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>JOB ID</source>
        <translation>JOB-ID</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>STATE</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <location line="+129"/>
        <source> (attempted)</source>
        <translation> (versucht)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>job %1 has no metrics (yet).</source>
        <translation>Job %1 hat (noch) keine Metriken.</translation>
    </message>
    <message>
        <location filename="../app/cli/EventPrinter.cpp" line="+185"/>
        <location filename="../app/cli/JobsCommand.cpp" line="+19"/>
        <source>Job %1: %2</source>
        <translation>Job %1: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/JobsCommand.cpp" line="-255"/>
        <source>Talks to a Beam job service (Prism, Flink, Spark, Samza job servers, Beam&apos;s Python job server)
through Beam&apos;s Job API. --web-ui URL names the runner&apos;s web page for the messages.
watch follows a job until it ends (exit 0 DONE, 1 FAILED or the job service went away,
130 CANCELLED); cancel asks the runner to cancel and waits (10 s by default) until it says
CANCELLED (exit 0) or says why not (1). Exit 2: bad usage or no such job.</source>
        <translation>Spricht über Beams Job API mit einem Beam-Job-Service (Job-Server von Prism, Flink, Spark, Samza,
Beams Python-Job-Server). --web-ui URL nennt die Webseite des Runners für die Meldungen.
watch verfolgt einen Job bis zu seinem Ende (Exit 0 DONE, 1 FAILED oder Job-Service verschwunden,
130 CANCELLED); cancel bittet den Runner um Abbruch und wartet (standardmäßig 10 s), bis er
CANCELLED meldet (Exit 0) oder sagt, warum nicht (1). Exit 2: falscher Aufruf oder kein solcher Job.</translation>
    </message>
    <message>
        <location line="+131"/>
        <source>the job service at %1 gave an empty pipeline for job %2.</source>
        <translation>der Job-Service unter %1 hat für Job %2 eine leere Pipeline geliefert.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the runner at %1 gives no element counts or step times for job %2: the graph has no numbers.</source>
        <translation>der Runner unter %1 liefert keine Elementzahlen oder Schrittzeiten für Job %2: Der Graph hat keine Zahlen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the runner at %1 gives no metrics for job %2 (%3): the graph has no numbers.</source>
        <translation>der Runner unter %1 liefert keine Metriken für Job %2 (%3): Der Graph hat keine Zahlen.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>STEP</source>
        <translation>SCHRITT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ELEMENTS</source>
        <translation>ELEMENTE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BYTES</source>
        <translation>BYTES</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TIME</source>
        <translation>ZEIT</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>the job service at %1 is gone (%2); job %3 was last %4. Whether it still runs is unknown: see %5.</source>
        <translation>Der Job-Service unter %1 ist weg (%2); Job %3 war zuletzt %4. Ob er noch läuft, ist unbekannt: siehe %5.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>runner page: %1</source>
        <translation>Runner-Seite: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>cannot reach the job service at %1 (%2)</source>
        <translation>Der Job-Service unter %1 ist nicht erreichbar (%2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the job service at %1 has no job %2: see `beam-launcher jobs list --endpoint %1`.</source>
        <translation>Der Job-Service unter %1 hat keinen Job %2: siehe `beam-launcher jobs list --endpoint %1`.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the job service at %1 could not tell the state of job %2 (%3): see `beam-launcher jobs list --endpoint %1`.</source>
        <translation>Der Job-Service unter %1 konnte den Status von Job %2 nicht angeben (%3): siehe `beam-launcher jobs list --endpoint %1`.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>stopped watching; job %1 was not touched.</source>
        <translation>Verfolgung beendet; Job %1 wurde nicht angetastet.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>the runner did not confirm that job %1 is cancelled (%2; last state %3). It may still be running: see %4.</source>
        <translation>Der Runner hat nicht bestätigt, dass Job %1 abgebrochen ist (%2; letzter Status %3). Er läuft möglicherweise noch: siehe %4.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Job %1: CANCELLED</source>
        <translation>Job %1: CANCELLED</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>job %1 ended %2, not CANCELLED: there was nothing to cancel.</source>
        <translation>Job %1 endete mit %2, nicht CANCELLED: Es gab nichts abzubrechen.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Cancelling job %1 on %2...</source>
        <translation>Job %1 auf %2 wird abgebrochen...</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the job service went away: %1</source>
        <translation>Der Job-Service ist weg: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the job service no longer knows the job</source>
        <translation>Der Job-Service kennt den Job nicht mehr</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no terminal state within %1 s</source>
        <translation>kein Endzustand innerhalb von %1 s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>stopped waiting; the cancel of job %1 was asked for but is not confirmed: see %2.</source>
        <translation>Warten beendet; der Abbruch von Job %1 wurde angefordert, ist aber nicht bestätigt: siehe %2.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>graph --job draws a job that runs or ran: give no folder and no pipeline flags with it.</source>
        <translation>graph --job zeichnet einen laufenden oder gelaufenen Job: Geben Sie dazu keinen Ordner und keine Pipeline-Flags an.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--job wants the job&apos;s id (see `beam-launcher jobs list`).</source>
        <translation>--job braucht die ID des Jobs (siehe `beam-launcher jobs list`).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>graph --job needs --endpoint HOST:PORT: the job service that runs the job.</source>
        <translation>graph --job braucht --endpoint HOST:PORT: den Job-Service, der den Job ausführt.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>graph of job %1 written to %2</source>
        <translation>Graph von Job %1 nach %2 geschrieben</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the launcher ended without naming the job it submitted; see `beam-launcher jobs list --endpoint %1`.</source>
        <translation>Der Launcher hat sich beendet, ohne den übergebenen Job zu nennen; siehe `beam-launcher jobs list --endpoint %1`.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>job %1 is %2 and left running on the runner: see %3 or `beam-launcher jobs watch %1 --endpoint %4`.</source>
        <translation>Job %1 ist %2 und läuft auf dem Runner weiter: siehe %3 oder `beam-launcher jobs watch %1 --endpoint %4`.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>job %1 ended %2 before it ran.</source>
        <translation>Job %1 endete mit %2, bevor er lief.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the job service at %1 cannot tell about job %2 (%3).</source>
        <translation>Der Job-Service unter %1 kann keine Auskunft über Job %2 geben (%3).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>job %1 is still %2 after 60 s; it is left to the runner: see %3.</source>
        <translation>Job %1 ist nach 60 s noch %2; er wird dem Runner überlassen: siehe %3.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>stopped waiting; job %1 was submitted and is left to the runner.</source>
        <translation>Warten beendet; Job %1 wurde übergeben und wird dem Runner überlassen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The job service&apos;s address.</source>
        <translation>Die Adresse des Job-Service.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The runner&apos;s web page, for the messages.</source>
        <translation>Die Webseite des Runners, für die Meldungen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print one JSON event per line on stdout.</source>
        <translation>Ein JSON-Ereignis pro Zeile auf stdout ausgeben.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The job&apos;s id (see `beam-launcher jobs list`).</source>
        <translation>Die ID des Jobs (siehe `beam-launcher jobs list`).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>List, watch, cancel a job service&apos;s jobs, or read their metrics.</source>
        <translation>Die Jobs eines Job-Service auflisten, verfolgen, abbrechen oder ihre Metriken lesen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>List the job service&apos;s jobs: id, state and name.</source>
        <translation>Die Jobs des Job-Service auflisten: ID, Status und Name.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Follow a job&apos;s states and messages until it ends.</source>
        <translation>Status und Meldungen eines Jobs bis zu seinem Ende verfolgen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cancel a job and wait until the runner says it is cancelled.</source>
        <translation>Einen Job abbrechen und warten, bis der Runner meldet, dass er abgebrochen ist.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Seconds to wait for CANCELLED (default: 10).</source>
        <translation>Sekunden, die auf CANCELLED gewartet wird (Standard: 10).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Print a job&apos;s metrics.</source>
        <translation>Die Metriken eines Jobs ausgeben.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Per step of the job&apos;s pipeline: elements of its main output, bytes, time (--json: `step` events).</source>
        <translation>Pro Schritt der Pipeline des Jobs: Elemente seiner Hauptausgabe, Bytes, Zeit (--json: `step`-Ereignisse).</translation>
    </message>
    <message>
        <location filename="../app/cli/LaunchOptions.cpp" line="-11"/>
        <source>Job service address.</source>
        <translation>Adresse des Job-Service.</translation>
    </message>
    <message>
        <location filename="../app/cli/JobsCommand.cpp" line="-48"/>
        <location filename="../app/cli/LaunchOptions.cpp" line="+0"/>
        <location filename="../app/cli/PipelineCommands.cpp" line="+303"/>
        <source>HOST:PORT</source>
        <translation>HOST:PORT</translation>
    </message>
    <message>
        <source>With --runner prism: start a Prism job server for this launch, reachable from this machine only, and run the worker through Beam&apos;s boot in it (PROCESS); it stops with the launch.</source>
        <translation type="vanished">Mit --runner prism: für diesen Start einen Prism-Job-Server starten, der nur von diesem Rechner aus erreichbar ist, und den Worker darin über Beams boot ausführen (PROCESS); er wird mit dem Start beendet.</translation>
    </message>
    <message>
        <location filename="../app/cli/LaunchOptions.cpp" line="+2"/>
        <source>Worker environment: DOCKER, PROCESS, LOOPBACK or EXTERNAL.</source>
        <translation>Worker-Umgebung: DOCKER, PROCESS, LOOPBACK oder EXTERNAL.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>TYPE</source>
        <translation>TYPE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Worker environment configuration (an image, or JSON for PROCESS).</source>
        <translation>Konfiguration der Worker-Umgebung (ein Image, oder JSON für PROCESS).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CONFIG</source>
        <translation>CONFIG</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A runner option from the catalog, e.g. --option project=my-project (repeatable).</source>
        <translation>Eine Runner-Option aus dem Katalog, z. B. --option project=my-project (wiederholbar).</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>NAME=VALUE</source>
        <translation>NAME=VALUE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use this prebuilt launcher instead of building.</source>
        <translation>Diesen vorgefertigten Launcher verwenden, statt ihn zu erstellen.</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <location filename="../app/cli/PipelineCommands.cpp" line="-298"/>
        <location line="+295"/>
        <location line="+1"/>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Use this prebuilt worker instead of building.</source>
        <translation>Diesen vorgefertigten Worker verwenden, statt ihn zu erstellen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The pipeline to use when DIR holds several (import path or folder).</source>
        <translation>Die zu verwendende Pipeline, wenn DIR mehrere enthält (Importpfad oder Ordner).</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../app/cli/PipelineCommands.cpp" line="-303"/>
        <source>IMPORT_PATH_OR_DIR</source>
        <translation>IMPORT_PATH_OR_DIR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With --local-job-server: cancel the job and exit 1 once it has been RUNNING for SECONDS with no worker alive and no progress (default: say so after 60 s and keep waiting).</source>
        <translation>Mit --local-job-server: den Job abbrechen und mit 1 beenden, sobald er SECONDS lang RUNNING war, ohne lebenden Worker und ohne Fortschritt (Standard: nach 60 s darauf hinweisen und weiter warten).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submit the job, print its id and exit 0 once it is RUNNING; the job keeps running on the runner (needs a job service and a worker environment other than LOOPBACK).</source>
        <translation>Den Job übergeben, seine ID ausgeben und mit 0 beenden, sobald er RUNNING ist; der Job läuft auf dem Runner weiter (braucht einen Job-Service und eine andere Worker-Umgebung als LOOPBACK).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Launch a saved profile (its secrets come from the keychain). Launch options given with it override the profile&apos;s values for this run, each said on stderr; flags after -- are added to the profile&apos;s.</source>
        <translation>Ein gespeichertes Profil starten (seine Geheimnisse kommen aus dem Schlüsselbund). Damit angegebene Start-Optionen ersetzen für diese Ausführung die Werte des Profils, jeweils mit einem Hinweis auf stderr; Flags nach -- werden an die des Profils angehängt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With --profile: accept the programs and folders outside the pipeline that an imported profile names (go, prebuilt binaries, output folder, PROCESS command...), after checking them. Asked once, and again when they change.</source>
        <translation>Mit --profile: die Programme und Ordner außerhalb der Pipeline akzeptieren, die ein importiertes Profil nennt (go, vorgefertigte Binaries, Ausgabeordner, PROCESS-Befehl...), nachdem Sie sie geprüft haben. Wird einmal verlangt, und erneut, wenn sie sich ändern.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>--stall-timeout takes a number of seconds from 1 to 604800, not &quot;%1&quot;.</source>
        <translation>--stall-timeout erwartet eine Anzahl Sekunden von 1 bis 604800, nicht „%1“.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--option takes NAME=VALUE, not &quot;%1&quot;.</source>
        <translation>--option erwartet NAME=VALUE, nicht „%1“.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--env takes NAME=VALUE, not &quot;%1&quot;.</source>
        <translation>--env erwartet NAME=VALUE, nicht „%1“.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The pipeline&apos;s folder: its main package, or a module or repository folder holding it.</source>
        <translation>Der Ordner der Pipeline: ihr main-Paket oder ein Modul- oder Repository-Ordner, der es enthält.</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandLine.cpp" line="+175"/>
        <source>Build a Beam Go pipeline&apos;s launcher and worker, then launch it.</source>
        <translation>Launcher und Worker einer Beam-Go-Pipeline erstellen und sie dann starten.</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandModel.cpp" line="+173"/>
        <source>--%1 needs a value, but the next word is the option %2. Give the value right after --%1 (e.g. --%1=VALUE).</source>
        <translation>--%1 braucht einen Wert, aber das nächste Wort ist die Option %2. Geben Sie den Wert direkt nach --%1 an (z. B. --%1=WERT).</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandLine.cpp" line="-12"/>
        <source>Build a Beam Go pipeline&apos;s launcher and worker side by side.</source>
        <translation>Launcher und Worker einer Beam-Go-Pipeline nebeneinander erstellen.</translation>
    </message>
    <message>
        <location filename="../app/cli/LaunchOptions.cpp" line="-116"/>
        <location filename="../app/cli/PipelineCommands.cpp" line="+1"/>
        <source>The go command to use (default: go on PATH, then the usual install folders).</source>
        <translation>Der zu verwendende go-Befehl (Standard: go aus PATH, dann die üblichen Installationsordner).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print one JSON event per line on stdout; text for people goes to stderr.</source>
        <translation>Ein JSON-Ereignis pro Zeile auf stdout ausgeben; Text für Menschen geht nach stderr.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>With --runner prism (or universal, for a Beam SDK older than Prism): start a Prism job server for this launch, reachable from this machine only, and run the worker through Beam&apos;s boot in it (PROCESS); it stops with the launch.</source>
        <translation>Mit --runner prism (oder universal, für ein Beam SDK, das älter als Prism ist): für diesen Start einen Prism-Job-Server starten, der nur von diesem Rechner aus erreichbar ist, und den Worker darin über Beams boot ausführen (PROCESS); er wird mit dem Start beendet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Environment variable for the launcher (repeatable). Secrets: use `profiles set-secret`.</source>
        <translation>Umgebungsvariable für den Launcher (wiederholbar). Geheimnisse: Verwenden Sie `profiles set-secret`.</translation>
    </message>
    <message>
        <source>Launch a saved profile (its secrets come from the keychain).</source>
        <translation type="vanished">Ein gespeichertes Profil starten (seine Geheimnisse kommen aus dem Schlüsselbund).</translation>
    </message>
    <message>
        <location filename="../app/cli/CliOutput.cpp" line="+44"/>
        <location filename="../app/cli/EventPrinter.cpp" line="+31"/>
        <source>error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>The pipeline&apos;s main package folder.</source>
        <translation type="vanished">Der Ordner des main-Pakets der Pipeline.</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfilesCommand.cpp" line="+411"/>
        <source>Save a launch profile with the options `launch` takes.</source>
        <translation>Ein Startprofil mit den Optionen speichern, die `launch` annimmt.</translation>
    </message>
    <message>
        <source>The new profile&apos;s name.</source>
        <translation type="vanished">Der Name des neuen Profils.</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandModel.cpp" line="-120"/>
        <source>Flags after -- go to the pipeline.</source>
        <translation>Flags nach -- gehen an die Pipeline.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1: unknown option &quot;%2&quot;.</source>
        <translation>%1: unbekannte Option „%2“.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: unknown command &quot;%2&quot;.</source>
        <translation>%1: unbekannter Befehl „%2“.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: unknown option &quot;%2&quot;; did you mean %3?</source>
        <translation>%1: unbekannte Option „%2“; meinten Sie %3?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: unknown command &quot;%2&quot;; did you mean %3?</source>
        <translation>%1: unbekannter Befehl „%2“; meinten Sie %3?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run `%1 --help` for what it takes.</source>
        <translation>Rufen Sie `%1 --help` auf, um zu sehen, was der Befehl annimmt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Usage: %1 COMMAND [options]</source>
        <translation>Aufruf: %1 COMMAND [Optionen]</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Run `%1 COMMAND --help` for a command&apos;s options and arguments.</source>
        <translation>Die Optionen und Argumente eines Befehls zeigt `%1 COMMAND --help`.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>beam-launcher %1: %2
Run `beam-launcher %1 --help` for the options.</source>
        <translation>beam-launcher %1: %2
Rufen Sie `beam-launcher %1 --help` auf, um die Optionen zu sehen.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>`%1` needs %2: see `%1 --help`.</source>
        <translation>`%1` braucht %2: siehe `%1 --help`.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>`%1` takes no arguments, not &quot;%2&quot;: see `%1 --help`.</source>
        <translation>`%1` nimmt keine Argumente an, auch nicht „%2“: siehe `%1 --help`.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>`%1` takes %2, not also &quot;%3&quot;: see `%1 --help`.</source>
        <translation>`%1` nimmt %2 an, nicht zusätzlich „%3“: siehe `%1 --help`.</translation>
    </message>
    <message>
        <source>Beam Launcher builds an Apache Beam Go pipeline twice at the same time, a launcher for this
machine and a worker for the runner&apos;s machines (linux/amd64, cgo off), checks both, and runs
  launcher --worker_binary=WORKER --runner=RUNNER --endpoint=HOST:PORT [pipeline flags]

Usage:
  beam-launcher [DIR]                 start the window (with a new profile for DIR)
  beam-launcher --version
  beam-launcher build DIR [build options]
  beam-launcher launch DIR --runner NAME [--endpoint HOST:PORT] [build options]
                [--env NAME=VALUE]... [--json] [-- PIPELINE FLAGS...]
  beam-launcher launch --launcher-binary FILE --worker-binary FILE --runner NAME [...]
  beam-launcher launch --profile NAME [--json] [-- MORE PIPELINE FLAGS...]
  beam-launcher profiles list | show NAME | export NAME FILE | import FILE | delete NAME
  beam-launcher profiles create NAME DIR --runner NAME [launch options] [-- PIPELINE FLAGS...]
  beam-launcher profiles set-secret NAME VAR   (the value is read from standard input)

Run `beam-launcher build --help` or `beam-launcher launch --help` for the options.
Exit codes: 0 done, 1 a build or the launch failed, 2 bad usage or input, 130 cancelled;
launch exits with the launcher&apos;s own exit code.
</source>
        <translation type="vanished">Beam Launcher erstellt eine Apache-Beam-Go-Pipeline zweimal gleichzeitig, einen Launcher für diesen
Rechner und einen Worker für die Rechner des Runners (linux/amd64, cgo aus), prüft beide und führt aus:
  launcher --worker_binary=WORKER --runner=RUNNER --endpoint=HOST:PORT [Pipeline-Flags]

Aufruf:
  beam-launcher [DIR]                 das Fenster öffnen (mit einem neuen Profil für DIR)
  beam-launcher --version
  beam-launcher build DIR [Build-Optionen]
  beam-launcher launch DIR --runner NAME [--endpoint HOST:PORT] [Build-Optionen]
                [--env NAME=VALUE]... [--json] [-- PIPELINE-FLAGS...]
  beam-launcher launch --launcher-binary FILE --worker-binary FILE --runner NAME [...]
  beam-launcher launch --profile NAME [--json] [-- WEITERE PIPELINE-FLAGS...]
  beam-launcher profiles list | show NAME | export NAME FILE | import FILE | delete NAME
  beam-launcher profiles create NAME DIR --runner NAME [Start-Optionen] [-- PIPELINE-FLAGS...]
  beam-launcher profiles set-secret NAME VAR   (der Wert wird von der Standardeingabe gelesen)

Rufen Sie `beam-launcher build --help` oder `beam-launcher launch --help` auf, um die Optionen zu sehen.
Exit-Codes: 0 fertig, 1 ein Build oder der Start ist fehlgeschlagen, 2 falscher Aufruf oder falsche Eingabe,
130 abgebrochen; launch endet mit dem Exit-Code des Launchers.
</translation>
    </message>
    <message>
        <source>Beam Launcher builds an Apache Beam Go pipeline twice at the same time, a launcher for this
machine and a worker for the runner&apos;s machines (linux/amd64, cgo off), checks both, and runs
  launcher --worker_binary=WORKER --runner=RUNNER --endpoint=HOST:PORT [pipeline flags]

Usage:
  beam-launcher [DIR]                 start the window (with a new profile for DIR)
  beam-launcher --version
  beam-launcher build DIR [build options] [--out DIR [--force-out]]
  beam-launcher launch DIR --runner NAME [--endpoint HOST:PORT] [build options]
                [--env NAME=VALUE]... [--json] [--raw] [--detach] [-- PIPELINE FLAGS...]
  beam-launcher launch --launcher-binary FILE --worker-binary FILE --runner NAME [...]
  beam-launcher launch --profile NAME [--json] [-- MORE PIPELINE FLAGS...]
  beam-launcher profiles list | show NAME | export NAME FILE | import FILE | delete NAME
  beam-launcher profiles create NAME DIR --runner NAME [launch options] [-- PIPELINE FLAGS...]
  beam-launcher profiles set-secret NAME VAR   (the value is read from standard input)
  beam-launcher jobs list --endpoint HOST:PORT [--json]
  beam-launcher jobs watch|cancel|metrics JOB_ID --endpoint HOST:PORT [--json]
  beam-launcher options DIR [--json]          the pipeline&apos;s own flags
  beam-launcher graph DIR [--svg FILE] [-- PIPELINE FLAGS...]
DIR may be a module or repository folder holding one pipeline; --package chooses among several.

Run `beam-launcher build --help` or `beam-launcher launch --help` for the options.
Exit codes: 0 done, 1 a build or the launch failed, 2 bad usage or input, 130 cancelled;
launch exits with the launcher&apos;s own exit code.
</source>
        <translation type="vanished">Beam Launcher erstellt eine Apache-Beam-Go-Pipeline zweimal gleichzeitig, einen Launcher für diesen
Rechner und einen Worker für die Rechner des Runners (linux/amd64, cgo aus), prüft beide und führt aus:
  launcher --worker_binary=WORKER --runner=RUNNER --endpoint=HOST:PORT [Pipeline-Flags]

Aufruf:
  beam-launcher [DIR]                 das Fenster öffnen (mit einem neuen Profil für DIR)
  beam-launcher --version
  beam-launcher build DIR [Build-Optionen] [--out DIR [--force-out]]
  beam-launcher launch DIR --runner NAME [--endpoint HOST:PORT] [Build-Optionen]
                [--env NAME=VALUE]... [--json] [--raw] [--detach] [-- PIPELINE-FLAGS...]
  beam-launcher launch --launcher-binary FILE --worker-binary FILE --runner NAME [...]
  beam-launcher launch --profile NAME [--json] [-- WEITERE PIPELINE-FLAGS...]
  beam-launcher profiles list | show NAME | export NAME FILE | import FILE | delete NAME
  beam-launcher profiles create NAME DIR --runner NAME [Start-Optionen] [-- PIPELINE-FLAGS...]
  beam-launcher profiles set-secret NAME VAR   (der Wert wird von der Standardeingabe gelesen)
  beam-launcher jobs list --endpoint HOST:PORT [--json]
  beam-launcher jobs watch|cancel|metrics JOB_ID --endpoint HOST:PORT [--json]
  beam-launcher options DIR [--json]          die eigenen Flags der Pipeline
  beam-launcher graph DIR [--svg FILE] [-- PIPELINE-FLAGS...]
DIR kann ein Modul- oder Repository-Ordner mit einer Pipeline sein; --package wählt unter mehreren aus.

Rufen Sie `beam-launcher build --help` oder `beam-launcher launch --help` auf, um die Optionen zu sehen.
Exit-Codes: 0 fertig, 1 ein Build oder der Start ist fehlgeschlagen, 2 falscher Aufruf oder falsche Eingabe,
130 abgebrochen; launch endet mit dem Exit-Code des Launchers.
</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandLine.cpp" line="-94"/>
        <source>warning: the run was not recorded: %1</source>
        <translation>Warnung: Die Ausführung wurde nicht aufgezeichnet: %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>--detach needs a job service (--endpoint HOST:PORT): without one the job runs inside the launcher.</source>
        <translation>--detach braucht einen Job-Service (--endpoint HOST:PORT): Ohne ihn läuft der Job im Launcher.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--detach cannot leave a LOOPBACK job running: its worker is the launcher. Use PROCESS, DOCKER or EXTERNAL.</source>
        <translation>--detach kann keinen LOOPBACK-Job weiterlaufen lassen: Sein Worker ist der Launcher. Verwenden Sie PROCESS, DOCKER oder EXTERNAL.</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfileLaunch.cpp" line="+24"/>
        <source>(none)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--%1 %2 overrides the profile&apos;s %3 for this run.</source>
        <translation>--%1 %2 ersetzt für diese Ausführung den Wert %3 des Profils.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>--cgo overrides the profile&apos;s cgo off for this run.</source>
        <translation>--cgo ersetzt für diese Ausführung die Einstellung „cgo aus“ des Profils.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--local-job-server overrides the profile&apos;s job service for this run.</source>
        <translation>--local-job-server ersetzt für diese Ausführung den Job-Service des Profils.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>--env %1 overrides the profile&apos;s value of %1 for this run.</source>
        <translation>--env %1 ersetzt für diese Ausführung den Wert von %1 im Profil.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>There is no profile &quot;%1&quot;: see `beam-launcher profiles list`.</source>
        <translation>Es gibt kein Profil „%1“: Siehe `beam-launcher profiles list`.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The profile &quot;%1&quot; names programs or folders outside the pipeline that a launch would use, and you have not accepted them yet:
%2
Check them; if you trust them, launch once with --trust: `beam-launcher launch --profile &quot;%1&quot; --trust`.</source>
        <translation>Das Profil „%1“ nennt Programme oder Ordner außerhalb der Pipeline, die ein Start verwenden würde, und Sie haben sie noch nicht akzeptiert:
%2
Prüfen Sie sie; wenn Sie ihnen vertrauen, starten Sie einmal mit --trust: `beam-launcher launch --profile &quot;%1&quot; --trust`.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Trusted for this and later launches (until they change):
%1</source>
        <translation>Für diesen und spätere Starts als vertrauenswürdig akzeptiert (bis sie sich ändern):
%1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The secret %1 of profile &quot;%2&quot; has no value in the keychain: set it with `beam-launcher profiles set-secret &quot;%2&quot; %1` (it reads the value from standard input).</source>
        <translation>Das Geheimnis %1 des Profils „%2“ hat keinen Wert im Schlüsselbund: Setzen Sie es mit `beam-launcher profiles set-secret &quot;%2&quot; %1` (der Wert wird von der Standardeingabe gelesen).</translation>
    </message>
    <message>
        <source>Beam Launcher builds an Apache Beam Go pipeline twice at the same time, a launcher for this
machine and a worker for the runner&apos;s machines (linux/amd64, cgo off), checks both, and runs
  launcher --worker_binary=WORKER --runner=RUNNER --endpoint=HOST:PORT [pipeline flags]

Usage:
  beam-launcher [DIR]                 start the window (with a new profile for DIR)
  beam-launcher --version
  beam-launcher build DIR [build options] [--out DIR [--force-out]]
  beam-launcher launch DIR --runner NAME [--endpoint HOST:PORT] [build options]
                [--env NAME=VALUE]... [--json] [--raw] [--detach] [-- PIPELINE FLAGS...]
  beam-launcher launch --launcher-binary FILE --worker-binary FILE --runner NAME [...]
  beam-launcher launch --profile NAME [--trust] [launch options] [--json] [-- MORE PIPELINE FLAGS...]
                (options given with --profile override the profile&apos;s for this run)
  beam-launcher profiles list | show NAME | export NAME FILE | import FILE | delete NAME
  beam-launcher profiles create NAME DIR --runner NAME [launch options] [-- PIPELINE FLAGS...]
  beam-launcher profiles set-secret NAME VAR   (the value is read from standard input)
  beam-launcher profiles unset-secret NAME VAR
  beam-launcher jobs list --endpoint HOST:PORT [--json]
  beam-launcher jobs watch|cancel|metrics JOB_ID --endpoint HOST:PORT [--json]
  beam-launcher options DIR [--json]          the pipeline&apos;s own flags
  beam-launcher graph DIR [--svg FILE] [-- PIPELINE FLAGS...]
DIR may be a module or repository folder holding one pipeline; --package chooses among several.

Run `beam-launcher build --help` or `beam-launcher launch --help` for the options.
Exit codes: 0 done, 1 a build or the launch failed, 2 bad usage or input, 130 cancelled;
launch exits with the launcher&apos;s own exit code.
</source>
        <translation type="vanished">Beam Launcher erstellt eine Apache-Beam-Go-Pipeline zweimal gleichzeitig, einen Launcher für diesen
Rechner und einen Worker für die Rechner des Runners (linux/amd64, cgo aus), prüft beide und führt aus:
  launcher --worker_binary=WORKER --runner=RUNNER --endpoint=HOST:PORT [Pipeline-Flags]

Aufruf:
  beam-launcher [DIR]                 das Fenster öffnen (mit einem neuen Profil für DIR)
  beam-launcher --version
  beam-launcher build DIR [Build-Optionen] [--out DIR [--force-out]]
  beam-launcher launch DIR --runner NAME [--endpoint HOST:PORT] [Build-Optionen]
                [--env NAME=VALUE]... [--json] [--raw] [--detach] [-- PIPELINE-FLAGS...]
  beam-launcher launch --launcher-binary FILE --worker-binary FILE --runner NAME [...]
  beam-launcher launch --profile NAME [--trust] [Start-Optionen] [--json] [-- WEITERE PIPELINE-FLAGS...]
                (mit --profile angegebene Optionen ersetzen für diese Ausführung die des Profils)
  beam-launcher profiles list | show NAME | export NAME FILE | import FILE | delete NAME
  beam-launcher profiles create NAME DIR --runner NAME [Start-Optionen] [-- PIPELINE-FLAGS...]
  beam-launcher profiles set-secret NAME VAR   (der Wert wird von der Standardeingabe gelesen)
  beam-launcher profiles unset-secret NAME VAR
  beam-launcher jobs list --endpoint HOST:PORT [--json]
  beam-launcher jobs watch|cancel|metrics JOB_ID --endpoint HOST:PORT [--json]
  beam-launcher options DIR [--json]          die eigenen Flags der Pipeline
  beam-launcher graph DIR [--svg FILE] [-- PIPELINE-FLAGS...]
DIR kann ein Modul- oder Repository-Ordner mit einer Pipeline sein; --package wählt unter mehreren aus.

Rufen Sie `beam-launcher build --help` oder `beam-launcher launch --help` auf, um die Optionen zu sehen.
Exit-Codes: 0 fertig, 1 ein Build oder der Start ist fehlgeschlagen, 2 falscher Aufruf oder falsche Eingabe,
130 abgebrochen; launch endet mit dem Exit-Code des Launchers.
</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandLine.cpp" line="-68"/>
        <source>Beam Launcher builds an Apache Beam Go pipeline twice at the same time, a launcher for this
machine and a worker for the runner&apos;s machines (linux/amd64, cgo off), checks both, and runs
  launcher --worker_binary=WORKER --runner=RUNNER --endpoint=HOST:PORT [pipeline flags]

Usage:
  beam-launcher [DIR]                 start the window (with a new profile for DIR)
  beam-launcher --version
  beam-launcher build DIR [build options] [--out DIR [--force-out]]
  beam-launcher launch DIR --runner NAME [--endpoint HOST:PORT] [build options]
                [--env NAME=VALUE]... [--json] [--raw] [--detach] [-- PIPELINE FLAGS...]
  beam-launcher launch --launcher-binary FILE --worker-binary FILE --runner NAME [...]
  beam-launcher launch --profile NAME [--trust] [launch options] [--json] [-- MORE PIPELINE FLAGS...]
                (options given with --profile override the profile&apos;s for this run)
  beam-launcher profiles list | show NAME | export NAME FILE | import FILE | delete NAME
  beam-launcher profiles create NAME DIR --runner NAME [launch options] [-- PIPELINE FLAGS...]
  beam-launcher profiles set-secret NAME VAR   (the value is read from standard input)
  beam-launcher profiles unset-secret NAME VAR
  beam-launcher jobs list --endpoint HOST:PORT [--json]
  beam-launcher jobs watch|cancel|metrics JOB_ID --endpoint HOST:PORT [--json]
  beam-launcher jobs metrics JOB_ID --endpoint HOST:PORT --by-step [--json]   per step
  beam-launcher options DIR [--json]          the pipeline&apos;s own flags
  beam-launcher graph DIR [--svg FILE] [-- PIPELINE FLAGS...]
  beam-launcher graph --job JOB_ID --endpoint HOST:PORT [--svg FILE]   a job&apos;s graph with its counts
DIR may be a module or repository folder holding one pipeline; --package chooses among several.

Run `beam-launcher build --help` or `beam-launcher launch --help` for the options.
Exit codes: 0 done, 1 a build or the launch failed, 2 bad usage or input, 130 cancelled;
launch exits with the launcher&apos;s own exit code.
</source>
        <translation>Beam Launcher erstellt eine Apache-Beam-Go-Pipeline zweimal gleichzeitig, einen Launcher für diesen
Rechner und einen Worker für die Rechner des Runners (linux/amd64, cgo aus), prüft beide und führt aus:
  launcher --worker_binary=WORKER --runner=RUNNER --endpoint=HOST:PORT [Pipeline-Flags]

Aufruf:
  beam-launcher [DIR]                 das Fenster öffnen (mit einem neuen Profil für DIR)
  beam-launcher --version
  beam-launcher build DIR [Build-Optionen] [--out DIR [--force-out]]
  beam-launcher launch DIR --runner NAME [--endpoint HOST:PORT] [Build-Optionen]
                [--env NAME=VALUE]... [--json] [--raw] [--detach] [-- PIPELINE-FLAGS...]
  beam-launcher launch --launcher-binary FILE --worker-binary FILE --runner NAME [...]
  beam-launcher launch --profile NAME [--trust] [Start-Optionen] [--json] [-- WEITERE PIPELINE-FLAGS...]
                (mit --profile angegebene Optionen ersetzen für diese Ausführung die des Profils)
  beam-launcher profiles list | show NAME | export NAME FILE | import FILE | delete NAME
  beam-launcher profiles create NAME DIR --runner NAME [Start-Optionen] [-- PIPELINE-FLAGS...]
  beam-launcher profiles set-secret NAME VAR   (der Wert wird von der Standardeingabe gelesen)
  beam-launcher profiles unset-secret NAME VAR
  beam-launcher jobs list --endpoint HOST:PORT [--json]
  beam-launcher jobs watch|cancel|metrics JOB_ID --endpoint HOST:PORT [--json]
  beam-launcher jobs metrics JOB_ID --endpoint HOST:PORT --by-step [--json]   pro Schritt
  beam-launcher options DIR [--json]          die eigenen Flags der Pipeline
  beam-launcher graph DIR [--svg FILE] [-- PIPELINE-FLAGS...]
  beam-launcher graph --job JOB_ID --endpoint HOST:PORT [--svg FILE]   der Graph eines Jobs mit seinen Zahlen
DIR kann ein Modul- oder Repository-Ordner mit einer Pipeline sein; --package wählt unter mehreren aus.

Rufen Sie `beam-launcher build --help` oder `beam-launcher launch --help` auf, um die Optionen zu sehen.
Exit-Codes: 0 fertig, 1 ein Build oder der Start ist fehlgeschlagen, 2 falscher Aufruf oder falsche Eingabe,
130 abgebrochen; launch endet mit dem Exit-Code des Launchers.
</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>--profile takes the folder from the profile: give no folder.</source>
        <translation>--profile nimmt den Ordner aus dem Profil: Geben Sie keinen Ordner an.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--trust goes with --profile NAME: it accepts what an imported profile names.</source>
        <translation>--trust gehört zu --profile NAME: Es akzeptiert, was ein importiertes Profil nennt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>give exactly one pipeline package folder (run `beam-launcher %1 --help` for the options).</source>
        <translation>geben Sie genau einen Paketordner einer Pipeline an (die Optionen zeigt `beam-launcher %1 --help`).</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../app/cli/ProfilesCommand.cpp" line="-209"/>
        <source>--runner is required (prism, flink, dataflow, ...).</source>
        <translation>--runner ist erforderlich (prism, flink, dataflow, ...).</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Build a pipeline&apos;s launcher and worker.</source>
        <translation>Launcher und Worker einer Pipeline erstellen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Build a pipeline, then launch it on a runner.</source>
        <translation>Eine Pipeline erstellen und dann auf einem Runner starten.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Print the help of a command (`help profiles show`), or this overview.</source>
        <translation>Die Hilfe eines Befehls ausgeben (`help profiles show`) oder diese Übersicht.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The command, and its subcommand.</source>
        <translation>Der Befehl und sein Unterbefehl.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Print the version.</source>
        <translation>Die Version ausgeben.</translation>
    </message>
    <message>
        <source>beam-launcher: unknown command &quot;%1&quot;.

</source>
        <translation type="vanished">beam-launcher: unbekannter Befehl „%1“.

</translation>
    </message>
    <message>
        <source>usage: beam-launcher profiles list | show NAME | export NAME FILE | import FILE | delete NAME
       beam-launcher profiles rename NAME NEW-NAME | duplicate NAME
       beam-launcher profiles create NAME DIR --runner NAME [launch options] [-- PIPELINE FLAGS...]
       beam-launcher profiles set-secret NAME VAR   (reads the value from standard input)</source>
        <translation type="vanished">Aufruf: beam-launcher profiles list | show NAME | export NAME FILE | import FILE | delete NAME
       beam-launcher profiles rename NAME NEW-NAME | duplicate NAME
        beam-launcher profiles create NAME DIR --runner NAME [Start-Optionen] [-- PIPELINE-FLAGS...]
        beam-launcher profiles set-secret NAME VAR   (liest den Wert von der Standardeingabe)</translation>
    </message>
    <message>
        <location filename="../app/cli/PipelineCommands.cpp" line="-49"/>
        <source>building the launcher for this machine…</source>
        <translation>Launcher für diesen Rechner wird erstellt…</translation>
    </message>
    <message>
        <location line="+46"/>
        <location filename="../app/cli/ProfilesCommand.cpp" line="+196"/>
        <source>Print JSON on stdout.</source>
        <translation>JSON auf stdout ausgeben.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The pipeline to use when the folder holds several (import path or folder).</source>
        <translation>Die zu verwendende Pipeline, wenn der Ordner mehrere enthält (Importpfad oder Ordner).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Folder for the binaries (default: a per-package cache folder).</source>
        <translation>Ordner für die Binaries (Standard: ein Cache-Ordner pro Paket).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use this prebuilt launcher (for this machine) instead of building.</source>
        <translation>Diesen vorgefertigten Launcher (für diesen Rechner) verwenden, statt zu erstellen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Seconds the launcher may take to answer (default: %1).</source>
        <translation>Sekunden, die der Launcher für die Antwort brauchen darf (Standard: %1).</translation>
    </message>
    <message>
        <location line="+280"/>
        <source>Draw a Beam Go pipeline&apos;s graph without running it: its launcher with Beam&apos;s dot runner, then Graphviz (dot -Tsvg).
With --job JOB_ID --endpoint HOST:PORT: draw a job that runs or ran on a job service instead, from its pipeline (the Job API&apos;s GetPipeline), each step with the elements of its main output (&quot;N elements&quot;) and its time, each edge with its element count (GetJobMetrics).</source>
        <translation>Den Graphen einer Beam-Go-Pipeline zeichnen, ohne sie auszuführen: ihr Launcher mit dem dot-Runner von Beam, dann Graphviz (dot -Tsvg).
Mit --job JOB_ID --endpoint HOST:PORT: stattdessen einen laufenden oder gelaufenen Job eines Job-Service zeichnen, aus seiner Pipeline (GetPipeline der Job API), jeden Schritt mit den Elementen seiner Hauptausgabe („N Elemente“) und seiner Zeit, jede Kante mit ihrer Elementzahl (GetJobMetrics).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Draw this job of the job service at --endpoint, with its counts.</source>
        <translation>Diesen Job des Job-Service unter --endpoint zeichnen, mit seinen Zahlen.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>JOB_ID</source>
        <translation>JOB_ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The job service&apos;s address (with --job).</source>
        <translation>Die Adresse des Job-Service (mit --job).</translation>
    </message>
    <message>
        <location filename="../app/cli/JobsCommand.cpp" line="+39"/>
        <location filename="../app/cli/LaunchOptions.cpp" line="+4"/>
        <location filename="../app/cli/PipelineCommands.cpp" line="-291"/>
        <source>SECONDS</source>
        <translation>SECONDS</translation>
    </message>
    <message>
        <location filename="../app/cli/PipelineCommands.cpp" line="+15"/>
        <source>give one folder: the pipeline&apos;s module, repository or package folder.</source>
        <translation>Geben Sie einen Ordner an: den Modul-, Repository- oder Paketordner der Pipeline.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--timeout takes a number of seconds (e.g. 15), not &quot;%1&quot;.</source>
        <translation>--timeout erwartet eine Anzahl Sekunden (z. B. 15), nicht „%1“.</translation>
    </message>
    <message numerus="yes">
        <location line="+61"/>
        <source>%1 holds %n Beam pipelines; choose one with --package IMPORT_PATH_OR_DIR:</source>
        <translation>
            <numerusform>%1 enthält %n Beam-Pipeline; wählen Sie eine mit --package IMPORT_PATH_OR_DIR aus:</numerusform>
            <numerusform>%1 enthält %n Beam-Pipelines; wählen Sie eine mit --package IMPORT_PATH_OR_DIR aus:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>using the pipeline %1 (%2)</source>
        <translation>verwende die Pipeline %1 (%2)</translation>
    </message>
    <message>
        <source>the pipeline defines no flag -%1; Go&apos;s flag package will refuse it (see `beam-launcher options` for the flags it has).</source>
        <translation type="vanished">Die Pipeline definiert kein Flag -%1; das flag-Paket von Go wird es ablehnen (siehe `beam-launcher options` für ihre Flags).</translation>
    </message>
    <message>
        <location filename="../app/cli/EventPrinter.cpp" line="-139"/>
        <location filename="../app/cli/ProfilesCommand.cpp" line="-297"/>
        <location line="+76"/>
        <location line="+38"/>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/PipelineCommands.cpp" line="-175"/>
        <source>[launcher build] %1</source>
        <translation>[Launcher-Build] %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>launcher up to date: not built again</source>
        <translation>Launcher aktuell: nicht neu gebaut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>launcher built in %1 s</source>
        <translation>Launcher in %1 s gebaut</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Build the launcher with CGO_ENABLED=1, as `build --cgo` and `launch --cgo` do (default: 0).</source>
        <translation>Den Launcher mit CGO_ENABLED=1 bauen, wie `build --cgo` und `launch --cgo` (Standard: 0).</translation>
    </message>
    <message>
        <location line="+275"/>
        <source>Print a Beam Go pipeline&apos;s own flags (from its launcher&apos;s --help): name, type, default, usage and group. The flags Beam Launcher sets itself are left out.</source>
        <translation>Die eigenen Flags einer Beam-Go-Pipeline ausgeben (aus dem --help ihres Launchers): Name, Typ, Standardwert, Beschreibung und Gruppe. Die Flags, die Beam Launcher selbst setzt, werden weggelassen.</translation>
    </message>
    <message>
        <location line="-260"/>
        <source>The pipeline&apos;s module, repository or package folder.</source>
        <translation>Der Modul-, Repository- oder Paketordner der Pipeline.</translation>
    </message>
    <message>
        <location line="+135"/>
        <source>only a launcher was given, not the pipeline&apos;s folder</source>
        <translation>nur ein Launcher wurde angegeben, nicht der Ordner der Pipeline</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the pipeline&apos;s own flags are told from Beam&apos;s by name only (%1); flags of a Beam release newer than 2.77 may be listed as the pipeline&apos;s.</source>
        <translation>die eigenen Flags der Pipeline werden nur am Namen von denen von Beam unterschieden (%1); Flags einer Beam-Version neuer als 2.77 werden möglicherweise als die der Pipeline aufgeführt.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>(default %1)</source>
        <translation>(Standard %1)</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>Print a pipeline&apos;s own flags.</source>
        <translation>Die eigenen Flags einer Pipeline ausgeben.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Draw a pipeline&apos;s graph as SVG.</source>
        <translation>Den Graphen einer Pipeline als SVG zeichnen.</translation>
    </message>
    <message>
        <source>Draw a Beam Go pipeline&apos;s graph without running it: its launcher with Beam&apos;s dot runner, then Graphviz (dot -Tsvg).</source>
        <translation type="vanished">Den Graphen einer Beam-Go-Pipeline zeichnen, ohne sie auszuführen: ihr Launcher mit dem dot-Runner von Beam, dann Graphviz (dot -Tsvg).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Write the SVG here (default: print its path).</source>
        <translation>Das SVG hierhin schreiben (Standard: seinen Pfad ausgeben).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also copy the DOT graph here.</source>
        <translation>Den DOT-Graphen zusätzlich hierhin kopieren.</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>cannot write %1.</source>
        <translation>%1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>graph written to %1</source>
        <translation>Graph nach %1 geschrieben</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfilesCommand.cpp" line="-106"/>
        <source>there is no profile &quot;%1&quot;: see `beam-launcher profiles list`.</source>
        <translation>es gibt kein Profil „%1“: Siehe `beam-launcher profiles list`.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>No profiles yet: create one with `beam-launcher profiles create NAME DIR --runner NAME`.</source>
        <translation>Noch keine Profile: Legen Sie eines mit `beam-launcher profiles create NAME DIR --runner NAME` an.</translation>
    </message>
    <message>
        <source>give a NAME and the pipeline&apos;s folder DIR.
</source>
        <translation type="vanished">geben Sie einen NAME und den Ordner DIR der Pipeline an.
</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1 is not a folder: give the folder that holds the pipeline&apos;s main package.</source>
        <translation>%1 ist kein Ordner: Geben Sie den Ordner an, der das main-Paket der Pipeline enthält.</translation>
    </message>
    <message>
        <source>a profile named &quot;%1&quot; exists already: choose another name, or delete it first.</source>
        <translation type="vanished">ein Profil namens „%1“ gibt es bereits: Wählen Sie einen anderen Namen oder löschen Sie es zuerst.</translation>
    </message>
    <message>
        <source>usage: beam-launcher profiles list | show NAME | export NAME FILE | import FILE | delete NAME
       beam-launcher profiles rename NAME NEW-NAME | duplicate NAME
       beam-launcher profiles unset-secret NAME VAR
       beam-launcher profiles create NAME DIR --runner NAME [launch options] [-- PIPELINE FLAGS...]
       beam-launcher profiles set-secret NAME VAR   (reads the value from standard input)</source>
        <translation type="vanished">Aufruf: beam-launcher profiles list | show NAME | export NAME FILE | import FILE | delete NAME
        beam-launcher profiles rename NAME NEW-NAME | duplicate NAME
        beam-launcher profiles unset-secret NAME VAR
        beam-launcher profiles create NAME DIR --runner NAME [Start-Optionen] [-- PIPELINE-FLAGS...]
        beam-launcher profiles set-secret NAME VAR   (liest den Wert von der Standardeingabe)</translation>
    </message>
    <message>
        <source>(made by a newer Beam Launcher: schema %1)</source>
        <translation type="vanished">(von einem neueren Beam Launcher erstellt: Schema %1)</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+141"/>
        <source>Saved profile &quot;%1&quot;.</source>
        <translation>Profil „%1“ gespeichert.</translation>
    </message>
    <message>
        <location line="-129"/>
        <source>&quot;%1&quot; is not an environment variable name: use letters, digits and _.</source>
        <translation>„%1“ ist kein Name für eine Umgebungsvariable: Verwenden Sie Buchstaben, Ziffern und _.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no value on standard input: pipe it in, for example
  printf %s &quot;$TOKEN&quot; | beam-launcher profiles set-secret &quot;%1&quot; %2</source>
        <translation>kein Wert auf der Standardeingabe: Leiten Sie ihn per Pipe ein, zum Beispiel
  printf %s &quot;$TOKEN&quot; | beam-launcher profiles set-secret &quot;%1&quot; %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The secret %1 of profile &quot;%2&quot; is in the keychain.</source>
        <translation>Das Geheimnis %1 des Profils „%2“ ist im Schlüsselbund.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the profile &quot;%1&quot; has no secrets, so none named %2.</source>
        <translation>das Profil „%1“ hat keine Geheimnisse, also auch keines namens %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the profile &quot;%1&quot; has no secret %2; its secrets are %3.</source>
        <translation>das Profil „%1“ hat kein Geheimnis %2; seine Geheimnisse sind %3.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the secret %1 could not be removed from the keychain: %2</source>
        <translation>das Geheimnis %1 konnte nicht aus dem Schlüsselbund entfernt werden: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Removed the secret %1 from profile &quot;%2&quot; and from the keychain.</source>
        <translation>Das Geheimnis %1 wurde aus dem Profil „%2“ und aus dem Schlüsselbund entfernt.</translation>
    </message>
    <message>
        <source>the profile was kept because its secret %1 could not be removed from the keychain: %2</source>
        <translation type="vanished">das Profil wurde behalten, weil sein Geheimnis %1 nicht aus dem Schlüsselbund entfernt werden konnte: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Deleted profile &quot;%1&quot;.</source>
        <translation>Profil „%1“ gelöscht.</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>The profile&apos;s name.</source>
        <translation>Der Name des Profils.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The environment variable that holds the secret.</source>
        <translation>Die Umgebungsvariable, die das Geheimnis enthält.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>List, show, create, change, import and export saved launch profiles.</source>
        <translation>Gespeicherte Startprofile auflisten, anzeigen, anlegen, ändern, importieren und exportieren.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved launch profiles: what `launch --profile NAME` runs. Their secrets are kept in the keychain.</source>
        <translation>Gespeicherte Startprofile: das, was `launch --profile NAME` ausführt. Ihre Geheimnisse werden im Schlüsselbund aufbewahrt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>List the profiles: name, runner[@endpoint] and folder, tab-separated.</source>
        <translation>Die Profile auflisten: Name, Runner[@Endpunkt] und Ordner, durch Tabulatoren getrennt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Print a profile as JSON.</source>
        <translation>Ein Profil als JSON ausgeben.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Rename a profile.</source>
        <translation>Ein Profil umbenennen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its new name.</source>
        <translation>Sein neuer Name.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save a copy of a profile, its secrets included.</source>
        <translation>Eine Kopie eines Profils speichern, einschließlich seiner Geheimnisse.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete a profile and its secrets.</source>
        <translation>Ein Profil und seine Geheimnisse löschen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write a profile to a file, without its secrets&apos; values.</source>
        <translation>Ein Profil in eine Datei schreiben, ohne die Werte seiner Geheimnisse.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file to write.</source>
        <translation>Die zu schreibende Datei.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the profile a file holds.</source>
        <translation>Das Profil speichern, das eine Datei enthält.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file to read.</source>
        <translation>Die zu lesende Datei.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep a secret of a profile in the keychain; the value is read from standard input.</source>
        <translation>Ein Geheimnis eines Profils im Schlüsselbund aufbewahren; der Wert wird von der Standardeingabe gelesen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remove a secret from a profile and from the keychain.</source>
        <translation>Ein Geheimnis aus einem Profil und aus dem Schlüsselbund entfernen.</translation>
    </message>
    <message>
        <source>wrong number of arguments for &quot;%1&quot;.
</source>
        <translation type="vanished">falsche Anzahl von Argumenten für „%1“.
</translation>
    </message>
    <message>
        <location line="-106"/>
        <source>Exported &quot;%1&quot; to %2.</source>
        <translation>„%1“ nach %2 exportiert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exported &quot;%1&quot; to %2 without the values of its secrets (%3).</source>
        <translation>„%1“ ohne die Werte seiner Geheimnisse (%3) nach %2 exportiert.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Imported profile &quot;%1&quot;.</source>
        <translation>Profil „%1“ importiert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It needs the secret %1: set it with `beam-launcher profiles set-secret &quot;%2&quot; %1`.</source>
        <translation>Es braucht das Geheimnis %1: Setzen Sie es mit `beam-launcher profiles set-secret &quot;%2&quot; %1`.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It names programs or folders outside the pipeline, which a launch would use:
%1
Check them: its first launch asks you to accept them with `beam-launcher launch --profile &quot;%2&quot; --trust`.</source>
        <translation>Es nennt Programme oder Ordner außerhalb der Pipeline, die ein Start verwenden würde:
%1
Prüfen Sie sie: Beim ersten Start werden Sie gebeten, sie mit `beam-launcher launch --profile &quot;%2&quot; --trust` zu akzeptieren.</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;.
</source>
        <translation type="vanished">unbekannter Befehl „%1“.
</translation>
    </message>
    <message>
        <location filename="../app/cli/EventPrinter.cpp" line="+4"/>
        <source>Package %1 (module %2)</source>
        <translation>Paket %1 (Modul %2)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Building the %1 for %2</source>
        <translation>Erstelle den %1 für %2</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1 ready: %2 (the launcher&apos;s binary: one build served both)</source>
        <translation>%1 bereit: %2 (das Binary des Launchers: ein Build für beide)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 ready: %2 (%3, verified %4, cgo %5) in %6 s</source>
        <translation>%1 bereit: %2 (%3, geprüft %4, cgo %5) in %6 s</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+7"/>
        <source>on</source>
        <translation>an</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>warning: %1 Beam Launcher keeps waiting: press Ctrl+C to cancel the job, or give --stall-timeout SECONDS to cancel stalled jobs by itself.</source>
        <translation>Warnung: %1 Beam Launcher wartet weiter: Drücken Sie Strg+C, um den Job abzubrechen, oder geben Sie --stall-timeout SECONDS an, damit hängende Jobs automatisch abgebrochen werden.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>%1 up to date: %2 (%3, verified %4, cgo %5; not built again)</source>
        <translation>%1 aktuell: %2 (%3, geprüft %4, cgo %5; nicht erneut erstellt)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+7"/>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Output is logged to %1</source>
        <translation>Die Ausgabe wird in %1 protokolliert</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The launcher exited with code %1 after %2 s</source>
        <translation>Der Launcher wurde nach %2 s mit Code %1 beendet</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Job %1: %2 (%3)</source>
        <translation>Job %1: %2 (%3)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>[job %1] %2</source>
        <translation>[Job %1] %2</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>[launcher build] </source>
        <translation>[Launcher-Build] </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>[worker build] </source>
        <translation>[Worker-Build] </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>[launcher and worker build] </source>
        <translation>[Launcher- und Worker-Build] </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>launcher and worker %1 (%2 s)</source>
        <translation>Launcher und Worker %1 (%2 s)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 %2 (%3 s)</source>
        <translation>%1 %2 (%3 s)</translation>
    </message>
</context>
<context>
    <name>bl::go</name>
    <message>
        <location filename="../app/go/CrossBuild.cpp" line="+113"/>
        <source>launcher</source>
        <translation>Launcher</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>worker</source>
        <translation>Worker</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>go build failed (exit code %1).</source>
        <translation>go build ist fehlgeschlagen (Exit-Code %1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>go build was ended by a signal.</source>
        <translation>go build wurde durch ein Signal beendet.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Cannot create the output folder %1: check that it is writable, or choose another one with --out.</source>
        <translation>Der Ausgabeordner %1 kann nicht angelegt werden: Prüfen Sie, ob er beschreibbar ist, oder wählen Sie mit --out einen anderen.</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>%1 Go said: %2</source>
        <translation>%1 Go meldete: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The build constraints exclude all of the package&apos;s Go files with cgo off: if the package uses cgo (import &quot;C&quot;), build with cgo on (--cgo on the command line, &quot;cgo&quot; in the window&apos;s profile); else check its //go:build lines and --tags.</source>
        <translation>Die Build-Constraints schließen bei ausgeschaltetem cgo alle Go-Dateien des Pakets aus: Wenn das Paket cgo verwendet (import &quot;C&quot;), erstellen Sie mit eingeschaltetem cgo (--cgo in der Befehlszeile, „cgo“ im Profil im Fenster); andernfalls prüfen Sie seine //go:build-Zeilen und --tags.</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location line="-95"/>
        <source>go build reported success but wrote no binary.</source>
        <translation>go build meldete Erfolg, hat aber kein Binary geschrieben.</translation>
    </message>
    <message numerus="yes">
        <location line="-220"/>
        <source>downloading modules: %n so far</source>
        <translation>
            <numerusform>Download der Module: bisher %n</numerusform>
            <numerusform>Download der Module: bisher %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>compiling: %1 of about %2 packages</source>
        <translation>Kompilierung: %1 von etwa %2 Paketen</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>compiling: %n package(s) so far</source>
        <translation>
            <numerusform>Kompilierung: bisher %n Paket</numerusform>
            <numerusform>Kompilierung: bisher %n Pakete</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>linking (%1 packages compiled)</source>
        <translation>Linken (%1 Pakete kompiliert)</translation>
    </message>
    <message numerus="yes">
        <location line="+217"/>
        <source>go build failed with %n problem(s).</source>
        <translation>
            <numerusform>go build ist mit %n Problem fehlgeschlagen.</numerusform>
            <numerusform>go build ist mit %n Problemen fehlgeschlagen.</numerusform>
        </translation>
    </message>
    <message>
        <source>go version -m could not read the binary it just built.</source>
        <translation type="vanished">go version -m konnte das gerade erstellte Binary nicht lesen.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Cannot move the built binary to %1: %2</source>
        <translation>Das erstellte Binary kann nicht nach %1 verschoben werden: %2</translation>
    </message>
    <message>
        <location filename="../app/go/DualBuild.cpp" line="+111"/>
        <source>The worker is the same build as the launcher (%1, cgo %2): one go build makes both.</source>
        <translation>Der Worker ist derselbe Build wie der Launcher (%1, cgo %2): Ein einziger go build erzeugt beide.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>on</source>
        <translation>an</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Its output: %1</source>
        <translation>Dessen Ausgabe: %1</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Cannot place the worker binary at %1: %2</source>
        <translation>Das Worker-Binary kann nicht unter %1 abgelegt werden: %2</translation>
    </message>
    <message>
        <location filename="../app/go/GoJson.cpp" line="+24"/>
        <source>%1 printed nothing.</source>
        <translation>%1 hat nichts ausgegeben.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 printed something that is not a JSON object (%2 at offset %3).</source>
        <translation>%1 hat etwas ausgegeben, das kein JSON-Objekt ist (%2 an Position %3).</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>go env -json did not report GOVERSION, GOROOT, GOHOSTOS and GOHOSTARCH: this go is older than Go 1.16 or not the Go toolchain. Install a current Go from https://go.dev/dl/.</source>
        <translation>go env -json hat GOVERSION, GOROOT, GOHOSTOS und GOHOSTARCH nicht gemeldet: Dieses go ist älter als Go 1.16 oder nicht die Go-Toolchain. Installieren Sie ein aktuelles Go von https://go.dev/dl/.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>go list -json printed an object without ImportPath or Dir: it does not describe a package.</source>
        <translation>go list -json hat ein Objekt ohne ImportPath oder Dir ausgegeben: Es beschreibt kein Paket.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>It is not a Go program: go version -m found no Go build information in it (%1). Build it with go build, or pick the right file.</source>
        <translation>Es ist kein Go-Programm: go version -m hat darin keine Go-Build-Informationen gefunden (%1). Erstellen Sie es mit go build oder wählen Sie die richtige Datei.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>go version -m printed &quot;%1&quot;, which does not describe a Go program.</source>
        <translation>go version -m hat „%1“ ausgegeben, was kein Go-Programm beschreibt.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>It is not a Go program: go version -m found no Go build information in it. Build it with go build, or pick the right file.</source>
        <translation>Es ist kein Go-Programm: go version -m hat darin keine Go-Build-Informationen gefunden. Erstellen Sie es mit go build oder wählen Sie die richtige Datei.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The %1 binary does not record the platform it was built for (it was built by %2; Go records GOOS and GOARCH since Go 1.18), so it cannot be checked against %3. Rebuild it with a current Go.</source>
        <translation>Das %1-Binary vermerkt nicht, für welche Plattform es erstellt wurde (es wurde von %2 erstellt; Go vermerkt GOOS und GOARCH seit Go 1.18), daher kann es nicht gegen %3 geprüft werden. Erstellen Sie es mit einem aktuellen Go neu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>an unknown Go</source>
        <translation>ein unbekanntes Go</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The %1 binary is built for %2, but %3 is needed: started on %3 machines it would fail with &quot;exec format error&quot;. Rebuild it with GOOS=%4 GOARCH=%5.</source>
        <translation>Das %1-Binary ist für %2 erstellt, benötigt wird aber %3: Auf %3-Rechnern gestartet, würde es mit „exec format error“ scheitern. Erstellen Sie es mit GOOS=%4 GOARCH=%5 neu.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The %1 binary is built with CGO_ENABLED=1: it links the C library of the machine that built it, so Beam&apos;s worker containers can fail with glibc errors (Beam issue 24470). Rebuild it with CGO_ENABLED=0, or allow cgo (--cgo) if the pipeline needs C code.</source>
        <translation>Das %1-Binary ist mit CGO_ENABLED=1 erstellt: Es bindet die C-Bibliothek des Rechners ein, auf dem es erstellt wurde, daher können Beams Worker-Container mit glibc-Fehlern scheitern (Beam-Issue 24470). Erstellen Sie es mit CGO_ENABLED=0 neu oder erlauben Sie cgo (--cgo), wenn die Pipeline C-Code braucht.</translation>
    </message>
    <message>
        <location filename="../app/go/GoToolchain.cpp" line="+73"/>
        <source>No Go toolchain at %1: give the path of the go command (for example /usr/local/go/bin/go), or leave it empty to use the one on PATH.</source>
        <translation>Keine Go-Toolchain unter %1: Geben Sie den Pfad des go-Befehls an (zum Beispiel /usr/local/go/bin/go) oder lassen Sie das Feld leer, um den aus PATH zu verwenden.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No Go toolchain found on PATH or in the usual places. Install Go 1.%1 or newer from https://go.dev/dl/, or give the path of the go command with --go.</source>
        <translation>Keine Go-Toolchain in PATH oder an den üblichen Orten gefunden. Installieren Sie Go 1.%1 oder neuer von https://go.dev/dl/ oder geben Sie den Pfad des go-Befehls mit --go an.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 env -json failed: %2</source>
        <translation>%1 env -json ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 is too old: Beam Launcher needs Go 1.%2 or newer. Install a current release from https://go.dev/dl/.</source>
        <translation>%1 ist zu alt: Beam Launcher benötigt Go 1.%2 oder neuer. Installieren Sie eine aktuelle Version von https://go.dev/dl/.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>%1 is not a platform this Go toolchain can build for. Valid platforms (go tool dist list): %2.</source>
        <translation>%1 ist keine Plattform, für die diese Go-Toolchain erstellen kann. Gültige Plattformen (go tool dist list): %2.</translation>
    </message>
    <message>
        <location filename="../app/go/BinaryCheck.cpp" line="+31"/>
        <source>go version -m could not read the binary.</source>
        <translation>go version -m konnte das Binary nicht lesen.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 is not a Go program Beam Launcher can check (%2).</source>
        <translation>%1 ist kein Go-Programm, das Beam Launcher prüfen kann (%2).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is not a Go program: it holds no Go build information.</source>
        <translation>%1 ist kein Go-Programm: Es enthält keine Go-Build-Informationen.</translation>
    </message>
    <message>
        <location filename="../app/go/OldestSystem.cpp" line="+60"/>
        <source>The launcher for %1 needs at least %2: Go 1.%3&apos;s release notes say so, and Go %4&apos;s may ask for a newer one.</source>
        <translation>Der Launcher für %1 braucht mindestens %2: So steht es in den Release Notes von Go 1.%3, und die von Go %4 verlangen vielleicht eine neuere Version.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The launcher for %1 needs %2 or newer: the oldest that Go %3 supports (Go&apos;s release notes).</source>
        <translation>Der Launcher für %1 braucht %2 oder neuer: die älteste Version, die Go %3 unterstützt (laut den Release Notes von Go).</translation>
    </message>
    <message>
        <location filename="../app/go/PackageProbe.cpp" line="+42"/>
        <source>%1 is not a folder.</source>
        <translation>%1 ist kein Ordner.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Go could not be started: %1</source>
        <translation>Go konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Go cannot load the package: %1</source>
        <translation>Go kann das Paket nicht laden: %1</translation>
    </message>
    <message>
        <location filename="../app/go/Platform.cpp" line="+44"/>
        <source>&quot;%1&quot; is not a platform: write it as GOOS/GOARCH, for example linux/amd64.</source>
        <translation>„%1“ ist keine Plattform: Schreiben Sie sie als GOOS/GOARCH, zum Beispiel linux/amd64.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;%1&quot; is not a platform: GOOS and GOARCH are lower-case names such as linux/amd64 or darwin/arm64.</source>
        <translation>„%1“ ist keine Plattform: GOOS und GOARCH sind kleingeschriebene Namen wie linux/amd64 oder darwin/arm64.</translation>
    </message>
</context>
<context>
    <name>bl::jobs</name>
    <message>
        <location filename="../app/jobs/JobApiClient.cpp" line="+239"/>
        <source>no job service endpoint: give HOST:PORT, for example localhost:8073.</source>
        <translation>kein Job-Service-Endpunkt: Geben Sie HOST:PORT an, zum Beispiel localhost:8073.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is a URL: give the job service as HOST:PORT, for example localhost:8073.</source>
        <translation>„%1“ ist eine URL: Geben Sie den Job-Service als HOST:PORT an, zum Beispiel localhost:8073.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; has no port: give HOST:PORT, for example localhost:8073.</source>
        <translation>„%1“ hat keinen Port: Geben Sie HOST:PORT an, zum Beispiel localhost:8073.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; has no valid port (1-65535): give HOST:PORT.</source>
        <translation>„%1“ hat keinen gültigen Port (1-65535): Geben Sie HOST:PORT an.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>write an IPv6 address in brackets: [%1]:%2.</source>
        <translation>Schreiben Sie eine IPv6-Adresse in eckigen Klammern: [%1]:%2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is not a host name.</source>
        <translation>„%1“ ist kein Hostname.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>cannot reach the job service at %1 (%2)</source>
        <translation>Der Job-Service unter %1 ist nicht erreichbar (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the job service at %1 did not answer in time</source>
        <translation>Der Job-Service unter %1 hat nicht rechtzeitig geantwortet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the job service at %1 knows no such job (%2)</source>
        <translation>Der Job-Service unter %1 kennt keinen solchen Job (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the job service at %1 does not support this request (%2)</source>
        <translation>Der Job-Service unter %1 unterstützt diese Anfrage nicht (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the request to %1 was stopped</source>
        <translation>Die Anfrage an %1 wurde abgebrochen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the job service at %1 answered with an error: %2 (gRPC code %3)</source>
        <translation>Der Job-Service unter %1 hat mit einem Fehler geantwortet: %2 (gRPC-Code %3)</translation>
    </message>
    <message>
        <location line="+282"/>
        <source>no answer for %1 s</source>
        <translation>keine Antwort seit %1 s</translation>
    </message>
    <message>
        <source>no answer within %1 ms, twice</source>
        <translation type="vanished">zweimal keine Antwort innerhalb von %1 ms</translation>
    </message>
    <message>
        <location filename="../app/jobs/JobSupervisor.cpp" line="+22"/>
        <source>the runner did not confirm the cancel within %1 s</source>
        <translation>Der Runner hat den Abbruch nicht innerhalb von %1 s bestätigt</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+139"/>
        <source>the job had ended %1 already</source>
        <translation>Der Job war bereits mit %1 beendet</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>the job ended %1, not CANCELLED</source>
        <translation>Der Job endete mit %1, nicht CANCELLED</translation>
    </message>
    <message>
        <location filename="../app/jobs/JobApiClient.cpp" line="-104"/>
        <source>The job service at %1 has not answered for %2 s; it is given %3 s before it is taken for gone.</source>
        <translation>Der Job-Dienst unter %1 hat seit %2 s nicht geantwortet; er bekommt %3 s, bevor er als verschwunden gilt.</translation>
    </message>
    <message>
        <location filename="../app/jobs/JobSupervisor.cpp" line="+11"/>
        <source>the job service at %1 is gone (%2)</source>
        <translation>Der Job-Service unter %1 ist weg (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the job service at %1 cannot tell about job %2 (%3)</source>
        <translation>Der Job-Service unter %1 kann keine Auskunft über Job %2 geben (%3)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>the job was not submitted yet</source>
        <translation>Der Job wurde noch nicht übergeben</translation>
    </message>
    <message>
        <location filename="../app/jobs/FlinkRest.cpp" line="+75"/>
        <source>No Flink REST address: give HOST:PORT, for example %1.</source>
        <translation>Keine Flink-REST-Adresse: Geben Sie HOST:PORT an, zum Beispiel %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; is not a Flink REST address: give HOST:PORT, for example %2.</source>
        <translation>„%1“ ist keine Flink-REST-Adresse: Geben Sie HOST:PORT an, zum Beispiel %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is not an HTTP address: Flink&apos;s REST API is HTTP (http://HOST:PORT).</source>
        <translation>„%1“ ist keine HTTP-Adresse: Die REST-API von Flink spricht HTTP (http://HOST:PORT).</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>connection refused</source>
        <translation>Verbindung abgelehnt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>host %1 not found</source>
        <translation>Host %1 nicht gefunden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no answer within %1 s</source>
        <translation>keine Antwort innerhalb von %1 s</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No Flink REST API at %1: %2. Is the JobManager running? Set the Flink REST address in the profile.</source>
        <translation>Keine Flink-REST-API unter %1: %2. Läuft der JobManager? Legen Sie die Flink-REST-Adresse im Profil fest.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The Flink REST API at %1 answered HTTP %2 to %3: %4</source>
        <translation>Die Flink-REST-API unter %1 hat auf %3 mit HTTP %2 geantwortet: %4</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 answers, but not as Flink&apos;s REST API (its /config names no Flink version). Set the Flink REST address in the profile.</source>
        <translation>%1 antwortet, aber nicht als REST-API von Flink (ihre /config nennt keine Flink-Version). Legen Sie die Flink-REST-Adresse im Profil fest.</translation>
    </message>
    <message>
        <location filename="../app/jobs/JobGraph.cpp" line="+272"/>
        <source>Graphviz (its dot command) is not installed: it draws the job&apos;s graph.</source>
        <translation>Graphviz (sein Befehl dot) ist nicht installiert: Es zeichnet den Graphen des Jobs.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Graphviz (%1) did not start: %2</source>
        <translation>Graphviz (%1) ist nicht gestartet: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Graphviz took longer than %1 s to lay out the job&apos;s graph.</source>
        <translation>Graphviz hat länger als %1 s gebraucht, um den Graphen des Jobs anzuordnen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Graphviz could not lay out the job&apos;s graph: %1</source>
        <translation>Graphviz konnte den Graphen des Jobs nicht anordnen: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>1 element</source>
        <translation>1 Element</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 elements</source>
        <translation>%1 Elemente</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
</context>
<context>
    <name>bl::launch</name>
    <message>
        <location filename="../app/launch/BuildAhead.cpp" line="+281"/>
        <source>Build ahead is off</source>
        <translation>Vorab-Build ist aus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sources changed: building ahead shortly…</source>
        <translation>Quellen geändert: Vorab-Build beginnt gleich…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Building ahead…</source>
        <translation>Vorab-Build läuft…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Binaries up to date (built %1)</source>
        <translation>Binaries aktuell (erstellt um %1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Build ahead failed: press Build to see why</source>
        <translation>Vorab-Build fehlgeschlagen: Drücken Sie „Erstellen“, um den Grund zu sehen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Building ahead once process %1 no longer uses the binaries&apos; folder</source>
        <translation>Vorab-Build startet, sobald Prozess %1 den Ordner der Binaries nicht mehr verwendet</translation>
    </message>
    <message>
        <location filename="../app/launch/CgoCheck.cpp" line="+83"/>
        <source>%1 and %2 more</source>
        <translation>%1 und %2 weitere</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The pipeline depends on packages that use cgo (%1), and this build is without it (CGO_ENABLED=0): Go then builds them from their files for builds without cgo, which for some (go-sqlite3) are stubs that fail when the pipeline runs. If the pipeline needs them, build with cgo (--cgo; in the window, the profile&apos;s &quot;cgo&quot; box beside Build tags); each platform then needs a C compiler for it.</source>
        <translation>Die Pipeline hängt von Paketen ab, die cgo verwenden (%1), und dieser Build ist ohne cgo (CGO_ENABLED=0): Go baut sie dann aus ihren Dateien für Builds ohne cgo, die bei manchen (go-sqlite3) Platzhalter sind, die beim Lauf der Pipeline fehlschlagen. Braucht die Pipeline sie, bauen Sie mit cgo (--cgo; im Fenster das Kästchen „cgo“ des Profils neben den Build-Tags); jede Plattform braucht dann einen C-Compiler dafür.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>It says it needs cgo: build with cgo (--cgo; in the window, the profile&apos;s &quot;cgo&quot; box beside Build tags), with a C compiler for each platform.</source>
        <translation>Es sagt, dass es cgo braucht: bauen Sie mit cgo (--cgo; im Fenster das Kästchen „cgo“ des Profils neben den Build-Tags), mit einem C-Compiler für jede Plattform.</translation>
    </message>
    <message>
        <location filename="../app/launch/FirstLaunchCost.cpp" line="+99"/>
        <source>Go downloads %1 of the %2 modules the pipeline needs</source>
        <translation>Go lädt %1 der %2 Module herunter, die die Pipeline braucht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>compiles the Beam Go SDK %1 with its dependencies (the sample: about 800 packages, minutes on two cores)</source>
        <translation>kompiliert das Beam Go SDK %1 mit seinen Abhängigkeiten (das Beispiel: etwa 800 Pakete, Minuten auf zwei Kernen)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Beam Launcher builds Prism %1 and Beam&apos;s boot, once for this Beam version (a few minutes)</source>
        <translation>Beam Launcher baut Prism %1 und Beams boot, einmal für diese Beam-Version (einige Minuten)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>First launch on this computer: %1. Later launches reuse all of it.</source>
        <translation>Erster Start auf diesem Computer: %1. Spätere Starts verwenden all das wieder.</translation>
    </message>
    <message>
        <location filename="../app/launch/FlinkWorkerLogs.cpp" line="+82"/>
        <source>The TaskManagers&apos; logs cannot be read at the moment: %1</source>
        <translation>Die Logs der TaskManager können gerade nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 On Flink the workers&apos; lines go to the TaskManagers&apos; logs (in Flink&apos;s web page, or log/ of each TaskManager); set the runner option flink_rest_address to the JobManager&apos;s REST address to see them here.</source>
        <translation>%1 Auf Flink landen die Zeilen der Worker in den Logs der TaskManager (in der Webseite von Flink oder in log/ jedes TaskManagers); setzen Sie die Runner-Option flink_rest_address auf die REST-Adresse des JobManagers, um sie hier zu sehen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Flink %1 at %2: the TaskManagers&apos; logs, where the workers&apos; lines go, are followed.</source>
        <translation>Flink %1 unter %2: Die Logs der TaskManager, in denen die Zeilen der Worker landen, werden verfolgt.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Flink at %1 knows no job named %2: its page cannot be linked.</source>
        <translation>Flink unter %1 kennt keinen Job namens %2: Seine Seite kann nicht verlinkt werden.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Reading the workers&apos; last lines from the TaskManagers&apos; logs in %1 s (Flink serves a TaskManager&apos;s log as it was for up to %2 s)...</source>
        <translation>Die letzten Zeilen der Worker werden in %1 s aus den Logs der TaskManager gelesen (Flink liefert das Log eines TaskManagers bis zu %2 s lang so, wie es war)...</translation>
    </message>
    <message>
        <location filename="../app/launch/LaunchRun.cpp" line="+94"/>
        <source>Following job %1 through the job service at %2.</source>
        <translation>Job %1 wird über den Job-Service unter %2 verfolgt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Job %1 is %2 on the runner, but the launcher has not exited %3 s later: stopping it.</source>
        <translation>Job %1 ist auf dem Runner %2, aber der Launcher hat sich %3 s später noch nicht beendet: Er wird gestoppt.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The runner is gone: %1. Job %2 may or may not still run; the launcher ended with code %3.</source>
        <translation>Der Runner ist nicht mehr erreichbar: %1. Job %2 läuft vielleicht noch, vielleicht nicht; der Launcher endete mit Code %3.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The runner is gone: %1. Job %2 may or may not still run; the launcher is stopped.</source>
        <translation>Der Runner ist nicht mehr erreichbar: %1. Job %2 läuft möglicherweise noch; der Launcher wurde gestoppt.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the job</source>
        <translation>dem Job</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>job %1</source>
        <translation>Job %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A worker of %1 ended before the job did: %2.</source>
        <translation>Ein Worker von %1 wurde vor dem Job beendet: %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Its last error lines:</source>
        <translation>Seine letzten Fehlerzeilen:</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Cancelled before the launch.</source>
        <translation>Vor dem Start abgebrochen.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>The local Prism job server was not prepared.</source>
        <translation>Der lokale Prism-Job-Server wurde nicht vorbereitet.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>The workers run in the managed Prism&apos;s folder, not in %1: relative paths in the pipeline flags are passed as absolute paths:
  %2</source>
        <translation>Die Worker laufen im Ordner des verwalteten Prism, nicht in %1: Relative Pfade in den Pipeline-Flags werden als absolute Pfade übergeben:
  %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The launcher runs in %1; relative paths in its flags are read from there:
  %2</source>
        <translation>Der Launcher läuft in %1; relative Pfade in seinen Flags werden von dort aus gelesen:
  %2</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>It says two of its packages register the same protobuf file: an older Beam built with today&apos;s google.golang.org/protobuf does that. Launch with --env GOLANG_PROTOBUF_REGISTRATION_CONFLICT=warn (in the window, the profile&apos;s environment), or require the protobuf version of that Beam release in go.mod.</source>
        <translation>Es meldet, dass zwei seiner Pakete dieselbe protobuf-Datei registrieren: Das tut ein älteres Beam, das mit dem heutigen google.golang.org/protobuf gebaut wird. Starten Sie mit --env GOLANG_PROTOBUF_REGISTRATION_CONFLICT=warn (im Fenster: die Umgebung des Profils) oder verlangen Sie in go.mod die protobuf-Version dieses Beam-Releases.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The pipeline uses Beam&apos;s old module (github.com/apache/beam, before v2.26), whose generated protobuf files clash with today&apos;s google.golang.org/protobuf when the program starts: the launcher runs with %1=warn, protobuf&apos;s own switch for it.</source>
        <translation>Die Pipeline verwendet Beams altes Modul (github.com/apache/beam, vor v2.26), dessen generierte protobuf-Dateien beim Programmstart mit dem heutigen google.golang.org/protobuf kollidieren: Der Launcher läuft mit %1=warn, dem eigenen Schalter von protobuf dafür.</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+55"/>
        <source>Cancelling job %1 on the runner (%2)...</source>
        <translation>Job %1 wird auf dem Runner abgebrochen (%2)...</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Leaving job %1 running on the runner (%2); only the launcher stops.</source>
        <translation>Job %1 läuft auf dem Runner (%2) weiter; nur der Launcher wird gestoppt.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>no reason given</source>
        <translation>kein Grund angegeben</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Job %1 has been RUNNING for %2 s with no worker alive and no progress: the runner may be waiting for a worker that will not come.</source>
        <translation>Job %1 ist seit %2 s RUNNING, ohne lebenden Worker und ohne Fortschritt: Der Runner wartet vielleicht auf einen Worker, der nicht kommen wird.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancelling it, as --stall-timeout asks.</source>
        <translation>Er wird abgebrochen, wie --stall-timeout es verlangt.</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>No job reached the job service at %1: the launcher exited (code %2) without submitting one. Its output above may say why (a pipeline error it only logged, or a program that runs its pipeline itself instead of with beamx.Run).</source>
        <translation>Kein Job hat den Job-Service unter %1 erreicht: Der Launcher wurde beendet (Code %2), ohne einen zu übermitteln. Seine Ausgabe oben nennt vielleicht den Grund (ein Pipeline-Fehler, den er nur protokolliert hat, oder ein Programm, das seine Pipeline selbst ausführt statt mit beamx.Run).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Job %1 ended %2 on the runner, although the launcher exited with code 0.</source>
        <translation>Job %1 endete auf dem Runner mit %2, obwohl der Launcher mit Code 0 beendet wurde.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The launcher exited with code %1.</source>
        <translation>Der Launcher wurde mit Code %1 beendet.</translation>
    </message>
    <message>
        <location line="-17"/>
        <location line="+72"/>
        <source>Cancelled: the launcher and everything it started were stopped.</source>
        <translation>Abgebrochen: Der Launcher und alles, was er gestartet hat, wurden gestoppt.</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>The launcher crashed: %1</source>
        <translation>Der Launcher ist abgestürzt: %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Job %1 is CANCELLED on the runner.</source>
        <translation>Job %1 ist auf dem Runner CANCELLED.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The runner did not confirm that job %1 is cancelled (%2). It may still be running: check %3.</source>
        <translation>Der Runner hat nicht bestätigt, dass Job %1 abgebrochen ist (%2). Er läuft möglicherweise noch: Prüfen Sie %3.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cancelled: job %1 reached the runner as its launcher stopped, and was cancelled there.</source>
        <translation>Abgebrochen: Job %1 hat den Runner erreicht, als sein Launcher gestoppt wurde, und wurde dort abgebrochen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled here; job %1 reached the runner as its launcher stopped, and was not confirmed cancelled there.</source>
        <translation>Hier abgebrochen; Job %1 hat den Runner erreicht, als sein Launcher gestoppt wurde, und sein Abbruch dort wurde nicht bestätigt.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cancelled: job %1 was cancelled on the runner.</source>
        <translation>Abgebrochen: Job %1 wurde auf dem Runner abgebrochen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled here; job %1 was not confirmed cancelled on the runner.</source>
        <translation>Hier abgebrochen; der Abbruch von Job %1 auf dem Runner wurde nicht bestätigt.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+33"/>
        <source>Job %1 reached the runner as its launcher stopped: cancelling it there (%2)...</source>
        <translation>Job %1 hat den Runner erreicht, als sein Launcher gestoppt wurde: Er wird dort abgebrochen (%2)...</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Stopped: job %1 reached the runner as its launcher stopped, and had already ended %2 there.</source>
        <translation>Gestoppt: Job %1 hat den Runner erreicht, als sein Launcher gestoppt wurde, und war dort bereits mit %2 beendet.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Looking whether a job of the stopped launcher reached the runner (%1)...</source>
        <translation>Es wird geprüft, ob ein Job des gestoppten Launchers den Runner erreicht hat (%1)...</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Stopped: job %1 had already ended %2; its launcher was still running and was stopped.</source>
        <translation>Gestoppt: Job %1 war bereits mit %2 beendet; sein Launcher lief noch und wurde gestoppt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancelled: job %1 was cancelled on the runner, and the launcher stopped.</source>
        <translation>Abgebrochen: Job %1 wurde auf dem Runner abgebrochen, und der Launcher wurde gestoppt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled here: the launcher stopped. Job %1 was not confirmed cancelled on the runner.</source>
        <translation>Hier abgebrochen: Der Launcher wurde gestoppt. Der Abbruch von Job %1 auf dem Runner wurde nicht bestätigt.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Job %1 ended %2; its launcher had to be stopped.</source>
        <translation>Job %1 endete mit %2; sein Launcher musste gestoppt werden.</translation>
    </message>
    <message>
        <location filename="../app/launch/LaunchSession.cpp" line="+62"/>
        <location line="+228"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>%1 is not a folder: give the folder that holds the pipeline&apos;s main package.</source>
        <translation>%1 ist kein Ordner: Geben Sie den Ordner an, der das main-Paket der Pipeline enthält.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 has no Go files: give the folder of the pipeline&apos;s main package (the one with func main and beam.Init()).</source>
        <translation>%1 enthält keine Go-Dateien: Geben Sie den Ordner des main-Pakets der Pipeline an (das mit func main und beam.Init()).</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>Using %1 at %2</source>
        <translation>Verwende %1 unter %2</translation>
    </message>
    <message>
        <location line="+110"/>
        <location line="+13"/>
        <source>Go cannot load the package in %1:
%2</source>
        <translation>Go kann das Paket in %1 nicht laden:
%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 holds package %2, not package main: a pipeline is a program. Choose the folder of the package with func main() (it calls beam.Init()).</source>
        <translation>%1 enthält das Paket %2, nicht package main: Eine Pipeline ist ein Programm. Wählen Sie den Ordner des Pakets mit func main() (es ruft beam.Init() auf).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Package %1 does not import the Beam Go SDK (github.com/apache/beam/sdks/v2/go/pkg/beam, or github.com/apache/beam/sdks/go/pkg/beam before Beam&apos;s Go module): is this the pipeline&apos;s folder?</source>
        <translation>Das Paket %1 importiert das Beam Go SDK nicht (github.com/apache/beam/sdks/v2/go/pkg/beam, oder github.com/apache/beam/sdks/go/pkg/beam vor dem Go-Modul von Beam): Ist das der Ordner der Pipeline?</translation>
    </message>
    <message>
        <location line="+152"/>
        <source>The pipeline defines no flag -%1 (its --help lists none by that name): Go&apos;s flag package will refuse it and the launcher will stop.</source>
        <translation>Die Pipeline definiert kein Flag -%1 (ihr --help nennt keines mit diesem Namen): Gos flag-Paket wird es ablehnen und der Launcher wird anhalten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The pipeline defines no flag -%1; did you mean -%2? Go&apos;s flag package will refuse -%1 and the launcher will stop.</source>
        <translation>Die Pipeline definiert kein Flag -%1; meinten Sie -%2? Gos flag-Paket wird -%1 ablehnen und der Launcher wird anhalten.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This program runs its pipeline itself, in this process: it defines no --runner flag (its main calls a runner such as direct.Execute instead of beamx.Run), so no job goes to a runner. It is started without the runner settings (runner %1, endpoint, environment%2).</source>
        <translation>Dieses Programm führt seine Pipeline selbst aus, in diesem Prozess: Es definiert kein --runner-Flag (seine main ruft einen Runner wie direct.Execute auf statt beamx.Run), daher geht kein Job an einen Runner. Es wird ohne die Runner-Einstellungen gestartet (Runner %1, Endpunkt, Umgebung%2).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>, the local Prism job server</source>
        <translation>, lokaler Prism-Job-Server</translation>
    </message>
    <message>
        <source>Package %1 does not import the Beam Go SDK (github.com/apache/beam/sdks/v2): is this the pipeline&apos;s folder?</source>
        <translation type="vanished">Das Paket %1 importiert das Beam Go SDK (github.com/apache/beam/sdks/v2) nicht: Ist das der Ordner der Pipeline?</translation>
    </message>
    <message>
        <location line="-109"/>
        <source>Both binaries are up to date: built at %1 from the sources and settings as they are now; nothing to build.</source>
        <translation>Beide Binaries sind aktuell: um %1 aus den Quellen und Einstellungen in ihrem jetzigen Stand erstellt; es gibt nichts zu erstellen.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Cancelled: both builds were stopped and no binary was kept.</source>
        <translation>Abgebrochen: Beide Builds wurden gestoppt und kein Binary wurde behalten.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>%1 is not a file: give both --launcher-binary and --worker-binary as paths to built binaries.</source>
        <translation type="vanished">%1 ist keine Datei: Geben Sie sowohl --launcher-binary als auch --worker-binary als Pfade zu erstellten Binaries an.</translation>
    </message>
    <message>
        <source>%1 refused before launch: %2</source>
        <translation type="vanished">%1 vor dem Start abgelehnt: %2</translation>
    </message>
    <message>
        <location filename="../app/launch/LaunchLogFile.cpp" line="+49"/>
        <source>The launch log %1 cannot be written any more (%2): the output is still shown here.</source>
        <translation>Das Start-Protokoll %1 kann nicht mehr geschrieben werden (%2): Die Ausgabe wird weiterhin hier angezeigt.</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Cannot write the log file %1: %2</source>
        <translation>Die Logdatei %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../app/launch/LaunchSpec.cpp" line="+36"/>
        <source>Choose the runner in the Runner field (--runner), not as a pipeline flag.</source>
        <translation>Wählen Sie den Runner im Feld „Runner“ (--runner), nicht als Pipeline-Flag.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set the job service address in the Endpoint field (--endpoint), not as a pipeline flag.</source>
        <translation>Geben Sie die Adresse des Job-Service im Feld „Endpunkt“ an (--endpoint), nicht als Pipeline-Flag.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Beam Launcher builds the worker and passes --worker_binary itself; to use a binary of your own, set the prebuilt worker binary (--worker-binary) instead of a pipeline flag.</source>
        <translation>Beam Launcher erstellt den Worker und übergibt --worker_binary selbst; um ein eigenes Binary zu verwenden, geben Sie statt eines Pipeline-Flags das vorgefertigte Worker-Binary an (--worker-binary).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set the environment type in the Environment type field (--environment-type), not as a pipeline flag.</source>
        <translation>Geben Sie den Umgebungstyp im Feld „Umgebungstyp“ an (--environment-type), nicht als Pipeline-Flag.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set the environment config in the Environment config field (--environment-config), not as a pipeline flag.</source>
        <translation>Geben Sie die Umgebungskonfiguration im Feld „Umgebungskonfiguration“ an (--environment-config), nicht als Pipeline-Flag.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The %1 platform is not valid: %2</source>
        <translation>Die %1-Plattform ist ungültig: %2</translation>
    </message>
    <message>
        <location line="+157"/>
        <source>The endpoint is empty: write it as HOST:PORT, for example localhost:8099.</source>
        <translation>Der Endpunkt ist leer: Schreiben Sie ihn als HOST:PORT, zum Beispiel localhost:8099.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the endpoint &quot;%1&quot; as HOST:PORT without a scheme, for example localhost:8099.</source>
        <translation>Schreiben Sie den Endpunkt „%1“ als HOST:PORT ohne Schema, zum Beispiel localhost:8099.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Write an IPv6 endpoint as [ADDRESS]:PORT, for example [::1]:8099.</source>
        <translation>Schreiben Sie einen IPv6-Endpunkt als [ADDRESS]:PORT, zum Beispiel [::1]:8099.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; is not an IPv6 address.</source>
        <translation>„%1“ ist keine IPv6-Adresse.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The endpoint &quot;%1&quot; has no port: write it as HOST:PORT, for example %1:8099.</source>
        <translation>Der Endpunkt „%1“ hat keinen Port: Schreiben Sie ihn als HOST:PORT, zum Beispiel %1:8099.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Put an IPv6 address in brackets: [%1]:%2.</source>
        <translation>Setzen Sie eine IPv6-Adresse in eckige Klammern: [%1]:%2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is not a host name or address: write the endpoint as HOST:PORT, for example localhost:8099.</source>
        <translation>„%1“ ist kein Hostname und keine Adresse: Schreiben Sie den Endpunkt als HOST:PORT, zum Beispiel localhost:8099.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; is not a port: use a number from 1 to 65535.</source>
        <translation>„%1“ ist kein Port: Verwenden Sie eine Zahl von 1 bis 65535.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The secret %1 contains a NUL character: the system would cut the value short there. Give the value without it.</source>
        <translation>Das Geheimnis %1 enthält ein NUL-Zeichen: Das System würde den Wert dort abschneiden. Geben Sie den Wert ohne dieses Zeichen an.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The value of %1 contains a NUL character: the system would cut it short there. Give the value without it.</source>
        <translation>Der Wert von %1 enthält ein NUL-Zeichen: Das System würde ihn dort abschneiden. Geben Sie den Wert ohne dieses Zeichen an.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The secret %1 is %2 KiB long; secrets may be at most %3 KiB (a launcher could not even start with it). Store a file&apos;s path, or a reference to it, instead.</source>
        <translation>Das Geheimnis %1 ist %2 KiB lang; Geheimnisse dürfen höchstens %3 KiB lang sein (ein Launcher könnte damit nicht einmal starten). Speichern Sie stattdessen den Pfad einer Datei oder einen Verweis darauf.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The value of %1 is %2 KiB long; environment values may be at most %3 KiB (a launcher could not even start with it). Pass a file&apos;s path instead.</source>
        <translation>Der Wert von %1 ist %2 KiB lang; Umgebungswerte dürfen höchstens %3 KiB lang sein (ein Launcher könnte damit nicht einmal starten). Übergeben Sie stattdessen den Pfad einer Datei.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Choose the folder of the pipeline&apos;s main package.</source>
        <translation>Wählen Sie den Ordner des main-Pakets der Pipeline.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A prebuilt worker binary is set but no launcher binary: give both prebuilt binaries, or neither to build them.</source>
        <translation>Ein vorgefertigtes Worker-Binary ist angegeben, aber kein Launcher-Binary: Geben Sie beide vorgefertigten Binaries an oder keines, um sie zu erstellen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A prebuilt launcher binary is set but no worker binary: give both prebuilt binaries, or neither to build them.</source>
        <translation>Ein vorgefertigtes Launcher-Binary ist angegeben, aber kein Worker-Binary: Geben Sie beide vorgefertigten Binaries an oder keines, um sie zu erstellen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>launcher</source>
        <translation>Launcher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>worker</source>
        <translation>Worker</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Beam&apos;s runners start workers on Linux, but the worker is set to %1: use linux/amd64 (or linux/arm64 for Arm machines) unless your runner really runs %2 workers.</source>
        <translation>Beams Runner starten Worker unter Linux, aber der Worker ist auf %1 eingestellt: Verwenden Sie linux/amd64 (oder linux/arm64 für Arm-Rechner), es sei denn, Ihr Runner führt wirklich %2-Worker aus.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose a runner, for example prism to run on this computer.</source>
        <translation>Wählen Sie einen Runner, zum Beispiel prism, um auf diesem Computer auszuführen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Beam knows no runner &quot;%1&quot;: did you mean %2? &quot;%1&quot; is passed to the launcher as given.</source>
        <translation>Beam kennt keinen Runner „%1“: Meinten Sie %2? „%1“ wird unverändert an den Launcher übergeben.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Beam Launcher does not know the runner &quot;%1&quot;; it is passed to the launcher as given. Check the spelling if the launch fails.</source>
        <translation>Beam Launcher kennt den Runner „%1“ nicht; er wird unverändert an den Launcher übergeben. Prüfen Sie die Schreibweise, falls der Start fehlschlägt.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A local Prism job server runs Prism jobs: choose the prism runner (or universal for a Beam SDK older than Prism), or turn the local job server off.</source>
        <translation>Ein lokaler Prism-Job-Server führt Prism-Jobs aus: Wählen Sie den Runner prism (oder universal für ein Beam SDK, das älter als Prism ist), oder schalten Sie den lokalen Job-Server aus.</translation>
    </message>
    <message>
        <source>A local Prism job server runs Prism jobs: choose the prism runner, or turn the local job server off.</source>
        <translation type="vanished">Ein lokaler Prism-Job-Server führt Prism-Jobs aus: Wählen Sie den Runner prism, oder schalten Sie den lokalen Job-Server aus.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The local Prism job server gets an endpoint of its own: clear the endpoint, or turn the local job server off to use the job service at %1.</source>
        <translation>Der lokale Prism-Job-Server bekommt einen eigenen Endpunkt: Leeren Sie den Endpunkt, oder schalten Sie den lokalen Job-Server aus, um den Job-Service unter %1 zu verwenden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The local Prism job server is built for the Beam version the pipeline&apos;s go.mod requires: give the pipeline&apos;s folder too.</source>
        <translation>Der lokale Prism-Job-Server wird für die Beam-Version erstellt, die die go.mod der Pipeline verlangt: Geben Sie auch den Ordner der Pipeline an.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The %1 runner needs the address of its job service: give --endpoint HOST:PORT (its job server listens on port %2 by default, so localhost:%2 when it runs on this computer).</source>
        <translation>Der Runner %1 braucht die Adresse seines Job-Service: Geben Sie --endpoint HOST:PORT an (sein Job-Server lauscht standardmäßig auf Port %2, also localhost:%2, wenn er auf diesem Computer läuft).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The %1 runner does not use a job service endpoint: %2 is passed on but has no effect. Clear the endpoint unless you know it is needed.</source>
        <translation>Der Runner %1 verwendet keinen Job-Service-Endpunkt: %2 wird weitergegeben, hat aber keine Wirkung. Leeren Sie den Endpunkt, es sei denn, Sie wissen, dass er benötigt wird.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;%1&quot; is not an environment type: use one of %2 (Beam would silently use DOCKER instead).</source>
        <translation>„%1“ ist kein Umgebungstyp: Verwenden Sie einen von %2 (Beam würde stillschweigend DOCKER verwenden).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The %1 runner does not use an environment type; %2 has no effect.</source>
        <translation>Der Runner %1 verwendet keinen Umgebungstyp; %2 hat keine Wirkung.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The %1 runner is not used with %2 workers; it supports %3.</source>
        <translation>Der Runner %1 wird nicht mit %2-Workern verwendet; er unterstützt %3.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>PROCESS workers need a JSON object as environment config naming the command that starts them, for example {&quot;command&quot;: &quot;/opt/apache/beam/boot&quot;}.</source>
        <translation>PROCESS-Worker brauchen als Umgebungskonfiguration ein JSON-Objekt mit dem Befehl, der sie startet, zum Beispiel {&quot;command&quot;: &quot;/opt/apache/beam/boot&quot;}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The PROCESS environment config has no &quot;command&quot;: add the program that starts a worker, for example {&quot;command&quot;: &quot;/opt/apache/beam/boot&quot;}.</source>
        <translation>Die PROCESS-Umgebungskonfiguration hat kein &quot;command&quot;: Fügen Sie das Programm hinzu, das einen Worker startet, zum Beispiel {&quot;command&quot;: &quot;/opt/apache/beam/boot&quot;}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>EXTERNAL workers need the address of their worker pool as environment config, for example localhost:50000.</source>
        <translation>EXTERNAL-Worker brauchen als Umgebungskonfiguration die Adresse ihres Worker-Pools, zum Beispiel localhost:50000.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A launch setting (%1) contains a NUL character: the launcher would get it cut short. Remove it.</source>
        <translation>Eine Start-Einstellung (%1) enthält ein NUL-Zeichen: Der Launcher würde sie abgeschnitten erhalten. Entfernen Sie es.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The runner option %1 contains a NUL character: the launcher would get it cut short. Remove it.</source>
        <translation>Die Runner-Option %1 enthält ein NUL-Zeichen: Der Launcher würde sie abgeschnitten erhalten. Entfernen Sie es.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>--%1 is not an option of the %2 runner and is not passed; add it to the pipeline flags if the pipeline needs it.</source>
        <translation>--%1 ist keine Option des Runners %2 und wird nicht übergeben; fügen Sie es den Pipeline-Flags hinzu, wenn die Pipeline es braucht.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&quot;%1&quot; is not an environment variable name: use letters, digits and _, not starting with a digit.</source>
        <translation>„%1“ ist kein Name für eine Umgebungsvariable: Verwenden Sie Buchstaben, Ziffern und _, nicht mit einer Ziffer am Anfang.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The environment variable %1 is set twice: remove one of them.</source>
        <translation>Die Umgebungsvariable %1 ist doppelt gesetzt: Entfernen Sie eine davon.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 looks like a secret, but its value is stored in plain text in the profile and shown in the command line. Make it a secret instead: `beam-launcher profiles set-secret PROFILE %1` (it reads the value from standard input, and keeps it in the keychain).</source>
        <translation>%1 sieht wie ein Geheimnis aus, aber sein Wert ist im Klartext im Profil gespeichert und wird in der Befehlszeile angezeigt. Machen Sie es stattdessen zu einem Geheimnis: `beam-launcher profiles set-secret PROFILE %1` (liest den Wert von der Standardeingabe und speichert ihn im Schlüsselbund).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The pipeline flag &quot;%1&quot; contains a NUL character: the launcher would get it cut short there (&quot;%2&quot;). Remove it.</source>
        <translation>Das Pipeline-Flag „%1“ enthält ein NUL-Zeichen: Der Launcher würde es dort abgeschnitten erhalten („%2“). Entfernen Sie es.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A pipeline flag contains the value of the secret variable %1: flags are visible to anyone who can list processes and in the runner&apos;s console. Let the pipeline read %1 from its environment instead.</source>
        <translation>Ein Pipeline-Flag enthält den Wert der geheimen Variable %1: Flags sind für jeden sichtbar, der Prozesse auflisten kann, und in der Konsole des Runners. Lassen Sie die Pipeline %1 stattdessen aus ihrer Umgebung lesen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The pipeline flag &quot;%1&quot; does not start with -: write each flag as --name=value.</source>
        <translation>Das Pipeline-Flag „%1“ beginnt nicht mit -: Schreiben Sie jedes Flag als --name=value.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--%1 is an option of the %2 runner: set it among the runner&apos;s options so it is checked and not passed twice.</source>
        <translation>--%1 ist eine Option des Runners %2: Setzen Sie es bei den Runner-Optionen, damit es geprüft und nicht doppelt übergeben wird.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The pipeline flag --%1 contains the value of the secret variable %2: flags are visible to anyone who can list processes and in the runner&apos;s console. Let the pipeline read %2 from its environment instead.</source>
        <translation>Das Pipeline-Flag --%1 enthält den Wert der geheimen Variable %2: Flags sind für jeden sichtbar, der Prozesse auflisten kann, und in der Konsole des Runners. Lassen Sie die Pipeline %2 stattdessen aus ihrer Umgebung lesen.</translation>
    </message>
    <message>
        <location filename="../app/launch/OutputLock.cpp" line="+42"/>
        <source>The output folder %1 is in use by another build or launch (process %2 on %3): it runs the binaries this build would replace. Give this one another --out, or wait until the other ends.</source>
        <translation>Der Ausgabeordner %1 wird von einem anderen Build oder Start verwendet (Prozess %2 auf %3): Er führt die Binaries aus, die dieser Build ersetzen würde. Geben Sie diesem Vorgang ein anderes --out, oder warten Sie, bis der andere endet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The output folder %1 is in use by another build or launch (process %2 on %3): its binaries would replace this one&apos;s. Give this one another --out, or wait until the other ends.</source>
        <translation>Der Ausgabeordner %1 wird von einem anderen Build oder Start verwendet (Prozess %2 auf %3): Dessen Binaries würden die dieses Vorgangs ersetzen. Geben Sie diesem Vorgang ein anderes --out, oder warten Sie, bis der andere endet.</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Cannot lock the output folder %1: check its permissions and free space, or give another --out.</source>
        <translation>Der Ausgabeordner %1 kann nicht gesperrt werden: Prüfen Sie seine Berechtigungen und den freien Speicherplatz, oder geben Sie ein anderes --out an.</translation>
    </message>
    <message>
        <location filename="../app/launch/Paths.cpp" line="+68"/>
        <source>Cannot create the folder %1: check the path and its permissions, or choose another folder.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden: Prüfen Sie den Pfad und seine Berechtigungen oder wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot write in the folder %1 (%2): check its permissions and free space, or choose another folder.</source>
        <translation>In den Ordner %1 kann nicht geschrieben werden (%2): Prüfen Sie seine Berechtigungen und den freien Speicherplatz oder wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>%1 is a system, root or home folder: Beam Launcher does not write its binaries there. Give --out a folder of its own, for example %2, or leave --out out to use the cache folder.</source>
        <translation>%1 ist ein System-, Root- oder Home-Ordner: Beam Launcher schreibt seine Binaries nicht dorthin. Geben Sie --out einen eigenen Ordner, zum Beispiel %2, oder lassen Sie --out weg, um den Cache-Ordner zu verwenden.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The output folder %1 holds other things (%2): Beam Launcher writes six files there and replaces any of the same names. Give an empty or new folder, or add --force-out to write there anyway.</source>
        <translation>Der Ausgabeordner %1 enthält andere Dinge (%2): Beam Launcher schreibt dort sechs Dateien und ersetzt alle mit gleichem Namen. Geben Sie einen leeren oder neuen Ordner an, oder fügen Sie --force-out hinzu, um trotzdem dorthin zu schreiben.</translation>
    </message>
    <message>
        <location filename="../app/launch/Preflight.cpp" line="+24"/>
        <source>no answer within %1 s</source>
        <translation>keine Antwort innerhalb von %1 s</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The job service on this machine would start the workers in Docker (environment type DOCKER), but there is no docker command here. Install Docker, or choose the PROCESS or LOOPBACK environment type.</source>
        <translation>Der Job-Service auf diesem Rechner würde die Worker in Docker starten (Umgebungstyp DOCKER), aber hier gibt es keinen docker-Befehl. Installieren Sie Docker oder wählen Sie den Umgebungstyp PROCESS oder LOOPBACK.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The PROCESS environment&apos;s command %1 %2: the runner on this machine runs it to start each worker. Give the path of an executable, usually Beam&apos;s Go boot program.</source>
        <translation>Der Befehl %1 der PROCESS-Umgebung %2: Der Runner auf diesem Rechner führt ihn aus, um jeden Worker zu starten. Geben Sie den Pfad einer ausführbaren Datei an, meist Beams Go-Boot-Programm.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>is not executable</source>
        <translation>ist nicht ausführbar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>does not exist</source>
        <translation>existiert nicht</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>In-process Prism serves its job service on every network interface of this machine while the job runs: anyone who can reach this machine could submit a job to it, and a job can run programs as you. Turn on &quot;Start a local Prism job server&quot; (--local-job-server): that one is reachable from this machine only.</source>
        <translation>Prism im Prozess stellt seinen Job-Service auf jeder Netzwerkschnittstelle dieses Rechners bereit, solange der Job läuft: Jeder, der diesen Rechner erreichen kann, könnte ihm einen Job übergeben, und ein Job kann Programme unter Ihrem Benutzer ausführen. Schalten Sie „Lokalen Prism-Job-Server starten“ ein (--local-job-server): Dieser ist nur von diesem Rechner aus erreichbar.</translation>
    </message>
    <message>
        <source>In-process Prism serves its job service on every network interface of this machine while the job runs: anyone who can reach this machine could submit a job to it, and a job can run programs as you. Run it on a network you trust, or give a job service endpoint on this machine.</source>
        <translation type="vanished">Prism im Prozess stellt seinen Job-Service auf jeder Netzwerkschnittstelle dieses Rechners bereit, solange der Job läuft: Jeder, der diesen Rechner erreichen kann, könnte ihm einen Job übergeben, und ein Job kann Programme unter Ihrem Benutzer ausführen. Verwenden Sie ihn nur in einem Netz, dem Sie vertrauen, oder geben Sie den Endpunkt eines Job-Service auf diesem Rechner an.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The job service on %1 runs the PROCESS command %2 on its own machine, once for every worker: make sure it exists there and is what you mean to run there.</source>
        <translation>Der Job-Service auf %1 führt den PROCESS-Befehl %2 auf seinem eigenen Rechner aus, einmal für jeden Worker: Stellen Sie sicher, dass er dort existiert und das ist, was Sie dort ausführen wollen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(none given)</source>
        <translation>(keiner angegeben)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The link to the job service on %1 is not encrypted (Beam&apos;s Go SDK talks to job services without TLS): the pipeline, its options and the worker binary cross the network in the clear, and whoever can reach that port can submit jobs. Use a trusted network or an SSH tunnel to a port on this machine.</source>
        <translation>Die Verbindung zum Job-Service auf %1 ist nicht verschlüsselt (das Go SDK von Beam spricht ohne TLS mit Job-Services): Die Pipeline, ihre Optionen und das Worker-Binary gehen im Klartext über das Netzwerk, und wer diesen Port erreichen kann, kann Jobs übergeben. Verwenden Sie ein vertrauenswürdiges Netzwerk oder einen SSH-Tunnel zu einem Port auf diesem Rechner.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source> The %1 job service listens on port %2 unless told otherwise.</source>
        <translation> Der Job-Service von %1 lauscht auf Port %2, sofern nicht anders angegeben.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing answers at %1 (%2). Start the job service, or check the host and port.%3</source>
        <translation>Unter %1 antwortet nichts (%2). Starten Sie den Job-Service oder prüfen Sie Host und Port.%3</translation>
    </message>
    <message>
        <location filename="../app/launch/RunnerCatalog.cpp" line="+80"/>
        <source>Runner &quot;%1&quot; has an option named &quot;%2&quot;: option names are lower-case flag names such as staging_location.</source>
        <translation>Der Runner „%1“ hat eine Option namens „%2“: Optionsnamen sind kleingeschriebene Flag-Namen wie staging_location.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Runner &quot;%1&quot; declares option &quot;%2&quot;, which has its own field.</source>
        <translation>Der Runner „%1“ deklariert die Option „%2“, die ein eigenes Feld hat.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Option &quot;%1&quot; of runner &quot;%2&quot; has the unknown type &quot;%3&quot;; use one of %4.</source>
        <translation>Die Option „%1“ des Runners „%2“ hat den unbekannten Typ „%3“; verwenden Sie einen von %4.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The pattern of option &quot;%1&quot; of runner &quot;%2&quot; does not compile: %3.</source>
        <translation>Das Muster der Option „%1“ des Runners „%2“ lässt sich nicht kompilieren: %3.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Option &quot;%1&quot; of runner &quot;%2&quot; is an enum without values.</source>
        <translation>Die Option „%1“ des Runners „%2“ ist ein Enum ohne Werte.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Option &quot;%1&quot; of runner &quot;%2&quot; needs an int type and both min &lt;= max for its range.</source>
        <translation>Die Option „%1“ des Runners „%2“ braucht für ihren Bereich den Typ int sowie min und max mit min &lt;= max.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The default of option &quot;%1&quot; of runner &quot;%2&quot; is not valid: %3</source>
        <translation>Der Standardwert der Option „%1“ des Runners „%2“ ist ungültig: %3</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--%1 is required: %2</source>
        <translation>--%1 ist erforderlich: %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>enter a value.</source>
        <translation>Geben Sie einen Wert ein.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--%1 must be a whole number, not &quot;%2&quot;.</source>
        <translation>--%1 muss eine ganze Zahl sein, nicht „%2“.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--%1 must be between %2 and %3; %4 is out of range.</source>
        <translation>--%1 muss zwischen %2 und %3 liegen; %4 liegt außerhalb des Bereichs.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--%1 is true or false, not &quot;%2&quot;.</source>
        <translation>--%1 ist true oder false, nicht „%2“.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--%1 must be one of %2, not &quot;%3&quot;.</source>
        <translation>--%1 muss einer von %2 sein, nicht „%3“.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--%1 must be JSON, for example {&quot;key&quot;: &quot;value&quot;}: %2 at character %3.</source>
        <translation>--%1 muss JSON sein, zum Beispiel {&quot;key&quot;: &quot;value&quot;}: %2 bei Zeichen %3.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; is not a valid value for --%2. %3</source>
        <translation>„%1“ ist kein gültiger Wert für --%2. %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the runner&apos;s documentation.</source>
        <translation>Sehen Sie in der Dokumentation des Runners nach.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The runner catalog is not a JSON object (%1 at offset %2).</source>
        <translation>Der Runner-Katalog ist kein JSON-Objekt (%1 an Position %2).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The runner catalog has schema %1; this version reads schema 1.</source>
        <translation>Der Runner-Katalog hat Schema %1; diese Version liest Schema 1.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Environment type &quot;%1&quot; of the runner catalog is empty, not upper-case or listed twice.</source>
        <translation>Der Umgebungstyp „%1“ des Runner-Katalogs ist leer, nicht in Großbuchstaben oder doppelt aufgeführt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The runner catalog lists no environment types.</source>
        <translation>Der Runner-Katalog führt keine Umgebungstypen auf.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The runner catalog lists no runners.</source>
        <translation>Der Runner-Katalog führt keine Runner auf.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Runner name &quot;%1&quot; is not a lower-case word.</source>
        <translation>Der Runner-Name „%1“ ist kein kleingeschriebenes Wort.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Runner name &quot;%1&quot; appears twice in the runner catalog.</source>
        <translation>Der Runner-Name „%1“ kommt im Runner-Katalog zweimal vor.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Runner &quot;%1&quot; has endpoint &quot;%2&quot;; use none, optional or required.</source>
        <translation>Der Runner „%1“ hat den Endpunkt „%2“; verwenden Sie none, optional oder required.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Runner &quot;%1&quot; has a port outside 1-65535.</source>
        <translation>Der Runner „%1“ hat einen Port außerhalb von 1-65535.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Runner &quot;%1&quot; needs an endpoint, so it must name its default port.</source>
        <translation>Der Runner „%1“ braucht einen Endpunkt, daher muss er seinen Standardport angeben.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Runner &quot;%1&quot; lists the unknown environment type &quot;%2&quot;.</source>
        <translation>Der Runner „%1“ führt den unbekannten Umgebungstyp „%2“ auf.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The default environment type &quot;%1&quot; of runner &quot;%2&quot; is not among its environment types.</source>
        <translation>Der Standard-Umgebungstyp „%1“ des Runners „%2“ gehört nicht zu seinen Umgebungstypen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Runner &quot;%1&quot; declares option &quot;%2&quot; twice.</source>
        <translation>Der Runner „%1“ deklariert die Option „%2“ zweimal.</translation>
    </message>
</context>
<context>
    <name>bl::pipeline</name>
    <message numerus="yes">
        <location filename="../app/pipeline/PipelineFinder.cpp" line="+48"/>
        <source> and %n more</source>
        <translation>
            <numerusform> und %n weitere</numerusform>
            <numerusform> und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Found the pipeline %1 in %2.</source>
        <translation>Pipeline %1 in %2 gefunden.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%1 holds %n Beam pipelines: %2. Choose one.</source>
        <translation>
            <numerusform>%1 enthält %n Beam-Pipeline: %2. Wählen Sie eine aus.</numerusform>
            <numerusform>%1 enthält %n Beam-Pipelines: %2. Wählen Sie eine aus.</numerusform>
        </translation>
    </message>
    <message>
        <source>No Beam pipeline under %1: its main packages (%2) do not import the Beam Go SDK (github.com/apache/beam/sdks/v2/go/pkg/beam).</source>
        <translation type="vanished">Keine Beam-Pipeline unter %1: Seine main-Pakete (%2) importieren das Beam Go SDK nicht (github.com/apache/beam/sdks/v2/go/pkg/beam).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No Beam pipeline under %1: its main packages (%2) are Beam&apos;s own tools (runners, boot programs), not pipelines.</source>
        <translation>Keine Beam-Pipeline unter %1: Seine main-Pakete (%2) sind Beams eigene Werkzeuge (Runner, boot-Programme), keine Pipelines.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No Beam pipeline under %1: its main packages (%2) do not import the Beam Go SDK (github.com/apache/beam/sdks/v2/go/pkg/beam, or github.com/apache/beam/sdks/go/pkg/beam before Beam&apos;s Go module).</source>
        <translation>Keine Beam-Pipeline unter %1: Seine main-Pakete (%2) importieren das Beam Go SDK nicht (github.com/apache/beam/sdks/v2/go/pkg/beam, oder github.com/apache/beam/sdks/go/pkg/beam vor dem Go-Modul von Beam).</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>No Beam pipeline under %1: its %n Go package(s) are libraries, none of them is a main package.</source>
        <translation>
            <numerusform>Keine Beam-Pipeline unter %1: Sein %n Go-Paket ist eine Bibliothek, kein main-Paket.</numerusform>
            <numerusform>Keine Beam-Pipeline unter %1: Seine %n Go-Pakete sind Bibliotheken, keines davon ist ein main-Paket.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No Beam pipeline: %1 holds no Go package.</source>
        <translation>Keine Beam-Pipeline: %1 enthält kein Go-Paket.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not inside a Go module, but these folders in it are: %2. Choose one of them, or add a go.work that uses them.</source>
        <translation>%1 liegt nicht in einem Go-Modul, aber diese Ordner darin schon: %2. Wählen Sie einen davon aus, oder fügen Sie eine go.work hinzu, die sie verwendet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not inside a Go module: there is no go.mod (or go.work) in it or in a folder above. Choose the folder of the pipeline&apos;s module, or run `go mod init` there.</source>
        <translation>%1 liegt nicht in einem Go-Modul: Weder darin noch in einem übergeordneten Ordner gibt es eine go.mod (oder go.work). Wählen Sie den Ordner des Moduls der Pipeline, oder führen Sie dort `go mod init` aus.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Go could not list the packages under %1: %2</source>
        <translation>Go konnte die Pakete unter %1 nicht auflisten: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+182"/>
        <source>--package %1 matches %n pipelines under %2; give one&apos;s whole import path or its folder:</source>
        <translation>
            <numerusform>--package %1 passt auf %n Pipeline unter %2; geben Sie ihren vollständigen Importpfad oder ihren Ordner an:</numerusform>
            <numerusform>--package %1 passt auf %n Pipelines unter %2; geben Sie den vollständigen Importpfad oder den Ordner einer davon an:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%1 is none of the %n pipelines under %2; give one&apos;s import path or folder:</source>
        <translation>
            <numerusform>%1 ist nicht die Pipeline unter %2 (%n insgesamt); geben Sie ihren Importpfad oder Ordner an:</numerusform>
            <numerusform>%1 ist keine der %n Pipelines unter %2; geben Sie den Importpfad oder Ordner einer davon an:</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is none of the pipelines under %2: %3.</source>
        <translation type="vanished">%1 ist keine der Pipelines unter %2: %3.</translation>
    </message>
    <message>
        <location line="+28"/>
        <location filename="../app/pipeline/PipelineFlagsReader.cpp" line="+61"/>
        <source>%1 is not a folder.</source>
        <translation>%1 ist kein Ordner.</translation>
    </message>
    <message numerus="yes">
        <location line="+35"/>
        <source>%n package(s) listed…</source>
        <translation>
            <numerusform>%n Paket aufgelistet…</numerusform>
            <numerusform>%n Pakete aufgelistet…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Go could not be started: %1</source>
        <translation>Go konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Looking for Beam pipelines under %1…</source>
        <translation>Suche nach Beam-Pipelines unter %1…</translation>
    </message>
    <message>
        <location filename="../app/pipeline/PipelineFlags.cpp" line="+298"/>
        <source>Pipeline options</source>
        <translation>Pipeline-Optionen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Beam options</source>
        <translation>Beam-Optionen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Runner options</source>
        <translation>Runner-Optionen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set by Beam Launcher</source>
        <translation>Von Beam Launcher gesetzt</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>&quot;%1&quot; is not a bool: use true or false (also 1, 0, t, f).</source>
        <translation>„%1“ ist kein bool: Verwenden Sie true oder false (auch 1, 0, t, f).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;%1&quot; is not an integer (e.g. 42, -7, 0x1F).</source>
        <translation>„%1“ ist keine Ganzzahl (z. B. 42, -7, 0x1F).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;%1&quot; is not an unsigned integer (e.g. 0, 42, 0x1F).</source>
        <translation>„%1“ ist keine vorzeichenlose Ganzzahl (z. B. 0, 42, 0x1F).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is out of range for a 64-bit integer.</source>
        <translation>%1 liegt außerhalb des Bereichs einer 64-Bit-Ganzzahl.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;%1&quot; is not a number (e.g. 0.25, 1e-3).</source>
        <translation>„%1“ ist keine Zahl (z. B. 0.25, 1e-3).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is out of range for a 64-bit float.</source>
        <translation>%1 liegt außerhalb des Bereichs einer 64-Bit-Gleitkommazahl.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; is not a duration: use a number with a unit, e.g. 300ms, 1.5h, 2h45m (units ns, us, ms, s, m, h).</source>
        <translation>„%1“ ist keine Dauer: Verwenden Sie eine Zahl mit Einheit, z. B. 300ms, 1.5h, 2h45m (Einheiten ns, us, ms, s, m, h).</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>The launcher printed no flags for --help.</source>
        <translation>Der Launcher hat für --help keine Flags ausgegeben.</translation>
    </message>
    <message>
        <location filename="../app/pipeline/PipelineFlagsReader.cpp" line="+25"/>
        <source>go list could not list the pipeline&apos;s packages in %1.</source>
        <translation>go list konnte die Pakete der Pipeline in %1 nicht auflisten.</translation>
    </message>
    <message>
        <location line="+53"/>
        <location filename="../app/pipeline/PipelineGraph.cpp" line="+161"/>
        <source>%1 is not an executable launcher: build the pipeline first.</source>
        <translation>%1 ist kein ausführbarer Launcher: Erstellen Sie zuerst die Pipeline.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 did not print its flags within %2 s: it seems to do work before it parses its flags (flag.Parse). It was stopped; type the pipeline flags by hand.</source>
        <translation>%1 hat seine Flags nicht innerhalb von %2 s ausgegeben: Es scheint Arbeit zu erledigen, bevor es seine Flags auswertet (flag.Parse). Es wurde gestoppt; geben Sie die Pipeline-Flags von Hand ein.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../app/pipeline/PipelineGraph.cpp" line="+37"/>
        <source>%1 could not be started: %2</source>
        <translation>%1 konnte nicht gestartet werden: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 --help printed no Go flags (exit code %2)%3</source>
        <translation>%1 --help hat keine Go-Flags ausgegeben (Exit-Code %2)%3</translation>
    </message>
    <message>
        <location filename="../app/pipeline/PipelineGraph.cpp" line="-32"/>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 did not write its graph within %2 s; it was stopped.</source>
        <translation>%1 hat seinen Graphen nicht innerhalb von %2 s geschrieben; es wurde gestoppt.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>This program runs its pipeline itself, in its own process (it defines no --runner flag: it does not call beamx.Run), so Beam&apos;s dot runner cannot draw its graph. Call beamx.Run(ctx, p) in its main to get the graph.</source>
        <translation>Dieses Programm führt seine Pipeline selbst aus, in seinem eigenen Prozess (es definiert kein --runner-Flag: Es ruft beamx.Run nicht auf), daher kann der dot-Runner von Beam seinen Graphen nicht zeichnen. Rufen Sie in seiner main beamx.Run(ctx, p) auf, um den Graphen zu erhalten.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The pipeline does not know Beam&apos;s dot runner: run it with beamx.Run (which registers every runner) or import the package runners/dot of the Beam Go SDK (github.com/apache/beam/sdks/v2/go/pkg/beam/runners/dot; before Beam&apos;s Go module github.com/apache/beam/sdks/go/pkg/beam/runners/dot).</source>
        <translation>Die Pipeline kennt den dot-Runner von Beam nicht: Führen Sie sie mit beamx.Run aus (das jeden Runner registriert) oder importieren Sie das Paket runners/dot des Beam Go SDK (github.com/apache/beam/sdks/v2/go/pkg/beam/runners/dot; vor dem Go-Modul von Beam github.com/apache/beam/sdks/go/pkg/beam/runners/dot).</translation>
    </message>
    <message>
        <source>The pipeline does not know Beam&apos;s dot runner: run it with beamx.Run (which registers every runner) or import github.com/apache/beam/sdks/v2/go/pkg/beam/runners/dot.</source>
        <translation type="vanished">Die Pipeline kennt den dot-Runner von Beam nicht: Führen Sie sie mit beamx.Run aus (das jeden Runner registriert) oder importieren Sie github.com/apache/beam/sdks/v2/go/pkg/beam/runners/dot.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The pipeline&apos;s graph could not be built (exit code %1).</source>
        <translation>Der Graph der Pipeline konnte nicht erstellt werden (Exit-Code %1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The pipeline&apos;s graph could not be built: %1</source>
        <translation>Der Graph der Pipeline konnte nicht erstellt werden: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Graphviz is not installed, so the graph (%1) cannot be drawn: install it (Debian and Ubuntu: apt install graphviz; macOS: brew install graphviz).</source>
        <translation>Graphviz ist nicht installiert, daher kann der Graph (%1) nicht gezeichnet werden: Installieren Sie es (Debian und Ubuntu: apt install graphviz; macOS: brew install graphviz).</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Graphviz could not draw the graph: %1</source>
        <translation>Graphviz konnte den Graphen nicht zeichnen: %1</translation>
    </message>
</context>
<context>
    <name>bl::process</name>
    <message>
        <location filename="../app/process/FileHash.cpp" line="+27"/>
        <location line="+11"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../app/process/ProcessRunner.cpp" line="+75"/>
        <source>Cannot write the log file %1: %2</source>
        <translation>Die Logdatei %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+121"/>
        <source>%n process(es) started by the run would not die within the time allowed, even when killed: %1. They may be stuck in the kernel (a hung network file system or device); end them by hand, or restart the machine if they stay.</source>
        <translation>
            <numerusform>%n vom Lauf gestarteter Prozess ließ sich in der erlaubten Zeit nicht beenden, auch nicht mit kill: %1. Er hängt möglicherweise im Kernel fest (ein hängendes Netzwerkdateisystem oder Gerät); beenden Sie ihn von Hand, oder starten Sie den Rechner neu, wenn er bleibt.</numerusform>
            <numerusform>%n vom Lauf gestartete Prozesse ließen sich in der erlaubten Zeit nicht beenden, auch nicht mit kill: %1. Sie hängen möglicherweise im Kernel fest (ein hängendes Netzwerkdateisystem oder Gerät); beenden Sie sie von Hand, oder starten Sie den Rechner neu, wenn sie bleiben.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot start %1: %2</source>
        <translation>%1 kann nicht gestartet werden: %2</translation>
    </message>
</context>
<context>
    <name>bl::profiles</name>
    <message>
        <location filename="../app/profiles/Profile.cpp" line="+39"/>
        <source>text</source>
        <translation>ein Text</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+6"/>
        <source>a list of texts</source>
        <translation>eine Liste von Texten</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The field &quot;%1&quot; must be %2.</source>
        <translation>Das Feld „%1“ muss %2 sein.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>text of the form goos/goarch</source>
        <translation>ein Text der Form goos/goarch</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The field &quot;%1&quot; is not a platform: %2</source>
        <translation>Das Feld „%1“ ist keine Plattform: %2</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>The profile &quot;%1&quot; was made by a newer Beam Launcher (schema %2; this one reads up to %3). Use that version for it; this one leaves the file as it is.</source>
        <translation>Das Profil „%1“ wurde von einem neueren Beam Launcher erstellt (Schema %2; dieser liest bis Schema %3). Verwenden Sie dafür jene Version; diese lässt die Datei unverändert.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A profile needs a name.</source>
        <translation>Ein Profil braucht einen Namen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The profile name &quot;%1&quot; holds control characters (escape, newline, tab...): choose a name of visible characters.</source>
        <translation>Der Profilname „%1“ enthält Steuerzeichen (Escape, Zeilenumbruch, Tabulator...): Wählen Sie einen Namen aus sichtbaren Zeichen.</translation>
    </message>
    <message>
        <location line="+90"/>
        <location line="+6"/>
        <source>an object of texts</source>
        <translation>ein Objekt aus Texten</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+11"/>
        <source>a list of {&quot;name&quot;: ..., &quot;value&quot;: ...} objects</source>
        <translation>eine Liste von {&quot;name&quot;: ..., &quot;value&quot;: ...}-Objekten</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A profile must be a JSON object.</source>
        <translation>Ein Profil muss ein JSON-Objekt sein.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The field &quot;schema&quot; must be a whole number of at least 1.</source>
        <translation>Das Feld „schema“ muss eine ganze Zahl von mindestens 1 sein.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>(unnamed, schema %1)</source>
        <translation>(ohne Namen, Schema %1)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The profile has no name (field &quot;name&quot;).</source>
        <translation>Das Profil hat keinen Namen (Feld „name“).</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../app/profiles/ProfileStore.cpp" line="+330"/>
        <source>The profile id &quot;%1&quot; may only contain letters, digits, &apos;-&apos; and &apos;_&apos;.</source>
        <translation>Die Profil-ID „%1“ darf nur Buchstaben, Ziffern, &apos;-&apos; und &apos;_&apos; enthalten.</translation>
    </message>
    <message>
        <location filename="../app/profiles/ProfileStore.cpp" line="-283"/>
        <source>The profile %1 cannot be read: %2</source>
        <translation>Das Profil %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The profile %1 cannot be read and was put aside as %2: %3. Fix the file and rename it back to load it again.</source>
        <translation>Das Profil %1 kann nicht gelesen werden und wurde als %2 beiseitegelegt: %3. Korrigieren Sie die Datei und benennen Sie sie zurück, um sie wieder zu laden.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>There is no folder for profiles. Set BEAM_LAUNCHER_CONFIG_DIR to a folder you can write.</source>
        <translation>Es gibt keinen Ordner für Profile. Setzen Sie BEAM_LAUNCHER_CONFIG_DIR auf einen Ordner, in den Sie schreiben können.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot create the profile folder %1. Check that you may write there, or set BEAM_LAUNCHER_CONFIG_DIR to a folder you can write.</source>
        <translation>Der Profilordner %1 kann nicht angelegt werden. Prüfen Sie, ob Sie dort schreiben dürfen, oder setzen Sie BEAM_LAUNCHER_CONFIG_DIR auf einen Ordner, in den Sie schreiben können.</translation>
    </message>
    <message>
        <location filename="../app/profiles/ProfileLock.cpp" line="+96"/>
        <source>Another Beam Launcher (process %1 on %2) is saving profiles and holds %3. Try again; if that process no longer runs, delete the lock file.</source>
        <translation>Ein anderer Beam Launcher (Prozess %1 auf %2) speichert gerade Profile und hält %3. Versuchen Sie es erneut; falls dieser Prozess nicht mehr läuft, löschen Sie die Sperrdatei.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The profile folder is locked by %1, which does not say which program holds it. Try again; if no Beam Launcher is saving profiles now, delete that file.</source>
        <translation>Der Profilordner ist durch %1 gesperrt, ohne dass daraus hervorgeht, welches Programm die Sperre hält. Versuchen Sie es erneut; falls gerade kein Beam Launcher Profile speichert, löschen Sie diese Datei.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot write to the profile folder %1. Check its permissions, or set BEAM_LAUNCHER_CONFIG_DIR to a folder you can write.</source>
        <translation>In den Profilordner %1 kann nicht geschrieben werden. Prüfen Sie seine Berechtigungen oder setzen Sie BEAM_LAUNCHER_CONFIG_DIR auf einen Ordner, in den Sie schreiben können.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot lock the profile folder %1: no space left on the device holding the profiles. Free some space and try again.</source>
        <translation>Der Profilordner %1 kann nicht gesperrt werden: Auf dem Gerät mit den Profilen ist kein Speicherplatz mehr frei. Geben Sie Speicherplatz frei und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot lock the profile folder %1 for writing.</source>
        <translation>Der Profilordner %1 kann nicht zum Schreiben gesperrt werden.</translation>
    </message>
    <message>
        <source>A profile named &quot;%1&quot; already exists. Choose another name.</source>
        <translation type="vanished">Ein Profil namens „%1“ gibt es bereits. Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>Cannot save the profile to %1: %2. Check that you may write to the folder and that the disk is not full.</source>
        <translation type="vanished">Das Profil kann nicht in %1 gespeichert werden: %2. Prüfen Sie, ob Sie in den Ordner schreiben dürfen und ob die Festplatte nicht voll ist.</translation>
    </message>
    <message>
        <location filename="../app/profiles/ProfileStore.cpp" line="+232"/>
        <source>A profile named &quot;%1&quot; already exists. Choose another name, or delete that profile first.</source>
        <translation>Ein Profil namens „%1“ gibt es bereits. Wählen Sie einen anderen Namen, oder löschen Sie zuerst dieses Profil.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Saving the profile &quot;%1&quot;</source>
        <translation>Speichern des Profils „%1“</translation>
    </message>
    <message>
        <location line="-244"/>
        <source>There is no profile with the id &quot;%1&quot;.</source>
        <translation>Es gibt kein Profil mit der ID „%1“.</translation>
    </message>
    <message>
        <location line="+270"/>
        <source>Cannot delete %1: %2. Check the folder&apos;s permissions.</source>
        <translation>%1 kann nicht gelöscht werden: %2. Prüfen Sie die Berechtigungen des Ordners.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>A profile with the id &quot;%1&quot; exists already.</source>
        <translation>Ein Profil mit der ID „%1“ gibt es bereits.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (copy %2)</source>
        <translation>%1 (Kopie %2)</translation>
    </message>
    <message>
        <source>The secrets of the copy &quot;%1&quot; could not be copied: %2</source>
        <translation type="vanished">Die Geheimnisse der Kopie „%1“ konnten nicht kopiert werden: %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Cannot write %1: %2.</source>
        <translation>%1 kann nicht geschrieben werden: %2.</translation>
    </message>
    <message>
        <location filename="../app/profiles/ProfileImport.cpp" line="+28"/>
        <source>%1 is %2 KiB; a profile file may be at most %3 KiB. Choose the .json file that `beam-launcher profiles export` (or Export Profile in the window) wrote.</source>
        <translation>%1 ist %2 KiB groß; eine Profildatei darf höchstens %3 KiB groß sein. Wählen Sie die .json-Datei, die `beam-launcher profiles export` (oder „Profil exportieren“ im Fenster) geschrieben hat.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+74"/>
        <source>a folder</source>
        <translation>ein Ordner</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>a named pipe (FIFO)</source>
        <translation>eine benannte Pipe (FIFO)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a socket</source>
        <translation>ein Socket</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a device</source>
        <translation>ein Gerät</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+67"/>
        <source>not a regular file</source>
        <translation>eine Spezialdatei</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>%1 is %2, not a profile file: give the .json file that `beam-launcher profiles export` (or Export Profile in the window) wrote.</source>
        <translation>%1 ist %2, keine Profildatei: Geben Sie die .json-Datei an, die `beam-launcher profiles export` (oder „Profil exportieren“ im Fenster) geschrieben hat.</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+14"/>
        <location line="+17"/>
        <location line="+25"/>
        <source>Cannot read %1: %2.</source>
        <translation>%1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The setting &quot;%1&quot; contains a NUL character: the launcher would get it cut short there. Remove it from the file and import it again.</source>
        <translation>Die Einstellung „%1“ enthält ein NUL-Zeichen: Der Launcher bekäme sie an dieser Stelle abgeschnitten. Entfernen Sie das Zeichen aus der Datei und importieren Sie diese erneut.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A setting is %1 KiB long (it starts &quot;%2&quot;); settings may be at most %3 KiB.</source>
        <translation>Eine Einstellung ist %1 KiB lang (sie beginnt mit „%2“); Einstellungen dürfen höchstens %3 KiB lang sein.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 is not a profile: %2</source>
        <translation>%1 ist kein Profil: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+4"/>
        <source>%1 was not imported: %2</source>
        <translation>%1 wurde nicht importiert: %2</translation>
    </message>
    <message>
        <location filename="../app/profiles/ProfileStore.cpp" line="+59"/>
        <source>A secret could not be removed from the keychain: %1</source>
        <translation>Ein Geheimnis konnte nicht aus dem Schlüsselbund entfernt werden: %1</translation>
    </message>
    <message>
        <location filename="../app/profiles/AtomicWrite.cpp" line="+55"/>
        <source>%1 failed: no space left on the device holding the profiles (%2: %3). Free some space and try again; the file on disk was kept as it was.</source>
        <translation>%1 fehlgeschlagen: Auf dem Gerät mit den Profilen ist kein Speicherplatz mehr frei (%2: %3). Geben Sie Speicherplatz frei und versuchen Sie es erneut; die Datei auf der Festplatte blieb unverändert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 failed: cannot write %2: %3. Check that you may write to the folder; the file on disk was kept as it was.</source>
        <translation>%1 fehlgeschlagen: %2 kann nicht geschrieben werden: %3. Prüfen Sie, ob Sie in den Ordner schreiben dürfen; die Datei auf der Festplatte blieb unverändert.</translation>
    </message>
    <message>
        <location filename="../app/profiles/ProfileActions.cpp" line="+185"/>
        <source>The profile &quot;%1&quot; was not duplicated: %2</source>
        <translation>Das Profil „%1“ wurde nicht dupliziert: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The profile &quot;%1&quot; was kept, with its secrets: %2</source>
        <translation>Das Profil „%1“ wurde mit seinen Geheimnissen behalten: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>its secret %1 could not be copied in the keychain. %2</source>
        <translation>sein Geheimnis %1 konnte im Schlüsselbund nicht kopiert werden. %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the secret %1 could not be removed from the keychain. %2</source>
        <translation>das Geheimnis %1 konnte nicht aus dem Schlüsselbund entfernt werden. %2</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>The secrets %1 copied for it could not be removed from the keychain again: remove the entries %2 of the service %3 with your keychain&apos;s own tool.</source>
        <translation>Die dafür kopierten Geheimnisse %1 konnten nicht wieder aus dem Schlüsselbund entfernt werden: Entfernen Sie die Einträge %2 des Dienstes %3 mit dem eigenen Werkzeug Ihres Schlüsselbunds.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Its secrets %1 could not be put back into the keychain: set them again (`beam-launcher profiles set-secret`, or the Environment variables table).</source>
        <translation>Seine Geheimnisse %1 konnten nicht wieder in den Schlüsselbund gelegt werden: Setzen Sie sie erneut (`beam-launcher profiles set-secret` oder die Tabelle „Umgebungsvariablen“).</translation>
    </message>
    <message>
        <location filename="../app/profiles/RecentRuns.cpp" line="+49"/>
        <source>A run record must be a JSON object.</source>
        <translation>Ein Ausführungseintrag muss ein JSON-Objekt sein.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The run record has no id or start time.</source>
        <translation>Der Ausführungseintrag hat keine ID oder Startzeit.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Cannot create the folder %1 for the list of recent runs. Check that you may write there, or set BEAM_LAUNCHER_CONFIG_DIR to a folder you can write.</source>
        <translation>Der Ordner %1 für die Liste der letzten Ausführungen kann nicht angelegt werden. Prüfen Sie, ob Sie dort schreiben dürfen, oder setzen Sie BEAM_LAUNCHER_CONFIG_DIR auf einen Ordner, in den Sie schreiben können.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cannot record the run in %1: %2</source>
        <translation>Die Ausführung kann nicht in %1 aufgezeichnet werden: %2</translation>
    </message>
    <message>
        <location filename="../app/profiles/SecretStore.cpp" line="+23"/>
        <source>No keychain is available: start your desktop&apos;s keyring (GNOME Keyring, KWallet, macOS Keychain, Windows Credential Manager) or unlock it, then try again. Beam Launcher keeps secret values only in a keychain; without one, give them to the launcher through the environment yourself.</source>
        <translation>Kein Schlüsselbund verfügbar: Starten oder entsperren Sie den Schlüsselbund Ihres Desktops (GNOME Keyring, KWallet, macOS Keychain, Windows Credential Manager) und versuchen Sie es erneut. Beam Launcher bewahrt geheime Werte nur in einem Schlüsselbund auf; ohne einen übergeben Sie sie dem Launcher selbst über die Umgebung.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>the keychain did not answer within %1 s</source>
        <translation>der Schlüsselbund hat nicht innerhalb von %1 s geantwortet</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The keychain holds no value for the secret %1. Enter it again.</source>
        <translation>Der Schlüsselbund enthält keinen Wert für das Geheimnis %1. Geben Sie ihn erneut ein.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The keychain refused access to the secret %1: %2. Unlock your keyring and allow Beam Launcher to use it.</source>
        <translation>Der Schlüsselbund hat den Zugriff auf das Geheimnis %1 verweigert: %2. Entsperren Sie Ihren Schlüsselbund und erlauben Sie Beam Launcher, ihn zu verwenden.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The keychain failed for the secret %1: %2</source>
        <translation>Der Schlüsselbund ist beim Geheimnis %1 gescheitert: %2</translation>
    </message>
    <message>
        <location filename="../app/profiles/StarterProfile.cpp" line="+27"/>
        <source>Sample: word count on Prism (local)</source>
        <translation>Beispiel: Wortzählung mit Prism (lokal)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Counts the words of the sample&apos;s input.txt on a Prism job server that Beam Launcher starts on this computer (reachable from here only). Press Launch: both binaries are built and checked, Prism runs the worker binary through Beam&apos;s boot, and the worker&apos;s own lines show in the Worker pane. The first launch also builds Prism and boot for the sample&apos;s Beam version (a few minutes, once).</source>
        <translation>Zählt die Wörter in der input.txt des Beispiels auf einem Prism-Job-Server, den Beam Launcher auf diesem Computer startet (nur von hier aus erreichbar). Drücken Sie „Starten“: Beide Binaries werden erstellt und geprüft, Prism führt das Worker-Binary über Beams boot aus, und die eigenen Zeilen des Workers erscheinen im Bereich „Worker“. Der erste Start erstellt außerdem Prism und boot für die Beam-Version des Beispiels (einmalig, einige Minuten).</translation>
    </message>
    <message>
        <source>Counts the words of the sample&apos;s input.txt with Beam&apos;s Prism runner inside the launcher. Press Launch: both binaries are built, checked and the job runs here, no job server needed.</source>
        <translation type="vanished">Zählt die Wörter in der input.txt des Beispiels mit Beams Prism-Runner innerhalb des Launchers. Drücken Sie „Starten“: Beide Binaries werden erstellt und geprüft, und der Job läuft hier, ohne Job-Server.</translation>
    </message>
</context>
<context>
    <name>bl::runner</name>
    <message>
        <location filename="../app/runner/LocalPrism.cpp" line="+19"/>
        <source>Prism build: %1</source>
        <translation>Prism-Build: %1</translation>
    </message>
    <message>
        <location filename="../app/runner/ManagedPrism.cpp" line="+112"/>
        <source>No free port on 127.0.0.1 for the local Prism job server.</source>
        <translation>Kein freier Port auf 127.0.0.1 für den lokalen Prism-Job-Server.</translation>
    </message>
    <message>
        <source>Cannot create a working folder for the local Prism job server: %1</source>
        <translation type="vanished">Für den lokalen Prism-Job-Server kann kein Arbeitsordner angelegt werden: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cannot create a working folder for the local Prism job server in %1: %2. Check its permissions and free space, or set BEAM_LAUNCHER_RUNNERS_DIR to another folder.</source>
        <translation>In %1 kann kein Arbeitsordner für den lokalen Prism-Job-Server angelegt werden: %2. Prüfen Sie seine Berechtigungen und den freien Speicherplatz, oder setzen Sie BEAM_LAUNCHER_RUNNERS_DIR auf einen anderen Ordner.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the folder cannot be locked</source>
        <translation>der Ordner kann nicht gesperrt werden</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Starting the local Prism job server %1 (on 127.0.0.1 only)...</source>
        <translation>Der lokale Prism-Job-Server %1 wird gestartet (nur auf 127.0.0.1)...</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The local Prism job server did not accept connections on %1 within %2 s.</source>
        <translation>Der lokale Prism-Job-Server hat innerhalb von %2 s keine Verbindungen auf %1 angenommen.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Local Prism job server ready at %1 (web page %2).</source>
        <translation>Lokaler Prism-Job-Server bereit unter %1 (Webseite %2).</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The local Prism job server listens where other machines can reach it (%1), although it was built to listen on 127.0.0.1 only. Beam Launcher stopped it. Delete %2 so that it is built again, and report this.</source>
        <translation>Der lokale Prism-Job-Server lauscht dort, wo andere Rechner ihn erreichen können (%1), obwohl er so erstellt wurde, dass er nur auf 127.0.0.1 lauscht. Beam Launcher hat ihn gestoppt. Löschen Sie %2, damit er neu erstellt wird, und melden Sie dies.</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>The local Prism job server %1 could not start: %2</source>
        <translation>Der lokale Prism-Job-Server %1 konnte nicht starten: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 was not built by Beam Launcher with its loopback overlay, so it could listen on the network; it was not used. Delete %2 so that it is built again.</source>
        <translation>%1 wurde nicht von Beam Launcher mit seinem Loopback-Overlay erstellt und könnte daher im Netzwerk lauschen; er wurde nicht verwendet. Löschen Sie %2, damit er neu erstellt wird.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The local Prism job server ended on its own (exit code %1).%2</source>
        <translation>Der lokale Prism-Job-Server hat sich von selbst beendet (Exit-Code %1).%2</translation>
    </message>
    <message>
        <location filename="../app/runner/PrismOverlay.cpp" line="+61"/>
        <source>Beam %1&apos;s %2 no longer has the code Beam Launcher changes to keep Prism on this machine only (%3 times: %4). Refusing to build a Prism that could listen on the network: use a Beam version this Beam Launcher knows (2.77), or update Beam Launcher.</source>
        <translation>%2 von Beam %1 enthält nicht mehr den Code, den Beam Launcher ändert, um Prism nur auf diesem Rechner zu halten (%3 Mal: %4). Ein Prism, das im Netzwerk lauschen könnte, wird nicht erstellt: Verwenden Sie eine Beam-Version, die dieser Beam Launcher kennt (2.77), oder aktualisieren Sie Beam Launcher.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Beam %1&apos;s %2 still contains %3 after Beam Launcher&apos;s change (%4). Refusing to build a Prism whose workers would not start; update Beam Launcher.</source>
        <translation>%2 von Beam %1 enthält nach der Änderung durch Beam Launcher noch %3 (%4). Ein Prism, dessen Worker nicht starten würden, wird nicht erstellt; aktualisieren Sie Beam Launcher.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Beam %1&apos;s Prism does not listen the way Beam Launcher knows, so it cannot be sure the managed Prism stays on this machine. Refusing to build it; use Beam 2.77 or update Beam Launcher.</source>
        <translation>Prism von Beam %1 lauscht nicht so, wie Beam Launcher es kennt, daher kann nicht sichergestellt werden, dass das verwaltete Prism auf diesem Rechner bleibt. Es wird nicht erstellt; verwenden Sie Beam 2.77 oder aktualisieren Sie Beam Launcher.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Listeners Beam Launcher does not know:</source>
        <translation>Listener, die Beam Launcher nicht kennt:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Listeners Beam Launcher expected and did not find:</source>
        <translation>Listener, die Beam Launcher erwartet und nicht gefunden hat:</translation>
    </message>
    <message>
        <location filename="../app/runner/PrismTools.cpp" line="+126"/>
        <source>Cannot create %1.</source>
        <translation>%1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Beam %1 has no %2, which Beam Launcher changes to keep Prism on this machine only. Refusing to build Prism; update Beam Launcher.</source>
        <translation>Beam %1 hat kein %2, das Beam Launcher ändert, um Prism nur auf diesem Rechner zu halten. Prism wird nicht erstellt; aktualisieren Sie Beam Launcher.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+27"/>
        <location line="+4"/>
        <source>Cannot write %1.</source>
        <translation>%1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Cannot read %1.</source>
        <translation>%1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>go %1 failed while getting Prism %2:
%3</source>
        <translation type="vanished">go %1 ist beim Holen von Prism %2 fehlgeschlagen:
%3</translation>
    </message>
    <message>
        <location line="+205"/>
        <source>(Beam version unknown)</source>
        <translation>(Beam-Version unbekannt)</translation>
    </message>
    <message>
        <source>The pipeline&apos;s go.mod replaces the Beam Go SDK with %1. The managed local Prism is built from a released Beam version; remove the replace directive, or start Prism yourself and give its endpoint.</source>
        <translation type="vanished">Die go.mod der Pipeline ersetzt das Beam Go SDK durch %1. Das verwaltete lokale Prism wird aus einer veröffentlichten Beam-Version erstellt; entfernen Sie die replace-Direktive, oder starten Sie Prism selbst und geben Sie seinen Endpunkt an.</translation>
    </message>
    <message>
        <source>Could not tell which Beam version the pipeline uses (go list -m answered &quot;%1&quot;). Its go.mod should require %2 at a released version.</source>
        <translation type="vanished">Es ließ sich nicht feststellen, welche Beam-Version die Pipeline verwendet (go list -m antwortete „%1“). Ihre go.mod sollte %2 in einer veröffentlichten Version verlangen.</translation>
    </message>
    <message>
        <location line="+234"/>
        <source>Building Prism %1 (first use of this Beam version)...</source>
        <translation>Prism %1 wird erstellt (erste Verwendung dieser Beam-Version)...</translation>
    </message>
    <message>
        <location line="-99"/>
        <source>Cannot create the folder %1 for Prism and boot: check its permissions and free space, or set BEAM_LAUNCHER_RUNNERS_DIR to another folder.</source>
        <translation>Der Ordner %1 für Prism und boot kann nicht angelegt werden: Prüfen Sie seine Berechtigungen und den freien Speicherplatz, oder setzen Sie BEAM_LAUNCHER_RUNNERS_DIR auf einen anderen Ordner.</translation>
    </message>
    <message>
        <source>Cannot write the Prism build folder %1.</source>
        <translation type="vanished">Der Prism-Build-Ordner %1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Prism %1: getting Beam&apos;s sources (go mod tidy, go mod vendor)...</source>
        <translation type="vanished">Prism %1: Quellen von Beam werden geholt (go mod tidy, go mod vendor)...</translation>
    </message>
    <message>
        <location line="-140"/>
        <source>go %1 failed while getting Prism %2:
%3
Check that the Go module proxy can be reached (GOPROXY) and that the pipeline&apos;s go.mod is complete (go build works in its folder), then launch again; or start Prism yourself and give its endpoint.</source>
        <translation>go %1 ist beim Holen von Prism %2 fehlgeschlagen:
%3
Prüfen Sie, ob der Go-Modul-Proxy erreichbar ist (GOPROXY) und ob die go.mod der Pipeline vollständig ist (go build funktioniert in ihrem Ordner), und starten Sie dann erneut; oder starten Sie Prism selbst und geben Sie seinen Endpunkt an.</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>the pipeline uses Beam %1 of the old %2 module, which has no Prism runner</source>
        <translation>die Pipeline verwendet Beam %1 aus dem alten Modul %2, das keinen Prism-Runner hat</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The pipeline&apos;s go.mod replaces the Beam Go SDK with %1, which Beam Launcher cannot build Prism from. Replace it with a Beam folder or a released version, or start Prism yourself and give its endpoint.</source>
        <translation>Die go.mod der Pipeline ersetzt das Beam Go SDK durch %1, woraus Beam Launcher kein Prism erstellen kann. Ersetzen Sie es durch einen Beam-Ordner oder eine veröffentlichte Version, oder starten Sie Prism selbst und geben Sie seinen Endpunkt an.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The pipeline&apos;s module requires no Beam Go SDK (go list -m knows neither %1 nor %2), so Beam Launcher cannot tell which Prism to run. Add the Beam version it uses to its go.mod (go get %1@latest), or start Prism yourself and give its endpoint.</source>
        <translation>Das Modul der Pipeline verlangt kein Beam Go SDK (go list -m kennt weder %1 noch %2), daher kann Beam Launcher nicht feststellen, welches Prism ausgeführt werden soll. Tragen Sie die verwendete Beam-Version in ihre go.mod ein (go get %1@latest), oder starten Sie Prism selbst und geben Sie seinen Endpunkt an.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The pipeline&apos;s Beam SDK cannot run its workers in a PROCESS environment: they run inside the launcher (LOOPBACK, on this machine only).</source>
        <translation>Das Beam SDK der Pipeline kann seine Worker nicht in einer PROCESS-Umgebung ausführen: Sie laufen im Launcher (LOOPBACK, nur auf diesem Rechner).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cannot build Prism %1 (%2). Update Beam Launcher, or start Prism yourself and give its endpoint.</source>
        <translation>Prism %1 kann nicht erstellt werden (%2). Aktualisieren Sie Beam Launcher, oder starten Sie Prism selbst und geben Sie seinen Endpunkt an.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Running the pipeline on Prism %1 with --runner universal and its worker binary: %2.</source>
        <translation>Die Pipeline wird auf Prism %1 mit --runner universal und ihrem Worker-Binary ausgeführt: %2.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Prism %1: reading Beam %1 (go mod download)...</source>
        <translation>Prism %1: Beam %1 wird gelesen (go mod download)...</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Beam %1 could not be downloaded (%2). Check that the pipeline&apos;s go.mod requires a published Beam version (go list -m -versions %3 lists them) and that the Go module proxy can be reached, then launch again.</source>
        <translation>Beam %1 konnte nicht heruntergeladen werden (%2). Prüfen Sie, ob die go.mod der Pipeline eine veröffentlichte Beam-Version verlangt (go list -m -versions %3 listet sie auf) und ob der Go-Modul-Proxy erreichbar ist, und starten Sie dann erneut.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Beam %1 has no Prism runner of its own</source>
        <translation>Beam %1 hat keinen eigenen Prism-Runner</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot read %1 (Beam %2&apos;s go.mod).</source>
        <translation>%1 kann nicht gelesen werden (die go.mod von Beam %2).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the Beam module at %1 has no Prism runner</source>
        <translation>das Beam-Modul unter %1 hat keinen Prism-Runner</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Local Prism: the pipeline is inside Beam&apos;s own module (%1); Prism is built from its sources.</source>
        <translation>Lokales Prism: Die Pipeline liegt im eigenen Modul von Beam (%1); Prism wird aus dessen Quellen erstellt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot read the Beam module at %1 to build Prism from it: check its permissions.</source>
        <translation>Das Beam-Modul unter %1 kann nicht gelesen werden, um daraus Prism zu erstellen: Prüfen Sie seine Berechtigungen.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cannot read go.mod and go.sum of the Beam module at %1.</source>
        <translation>go.mod und go.sum des Beam-Moduls unter %1 können nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Building Prism from %1 (first use of these sources)...</source>
        <translation>Prism wird aus %1 erstellt (erste Verwendung dieser Quellen)...</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot write the Prism build folder %1: check the free space and permissions of %2.</source>
        <translation>Der Prism-Build-Ordner %1 kann nicht geschrieben werden: Prüfen Sie den freien Speicherplatz und die Berechtigungen von %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Prism %1: getting Beam&apos;s dependencies at the versions Beam pins (go mod vendor)...</source>
        <translation>Prism %1: Die Abhängigkeiten von Beam werden in den von Beam festgelegten Versionen geholt (go mod vendor)...</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Prism %1: making its job service and web page listen on 127.0.0.1 only (Go -overlay)...</source>
        <translation>Prism %1: Job-Service und Webseite werden so eingestellt, dass sie nur auf 127.0.0.1 lauschen (Go -overlay)...</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Prism %1 does not take Beam Launcher&apos;s changes that keep it on this machine (%2)</source>
        <translation>Prism %1 nimmt die Änderungen von Beam Launcher nicht an, die es auf diesen Rechner beschränken (%2)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Prism %1: compiling prism and boot (minutes the first time)...</source>
        <translation>Prism %1: prism und boot werden kompiliert (beim ersten Mal einige Minuten)...</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Prism %1: checking the built programs (go version -m)...</source>
        <translation>Prism %1: Die erstellten Programme werden geprüft (go version -m)...</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The programs built for Prism %1 are not built from it (go version -m: %2). Nothing was kept; report this to Beam Launcher&apos;s developers with the Beam version.</source>
        <translation>Die für Prism %1 erstellten Programme wurden nicht daraus erstellt (go version -m: %2). Nichts wurde behalten; melden Sie dies den Entwicklern von Beam Launcher mit der Beam-Version.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Could not put the built Prism into %1.</source>
        <translation>Das erstellte Prism konnte nicht in %1 abgelegt werden.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Could not move the built Prism to %1.</source>
        <translation>Das erstellte Prism konnte nicht nach %1 verschoben werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Prism %1 and boot built in %2: %3</source>
        <translation>Prism %1 und boot erstellt in %2: %3</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The built Prism %1 is missing from %2.</source>
        <translation>Das erstellte Prism %1 fehlt in %2.</translation>
    </message>
</context>
<context>
    <name>bl::ui</name>
    <message>
        <location filename="../ui/BuildJobView.cpp" line="+49"/>
        <source>Launcher</source>
        <translation>Launcher</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Worker</source>
        <translation>Worker</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The program that submits the pipeline, built for the machine you launch from</source>
        <translation>Das Programm, das die Pipeline übermittelt, erstellt für den Rechner, von dem aus Sie starten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The program the runner starts on its workers, built for their platform</source>
        <translation>Das Programm, das der Runner auf seinen Workern startet, erstellt für deren Plattform</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 build progress</source>
        <translation>Build-Fortschritt: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 build output</source>
        <translation>Build-Ausgabe: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Platform:</source>
        <translation>Plattform:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time:</source>
        <translation>Zeit:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Progress:</source>
        <translation>Fortschritt:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result:</source>
        <translation>Ergebnis:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Not built yet</source>
        <translation>Noch nicht erstellt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../ui/SessionPresenter.cpp" line="+451"/>
        <source>Building…</source>
        <translation>Wird erstellt…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../ui/SessionPresenter.cpp" line="+32"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>· %1 packages/s · at most about %2 s left</source>
        <translation>· %1 Pakete/s · höchstens etwa %2 s verbleibend</translation>
    </message>
    <message>
        <location line="+43"/>
        <location line="+34"/>
        <location filename="../ui/ThroughputPlot.cpp" line="+110"/>
        <location filename="../ui/WindowText.h" line="+29"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>this computer</source>
        <translation>dieser Computer</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1 · verified %2, cgo %3</source>
        <translation>%1 · geprüft %2, cgo %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+4"/>
        <source>on</source>
        <translation>an</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+4"/>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Built and verified %1 (%2, cgo %3).</source>
        <translation>%1 erstellt und geprüft (%2, cgo %3).</translation>
    </message>
    <message>
        <location filename="../ui/GoHighlighter.cpp" line="+279"/>
        <location filename="../ui/KSyntaxAdapter.cpp" line="+89"/>
        <source>Secret value, hidden</source>
        <translation>Geheimer Wert, verborgen</translation>
    </message>
    <message>
        <location filename="../ui/GraphPanel.cpp" line="+123"/>
        <source>Zoom in (Ctrl++)</source>
        <translation>Vergrößern (Strg++)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom out (Ctrl+-)</source>
        <translation>Verkleinern (Strg+-)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fit the graph to the view (Ctrl+0)</source>
        <translation>Den Graphen in die Ansicht einpassen (Strg+0)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Redraw</source>
        <translation>Neu zeichnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draw the graph again with the current pipeline flags</source>
        <translation>Den Graphen mit den aktuellen Pipeline-Flags neu zeichnen</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>No graph yet: build the pipeline to draw it.</source>
        <translation>Noch kein Graph: Erstellen Sie die Pipeline, um ihn zu zeichnen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The graph could not be shown: Graphviz&apos;s output is not an SVG Qt can draw.</source>
        <translation>Der Graph konnte nicht angezeigt werden: Die Ausgabe von Graphviz ist kein SVG, das Qt zeichnen kann.</translation>
    </message>
    <message>
        <location filename="../ui/DesktopNotifier_unix.cpp" line="+63"/>
        <location filename="../ui/MainWindow.cpp" line="+58"/>
        <location line="+502"/>
        <source>Beam Launcher</source>
        <translation>Beam Launcher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/ProfilesPanel.cpp" line="+155"/>
        <source>Profiles cannot be saved: %1</source>
        <translation>Profile können nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Try the sample: select &quot;%1&quot; and press Launch.</source>
        <translation>Probieren Sie das Beispiel aus: Wählen Sie „%1“ und drücken Sie „Starten“.</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>&amp;New Profile</source>
        <translation>&amp;Neues Profil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start a new profile (Ctrl+N)</source>
        <translation>Ein neues Profil beginnen (Strg+N)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open Pipeline Folder…</source>
        <translation>Pipeline-Ordner ö&amp;ffnen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a pipeline folder and make a profile for it (Ctrl+O)</source>
        <translation>Einen Pipeline-Ordner auswählen und ein Profil dafür anlegen (Strg+O)</translation>
    </message>
    <message>
        <location filename="../ui/ProfileEditor.cpp" line="+498"/>
        <location filename="../ui/ProfilesPanel.cpp" line="+2"/>
        <source>Choose the pipeline&apos;s package folder</source>
        <translation>Paketordner der Pipeline auswählen</translation>
    </message>
    <message>
        <location filename="../ui/ProfilesPanel.cpp" line="+6"/>
        <source>&amp;Delete Profile</source>
        <translation>Profil &amp;löschen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the selected profile and its secrets</source>
        <translation>Das ausgewählte Profil und seine Geheimnisse löschen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>D&amp;uplicate Profile</source>
        <translation>Profil d&amp;uplizieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the selected profile, its secrets included</source>
        <translation>Das gewählte Profil kopieren, samt seinen Geheimnissen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Export Profile…</source>
        <translation>Profil &amp;exportieren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the selected profile to a file to share it: secret values are left out</source>
        <translation>Das gewählte Profil zum Weitergeben in eine Datei schreiben: Geheime Werte bleiben draußen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Import Profile…</source>
        <translation>Profil &amp;importieren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a profile from a file someone shared</source>
        <translation>Ein Profil aus einer weitergegebenen Datei hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="-479"/>
        <source>Graph</source>
        <translation>Graph</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Stalled Jobs</source>
        <translation>Hängende Jobs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offer to cancel a job on the local Prism that has been RUNNING with no worker alive and no progress for this many seconds (0: never):</source>
        <translation>Anbieten, einen Job auf dem lokalen Prism abzubrechen, der so viele Sekunden lang RUNNING ist, ohne lebenden Worker und ohne Fortschritt (0: nie):</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>&amp;Build</source>
        <translation>&amp;Erstellen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Launch</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Stop</source>
        <translation>Sto&amp;ppen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stop the build or the launched job and everything it started (Shift+F5)</source>
        <translation>Den Build oder den gestarteten Job und alles, was er gestartet hat, stoppen (Umschalt+F5)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Build &amp;Ahead</source>
        <translation>&amp;Vorab erstellen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep the shown profile&apos;s binaries built while you edit (in the background, at low priority), so that Launch starts them at once</source>
        <translation>Die Binaries des angezeigten Profils während der Bearbeitung erstellt halten (im Hintergrund, mit niedriger Priorität), damit „Starten“ sie sofort ausführt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stalled Job &amp;Warning…</source>
        <translation>&amp;Warnung bei hängendem Job…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How long a job on the local Prism may run with no worker and no progress before the window offers to cancel it</source>
        <translation>Wie lange ein Job auf dem lokalen Prism ohne Worker und ohne Fortschritt laufen darf, bevor das Fenster anbietet, ihn abzubrechen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Notify When a Job Ends</source>
        <translation>Bei Job-&amp;Ende benachrichtigen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>When a launched job ends while this window is not active, say so in a desktop notification; show the launch&apos;s progress on the taskbar</source>
        <translation>Wenn ein gestarteter Job endet, während dieses Fenster nicht aktiv ist, dies in einer Desktop-Benachrichtigung melden; den Fortschritt des Starts in der Taskleiste anzeigen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Run</source>
        <translation>&amp;Ausführen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Recent &amp;Runs</source>
        <translation>&amp;Letzte Ausführungen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Beam Launcher</source>
        <translation>Ü&amp;ber Beam Launcher</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Main</source>
        <translation>Hauptleiste</translation>
    </message>
    <message>
        <location line="+141"/>
        <source>Stop the job</source>
        <translation>Job stoppen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is running. Cancel it on the runner, or leave it running there and stop only the launcher?</source>
        <translation>%1 läuft. Auf dem Runner abbrechen, oder dort weiterlaufen lassen und nur den Launcher stoppen?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel the job</source>
        <translation>Job abbrechen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Leave it running</source>
        <translation>Weiterlaufen lassen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keep watching</source>
        <translation>Weiter beobachten</translation>
    </message>
    <message>
        <location line="+137"/>
        <source>Took %1.</source>
        <translation>Dauer: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Job %1. %2</source>
        <translation>Job %1. %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/EditorPane.cpp" line="+72"/>
        <source>Launch a Beam Go pipeline</source>
        <translation>Eine Beam-Go-Pipeline starten</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Drop your pipeline&apos;s folder anywhere on this window,
or choose it here. Beam Launcher builds the launcher for this computer
and the worker for Linux, checks both, and runs your pipeline.</source>
        <translation>Ziehen Sie den Ordner Ihrer Pipeline an eine beliebige Stelle dieses Fensters
oder wählen Sie ihn hier. Beam Launcher erstellt den Launcher für diesen Computer
und den Worker für Linux, prüft beide und führt Ihre Pipeline aus.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open Pipeline Folder…</source>
        <translation>Pipeline-Ordner öffnen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New Profile</source>
        <translation>Neues Profil</translation>
    </message>
    <message>
        <location filename="../ui/ProfilesPanel.cpp" line="-88"/>
        <source>&amp;Profiles</source>
        <translation>&amp;Profile</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Profiles</source>
        <translation>Profile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your saved launch set-ups. Drop a pipeline folder to add one.</source>
        <translation>Ihre gespeicherten Start-Konfigurationen. Ziehen Sie einen Pipeline-Ordner hierher, um eine hinzuzufügen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New profile</source>
        <translation>Neues Profil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+232"/>
        <source>Delete profile</source>
        <translation>Profil löschen</translation>
    </message>
    <message>
        <location filename="../ui/OutputPanel.cpp" line="+58"/>
        <source>Build ahead keeps the shown profile&apos;s binaries built while you edit, so that Launch starts them at once (Run menu: Build Ahead turns it off).</source>
        <translation>Der Vorab-Build hält die Binaries des angezeigten Profils während der Bearbeitung erstellt, damit „Starten“ sie sofort ausführt (Menü „Ausführen“: „Vorab erstellen“ schaltet ihn aus).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Build</source>
        <translation>Build</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+11"/>
        <location line="+57"/>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <location line="-65"/>
        <source>Source</source>
        <translation>Quelltext</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Workers</source>
        <translation>Worker</translation>
    </message>
    <message>
        <location filename="../ui/RunView.cpp" line="+21"/>
        <source>Nothing launched yet. Press Launch (F5): it builds both binaries first.</source>
        <translation>Noch nichts gestartet. Drücken Sie „Starten“ (F5): Zuerst werden beide Binaries erstellt.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Run output</source>
        <translation>Ausgabe der Ausführung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Job status</source>
        <translation>Job-Status</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The job&apos;s id and state as the launcher reports them, and the runner&apos;s web page when it has one.</source>
        <translation>ID und Status des Jobs, wie der Launcher sie meldet, und die Webseite des Runners, falls er eine hat.</translation>
    </message>
    <message>
        <location filename="../ui/OutputPanel.cpp" line="-4"/>
        <source>Run</source>
        <translation>Ausführung</translation>
    </message>
    <message>
        <location filename="../ui/SessionPresenter.cpp" line="-448"/>
        <location line="+410"/>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <location line="-397"/>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <location filename="../ui/GoBanner.cpp" line="+48"/>
        <source>&lt;b&gt;Go was not found.&lt;/b&gt; %1&lt;br&gt;Install Go 1.%2 or newer from &lt;a href=&quot;https://go.dev/dl/&quot;&gt;go.dev/dl&lt;/a&gt; and start Beam Launcher again. You can still edit profiles; Build and Launch need Go.</source>
        <translation>&lt;b&gt;Go wurde nicht gefunden.&lt;/b&gt; %1&lt;br&gt;Installieren Sie Go 1.%2 oder neuer von &lt;a href=&quot;https://go.dev/dl/&quot;&gt;go.dev/dl&lt;/a&gt; und starten Sie Beam Launcher erneut. Profile können Sie weiterhin bearbeiten; Erstellen und Starten brauchen Go.</translation>
    </message>
    <message>
        <location filename="../ui/ProfilesPanel.cpp" line="-76"/>
        <source>New pipeline</source>
        <translation>Neue Pipeline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot create the profile</source>
        <translation>Das Profil kann nicht angelegt werden</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Several folders</source>
        <translation>Mehrere Ordner</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Make one new profile for each of these %n folder(s)?

%1</source>
        <translation>
            <numerusform>Ein neues Profil für diesen %n Ordner anlegen?

%1</numerusform>
            <numerusform>Je ein neues Profil für diese %n Ordner anlegen?

%1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Delete the profile &quot;%1&quot;? Its secrets are removed from the keychain too.</source>
        <translation>Das Profil „%1“ löschen? Seine Geheimnisse werden auch aus dem Schlüsselbund entfernt.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cannot delete the profile</source>
        <translation>Das Profil kann nicht gelöscht werden</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Cannot duplicate the profile</source>
        <translation>Das Profil kann nicht dupliziert werden</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Export profile</source>
        <translation>Profil exportieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+18"/>
        <source>Beam Launcher profiles (*.json)</source>
        <translation>Beam-Launcher-Profile (*.json)</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Cannot export the profile</source>
        <translation>Das Profil kann nicht exportiert werden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Exported to %1.</source>
        <translation>Nach %1 exportiert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exported to %1 without the values of its secrets (%2).</source>
        <translation>Nach %1 exportiert, ohne die Werte seiner Geheimnisse (%2).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Import profile</source>
        <translation>Profil importieren</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+14"/>
        <source>Cannot import the profile</source>
        <translation>Das Profil kann nicht importiert werden</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Import a profile that names programs?</source>
        <translation>Ein Profil importieren, das Programme nennt?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The profile &quot;%1&quot; names programs or folders outside the pipeline, which a launch would use:

%2

Import it only if you trust them. Import it?</source>
        <translation>Das Profil „%1“ nennt Programme oder Ordner außerhalb der Pipeline, die ein Start verwenden würde:

%2

Importieren Sie es nur, wenn Sie ihnen vertrauen. Importieren?</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Secrets needed</source>
        <translation>Geheimnisse benötigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The profile &quot;%1&quot; needs values for its secrets %2. Type them into the Environment variables table: they are kept in your keychain, not in the profile.</source>
        <translation>Das Profil „%1“ braucht Werte für seine Geheimnisse %2. Tragen Sie sie in die Tabelle der Umgebungsvariablen ein: Sie werden in Ihrem Schlüsselbund aufbewahrt, nicht im Profil.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Give the profile a name.</source>
        <translation>Geben Sie dem Profil einen Namen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Another profile is called &quot;%1&quot;: choose another name.</source>
        <translation>Ein anderes Profil heißt bereits „%1“: Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Use the programs this profile names?</source>
        <translation>Die Programme verwenden, die dieses Profil nennt?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The profile &quot;%1&quot; was imported and names programs or folders outside the pipeline that this would use:

%2

Use them only if you trust them. Use them, now and until they change?</source>
        <translation>Das Profil „%1“ wurde importiert und nennt Programme oder Ordner außerhalb der Pipeline, die hierfür verwendet würden:

%2

Verwenden Sie sie nur, wenn Sie ihnen vertrauen. Jetzt und bis sie sich ändern verwenden?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the programs and folders the profile names were not accepted.</source>
        <translation>die Programme und Ordner, die das Profil nennt, wurden nicht akzeptiert.</translation>
    </message>
    <message>
        <location line="-421"/>
        <source>The profile was not saved: %1</source>
        <translation>Das Profil wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <location line="+361"/>
        <source>Another Beam Launcher is saving profiles: this one is saved right after it.</source>
        <translation>Ein anderer Beam Launcher speichert gerade Profile: Dieses wird direkt danach gespeichert.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The secret %1 was not saved in the keychain: %2</source>
        <translation>Das Geheimnis %1 wurde nicht im Schlüsselbund gespeichert: %2</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="-209"/>
        <location line="+49"/>
        <location line="+55"/>
        <source>Go is needed: %1</source>
        <translation>Go wird benötigt: %1</translation>
    </message>
    <message>
        <location line="-102"/>
        <source>Drop a pipeline folder on the window or press New Profile first.</source>
        <translation>Ziehen Sie zuerst einen Pipeline-Ordner auf das Fenster oder drücken Sie „Neues Profil“.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Build the launcher and the worker side by side (Ctrl+B)</source>
        <translation>Launcher und Worker nebeneinander erstellen (Strg+B)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+33"/>
        <location line="+8"/>
        <source>Cannot build: %1</source>
        <translation>Erstellen nicht möglich: %1</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>Build both binaries, then launch the pipeline (F5)</source>
        <translation>Beide Binaries erstellen und dann die Pipeline starten (F5)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+31"/>
        <location line="+8"/>
        <source>Cannot launch: %1</source>
        <translation>Starten nicht möglich: %1</translation>
    </message>
    <message>
        <location filename="../ui/SessionPresenter.cpp" line="+108"/>
        <source>Stopped before the launch.</source>
        <translation>Vor dem Start gestoppt.</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>Secrets missing</source>
        <translation>Geheimnisse fehlen</translation>
    </message>
    <message>
        <source>Waiting for the build ahead, which is building these very sources; then %1.</source>
        <translation type="vanished">Warten auf den Vorab-Build, der gerade genau diese Quellen erstellt; dann %1.</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>the launch starts</source>
        <translation>folgt der Start</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the build is checked</source>
        <translation>wird der Build geprüft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting for the build ahead, which is checking these very binaries; then %1.</source>
        <translation>Warte auf den Vorab-Build, der gerade genau diese Binärdateien prüft; dann %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The build ahead of these binaries ran at low priority: it goes on at normal priority (go build starts again and keeps what it compiled).</source>
        <translation>Der Vorab-Build dieser Binärdateien lief mit niedriger Priorität: er geht mit normaler Priorität weiter (go build startet neu und behält, was es kompiliert hat).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stopping the build ahead first…</source>
        <translation>Zuerst wird der Vorab-Build gestoppt…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The secret variables %1 have no value.</source>
        <translation>Die geheimen Variablen %1 haben keinen Wert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reading secrets from the keychain…</source>
        <translation>Geheimnisse werden aus dem Schlüsselbund gelesen…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The secret %1 has no value in the keychain: type its value in the environment table.</source>
        <translation>Das Geheimnis %1 hat keinen Wert im Schlüsselbund: Geben Sie seinen Wert in der Umgebungstabelle ein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The secret %1 could not be read: %2</source>
        <translation>Das Geheimnis %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The system keychain is not available, and this profile needs secrets from it. Nothing was launched.

%1</source>
        <translation>Der Schlüsselbund des Systems ist nicht verfügbar, und dieses Profil braucht Geheimnisse daraus. Es wurde nichts gestartet.

%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Secrets unavailable</source>
        <translation>Geheimnisse nicht verfügbar</translation>
    </message>
    <message>
        <location filename="../ui/RunView.cpp" line="+11"/>
        <source>Building before the launch…</source>
        <translation>Erstellen vor dem Start…</translation>
    </message>
    <message>
        <location filename="../ui/SessionPresenter.cpp" line="+77"/>
        <location line="+32"/>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <location filename="../ui/OutputPanel.cpp" line="+70"/>
        <source>Problems (%1)</source>
        <translation>Probleme (%1)</translation>
    </message>
    <message>
        <location filename="../ui/RunView.cpp" line="+5"/>
        <source>Running: %1</source>
        <translation>Läuft: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>$ %1</source>
        <translation>$ %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Job &lt;b&gt;%1&lt;/b&gt;: &lt;span style=&quot;color:%2&quot;&gt;&lt;b&gt;%3&lt;/b&gt;&lt;/span&gt;</source>
        <translation>Job &lt;b&gt;%1&lt;/b&gt;: &lt;span style=&quot;color:%2&quot;&gt;&lt;b&gt;%3&lt;/b&gt;&lt;/span&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>submitted</source>
        <translation>übermittelt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the runner&apos;s web page</source>
        <translation>Die Webseite des Runners öffnen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The launcher exited with code %1 after %2.</source>
        <translation>Der Launcher wurde nach %2 mit Code %1 beendet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stopped after %1: the launcher and everything it started were ended.</source>
        <translation>Nach %1 gestoppt: Der Launcher und alles, was er gestartet hat, wurden beendet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The launcher crashed after %1: %2</source>
        <translation>Der Launcher ist nach %1 abgestürzt: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The launcher did not start: %1</source>
        <translation>Der Launcher ist nicht gestartet: %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="+38"/>
        <location filename="../ui/RunView.cpp" line="+4"/>
        <source>Log: %1</source>
        <translation>Log: %1</translation>
    </message>
    <message>
        <location filename="../ui/SessionPresenter.cpp" line="+131"/>
        <source>Both binaries are built and verified (%1).</source>
        <translation>Beide Binaries sind erstellt und geprüft (%1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The pipeline ran to its end (exit code 0, %1).</source>
        <translation>Die Pipeline ist bis zum Ende gelaufen (Exit-Code 0, %1).</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>This run was not recorded: %1</source>
        <translation>Diese Ausführung wurde nicht aufgezeichnet: %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="-11"/>
        <source>No runs yet</source>
        <translation>Noch keine Ausführungen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>exit %1</source>
        <translation>Exit %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run again: %1 (%2, %3, %4)</source>
        <translation>Erneut ausführen: %1 (%2, %3, %4)</translation>
    </message>
    <message>
        <location filename="../ui/SessionPresenter.cpp" line="-226"/>
        <source>Job %1 on %2</source>
        <translation>Job %1 auf %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Stopped before the launch; the build ahead goes on.</source>
        <translation>Vor dem Start gestoppt; der Vorab-Build läuft weiter.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Building at normal priority: the build ahead of these binaries ran at low priority; what it compiled is kept.</source>
        <translation>Build mit normaler Priorität: der Vorab-Build dieser Binärdateien lief mit niedriger Priorität; was er kompiliert hat, bleibt erhalten.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Job Stalled</source>
        <translation>Job hängt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel the job on the runner, or keep waiting?</source>
        <translation>Den Job auf dem Runner abbrechen oder weiter warten?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel the Job</source>
        <translation>Job abbrechen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keep Waiting</source>
        <translation>Weiter warten</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Build ahead: %1</source>
        <translation>Vorab-Build: %1</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>Reading secrets…</source>
        <translation>Geheimnisse werden gelesen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting for the build ahead…</source>
        <translation>Warten auf den Vorab-Build…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Building… %1 of about %2 packages</source>
        <translation>Wird erstellt… %1 von etwa %2 Paketen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Running…</source>
        <translation>Läuft…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Built</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Finished</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stopped</source>
        <translation>Gestoppt</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="+32"/>
        <source>&lt;h3&gt;Beam Launcher %1&lt;/h3&gt;&lt;p&gt;Builds an Apache Beam Go pipeline for your computer and for the runner&apos;s workers at the same time, checks both binaries and launches the pipeline.&lt;/p&gt;&lt;p&gt;Qt %2 (built with %3)&lt;br&gt;Go: %4&lt;br&gt;Highlighting: %5&lt;/p&gt;&lt;p&gt;Licensed under the Apache License 2.0.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Beam Launcher %1&lt;/h3&gt;&lt;p&gt;Erstellt eine Apache-Beam-Go-Pipeline gleichzeitig für Ihren Computer und für die Worker des Runners, prüft beide Binaries und startet die Pipeline.&lt;/p&gt;&lt;p&gt;Qt %2 (erstellt mit %3)&lt;br&gt;Go: %4&lt;br&gt;Syntaxhervorhebung: %5&lt;/p&gt;&lt;p&gt;Lizenziert unter der Apache License 2.0.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>checking…</source>
        <translation>wird geprüft…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not found</source>
        <translation>nicht gefunden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About Beam Launcher</source>
        <translation>Über Beam Launcher</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+9"/>
        <source>Quit Beam Launcher</source>
        <translation>Beam Launcher beenden</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>%1 is running. Cancel it on the runner and quit, or leave it running there and quit?</source>
        <translation>%1 läuft. Auf dem Runner abbrechen und beenden, oder dort weiterlaufen lassen und beenden?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel the job and quit</source>
        <translation>Job abbrechen und beenden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Leave it running and quit</source>
        <translation>Weiterlaufen lassen und beenden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Don&apos;t quit</source>
        <translation>Nicht beenden</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A job is still running. Stop it and everything it started, and quit?</source>
        <translation>Ein Job läuft noch. Ihn und alles, was er gestartet hat, stoppen und beenden?</translation>
    </message>
    <message>
        <location filename="../ui/WorkerView.cpp" line="+18"/>
        <source>The workers&apos; own output shows here once a job runs.</source>
        <translation>Die eigene Ausgabe der Worker erscheint hier, sobald ein Job läuft.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Worker output</source>
        <translation>Worker-Ausgabe</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The workers of the local Prism job server: their stdout, stderr and SDK log entries (level, transform, time).</source>
        <translation>Die Worker des lokalen Prism-Job-Servers: ihre Ausgaben auf stdout und stderr sowie ihre SDK-Logeinträge (Level, Transform, Zeit).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dataflow keeps its workers&apos; logs in Cloud Logging: &lt;a href=&quot;%1&quot;&gt;open the Logs Explorer&lt;/a&gt; and filter by the job id. The job&apos;s messages show here.</source>
        <translation>Dataflow bewahrt die Logs seiner Worker in Cloud Logging auf: &lt;a href=&quot;%1&quot;&gt;Öffnen Sie den Log-Explorer&lt;/a&gt; und filtern Sie nach der Job-ID. Die Meldungen des Jobs erscheinen hier.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The workers run inside the launcher (LOOPBACK): their lines are in the Run view.</source>
        <translation>Die Worker laufen im Launcher (LOOPBACK): ihre Zeilen stehen in der Ansicht „Ausführung“.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On Flink the workers&apos; lines go to the TaskManagers&apos; logs: they show here from Flink&apos;s REST API at %1 (the runner option flink_rest_address) while the job runs. When it does not answer, they are in Flink&apos;s web page (Task Managers, Logs) or each TaskManager&apos;s log folder.</source>
        <translation>Auf Flink landen die Zeilen der Worker in den Logs der TaskManager: Sie erscheinen hier über Flinks REST-API unter %1 (die Runner-Option flink_rest_address), solange der Job läuft. Wenn sie nicht antwortet, stehen sie in der Webseite von Flink (Task Managers, Logs) oder im Log-Ordner jedes TaskManagers.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The workers run inside the launcher (LOOPBACK): their lines are in the Run view; the job service&apos;s messages show here.</source>
        <translation>Die Worker laufen im Launcher (LOOPBACK): ihre Zeilen stehen in der Ansicht „Ausführung“; die Meldungen des Job-Service erscheinen hier.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The job service at %1 keeps its workers&apos; output in its own log; its messages about the job show here.</source>
        <translation>Der Job-Service unter %1 bewahrt die Ausgabe seiner Worker in seinem eigenen Log auf; seine Meldungen zum Job erscheinen hier.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>[job %1] %2 %3</source>
        <translation>[Job %1] %2 %3</translation>
    </message>
    <message>
        <location filename="../ui/PipelineFolderResolver.cpp" line="+65"/>
        <source>Looking for Beam pipelines in %1…</source>
        <translation>Suche nach Beam-Pipelines in %1…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Using the pipeline %1 (%2), the only one in %3.</source>
        <translation>Die Pipeline %1 (%2) wird verwendet, die einzige in %3.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Using the pipeline %1 (%2).</source>
        <translation>Die Pipeline %1 (%2) wird verwendet.</translation>
    </message>
    <message>
        <location filename="../ui/PipelineViews.cpp" line="+45"/>
        <location line="+73"/>
        <source>Build the pipeline (Ctrl+B) to list its options here; until then its flags are typed as text below.</source>
        <translation>Erstellen Sie die Pipeline (Strg+B), um ihre Optionen hier aufzulisten; bis dahin werden ihre Flags unten als Text eingegeben.</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>The launcher for this machine was not built: %1</source>
        <translation>Der Launcher für diesen Rechner wurde nicht erstellt: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Building the launcher for this machine: %1 (%2 s)</source>
        <translation>Baue den Launcher für diesen Rechner: %1 (%2 s)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Reading the pipeline&apos;s options from its launcher…</source>
        <translation>Die Optionen der Pipeline werden aus ihrem Launcher gelesen…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The options could not be read (%1). The pipeline flags typed below are used as they are.</source>
        <translation>Die Optionen konnten nicht gelesen werden (%1). Die unten eingegebenen Pipeline-Flags werden so verwendet, wie sie sind.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n option(s) of %1, read from its launcher.</source>
        <translation>
            <numerusform>%n Option von %1, aus ihrem Launcher gelesen.</numerusform>
            <numerusform>%n Optionen von %1, aus ihrem Launcher gelesen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Its own flags are told from Beam&apos;s by name only (%1): flags of a Beam release newer than 2.77 may be listed as the pipeline&apos;s.</source>
        <translation>Ihre eigenen Flags werden nur am Namen von denen von Beam unterschieden (%1): Flags einer Beam-Version neuer als 2.77 werden möglicherweise als die der Pipeline aufgeführt.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Drawing the pipeline&apos;s graph…</source>
        <translation>Der Graph der Pipeline wird gezeichnet…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No graph: %1</source>
        <translation>Kein Graph: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The graph could not be read: %1</source>
        <translation>Der Graph konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The pipeline&apos;s graph is drawn.</source>
        <translation>Der Graph der Pipeline ist gezeichnet.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The pipeline is being built or run; its graph is drawn again after the build.</source>
        <translation>Die Pipeline wird gerade erstellt oder ausgeführt; ihr Graph wird nach dem Build neu gezeichnet.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No graph yet: choose a pipeline folder (and install Go) first.</source>
        <translation>Noch kein Graph: Wählen Sie zuerst einen Pipeline-Ordner (und installieren Sie Go).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The launcher is built for another platform: its graph cannot be drawn here.</source>
        <translation>Der Launcher ist für eine andere Plattform erstellt: Sein Graph kann hier nicht gezeichnet werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Building the launcher for this machine…</source>
        <translation>Der Launcher für diesen Rechner wird erstellt…</translation>
    </message>
    <message>
        <location filename="../ui/JobsModel.cpp" line="+111"/>
        <source>In this state since %1</source>
        <translation>In diesem Zustand seit %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Job</source>
        <translation>Job</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <location filename="../ui/JobsPanel.cpp" line="+41"/>
        <location line="+517"/>
        <source>Cancel Job</source>
        <translation>Job abbrechen</translation>
    </message>
    <message>
        <location line="-496"/>
        <source>Ask the runner to cancel the selected job</source>
        <translation>Den Runner bitten, den ausgewählten Job abzubrechen</translation>
    </message>
    <message>
        <location line="+16"/>
        <location filename="../ui/MainWindow.cpp" line="-429"/>
        <source>Jobs</source>
        <translation>Jobs</translation>
    </message>
    <message>
        <location filename="../ui/JobCountersView.cpp" line="+84"/>
        <source>Bytes (sampled)</source>
        <translation>Bytes (Stichprobe)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time (ms)</source>
        <translation>Zeit (ms)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start (ms)</source>
        <translation>Start (ms)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Process (ms)</source>
        <translation>Verarbeitung (ms)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finish (ms)</source>
        <translation>Abschluss (ms)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Counter</source>
        <translation>Zähler</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../ui/OptionsPanel.cpp" line="+65"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>%1
Counted on PCollection %2 of step %3</source>
        <translation>%1
Gezählt an der PCollection %2 des Schritts %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1
Transform %2</source>
        <translation>%1
Transform %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1, as the runner labels it (the job&apos;s pipeline is not known)</source>
        <translation>%1, wie der Runner es bezeichnet (die Pipeline des Jobs ist nicht bekannt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: the runner&apos;s own label, not a step of the job&apos;s pipeline</source>
        <translation>%1: eine eigene Bezeichnung des Runners, kein Schritt der Pipeline des Jobs</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (committed)</source>
        <translation>%1 (festgeschrieben)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 (attempted)</source>
        <translation>%1 (versucht)</translation>
    </message>
    <message>
        <source>Transform</source>
        <translation type="vanished">Transform</translation>
    </message>
    <message>
        <location filename="../ui/JobsPanel.cpp" line="+3"/>
        <source>Counters of the selected job</source>
        <translation>Zähler des ausgewählten Jobs</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The runner did not confirm within %1 s that job %2 is cancelled (last state: %3). It may still be running: see %4.</source>
        <translation>Der Runner hat nicht innerhalb von %1 s bestätigt, dass Job %2 abgebrochen ist (letzter Zustand: %3). Er läuft vielleicht noch: siehe %4.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No profile is shown.</source>
        <translation>Es wird kein Profil angezeigt.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This profile starts a Prism job server of its own for each launch; its job is followed in the Run and Workers tabs while it runs.</source>
        <translation>Dieses Profil startet für jeden Start einen eigenen Prism-Job-Server; sein Job wird während der Ausführung in den Reitern „Ausführung“ und „Worker“ verfolgt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The runner %1 has no Beam job service to list jobs from.</source>
        <translation>Der Runner %1 hat keinen Beam-Job-Service, dessen Jobs sich auflisten ließen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This profile has no job service endpoint (the runner runs in the launcher); its jobs are only in the Run tab.</source>
        <translation>Dieses Profil hat keinen Job-Service-Endpunkt (der Runner läuft im Launcher); seine Jobs stehen nur im Reiter „Ausführung“.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The endpoint is not HOST:PORT: %1</source>
        <translation>Der Endpunkt ist nicht HOST:PORT: %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Runner&apos;s web page</source>
        <translation>Webseite des Runners</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Asking the job service at %1…</source>
        <translation>Der Job-Service unter %1 wird gefragt…</translation>
    </message>
    <message numerus="yes">
        <location line="+31"/>
        <source>%n job(s) on the job service at %1.</source>
        <translation>
            <numerusform>%n Job auf dem Job-Service unter %1.</numerusform>
            <numerusform>%n Jobs auf dem Job-Service unter %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+27"/>
        <source>No job service answers at %1: %2. The list comes back when it does.</source>
        <translation>Unter %1 antwortet kein Job-Service: %2. Die Liste kommt zurück, sobald er antwortet.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>This job service gives no counters.</source>
        <translation>Dieser Job-Service liefert keine Zähler.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The runner did not cancel job %1: %2</source>
        <translation>Der Runner hat Job %1 nicht abgebrochen: %2</translation>
    </message>
    <message>
        <location line="+145"/>
        <location filename="../ui/ThroughputPlot.cpp" line="-50"/>
        <source>Select a job to see its throughput.</source>
        <translation>Wählen Sie einen Job aus, um seinen Durchsatz zu sehen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Job %1 ended before this window followed it: no throughput line.</source>
        <translation>Job %1 endete, bevor dieses Fenster ihn verfolgte: keine Durchsatzkurve.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Job %1 waits for its throughput to be followed (at most %2 jobs at once).</source>
        <translation>Job %1 wartet darauf, dass sein Durchsatz verfolgt wird (höchstens %2 Jobs gleichzeitig).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This job service gives no counters: no throughput line.</source>
        <translation>Dieser Job-Service liefert keine Zähler: keine Durchsatzkurve.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Following the throughput of job %1…</source>
        <translation>Durchsatz von Job %1 wird verfolgt…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The runner gave no element counts for job %1: no throughput line.</source>
        <translation>Der Runner hat für Job %1 keine Elementzahlen geliefert: keine Durchsatzkurve.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No element counts from the runner for job %1 yet.</source>
        <translation>Noch keine Elementzahlen vom Runner für Job %1.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Cancel job %1 (%2) on the runner? It stops the job and all its work.</source>
        <translation>Job %1 (%2) auf dem Runner abbrechen? Das beendet den Job und seine ganze Arbeit.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancelling job %1…</source>
        <translation>Job %1 wird abgebrochen…</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The runner did not confirm that job %1 is cancelled: %2. It may still be running: see %3.</source>
        <translation>Der Runner hat nicht bestätigt, dass Job %1 abgebrochen ist: %2. Er läuft vielleicht noch: siehe %3.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Job %1 is cancelled.</source>
        <translation>Job %1 ist abgebrochen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Job %1 ended %2, not CANCELLED.</source>
        <translation>Job %1 endete mit %2, nicht CANCELLED.</translation>
    </message>
    <message>
        <location filename="../ui/JobGraphView.cpp" line="+48"/>
        <source>Pipeline graph</source>
        <translation>Pipeline-Graph</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the graph drawn before the run (Beam&apos;s dot runner)</source>
        <translation>Den vor der Ausführung gezeichneten Graphen anzeigen (dot-Runner von Beam)</translation>
    </message>
    <message>
        <location filename="../ui/JobCountersView.cpp" line="-90"/>
        <location filename="../ui/JobGraphView.cpp" line="+6"/>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <location line="-21"/>
        <location filename="../ui/JobGraphView.cpp" line="+0"/>
        <source>Elements</source>
        <translation>Elemente</translation>
    </message>
    <message>
        <location filename="../ui/JobGraphView.cpp" line="+0"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Uncheck a composite step to draw it as one box</source>
        <translation>Einen zusammengesetzten Schritt abwählen, um ihn als einen einzigen Kasten zu zeichnen</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>This runner gives no metrics for the job (%1): the graph is drawn without numbers.</source>
        <translation>Dieser Runner liefert keine Metriken für den Job (%1): Der Graph wird ohne Zahlen gezeichnet.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>the job service gave an empty pipeline</source>
        <translation>der Job-Service hat eine leere Pipeline geliefert</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>This runner gives no element counts or step times for the job%1: the graph is drawn without numbers.</source>
        <translation>Dieser Runner liefert%1 keine Elementzahlen oder Schrittzeiten für den Job: Der Graph wird ohne Zahlen gezeichnet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (yet)</source>
        <translation> (noch)</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>%1 (among the busiest steps)</source>
        <translation>%1 (einer der aufwendigsten Schritte)</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Graphviz&apos;s output is not an SVG Qt can draw.</source>
        <translation>Die Ausgabe von Graphviz ist kein SVG, das Qt zeichnen kann.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>No job shown: launch a job on a job service, or select one in the Jobs tab.</source>
        <translation>Kein Job angezeigt: Starten Sie einen Job auf einem Job-Service, oder wählen Sie einen im Reiter „Jobs“ aus.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Job %1: its pipeline could not be read: %2</source>
        <translation>Job %1: Seine Pipeline konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Job %1: asking %2 for its pipeline…</source>
        <translation>Job %1: Seine Pipeline wird bei %2 abgefragt…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Job %1%2 on %3: %4 steps, numbers refreshed every second.</source>
        <translation>Job %1%2 auf %3: %4 Schritte, Zahlen werden jede Sekunde aktualisiert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Job %1%2 on %3: %4 steps.</source>
        <translation>Job %1%2 auf %3: %4 Schritte.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Busiest: %1.</source>
        <translation>Am aufwendigsten: %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The job service does not answer: the numbers are the last it gave.</source>
        <translation>Der Job-Service antwortet nicht: Die Zahlen sind die zuletzt gelieferten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The graph could not be drawn: %1</source>
        <translation>Der Graph konnte nicht gezeichnet werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/OptionsPanel.cpp" line="+0"/>
        <source>Option</source>
        <translation>Option</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--flag=value ... (flags the table does not show)</source>
        <translation>--flag=wert ... (Flags, die die Tabelle nicht zeigt)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>More flags:</source>
        <translation>Weitere Flags:</translation>
    </message>
    <message>
        <location line="+107"/>
        <location line="+89"/>
        <source>Reset</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <location line="-88"/>
        <source>Back to the default, %1</source>
        <translation>Zurück zum Standardwert, %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+54"/>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message numerus="yes">
        <location line="+46"/>
        <source>The pipeline defines no flag %1: Go&apos;s flag package will refuse it.</source>
        <translation>
            <numerusform>Die Pipeline definiert kein Flag %1: Das flag-Paket von Go wird es ablehnen.</numerusform>
            <numerusform>Die Pipeline definiert keine Flags %1: Das flag-Paket von Go wird sie ablehnen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/OutputPane.cpp" line="+73"/>
        <source>Find…</source>
        <translation>Suchen…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Find Next</source>
        <translation>Weitersuchen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Find Previous</source>
        <translation>Rückwärts suchen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Wrap Lines</source>
        <translation>Zeilen umbrechen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save Output…</source>
        <translation>Ausgabe speichern…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Find in output</source>
        <translation>In der Ausgabe suchen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Previous match (Shift+Enter)</source>
        <translation>Vorheriger Treffer (Umschalt+Eingabe)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next match (Enter)</source>
        <translation>Nächster Treffer (Eingabe)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close (Escape)</source>
        <translation>Schließen (Esc)</translation>
    </message>
    <message>
        <location line="+161"/>
        <source>Open %1 at line %2</source>
        <translation>%1 in Zeile %2 öffnen</translation>
    </message>
    <message>
        <location line="+118"/>
        <location line="+14"/>
        <source>Save Output</source>
        <translation>Ausgabe speichern</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Text files (*.txt *.log);;All files (*)</source>
        <translation>Textdateien (*.txt *.log);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Could not save the output to %1: %2</source>
        <translation>Die Ausgabe konnte nicht in %1 gespeichert werden: %2</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>No matches</source>
        <translation>Keine Treffer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1+ matches</source>
        <translation>%1+ Treffer</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n Treffer</numerusform>
            <numerusform>%n Treffer</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/Dialogs.cpp" line="+165"/>
        <location filename="../ui/PipelineChooser.cpp" line="+22"/>
        <source>Choose a Pipeline</source>
        <translation>Pipeline auswählen</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/PipelineChooser.cpp" line="+1"/>
        <source>%1 holds %n Beam pipelines. Which one should the profile build?</source>
        <translation>
            <numerusform>%1 enthält %n Beam-Pipeline. Welche soll das Profil erstellen?</numerusform>
            <numerusform>%1 enthält %n Beam-Pipelines. Welche soll das Profil erstellen?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/ProblemsModel.cpp" line="+33"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <location line="+124"/>
        <source>Package: %1</source>
        <translation>Paket: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reported by: %1</source>
        <translation>Gemeldet von: %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <location filename="../ui/EnvironmentTable.cpp" line="+39"/>
        <source>New secret value</source>
        <translation>Neuer geheimer Wert</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>(in the keychain)</source>
        <translation>(im Schlüsselbund)</translation>
    </message>
    <message>
        <location filename="../ui/ProfileEditor.cpp" line="-433"/>
        <source>The pipeline folder</source>
        <translation>Der Pipeline-Ordner</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Working folder</source>
        <translation>Arbeitsordner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The folder the launcher runs in: relative paths in the pipeline flags (e.g. --output=out/counts) are read and written there. Empty: the pipeline folder.</source>
        <translation>Der Ordner, in dem der Launcher läuft: Relative Pfade in den Pipeline-Flags (z. B. --output=out/counts) werden dort gelesen und geschrieben. Leer: der Pipeline-Ordner.</translation>
    </message>
    <message>
        <source>&amp;Working folder:</source>
        <translation type="vanished">&amp;Arbeitsordner:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wor&amp;king folder:</source>
        <translation>&amp;Arbeitsordner:</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>This computer (%1)</source>
        <translation>Dieser Computer (%1)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>runner name</source>
        <translation>Runner-Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+243"/>
        <source>Runner&apos;s default</source>
        <translation>Standard des Runners</translation>
    </message>
    <message>
        <location line="-229"/>
        <source>Arm workers, e.g. Dataflow t2a machine types</source>
        <translation>Arm-Worker, z. B. Dataflow-Maschinentypen t2a</translation>
    </message>
    <message>
        <location line="+144"/>
        <source>Inspecting the package…</source>
        <translation>Paket wird untersucht…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Package &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Paket &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>module %1</source>
        <translation>Modul %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This is not package main: choose the folder with func main().</source>
        <translation>Das ist nicht package main: Wählen Sie den Ordner mit func main().</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✓ imports the Beam Go SDK</source>
        <translation>✓ importiert das Beam Go SDK</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Does not import the Beam Go SDK (github.com/apache/beam/sdks/v2/go/pkg/beam, or github.com/apache/beam/sdks/go/pkg/beam before Beam&apos;s Go module): is this the pipeline&apos;s folder?</source>
        <translation>Importiert das Beam Go SDK nicht (github.com/apache/beam/sdks/v2/go/pkg/beam, oder github.com/apache/beam/sdks/go/pkg/beam vor dem Go-Modul von Beam): Ist das der Ordner der Pipeline?</translation>
    </message>
    <message>
        <source>Does not import the Beam Go SDK (github.com/apache/beam/sdks/v2): is this the pipeline&apos;s folder?</source>
        <translation type="vanished">Importiert das Beam Go SDK (github.com/apache/beam/sdks/v2) nicht: Ist das der Ordner der Pipeline?</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>HOST:PORT</source>
        <translation>HOST:PORT</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. localhost:%1</source>
        <translation>z. B. localhost:%1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>optional; %1</source>
        <translation>optional; %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not used by this runner</source>
        <translation>von diesem Runner nicht verwendet</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Runner&apos;s default (%1)</source>
        <translation>Standard des Runners (%1)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 options</source>
        <translation>%1-Optionen</translation>
    </message>
    <message>
        <location filename="../ui/RunnerOptionWidgets.cpp" line="+42"/>
        <source>
Required.</source>
        <translation>
Erforderlich.</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>(default)</source>
        <translation>(Standard)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>required</source>
        <translation>erforderlich</translation>
    </message>
    <message>
        <location filename="../ui/ProfileEditorChecks.cpp" line="+63"/>
        <source>&quot;%1&quot; is not a platform: write goos/goarch, e.g. darwin/arm64.</source>
        <translation>„%1“ ist keine Plattform: Schreiben Sie goos/goarch, z. B. darwin/arm64.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This folder does not exist.</source>
        <translation>Dieser Ordner existiert nicht.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Cannot launch yet: %1</source>
        <translation>Noch kein Start möglich: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ready: Launch builds both binaries, then runs this command.</source>
        <translation>Bereit: „Starten“ erstellt beide Binaries und führt dann diesen Befehl aus.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>&lt;launcher&gt;</source>
        <translation>&lt;launcher&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;worker&gt;</source>
        <translation>&lt;worker&gt;</translation>
    </message>
    <message>
        <location filename="../ui/EnvironmentTable.cpp" line="+60"/>
        <source>Keep the value in the system keychain and mask it everywhere</source>
        <translation>Den Wert im Schlüsselbund des Systems aufbewahren und überall maskieren</translation>
    </message>
    <message>
        <location filename="../ui/SourceView.cpp" line="+60"/>
        <source>%1 is too large to show.</source>
        <translation>%1 ist zu groß für die Anzeige.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not open %1: %2</source>
        <translation>%1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/ThroughputPlot.cpp" line="-3"/>
        <source>Throughput of the selected job</source>
        <translation>Durchsatz des ausgewählten Jobs</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>%1, the busiest output: %2 so far</source>
        <translation>%1, die Ausgabe mit den meisten Elementen: bisher %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, the busiest output: %2 in all</source>
        <translation>%1, die Ausgabe mit den meisten Elementen: insgesamt %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Elements per second of %1.</source>
        <translation>Elemente pro Sekunde von %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Over %1: at most %2 elements/s, lately %3 elements/s.</source>
        <translation>Über %1: höchstens %2 Elemente/s, zuletzt %3 Elemente/s.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>elements/s</source>
        <translation>Elemente/s</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>time since the job started</source>
        <translation>Zeit seit dem Start des Jobs</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1 elements/s from %2 to %3 (%4)</source>
        <translation>%1 Elemente/s von %2 bis %3 (%4)</translation>
    </message>
</context>
</TS>
