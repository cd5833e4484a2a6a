<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ProfileEditorForm</name>
    <message>
        <location filename="../ui/ProfileEditor.ui" line="+18"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The profile&apos;s name, unique among your profiles.</source>
        <translation>Le nom du profil, unique parmi vos profils.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profile name</source>
        <translation>Nom du profil</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Pipeline folder:</source>
        <translation>Dossier du &amp;pipeline :</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The folder of the pipeline&apos;s main package (the one with func main and beam.Init()). You can also drop a folder anywhere on the window.</source>
        <translation>Le dossier du package main du pipeline (celui qui contient func main et beam.Init()). Vous pouvez aussi déposer un dossier n&apos;importe où sur la fenêtre.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pipeline folder</source>
        <translation>Dossier du pipeline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drop a folder here or press Browse</source>
        <translation>Déposez un dossier ici ou cliquez sur Parcourir</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Browse…</source>
        <translation>Parc&amp;ourir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the pipeline&apos;s package folder</source>
        <translation>Choisir le dossier du package du pipeline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Browse for the pipeline folder</source>
        <translation>Rechercher le dossier du pipeline</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Package information</source>
        <translation>Informations sur le package</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pipeline folder problem</source>
        <translation>Problème de dossier du pipeline</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Runner:</source>
        <translation>&amp;Runner :</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The Beam runner (--runner). Pick one or type another registered name.</source>
        <translation>Le runner Beam (--runner). Choisissez-en un ou saisissez un autre nom enregistré.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Runner</source>
        <translation>Runner</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>About the runner</source>
        <translation>À propos du runner</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Runner problem</source>
        <translation>Problème de runner</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Endpoint:</source>
        <translation>Point de &amp;terminaison :</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>HOST:PORT of the runner&apos;s job service (--endpoint).</source>
        <translation>HOST:PORT du service de jobs du runner (--endpoint).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Endpoint</source>
        <translation>Point de terminaison</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Start a &amp;local Prism job server</source>
        <translation>Démarrer un &amp;serveur de jobs Prism local</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Beam Launcher starts a Prism job server for each launch, reachable from this computer only, and runs the worker binary it built through Beam&apos;s boot (--local-job-server). Prism and boot are built once per Beam version.</source>
        <translation>Beam Launcher démarre un serveur de jobs Prism pour chaque lancement, accessible depuis cet ordinateur uniquement, et exécute le binaire du worker qu&apos;il a compilé via le boot de Beam (--local-job-server). Prism et boot sont compilés une fois par version de Beam.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Endpoint problem</source>
        <translation>Problème de point de terminaison</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>En&amp;vironment:</source>
        <translation>&amp;Environnement :</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Where the workers run (--environment_type).</source>
        <translation>Où s&apos;exécutent les workers (--environment_type).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Environment type</source>
        <translation>Type d&apos;environnement</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The environment&apos;s configuration (--environment_config): a container image for DOCKER, JSON for PROCESS, an address for EXTERNAL.</source>
        <translation>La configuration de l&apos;environnement (--environment_config) : une image de conteneur pour DOCKER, du JSON pour PROCESS, une adresse pour EXTERNAL.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Environment configuration</source>
        <translation>Configuration de l&apos;environnement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Configuration</source>
        <translation>Configuration</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Environment problem</source>
        <translation>Problème d&apos;environnement</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Launcher for:</source>
        <translation>&amp;Lanceur pour :</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The platform of the machine that submits the job (goos/goarch); this one by default.</source>
        <translation>La plateforme de la machine qui soumet le job (goos/goarch) ; celle-ci par défaut.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Launcher platform</source>
        <translation>Plateforme du lanceur</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Worker for:</source>
        <translation>&amp;Worker pour :</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The platform of the runner&apos;s worker machines: linux/amd64, or linux/arm64 for Arm workers.</source>
        <translation>La plateforme des machines workers du runner : linux/amd64, ou linux/arm64 pour des workers Arm.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Worker platform</source>
        <translation>Plateforme du worker</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Platform problem</source>
        <translation>Problème de plateforme</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Build &amp;tags:</source>
        <translation>Tags de co&amp;mpilation :</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Go build tags for both builds, separated by commas or spaces.</source>
        <translation>Tags de compilation Go pour les deux compilations, séparés par des virgules ou des espaces.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Build tags</source>
        <translation>Tags de compilation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>c&amp;go</source>
        <translation>c&amp;go</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Build with CGO_ENABLED=1. Leave it off unless the pipeline needs C code: a cgo worker needs the runner&apos;s C library.</source>
        <translation>Compiler avec CGO_ENABLED=1. Laissez désactivé sauf si le pipeline a besoin de code C : un worker cgo a besoin de la bibliothèque C du runner.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Build with cgo</source>
        <translation>Compiler avec cgo</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Runner options</source>
        <translation>Options du runner</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+5"/>
        <source>Pipeline flags</source>
        <translation>Arguments du pipeline</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Extra flags for the pipeline, passed to the launcher as given, one per row, e.g. --input=gs://bucket/file.txt</source>
        <translation>Arguments supplémentaires du pipeline, transmis tels quels au lanceur, un par ligne, p. ex. --input=gs://bucket/file.txt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Flag</source>
        <translation>Argument</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add flag</source>
        <translation>Ajouter un argument</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a pipeline flag</source>
        <translation>Ajouter un argument du pipeline</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+46"/>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>Remove the selected pipeline flag</source>
        <translation>Supprimer l&apos;argument du pipeline sélectionné</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pipeline flags problem</source>
        <translation>Problème d&apos;arguments du pipeline</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+5"/>
        <source>Environment variables</source>
        <translation>Variables d&apos;environnement</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Variables for the launcher&apos;s environment. Tick &quot;Secret&quot; for passwords and tokens: their values go to the system keychain, never into the profile file, and are masked wherever shown.</source>
        <translation>Variables de l&apos;environnement du lanceur. Cochez « Secret » pour les mots de passe et les jetons : leurs valeurs vont dans le trousseau du système, jamais dans le fichier du profil, et sont masquées partout où elles apparaissent.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secret</source>
        <translation>Secret</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add variable</source>
        <translation>Ajouter une variable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add an environment variable</source>
        <translation>Ajouter une variable d&apos;environnement</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Remove the selected environment variable</source>
        <translation>Supprimer la variable d&apos;environnement sélectionnée</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Environment variables problem</source>
        <translation>Problème de variables d&apos;environnement</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Command</source>
        <translation>Commande</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The exact command Launch runs, secrets masked.</source>
        <translation>La commande exacte exécutée par Lancer, secrets masqués.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Command preview</source>
        <translation>Aperçu de la commande</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Launch readiness</source>
        <translation>Prêt au lancement</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the command line (secrets stay masked)</source>
        <translation>Copier la ligne de commande (les secrets restent masqués)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the command line</source>
        <translation>Copier la ligne de commande</translation>
    </message>
</context>
<context>
    <name>bl::builds</name>
    <message>
        <location filename="../app/builds/PrebuiltBinaries.cpp" line="+28"/>
        <source>%1 is not a file: give both --launcher-binary and --worker-binary as paths to built binaries.</source>
        <translation>%1 n&apos;est pas un fichier : indiquez --launcher-binary et --worker-binary comme chemins de binaires compilés.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1 refused before launch: %2</source>
        <translation>%1 refusé avant le lancement : %2</translation>
    </message>
</context>
<context>
    <name>bl::cli</name>
    <message>
        <location filename="../app/cli/LaunchOptions.cpp" line="+18"/>
        <source>Folder for the two binaries (default: a per-package cache folder).</source>
        <translation>Dossier des deux binaires (par défaut : un dossier de cache par package).</translation>
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
        <translation>Écrire dans --out même s&apos;il contient des fichiers qui ne sont pas de Beam Launcher (les dossiers système, racine et personnels sont refusés de toute façon).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run go build even when both binaries are up to date with the sources and settings (a launch otherwise starts them at once).</source>
        <translation>Lancer go build même si les deux binaires sont à jour par rapport aux sources et aux réglages (sinon un lancement les démarre aussitôt).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GOOS/GOARCH of the launcher (default: this machine).</source>
        <translation>GOOS/GOARCH du lanceur (par défaut : cette machine).</translation>
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
        <translation>GOOS/GOARCH du worker (par défaut : linux/amd64).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Build with CGO_ENABLED=1 (default: 0, as Beam&apos;s worker containers need).</source>
        <translation>Compiler avec CGO_ENABLED=1 (par défaut : 0, comme l&apos;exigent les conteneurs workers de Beam).</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/PipelineCommands.cpp" line="-2"/>
        <source>Comma-separated Go build tags.</source>
        <translation>Tags de compilation Go séparés par des virgules.</translation>
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
        <translation>Transmettre au terminal telles quelles les séquences de contrôle du lanceur (couleurs, titres...) ; par défaut elles sont retirées de ce qu&apos;affiche un terminal (jamais du journal ni de --json).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Beam runner: prism, direct, universal, flink, spark, samza, dataflow, dot, or another name.</source>
        <translation>Runner Beam : prism, direct, universal, flink, spark, samza, dataflow, dot, ou un autre nom.</translation>
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
        <translation type="vanished">utilisation : beam-launcher jobs list --endpoint HOST:PORT [--json]
              beam-launcher jobs watch JOB_ID --endpoint HOST:PORT [--json]
              beam-launcher jobs cancel JOB_ID --endpoint HOST:PORT [--json] [--timeout SECONDS]
              beam-launcher jobs metrics JOB_ID --endpoint HOST:PORT [--json]
Dialogue avec un service de jobs Beam (serveurs de jobs Prism, Flink, Spark, Samza, serveur de jobs Python de Beam)
via la Job API de Beam. --web-ui URL indique la page web du runner pour les messages.
watch suit un job jusqu&apos;à sa fin (sortie 0 DONE, 1 FAILED ou service de jobs disparu,
130 CANCELLED) ; cancel demande au runner d&apos;annuler et attend (10 s par défaut) qu&apos;il réponde
CANCELLED (sortie 0) ou explique pourquoi non (1). Sortie 2 : mauvaise utilisation ou job inexistant.</translation>
    </message>
    <message>
        <source>beam-launcher jobs: unknown command &quot;%1&quot;.</source>
        <translation type="vanished">beam-launcher jobs : commande inconnue « %1 ».</translation>
    </message>
    <message>
        <source>%1 needs a value.</source>
        <translation type="vanished">%1 a besoin d&apos;une valeur.</translation>
    </message>
    <message>
        <location filename="../app/cli/JobsCommand.cpp" line="+64"/>
        <source>--web-ui wants a URL such as http://localhost:8074/.</source>
        <translation>--web-ui attend une URL comme http://localhost:8074/.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--timeout wants whole seconds between 1 and 3600.</source>
        <translation>--timeout attend un nombre entier de secondes entre 1 et 3600.</translation>
    </message>
    <message>
        <source>beam-launcher jobs %1: unknown option %2.</source>
        <translation type="vanished">beam-launcher jobs %1 : option inconnue %2.</translation>
    </message>
    <message>
        <source>give exactly one job id (see `beam-launcher jobs list`).</source>
        <translation type="vanished">indiquez exactement un id de job (voir `beam-launcher jobs list`).</translation>
    </message>
    <message>
        <source>takes no job id.</source>
        <translation type="vanished">n&apos;accepte pas d&apos;id de job.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--endpoint HOST:PORT is required: the job service to ask (a standalone Prism listens on localhost:8073).</source>
        <translation>--endpoint HOST:PORT est obligatoire : le service de jobs à interroger (un Prism autonome écoute sur localhost:8073).</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>the job service at %1 could not tell about job %2 (%3): see `beam-launcher jobs list --endpoint %1`.</source>
        <translation>le service de jobs à %1 n&apos;a pas pu renseigner sur le job %2 (%3) : voir `beam-launcher jobs list --endpoint %1`.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the job service at %1 has no jobs.</source>
        <translation>le service de jobs à %1 n&apos;a aucun job.</translation>
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
        <translation>ID DU JOB</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>STATE</source>
        <translation>ÉTAT</translation>
    </message>
    <message>
        <location line="+129"/>
        <source> (attempted)</source>
        <translation> (tenté)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>job %1 has no metrics (yet).</source>
        <translation>le job %1 n&apos;a pas (encore) de métriques.</translation>
    </message>
    <message>
        <location filename="../app/cli/EventPrinter.cpp" line="+185"/>
        <location filename="../app/cli/JobsCommand.cpp" line="+19"/>
        <source>Job %1: %2</source>
        <translation>Job %1 : %2</translation>
    </message>
    <message>
        <location filename="../app/cli/JobsCommand.cpp" line="-255"/>
        <source>Talks to a Beam job service (Prism, Flink, Spark, Samza job servers, Beam&apos;s Python job server)
through Beam&apos;s Job API. --web-ui URL names the runner&apos;s web page for the messages.
watch follows a job until it ends (exit 0 DONE, 1 FAILED or the job service went away,
130 CANCELLED); cancel asks the runner to cancel and waits (10 s by default) until it says
CANCELLED (exit 0) or says why not (1). Exit 2: bad usage or no such job.</source>
        <translation>Communique avec un service de jobs Beam (serveurs de jobs Prism, Flink, Spark, Samza, serveur de jobs
Python de Beam) via la Job API de Beam. --web-ui URL indique la page web du runner pour les messages.
watch suit un job jusqu&apos;à sa fin (code 0 DONE, 1 FAILED ou service de jobs disparu,
130 CANCELLED) ; cancel demande au runner d&apos;annuler et attend (10 s par défaut) qu&apos;il indique
CANCELLED (code 0) ou pourquoi il ne le fait pas (1). Code 2 : utilisation incorrecte ou job inexistant.</translation>
    </message>
    <message>
        <location line="+131"/>
        <source>the job service at %1 gave an empty pipeline for job %2.</source>
        <translation>le service de jobs à %1 a fourni un pipeline vide pour le job %2.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the runner at %1 gives no element counts or step times for job %2: the graph has no numbers.</source>
        <translation>le runner à %1 ne fournit pas de nombres d&apos;éléments ni de temps d&apos;étape pour le job %2 : le graphe n&apos;a pas de chiffres.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the runner at %1 gives no metrics for job %2 (%3): the graph has no numbers.</source>
        <translation>le runner à %1 ne fournit pas de métriques pour le job %2 (%3) : le graphe n&apos;a pas de chiffres.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>STEP</source>
        <translation>ÉTAPE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ELEMENTS</source>
        <translation>ÉLÉMENTS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BYTES</source>
        <translation>OCTETS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TIME</source>
        <translation>TEMPS</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>the job service at %1 is gone (%2); job %3 was last %4. Whether it still runs is unknown: see %5.</source>
        <translation>le service de jobs à %1 a disparu (%2) ; le job %3 était en dernier lieu %4. On ne sait pas s&apos;il tourne encore : voir %5.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>runner page: %1</source>
        <translation>page du runner : %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>cannot reach the job service at %1 (%2)</source>
        <translation>impossible de joindre le service de jobs à %1 (%2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the job service at %1 has no job %2: see `beam-launcher jobs list --endpoint %1`.</source>
        <translation>le service de jobs à %1 n&apos;a pas de job %2 : voir `beam-launcher jobs list --endpoint %1`.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the job service at %1 could not tell the state of job %2 (%3): see `beam-launcher jobs list --endpoint %1`.</source>
        <translation>le service de jobs à %1 n&apos;a pas pu donner l&apos;état du job %2 (%3) : voir `beam-launcher jobs list --endpoint %1`.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>stopped watching; job %1 was not touched.</source>
        <translation>suivi arrêté ; le job %1 n&apos;a pas été touché.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>the runner did not confirm that job %1 is cancelled (%2; last state %3). It may still be running: see %4.</source>
        <translation>le runner n&apos;a pas confirmé l&apos;annulation du job %1 (%2 ; dernier état %3). Il tourne peut-être encore : voir %4.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Job %1: CANCELLED</source>
        <translation>Job %1 : CANCELLED</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>job %1 ended %2, not CANCELLED: there was nothing to cancel.</source>
        <translation>le job %1 s&apos;est terminé %2, pas CANCELLED : il n&apos;y avait rien à annuler.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Cancelling job %1 on %2...</source>
        <translation>Annulation du job %1 sur %2...</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the job service went away: %1</source>
        <translation>le service de jobs a disparu : %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the job service no longer knows the job</source>
        <translation>le service de jobs ne connaît plus le job</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no terminal state within %1 s</source>
        <translation>aucun état final en %1 s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>stopped waiting; the cancel of job %1 was asked for but is not confirmed: see %2.</source>
        <translation>attente arrêtée ; l&apos;annulation du job %1 a été demandée mais n&apos;est pas confirmée : voir %2.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>graph --job draws a job that runs or ran: give no folder and no pipeline flags with it.</source>
        <translation>graph --job dessine un job en cours ou terminé : n&apos;indiquez avec lui ni dossier ni arguments du pipeline.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--job wants the job&apos;s id (see `beam-launcher jobs list`).</source>
        <translation>--job attend l&apos;identifiant du job (voir `beam-launcher jobs list`).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>graph --job needs --endpoint HOST:PORT: the job service that runs the job.</source>
        <translation>graph --job a besoin de --endpoint HOST:PORT : le service de jobs qui exécute le job.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>graph of job %1 written to %2</source>
        <translation>graphe du job %1 écrit dans %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the launcher ended without naming the job it submitted; see `beam-launcher jobs list --endpoint %1`.</source>
        <translation>le lanceur s&apos;est terminé sans nommer le job qu&apos;il a soumis ; voir `beam-launcher jobs list --endpoint %1`.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>job %1 is %2 and left running on the runner: see %3 or `beam-launcher jobs watch %1 --endpoint %4`.</source>
        <translation>le job %1 est %2 et continue de tourner sur le runner : voir %3 ou `beam-launcher jobs watch %1 --endpoint %4`.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>job %1 ended %2 before it ran.</source>
        <translation>le job %1 s&apos;est terminé %2 avant de s&apos;exécuter.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the job service at %1 cannot tell about job %2 (%3).</source>
        <translation>le service de jobs à %1 ne peut pas renseigner sur le job %2 (%3).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>job %1 is still %2 after 60 s; it is left to the runner: see %3.</source>
        <translation>le job %1 est encore %2 après 60 s ; il est laissé au runner : voir %3.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>stopped waiting; job %1 was submitted and is left to the runner.</source>
        <translation>attente arrêtée ; le job %1 a été soumis et est laissé au runner.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The job service&apos;s address.</source>
        <translation>L&apos;adresse du service de jobs.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The runner&apos;s web page, for the messages.</source>
        <translation>La page web du runner, pour les messages.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print one JSON event per line on stdout.</source>
        <translation>Afficher un événement JSON par ligne sur stdout.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The job&apos;s id (see `beam-launcher jobs list`).</source>
        <translation>L&apos;identifiant du job (voir `beam-launcher jobs list`).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>List, watch, cancel a job service&apos;s jobs, or read their metrics.</source>
        <translation>Lister, suivre, annuler les jobs d&apos;un service de jobs, ou lire leurs métriques.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>List the job service&apos;s jobs: id, state and name.</source>
        <translation>Lister les jobs du service de jobs : identifiant, état et nom.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Follow a job&apos;s states and messages until it ends.</source>
        <translation>Suivre les états et les messages d&apos;un job jusqu&apos;à sa fin.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cancel a job and wait until the runner says it is cancelled.</source>
        <translation>Annuler un job et attendre que le runner indique qu&apos;il est annulé.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Seconds to wait for CANCELLED (default: 10).</source>
        <translation>Secondes d&apos;attente de CANCELLED (par défaut : 10).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Print a job&apos;s metrics.</source>
        <translation>Afficher les métriques d&apos;un job.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Per step of the job&apos;s pipeline: elements of its main output, bytes, time (--json: `step` events).</source>
        <translation>Par étape du pipeline du job : éléments de sa sortie principale, octets, temps (--json : événements `step`).</translation>
    </message>
    <message>
        <location filename="../app/cli/LaunchOptions.cpp" line="-11"/>
        <source>Job service address.</source>
        <translation>Adresse du service de jobs.</translation>
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
        <translation type="vanished">Avec --runner prism : démarrer un serveur de jobs Prism pour ce lancement, accessible depuis cette machine uniquement, et y exécuter le worker via le boot de Beam (PROCESS) ; il s&apos;arrête avec le lancement.</translation>
    </message>
    <message>
        <location filename="../app/cli/LaunchOptions.cpp" line="+2"/>
        <source>Worker environment: DOCKER, PROCESS, LOOPBACK or EXTERNAL.</source>
        <translation>Environnement des workers : DOCKER, PROCESS, LOOPBACK ou EXTERNAL.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>TYPE</source>
        <translation>TYPE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Worker environment configuration (an image, or JSON for PROCESS).</source>
        <translation>Configuration de l&apos;environnement des workers (une image, ou du JSON pour PROCESS).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CONFIG</source>
        <translation>CONFIG</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A runner option from the catalog, e.g. --option project=my-project (repeatable).</source>
        <translation>Une option du runner issue du catalogue, p. ex. --option project=my-project (répétable).</translation>
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
        <translation>Utiliser ce lanceur précompilé au lieu de compiler.</translation>
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
        <translation>Utiliser ce worker précompilé au lieu de compiler.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The pipeline to use when DIR holds several (import path or folder).</source>
        <translation>Le pipeline à utiliser quand DIR en contient plusieurs (chemin d&apos;import ou dossier).</translation>
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
        <translation>Avec --local-job-server : annuler le job et quitter avec le code 1 dès qu&apos;il est RUNNING depuis SECONDS sans aucun worker en vie ni progression (par défaut : le signaler après 60 s et continuer d&apos;attendre).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submit the job, print its id and exit 0 once it is RUNNING; the job keeps running on the runner (needs a job service and a worker environment other than LOOPBACK).</source>
        <translation>Soumettre le job, afficher son id et sortir avec 0 dès qu&apos;il est RUNNING ; le job continue de tourner sur le runner (nécessite un service de jobs et un environnement de worker autre que LOOPBACK).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Launch a saved profile (its secrets come from the keychain). Launch options given with it override the profile&apos;s values for this run, each said on stderr; flags after -- are added to the profile&apos;s.</source>
        <translation>Lancer un profil enregistré (ses secrets proviennent du trousseau). Les options de lancement données avec lui remplacent les valeurs du profil pour cette exécution, chacune signalée sur stderr ; les arguments après -- s&apos;ajoutent à ceux du profil.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With --profile: accept the programs and folders outside the pipeline that an imported profile names (go, prebuilt binaries, output folder, PROCESS command...), after checking them. Asked once, and again when they change.</source>
        <translation>Avec --profile : accepter les programmes et dossiers hors du pipeline que désigne un profil importé (go, binaires précompilés, dossier de sortie, commande PROCESS...), après les avoir vérifiés. Demandé une fois, puis à nouveau s&apos;ils changent.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>--stall-timeout takes a number of seconds from 1 to 604800, not &quot;%1&quot;.</source>
        <translation>--stall-timeout attend un nombre de secondes de 1 à 604800, pas « %1 ».</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--option takes NAME=VALUE, not &quot;%1&quot;.</source>
        <translation>--option attend NAME=VALUE, pas « %1 ».</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--env takes NAME=VALUE, not &quot;%1&quot;.</source>
        <translation>--env attend NAME=VALUE, pas « %1 ».</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The pipeline&apos;s folder: its main package, or a module or repository folder holding it.</source>
        <translation>Le dossier du pipeline : son package main, ou un dossier de module ou de dépôt qui le contient.</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandLine.cpp" line="+175"/>
        <source>Build a Beam Go pipeline&apos;s launcher and worker, then launch it.</source>
        <translation>Compiler le lanceur et le worker d&apos;un pipeline Beam Go, puis le lancer.</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandModel.cpp" line="+173"/>
        <source>--%1 needs a value, but the next word is the option %2. Give the value right after --%1 (e.g. --%1=VALUE).</source>
        <translation>--%1 attend une valeur, mais le mot suivant est l’option %2. Donnez la valeur juste après --%1 (par ex. --%1=VALEUR).</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandLine.cpp" line="-12"/>
        <source>Build a Beam Go pipeline&apos;s launcher and worker side by side.</source>
        <translation>Compiler en parallèle le lanceur et le worker d&apos;un pipeline Beam Go.</translation>
    </message>
    <message>
        <location filename="../app/cli/LaunchOptions.cpp" line="-116"/>
        <location filename="../app/cli/PipelineCommands.cpp" line="+1"/>
        <source>The go command to use (default: go on PATH, then the usual install folders).</source>
        <translation>La commande go à utiliser (par défaut : go du PATH, puis les dossiers d&apos;installation habituels).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print one JSON event per line on stdout; text for people goes to stderr.</source>
        <translation>Afficher un événement JSON par ligne sur stdout ; le texte destiné aux personnes va sur stderr.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>With --runner prism (or universal, for a Beam SDK older than Prism): start a Prism job server for this launch, reachable from this machine only, and run the worker through Beam&apos;s boot in it (PROCESS); it stops with the launch.</source>
        <translation>Avec --runner prism (ou universal, pour un SDK Beam antérieur à Prism) : démarrer un serveur de jobs Prism pour ce lancement, accessible depuis cette machine uniquement, et y exécuter le worker via le boot de Beam (PROCESS) ; il s&apos;arrête avec le lancement.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Environment variable for the launcher (repeatable). Secrets: use `profiles set-secret`.</source>
        <translation>Variable d&apos;environnement du lanceur (répétable). Secrets : utilisez `profiles set-secret`.</translation>
    </message>
    <message>
        <source>Launch a saved profile (its secrets come from the keychain).</source>
        <translation type="vanished">Lancer un profil enregistré (ses secrets proviennent du trousseau).</translation>
    </message>
    <message>
        <location filename="../app/cli/CliOutput.cpp" line="+44"/>
        <location filename="../app/cli/EventPrinter.cpp" line="+31"/>
        <source>error: %1</source>
        <translation>erreur : %1</translation>
    </message>
    <message>
        <source>The pipeline&apos;s main package folder.</source>
        <translation type="vanished">Le dossier du package main du pipeline.</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfilesCommand.cpp" line="+411"/>
        <source>Save a launch profile with the options `launch` takes.</source>
        <translation>Enregistrer un profil de lancement avec les options qu&apos;accepte `launch`.</translation>
    </message>
    <message>
        <source>The new profile&apos;s name.</source>
        <translation type="vanished">Le nom du nouveau profil.</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandModel.cpp" line="-120"/>
        <source>Flags after -- go to the pipeline.</source>
        <translation>Les arguments après -- vont au pipeline.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1: unknown option &quot;%2&quot;.</source>
        <translation>%1 : option inconnue « %2 ».</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: unknown command &quot;%2&quot;.</source>
        <translation>%1 : commande inconnue « %2 ».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: unknown option &quot;%2&quot;; did you mean %3?</source>
        <translation>%1 : option inconnue « %2 » ; vouliez-vous dire %3 ?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: unknown command &quot;%2&quot;; did you mean %3?</source>
        <translation>%1 : commande inconnue « %2 » ; vouliez-vous dire %3 ?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run `%1 --help` for what it takes.</source>
        <translation>Exécutez `%1 --help` pour voir ce que la commande accepte.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Usage: %1 COMMAND [options]</source>
        <translation>Utilisation : %1 COMMAND [options]</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Commands:</source>
        <translation>Commandes :</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Run `%1 COMMAND --help` for a command&apos;s options and arguments.</source>
        <translation>Exécutez `%1 COMMAND --help` pour voir les options et les arguments d&apos;une commande.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>beam-launcher %1: %2
Run `beam-launcher %1 --help` for the options.</source>
        <translation>beam-launcher %1 : %2
Exécutez `beam-launcher %1 --help` pour voir les options.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>`%1` needs %2: see `%1 --help`.</source>
        <translation>`%1` a besoin de %2 : voir `%1 --help`.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>`%1` takes no arguments, not &quot;%2&quot;: see `%1 --help`.</source>
        <translation>`%1` n&apos;accepte aucun argument, pas « %2 » : voir `%1 --help`.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>`%1` takes %2, not also &quot;%3&quot;: see `%1 --help`.</source>
        <translation>`%1` accepte %2, pas en plus « %3 » : voir `%1 --help`.</translation>
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
        <translation type="vanished">Beam Launcher compile un pipeline Apache Beam Go deux fois en même temps, un lanceur pour cette
machine et un worker pour les machines du runner (linux/amd64, cgo désactivé), vérifie les deux et exécute
  launcher --worker_binary=WORKER --runner=RUNNER --endpoint=HOST:PORT [arguments du pipeline]

Utilisation :
  beam-launcher [DIR]                 ouvrir la fenêtre (avec un nouveau profil pour DIR)
  beam-launcher --version
  beam-launcher build DIR [options de compilation]
  beam-launcher launch DIR --runner NAME [--endpoint HOST:PORT] [options de compilation]
                [--env NAME=VALUE]... [--json] [-- ARGUMENTS DU PIPELINE...]
  beam-launcher launch --launcher-binary FILE --worker-binary FILE --runner NAME [...]
  beam-launcher launch --profile NAME [--json] [-- AUTRES ARGUMENTS DU PIPELINE...]
  beam-launcher profiles list | show NAME | export NAME FILE | import FILE | delete NAME
  beam-launcher profiles create NAME DIR --runner NAME [options de lancement] [-- ARGUMENTS DU PIPELINE...]
  beam-launcher profiles set-secret NAME VAR   (la valeur est lue sur l&apos;entrée standard)

Exécutez `beam-launcher build --help` ou `beam-launcher launch --help` pour voir les options.
Codes de sortie : 0 terminé, 1 échec d&apos;une compilation ou du lancement, 2 utilisation ou entrée incorrecte,
130 annulé ; launch se termine avec le code de sortie du lanceur.
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
        <translation type="vanished">Beam Launcher compile un pipeline Apache Beam Go deux fois en même temps, un lanceur pour cette
machine et un worker pour les machines du runner (linux/amd64, cgo désactivé), vérifie les deux et exécute
  launcher --worker_binary=WORKER --runner=RUNNER --endpoint=HOST:PORT [arguments du pipeline]

Utilisation :
  beam-launcher [DIR]                 ouvrir la fenêtre (avec un nouveau profil pour DIR)
  beam-launcher --version
  beam-launcher build DIR [options de compilation] [--out DIR [--force-out]]
  beam-launcher launch DIR --runner NAME [--endpoint HOST:PORT] [options de compilation]
                [--env NAME=VALUE]... [--json] [--raw] [--detach] [-- ARGUMENTS DU PIPELINE...]
  beam-launcher launch --launcher-binary FILE --worker-binary FILE --runner NAME [...]
  beam-launcher launch --profile NAME [--json] [-- AUTRES ARGUMENTS DU PIPELINE...]
  beam-launcher profiles list | show NAME | export NAME FILE | import FILE | delete NAME
  beam-launcher profiles create NAME DIR --runner NAME [options de lancement] [-- ARGUMENTS DU PIPELINE...]
  beam-launcher profiles set-secret NAME VAR   (la valeur est lue sur l&apos;entrée standard)
  beam-launcher jobs list --endpoint HOST:PORT [--json]
  beam-launcher jobs watch|cancel|metrics JOB_ID --endpoint HOST:PORT [--json]
  beam-launcher options DIR [--json]          les arguments propres au pipeline
  beam-launcher graph DIR [--svg FILE] [-- ARGUMENTS DU PIPELINE...]
DIR peut être un dossier de module ou de dépôt contenant un seul pipeline ; --package choisit parmi plusieurs.

Exécutez `beam-launcher build --help` ou `beam-launcher launch --help` pour voir les options.
Codes de sortie : 0 terminé, 1 échec d&apos;une compilation ou du lancement, 2 utilisation ou entrée incorrecte,
130 annulé ; launch se termine avec le code de sortie du lanceur.
</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandLine.cpp" line="-94"/>
        <source>warning: the run was not recorded: %1</source>
        <translation>avertissement : l&apos;exécution n&apos;a pas été enregistrée : %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>--detach needs a job service (--endpoint HOST:PORT): without one the job runs inside the launcher.</source>
        <translation>--detach nécessite un service de jobs (--endpoint HOST:PORT) : sans lui, le job tourne dans le lanceur.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--detach cannot leave a LOOPBACK job running: its worker is the launcher. Use PROCESS, DOCKER or EXTERNAL.</source>
        <translation>--detach ne peut pas laisser tourner un job LOOPBACK : son worker est le lanceur. Utilisez PROCESS, DOCKER ou EXTERNAL.</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfileLaunch.cpp" line="+24"/>
        <source>(none)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--%1 %2 overrides the profile&apos;s %3 for this run.</source>
        <translation>--%1 %2 remplace la valeur %3 du profil pour cette exécution.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>--cgo overrides the profile&apos;s cgo off for this run.</source>
        <translation>--cgo remplace le réglage « cgo désactivé » du profil pour cette exécution.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--local-job-server overrides the profile&apos;s job service for this run.</source>
        <translation>--local-job-server remplace le service de jobs du profil pour cette exécution.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>--env %1 overrides the profile&apos;s value of %1 for this run.</source>
        <translation>--env %1 remplace la valeur de %1 du profil pour cette exécution.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>There is no profile &quot;%1&quot;: see `beam-launcher profiles list`.</source>
        <translation>Il n&apos;existe pas de profil « %1 » : voir `beam-launcher profiles list`.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The profile &quot;%1&quot; names programs or folders outside the pipeline that a launch would use, and you have not accepted them yet:
%2
Check them; if you trust them, launch once with --trust: `beam-launcher launch --profile &quot;%1&quot; --trust`.</source>
        <translation>Le profil « %1 » désigne des programmes ou des dossiers hors du pipeline qu&apos;un lancement utiliserait, et vous ne les avez pas encore acceptés :
%2
Vérifiez-les ; si vous leur faites confiance, lancez une fois avec --trust : `beam-launcher launch --profile &quot;%1&quot; --trust`.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Trusted for this and later launches (until they change):
%1</source>
        <translation>Approuvés pour ce lancement et les suivants (jusqu&apos;à ce qu&apos;ils changent) :
%1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The secret %1 of profile &quot;%2&quot; has no value in the keychain: set it with `beam-launcher profiles set-secret &quot;%2&quot; %1` (it reads the value from standard input).</source>
        <translation>Le secret %1 du profil « %2 » n&apos;a pas de valeur dans le trousseau : définissez-le avec `beam-launcher profiles set-secret &quot;%2&quot; %1` (la valeur est lue sur l&apos;entrée standard).</translation>
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
        <translation type="vanished">Beam Launcher compile un pipeline Apache Beam Go deux fois en même temps, un lanceur pour cette
machine et un worker pour les machines du runner (linux/amd64, cgo désactivé), vérifie les deux et exécute
  launcher --worker_binary=WORKER --runner=RUNNER --endpoint=HOST:PORT [arguments du pipeline]

Utilisation :
  beam-launcher [DIR]                 ouvrir la fenêtre (avec un nouveau profil pour DIR)
  beam-launcher --version
  beam-launcher build DIR [options de compilation] [--out DIR [--force-out]]
  beam-launcher launch DIR --runner NAME [--endpoint HOST:PORT] [options de compilation]
                [--env NAME=VALUE]... [--json] [--raw] [--detach] [-- ARGUMENTS DU PIPELINE...]
  beam-launcher launch --launcher-binary FILE --worker-binary FILE --runner NAME [...]
  beam-launcher launch --profile NAME [--trust] [options de lancement] [--json] [-- AUTRES ARGUMENTS DU PIPELINE...]
                (les options données avec --profile remplacent celles du profil pour cette exécution)
  beam-launcher profiles list | show NAME | export NAME FILE | import FILE | delete NAME
  beam-launcher profiles create NAME DIR --runner NAME [options de lancement] [-- ARGUMENTS DU PIPELINE...]
  beam-launcher profiles set-secret NAME VAR   (la valeur est lue sur l&apos;entrée standard)
  beam-launcher profiles unset-secret NAME VAR
  beam-launcher jobs list --endpoint HOST:PORT [--json]
  beam-launcher jobs watch|cancel|metrics JOB_ID --endpoint HOST:PORT [--json]
  beam-launcher options DIR [--json]          les arguments propres au pipeline
  beam-launcher graph DIR [--svg FILE] [-- ARGUMENTS DU PIPELINE...]
DIR peut être un dossier de module ou de dépôt contenant un seul pipeline ; --package choisit parmi plusieurs.

Exécutez `beam-launcher build --help` ou `beam-launcher launch --help` pour voir les options.
Codes de sortie : 0 terminé, 1 échec d&apos;une compilation ou du lancement, 2 utilisation ou entrée incorrecte,
130 annulé ; launch se termine avec le code de sortie du lanceur.
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
        <translation>Beam Launcher compile un pipeline Apache Beam Go deux fois en même temps, un lanceur pour cette
machine et un worker pour les machines du runner (linux/amd64, cgo désactivé), vérifie les deux et exécute
  launcher --worker_binary=WORKER --runner=RUNNER --endpoint=HOST:PORT [arguments du pipeline]

Utilisation :
  beam-launcher [DIR]                 ouvrir la fenêtre (avec un nouveau profil pour DIR)
  beam-launcher --version
  beam-launcher build DIR [options de compilation] [--out DIR [--force-out]]
  beam-launcher launch DIR --runner NAME [--endpoint HOST:PORT] [options de compilation]
                [--env NAME=VALUE]... [--json] [--raw] [--detach] [-- ARGUMENTS DU PIPELINE...]
  beam-launcher launch --launcher-binary FILE --worker-binary FILE --runner NAME [...]
  beam-launcher launch --profile NAME [--trust] [options de lancement] [--json] [-- AUTRES ARGUMENTS DU PIPELINE...]
                (les options données avec --profile remplacent celles du profil pour cette exécution)
  beam-launcher profiles list | show NAME | export NAME FILE | import FILE | delete NAME
  beam-launcher profiles create NAME DIR --runner NAME [options de lancement] [-- ARGUMENTS DU PIPELINE...]
  beam-launcher profiles set-secret NAME VAR   (la valeur est lue sur l&apos;entrée standard)
  beam-launcher profiles unset-secret NAME VAR
  beam-launcher jobs list --endpoint HOST:PORT [--json]
  beam-launcher jobs watch|cancel|metrics JOB_ID --endpoint HOST:PORT [--json]
  beam-launcher jobs metrics JOB_ID --endpoint HOST:PORT --by-step [--json]   par étape
  beam-launcher options DIR [--json]          les arguments propres au pipeline
  beam-launcher graph DIR [--svg FILE] [-- ARGUMENTS DU PIPELINE...]
  beam-launcher graph --job JOB_ID --endpoint HOST:PORT [--svg FILE]   le graphe d&apos;un job avec ses nombres
DIR peut être un dossier de module ou de dépôt contenant un seul pipeline ; --package choisit parmi plusieurs.

Exécutez `beam-launcher build --help` ou `beam-launcher launch --help` pour voir les options.
Codes de sortie : 0 terminé, 1 échec d&apos;une compilation ou du lancement, 2 utilisation ou entrée incorrecte,
130 annulé ; launch se termine avec le code de sortie du lanceur.
</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>--profile takes the folder from the profile: give no folder.</source>
        <translation>--profile prend le dossier dans le profil : n&apos;indiquez pas de dossier.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--trust goes with --profile NAME: it accepts what an imported profile names.</source>
        <translation>--trust s&apos;utilise avec --profile NAME : il accepte ce que désigne un profil importé.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>give exactly one pipeline package folder (run `beam-launcher %1 --help` for the options).</source>
        <translation>indiquez exactement un dossier de package de pipeline (exécutez `beam-launcher %1 --help` pour voir les options).</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../app/cli/ProfilesCommand.cpp" line="-209"/>
        <source>--runner is required (prism, flink, dataflow, ...).</source>
        <translation>--runner est obligatoire (prism, flink, dataflow, ...).</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Build a pipeline&apos;s launcher and worker.</source>
        <translation>Compiler le lanceur et le worker d&apos;un pipeline.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Build a pipeline, then launch it on a runner.</source>
        <translation>Compiler un pipeline, puis le lancer sur un runner.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Print the help of a command (`help profiles show`), or this overview.</source>
        <translation>Afficher l&apos;aide d&apos;une commande (`help profiles show`), ou cette vue d&apos;ensemble.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The command, and its subcommand.</source>
        <translation>La commande, et sa sous-commande.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Print the version.</source>
        <translation>Afficher la version.</translation>
    </message>
    <message>
        <source>beam-launcher: unknown command &quot;%1&quot;.

</source>
        <translation type="vanished">beam-launcher : commande inconnue « %1 ».

</translation>
    </message>
    <message>
        <source>usage: beam-launcher profiles list | show NAME | export NAME FILE | import FILE | delete NAME
       beam-launcher profiles rename NAME NEW-NAME | duplicate NAME
       beam-launcher profiles create NAME DIR --runner NAME [launch options] [-- PIPELINE FLAGS...]
       beam-launcher profiles set-secret NAME VAR   (reads the value from standard input)</source>
        <translation type="vanished">utilisation : beam-launcher profiles list | show NAME | export NAME FILE | import FILE | delete NAME
       beam-launcher profiles rename NAME NEW-NAME | duplicate NAME
              beam-launcher profiles create NAME DIR --runner NAME [options de lancement] [-- ARGUMENTS DU PIPELINE...]
              beam-launcher profiles set-secret NAME VAR   (lit la valeur sur l&apos;entrée standard)</translation>
    </message>
    <message>
        <location filename="../app/cli/PipelineCommands.cpp" line="-49"/>
        <source>building the launcher for this machine…</source>
        <translation>compilation du lanceur pour cette machine…</translation>
    </message>
    <message>
        <location line="+46"/>
        <location filename="../app/cli/ProfilesCommand.cpp" line="+196"/>
        <source>Print JSON on stdout.</source>
        <translation>Afficher du JSON sur stdout.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The pipeline to use when the folder holds several (import path or folder).</source>
        <translation>Le pipeline à utiliser quand le dossier en contient plusieurs (chemin d&apos;import ou dossier).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Folder for the binaries (default: a per-package cache folder).</source>
        <translation>Dossier des binaires (par défaut : un dossier de cache par package).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use this prebuilt launcher (for this machine) instead of building.</source>
        <translation>Utiliser ce lanceur précompilé (pour cette machine) au lieu de compiler.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Seconds the launcher may take to answer (default: %1).</source>
        <translation>Secondes dont le lanceur dispose pour répondre (par défaut : %1).</translation>
    </message>
    <message>
        <location line="+280"/>
        <source>Draw a Beam Go pipeline&apos;s graph without running it: its launcher with Beam&apos;s dot runner, then Graphviz (dot -Tsvg).
With --job JOB_ID --endpoint HOST:PORT: draw a job that runs or ran on a job service instead, from its pipeline (the Job API&apos;s GetPipeline), each step with the elements of its main output (&quot;N elements&quot;) and its time, each edge with its element count (GetJobMetrics).</source>
        <translation>Dessiner le graphe d&apos;un pipeline Beam Go sans l&apos;exécuter : son lanceur avec le runner dot de Beam, puis Graphviz (dot -Tsvg).
Avec --job JOB_ID --endpoint HOST:PORT : dessiner plutôt un job en cours ou terminé sur un service de jobs, à partir de son pipeline (GetPipeline de la Job API), chaque étape avec les éléments de sa sortie principale (« N éléments ») et son temps, chaque arête avec son nombre d&apos;éléments (GetJobMetrics).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Draw this job of the job service at --endpoint, with its counts.</source>
        <translation>Dessiner ce job du service de jobs indiqué par --endpoint, avec ses nombres.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>JOB_ID</source>
        <translation>JOB_ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The job service&apos;s address (with --job).</source>
        <translation>L&apos;adresse du service de jobs (avec --job).</translation>
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
        <translation>indiquez un seul dossier : le dossier du module, du dépôt ou du package du pipeline.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--timeout takes a number of seconds (e.g. 15), not &quot;%1&quot;.</source>
        <translation>--timeout attend un nombre de secondes (par ex. 15), pas « %1 ».</translation>
    </message>
    <message numerus="yes">
        <location line="+61"/>
        <source>%1 holds %n Beam pipelines; choose one with --package IMPORT_PATH_OR_DIR:</source>
        <translation>
            <numerusform>%1 contient %n pipeline Beam ; choisissez-en un avec --package IMPORT_PATH_OR_DIR :</numerusform>
            <numerusform>%1 contient %n pipelines Beam ; choisissez-en un avec --package IMPORT_PATH_OR_DIR :</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>using the pipeline %1 (%2)</source>
        <translation>utilisation du pipeline %1 (%2)</translation>
    </message>
    <message>
        <source>the pipeline defines no flag -%1; Go&apos;s flag package will refuse it (see `beam-launcher options` for the flags it has).</source>
        <translation type="vanished">le pipeline ne définit pas l&apos;argument -%1 ; le package flag de Go le refusera (voir `beam-launcher options` pour ses arguments).</translation>
    </message>
    <message>
        <location filename="../app/cli/EventPrinter.cpp" line="-139"/>
        <location filename="../app/cli/ProfilesCommand.cpp" line="-297"/>
        <location line="+76"/>
        <location line="+38"/>
        <source>warning: %1</source>
        <translation>avertissement : %1</translation>
    </message>
    <message>
        <location filename="../app/cli/PipelineCommands.cpp" line="-175"/>
        <source>[launcher build] %1</source>
        <translation>[compilation du lanceur] %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>launcher up to date: not built again</source>
        <translation>lanceur à jour : pas recompilé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>launcher built in %1 s</source>
        <translation>lanceur compilé en %1 s</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Build the launcher with CGO_ENABLED=1, as `build --cgo` and `launch --cgo` do (default: 0).</source>
        <translation>Compiler le lanceur avec CGO_ENABLED=1, comme `build --cgo` et `launch --cgo` (par défaut : 0).</translation>
    </message>
    <message>
        <location line="+275"/>
        <source>Print a Beam Go pipeline&apos;s own flags (from its launcher&apos;s --help): name, type, default, usage and group. The flags Beam Launcher sets itself are left out.</source>
        <translation>Afficher les arguments propres à un pipeline Beam Go (tirés du --help de son lanceur) : nom, type, défaut, description et groupe. Les arguments que Beam Launcher définit lui-même sont omis.</translation>
    </message>
    <message>
        <location line="-260"/>
        <source>The pipeline&apos;s module, repository or package folder.</source>
        <translation>Le dossier du module, du dépôt ou du package du pipeline.</translation>
    </message>
    <message>
        <location line="+135"/>
        <source>only a launcher was given, not the pipeline&apos;s folder</source>
        <translation>seul un lanceur a été indiqué, pas le dossier du pipeline</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the pipeline&apos;s own flags are told from Beam&apos;s by name only (%1); flags of a Beam release newer than 2.77 may be listed as the pipeline&apos;s.</source>
        <translation>les arguments propres au pipeline ne sont distingués de ceux de Beam que par leur nom (%1) ; les arguments d&apos;une version de Beam postérieure à 2.77 peuvent être listés comme ceux du pipeline.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>(default %1)</source>
        <translation>(défaut %1)</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>Print a pipeline&apos;s own flags.</source>
        <translation>Afficher les arguments propres à un pipeline.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Draw a pipeline&apos;s graph as SVG.</source>
        <translation>Dessiner le graphe d&apos;un pipeline en SVG.</translation>
    </message>
    <message>
        <source>Draw a Beam Go pipeline&apos;s graph without running it: its launcher with Beam&apos;s dot runner, then Graphviz (dot -Tsvg).</source>
        <translation type="vanished">Dessiner le graphe d&apos;un pipeline Beam Go sans l&apos;exécuter : son lanceur avec le runner dot de Beam, puis Graphviz (dot -Tsvg).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Write the SVG here (default: print its path).</source>
        <translation>Écrire le SVG ici (par défaut : afficher son chemin).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also copy the DOT graph here.</source>
        <translation>Copier aussi le graphe DOT ici.</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>cannot write %1.</source>
        <translation>impossible d&apos;écrire %1.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>graph written to %1</source>
        <translation>graphe écrit dans %1</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfilesCommand.cpp" line="-106"/>
        <source>there is no profile &quot;%1&quot;: see `beam-launcher profiles list`.</source>
        <translation>il n&apos;existe pas de profil « %1 » : voir `beam-launcher profiles list`.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>No profiles yet: create one with `beam-launcher profiles create NAME DIR --runner NAME`.</source>
        <translation>Aucun profil pour l&apos;instant : créez-en un avec `beam-launcher profiles create NAME DIR --runner NAME`.</translation>
    </message>
    <message>
        <source>give a NAME and the pipeline&apos;s folder DIR.
</source>
        <translation type="vanished">indiquez un NAME et le dossier DIR du pipeline.
</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1 is not a folder: give the folder that holds the pipeline&apos;s main package.</source>
        <translation>%1 n&apos;est pas un dossier : indiquez le dossier qui contient le package main du pipeline.</translation>
    </message>
    <message>
        <source>a profile named &quot;%1&quot; exists already: choose another name, or delete it first.</source>
        <translation type="vanished">un profil nommé « %1 » existe déjà : choisissez un autre nom, ou supprimez-le d&apos;abord.</translation>
    </message>
    <message>
        <source>usage: beam-launcher profiles list | show NAME | export NAME FILE | import FILE | delete NAME
       beam-launcher profiles rename NAME NEW-NAME | duplicate NAME
       beam-launcher profiles unset-secret NAME VAR
       beam-launcher profiles create NAME DIR --runner NAME [launch options] [-- PIPELINE FLAGS...]
       beam-launcher profiles set-secret NAME VAR   (reads the value from standard input)</source>
        <translation type="vanished">utilisation : beam-launcher profiles list | show NAME | export NAME FILE | import FILE | delete NAME
              beam-launcher profiles rename NAME NEW-NAME | duplicate NAME
              beam-launcher profiles unset-secret NAME VAR
              beam-launcher profiles create NAME DIR --runner NAME [options de lancement] [-- ARGUMENTS DU PIPELINE...]
              beam-launcher profiles set-secret NAME VAR   (lit la valeur sur l&apos;entrée standard)</translation>
    </message>
    <message>
        <source>(made by a newer Beam Launcher: schema %1)</source>
        <translation type="vanished">(créé par un Beam Launcher plus récent : schéma %1)</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+141"/>
        <source>Saved profile &quot;%1&quot;.</source>
        <translation>Profil « %1 » enregistré.</translation>
    </message>
    <message>
        <location line="-129"/>
        <source>&quot;%1&quot; is not an environment variable name: use letters, digits and _.</source>
        <translation>« %1 » n&apos;est pas un nom de variable d&apos;environnement : utilisez des lettres, des chiffres et _.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no value on standard input: pipe it in, for example
  printf %s &quot;$TOKEN&quot; | beam-launcher profiles set-secret &quot;%1&quot; %2</source>
        <translation>aucune valeur sur l&apos;entrée standard : transmettez-la par un tube, par exemple
  printf %s &quot;$TOKEN&quot; | beam-launcher profiles set-secret &quot;%1&quot; %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The secret %1 of profile &quot;%2&quot; is in the keychain.</source>
        <translation>Le secret %1 du profil « %2 » est dans le trousseau.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the profile &quot;%1&quot; has no secrets, so none named %2.</source>
        <translation>le profil « %1 » n&apos;a aucun secret, donc aucun nommé %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the profile &quot;%1&quot; has no secret %2; its secrets are %3.</source>
        <translation>le profil « %1 » n&apos;a pas de secret %2 ; ses secrets sont %3.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the secret %1 could not be removed from the keychain: %2</source>
        <translation>le secret %1 n&apos;a pas pu être retiré du trousseau : %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Removed the secret %1 from profile &quot;%2&quot; and from the keychain.</source>
        <translation>Secret %1 retiré du profil « %2 » et du trousseau.</translation>
    </message>
    <message>
        <source>the profile was kept because its secret %1 could not be removed from the keychain: %2</source>
        <translation type="vanished">le profil a été conservé car son secret %1 n&apos;a pas pu être retiré du trousseau : %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Deleted profile &quot;%1&quot;.</source>
        <translation>Profil « %1 » supprimé.</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>The profile&apos;s name.</source>
        <translation>Le nom du profil.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The environment variable that holds the secret.</source>
        <translation>La variable d&apos;environnement qui contient le secret.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>List, show, create, change, import and export saved launch profiles.</source>
        <translation>Lister, afficher, créer, modifier, importer et exporter les profils de lancement enregistrés.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved launch profiles: what `launch --profile NAME` runs. Their secrets are kept in the keychain.</source>
        <translation>Profils de lancement enregistrés : ce qu&apos;exécute `launch --profile NAME`. Leurs secrets sont conservés dans le trousseau.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>List the profiles: name, runner[@endpoint] and folder, tab-separated.</source>
        <translation>Lister les profils : nom, runner[@point de terminaison] et dossier, séparés par des tabulations.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Print a profile as JSON.</source>
        <translation>Afficher un profil en JSON.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Rename a profile.</source>
        <translation>Renommer un profil.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its new name.</source>
        <translation>Son nouveau nom.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save a copy of a profile, its secrets included.</source>
        <translation>Enregistrer une copie d&apos;un profil, secrets compris.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete a profile and its secrets.</source>
        <translation>Supprimer un profil et ses secrets.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write a profile to a file, without its secrets&apos; values.</source>
        <translation>Écrire un profil dans un fichier, sans les valeurs de ses secrets.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file to write.</source>
        <translation>Le fichier à écrire.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the profile a file holds.</source>
        <translation>Enregistrer le profil contenu dans un fichier.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file to read.</source>
        <translation>Le fichier à lire.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep a secret of a profile in the keychain; the value is read from standard input.</source>
        <translation>Conserver un secret d&apos;un profil dans le trousseau ; la valeur est lue sur l&apos;entrée standard.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remove a secret from a profile and from the keychain.</source>
        <translation>Retirer un secret d&apos;un profil et du trousseau.</translation>
    </message>
    <message>
        <source>wrong number of arguments for &quot;%1&quot;.
</source>
        <translation type="vanished">nombre d&apos;arguments incorrect pour « %1 ».
</translation>
    </message>
    <message>
        <location line="-106"/>
        <source>Exported &quot;%1&quot; to %2.</source>
        <translation>« %1 » exporté vers %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exported &quot;%1&quot; to %2 without the values of its secrets (%3).</source>
        <translation>« %1 » exporté vers %2 sans les valeurs de ses secrets (%3).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Imported profile &quot;%1&quot;.</source>
        <translation>Profil « %1 » importé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It needs the secret %1: set it with `beam-launcher profiles set-secret &quot;%2&quot; %1`.</source>
        <translation>Il a besoin du secret %1 : définissez-le avec `beam-launcher profiles set-secret &quot;%2&quot; %1`.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It names programs or folders outside the pipeline, which a launch would use:
%1
Check them: its first launch asks you to accept them with `beam-launcher launch --profile &quot;%2&quot; --trust`.</source>
        <translation>Il désigne des programmes ou des dossiers hors du pipeline, qu&apos;un lancement utiliserait :
%1
Vérifiez-les : son premier lancement vous demandera de les accepter avec `beam-launcher launch --profile &quot;%2&quot; --trust`.</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;.
</source>
        <translation type="vanished">commande inconnue « %1 ».
</translation>
    </message>
    <message>
        <location filename="../app/cli/EventPrinter.cpp" line="+4"/>
        <source>Package %1 (module %2)</source>
        <translation>Package %1 (module %2)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Building the %1 for %2</source>
        <translation>Compilation du %1 pour %2</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1 ready: %2 (the launcher&apos;s binary: one build served both)</source>
        <translation>%1 prêt : %2 (le binaire du lanceur : une seule compilation pour les deux)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 ready: %2 (%3, verified %4, cgo %5) in %6 s</source>
        <translation>%1 prêt : %2 (%3, vérifié %4, cgo %5) en %6 s</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+7"/>
        <source>on</source>
        <translation>activé</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>warning: %1 Beam Launcher keeps waiting: press Ctrl+C to cancel the job, or give --stall-timeout SECONDS to cancel stalled jobs by itself.</source>
        <translation>avertissement : %1 Beam Launcher continue d&apos;attendre : appuyez sur Ctrl+C pour annuler le job, ou indiquez --stall-timeout SECONDS pour qu&apos;il annule lui-même les jobs bloqués.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>%1 up to date: %2 (%3, verified %4, cgo %5; not built again)</source>
        <translation>%1 à jour : %2 (%3, vérifié %4, cgo %5 ; pas recompilé)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+7"/>
        <source>off</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 failed: %2</source>
        <translation>Échec du %1 : %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Output is logged to %1</source>
        <translation>La sortie est journalisée dans %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The launcher exited with code %1 after %2 s</source>
        <translation>Le lanceur s&apos;est terminé avec le code %1 après %2 s</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Job %1: %2 (%3)</source>
        <translation>Job %1 : %2 (%3)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>[job %1] %2</source>
        <translation>[job %1] %2</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>[launcher build] </source>
        <translation>[compilation du lanceur] </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>[worker build] </source>
        <translation>[compilation du worker] </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>[launcher and worker build] </source>
        <translation>[compilation du lanceur et du worker] </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>launcher and worker %1 (%2 s)</source>
        <translation>lanceur et worker %1 (%2 s)</translation>
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
        <translation>lanceur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>worker</source>
        <translation>worker</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>go build failed (exit code %1).</source>
        <translation>go build a échoué (code de sortie %1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>go build was ended by a signal.</source>
        <translation>go build a été arrêté par un signal.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Cannot create the output folder %1: check that it is writable, or choose another one with --out.</source>
        <translation>Impossible de créer le dossier de sortie %1 : vérifiez qu&apos;il est accessible en écriture, ou choisissez-en un autre avec --out.</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>%1 Go said: %2</source>
        <translation>%1 Go a indiqué : %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The build constraints exclude all of the package&apos;s Go files with cgo off: if the package uses cgo (import &quot;C&quot;), build with cgo on (--cgo on the command line, &quot;cgo&quot; in the window&apos;s profile); else check its //go:build lines and --tags.</source>
        <translation>Les contraintes de compilation excluent tous les fichiers Go du package quand cgo est désactivé : si le package utilise cgo (import &quot;C&quot;), compilez avec cgo activé (--cgo en ligne de commande, « cgo » dans le profil de la fenêtre) ; sinon, vérifiez ses lignes //go:build et --tags.</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <location line="-95"/>
        <source>go build reported success but wrote no binary.</source>
        <translation>go build a signalé un succès mais n&apos;a écrit aucun binaire.</translation>
    </message>
    <message numerus="yes">
        <location line="-220"/>
        <source>downloading modules: %n so far</source>
        <translation>
            <numerusform>téléchargement des modules : %n pour l&apos;instant</numerusform>
            <numerusform>téléchargement des modules : %n pour l&apos;instant</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>compiling: %1 of about %2 packages</source>
        <translation>compilation : %1 packages sur environ %2</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>compiling: %n package(s) so far</source>
        <translation>
            <numerusform>compilation : %n package pour l&apos;instant</numerusform>
            <numerusform>compilation : %n packages pour l&apos;instant</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>linking (%1 packages compiled)</source>
        <translation>édition des liens (%1 packages compilés)</translation>
    </message>
    <message numerus="yes">
        <location line="+217"/>
        <source>go build failed with %n problem(s).</source>
        <translation>
            <numerusform>go build a échoué avec %n problème.</numerusform>
            <numerusform>go build a échoué avec %n problèmes.</numerusform>
        </translation>
    </message>
    <message>
        <source>go version -m could not read the binary it just built.</source>
        <translation type="vanished">go version -m n&apos;a pas pu lire le binaire qui vient d&apos;être compilé.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Cannot move the built binary to %1: %2</source>
        <translation>Impossible de déplacer le binaire compilé vers %1 : %2</translation>
    </message>
    <message>
        <location filename="../app/go/DualBuild.cpp" line="+111"/>
        <source>The worker is the same build as the launcher (%1, cgo %2): one go build makes both.</source>
        <translation>Le worker est la même compilation que le lanceur (%1, cgo %2) : un seul go build produit les deux.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>on</source>
        <translation>activé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>off</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Its output: %1</source>
        <translation>Sa sortie : %1</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Cannot place the worker binary at %1: %2</source>
        <translation>Impossible de placer le binaire du worker dans %1 : %2</translation>
    </message>
    <message>
        <location filename="../app/go/GoJson.cpp" line="+24"/>
        <source>%1 printed nothing.</source>
        <translation>%1 n&apos;a rien affiché.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 printed something that is not a JSON object (%2 at offset %3).</source>
        <translation>%1 a affiché quelque chose qui n&apos;est pas un objet JSON (%2 à la position %3).</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>go env -json did not report GOVERSION, GOROOT, GOHOSTOS and GOHOSTARCH: this go is older than Go 1.16 or not the Go toolchain. Install a current Go from https://go.dev/dl/.</source>
        <translation>go env -json n&apos;a pas indiqué GOVERSION, GOROOT, GOHOSTOS et GOHOSTARCH : ce go est antérieur à Go 1.16 ou n&apos;est pas la chaîne d&apos;outils Go. Installez un Go récent depuis https://go.dev/dl/.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>go list -json printed an object without ImportPath or Dir: it does not describe a package.</source>
        <translation>go list -json a affiché un objet sans ImportPath ni Dir : il ne décrit pas un package.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>It is not a Go program: go version -m found no Go build information in it (%1). Build it with go build, or pick the right file.</source>
        <translation>Ce n&apos;est pas un programme Go : go version -m n&apos;y a trouvé aucune information de compilation Go (%1). Compilez-le avec go build, ou choisissez le bon fichier.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>go version -m printed &quot;%1&quot;, which does not describe a Go program.</source>
        <translation>go version -m a affiché « %1 », qui ne décrit pas un programme Go.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>It is not a Go program: go version -m found no Go build information in it. Build it with go build, or pick the right file.</source>
        <translation>Ce n&apos;est pas un programme Go : go version -m n&apos;y a trouvé aucune information de compilation Go. Compilez-le avec go build, ou choisissez le bon fichier.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The %1 binary does not record the platform it was built for (it was built by %2; Go records GOOS and GOARCH since Go 1.18), so it cannot be checked against %3. Rebuild it with a current Go.</source>
        <translation>Le binaire %1 n&apos;indique pas la plateforme pour laquelle il a été compilé (il a été compilé par %2 ; Go enregistre GOOS et GOARCH depuis Go 1.18), il ne peut donc pas être vérifié par rapport à %3. Recompilez-le avec un Go récent.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>an unknown Go</source>
        <translation>un Go inconnu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The %1 binary is built for %2, but %3 is needed: started on %3 machines it would fail with &quot;exec format error&quot;. Rebuild it with GOOS=%4 GOARCH=%5.</source>
        <translation>Le binaire %1 est compilé pour %2, mais %3 est requis : démarré sur des machines %3, il échouerait avec « exec format error ». Recompilez-le avec GOOS=%4 GOARCH=%5.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The %1 binary is built with CGO_ENABLED=1: it links the C library of the machine that built it, so Beam&apos;s worker containers can fail with glibc errors (Beam issue 24470). Rebuild it with CGO_ENABLED=0, or allow cgo (--cgo) if the pipeline needs C code.</source>
        <translation>Le binaire %1 est compilé avec CGO_ENABLED=1 : il est lié à la bibliothèque C de la machine qui l&apos;a compilé, les conteneurs workers de Beam peuvent donc échouer avec des erreurs glibc (ticket Beam 24470). Recompilez-le avec CGO_ENABLED=0, ou autorisez cgo (--cgo) si le pipeline a besoin de code C.</translation>
    </message>
    <message>
        <location filename="../app/go/GoToolchain.cpp" line="+73"/>
        <source>No Go toolchain at %1: give the path of the go command (for example /usr/local/go/bin/go), or leave it empty to use the one on PATH.</source>
        <translation>Aucune chaîne d&apos;outils Go dans %1 : indiquez le chemin de la commande go (par exemple /usr/local/go/bin/go), ou laissez vide pour utiliser celle du PATH.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No Go toolchain found on PATH or in the usual places. Install Go 1.%1 or newer from https://go.dev/dl/, or give the path of the go command with --go.</source>
        <translation>Aucune chaîne d&apos;outils Go trouvée dans le PATH ni aux emplacements habituels. Installez Go 1.%1 ou plus récent depuis https://go.dev/dl/, ou indiquez le chemin de la commande go avec --go.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 env -json failed: %2</source>
        <translation>%1 env -json a échoué : %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 is too old: Beam Launcher needs Go 1.%2 or newer. Install a current release from https://go.dev/dl/.</source>
        <translation>%1 est trop ancien : Beam Launcher nécessite Go 1.%2 ou plus récent. Installez une version récente depuis https://go.dev/dl/.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>%1 is not a platform this Go toolchain can build for. Valid platforms (go tool dist list): %2.</source>
        <translation>%1 n&apos;est pas une plateforme pour laquelle cette chaîne d&apos;outils Go peut compiler. Plateformes valides (go tool dist list) : %2.</translation>
    </message>
    <message>
        <location filename="../app/go/BinaryCheck.cpp" line="+31"/>
        <source>go version -m could not read the binary.</source>
        <translation>go version -m n&apos;a pas pu lire le binaire.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 is not a Go program Beam Launcher can check (%2).</source>
        <translation>%1 n&apos;est pas un programme Go que Beam Launcher peut vérifier (%2).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is not a Go program: it holds no Go build information.</source>
        <translation>%1 n&apos;est pas un programme Go : il ne contient aucune information de compilation Go.</translation>
    </message>
    <message>
        <location filename="../app/go/OldestSystem.cpp" line="+60"/>
        <source>The launcher for %1 needs at least %2: Go 1.%3&apos;s release notes say so, and Go %4&apos;s may ask for a newer one.</source>
        <translation>Le lanceur pour %1 nécessite au moins %2 : les notes de version de Go 1.%3 le disent, et celles de Go %4 peuvent exiger une version plus récente.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The launcher for %1 needs %2 or newer: the oldest that Go %3 supports (Go&apos;s release notes).</source>
        <translation>Le lanceur pour %1 nécessite %2 ou plus récent : la plus ancienne version que Go %3 prend en charge (d&apos;après les notes de version de Go).</translation>
    </message>
    <message>
        <location filename="../app/go/PackageProbe.cpp" line="+42"/>
        <source>%1 is not a folder.</source>
        <translation>%1 n&apos;est pas un dossier.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Go could not be started: %1</source>
        <translation>Go n&apos;a pas pu être démarré : %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Go cannot load the package: %1</source>
        <translation>Go ne peut pas charger le package : %1</translation>
    </message>
    <message>
        <location filename="../app/go/Platform.cpp" line="+44"/>
        <source>&quot;%1&quot; is not a platform: write it as GOOS/GOARCH, for example linux/amd64.</source>
        <translation>« %1 » n&apos;est pas une plateforme : écrivez-la sous la forme GOOS/GOARCH, par exemple linux/amd64.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;%1&quot; is not a platform: GOOS and GOARCH are lower-case names such as linux/amd64 or darwin/arm64.</source>
        <translation>« %1 » n&apos;est pas une plateforme : GOOS et GOARCH sont des noms en minuscules comme linux/amd64 ou darwin/arm64.</translation>
    </message>
</context>
<context>
    <name>bl::jobs</name>
    <message>
        <location filename="../app/jobs/JobApiClient.cpp" line="+239"/>
        <source>no job service endpoint: give HOST:PORT, for example localhost:8073.</source>
        <translation>aucun point de terminaison de service de jobs : indiquez HOST:PORT, par exemple localhost:8073.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is a URL: give the job service as HOST:PORT, for example localhost:8073.</source>
        <translation>« %1 » est une URL : indiquez le service de jobs sous la forme HOST:PORT, par exemple localhost:8073.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; has no port: give HOST:PORT, for example localhost:8073.</source>
        <translation>« %1 » n&apos;a pas de port : indiquez HOST:PORT, par exemple localhost:8073.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; has no valid port (1-65535): give HOST:PORT.</source>
        <translation>« %1 » n&apos;a pas de port valide (1-65535) : indiquez HOST:PORT.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>write an IPv6 address in brackets: [%1]:%2.</source>
        <translation>écrivez une adresse IPv6 entre crochets : [%1]:%2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is not a host name.</source>
        <translation>« %1 » n&apos;est pas un nom d&apos;hôte.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>cannot reach the job service at %1 (%2)</source>
        <translation>impossible de joindre le service de jobs à %1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the job service at %1 did not answer in time</source>
        <translation>le service de jobs à %1 n&apos;a pas répondu à temps</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the job service at %1 knows no such job (%2)</source>
        <translation>le service de jobs à %1 ne connaît pas ce job (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the job service at %1 does not support this request (%2)</source>
        <translation>le service de jobs à %1 ne prend pas en charge cette requête (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the request to %1 was stopped</source>
        <translation>la requête vers %1 a été interrompue</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the job service at %1 answered with an error: %2 (gRPC code %3)</source>
        <translation>le service de jobs à %1 a répondu par une erreur : %2 (code gRPC %3)</translation>
    </message>
    <message>
        <location line="+282"/>
        <source>no answer for %1 s</source>
        <translation>aucune réponse depuis %1 s</translation>
    </message>
    <message>
        <source>no answer within %1 ms, twice</source>
        <translation type="vanished">aucune réponse en %1 ms, deux fois</translation>
    </message>
    <message>
        <location filename="../app/jobs/JobSupervisor.cpp" line="+22"/>
        <source>the runner did not confirm the cancel within %1 s</source>
        <translation>le runner n&apos;a pas confirmé l&apos;annulation en %1 s</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+139"/>
        <source>the job had ended %1 already</source>
        <translation>le job s&apos;était déjà terminé %1</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>the job ended %1, not CANCELLED</source>
        <translation>le job s&apos;est terminé %1, pas CANCELLED</translation>
    </message>
    <message>
        <location filename="../app/jobs/JobApiClient.cpp" line="-104"/>
        <source>The job service at %1 has not answered for %2 s; it is given %3 s before it is taken for gone.</source>
        <translation>Le service de jobs à %1 ne répond plus depuis %2 s ; il dispose de %3 s avant d&apos;être considéré comme disparu.</translation>
    </message>
    <message>
        <location filename="../app/jobs/JobSupervisor.cpp" line="+11"/>
        <source>the job service at %1 is gone (%2)</source>
        <translation>le service de jobs à %1 a disparu (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the job service at %1 cannot tell about job %2 (%3)</source>
        <translation>le service de jobs à %1 ne peut pas renseigner sur le job %2 (%3)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>the job was not submitted yet</source>
        <translation>le job n&apos;a pas encore été soumis</translation>
    </message>
    <message>
        <location filename="../app/jobs/FlinkRest.cpp" line="+75"/>
        <source>No Flink REST address: give HOST:PORT, for example %1.</source>
        <translation>Aucune adresse REST de Flink : indiquez HOST:PORT, par exemple %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; is not a Flink REST address: give HOST:PORT, for example %2.</source>
        <translation>« %1 » n&apos;est pas une adresse REST de Flink : indiquez HOST:PORT, par exemple %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is not an HTTP address: Flink&apos;s REST API is HTTP (http://HOST:PORT).</source>
        <translation>« %1 » n&apos;est pas une adresse HTTP : l&apos;API REST de Flink est en HTTP (http://HOST:PORT).</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>connection refused</source>
        <translation>connexion refusée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>host %1 not found</source>
        <translation>hôte %1 introuvable</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no answer within %1 s</source>
        <translation>aucune réponse en %1 s</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No Flink REST API at %1: %2. Is the JobManager running? Set the Flink REST address in the profile.</source>
        <translation>Aucune API REST de Flink à %1 : %2. Le JobManager tourne-t-il ? Définissez l&apos;adresse REST de Flink dans le profil.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The Flink REST API at %1 answered HTTP %2 to %3: %4</source>
        <translation>L&apos;API REST de Flink à %1 a répondu HTTP %2 à %3 : %4</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 answers, but not as Flink&apos;s REST API (its /config names no Flink version). Set the Flink REST address in the profile.</source>
        <translation>%1 répond, mais pas comme l&apos;API REST de Flink (sa /config n&apos;indique aucune version de Flink). Définissez l&apos;adresse REST de Flink dans le profil.</translation>
    </message>
    <message>
        <location filename="../app/jobs/JobGraph.cpp" line="+272"/>
        <source>Graphviz (its dot command) is not installed: it draws the job&apos;s graph.</source>
        <translation>Graphviz (sa commande dot) n&apos;est pas installé : c&apos;est lui qui dessine le graphe du job.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Graphviz (%1) did not start: %2</source>
        <translation>Graphviz (%1) n&apos;a pas démarré : %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Graphviz took longer than %1 s to lay out the job&apos;s graph.</source>
        <translation>Graphviz a mis plus de %1 s à disposer le graphe du job.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Graphviz could not lay out the job&apos;s graph: %1</source>
        <translation>Graphviz n&apos;a pas pu disposer le graphe du job : %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>1 element</source>
        <translation>1 élément</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 elements</source>
        <translation>%1 éléments</translation>
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
        <translation>Compilation anticipée désactivée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sources changed: building ahead shortly…</source>
        <translation>Sources modifiées : compilation anticipée dans un instant…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Building ahead…</source>
        <translation>Compilation anticipée…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Binaries up to date (built %1)</source>
        <translation>Binaires à jour (compilés à %1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Build ahead failed: press Build to see why</source>
        <translation>Échec de la compilation anticipée : cliquez sur Compiler pour en voir la raison</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Building ahead once process %1 no longer uses the binaries&apos; folder</source>
        <translation>Compilation anticipée dès que le processus %1 n&apos;utilisera plus le dossier des binaires</translation>
    </message>
    <message>
        <location filename="../app/launch/CgoCheck.cpp" line="+83"/>
        <source>%1 and %2 more</source>
        <translation>%1 et %2 autres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The pipeline depends on packages that use cgo (%1), and this build is without it (CGO_ENABLED=0): Go then builds them from their files for builds without cgo, which for some (go-sqlite3) are stubs that fail when the pipeline runs. If the pipeline needs them, build with cgo (--cgo; in the window, the profile&apos;s &quot;cgo&quot; box beside Build tags); each platform then needs a C compiler for it.</source>
        <translation>Le pipeline dépend de paquets qui utilisent cgo (%1), et cette compilation se fait sans cgo (CGO_ENABLED=0) : Go les compile alors à partir de leurs fichiers pour les compilations sans cgo, qui pour certains (go-sqlite3) sont des ébauches qui échouent à l&apos;exécution du pipeline. Si le pipeline en a besoin, compilez avec cgo (--cgo ; dans la fenêtre, la case « cgo » du profil à côté des étiquettes de compilation) ; chaque plateforme a alors besoin d&apos;un compilateur C.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>It says it needs cgo: build with cgo (--cgo; in the window, the profile&apos;s &quot;cgo&quot; box beside Build tags), with a C compiler for each platform.</source>
        <translation>Il indique avoir besoin de cgo : compilez avec cgo (--cgo ; dans la fenêtre, la case « cgo » du profil à côté des étiquettes de compilation), avec un compilateur C pour chaque plateforme.</translation>
    </message>
    <message>
        <location filename="../app/launch/FirstLaunchCost.cpp" line="+99"/>
        <source>Go downloads %1 of the %2 modules the pipeline needs</source>
        <translation>Go télécharge %1 des %2 modules dont le pipeline a besoin</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>compiles the Beam Go SDK %1 with its dependencies (the sample: about 800 packages, minutes on two cores)</source>
        <translation>compile le SDK Go de Beam %1 avec ses dépendances (l&apos;exemple : environ 800 paquets, quelques minutes sur deux cœurs)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Beam Launcher builds Prism %1 and Beam&apos;s boot, once for this Beam version (a few minutes)</source>
        <translation>Beam Launcher compile Prism %1 et le boot de Beam, une fois pour cette version de Beam (quelques minutes)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>First launch on this computer: %1. Later launches reuse all of it.</source>
        <translation>Premier lancement sur cet ordinateur : %1. Les lancements suivants réutilisent tout cela.</translation>
    </message>
    <message>
        <location filename="../app/launch/FlinkWorkerLogs.cpp" line="+82"/>
        <source>The TaskManagers&apos; logs cannot be read at the moment: %1</source>
        <translation>Les journaux des TaskManagers ne peuvent pas être lus pour le moment : %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 On Flink the workers&apos; lines go to the TaskManagers&apos; logs (in Flink&apos;s web page, or log/ of each TaskManager); set the runner option flink_rest_address to the JobManager&apos;s REST address to see them here.</source>
        <translation>%1 Sur Flink, les lignes des workers vont dans les journaux des TaskManagers (dans la page web de Flink, ou dans log/ de chaque TaskManager) ; définissez l&apos;option du runner flink_rest_address sur l&apos;adresse REST du JobManager pour les voir ici.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Flink %1 at %2: the TaskManagers&apos; logs, where the workers&apos; lines go, are followed.</source>
        <translation>Flink %1 à %2 : les journaux des TaskManagers, où vont les lignes des workers, sont suivis.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Flink at %1 knows no job named %2: its page cannot be linked.</source>
        <translation>Flink à %1 ne connaît aucun job nommé %2 : sa page ne peut pas être liée.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Reading the workers&apos; last lines from the TaskManagers&apos; logs in %1 s (Flink serves a TaskManager&apos;s log as it was for up to %2 s)...</source>
        <translation>Lecture des dernières lignes des workers dans les logs des TaskManagers dans %1 s (Flink sert le log d&apos;un TaskManager tel qu&apos;il était pendant jusqu&apos;à %2 s)...</translation>
    </message>
    <message>
        <location filename="../app/launch/LaunchRun.cpp" line="+94"/>
        <source>Following job %1 through the job service at %2.</source>
        <translation>Suivi du job %1 via le service de jobs à %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Job %1 is %2 on the runner, but the launcher has not exited %3 s later: stopping it.</source>
        <translation>Le job %1 est %2 sur le runner, mais le lanceur ne s&apos;est pas terminé %3 s plus tard : il est arrêté.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The runner is gone: %1. Job %2 may or may not still run; the launcher ended with code %3.</source>
        <translation>Le runner a disparu : %1. Le job %2 tourne peut-être encore, ou non ; le lanceur s&apos;est terminé avec le code %3.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The runner is gone: %1. Job %2 may or may not still run; the launcher is stopped.</source>
        <translation>Le runner a disparu : %1. Le job %2 tourne peut-être encore ; le lanceur est arrêté.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the job</source>
        <translation>du job</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>job %1</source>
        <translation>du job %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A worker of %1 ended before the job did: %2.</source>
        <translation>Un worker %1 s&apos;est terminé avant le job : %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Its last error lines:</source>
        <translation>Ses dernières lignes d&apos;erreur :</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Cancelled before the launch.</source>
        <translation>Annulé avant le lancement.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>The local Prism job server was not prepared.</source>
        <translation>Le serveur de jobs Prism local n&apos;a pas été préparé.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>The workers run in the managed Prism&apos;s folder, not in %1: relative paths in the pipeline flags are passed as absolute paths:
  %2</source>
        <translation>Les workers s&apos;exécutent dans le dossier du Prism géré, pas dans %1 : les chemins relatifs des arguments du pipeline sont transmis en chemins absolus :
  %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The launcher runs in %1; relative paths in its flags are read from there:
  %2</source>
        <translation>Le lanceur s&apos;exécute dans %1 ; les chemins relatifs de ses arguments sont lus à partir de là :
  %2</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>It says two of its packages register the same protobuf file: an older Beam built with today&apos;s google.golang.org/protobuf does that. Launch with --env GOLANG_PROTOBUF_REGISTRATION_CONFLICT=warn (in the window, the profile&apos;s environment), or require the protobuf version of that Beam release in go.mod.</source>
        <translation>Il indique que deux de ses packages enregistrent le même fichier protobuf : c&apos;est ce que fait un ancien Beam compilé avec le google.golang.org/protobuf actuel. Lancez avec --env GOLANG_PROTOBUF_REGISTRATION_CONFLICT=warn (dans la fenêtre : l&apos;environnement du profil), ou exigez dans go.mod la version de protobuf de cette version de Beam.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The pipeline uses Beam&apos;s old module (github.com/apache/beam, before v2.26), whose generated protobuf files clash with today&apos;s google.golang.org/protobuf when the program starts: the launcher runs with %1=warn, protobuf&apos;s own switch for it.</source>
        <translation>Le pipeline utilise l&apos;ancien module de Beam (github.com/apache/beam, avant v2.26), dont les fichiers protobuf générés entrent en conflit avec le google.golang.org/protobuf actuel au démarrage du programme : le lanceur s&apos;exécute avec %1=warn, l&apos;interrupteur prévu par protobuf pour cela.</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+55"/>
        <source>Cancelling job %1 on the runner (%2)...</source>
        <translation>Annulation du job %1 sur le runner (%2)...</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Leaving job %1 running on the runner (%2); only the launcher stops.</source>
        <translation>Le job %1 continue de tourner sur le runner (%2) ; seul le lanceur s&apos;arrête.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>no reason given</source>
        <translation>aucune raison indiquée</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Job %1 has been RUNNING for %2 s with no worker alive and no progress: the runner may be waiting for a worker that will not come.</source>
        <translation>Le job %1 est RUNNING depuis %2 s sans aucun worker en vie ni progression : le runner attend peut-être un worker qui ne viendra pas.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancelling it, as --stall-timeout asks.</source>
        <translation>Il est annulé, comme le demande --stall-timeout.</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>No job reached the job service at %1: the launcher exited (code %2) without submitting one. Its output above may say why (a pipeline error it only logged, or a program that runs its pipeline itself instead of with beamx.Run).</source>
        <translation>Aucun job n&apos;a atteint le service de jobs à %1 : le lanceur s&apos;est terminé (code %2) sans en soumettre. Sa sortie ci-dessus en indique peut-être la raison (une erreur du pipeline qu&apos;il s&apos;est contenté de journaliser, ou un programme qui exécute son pipeline lui-même au lieu de passer par beamx.Run).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Job %1 ended %2 on the runner, although the launcher exited with code 0.</source>
        <translation>Le job %1 s&apos;est terminé à l&apos;état %2 sur le runner, bien que le lanceur se soit terminé avec le code 0.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The launcher exited with code %1.</source>
        <translation>Le lanceur s&apos;est terminé avec le code %1.</translation>
    </message>
    <message>
        <location line="-17"/>
        <location line="+72"/>
        <source>Cancelled: the launcher and everything it started were stopped.</source>
        <translation>Annulé : le lanceur et tout ce qu&apos;il a démarré ont été arrêtés.</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>The launcher crashed: %1</source>
        <translation>Le lanceur a planté : %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Job %1 is CANCELLED on the runner.</source>
        <translation>Le job %1 est CANCELLED sur le runner.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The runner did not confirm that job %1 is cancelled (%2). It may still be running: check %3.</source>
        <translation>Le runner n&apos;a pas confirmé l&apos;annulation du job %1 (%2). Il tourne peut-être encore : vérifiez %3.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cancelled: job %1 reached the runner as its launcher stopped, and was cancelled there.</source>
        <translation>Annulé : le job %1 a atteint le runner au moment où son lanceur s&apos;arrêtait, et y a été annulé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled here; job %1 reached the runner as its launcher stopped, and was not confirmed cancelled there.</source>
        <translation>Annulé ici ; le job %1 a atteint le runner au moment où son lanceur s&apos;arrêtait, et son annulation n&apos;y a pas été confirmée.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cancelled: job %1 was cancelled on the runner.</source>
        <translation>Annulé : le job %1 a été annulé sur le runner.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled here; job %1 was not confirmed cancelled on the runner.</source>
        <translation>Annulé ici ; l&apos;annulation du job %1 sur le runner n&apos;a pas été confirmée.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+33"/>
        <source>Job %1 reached the runner as its launcher stopped: cancelling it there (%2)...</source>
        <translation>Le job %1 a atteint le runner au moment où son lanceur s&apos;arrêtait : annulation sur le runner (%2)...</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Stopped: job %1 reached the runner as its launcher stopped, and had already ended %2 there.</source>
        <translation>Arrêté : le job %1 a atteint le runner au moment où son lanceur s&apos;arrêtait, et s&apos;y était déjà terminé à l&apos;état %2.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Looking whether a job of the stopped launcher reached the runner (%1)...</source>
        <translation>Recherche d&apos;un job du lanceur arrêté qui aurait atteint le runner (%1)...</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Stopped: job %1 had already ended %2; its launcher was still running and was stopped.</source>
        <translation>Arrêté : le job %1 s&apos;était déjà terminé à l&apos;état %2 ; son lanceur tournait encore et a été arrêté.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancelled: job %1 was cancelled on the runner, and the launcher stopped.</source>
        <translation>Annulé : le job %1 a été annulé sur le runner, et le lanceur s&apos;est arrêté.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled here: the launcher stopped. Job %1 was not confirmed cancelled on the runner.</source>
        <translation>Annulé ici : le lanceur s&apos;est arrêté. L&apos;annulation du job %1 sur le runner n&apos;a pas été confirmée.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Job %1 ended %2; its launcher had to be stopped.</source>
        <translation>Le job %1 s&apos;est terminé à l&apos;état %2 ; son lanceur a dû être arrêté.</translation>
    </message>
    <message>
        <location filename="../app/launch/LaunchSession.cpp" line="+62"/>
        <location line="+228"/>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>%1 is not a folder: give the folder that holds the pipeline&apos;s main package.</source>
        <translation>%1 n&apos;est pas un dossier : indiquez le dossier qui contient le package main du pipeline.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 has no Go files: give the folder of the pipeline&apos;s main package (the one with func main and beam.Init()).</source>
        <translation>%1 ne contient aucun fichier Go : indiquez le dossier du package main du pipeline (celui qui contient func main et beam.Init()).</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>Using %1 at %2</source>
        <translation>Utilisation de %1 dans %2</translation>
    </message>
    <message>
        <location line="+110"/>
        <location line="+13"/>
        <source>Go cannot load the package in %1:
%2</source>
        <translation>Go ne peut pas charger le package dans %1 :
%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 holds package %2, not package main: a pipeline is a program. Choose the folder of the package with func main() (it calls beam.Init()).</source>
        <translation>%1 contient le package %2, pas package main : un pipeline est un programme. Choisissez le dossier du package avec func main() (il appelle beam.Init()).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Package %1 does not import the Beam Go SDK (github.com/apache/beam/sdks/v2/go/pkg/beam, or github.com/apache/beam/sdks/go/pkg/beam before Beam&apos;s Go module): is this the pipeline&apos;s folder?</source>
        <translation>Le package %1 n&apos;importe pas le SDK Go de Beam (github.com/apache/beam/sdks/v2/go/pkg/beam, ou github.com/apache/beam/sdks/go/pkg/beam avant le module Go de Beam) : est-ce bien le dossier du pipeline ?</translation>
    </message>
    <message>
        <location line="+152"/>
        <source>The pipeline defines no flag -%1 (its --help lists none by that name): Go&apos;s flag package will refuse it and the launcher will stop.</source>
        <translation>Le pipeline ne définit pas d&apos;option -%1 (son --help n&apos;en liste aucune de ce nom) : le paquet flag de Go la refusera et le lanceur s&apos;arrêtera.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The pipeline defines no flag -%1; did you mean -%2? Go&apos;s flag package will refuse -%1 and the launcher will stop.</source>
        <translation>Le pipeline ne définit pas d&apos;option -%1 ; vouliez-vous dire -%2 ? Le paquet flag de Go refusera -%1 et le lanceur s&apos;arrêtera.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This program runs its pipeline itself, in this process: it defines no --runner flag (its main calls a runner such as direct.Execute instead of beamx.Run), so no job goes to a runner. It is started without the runner settings (runner %1, endpoint, environment%2).</source>
        <translation>Ce programme exécute son pipeline lui-même, dans ce processus : il ne définit pas d&apos;argument --runner (son main appelle un runner comme direct.Execute au lieu de beamx.Run), donc aucun job n&apos;est envoyé à un runner. Il est démarré sans les réglages du runner (runner %1, point de terminaison, environnement%2).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>, the local Prism job server</source>
        <translation>, serveur de jobs Prism local</translation>
    </message>
    <message>
        <source>Package %1 does not import the Beam Go SDK (github.com/apache/beam/sdks/v2): is this the pipeline&apos;s folder?</source>
        <translation type="vanished">Le package %1 n&apos;importe pas le SDK Go de Beam (github.com/apache/beam/sdks/v2) : est-ce bien le dossier du pipeline ?</translation>
    </message>
    <message>
        <location line="-109"/>
        <source>Both binaries are up to date: built at %1 from the sources and settings as they are now; nothing to build.</source>
        <translation>Les deux binaires sont à jour : compilés à %1 à partir des sources et des réglages actuels ; rien à compiler.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Cancelled: both builds were stopped and no binary was kept.</source>
        <translation>Annulé : les deux compilations ont été arrêtées et aucun binaire n&apos;a été conservé.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2) : %3</translation>
    </message>
    <message>
        <source>%1 is not a file: give both --launcher-binary and --worker-binary as paths to built binaries.</source>
        <translation type="vanished">%1 n&apos;est pas un fichier : indiquez --launcher-binary et --worker-binary comme chemins de binaires compilés.</translation>
    </message>
    <message>
        <source>%1 refused before launch: %2</source>
        <translation type="vanished">%1 refusé avant le lancement : %2</translation>
    </message>
    <message>
        <location filename="../app/launch/LaunchLogFile.cpp" line="+49"/>
        <source>The launch log %1 cannot be written any more (%2): the output is still shown here.</source>
        <translation>Le journal de lancement %1 ne peut plus être écrit (%2) : la sortie reste affichée ici.</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Cannot write the log file %1: %2</source>
        <translation>Impossible d&apos;écrire le fichier journal %1 : %2</translation>
    </message>
    <message>
        <location filename="../app/launch/LaunchSpec.cpp" line="+36"/>
        <source>Choose the runner in the Runner field (--runner), not as a pipeline flag.</source>
        <translation>Choisissez le runner dans le champ Runner (--runner), pas comme argument du pipeline.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set the job service address in the Endpoint field (--endpoint), not as a pipeline flag.</source>
        <translation>Indiquez l&apos;adresse du service de jobs dans le champ Point de terminaison (--endpoint), pas comme argument du pipeline.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Beam Launcher builds the worker and passes --worker_binary itself; to use a binary of your own, set the prebuilt worker binary (--worker-binary) instead of a pipeline flag.</source>
        <translation>Beam Launcher compile le worker et transmet --worker_binary lui-même ; pour utiliser votre propre binaire, indiquez le binaire worker précompilé (--worker-binary) au lieu d&apos;un argument du pipeline.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set the environment type in the Environment type field (--environment-type), not as a pipeline flag.</source>
        <translation>Indiquez le type d&apos;environnement dans le champ Type d&apos;environnement (--environment-type), pas comme argument du pipeline.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set the environment config in the Environment config field (--environment-config), not as a pipeline flag.</source>
        <translation>Indiquez la configuration de l&apos;environnement dans le champ Configuration de l&apos;environnement (--environment-config), pas comme argument du pipeline.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The %1 platform is not valid: %2</source>
        <translation>La plateforme du %1 n&apos;est pas valide : %2</translation>
    </message>
    <message>
        <location line="+157"/>
        <source>The endpoint is empty: write it as HOST:PORT, for example localhost:8099.</source>
        <translation>Le point de terminaison est vide : écrivez-le sous la forme HOST:PORT, par exemple localhost:8099.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the endpoint &quot;%1&quot; as HOST:PORT without a scheme, for example localhost:8099.</source>
        <translation>Écrivez le point de terminaison « %1 » sous la forme HOST:PORT sans schéma, par exemple localhost:8099.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Write an IPv6 endpoint as [ADDRESS]:PORT, for example [::1]:8099.</source>
        <translation>Écrivez un point de terminaison IPv6 sous la forme [ADDRESS]:PORT, par exemple [::1]:8099.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; is not an IPv6 address.</source>
        <translation>« %1 » n&apos;est pas une adresse IPv6.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The endpoint &quot;%1&quot; has no port: write it as HOST:PORT, for example %1:8099.</source>
        <translation>Le point de terminaison « %1 » n&apos;a pas de port : écrivez-le sous la forme HOST:PORT, par exemple %1:8099.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Put an IPv6 address in brackets: [%1]:%2.</source>
        <translation>Mettez une adresse IPv6 entre crochets : [%1]:%2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is not a host name or address: write the endpoint as HOST:PORT, for example localhost:8099.</source>
        <translation>« %1 » n&apos;est ni un nom d&apos;hôte ni une adresse : écrivez le point de terminaison sous la forme HOST:PORT, par exemple localhost:8099.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; is not a port: use a number from 1 to 65535.</source>
        <translation>« %1 » n&apos;est pas un port : utilisez un nombre de 1 à 65535.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The secret %1 contains a NUL character: the system would cut the value short there. Give the value without it.</source>
        <translation>Le secret %1 contient un caractère NUL : le système couperait la valeur à cet endroit. Donnez la valeur sans ce caractère.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The value of %1 contains a NUL character: the system would cut it short there. Give the value without it.</source>
        <translation>La valeur de %1 contient un caractère NUL : le système la couperait à cet endroit. Donnez la valeur sans ce caractère.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The secret %1 is %2 KiB long; secrets may be at most %3 KiB (a launcher could not even start with it). Store a file&apos;s path, or a reference to it, instead.</source>
        <translation>Le secret %1 fait %2 Kio ; un secret ne peut pas dépasser %3 Kio (un lanceur ne pourrait même pas démarrer avec). Enregistrez plutôt le chemin d&apos;un fichier, ou une référence à celui-ci.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The value of %1 is %2 KiB long; environment values may be at most %3 KiB (a launcher could not even start with it). Pass a file&apos;s path instead.</source>
        <translation>La valeur de %1 fait %2 Kio ; une valeur d&apos;environnement ne peut pas dépasser %3 Kio (un lanceur ne pourrait même pas démarrer avec). Passez plutôt le chemin d&apos;un fichier.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Choose the folder of the pipeline&apos;s main package.</source>
        <translation>Choisissez le dossier du package main du pipeline.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A prebuilt worker binary is set but no launcher binary: give both prebuilt binaries, or neither to build them.</source>
        <translation>Un binaire worker précompilé est indiqué mais aucun binaire lanceur : indiquez les deux binaires précompilés, ou aucun pour les compiler.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A prebuilt launcher binary is set but no worker binary: give both prebuilt binaries, or neither to build them.</source>
        <translation>Un binaire lanceur précompilé est indiqué mais aucun binaire worker : indiquez les deux binaires précompilés, ou aucun pour les compiler.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>launcher</source>
        <translation>lanceur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>worker</source>
        <translation>worker</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Beam&apos;s runners start workers on Linux, but the worker is set to %1: use linux/amd64 (or linux/arm64 for Arm machines) unless your runner really runs %2 workers.</source>
        <translation>Les runners de Beam démarrent les workers sous Linux, mais le worker est réglé sur %1 : utilisez linux/amd64 (ou linux/arm64 pour des machines Arm) sauf si votre runner exécute vraiment des workers %2.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose a runner, for example prism to run on this computer.</source>
        <translation>Choisissez un runner, par exemple prism pour exécuter sur cet ordinateur.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Beam knows no runner &quot;%1&quot;: did you mean %2? &quot;%1&quot; is passed to the launcher as given.</source>
        <translation>Beam ne connaît aucun runner « %1 » : vouliez-vous dire %2 ? « %1 » est transmis tel quel au lanceur.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Beam Launcher does not know the runner &quot;%1&quot;; it is passed to the launcher as given. Check the spelling if the launch fails.</source>
        <translation>Beam Launcher ne connaît pas le runner « %1 » ; il est transmis tel quel au lanceur. Vérifiez l&apos;orthographe si le lancement échoue.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A local Prism job server runs Prism jobs: choose the prism runner (or universal for a Beam SDK older than Prism), or turn the local job server off.</source>
        <translation>Un serveur de jobs Prism local exécute des jobs Prism : choisissez le runner prism (ou universal pour un SDK Beam antérieur à Prism), ou désactivez le serveur de jobs local.</translation>
    </message>
    <message>
        <source>A local Prism job server runs Prism jobs: choose the prism runner, or turn the local job server off.</source>
        <translation type="vanished">Un serveur de jobs Prism local exécute des jobs Prism : choisissez le runner prism, ou désactivez le serveur de jobs local.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The local Prism job server gets an endpoint of its own: clear the endpoint, or turn the local job server off to use the job service at %1.</source>
        <translation>Le serveur de jobs Prism local reçoit son propre point de terminaison : videz le point de terminaison, ou désactivez le serveur de jobs local pour utiliser le service de jobs à %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The local Prism job server is built for the Beam version the pipeline&apos;s go.mod requires: give the pipeline&apos;s folder too.</source>
        <translation>Le serveur de jobs Prism local est compilé pour la version de Beam qu&apos;exige le go.mod du pipeline : indiquez aussi le dossier du pipeline.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The %1 runner needs the address of its job service: give --endpoint HOST:PORT (its job server listens on port %2 by default, so localhost:%2 when it runs on this computer).</source>
        <translation>Le runner %1 a besoin de l&apos;adresse de son service de jobs : indiquez --endpoint HOST:PORT (son serveur de jobs écoute par défaut sur le port %2, donc localhost:%2 s&apos;il tourne sur cet ordinateur).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The %1 runner does not use a job service endpoint: %2 is passed on but has no effect. Clear the endpoint unless you know it is needed.</source>
        <translation>Le runner %1 n&apos;utilise pas de point de terminaison de service de jobs : %2 est transmis mais n&apos;a aucun effet. Videz le point de terminaison sauf si vous savez qu&apos;il est nécessaire.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;%1&quot; is not an environment type: use one of %2 (Beam would silently use DOCKER instead).</source>
        <translation>« %1 » n&apos;est pas un type d&apos;environnement : utilisez l&apos;un de %2 (sinon Beam utiliserait DOCKER sans le signaler).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The %1 runner does not use an environment type; %2 has no effect.</source>
        <translation>Le runner %1 n&apos;utilise pas de type d&apos;environnement ; %2 n&apos;a aucun effet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The %1 runner is not used with %2 workers; it supports %3.</source>
        <translation>Le runner %1 ne s&apos;utilise pas avec des workers %2 ; il prend en charge %3.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>PROCESS workers need a JSON object as environment config naming the command that starts them, for example {&quot;command&quot;: &quot;/opt/apache/beam/boot&quot;}.</source>
        <translation>Les workers PROCESS ont besoin d&apos;un objet JSON comme configuration d&apos;environnement, qui nomme la commande qui les démarre, par exemple {&quot;command&quot;: &quot;/opt/apache/beam/boot&quot;}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The PROCESS environment config has no &quot;command&quot;: add the program that starts a worker, for example {&quot;command&quot;: &quot;/opt/apache/beam/boot&quot;}.</source>
        <translation>La configuration d&apos;environnement PROCESS n&apos;a pas de &quot;command&quot; : ajoutez le programme qui démarre un worker, par exemple {&quot;command&quot;: &quot;/opt/apache/beam/boot&quot;}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>EXTERNAL workers need the address of their worker pool as environment config, for example localhost:50000.</source>
        <translation>Les workers EXTERNAL ont besoin de l&apos;adresse de leur pool de workers comme configuration d&apos;environnement, par exemple localhost:50000.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A launch setting (%1) contains a NUL character: the launcher would get it cut short. Remove it.</source>
        <translation>Un réglage de lancement (%1) contient un caractère NUL : le lanceur le recevrait tronqué. Supprimez-le.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The runner option %1 contains a NUL character: the launcher would get it cut short. Remove it.</source>
        <translation>L&apos;option du runner %1 contient un caractère NUL : le lanceur la recevrait tronquée. Supprimez-le.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>--%1 is not an option of the %2 runner and is not passed; add it to the pipeline flags if the pipeline needs it.</source>
        <translation>--%1 n&apos;est pas une option du runner %2 et n&apos;est pas transmis ; ajoutez-le aux arguments du pipeline si le pipeline en a besoin.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&quot;%1&quot; is not an environment variable name: use letters, digits and _, not starting with a digit.</source>
        <translation>« %1 » n&apos;est pas un nom de variable d&apos;environnement : utilisez des lettres, des chiffres et _, sans commencer par un chiffre.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The environment variable %1 is set twice: remove one of them.</source>
        <translation>La variable d&apos;environnement %1 est définie deux fois : supprimez l&apos;une des deux.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 looks like a secret, but its value is stored in plain text in the profile and shown in the command line. Make it a secret instead: `beam-launcher profiles set-secret PROFILE %1` (it reads the value from standard input, and keeps it in the keychain).</source>
        <translation>%1 ressemble à un secret, mais sa valeur est enregistrée en clair dans le profil et affichée dans la ligne de commande. Faites-en plutôt un secret : `beam-launcher profiles set-secret PROFILE %1` (la valeur est lue sur l&apos;entrée standard et conservée dans le trousseau).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The pipeline flag &quot;%1&quot; contains a NUL character: the launcher would get it cut short there (&quot;%2&quot;). Remove it.</source>
        <translation>L&apos;argument du pipeline « %1 » contient un caractère NUL : le lanceur le recevrait tronqué à cet endroit (« %2 »). Supprimez-le.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A pipeline flag contains the value of the secret variable %1: flags are visible to anyone who can list processes and in the runner&apos;s console. Let the pipeline read %1 from its environment instead.</source>
        <translation>Un argument du pipeline contient la valeur de la variable secrète %1 : les arguments sont visibles par quiconque peut lister les processus, ainsi que dans la console du runner. Faites plutôt lire %1 par le pipeline depuis son environnement.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The pipeline flag &quot;%1&quot; does not start with -: write each flag as --name=value.</source>
        <translation>L&apos;argument du pipeline « %1 » ne commence pas par - : écrivez chaque argument sous la forme --name=value.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--%1 is an option of the %2 runner: set it among the runner&apos;s options so it is checked and not passed twice.</source>
        <translation>--%1 est une option du runner %2 : définissez-la parmi les options du runner pour qu&apos;elle soit vérifiée et ne soit pas transmise deux fois.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The pipeline flag --%1 contains the value of the secret variable %2: flags are visible to anyone who can list processes and in the runner&apos;s console. Let the pipeline read %2 from its environment instead.</source>
        <translation>L&apos;argument du pipeline --%1 contient la valeur de la variable secrète %2 : les arguments sont visibles par quiconque peut lister les processus, ainsi que dans la console du runner. Faites plutôt lire %2 par le pipeline depuis son environnement.</translation>
    </message>
    <message>
        <location filename="../app/launch/OutputLock.cpp" line="+42"/>
        <source>The output folder %1 is in use by another build or launch (process %2 on %3): it runs the binaries this build would replace. Give this one another --out, or wait until the other ends.</source>
        <translation>Le dossier de sortie %1 est utilisé par une autre compilation ou un autre lancement (processus %2 sur %3) : il exécute les binaires que cette compilation remplacerait. Donnez à celle-ci un autre --out, ou attendez que l&apos;autre se termine.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The output folder %1 is in use by another build or launch (process %2 on %3): its binaries would replace this one&apos;s. Give this one another --out, or wait until the other ends.</source>
        <translation>Le dossier de sortie %1 est utilisé par une autre compilation ou un autre lancement (processus %2 sur %3) : ses binaires remplaceraient ceux de celui-ci. Donnez à celui-ci un autre --out, ou attendez que l&apos;autre se termine.</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Cannot lock the output folder %1: check its permissions and free space, or give another --out.</source>
        <translation>Impossible de verrouiller le dossier de sortie %1 : vérifiez ses droits et l&apos;espace libre, ou donnez un autre --out.</translation>
    </message>
    <message>
        <location filename="../app/launch/Paths.cpp" line="+68"/>
        <source>Cannot create the folder %1: check the path and its permissions, or choose another folder.</source>
        <translation>Impossible de créer le dossier %1 : vérifiez le chemin et ses droits d&apos;accès, ou choisissez un autre dossier.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot write in the folder %1 (%2): check its permissions and free space, or choose another folder.</source>
        <translation>Impossible d&apos;écrire dans le dossier %1 (%2) : vérifiez ses droits d&apos;accès et l&apos;espace libre, ou choisissez un autre dossier.</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>%1 is a system, root or home folder: Beam Launcher does not write its binaries there. Give --out a folder of its own, for example %2, or leave --out out to use the cache folder.</source>
        <translation>%1 est un dossier système, racine ou personnel : Beam Launcher n&apos;y écrit pas ses binaires. Donnez à --out un dossier dédié, par exemple %2, ou omettez --out pour utiliser le dossier de cache.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The output folder %1 holds other things (%2): Beam Launcher writes six files there and replaces any of the same names. Give an empty or new folder, or add --force-out to write there anyway.</source>
        <translation>Le dossier de sortie %1 contient d&apos;autres éléments (%2) : Beam Launcher y écrit six fichiers et remplace ceux qui portent le même nom. Donnez un dossier vide ou nouveau, ou ajoutez --force-out pour y écrire quand même.</translation>
    </message>
    <message>
        <location filename="../app/launch/Preflight.cpp" line="+24"/>
        <source>no answer within %1 s</source>
        <translation>aucune réponse en %1 s</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The job service on this machine would start the workers in Docker (environment type DOCKER), but there is no docker command here. Install Docker, or choose the PROCESS or LOOPBACK environment type.</source>
        <translation>Le service de jobs de cette machine démarrerait les workers dans Docker (type d&apos;environnement DOCKER), mais la commande docker est absente ici. Installez Docker, ou choisissez le type d&apos;environnement PROCESS ou LOOPBACK.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The PROCESS environment&apos;s command %1 %2: the runner on this machine runs it to start each worker. Give the path of an executable, usually Beam&apos;s Go boot program.</source>
        <translation>La commande %1 de l&apos;environnement PROCESS %2 : le runner de cette machine l&apos;exécute pour démarrer chaque worker. Indiquez le chemin d&apos;un exécutable, en général le programme de démarrage Go de Beam.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>is not executable</source>
        <translation>n&apos;est pas exécutable</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>does not exist</source>
        <translation>n&apos;existe pas</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>In-process Prism serves its job service on every network interface of this machine while the job runs: anyone who can reach this machine could submit a job to it, and a job can run programs as you. Turn on &quot;Start a local Prism job server&quot; (--local-job-server): that one is reachable from this machine only.</source>
        <translation>Prism dans le processus expose son service de jobs sur toutes les interfaces réseau de cette machine pendant que le job tourne : quiconque peut atteindre cette machine pourrait lui soumettre un job, et un job peut exécuter des programmes en votre nom. Activez « Démarrer un serveur de jobs Prism local » (--local-job-server) : celui-ci n&apos;est accessible que depuis cette machine.</translation>
    </message>
    <message>
        <source>In-process Prism serves its job service on every network interface of this machine while the job runs: anyone who can reach this machine could submit a job to it, and a job can run programs as you. Run it on a network you trust, or give a job service endpoint on this machine.</source>
        <translation type="vanished">Prism dans le processus expose son service de jobs sur toutes les interfaces réseau de cette machine pendant que le job tourne : quiconque peut atteindre cette machine pourrait lui soumettre un job, et un job peut exécuter des programmes en votre nom. Ne l’utilisez que sur un réseau de confiance, ou indiquez le point d’accès d’un service de jobs sur cette machine.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The job service on %1 runs the PROCESS command %2 on its own machine, once for every worker: make sure it exists there and is what you mean to run there.</source>
        <translation>Le service de jobs sur %1 exécute la commande PROCESS %2 sur sa propre machine, une fois par worker : assurez-vous qu&apos;elle y existe et que c&apos;est bien ce que vous voulez y exécuter.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(none given)</source>
        <translation>(aucune indiquée)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The link to the job service on %1 is not encrypted (Beam&apos;s Go SDK talks to job services without TLS): the pipeline, its options and the worker binary cross the network in the clear, and whoever can reach that port can submit jobs. Use a trusted network or an SSH tunnel to a port on this machine.</source>
        <translation>La liaison avec le service de jobs sur %1 n&apos;est pas chiffrée (le SDK Go de Beam parle aux services de jobs sans TLS) : le pipeline, ses options et le binaire du worker traversent le réseau en clair, et quiconque peut atteindre ce port peut soumettre des jobs. Utilisez un réseau de confiance ou un tunnel SSH vers un port de cette machine.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source> The %1 job service listens on port %2 unless told otherwise.</source>
        <translation> Le service de jobs %1 écoute sur le port %2, sauf indication contraire.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing answers at %1 (%2). Start the job service, or check the host and port.%3</source>
        <translation>Rien ne répond à %1 (%2). Démarrez le service de jobs, ou vérifiez l&apos;hôte et le port.%3</translation>
    </message>
    <message>
        <location filename="../app/launch/RunnerCatalog.cpp" line="+80"/>
        <source>Runner &quot;%1&quot; has an option named &quot;%2&quot;: option names are lower-case flag names such as staging_location.</source>
        <translation>Le runner « %1 » a une option nommée « %2 » : les noms d&apos;options sont des noms d&apos;arguments en minuscules comme staging_location.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Runner &quot;%1&quot; declares option &quot;%2&quot;, which has its own field.</source>
        <translation>Le runner « %1 » déclare l&apos;option « %2 », qui a son propre champ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Option &quot;%1&quot; of runner &quot;%2&quot; has the unknown type &quot;%3&quot;; use one of %4.</source>
        <translation>L&apos;option « %1 » du runner « %2 » a le type inconnu « %3 » ; utilisez l&apos;un de %4.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The pattern of option &quot;%1&quot; of runner &quot;%2&quot; does not compile: %3.</source>
        <translation>Le motif de l&apos;option « %1 » du runner « %2 » ne se compile pas : %3.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Option &quot;%1&quot; of runner &quot;%2&quot; is an enum without values.</source>
        <translation>L&apos;option « %1 » du runner « %2 » est une énumération sans valeurs.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Option &quot;%1&quot; of runner &quot;%2&quot; needs an int type and both min &lt;= max for its range.</source>
        <translation>L&apos;option « %1 » du runner « %2 » a besoin du type int ainsi que de min et max avec min &lt;= max pour sa plage.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The default of option &quot;%1&quot; of runner &quot;%2&quot; is not valid: %3</source>
        <translation>La valeur par défaut de l&apos;option « %1 » du runner « %2 » n&apos;est pas valide : %3</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--%1 is required: %2</source>
        <translation>--%1 est obligatoire : %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>enter a value.</source>
        <translation>saisissez une valeur.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--%1 must be a whole number, not &quot;%2&quot;.</source>
        <translation>--%1 doit être un nombre entier, pas « %2 ».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--%1 must be between %2 and %3; %4 is out of range.</source>
        <translation>--%1 doit être compris entre %2 et %3 ; %4 est hors limites.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--%1 is true or false, not &quot;%2&quot;.</source>
        <translation>--%1 vaut true ou false, pas « %2 ».</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--%1 must be one of %2, not &quot;%3&quot;.</source>
        <translation>--%1 doit être l&apos;un de %2, pas « %3 ».</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--%1 must be JSON, for example {&quot;key&quot;: &quot;value&quot;}: %2 at character %3.</source>
        <translation>--%1 doit être du JSON, par exemple {&quot;key&quot;: &quot;value&quot;} : %2 au caractère %3.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; is not a valid value for --%2. %3</source>
        <translation>« %1 » n&apos;est pas une valeur valide pour --%2. %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the runner&apos;s documentation.</source>
        <translation>Consultez la documentation du runner.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The runner catalog is not a JSON object (%1 at offset %2).</source>
        <translation>Le catalogue des runners n&apos;est pas un objet JSON (%1 à la position %2).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The runner catalog has schema %1; this version reads schema 1.</source>
        <translation>Le catalogue des runners a le schéma %1 ; cette version lit le schéma 1.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Environment type &quot;%1&quot; of the runner catalog is empty, not upper-case or listed twice.</source>
        <translation>Le type d&apos;environnement « %1 » du catalogue des runners est vide, n&apos;est pas en majuscules ou figure deux fois.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The runner catalog lists no environment types.</source>
        <translation>Le catalogue des runners ne contient aucun type d&apos;environnement.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The runner catalog lists no runners.</source>
        <translation>Le catalogue des runners ne contient aucun runner.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Runner name &quot;%1&quot; is not a lower-case word.</source>
        <translation>Le nom de runner « %1 » n&apos;est pas un mot en minuscules.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Runner name &quot;%1&quot; appears twice in the runner catalog.</source>
        <translation>Le nom de runner « %1 » figure deux fois dans le catalogue des runners.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Runner &quot;%1&quot; has endpoint &quot;%2&quot;; use none, optional or required.</source>
        <translation>Le runner « %1 » a le point de terminaison « %2 » ; utilisez none, optional ou required.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Runner &quot;%1&quot; has a port outside 1-65535.</source>
        <translation>Le runner « %1 » a un port en dehors de 1-65535.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Runner &quot;%1&quot; needs an endpoint, so it must name its default port.</source>
        <translation>Le runner « %1 » a besoin d&apos;un point de terminaison, il doit donc indiquer son port par défaut.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Runner &quot;%1&quot; lists the unknown environment type &quot;%2&quot;.</source>
        <translation>Le runner « %1 » indique le type d&apos;environnement inconnu « %2 ».</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The default environment type &quot;%1&quot; of runner &quot;%2&quot; is not among its environment types.</source>
        <translation>Le type d&apos;environnement par défaut « %1 » du runner « %2 » ne fait pas partie de ses types d&apos;environnement.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Runner &quot;%1&quot; declares option &quot;%2&quot; twice.</source>
        <translation>Le runner « %1 » déclare l&apos;option « %2 » deux fois.</translation>
    </message>
</context>
<context>
    <name>bl::pipeline</name>
    <message numerus="yes">
        <location filename="../app/pipeline/PipelineFinder.cpp" line="+48"/>
        <source> and %n more</source>
        <translation>
            <numerusform> et %n autre</numerusform>
            <numerusform> et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Found the pipeline %1 in %2.</source>
        <translation>Pipeline %1 trouvé dans %2.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%1 holds %n Beam pipelines: %2. Choose one.</source>
        <translation>
            <numerusform>%1 contient %n pipeline Beam : %2. Choisissez-en un.</numerusform>
            <numerusform>%1 contient %n pipelines Beam : %2. Choisissez-en un.</numerusform>
        </translation>
    </message>
    <message>
        <source>No Beam pipeline under %1: its main packages (%2) do not import the Beam Go SDK (github.com/apache/beam/sdks/v2/go/pkg/beam).</source>
        <translation type="vanished">Aucun pipeline Beam sous %1 : ses packages main (%2) n&apos;importent pas le SDK Go de Beam (github.com/apache/beam/sdks/v2/go/pkg/beam).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No Beam pipeline under %1: its main packages (%2) are Beam&apos;s own tools (runners, boot programs), not pipelines.</source>
        <translation>Aucun pipeline Beam sous %1 : ses packages main (%2) sont des outils propres à Beam (runners, programmes boot), pas des pipelines.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No Beam pipeline under %1: its main packages (%2) do not import the Beam Go SDK (github.com/apache/beam/sdks/v2/go/pkg/beam, or github.com/apache/beam/sdks/go/pkg/beam before Beam&apos;s Go module).</source>
        <translation>Aucun pipeline Beam sous %1 : ses packages main (%2) n&apos;importent pas le SDK Go de Beam (github.com/apache/beam/sdks/v2/go/pkg/beam, ou github.com/apache/beam/sdks/go/pkg/beam avant le module Go de Beam).</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>No Beam pipeline under %1: its %n Go package(s) are libraries, none of them is a main package.</source>
        <translation>
            <numerusform>Aucun pipeline Beam sous %1 : son %n package Go est une bibliothèque, ce n&apos;est pas un package main.</numerusform>
            <numerusform>Aucun pipeline Beam sous %1 : ses %n packages Go sont des bibliothèques, aucun n&apos;est un package main.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No Beam pipeline: %1 holds no Go package.</source>
        <translation>Aucun pipeline Beam : %1 ne contient aucun package Go.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not inside a Go module, but these folders in it are: %2. Choose one of them, or add a go.work that uses them.</source>
        <translation>%1 n&apos;est pas dans un module Go, mais ces dossiers qu&apos;il contient le sont : %2. Choisissez-en un, ou ajoutez un go.work qui les utilise.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not inside a Go module: there is no go.mod (or go.work) in it or in a folder above. Choose the folder of the pipeline&apos;s module, or run `go mod init` there.</source>
        <translation>%1 n&apos;est pas dans un module Go : il n&apos;y a de go.mod (ni de go.work) ni dedans ni dans un dossier parent. Choisissez le dossier du module du pipeline, ou exécutez `go mod init` dans ce dossier.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Go could not list the packages under %1: %2</source>
        <translation>Go n&apos;a pas pu lister les packages sous %1 : %2</translation>
    </message>
    <message numerus="yes">
        <location line="+182"/>
        <source>--package %1 matches %n pipelines under %2; give one&apos;s whole import path or its folder:</source>
        <translation>
            <numerusform>--package %1 correspond à %n pipeline sous %2 ; indiquez son chemin d&apos;import complet ou son dossier :</numerusform>
            <numerusform>--package %1 correspond à %n pipelines sous %2 ; indiquez le chemin d&apos;import complet ou le dossier de l&apos;un d&apos;eux :</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%1 is none of the %n pipelines under %2; give one&apos;s import path or folder:</source>
        <translation>
            <numerusform>%1 n&apos;est pas le pipeline sous %2 (%n au total) ; indiquez son chemin d&apos;import ou son dossier :</numerusform>
            <numerusform>%1 n&apos;est aucun des %n pipelines sous %2 ; indiquez le chemin d&apos;import ou le dossier de l&apos;un d&apos;eux :</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is none of the pipelines under %2: %3.</source>
        <translation type="vanished">%1 n&apos;est aucun des pipelines sous %2 : %3.</translation>
    </message>
    <message>
        <location line="+28"/>
        <location filename="../app/pipeline/PipelineFlagsReader.cpp" line="+61"/>
        <source>%1 is not a folder.</source>
        <translation>%1 n&apos;est pas un dossier.</translation>
    </message>
    <message numerus="yes">
        <location line="+35"/>
        <source>%n package(s) listed…</source>
        <translation>
            <numerusform>%n package listé…</numerusform>
            <numerusform>%n packages listés…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Go could not be started: %1</source>
        <translation>Go n&apos;a pas pu être démarré : %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Looking for Beam pipelines under %1…</source>
        <translation>Recherche de pipelines Beam sous %1…</translation>
    </message>
    <message>
        <location filename="../app/pipeline/PipelineFlags.cpp" line="+298"/>
        <source>Pipeline options</source>
        <translation>Options du pipeline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Beam options</source>
        <translation>Options Beam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Runner options</source>
        <translation>Options du runner</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set by Beam Launcher</source>
        <translation>Définies par Beam Launcher</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>&quot;%1&quot; is not a bool: use true or false (also 1, 0, t, f).</source>
        <translation>« %1 » n&apos;est pas un bool : utilisez true ou false (ou 1, 0, t, f).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;%1&quot; is not an integer (e.g. 42, -7, 0x1F).</source>
        <translation>« %1 » n&apos;est pas un entier (par ex. 42, -7, 0x1F).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;%1&quot; is not an unsigned integer (e.g. 0, 42, 0x1F).</source>
        <translation>« %1 » n&apos;est pas un entier non signé (par ex. 0, 42, 0x1F).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is out of range for a 64-bit integer.</source>
        <translation>%1 dépasse la plage d&apos;un entier 64 bits.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;%1&quot; is not a number (e.g. 0.25, 1e-3).</source>
        <translation>« %1 » n&apos;est pas un nombre (par ex. 0.25, 1e-3).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is out of range for a 64-bit float.</source>
        <translation>%1 dépasse la plage d&apos;un flottant 64 bits.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; is not a duration: use a number with a unit, e.g. 300ms, 1.5h, 2h45m (units ns, us, ms, s, m, h).</source>
        <translation>« %1 » n&apos;est pas une durée : utilisez un nombre avec une unité, par ex. 300ms, 1.5h, 2h45m (unités ns, us, ms, s, m, h).</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>The launcher printed no flags for --help.</source>
        <translation>Le lanceur n&apos;a affiché aucun argument pour --help.</translation>
    </message>
    <message>
        <location filename="../app/pipeline/PipelineFlagsReader.cpp" line="+25"/>
        <source>go list could not list the pipeline&apos;s packages in %1.</source>
        <translation>go list n&apos;a pas pu lister les packages du pipeline dans %1.</translation>
    </message>
    <message>
        <location line="+53"/>
        <location filename="../app/pipeline/PipelineGraph.cpp" line="+161"/>
        <source>%1 is not an executable launcher: build the pipeline first.</source>
        <translation>%1 n&apos;est pas un lanceur exécutable : compilez d&apos;abord le pipeline.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 did not print its flags within %2 s: it seems to do work before it parses its flags (flag.Parse). It was stopped; type the pipeline flags by hand.</source>
        <translation>%1 n&apos;a pas affiché ses arguments en %2 s : il semble travailler avant d&apos;analyser ses arguments (flag.Parse). Il a été arrêté ; saisissez les arguments du pipeline à la main.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../app/pipeline/PipelineGraph.cpp" line="+37"/>
        <source>%1 could not be started: %2</source>
        <translation>%1 n&apos;a pas pu être démarré : %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 --help printed no Go flags (exit code %2)%3</source>
        <translation>%1 --help n&apos;a affiché aucun argument Go (code de sortie %2)%3</translation>
    </message>
    <message>
        <location filename="../app/pipeline/PipelineGraph.cpp" line="-32"/>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 did not write its graph within %2 s; it was stopped.</source>
        <translation>%1 n&apos;a pas écrit son graphe en %2 s ; il a été arrêté.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>This program runs its pipeline itself, in its own process (it defines no --runner flag: it does not call beamx.Run), so Beam&apos;s dot runner cannot draw its graph. Call beamx.Run(ctx, p) in its main to get the graph.</source>
        <translation>Ce programme exécute son pipeline lui-même, dans son propre processus (il ne définit pas d&apos;argument --runner : il n&apos;appelle pas beamx.Run), donc le runner dot de Beam ne peut pas dessiner son graphe. Appelez beamx.Run(ctx, p) dans son main pour obtenir le graphe.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The pipeline does not know Beam&apos;s dot runner: run it with beamx.Run (which registers every runner) or import the package runners/dot of the Beam Go SDK (github.com/apache/beam/sdks/v2/go/pkg/beam/runners/dot; before Beam&apos;s Go module github.com/apache/beam/sdks/go/pkg/beam/runners/dot).</source>
        <translation>Le pipeline ne connaît pas le runner dot de Beam : exécutez-le avec beamx.Run (qui enregistre tous les runners) ou importez le package runners/dot du SDK Go de Beam (github.com/apache/beam/sdks/v2/go/pkg/beam/runners/dot ; avant le module Go de Beam, github.com/apache/beam/sdks/go/pkg/beam/runners/dot).</translation>
    </message>
    <message>
        <source>The pipeline does not know Beam&apos;s dot runner: run it with beamx.Run (which registers every runner) or import github.com/apache/beam/sdks/v2/go/pkg/beam/runners/dot.</source>
        <translation type="vanished">Le pipeline ne connaît pas le runner dot de Beam : exécutez-le avec beamx.Run (qui enregistre tous les runners) ou importez github.com/apache/beam/sdks/v2/go/pkg/beam/runners/dot.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The pipeline&apos;s graph could not be built (exit code %1).</source>
        <translation>Le graphe du pipeline n&apos;a pas pu être construit (code de sortie %1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The pipeline&apos;s graph could not be built: %1</source>
        <translation>Le graphe du pipeline n&apos;a pas pu être construit : %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Graphviz is not installed, so the graph (%1) cannot be drawn: install it (Debian and Ubuntu: apt install graphviz; macOS: brew install graphviz).</source>
        <translation>Graphviz n&apos;est pas installé, le graphe (%1) ne peut donc pas être dessiné : installez-le (Debian et Ubuntu : apt install graphviz ; macOS : brew install graphviz).</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Graphviz could not draw the graph: %1</source>
        <translation>Graphviz n&apos;a pas pu dessiner le graphe : %1</translation>
    </message>
</context>
<context>
    <name>bl::process</name>
    <message>
        <location filename="../app/process/FileHash.cpp" line="+27"/>
        <location line="+11"/>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <location filename="../app/process/ProcessRunner.cpp" line="+75"/>
        <source>Cannot write the log file %1: %2</source>
        <translation>Impossible d&apos;écrire le fichier journal %1 : %2</translation>
    </message>
    <message numerus="yes">
        <location line="+121"/>
        <source>%n process(es) started by the run would not die within the time allowed, even when killed: %1. They may be stuck in the kernel (a hung network file system or device); end them by hand, or restart the machine if they stay.</source>
        <translation>
            <numerusform>%n processus démarré par l&apos;exécution ne s&apos;est pas terminé dans le temps imparti, même tué : %1. Il est peut-être bloqué dans le noyau (un système de fichiers réseau ou un périphérique figé) ; terminez-le à la main, ou redémarrez la machine s&apos;il persiste.</numerusform>
            <numerusform>%n processus démarrés par l&apos;exécution ne se sont pas terminés dans le temps imparti, même tués : %1. Ils sont peut-être bloqués dans le noyau (un système de fichiers réseau ou un périphérique figé) ; terminez-les à la main, ou redémarrez la machine s&apos;ils persistent.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot start %1: %2</source>
        <translation>Impossible de démarrer %1 : %2</translation>
    </message>
</context>
<context>
    <name>bl::profiles</name>
    <message>
        <location filename="../app/profiles/Profile.cpp" line="+39"/>
        <source>text</source>
        <translation>du texte</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>true or false</source>
        <translation>true ou false</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+6"/>
        <source>a list of texts</source>
        <translation>une liste de textes</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The field &quot;%1&quot; must be %2.</source>
        <translation>Le champ « %1 » doit être %2.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>text of the form goos/goarch</source>
        <translation>du texte de la forme goos/goarch</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The field &quot;%1&quot; is not a platform: %2</source>
        <translation>Le champ « %1 » n&apos;est pas une plateforme : %2</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>The profile &quot;%1&quot; was made by a newer Beam Launcher (schema %2; this one reads up to %3). Use that version for it; this one leaves the file as it is.</source>
        <translation>Le profil « %1 » a été créé par un Beam Launcher plus récent (schéma %2 ; celui-ci lit jusqu&apos;au schéma %3). Utilisez cette version-là pour ce profil ; celle-ci laisse le fichier tel quel.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A profile needs a name.</source>
        <translation>Un profil doit avoir un nom.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The profile name &quot;%1&quot; holds control characters (escape, newline, tab...): choose a name of visible characters.</source>
        <translation>Le nom de profil « %1 » contient des caractères de contrôle (échappement, saut de ligne, tabulation...) : choisissez un nom fait de caractères visibles.</translation>
    </message>
    <message>
        <location line="+90"/>
        <location line="+6"/>
        <source>an object of texts</source>
        <translation>un objet de textes</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+11"/>
        <source>a list of {&quot;name&quot;: ..., &quot;value&quot;: ...} objects</source>
        <translation>une liste d&apos;objets {&quot;name&quot;: ..., &quot;value&quot;: ...}</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Line %1: %2</source>
        <translation>Ligne %1 : %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A profile must be a JSON object.</source>
        <translation>Un profil doit être un objet JSON.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The field &quot;schema&quot; must be a whole number of at least 1.</source>
        <translation>Le champ « schema » doit être un nombre entier d&apos;au moins 1.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>(unnamed, schema %1)</source>
        <translation>(sans nom, schéma %1)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The profile has no name (field &quot;name&quot;).</source>
        <translation>Le profil n&apos;a pas de nom (champ « name »).</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../app/profiles/ProfileStore.cpp" line="+330"/>
        <source>The profile id &quot;%1&quot; may only contain letters, digits, &apos;-&apos; and &apos;_&apos;.</source>
        <translation>L&apos;identifiant de profil « %1 » ne peut contenir que des lettres, des chiffres, &apos;-&apos; et &apos;_&apos;.</translation>
    </message>
    <message>
        <location filename="../app/profiles/ProfileStore.cpp" line="-283"/>
        <source>The profile %1 cannot be read: %2</source>
        <translation>Le profil %1 ne peut pas être lu : %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The profile %1 cannot be read and was put aside as %2: %3. Fix the file and rename it back to load it again.</source>
        <translation>Le profil %1 ne peut pas être lu et a été mis de côté sous le nom %2 : %3. Corrigez le fichier et redonnez-lui son nom pour le recharger.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>There is no folder for profiles. Set BEAM_LAUNCHER_CONFIG_DIR to a folder you can write.</source>
        <translation>Il n&apos;y a pas de dossier pour les profils. Définissez BEAM_LAUNCHER_CONFIG_DIR sur un dossier accessible en écriture.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot create the profile folder %1. Check that you may write there, or set BEAM_LAUNCHER_CONFIG_DIR to a folder you can write.</source>
        <translation>Impossible de créer le dossier des profils %1. Vérifiez que vous pouvez y écrire, ou définissez BEAM_LAUNCHER_CONFIG_DIR sur un dossier accessible en écriture.</translation>
    </message>
    <message>
        <location filename="../app/profiles/ProfileLock.cpp" line="+96"/>
        <source>Another Beam Launcher (process %1 on %2) is saving profiles and holds %3. Try again; if that process no longer runs, delete the lock file.</source>
        <translation>Un autre Beam Launcher (processus %1 sur %2) enregistre des profils et détient %3. Réessayez ; si ce processus ne tourne plus, supprimez le fichier de verrou.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The profile folder is locked by %1, which does not say which program holds it. Try again; if no Beam Launcher is saving profiles now, delete that file.</source>
        <translation>Le dossier des profils est verrouillé par %1, qui n&apos;indique pas quel programme le détient. Réessayez ; si aucun Beam Launcher n&apos;enregistre de profils en ce moment, supprimez ce fichier.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot write to the profile folder %1. Check its permissions, or set BEAM_LAUNCHER_CONFIG_DIR to a folder you can write.</source>
        <translation>Impossible d&apos;écrire dans le dossier des profils %1. Vérifiez ses droits d&apos;accès, ou définissez BEAM_LAUNCHER_CONFIG_DIR sur un dossier accessible en écriture.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot lock the profile folder %1: no space left on the device holding the profiles. Free some space and try again.</source>
        <translation>Impossible de verrouiller le dossier des profils %1 : il n&apos;y a plus d&apos;espace libre sur le périphérique qui contient les profils. Libérez de l&apos;espace et réessayez.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot lock the profile folder %1 for writing.</source>
        <translation>Impossible de verrouiller le dossier des profils %1 en écriture.</translation>
    </message>
    <message>
        <source>A profile named &quot;%1&quot; already exists. Choose another name.</source>
        <translation type="vanished">Un profil nommé « %1 » existe déjà. Choisissez un autre nom.</translation>
    </message>
    <message>
        <source>Cannot save the profile to %1: %2. Check that you may write to the folder and that the disk is not full.</source>
        <translation type="vanished">Impossible d&apos;enregistrer le profil dans %1 : %2. Vérifiez que vous pouvez écrire dans le dossier et que le disque n&apos;est pas plein.</translation>
    </message>
    <message>
        <location filename="../app/profiles/ProfileStore.cpp" line="+232"/>
        <source>A profile named &quot;%1&quot; already exists. Choose another name, or delete that profile first.</source>
        <translation>Un profil nommé « %1 » existe déjà. Choisissez un autre nom, ou supprimez d&apos;abord ce profil.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Saving the profile &quot;%1&quot;</source>
        <translation>L&apos;enregistrement du profil « %1 »</translation>
    </message>
    <message>
        <location line="-244"/>
        <source>There is no profile with the id &quot;%1&quot;.</source>
        <translation>Il n&apos;existe aucun profil avec l&apos;identifiant « %1 ».</translation>
    </message>
    <message>
        <location line="+270"/>
        <source>Cannot delete %1: %2. Check the folder&apos;s permissions.</source>
        <translation>Impossible de supprimer %1 : %2. Vérifiez les droits d&apos;accès du dossier.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>A profile with the id &quot;%1&quot; exists already.</source>
        <translation>Un profil avec l&apos;identifiant « %1 » existe déjà.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 (copy)</source>
        <translation>%1 (copie)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (copy %2)</source>
        <translation>%1 (copie %2)</translation>
    </message>
    <message>
        <source>The secrets of the copy &quot;%1&quot; could not be copied: %2</source>
        <translation type="vanished">Les secrets de la copie « %1 » n&apos;ont pas pu être copiés : %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Cannot write %1: %2.</source>
        <translation>Impossible d&apos;écrire %1 : %2.</translation>
    </message>
    <message>
        <location filename="../app/profiles/ProfileImport.cpp" line="+28"/>
        <source>%1 is %2 KiB; a profile file may be at most %3 KiB. Choose the .json file that `beam-launcher profiles export` (or Export Profile in the window) wrote.</source>
        <translation>%1 fait %2 Kio ; un fichier de profil ne peut pas dépasser %3 Kio. Choisissez le fichier .json écrit par `beam-launcher profiles export` (ou par « Exporter le profil » dans la fenêtre).</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+74"/>
        <source>a folder</source>
        <translation>un dossier</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>a named pipe (FIFO)</source>
        <translation>un tube nommé (FIFO)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a socket</source>
        <translation>un socket</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a device</source>
        <translation>un périphérique</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+67"/>
        <source>not a regular file</source>
        <translation>un fichier spécial</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>%1 is %2, not a profile file: give the .json file that `beam-launcher profiles export` (or Export Profile in the window) wrote.</source>
        <translation>%1 est %2, pas un fichier de profil : indiquez le fichier .json écrit par `beam-launcher profiles export` (ou par « Exporter le profil » dans la fenêtre).</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+14"/>
        <location line="+17"/>
        <location line="+25"/>
        <source>Cannot read %1: %2.</source>
        <translation>Impossible de lire %1 : %2.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The setting &quot;%1&quot; contains a NUL character: the launcher would get it cut short there. Remove it from the file and import it again.</source>
        <translation>Le réglage « %1 » contient un caractère NUL : le lanceur le recevrait tronqué à cet endroit. Retirez ce caractère du fichier et importez celui-ci à nouveau.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A setting is %1 KiB long (it starts &quot;%2&quot;); settings may be at most %3 KiB.</source>
        <translation>Un réglage fait %1 Kio (il commence par « %2 ») ; un réglage ne peut pas dépasser %3 Kio.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 is not a profile: %2</source>
        <translation>%1 n&apos;est pas un profil : %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+4"/>
        <source>%1 was not imported: %2</source>
        <translation>%1 n&apos;a pas été importé : %2</translation>
    </message>
    <message>
        <location filename="../app/profiles/ProfileStore.cpp" line="+59"/>
        <source>A secret could not be removed from the keychain: %1</source>
        <translation>Un secret n&apos;a pas pu être retiré du trousseau : %1</translation>
    </message>
    <message>
        <location filename="../app/profiles/AtomicWrite.cpp" line="+55"/>
        <source>%1 failed: no space left on the device holding the profiles (%2: %3). Free some space and try again; the file on disk was kept as it was.</source>
        <translation>%1 a échoué : plus d&apos;espace libre sur le périphérique qui contient les profils (%2 : %3). Libérez de l&apos;espace et réessayez ; le fichier sur le disque a été conservé tel quel.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 failed: cannot write %2: %3. Check that you may write to the folder; the file on disk was kept as it was.</source>
        <translation>%1 a échoué : impossible d&apos;écrire %2 : %3. Vérifiez que vous pouvez écrire dans le dossier ; le fichier sur le disque a été conservé tel quel.</translation>
    </message>
    <message>
        <location filename="../app/profiles/ProfileActions.cpp" line="+185"/>
        <source>The profile &quot;%1&quot; was not duplicated: %2</source>
        <translation>Le profil « %1 » n&apos;a pas été dupliqué : %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The profile &quot;%1&quot; was kept, with its secrets: %2</source>
        <translation>Le profil « %1 » a été conservé, avec ses secrets : %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>its secret %1 could not be copied in the keychain. %2</source>
        <translation>son secret %1 n&apos;a pas pu être copié dans le trousseau. %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the secret %1 could not be removed from the keychain. %2</source>
        <translation>le secret %1 n&apos;a pas pu être retiré du trousseau. %2</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>The secrets %1 copied for it could not be removed from the keychain again: remove the entries %2 of the service %3 with your keychain&apos;s own tool.</source>
        <translation>Les secrets %1 copiés pour lui n&apos;ont pas pu être retirés à nouveau du trousseau : retirez les entrées %2 du service %3 avec l&apos;outil propre à votre trousseau.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Its secrets %1 could not be put back into the keychain: set them again (`beam-launcher profiles set-secret`, or the Environment variables table).</source>
        <translation>Ses secrets %1 n&apos;ont pas pu être remis dans le trousseau : définissez-les à nouveau (`beam-launcher profiles set-secret`, ou le tableau Variables d&apos;environnement).</translation>
    </message>
    <message>
        <location filename="../app/profiles/RecentRuns.cpp" line="+49"/>
        <source>A run record must be a JSON object.</source>
        <translation>Un enregistrement d&apos;exécution doit être un objet JSON.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The run record has no id or start time.</source>
        <translation>L&apos;enregistrement d&apos;exécution n&apos;a pas d&apos;identifiant ou d&apos;heure de début.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Cannot create the folder %1 for the list of recent runs. Check that you may write there, or set BEAM_LAUNCHER_CONFIG_DIR to a folder you can write.</source>
        <translation>Impossible de créer le dossier %1 pour la liste des exécutions récentes. Vérifiez que vous pouvez y écrire, ou définissez BEAM_LAUNCHER_CONFIG_DIR sur un dossier accessible en écriture.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cannot record the run in %1: %2</source>
        <translation>Impossible d&apos;enregistrer l&apos;exécution dans %1 : %2</translation>
    </message>
    <message>
        <location filename="../app/profiles/SecretStore.cpp" line="+23"/>
        <source>No keychain is available: start your desktop&apos;s keyring (GNOME Keyring, KWallet, macOS Keychain, Windows Credential Manager) or unlock it, then try again. Beam Launcher keeps secret values only in a keychain; without one, give them to the launcher through the environment yourself.</source>
        <translation>Aucun trousseau n&apos;est disponible : démarrez le trousseau de votre bureau (GNOME Keyring, KWallet, macOS Keychain, Windows Credential Manager) ou déverrouillez-le, puis réessayez. Beam Launcher ne conserve les valeurs secrètes que dans un trousseau ; sans trousseau, transmettez-les vous-même au lanceur par l&apos;environnement.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>the keychain did not answer within %1 s</source>
        <translation>le trousseau n&apos;a pas répondu en %1 s</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The keychain holds no value for the secret %1. Enter it again.</source>
        <translation>Le trousseau ne contient aucune valeur pour le secret %1. Saisissez-la de nouveau.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The keychain refused access to the secret %1: %2. Unlock your keyring and allow Beam Launcher to use it.</source>
        <translation>Le trousseau a refusé l&apos;accès au secret %1 : %2. Déverrouillez votre trousseau et autorisez Beam Launcher à l&apos;utiliser.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The keychain failed for the secret %1: %2</source>
        <translation>Le trousseau a échoué pour le secret %1 : %2</translation>
    </message>
    <message>
        <location filename="../app/profiles/StarterProfile.cpp" line="+27"/>
        <source>Sample: word count on Prism (local)</source>
        <translation>Exemple : comptage de mots avec Prism (local)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Counts the words of the sample&apos;s input.txt on a Prism job server that Beam Launcher starts on this computer (reachable from here only). Press Launch: both binaries are built and checked, Prism runs the worker binary through Beam&apos;s boot, and the worker&apos;s own lines show in the Worker pane. The first launch also builds Prism and boot for the sample&apos;s Beam version (a few minutes, once).</source>
        <translation>Compte les mots du fichier input.txt de l&apos;exemple sur un serveur de jobs Prism que Beam Launcher démarre sur cet ordinateur (accessible d&apos;ici uniquement). Cliquez sur Lancer : les deux binaires sont compilés et vérifiés, Prism exécute le binaire du worker via le boot de Beam, et les lignes propres du worker s&apos;affichent dans le panneau Workers. Le premier lancement compile aussi Prism et boot pour la version de Beam de l&apos;exemple (quelques minutes, une seule fois).</translation>
    </message>
    <message>
        <source>Counts the words of the sample&apos;s input.txt with Beam&apos;s Prism runner inside the launcher. Press Launch: both binaries are built, checked and the job runs here, no job server needed.</source>
        <translation type="vanished">Compte les mots du fichier input.txt de l&apos;exemple avec le runner Prism de Beam, dans le lanceur. Cliquez sur Lancer : les deux binaires sont compilés et vérifiés, puis le job s&apos;exécute ici, sans serveur de jobs.</translation>
    </message>
</context>
<context>
    <name>bl::runner</name>
    <message>
        <location filename="../app/runner/LocalPrism.cpp" line="+19"/>
        <source>Prism build: %1</source>
        <translation>Compilation de Prism : %1</translation>
    </message>
    <message>
        <location filename="../app/runner/ManagedPrism.cpp" line="+112"/>
        <source>No free port on 127.0.0.1 for the local Prism job server.</source>
        <translation>Aucun port libre sur 127.0.0.1 pour le serveur de jobs Prism local.</translation>
    </message>
    <message>
        <source>Cannot create a working folder for the local Prism job server: %1</source>
        <translation type="vanished">Impossible de créer un dossier de travail pour le serveur de jobs Prism local : %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cannot create a working folder for the local Prism job server in %1: %2. Check its permissions and free space, or set BEAM_LAUNCHER_RUNNERS_DIR to another folder.</source>
        <translation>Impossible de créer un dossier de travail pour le serveur de jobs Prism local dans %1 : %2. Vérifiez ses permissions et l&apos;espace libre, ou définissez BEAM_LAUNCHER_RUNNERS_DIR sur un autre dossier.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the folder cannot be locked</source>
        <translation>le dossier ne peut pas être verrouillé</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Starting the local Prism job server %1 (on 127.0.0.1 only)...</source>
        <translation>Démarrage du serveur de jobs Prism local %1 (sur 127.0.0.1 uniquement)...</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The local Prism job server did not accept connections on %1 within %2 s.</source>
        <translation>Le serveur de jobs Prism local n&apos;a pas accepté de connexions sur %1 en %2 s.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Local Prism job server ready at %1 (web page %2).</source>
        <translation>Serveur de jobs Prism local prêt à %1 (page web %2).</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The local Prism job server listens where other machines can reach it (%1), although it was built to listen on 127.0.0.1 only. Beam Launcher stopped it. Delete %2 so that it is built again, and report this.</source>
        <translation>Le serveur de jobs Prism local écoute là où d&apos;autres machines peuvent l&apos;atteindre (%1), alors qu&apos;il a été compilé pour n&apos;écouter que sur 127.0.0.1. Beam Launcher l&apos;a arrêté. Supprimez %2 pour qu&apos;il soit recompilé, et signalez le problème.</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>The local Prism job server %1 could not start: %2</source>
        <translation>Le serveur de jobs Prism local %1 n&apos;a pas pu démarrer : %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 was not built by Beam Launcher with its loopback overlay, so it could listen on the network; it was not used. Delete %2 so that it is built again.</source>
        <translation>%1 n&apos;a pas été compilé par Beam Launcher avec son overlay loopback, il pourrait donc écouter sur le réseau ; il n&apos;a pas été utilisé. Supprimez %2 pour qu&apos;il soit recompilé.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The local Prism job server ended on its own (exit code %1).%2</source>
        <translation>Le serveur de jobs Prism local s&apos;est arrêté de lui-même (code de sortie %1).%2</translation>
    </message>
    <message>
        <location filename="../app/runner/PrismOverlay.cpp" line="+61"/>
        <source>Beam %1&apos;s %2 no longer has the code Beam Launcher changes to keep Prism on this machine only (%3 times: %4). Refusing to build a Prism that could listen on the network: use a Beam version this Beam Launcher knows (2.77), or update Beam Launcher.</source>
        <translation>%2 de Beam %1 ne contient plus le code que Beam Launcher modifie pour garder Prism sur cette machine uniquement (%3 fois : %4). Refus de compiler un Prism qui pourrait écouter sur le réseau : utilisez une version de Beam que ce Beam Launcher connaît (2.77), ou mettez à jour Beam Launcher.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Beam %1&apos;s %2 still contains %3 after Beam Launcher&apos;s change (%4). Refusing to build a Prism whose workers would not start; update Beam Launcher.</source>
        <translation>%2 de Beam %1 contient encore %3 après la modification de Beam Launcher (%4). Refus de compiler un Prism dont les workers ne démarreraient pas ; mettez à jour Beam Launcher.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Beam %1&apos;s Prism does not listen the way Beam Launcher knows, so it cannot be sure the managed Prism stays on this machine. Refusing to build it; use Beam 2.77 or update Beam Launcher.</source>
        <translation>Le Prism de Beam %1 n&apos;écoute pas de la façon que Beam Launcher connaît, il ne peut donc pas garantir que le Prism géré reste sur cette machine. Refus de le compiler ; utilisez Beam 2.77 ou mettez à jour Beam Launcher.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Listeners Beam Launcher does not know:</source>
        <translation>Écouteurs que Beam Launcher ne connaît pas :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Listeners Beam Launcher expected and did not find:</source>
        <translation>Écouteurs attendus par Beam Launcher et introuvables :</translation>
    </message>
    <message>
        <location filename="../app/runner/PrismTools.cpp" line="+126"/>
        <source>Cannot create %1.</source>
        <translation>Impossible de créer %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Beam %1 has no %2, which Beam Launcher changes to keep Prism on this machine only. Refusing to build Prism; update Beam Launcher.</source>
        <translation>Beam %1 n&apos;a pas de %2, que Beam Launcher modifie pour garder Prism sur cette machine uniquement. Refus de compiler Prism ; mettez à jour Beam Launcher.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+27"/>
        <location line="+4"/>
        <source>Cannot write %1.</source>
        <translation>Impossible d&apos;écrire %1.</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Cannot read %1.</source>
        <translation>Impossible de lire %1.</translation>
    </message>
    <message>
        <source>go %1 failed while getting Prism %2:
%3</source>
        <translation type="vanished">go %1 a échoué lors de la récupération de Prism %2 :
%3</translation>
    </message>
    <message>
        <location line="+205"/>
        <source>(Beam version unknown)</source>
        <translation>(version de Beam inconnue)</translation>
    </message>
    <message>
        <source>The pipeline&apos;s go.mod replaces the Beam Go SDK with %1. The managed local Prism is built from a released Beam version; remove the replace directive, or start Prism yourself and give its endpoint.</source>
        <translation type="vanished">Le go.mod du pipeline remplace le SDK Go de Beam par %1. Le Prism local géré est compilé à partir d&apos;une version publiée de Beam ; supprimez la directive replace, ou démarrez Prism vous-même et indiquez son point de terminaison.</translation>
    </message>
    <message>
        <source>Could not tell which Beam version the pipeline uses (go list -m answered &quot;%1&quot;). Its go.mod should require %2 at a released version.</source>
        <translation type="vanished">Impossible de déterminer la version de Beam utilisée par le pipeline (go list -m a répondu « %1 »). Son go.mod devrait exiger %2 dans une version publiée.</translation>
    </message>
    <message>
        <location line="+234"/>
        <source>Building Prism %1 (first use of this Beam version)...</source>
        <translation>Compilation de Prism %1 (première utilisation de cette version de Beam)...</translation>
    </message>
    <message>
        <location line="-99"/>
        <source>Cannot create the folder %1 for Prism and boot: check its permissions and free space, or set BEAM_LAUNCHER_RUNNERS_DIR to another folder.</source>
        <translation>Impossible de créer le dossier %1 pour Prism et boot : vérifiez ses permissions et l&apos;espace libre, ou définissez BEAM_LAUNCHER_RUNNERS_DIR sur un autre dossier.</translation>
    </message>
    <message>
        <source>Cannot write the Prism build folder %1.</source>
        <translation type="vanished">Impossible d&apos;écrire dans le dossier de compilation de Prism %1.</translation>
    </message>
    <message>
        <source>Prism %1: getting Beam&apos;s sources (go mod tidy, go mod vendor)...</source>
        <translation type="vanished">Prism %1 : récupération des sources de Beam (go mod tidy, go mod vendor)...</translation>
    </message>
    <message>
        <location line="-140"/>
        <source>go %1 failed while getting Prism %2:
%3
Check that the Go module proxy can be reached (GOPROXY) and that the pipeline&apos;s go.mod is complete (go build works in its folder), then launch again; or start Prism yourself and give its endpoint.</source>
        <translation>go %1 a échoué lors de la récupération de Prism %2 :
%3
Vérifiez que le proxy de modules Go est accessible (GOPROXY) et que le go.mod du pipeline est complet (go build fonctionne dans son dossier), puis relancez ; ou démarrez Prism vous-même et indiquez son point de terminaison.</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>the pipeline uses Beam %1 of the old %2 module, which has no Prism runner</source>
        <translation>le pipeline utilise Beam %1 de l&apos;ancien module %2, qui n&apos;a pas de runner Prism</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The pipeline&apos;s go.mod replaces the Beam Go SDK with %1, which Beam Launcher cannot build Prism from. Replace it with a Beam folder or a released version, or start Prism yourself and give its endpoint.</source>
        <translation>Le go.mod du pipeline remplace le SDK Go de Beam par %1, à partir duquel Beam Launcher ne peut pas compiler Prism. Remplacez-le par un dossier Beam ou une version publiée, ou démarrez Prism vous-même et indiquez son point de terminaison.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The pipeline&apos;s module requires no Beam Go SDK (go list -m knows neither %1 nor %2), so Beam Launcher cannot tell which Prism to run. Add the Beam version it uses to its go.mod (go get %1@latest), or start Prism yourself and give its endpoint.</source>
        <translation>Le module du pipeline n&apos;exige aucun SDK Go de Beam (go list -m ne connaît ni %1 ni %2), donc Beam Launcher ne peut pas déterminer quel Prism exécuter. Ajoutez la version de Beam qu&apos;il utilise à son go.mod (go get %1@latest), ou démarrez Prism vous-même et indiquez son point de terminaison.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The pipeline&apos;s Beam SDK cannot run its workers in a PROCESS environment: they run inside the launcher (LOOPBACK, on this machine only).</source>
        <translation>Le SDK Beam du pipeline ne peut pas exécuter ses workers dans un environnement PROCESS : ils s&apos;exécutent dans le lanceur (LOOPBACK, sur cette machine uniquement).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cannot build Prism %1 (%2). Update Beam Launcher, or start Prism yourself and give its endpoint.</source>
        <translation>Impossible de compiler Prism %1 (%2). Mettez à jour Beam Launcher, ou démarrez Prism vous-même et indiquez son point de terminaison.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Running the pipeline on Prism %1 with --runner universal and its worker binary: %2.</source>
        <translation>Exécution du pipeline sur Prism %1 avec --runner universal et son binaire du worker : %2.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Prism %1: reading Beam %1 (go mod download)...</source>
        <translation>Prism %1 : lecture de Beam %1 (go mod download)...</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Beam %1 could not be downloaded (%2). Check that the pipeline&apos;s go.mod requires a published Beam version (go list -m -versions %3 lists them) and that the Go module proxy can be reached, then launch again.</source>
        <translation>Beam %1 n&apos;a pas pu être téléchargé (%2). Vérifiez que le go.mod du pipeline exige une version publiée de Beam (go list -m -versions %3 les liste) et que le proxy de modules Go est accessible, puis relancez.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Beam %1 has no Prism runner of its own</source>
        <translation>Beam %1 n&apos;a pas de runner Prism à lui</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot read %1 (Beam %2&apos;s go.mod).</source>
        <translation>Impossible de lire %1 (le go.mod de Beam %2).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the Beam module at %1 has no Prism runner</source>
        <translation>le module Beam situé dans %1 n&apos;a pas de runner Prism</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Local Prism: the pipeline is inside Beam&apos;s own module (%1); Prism is built from its sources.</source>
        <translation>Prism local : le pipeline se trouve dans le module propre à Beam (%1) ; Prism est compilé à partir de ses sources.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot read the Beam module at %1 to build Prism from it: check its permissions.</source>
        <translation>Impossible de lire le module Beam situé dans %1 pour en compiler Prism : vérifiez ses permissions.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cannot read go.mod and go.sum of the Beam module at %1.</source>
        <translation>Impossible de lire go.mod et go.sum du module Beam situé dans %1.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Building Prism from %1 (first use of these sources)...</source>
        <translation>Compilation de Prism à partir de %1 (première utilisation de ces sources)...</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot write the Prism build folder %1: check the free space and permissions of %2.</source>
        <translation>Impossible d&apos;écrire dans le dossier de compilation de Prism %1 : vérifiez l&apos;espace libre et les permissions de %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Prism %1: getting Beam&apos;s dependencies at the versions Beam pins (go mod vendor)...</source>
        <translation>Prism %1 : récupération des dépendances de Beam aux versions fixées par Beam (go mod vendor)...</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Prism %1: making its job service and web page listen on 127.0.0.1 only (Go -overlay)...</source>
        <translation>Prism %1 : son service de jobs et sa page web sont limités à l&apos;écoute sur 127.0.0.1 (Go -overlay)...</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Prism %1 does not take Beam Launcher&apos;s changes that keep it on this machine (%2)</source>
        <translation>Prism %1 n&apos;accepte pas les modifications de Beam Launcher qui le limitent à cette machine (%2)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Prism %1: compiling prism and boot (minutes the first time)...</source>
        <translation>Prism %1 : compilation de prism et boot (quelques minutes la première fois)...</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Prism %1: checking the built programs (go version -m)...</source>
        <translation>Prism %1 : vérification des programmes compilés (go version -m)...</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The programs built for Prism %1 are not built from it (go version -m: %2). Nothing was kept; report this to Beam Launcher&apos;s developers with the Beam version.</source>
        <translation>Les programmes compilés pour Prism %1 ne sont pas compilés à partir de celui-ci (go version -m : %2). Rien n&apos;a été conservé ; signalez-le aux développeurs de Beam Launcher en indiquant la version de Beam.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Could not put the built Prism into %1.</source>
        <translation>Impossible de placer le Prism compilé dans %1.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Could not move the built Prism to %1.</source>
        <translation>Impossible de déplacer le Prism compilé vers %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Prism %1 and boot built in %2: %3</source>
        <translation>Prism %1 et boot compilés en %2 : %3</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The built Prism %1 is missing from %2.</source>
        <translation>Le Prism compilé %1 est absent de %2.</translation>
    </message>
</context>
<context>
    <name>bl::ui</name>
    <message>
        <location filename="../ui/BuildJobView.cpp" line="+49"/>
        <source>Launcher</source>
        <translation>Lanceur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Worker</source>
        <translation>Worker</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The program that submits the pipeline, built for the machine you launch from</source>
        <translation>Le programme qui soumet le pipeline, compilé pour la machine depuis laquelle vous lancez</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The program the runner starts on its workers, built for their platform</source>
        <translation>Le programme que le runner démarre sur ses workers, compilé pour leur plateforme</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 build progress</source>
        <translation>Progression de la compilation : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 build output</source>
        <translation>Sortie de compilation : %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Platform:</source>
        <translation>Plateforme :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State:</source>
        <translation>État :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time:</source>
        <translation>Durée :</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Progress:</source>
        <translation>Progression :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result:</source>
        <translation>Résultat :</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Not built yet</source>
        <translation>Pas encore compilé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../ui/SessionPresenter.cpp" line="+451"/>
        <source>Building…</source>
        <translation>Compilation…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Succeeded</source>
        <translation>Réussi</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../ui/SessionPresenter.cpp" line="+32"/>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>· %1 packages/s · at most about %2 s left</source>
        <translation>· %1 packages/s · au plus environ %2 s restantes</translation>
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
        <translation>cet ordinateur</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1 · verified %2, cgo %3</source>
        <translation>%1 · vérifié %2, cgo %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+4"/>
        <source>on</source>
        <translation>activé</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+4"/>
        <source>off</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Built and verified %1 (%2, cgo %3).</source>
        <translation>%1 compilé et vérifié (%2, cgo %3).</translation>
    </message>
    <message>
        <location filename="../ui/GoHighlighter.cpp" line="+279"/>
        <location filename="../ui/KSyntaxAdapter.cpp" line="+89"/>
        <source>Secret value, hidden</source>
        <translation>Valeur secrète, masquée</translation>
    </message>
    <message>
        <location filename="../ui/GraphPanel.cpp" line="+123"/>
        <source>Zoom in (Ctrl++)</source>
        <translation>Zoom avant (Ctrl++)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom out (Ctrl+-)</source>
        <translation>Zoom arrière (Ctrl+-)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit</source>
        <translation>Ajuster</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fit the graph to the view (Ctrl+0)</source>
        <translation>Ajuster le graphe à la vue (Ctrl+0)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Redraw</source>
        <translation>Redessiner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draw the graph again with the current pipeline flags</source>
        <translation>Redessiner le graphe avec les arguments actuels du pipeline</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>No graph yet: build the pipeline to draw it.</source>
        <translation>Pas encore de graphe : compilez le pipeline pour le dessiner.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The graph could not be shown: Graphviz&apos;s output is not an SVG Qt can draw.</source>
        <translation>Le graphe n&apos;a pas pu être affiché : la sortie de Graphviz n&apos;est pas un SVG que Qt sait dessiner.</translation>
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
        <translation>Afficher</translation>
    </message>
    <message>
        <location filename="../ui/ProfilesPanel.cpp" line="+155"/>
        <source>Profiles cannot be saved: %1</source>
        <translation>Les profils ne peuvent pas être enregistrés : %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Try the sample: select &quot;%1&quot; and press Launch.</source>
        <translation>Essayez l&apos;exemple : sélectionnez « %1 » et cliquez sur Lancer.</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>&amp;New Profile</source>
        <translation>&amp;Nouveau profil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start a new profile (Ctrl+N)</source>
        <translation>Commencer un nouveau profil (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open Pipeline Folder…</source>
        <translation>&amp;Ouvrir un dossier de pipeline…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a pipeline folder and make a profile for it (Ctrl+O)</source>
        <translation>Choisir un dossier de pipeline et créer un profil pour lui (Ctrl+O)</translation>
    </message>
    <message>
        <location filename="../ui/ProfileEditor.cpp" line="+498"/>
        <location filename="../ui/ProfilesPanel.cpp" line="+2"/>
        <source>Choose the pipeline&apos;s package folder</source>
        <translation>Choisir le dossier du package du pipeline</translation>
    </message>
    <message>
        <location filename="../ui/ProfilesPanel.cpp" line="+6"/>
        <source>&amp;Delete Profile</source>
        <translation>&amp;Supprimer le profil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the selected profile and its secrets</source>
        <translation>Supprimer le profil sélectionné et ses secrets</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>D&amp;uplicate Profile</source>
        <translation>D&amp;upliquer le profil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the selected profile, its secrets included</source>
        <translation>Copier le profil sélectionné, secrets compris</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Export Profile…</source>
        <translation>&amp;Exporter le profil…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the selected profile to a file to share it: secret values are left out</source>
        <translation>Écrire le profil sélectionné dans un fichier pour le partager : les valeurs secrètes sont omises</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Import Profile…</source>
        <translation>&amp;Importer un profil…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a profile from a file someone shared</source>
        <translation>Ajouter un profil depuis un fichier partagé</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="-479"/>
        <source>Graph</source>
        <translation>Graphe</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Stalled Jobs</source>
        <translation>Jobs bloqués</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offer to cancel a job on the local Prism that has been RUNNING with no worker alive and no progress for this many seconds (0: never):</source>
        <translation>Proposer d&apos;annuler un job sur le Prism local qui est RUNNING sans aucun worker en vie ni progression depuis ce nombre de secondes (0 : jamais) :</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>&amp;Build</source>
        <translation>&amp;Compiler</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Launch</source>
        <translation>&amp;Lancer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Stop</source>
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stop the build or the launched job and everything it started (Shift+F5)</source>
        <translation>Arrêter la compilation ou le job lancé et tout ce qu&apos;il a démarré (Maj+F5)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Build &amp;Ahead</source>
        <translation>Compilation a&amp;nticipée</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep the shown profile&apos;s binaries built while you edit (in the background, at low priority), so that Launch starts them at once</source>
        <translation>Garder compilés les binaires du profil affiché pendant vos modifications (en arrière-plan, en basse priorité), pour que Lancer les démarre aussitôt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stalled Job &amp;Warning…</source>
        <translation>Avertissement de job &amp;bloqué…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How long a job on the local Prism may run with no worker and no progress before the window offers to cancel it</source>
        <translation>Durée pendant laquelle un job sur le Prism local peut tourner sans worker ni progression avant que la fenêtre ne propose de l&apos;annuler</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Notify When a Job Ends</source>
        <translation>&amp;Notifier à la fin d&apos;un job</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>When a launched job ends while this window is not active, say so in a desktop notification; show the launch&apos;s progress on the taskbar</source>
        <translation>Quand un job lancé se termine alors que cette fenêtre n&apos;est pas active, le signaler par une notification du bureau ; afficher la progression du lancement dans la barre des tâches</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Run</source>
        <translation>E&amp;xécution</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Recent &amp;Runs</source>
        <translation>Exécutions &amp;récentes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Beam Launcher</source>
        <translation>À &amp;propos de Beam Launcher</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <location line="+141"/>
        <source>Stop the job</source>
        <translation>Arrêter le job</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is running. Cancel it on the runner, or leave it running there and stop only the launcher?</source>
        <translation>%1 est en cours d&apos;exécution. L&apos;annuler sur le runner, ou le laisser tourner et n&apos;arrêter que le lanceur ?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel the job</source>
        <translation>Annuler le job</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Leave it running</source>
        <translation>Le laisser tourner</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keep watching</source>
        <translation>Continuer à suivre</translation>
    </message>
    <message>
        <location line="+137"/>
        <source>Took %1.</source>
        <translation>Durée : %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Job %1. %2</source>
        <translation>Job %1. %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location filename="../ui/EditorPane.cpp" line="+72"/>
        <source>Launch a Beam Go pipeline</source>
        <translation>Lancer un pipeline Beam Go</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Drop your pipeline&apos;s folder anywhere on this window,
or choose it here. Beam Launcher builds the launcher for this computer
and the worker for Linux, checks both, and runs your pipeline.</source>
        <translation>Déposez le dossier de votre pipeline n&apos;importe où sur cette fenêtre,
ou choisissez-le ici. Beam Launcher compile le lanceur pour cet ordinateur
et le worker pour Linux, vérifie les deux et exécute votre pipeline.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open Pipeline Folder…</source>
        <translation>Ouvrir un dossier de pipeline…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New Profile</source>
        <translation>Nouveau profil</translation>
    </message>
    <message>
        <location filename="../ui/ProfilesPanel.cpp" line="-88"/>
        <source>&amp;Profiles</source>
        <translation>&amp;Profils</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Profiles</source>
        <translation>Profils</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your saved launch set-ups. Drop a pipeline folder to add one.</source>
        <translation>Vos configurations de lancement enregistrées. Déposez un dossier de pipeline pour en ajouter une.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New profile</source>
        <translation>Nouveau profil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+232"/>
        <source>Delete profile</source>
        <translation>Supprimer le profil</translation>
    </message>
    <message>
        <location filename="../ui/OutputPanel.cpp" line="+58"/>
        <source>Build ahead keeps the shown profile&apos;s binaries built while you edit, so that Launch starts them at once (Run menu: Build Ahead turns it off).</source>
        <translation>La compilation anticipée garde compilés les binaires du profil affiché pendant vos modifications, pour que Lancer les démarre aussitôt (menu Exécution : Compilation anticipée la désactive).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Build</source>
        <translation>Compilation</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+11"/>
        <location line="+57"/>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <location line="-65"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Workers</source>
        <translation>Workers</translation>
    </message>
    <message>
        <location filename="../ui/RunView.cpp" line="+21"/>
        <source>Nothing launched yet. Press Launch (F5): it builds both binaries first.</source>
        <translation>Rien n&apos;a encore été lancé. Cliquez sur Lancer (F5) : les deux binaires sont d&apos;abord compilés.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Run output</source>
        <translation>Sortie de l&apos;exécution</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Job status</source>
        <translation>État du job</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The job&apos;s id and state as the launcher reports them, and the runner&apos;s web page when it has one.</source>
        <translation>L&apos;identifiant et l&apos;état du job tels que le lanceur les indique, et la page web du runner s&apos;il en a une.</translation>
    </message>
    <message>
        <location filename="../ui/OutputPanel.cpp" line="-4"/>
        <source>Run</source>
        <translation>Exécution</translation>
    </message>
    <message>
        <location filename="../ui/SessionPresenter.cpp" line="-448"/>
        <location line="+410"/>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <location line="-397"/>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <location filename="../ui/GoBanner.cpp" line="+48"/>
        <source>&lt;b&gt;Go was not found.&lt;/b&gt; %1&lt;br&gt;Install Go 1.%2 or newer from &lt;a href=&quot;https://go.dev/dl/&quot;&gt;go.dev/dl&lt;/a&gt; and start Beam Launcher again. You can still edit profiles; Build and Launch need Go.</source>
        <translation>&lt;b&gt;Go est introuvable.&lt;/b&gt; %1&lt;br&gt;Installez Go 1.%2 ou plus récent depuis &lt;a href=&quot;https://go.dev/dl/&quot;&gt;go.dev/dl&lt;/a&gt; et redémarrez Beam Launcher. Vous pouvez toujours modifier les profils ; Compiler et Lancer nécessitent Go.</translation>
    </message>
    <message>
        <location filename="../ui/ProfilesPanel.cpp" line="-76"/>
        <source>New pipeline</source>
        <translation>Nouveau pipeline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot create the profile</source>
        <translation>Impossible de créer le profil</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 does not exist.</source>
        <translation>%1 n&apos;existe pas.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Several folders</source>
        <translation>Plusieurs dossiers</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Make one new profile for each of these %n folder(s)?

%1</source>
        <translation>
            <numerusform>Créer un nouveau profil pour ce %n dossier ?

%1</numerusform>
            <numerusform>Créer un nouveau profil pour chacun de ces %n dossiers ?

%1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Delete the profile &quot;%1&quot;? Its secrets are removed from the keychain too.</source>
        <translation>Supprimer le profil « %1 » ? Ses secrets sont aussi retirés du trousseau.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cannot delete the profile</source>
        <translation>Impossible de supprimer le profil</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Cannot duplicate the profile</source>
        <translation>Impossible de dupliquer le profil</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Export profile</source>
        <translation>Exporter le profil</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+18"/>
        <source>Beam Launcher profiles (*.json)</source>
        <translation>Profils Beam Launcher (*.json)</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Cannot export the profile</source>
        <translation>Impossible d&apos;exporter le profil</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Exported to %1.</source>
        <translation>Exporté vers %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exported to %1 without the values of its secrets (%2).</source>
        <translation>Exporté vers %1 sans les valeurs de ses secrets (%2).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Import profile</source>
        <translation>Importer un profil</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+14"/>
        <source>Cannot import the profile</source>
        <translation>Impossible d&apos;importer le profil</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Import a profile that names programs?</source>
        <translation>Importer un profil qui désigne des programmes ?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The profile &quot;%1&quot; names programs or folders outside the pipeline, which a launch would use:

%2

Import it only if you trust them. Import it?</source>
        <translation>Le profil « %1 » désigne des programmes ou des dossiers hors du pipeline, qu&apos;un lancement utiliserait :

%2

Ne l&apos;importez que si vous leur faites confiance. L&apos;importer ?</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Secrets needed</source>
        <translation>Secrets nécessaires</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The profile &quot;%1&quot; needs values for its secrets %2. Type them into the Environment variables table: they are kept in your keychain, not in the profile.</source>
        <translation>Le profil « %1 » a besoin de valeurs pour ses secrets %2. Saisissez-les dans le tableau des variables d&apos;environnement : elles sont gardées dans votre trousseau, pas dans le profil.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Give the profile a name.</source>
        <translation>Donnez un nom au profil.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Another profile is called &quot;%1&quot;: choose another name.</source>
        <translation>Un autre profil s&apos;appelle « %1 » : choisissez un autre nom.</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Use the programs this profile names?</source>
        <translation>Utiliser les programmes que désigne ce profil ?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The profile &quot;%1&quot; was imported and names programs or folders outside the pipeline that this would use:

%2

Use them only if you trust them. Use them, now and until they change?</source>
        <translation>Le profil « %1 » a été importé et désigne des programmes ou des dossiers hors du pipeline que cette action utiliserait :

%2

Ne les utilisez que si vous leur faites confiance. Les utiliser, maintenant et jusqu&apos;à ce qu&apos;ils changent ?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the programs and folders the profile names were not accepted.</source>
        <translation>les programmes et dossiers que désigne le profil n&apos;ont pas été acceptés.</translation>
    </message>
    <message>
        <location line="-421"/>
        <source>The profile was not saved: %1</source>
        <translation>Le profil n&apos;a pas été enregistré : %1</translation>
    </message>
    <message>
        <location line="+361"/>
        <source>Another Beam Launcher is saving profiles: this one is saved right after it.</source>
        <translation>Un autre Beam Launcher enregistre des profils : celui-ci sera enregistré juste après.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The secret %1 was not saved in the keychain: %2</source>
        <translation>Le secret %1 n&apos;a pas été enregistré dans le trousseau : %2</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="-209"/>
        <location line="+49"/>
        <location line="+55"/>
        <source>Go is needed: %1</source>
        <translation>Go est nécessaire : %1</translation>
    </message>
    <message>
        <location line="-102"/>
        <source>Drop a pipeline folder on the window or press New Profile first.</source>
        <translation>Déposez d&apos;abord un dossier de pipeline sur la fenêtre ou cliquez sur Nouveau profil.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Build the launcher and the worker side by side (Ctrl+B)</source>
        <translation>Compiler le lanceur et le worker en parallèle (Ctrl+B)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+33"/>
        <location line="+8"/>
        <source>Cannot build: %1</source>
        <translation>Impossible de compiler : %1</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>Build both binaries, then launch the pipeline (F5)</source>
        <translation>Compiler les deux binaires, puis lancer le pipeline (F5)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+31"/>
        <location line="+8"/>
        <source>Cannot launch: %1</source>
        <translation>Impossible de lancer : %1</translation>
    </message>
    <message>
        <location filename="../ui/SessionPresenter.cpp" line="+108"/>
        <source>Stopped before the launch.</source>
        <translation>Arrêté avant le lancement.</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>Secrets missing</source>
        <translation>Secrets manquants</translation>
    </message>
    <message>
        <source>Waiting for the build ahead, which is building these very sources; then %1.</source>
        <translation type="vanished">En attente de la compilation anticipée, qui compile justement ces sources ; ensuite, %1.</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>the launch starts</source>
        <translation>le lancement démarre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the build is checked</source>
        <translation>la compilation est vérifiée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting for the build ahead, which is checking these very binaries; then %1.</source>
        <translation>En attente de la compilation anticipée, qui vérifie ces binaires mêmes ; ensuite %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The build ahead of these binaries ran at low priority: it goes on at normal priority (go build starts again and keeps what it compiled).</source>
        <translation>La compilation anticipée de ces binaires tournait en basse priorité : elle continue en priorité normale (go build redémarre et garde ce qu&apos;il a compilé).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stopping the build ahead first…</source>
        <translation>Arrêt préalable de la compilation anticipée…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The secret variables %1 have no value.</source>
        <translation>Les variables secrètes %1 n&apos;ont pas de valeur.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reading secrets from the keychain…</source>
        <translation>Lecture des secrets dans le trousseau…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The secret %1 has no value in the keychain: type its value in the environment table.</source>
        <translation>Le secret %1 n&apos;a pas de valeur dans le trousseau : saisissez sa valeur dans le tableau de l&apos;environnement.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The secret %1 could not be read: %2</source>
        <translation>Le secret %1 n&apos;a pas pu être lu : %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The system keychain is not available, and this profile needs secrets from it. Nothing was launched.

%1</source>
        <translation>Le trousseau du système n&apos;est pas disponible, et ce profil en a besoin pour ses secrets. Rien n&apos;a été lancé.

%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Secrets unavailable</source>
        <translation>Secrets indisponibles</translation>
    </message>
    <message>
        <location filename="../ui/RunView.cpp" line="+11"/>
        <source>Building before the launch…</source>
        <translation>Compilation avant le lancement…</translation>
    </message>
    <message>
        <location filename="../ui/SessionPresenter.cpp" line="+77"/>
        <location line="+32"/>
        <source>Warning: %1</source>
        <translation>Avertissement : %1</translation>
    </message>
    <message>
        <location filename="../ui/OutputPanel.cpp" line="+70"/>
        <source>Problems (%1)</source>
        <translation>Problèmes (%1)</translation>
    </message>
    <message>
        <location filename="../ui/RunView.cpp" line="+5"/>
        <source>Running: %1</source>
        <translation>En cours : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>$ %1</source>
        <translation>$ %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Job &lt;b&gt;%1&lt;/b&gt;: &lt;span style=&quot;color:%2&quot;&gt;&lt;b&gt;%3&lt;/b&gt;&lt;/span&gt;</source>
        <translation>Job &lt;b&gt;%1&lt;/b&gt; : &lt;span style=&quot;color:%2&quot;&gt;&lt;b&gt;%3&lt;/b&gt;&lt;/span&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>submitted</source>
        <translation>soumis</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the runner&apos;s web page</source>
        <translation>Ouvrir la page web du runner</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The launcher exited with code %1 after %2.</source>
        <translation>Le lanceur s&apos;est terminé avec le code %1 après %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stopped after %1: the launcher and everything it started were ended.</source>
        <translation>Arrêté après %1 : le lanceur et tout ce qu&apos;il a démarré ont été terminés.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The launcher crashed after %1: %2</source>
        <translation>Le lanceur a planté après %1 : %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The launcher did not start: %1</source>
        <translation>Le lanceur n&apos;a pas démarré : %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="+38"/>
        <location filename="../ui/RunView.cpp" line="+4"/>
        <source>Log: %1</source>
        <translation>Journal : %1</translation>
    </message>
    <message>
        <location filename="../ui/SessionPresenter.cpp" line="+131"/>
        <source>Both binaries are built and verified (%1).</source>
        <translation>Les deux binaires sont compilés et vérifiés (%1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The pipeline ran to its end (exit code 0, %1).</source>
        <translation>Le pipeline s&apos;est exécuté jusqu&apos;au bout (code de sortie 0, %1).</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>This run was not recorded: %1</source>
        <translation>Cette exécution n&apos;a pas été enregistrée : %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="-11"/>
        <source>No runs yet</source>
        <translation>Aucune exécution pour l&apos;instant</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>exit %1</source>
        <translation>sortie %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run again: %1 (%2, %3, %4)</source>
        <translation>Exécuter à nouveau : %1 (%2, %3, %4)</translation>
    </message>
    <message>
        <location filename="../ui/SessionPresenter.cpp" line="-226"/>
        <source>Job %1 on %2</source>
        <translation>Le job %1 sur %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Stopped before the launch; the build ahead goes on.</source>
        <translation>Arrêté avant le lancement ; la compilation anticipée continue.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Building at normal priority: the build ahead of these binaries ran at low priority; what it compiled is kept.</source>
        <translation>Compilation en priorité normale : la compilation anticipée de ces binaires tournait en basse priorité ; ce qu&apos;elle a compilé est conservé.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Job Stalled</source>
        <translation>Job bloqué</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel the job on the runner, or keep waiting?</source>
        <translation>Annuler le job sur le runner, ou continuer d&apos;attendre ?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel the Job</source>
        <translation>Annuler le job</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keep Waiting</source>
        <translation>Continuer d&apos;attendre</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Build ahead: %1</source>
        <translation>Compilation anticipée : %1</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>Reading secrets…</source>
        <translation>Lecture des secrets…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting for the build ahead…</source>
        <translation>En attente de la compilation anticipée…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Building… %1 of about %2 packages</source>
        <translation>Compilation… %1 packages sur environ %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Running…</source>
        <translation>Exécution…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Built</source>
        <translation>Compilé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Finished</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stopped</source>
        <translation>Arrêté</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="+32"/>
        <source>&lt;h3&gt;Beam Launcher %1&lt;/h3&gt;&lt;p&gt;Builds an Apache Beam Go pipeline for your computer and for the runner&apos;s workers at the same time, checks both binaries and launches the pipeline.&lt;/p&gt;&lt;p&gt;Qt %2 (built with %3)&lt;br&gt;Go: %4&lt;br&gt;Highlighting: %5&lt;/p&gt;&lt;p&gt;Licensed under the Apache License 2.0.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Beam Launcher %1&lt;/h3&gt;&lt;p&gt;Compile un pipeline Apache Beam Go à la fois pour votre ordinateur et pour les workers du runner, vérifie les deux binaires et lance le pipeline.&lt;/p&gt;&lt;p&gt;Qt %2 (compilé avec %3)&lt;br&gt;Go : %4&lt;br&gt;Coloration syntaxique : %5&lt;/p&gt;&lt;p&gt;Distribué sous la licence Apache License 2.0.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>checking…</source>
        <translation>vérification…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not found</source>
        <translation>introuvable</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About Beam Launcher</source>
        <translation>À propos de Beam Launcher</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+9"/>
        <source>Quit Beam Launcher</source>
        <translation>Quitter Beam Launcher</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>%1 is running. Cancel it on the runner and quit, or leave it running there and quit?</source>
        <translation>%1 est en cours d&apos;exécution. L&apos;annuler sur le runner et quitter, ou le laisser tourner et quitter ?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel the job and quit</source>
        <translation>Annuler le job et quitter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Leave it running and quit</source>
        <translation>Le laisser tourner et quitter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Don&apos;t quit</source>
        <translation>Ne pas quitter</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A job is still running. Stop it and everything it started, and quit?</source>
        <translation>Un job est toujours en cours. L&apos;arrêter, ainsi que tout ce qu&apos;il a démarré, et quitter ?</translation>
    </message>
    <message>
        <location filename="../ui/WorkerView.cpp" line="+18"/>
        <source>The workers&apos; own output shows here once a job runs.</source>
        <translation>La sortie propre des workers s&apos;affiche ici dès qu&apos;un job tourne.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Worker output</source>
        <translation>Sortie des workers</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The workers of the local Prism job server: their stdout, stderr and SDK log entries (level, transform, time).</source>
        <translation>Les workers du serveur de jobs Prism local : leur stdout, leur stderr et leurs entrées de journal du SDK (niveau, transform, heure).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dataflow keeps its workers&apos; logs in Cloud Logging: &lt;a href=&quot;%1&quot;&gt;open the Logs Explorer&lt;/a&gt; and filter by the job id. The job&apos;s messages show here.</source>
        <translation>Dataflow conserve les journaux de ses workers dans Cloud Logging : &lt;a href=&quot;%1&quot;&gt;ouvrez l&apos;explorateur de journaux&lt;/a&gt; et filtrez par identifiant de job. Les messages du job s&apos;affichent ici.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The workers run inside the launcher (LOOPBACK): their lines are in the Run view.</source>
        <translation>Les workers tournent dans le lanceur (LOOPBACK) : leurs lignes sont dans la vue Exécution.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On Flink the workers&apos; lines go to the TaskManagers&apos; logs: they show here from Flink&apos;s REST API at %1 (the runner option flink_rest_address) while the job runs. When it does not answer, they are in Flink&apos;s web page (Task Managers, Logs) or each TaskManager&apos;s log folder.</source>
        <translation>Sur Flink, les lignes des workers vont dans les journaux des TaskManagers : elles s&apos;affichent ici via l&apos;API REST de Flink à %1 (l&apos;option du runner flink_rest_address) pendant que le job tourne. Quand elle ne répond pas, elles sont dans la page web de Flink (Task Managers, Logs) ou dans le dossier de journaux de chaque TaskManager.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The workers run inside the launcher (LOOPBACK): their lines are in the Run view; the job service&apos;s messages show here.</source>
        <translation>Les workers tournent dans le lanceur (LOOPBACK) : leurs lignes sont dans la vue Exécution ; les messages du service de jobs s&apos;affichent ici.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The job service at %1 keeps its workers&apos; output in its own log; its messages about the job show here.</source>
        <translation>Le service de jobs à %1 conserve la sortie de ses workers dans son propre journal ; ses messages concernant le job s&apos;affichent ici.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>[job %1] %2 %3</source>
        <translation>[job %1] %2 %3</translation>
    </message>
    <message>
        <location filename="../ui/PipelineFolderResolver.cpp" line="+65"/>
        <source>Looking for Beam pipelines in %1…</source>
        <translation>Recherche de pipelines Beam dans %1…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Using the pipeline %1 (%2), the only one in %3.</source>
        <translation>Utilisation du pipeline %1 (%2), le seul dans %3.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Using the pipeline %1 (%2).</source>
        <translation>Utilisation du pipeline %1 (%2).</translation>
    </message>
    <message>
        <location filename="../ui/PipelineViews.cpp" line="+45"/>
        <location line="+73"/>
        <source>Build the pipeline (Ctrl+B) to list its options here; until then its flags are typed as text below.</source>
        <translation>Compilez le pipeline (Ctrl+B) pour lister ses options ici ; en attendant, ses arguments se saisissent sous forme de texte ci-dessous.</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>The launcher for this machine was not built: %1</source>
        <translation>Le lanceur pour cette machine n&apos;a pas été compilé : %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Building the launcher for this machine: %1 (%2 s)</source>
        <translation>Compilation du lanceur pour cette machine : %1 (%2 s)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Reading the pipeline&apos;s options from its launcher…</source>
        <translation>Lecture des options du pipeline depuis son lanceur…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The options could not be read (%1). The pipeline flags typed below are used as they are.</source>
        <translation>Les options n&apos;ont pas pu être lues (%1). Les arguments du pipeline saisis ci-dessous sont utilisés tels quels.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n option(s) of %1, read from its launcher.</source>
        <translation>
            <numerusform>%n option de %1, lue depuis son lanceur.</numerusform>
            <numerusform>%n options de %1, lues depuis son lanceur.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Its own flags are told from Beam&apos;s by name only (%1): flags of a Beam release newer than 2.77 may be listed as the pipeline&apos;s.</source>
        <translation>Ses propres arguments ne sont distingués de ceux de Beam que par leur nom (%1) : les arguments d&apos;une version de Beam postérieure à 2.77 peuvent être listés comme ceux du pipeline.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Drawing the pipeline&apos;s graph…</source>
        <translation>Dessin du graphe du pipeline…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No graph: %1</source>
        <translation>Pas de graphe : %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The graph could not be read: %1</source>
        <translation>Le graphe n&apos;a pas pu être lu : %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The pipeline&apos;s graph is drawn.</source>
        <translation>Le graphe du pipeline est dessiné.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The pipeline is being built or run; its graph is drawn again after the build.</source>
        <translation>Le pipeline est en cours de compilation ou d&apos;exécution ; son graphe sera redessiné après la compilation.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No graph yet: choose a pipeline folder (and install Go) first.</source>
        <translation>Pas encore de graphe : choisissez d&apos;abord un dossier de pipeline (et installez Go).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The launcher is built for another platform: its graph cannot be drawn here.</source>
        <translation>Le lanceur est compilé pour une autre plateforme : son graphe ne peut pas être dessiné ici.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Building the launcher for this machine…</source>
        <translation>Compilation du lanceur pour cette machine…</translation>
    </message>
    <message>
        <location filename="../ui/JobsModel.cpp" line="+111"/>
        <source>In this state since %1</source>
        <translation>Dans cet état depuis %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Job</source>
        <translation>Job</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Since</source>
        <translation>Depuis</translation>
    </message>
    <message>
        <location filename="../ui/JobsPanel.cpp" line="+41"/>
        <location line="+517"/>
        <source>Cancel Job</source>
        <translation>Annuler le job</translation>
    </message>
    <message>
        <location line="-496"/>
        <source>Ask the runner to cancel the selected job</source>
        <translation>Demander au runner d&apos;annuler le job sélectionné</translation>
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
        <translation>Octets (échantillon)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time (ms)</source>
        <translation>Temps (ms)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start (ms)</source>
        <translation>Début (ms)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Process (ms)</source>
        <translation>Traitement (ms)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finish (ms)</source>
        <translation>Fin (ms)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Counter</source>
        <translation>Compteur</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../ui/OptionsPanel.cpp" line="+65"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>%1
Counted on PCollection %2 of step %3</source>
        <translation>%1
Compté sur la PCollection %2 de l&apos;étape %3</translation>
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
        <translation>%1, tel que le runner l&apos;étiquette (le pipeline du job n&apos;est pas connu)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: the runner&apos;s own label, not a step of the job&apos;s pipeline</source>
        <translation>%1 : une étiquette propre au runner, pas une étape du pipeline du job</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (committed)</source>
        <translation>%1 (validé)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 (attempted)</source>
        <translation>%1 (tenté)</translation>
    </message>
    <message>
        <source>Transform</source>
        <translation type="vanished">Transform</translation>
    </message>
    <message>
        <location filename="../ui/JobsPanel.cpp" line="+3"/>
        <source>Counters of the selected job</source>
        <translation>Compteurs du job sélectionné</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The runner did not confirm within %1 s that job %2 is cancelled (last state: %3). It may still be running: see %4.</source>
        <translation>Le runner n&apos;a pas confirmé en %1 s que le job %2 est annulé (dernier état : %3). Il tourne peut-être encore : voir %4.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No profile is shown.</source>
        <translation>Aucun profil n&apos;est affiché.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This profile starts a Prism job server of its own for each launch; its job is followed in the Run and Workers tabs while it runs.</source>
        <translation>Ce profil démarre son propre serveur de jobs Prism à chaque lancement ; son job est suivi dans les onglets Exécution et Workers pendant qu&apos;il tourne.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The runner %1 has no Beam job service to list jobs from.</source>
        <translation>Le runner %1 n&apos;a pas de service de jobs Beam dont lister les jobs.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This profile has no job service endpoint (the runner runs in the launcher); its jobs are only in the Run tab.</source>
        <translation>Ce profil n&apos;a pas de point de terminaison de service de jobs (le runner tourne dans le lanceur) ; ses jobs ne sont que dans l&apos;onglet Exécution.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The endpoint is not HOST:PORT: %1</source>
        <translation>Le point de terminaison n&apos;est pas HOST:PORT : %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Runner&apos;s web page</source>
        <translation>Page web du runner</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Asking the job service at %1…</source>
        <translation>Interrogation du service de jobs à %1…</translation>
    </message>
    <message numerus="yes">
        <location line="+31"/>
        <source>%n job(s) on the job service at %1.</source>
        <translation>
            <numerusform>%n job sur le service de jobs à %1.</numerusform>
            <numerusform>%n jobs sur le service de jobs à %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+27"/>
        <source>No job service answers at %1: %2. The list comes back when it does.</source>
        <translation>Aucun service de jobs ne répond à %1 : %2. La liste revient dès qu&apos;il répond.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>This job service gives no counters.</source>
        <translation>Ce service de jobs ne fournit pas de compteurs.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The runner did not cancel job %1: %2</source>
        <translation>Le runner n&apos;a pas annulé le job %1 : %2</translation>
    </message>
    <message>
        <location line="+145"/>
        <location filename="../ui/ThroughputPlot.cpp" line="-50"/>
        <source>Select a job to see its throughput.</source>
        <translation>Sélectionnez un job pour voir son débit.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Job %1 ended before this window followed it: no throughput line.</source>
        <translation>Le job %1 s&apos;est terminé avant que cette fenêtre ne le suive : pas de courbe de débit.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Job %1 waits for its throughput to be followed (at most %2 jobs at once).</source>
        <translation>Le job %1 attend que son débit soit suivi (au plus %2 jobs à la fois).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This job service gives no counters: no throughput line.</source>
        <translation>Ce service de jobs ne fournit pas de compteurs : pas de courbe de débit.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Following the throughput of job %1…</source>
        <translation>Suivi du débit du job %1…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The runner gave no element counts for job %1: no throughput line.</source>
        <translation>Le runner n&apos;a fourni aucun nombre d&apos;éléments pour le job %1 : pas de courbe de débit.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No element counts from the runner for job %1 yet.</source>
        <translation>Pas encore de nombres d&apos;éléments du runner pour le job %1.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Cancel job %1 (%2) on the runner? It stops the job and all its work.</source>
        <translation>Annuler le job %1 (%2) sur le runner ? Cela arrête le job et tout son travail.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancelling job %1…</source>
        <translation>Annulation du job %1…</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The runner did not confirm that job %1 is cancelled: %2. It may still be running: see %3.</source>
        <translation>Le runner n&apos;a pas confirmé que le job %1 est annulé : %2. Il tourne peut-être encore : voir %3.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Job %1 is cancelled.</source>
        <translation>Le job %1 est annulé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Job %1 ended %2, not CANCELLED.</source>
        <translation>Le job %1 s&apos;est terminé %2, pas CANCELLED.</translation>
    </message>
    <message>
        <location filename="../ui/JobGraphView.cpp" line="+48"/>
        <source>Pipeline graph</source>
        <translation>Graphe du pipeline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the graph drawn before the run (Beam&apos;s dot runner)</source>
        <translation>Afficher le graphe dessiné avant l&apos;exécution (runner dot de Beam)</translation>
    </message>
    <message>
        <location filename="../ui/JobCountersView.cpp" line="-90"/>
        <location filename="../ui/JobGraphView.cpp" line="+6"/>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location line="-21"/>
        <location filename="../ui/JobGraphView.cpp" line="+0"/>
        <source>Elements</source>
        <translation>Éléments</translation>
    </message>
    <message>
        <location filename="../ui/JobGraphView.cpp" line="+0"/>
        <source>Time</source>
        <translation>Temps</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Uncheck a composite step to draw it as one box</source>
        <translation>Décochez une étape composite pour la dessiner comme une seule boîte</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>This runner gives no metrics for the job (%1): the graph is drawn without numbers.</source>
        <translation>Ce runner ne fournit pas de métriques pour le job (%1) : le graphe est dessiné sans chiffres.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>the job service gave an empty pipeline</source>
        <translation>le service de jobs a fourni un pipeline vide</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>This runner gives no element counts or step times for the job%1: the graph is drawn without numbers.</source>
        <translation>Ce runner ne fournit pas%1 de nombres d&apos;éléments ni de temps d&apos;étape pour le job : le graphe est dessiné sans chiffres.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (yet)</source>
        <translation> (encore)</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>%1 (among the busiest steps)</source>
        <translation>%1 (parmi les étapes les plus chargées)</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Graphviz&apos;s output is not an SVG Qt can draw.</source>
        <translation>La sortie de Graphviz n&apos;est pas un SVG que Qt peut dessiner.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>No job shown: launch a job on a job service, or select one in the Jobs tab.</source>
        <translation>Aucun job affiché : lancez un job sur un service de jobs, ou sélectionnez-en un dans l&apos;onglet Jobs.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Job %1: its pipeline could not be read: %2</source>
        <translation>Job %1 : son pipeline n&apos;a pas pu être lu : %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Job %1: asking %2 for its pipeline…</source>
        <translation>Job %1 : demande de son pipeline à %2…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Job %1%2 on %3: %4 steps, numbers refreshed every second.</source>
        <translation>Job %1%2 sur %3 : %4 étapes, chiffres actualisés chaque seconde.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Job %1%2 on %3: %4 steps.</source>
        <translation>Job %1%2 sur %3 : %4 étapes.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Busiest: %1.</source>
        <translation>Les plus chargées : %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The job service does not answer: the numbers are the last it gave.</source>
        <translation>Le service de jobs ne répond pas : les chiffres sont les derniers qu&apos;il a fournis.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The graph could not be drawn: %1</source>
        <translation>Le graphe n&apos;a pas pu être dessiné : %1</translation>
    </message>
    <message>
        <location filename="../ui/OptionsPanel.cpp" line="+0"/>
        <source>Option</source>
        <translation>Option</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Default</source>
        <translation>Défaut</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--flag=value ... (flags the table does not show)</source>
        <translation>--flag=valeur ... (arguments que le tableau ne montre pas)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>More flags:</source>
        <translation>Autres arguments :</translation>
    </message>
    <message>
        <location line="+107"/>
        <location line="+89"/>
        <source>Reset</source>
        <translation>Réinitialiser</translation>
    </message>
    <message>
        <location line="-88"/>
        <source>Back to the default, %1</source>
        <translation>Revenir à la valeur par défaut, %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+54"/>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message numerus="yes">
        <location line="+46"/>
        <source>The pipeline defines no flag %1: Go&apos;s flag package will refuse it.</source>
        <translation>
            <numerusform>Le pipeline ne définit pas l&apos;argument %1 : le package flag de Go le refusera.</numerusform>
            <numerusform>Le pipeline ne définit pas les arguments %1 : le package flag de Go les refusera.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/OutputPane.cpp" line="+73"/>
        <source>Find…</source>
        <translation>Rechercher…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Find Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Find Previous</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Wrap Lines</source>
        <translation>Retour à la ligne</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save Output…</source>
        <translation>Enregistrer la sortie…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Find in output</source>
        <translation>Rechercher dans la sortie</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Previous match (Shift+Enter)</source>
        <translation>Résultat précédent (Maj+Entrée)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next match (Enter)</source>
        <translation>Résultat suivant (Entrée)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close (Escape)</source>
        <translation>Fermer (Échap)</translation>
    </message>
    <message>
        <location line="+161"/>
        <source>Open %1 at line %2</source>
        <translation>Ouvrir %1 à la ligne %2</translation>
    </message>
    <message>
        <location line="+118"/>
        <location line="+14"/>
        <source>Save Output</source>
        <translation>Enregistrer la sortie</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Text files (*.txt *.log);;All files (*)</source>
        <translation>Fichiers texte (*.txt *.log);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Could not save the output to %1: %2</source>
        <translation>Impossible d&apos;enregistrer la sortie dans %1 : %2</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>No matches</source>
        <translation>Aucun résultat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1+ matches</source>
        <translation>%1+ résultats</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n résultat</numerusform>
            <numerusform>%n résultats</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/Dialogs.cpp" line="+165"/>
        <location filename="../ui/PipelineChooser.cpp" line="+22"/>
        <source>Choose a Pipeline</source>
        <translation>Choisir un pipeline</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/PipelineChooser.cpp" line="+1"/>
        <source>%1 holds %n Beam pipelines. Which one should the profile build?</source>
        <translation>
            <numerusform>%1 contient %n pipeline Beam. Lequel le profil doit-il compiler ?</numerusform>
            <numerusform>%1 contient %n pipelines Beam. Lequel le profil doit-il compiler ?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/ProblemsModel.cpp" line="+33"/>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <location line="+124"/>
        <source>Package: %1</source>
        <translation>Package : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reported by: %1</source>
        <translation>Signalé par : %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../ui/EnvironmentTable.cpp" line="+39"/>
        <source>New secret value</source>
        <translation>Nouvelle valeur secrète</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>(in the keychain)</source>
        <translation>(dans le trousseau)</translation>
    </message>
    <message>
        <location filename="../ui/ProfileEditor.cpp" line="-433"/>
        <source>The pipeline folder</source>
        <translation>Le dossier du pipeline</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Working folder</source>
        <translation>Dossier de travail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The folder the launcher runs in: relative paths in the pipeline flags (e.g. --output=out/counts) are read and written there. Empty: the pipeline folder.</source>
        <translation>Le dossier dans lequel s&apos;exécute le lanceur : les chemins relatifs des arguments du pipeline (p. ex. --output=out/counts) y sont lus et écrits. Vide : le dossier du pipeline.</translation>
    </message>
    <message>
        <source>&amp;Working folder:</source>
        <translation type="vanished">Dossier de tra&amp;vail :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wor&amp;king folder:</source>
        <translation>Dossier de tra&amp;vail :</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>This computer (%1)</source>
        <translation>Cet ordinateur (%1)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>runner name</source>
        <translation>nom du runner</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+243"/>
        <source>Runner&apos;s default</source>
        <translation>Valeur par défaut du runner</translation>
    </message>
    <message>
        <location line="-229"/>
        <source>Arm workers, e.g. Dataflow t2a machine types</source>
        <translation>Workers Arm, p. ex. types de machines Dataflow t2a</translation>
    </message>
    <message>
        <location line="+144"/>
        <source>Inspecting the package…</source>
        <translation>Inspection du package…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Package &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Package &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>module %1</source>
        <translation>module %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This is not package main: choose the folder with func main().</source>
        <translation>Ce n&apos;est pas package main : choisissez le dossier avec func main().</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✓ imports the Beam Go SDK</source>
        <translation>✓ importe le SDK Go de Beam</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Does not import the Beam Go SDK (github.com/apache/beam/sdks/v2/go/pkg/beam, or github.com/apache/beam/sdks/go/pkg/beam before Beam&apos;s Go module): is this the pipeline&apos;s folder?</source>
        <translation>N&apos;importe pas le SDK Go de Beam (github.com/apache/beam/sdks/v2/go/pkg/beam, ou github.com/apache/beam/sdks/go/pkg/beam avant le module Go de Beam) : est-ce bien le dossier du pipeline ?</translation>
    </message>
    <message>
        <source>Does not import the Beam Go SDK (github.com/apache/beam/sdks/v2): is this the pipeline&apos;s folder?</source>
        <translation type="vanished">N&apos;importe pas le SDK Go de Beam (github.com/apache/beam/sdks/v2) : est-ce bien le dossier du pipeline ?</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>HOST:PORT</source>
        <translation>HOST:PORT</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. localhost:%1</source>
        <translation>p. ex. localhost:%1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>optional; %1</source>
        <translation>facultatif ; %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not used by this runner</source>
        <translation>non utilisé par ce runner</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Runner&apos;s default (%1)</source>
        <translation>Valeur par défaut du runner (%1)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 options</source>
        <translation>Options de %1</translation>
    </message>
    <message>
        <location filename="../ui/RunnerOptionWidgets.cpp" line="+42"/>
        <source>
Required.</source>
        <translation>
Obligatoire.</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>(default)</source>
        <translation>(par défaut)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 to %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>required</source>
        <translation>obligatoire</translation>
    </message>
    <message>
        <location filename="../ui/ProfileEditorChecks.cpp" line="+63"/>
        <source>&quot;%1&quot; is not a platform: write goos/goarch, e.g. darwin/arm64.</source>
        <translation>« %1 » n&apos;est pas une plateforme : écrivez goos/goarch, p. ex. darwin/arm64.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This folder does not exist.</source>
        <translation>Ce dossier n&apos;existe pas.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Cannot launch yet: %1</source>
        <translation>Lancement pas encore possible : %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ready: Launch builds both binaries, then runs this command.</source>
        <translation>Prêt : Lancer compile les deux binaires, puis exécute cette commande.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>&lt;launcher&gt;</source>
        <translation>&lt;lanceur&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;worker&gt;</source>
        <translation>&lt;worker&gt;</translation>
    </message>
    <message>
        <location filename="../ui/EnvironmentTable.cpp" line="+60"/>
        <source>Keep the value in the system keychain and mask it everywhere</source>
        <translation>Conserver la valeur dans le trousseau du système et la masquer partout</translation>
    </message>
    <message>
        <location filename="../ui/SourceView.cpp" line="+60"/>
        <source>%1 is too large to show.</source>
        <translation>%1 est trop volumineux pour être affiché.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not open %1: %2</source>
        <translation>Impossible d&apos;ouvrir %1 : %2</translation>
    </message>
    <message>
        <location filename="../ui/ThroughputPlot.cpp" line="-3"/>
        <source>Throughput of the selected job</source>
        <translation>Débit du job sélectionné</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>%1, the busiest output: %2 so far</source>
        <translation>%1, la sortie la plus chargée : %2 pour l&apos;instant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, the busiest output: %2 in all</source>
        <translation>%1, la sortie la plus chargée : %2 au total</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Elements per second of %1.</source>
        <translation>Éléments par seconde de %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Over %1: at most %2 elements/s, lately %3 elements/s.</source>
        <translation>Sur %1 : au plus %2 éléments/s, récemment %3 éléments/s.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>elements/s</source>
        <translation>éléments/s</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>time since the job started</source>
        <translation>temps écoulé depuis le début du job</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1 elements/s from %2 to %3 (%4)</source>
        <translation>%1 éléments/s de %2 à %3 (%4)</translation>
    </message>
</context>
</TS>
