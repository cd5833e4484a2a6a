<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>ProfileEditorForm</name>
    <message>
        <location filename="../ui/ProfileEditor.ui" line="+18"/>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The profile&apos;s name, unique among your profiles.</source>
        <translation>プロファイルの名前です。ほかのプロファイルと重複しない名前にしてください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profile name</source>
        <translation>プロファイル名</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Pipeline folder:</source>
        <translation>パイプラインフォルダー(&amp;P):</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The folder of the pipeline&apos;s main package (the one with func main and beam.Init()). You can also drop a folder anywhere on the window.</source>
        <translation>パイプラインの main パッケージ（func main と beam.Init() があるもの）のフォルダーです。ウィンドウのどこにフォルダーをドロップしてもかまいません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pipeline folder</source>
        <translation>パイプラインフォルダー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drop a folder here or press Browse</source>
        <translation>ここにフォルダーをドロップするか、「参照」を押してください</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Browse…</source>
        <translation>参照(&amp;B)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the pipeline&apos;s package folder</source>
        <translation>パイプラインのパッケージフォルダーを選択</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Browse for the pipeline folder</source>
        <translation>パイプラインフォルダーを参照</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Package information</source>
        <translation>パッケージ情報</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pipeline folder problem</source>
        <translation>パイプラインフォルダーの問題</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Runner:</source>
        <translation>ランナー(&amp;R):</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The Beam runner (--runner). Pick one or type another registered name.</source>
        <translation>Beam のランナー（--runner）です。一覧から選ぶか、登録済みの別の名前を入力してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Runner</source>
        <translation>ランナー</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>About the runner</source>
        <translation>ランナーについて</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Runner problem</source>
        <translation>ランナーの問題</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Endpoint:</source>
        <translation>エンドポイント(&amp;E):</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>HOST:PORT of the runner&apos;s job service (--endpoint).</source>
        <translation>ランナーのジョブサービスの HOST:PORT（--endpoint）です。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Endpoint</source>
        <translation>エンドポイント</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Start a &amp;local Prism job server</source>
        <translation>ローカル Prism ジョブサーバーを起動(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Beam Launcher starts a Prism job server for each launch, reachable from this computer only, and runs the worker binary it built through Beam&apos;s boot (--local-job-server). Prism and boot are built once per Beam version.</source>
        <translation>Beam Launcher は起動のたびに、このコンピューターからしか接続できない Prism ジョブサーバーを起動し、ビルドしたワーカーのバイナリを Beam の boot を介して実行します（--local-job-server）。Prism と boot は Beam のバージョンごとに 1 回だけビルドされます。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Endpoint problem</source>
        <translation>エンドポイントの問題</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>En&amp;vironment:</source>
        <translation>環境(&amp;V):</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Where the workers run (--environment_type).</source>
        <translation>ワーカーを実行する場所（--environment_type）です。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Environment type</source>
        <translation>環境タイプ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The environment&apos;s configuration (--environment_config): a container image for DOCKER, JSON for PROCESS, an address for EXTERNAL.</source>
        <translation>環境の設定（--environment_config）です。DOCKER ではコンテナーイメージ、PROCESS では JSON、EXTERNAL ではアドレスを指定します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Environment configuration</source>
        <translation>環境設定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Configuration</source>
        <translation>設定</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Environment problem</source>
        <translation>環境の問題</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Launcher for:</source>
        <translation>ランチャーのビルド対象(&amp;L):</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The platform of the machine that submits the job (goos/goarch); this one by default.</source>
        <translation>ジョブを送信するマシンのプラットフォーム（goos/goarch）です。既定ではこのコンピューターです。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Launcher platform</source>
        <translation>ランチャーのプラットフォーム</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Worker for:</source>
        <translation>ワーカーのビルド対象(&amp;W):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The platform of the runner&apos;s worker machines: linux/amd64, or linux/arm64 for Arm workers.</source>
        <translation>ランナーのワーカーマシンのプラットフォームです。linux/amd64、Arm のワーカーでは linux/arm64 を指定します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Worker platform</source>
        <translation>ワーカーのプラットフォーム</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Platform problem</source>
        <translation>プラットフォームの問題</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Build &amp;tags:</source>
        <translation>ビルドタグ(&amp;T):</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Go build tags for both builds, separated by commas or spaces.</source>
        <translation>両方のビルドで使う Go のビルドタグです。カンマまたは空白で区切ります。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Build tags</source>
        <translation>ビルドタグ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>c&amp;go</source>
        <translation>cgo(&amp;G)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Build with CGO_ENABLED=1. Leave it off unless the pipeline needs C code: a cgo worker needs the runner&apos;s C library.</source>
        <translation>CGO_ENABLED=1 でビルドします。パイプラインに C のコードが必要な場合以外はオフのままにしてください。cgo を使うワーカーには、ランナー側の C ライブラリが必要です。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Build with cgo</source>
        <translation>cgo でビルド</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Runner options</source>
        <translation>ランナーのオプション</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+5"/>
        <source>Pipeline flags</source>
        <translation>パイプラインのフラグ</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Extra flags for the pipeline, passed to the launcher as given, one per row, e.g. --input=gs://bucket/file.txt</source>
        <translation>パイプラインへの追加のフラグです。1 行に 1 つずつ書くと、そのままランチャーに渡されます。例: --input=gs://bucket/file.txt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Flag</source>
        <translation>フラグ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add flag</source>
        <translation>フラグを追加</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a pipeline flag</source>
        <translation>パイプラインのフラグを追加</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+46"/>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>Remove the selected pipeline flag</source>
        <translation>選択したパイプラインのフラグを削除</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pipeline flags problem</source>
        <translation>パイプラインのフラグの問題</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+5"/>
        <source>Environment variables</source>
        <translation>環境変数</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Variables for the launcher&apos;s environment. Tick &quot;Secret&quot; for passwords and tokens: their values go to the system keychain, never into the profile file, and are masked wherever shown.</source>
        <translation>ランチャーの環境に渡す変数です。パスワードやトークンには「シークレット」をチェックしてください。その値はプロファイルのファイルには保存されずにシステムのキーチェーンに保存され、どこに表示するときも伏せられます。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secret</source>
        <translation>シークレット</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add variable</source>
        <translation>変数を追加</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add an environment variable</source>
        <translation>環境変数を追加</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Remove the selected environment variable</source>
        <translation>選択した環境変数を削除</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Environment variables problem</source>
        <translation>環境変数の問題</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Command</source>
        <translation>コマンド</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The exact command Launch runs, secrets masked.</source>
        <translation>「起動」で実行されるコマンドそのものです（シークレットは伏せて表示）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Command preview</source>
        <translation>コマンドのプレビュー</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Launch readiness</source>
        <translation>起動の準備状況</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Copy</source>
        <translation>コピー(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the command line (secrets stay masked)</source>
        <translation>コマンドラインをコピー（シークレットは伏せたまま）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the command line</source>
        <translation>コマンドラインをコピー</translation>
    </message>
</context>
<context>
    <name>bl::builds</name>
    <message>
        <location filename="../app/builds/PrebuiltBinaries.cpp" line="+28"/>
        <source>%1 is not a file: give both --launcher-binary and --worker-binary as paths to built binaries.</source>
        <translation>%1 はファイルではありません。--launcher-binary と --worker-binary の両方に、ビルド済みバイナリのパスを指定してください。</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1 refused before launch: %2</source>
        <translation>%1 は起動前に拒否されました: %2</translation>
    </message>
</context>
<context>
    <name>bl::cli</name>
    <message>
        <location filename="../app/cli/LaunchOptions.cpp" line="+18"/>
        <source>Folder for the two binaries (default: a per-package cache folder).</source>
        <translation>2 つのバイナリを置くフォルダー（既定: パッケージごとのキャッシュフォルダー）。</translation>
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
        <translation>--out に Beam Launcher のものではないファイルがあっても書き込みます（システム、ルート、ホームのフォルダーはいずれにしても拒否されます）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run go build even when both binaries are up to date with the sources and settings (a launch otherwise starts them at once).</source>
        <translation>両方のバイナリがソースと設定に対して最新であっても go build を実行します（指定しない場合、起動時にそのバイナリをすぐに開始します）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GOOS/GOARCH of the launcher (default: this machine).</source>
        <translation>ランチャーの GOOS/GOARCH（既定: このマシン）。</translation>
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
        <translation>ワーカーの GOOS/GOARCH（既定: linux/amd64）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Build with CGO_ENABLED=1 (default: 0, as Beam&apos;s worker containers need).</source>
        <translation>CGO_ENABLED=1 でビルドします（既定: Beam のワーカーコンテナーに必要な 0）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/PipelineCommands.cpp" line="-2"/>
        <source>Comma-separated Go build tags.</source>
        <translation>カンマ区切りの Go ビルドタグ。</translation>
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
        <translation>ランチャーの端末制御シーケンス（色、タイトルなど）をそのまま端末に渡します。既定では端末の表示から取り除かれます（ログや --json からは取り除かれません）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Beam runner: prism, direct, universal, flink, spark, samza, dataflow, dot, or another name.</source>
        <translation>Beam のランナー: prism、direct、universal、flink、spark、samza、dataflow、dot、またはその他の名前。</translation>
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
        <translation type="vanished">使い方: beam-launcher jobs list --endpoint HOST:PORT [--json]
        beam-launcher jobs watch JOB_ID --endpoint HOST:PORT [--json]
        beam-launcher jobs cancel JOB_ID --endpoint HOST:PORT [--json] [--timeout SECONDS]
        beam-launcher jobs metrics JOB_ID --endpoint HOST:PORT [--json]
Beam の Job API を通じて Beam のジョブサービス（Prism、Flink、Spark、Samza のジョブサーバー、Beam の Python ジョブサーバー）と
通信します。--web-ui URL はメッセージに表示するランナーの Web ページを指定します。
watch はジョブが終わるまで追跡します（終了コード 0 DONE、1 FAILED またはジョブサービスの消失、
130 CANCELLED）。cancel はランナーにキャンセルを依頼し、CANCELLED と返す（終了コード 0）か理由を返す（1）まで
待ちます（既定は 10 秒）。終了コード 2: 使い方の誤り、またはそのジョブが存在しない。</translation>
    </message>
    <message>
        <source>beam-launcher jobs: unknown command &quot;%1&quot;.</source>
        <translation type="vanished">beam-launcher jobs: 不明なコマンド「%1」です。</translation>
    </message>
    <message>
        <source>%1 needs a value.</source>
        <translation type="vanished">%1 には値が必要です。</translation>
    </message>
    <message>
        <location filename="../app/cli/JobsCommand.cpp" line="+64"/>
        <source>--web-ui wants a URL such as http://localhost:8074/.</source>
        <translation>--web-ui には http://localhost:8074/ のような URL を指定してください。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--timeout wants whole seconds between 1 and 3600.</source>
        <translation>--timeout には 1 から 3600 までの整数の秒数を指定してください。</translation>
    </message>
    <message>
        <source>beam-launcher jobs %1: unknown option %2.</source>
        <translation type="vanished">beam-launcher jobs %1: 不明なオプション %2 です。</translation>
    </message>
    <message>
        <source>give exactly one job id (see `beam-launcher jobs list`).</source>
        <translation type="vanished">ジョブ ID をちょうど 1 つ指定してください（`beam-launcher jobs list` を参照）。</translation>
    </message>
    <message>
        <source>takes no job id.</source>
        <translation type="vanished">ジョブ ID は指定できません。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--endpoint HOST:PORT is required: the job service to ask (a standalone Prism listens on localhost:8073).</source>
        <translation>--endpoint HOST:PORT が必要です: 問い合わせるジョブサービスです（スタンドアロンの Prism は localhost:8073 で待ち受けます）。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>the job service at %1 could not tell about job %2 (%3): see `beam-launcher jobs list --endpoint %1`.</source>
        <translation>%1 のジョブサービスはジョブ %2 について答えられませんでした（%3）。`beam-launcher jobs list --endpoint %1` を参照してください。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the job service at %1 has no jobs.</source>
        <translation>%1 のジョブサービスにはジョブがありません。</translation>
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
        <translation>ジョブ ID</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>STATE</source>
        <translation>状態</translation>
    </message>
    <message>
        <location line="+129"/>
        <source> (attempted)</source>
        <translation> （試行）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>job %1 has no metrics (yet).</source>
        <translation>ジョブ %1 には（まだ）メトリクスがありません。</translation>
    </message>
    <message>
        <location filename="../app/cli/EventPrinter.cpp" line="+185"/>
        <location filename="../app/cli/JobsCommand.cpp" line="+19"/>
        <source>Job %1: %2</source>
        <translation>ジョブ %1: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/JobsCommand.cpp" line="-255"/>
        <source>Talks to a Beam job service (Prism, Flink, Spark, Samza job servers, Beam&apos;s Python job server)
through Beam&apos;s Job API. --web-ui URL names the runner&apos;s web page for the messages.
watch follows a job until it ends (exit 0 DONE, 1 FAILED or the job service went away,
130 CANCELLED); cancel asks the runner to cancel and waits (10 s by default) until it says
CANCELLED (exit 0) or says why not (1). Exit 2: bad usage or no such job.</source>
        <translation>Beam の Job API を通じて Beam のジョブサービス（Prism、Flink、Spark、Samza のジョブサーバー、
Beam の Python ジョブサーバー）と通信します。--web-ui URL はメッセージに示すランナーの Web ページです。
watch はジョブが終わるまで追跡します（終了コード 0 DONE、1 FAILED またはジョブサービスの消失、
130 CANCELLED）。cancel はランナーにキャンセルを依頼し、CANCELLED になる（終了コード 0）か
できない理由が返る（1）まで待ちます（既定 10 秒）。終了コード 2: 使い方の誤り、またはジョブが存在しない。</translation>
    </message>
    <message>
        <location line="+131"/>
        <source>the job service at %1 gave an empty pipeline for job %2.</source>
        <translation>%1 のジョブサービスがジョブ %2 について空のパイプラインを返しました。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the runner at %1 gives no element counts or step times for job %2: the graph has no numbers.</source>
        <translation>%1 のランナーからはジョブ %2 の要素数とステップ時間が得られません。グラフに数値はありません。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the runner at %1 gives no metrics for job %2 (%3): the graph has no numbers.</source>
        <translation>%1 のランナーはジョブ %2 のメトリクスを提供しません（%3）。グラフに数値はありません。</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>STEP</source>
        <translation>ステップ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ELEMENTS</source>
        <translation>要素数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BYTES</source>
        <translation>バイト数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TIME</source>
        <translation>時間</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>the job service at %1 is gone (%2); job %3 was last %4. Whether it still runs is unknown: see %5.</source>
        <translation>%1 のジョブサービスがなくなりました（%2）。ジョブ %3 の最後の状態は %4 です。まだ実行中かどうかは不明です。%5 を参照してください。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>runner page: %1</source>
        <translation>ランナーのページ: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>cannot reach the job service at %1 (%2)</source>
        <translation>%1 のジョブサービスに接続できません（%2）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the job service at %1 has no job %2: see `beam-launcher jobs list --endpoint %1`.</source>
        <translation>%1 のジョブサービスにジョブ %2 はありません。`beam-launcher jobs list --endpoint %1` を参照してください。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the job service at %1 could not tell the state of job %2 (%3): see `beam-launcher jobs list --endpoint %1`.</source>
        <translation>%1 のジョブサービスはジョブ %2 の状態を答えられませんでした（%3）。`beam-launcher jobs list --endpoint %1` を参照してください。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>stopped watching; job %1 was not touched.</source>
        <translation>追跡を止めました。ジョブ %1 には手を加えていません。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>the runner did not confirm that job %1 is cancelled (%2; last state %3). It may still be running: see %4.</source>
        <translation>ジョブ %1 のキャンセルがランナーで確認されませんでした（%2、最後の状態 %3）。まだ実行中の可能性があります。%4 を参照してください。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Job %1: CANCELLED</source>
        <translation>ジョブ %1: CANCELLED</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>job %1 ended %2, not CANCELLED: there was nothing to cancel.</source>
        <translation>ジョブ %1 は CANCELLED ではなく %2 で終了していました。キャンセルするものはありませんでした。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Cancelling job %1 on %2...</source>
        <translation>%2 でジョブ %1 をキャンセルしています...</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the job service went away: %1</source>
        <translation>ジョブサービスがなくなりました: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the job service no longer knows the job</source>
        <translation>ジョブサービスはそのジョブをもう知りません</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no terminal state within %1 s</source>
        <translation>%1 秒以内に終了状態になりませんでした</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>stopped waiting; the cancel of job %1 was asked for but is not confirmed: see %2.</source>
        <translation>待機を止めました。ジョブ %1 のキャンセルは依頼済みですが、確認されていません。%2 を参照してください。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>graph --job draws a job that runs or ran: give no folder and no pipeline flags with it.</source>
        <translation>graph --job は実行中または実行済みのジョブを描画します。フォルダーやパイプラインのフラグは一緒に指定しないでください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--job wants the job&apos;s id (see `beam-launcher jobs list`).</source>
        <translation>--job にはジョブの ID を指定してください（`beam-launcher jobs list` を参照）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>graph --job needs --endpoint HOST:PORT: the job service that runs the job.</source>
        <translation>graph --job には --endpoint HOST:PORT（ジョブを実行するジョブサービス）が必要です。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>graph of job %1 written to %2</source>
        <translation>ジョブ %1 のグラフを %2 に書き出しました</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the launcher ended without naming the job it submitted; see `beam-launcher jobs list --endpoint %1`.</source>
        <translation>ランチャーは投入したジョブを示さずに終了しました。`beam-launcher jobs list --endpoint %1` を参照してください。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>job %1 is %2 and left running on the runner: see %3 or `beam-launcher jobs watch %1 --endpoint %4`.</source>
        <translation>ジョブ %1 は %2 で、ランナー上で実行されたままです。%3 または `beam-launcher jobs watch %1 --endpoint %4` を参照してください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>job %1 ended %2 before it ran.</source>
        <translation>ジョブ %1 は実行される前に %2 で終了しました。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the job service at %1 cannot tell about job %2 (%3).</source>
        <translation>%1 のジョブサービスはジョブ %2 について答えられません（%3）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>job %1 is still %2 after 60 s; it is left to the runner: see %3.</source>
        <translation>ジョブ %1 は 60 秒後もまだ %2 です。ランナーに任せます。%3 を参照してください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>stopped waiting; job %1 was submitted and is left to the runner.</source>
        <translation>待機を止めました。ジョブ %1 は投入済みで、ランナーに任せます。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The job service&apos;s address.</source>
        <translation>ジョブサービスのアドレス。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The runner&apos;s web page, for the messages.</source>
        <translation>メッセージに示すランナーの Web ページ。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print one JSON event per line on stdout.</source>
        <translation>標準出力に 1 行 1 つの JSON イベントを出力します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The job&apos;s id (see `beam-launcher jobs list`).</source>
        <translation>ジョブの ID（`beam-launcher jobs list` を参照）。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>List, watch, cancel a job service&apos;s jobs, or read their metrics.</source>
        <translation>ジョブサービスのジョブを一覧表示、追跡、キャンセルしたり、メトリクスを読み取ったりします。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>List the job service&apos;s jobs: id, state and name.</source>
        <translation>ジョブサービスのジョブを一覧表示します: ID、状態、名前。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Follow a job&apos;s states and messages until it ends.</source>
        <translation>ジョブが終わるまで、その状態とメッセージを追跡します。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cancel a job and wait until the runner says it is cancelled.</source>
        <translation>ジョブをキャンセルし、ランナーがキャンセル済みと報告するまで待ちます。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Seconds to wait for CANCELLED (default: 10).</source>
        <translation>CANCELLED を待つ秒数（既定: 10）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Print a job&apos;s metrics.</source>
        <translation>ジョブのメトリクスを出力します。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Per step of the job&apos;s pipeline: elements of its main output, bytes, time (--json: `step` events).</source>
        <translation>ジョブのパイプラインのステップごとに、メイン出力の要素数、バイト数、時間を出力します（--json: `step` イベント）。</translation>
    </message>
    <message>
        <location filename="../app/cli/LaunchOptions.cpp" line="-11"/>
        <source>Job service address.</source>
        <translation>ジョブサービスのアドレス。</translation>
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
        <translation type="vanished">--runner prism のとき: この起動のために、このマシンからしか接続できない Prism ジョブサーバーを起動し、その中で Beam の boot を介してワーカーを実行します（PROCESS）。サーバーは起動の終了とともに停止します。</translation>
    </message>
    <message>
        <location filename="../app/cli/LaunchOptions.cpp" line="+2"/>
        <source>Worker environment: DOCKER, PROCESS, LOOPBACK or EXTERNAL.</source>
        <translation>ワーカーの環境: DOCKER、PROCESS、LOOPBACK、EXTERNAL のいずれか。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>TYPE</source>
        <translation>TYPE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Worker environment configuration (an image, or JSON for PROCESS).</source>
        <translation>ワーカー環境の設定（イメージ、PROCESS の場合は JSON）。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CONFIG</source>
        <translation>CONFIG</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A runner option from the catalog, e.g. --option project=my-project (repeatable).</source>
        <translation>カタログにあるランナーのオプション。例: --option project=my-project（複数指定可）。</translation>
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
        <translation>ビルドせずに、このビルド済みランチャーを使います。</translation>
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
        <translation>ビルドせずに、このビルド済みワーカーを使います。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The pipeline to use when DIR holds several (import path or folder).</source>
        <translation>DIR に複数ある場合に使うパイプライン（インポートパスまたはフォルダー）。</translation>
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
        <translation>--local-job-server と併用: ジョブが、動いているワーカーも進捗もないまま SECONDS 秒間 RUNNING であれば、ジョブをキャンセルして終了コード 1 で終了します（既定: 60 秒後にその旨を表示して待ち続けます）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submit the job, print its id and exit 0 once it is RUNNING; the job keeps running on the runner (needs a job service and a worker environment other than LOOPBACK).</source>
        <translation>ジョブを投入し、RUNNING になったらその ID を出力して終了コード 0 で終了します。ジョブはランナー上で実行を続けます（ジョブサービスと、LOOPBACK 以外のワーカー環境が必要です）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Launch a saved profile (its secrets come from the keychain). Launch options given with it override the profile&apos;s values for this run, each said on stderr; flags after -- are added to the profile&apos;s.</source>
        <translation>保存したプロファイルを起動します（シークレットはキーチェーンから取得）。一緒に指定した起動オプションは、この実行に限りプロファイルの値より優先され、そのことがそれぞれ stderr に表示されます。-- の後のフラグはプロファイルのフラグに追加されます。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With --profile: accept the programs and folders outside the pipeline that an imported profile names (go, prebuilt binaries, output folder, PROCESS command...), after checking them. Asked once, and again when they change.</source>
        <translation>--profile と一緒に使います: インポートしたプロファイルが指定する、パイプライン外のプログラムとフォルダー（go、ビルド済みバイナリ、出力フォルダー、PROCESS のコマンドなど）を、確認したうえで承認します。承認は 1 回求められ、それらが変わったときに再び求められます。</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>--stall-timeout takes a number of seconds from 1 to 604800, not &quot;%1&quot;.</source>
        <translation>--stall-timeout には 1 から 604800 までの秒数を指定してください（「%1」は指定できません）。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--option takes NAME=VALUE, not &quot;%1&quot;.</source>
        <translation>--option には NAME=VALUE を指定します（&quot;%1&quot; は不可）。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--env takes NAME=VALUE, not &quot;%1&quot;.</source>
        <translation>--env には NAME=VALUE を指定します（&quot;%1&quot; は不可）。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The pipeline&apos;s folder: its main package, or a module or repository folder holding it.</source>
        <translation>パイプラインのフォルダー: その main パッケージ、またはそれを含むモジュールやリポジトリのフォルダー。</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandLine.cpp" line="+175"/>
        <source>Build a Beam Go pipeline&apos;s launcher and worker, then launch it.</source>
        <translation>Beam Go パイプラインのランチャーとワーカーをビルドしてから起動します。</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandModel.cpp" line="+173"/>
        <source>--%1 needs a value, but the next word is the option %2. Give the value right after --%1 (e.g. --%1=VALUE).</source>
        <translation>--%1 には値が必要ですが、次の語はオプション %2 です。値は --%1 の直後に指定してください（例: --%1=値）。</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandLine.cpp" line="-12"/>
        <source>Build a Beam Go pipeline&apos;s launcher and worker side by side.</source>
        <translation>Beam Go パイプラインのランチャーとワーカーを並行してビルドします。</translation>
    </message>
    <message>
        <location filename="../app/cli/LaunchOptions.cpp" line="-116"/>
        <location filename="../app/cli/PipelineCommands.cpp" line="+1"/>
        <source>The go command to use (default: go on PATH, then the usual install folders).</source>
        <translation>使用する go コマンド（既定: PATH 上の go、次に通常のインストール先フォルダー）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print one JSON event per line on stdout; text for people goes to stderr.</source>
        <translation>標準出力に 1 行 1 つの JSON イベントを出力します。人が読むテキストは標準エラー出力に出ます。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>With --runner prism (or universal, for a Beam SDK older than Prism): start a Prism job server for this launch, reachable from this machine only, and run the worker through Beam&apos;s boot in it (PROCESS); it stops with the launch.</source>
        <translation>--runner prism（Prism より古い Beam SDK では universal）のとき: この起動のために、このマシンからしか接続できない Prism ジョブサーバーを起動し、その中で Beam の boot を介してワーカーを実行します（PROCESS）。サーバーは起動の終了とともに停止します。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Environment variable for the launcher (repeatable). Secrets: use `profiles set-secret`.</source>
        <translation>ランチャーの環境変数（複数指定可）。シークレットには `profiles set-secret` を使ってください。</translation>
    </message>
    <message>
        <source>Launch a saved profile (its secrets come from the keychain).</source>
        <translation type="vanished">保存したプロファイルを起動します（シークレットはキーチェーンから取得）。</translation>
    </message>
    <message>
        <location filename="../app/cli/CliOutput.cpp" line="+44"/>
        <location filename="../app/cli/EventPrinter.cpp" line="+31"/>
        <source>error: %1</source>
        <translation>エラー: %1</translation>
    </message>
    <message>
        <source>The pipeline&apos;s main package folder.</source>
        <translation type="vanished">パイプラインの main パッケージのフォルダー。</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfilesCommand.cpp" line="+411"/>
        <source>Save a launch profile with the options `launch` takes.</source>
        <translation>`launch` と同じオプションで起動プロファイルを保存します。</translation>
    </message>
    <message>
        <source>The new profile&apos;s name.</source>
        <translation type="vanished">新しいプロファイルの名前。</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandModel.cpp" line="-120"/>
        <source>Flags after -- go to the pipeline.</source>
        <translation>-- 以降のフラグはパイプラインに渡されます。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1: unknown option &quot;%2&quot;.</source>
        <translation>%1: 不明なオプション &quot;%2&quot; です。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: unknown command &quot;%2&quot;.</source>
        <translation>%1: 不明なコマンド &quot;%2&quot; です。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: unknown option &quot;%2&quot;; did you mean %3?</source>
        <translation>%1: 不明なオプション &quot;%2&quot; です。%3 のことですか？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: unknown command &quot;%2&quot;; did you mean %3?</source>
        <translation>%1: 不明なコマンド &quot;%2&quot; です。%3 のことですか？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run `%1 --help` for what it takes.</source>
        <translation>指定できる内容は `%1 --help` で確認できます。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Usage: %1 COMMAND [options]</source>
        <translation>使い方: %1 COMMAND [options]</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Commands:</source>
        <translation>コマンド:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Run `%1 COMMAND --help` for a command&apos;s options and arguments.</source>
        <translation>コマンドのオプションと引数は `%1 COMMAND --help` で確認できます。</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>beam-launcher %1: %2
Run `beam-launcher %1 --help` for the options.</source>
        <translation>beam-launcher %1: %2
オプションについては `beam-launcher %1 --help` を実行してください。</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>`%1` needs %2: see `%1 --help`.</source>
        <translation>`%1` には %2 が必要です。`%1 --help` を参照してください。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>`%1` takes no arguments, not &quot;%2&quot;: see `%1 --help`.</source>
        <translation>`%1` は引数を取りません（&quot;%2&quot; は不可）。`%1 --help` を参照してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>`%1` takes %2, not also &quot;%3&quot;: see `%1 --help`.</source>
        <translation>`%1` が取るのは %2 で、&quot;%3&quot; は余分です。`%1 --help` を参照してください。</translation>
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
        <translation type="vanished">Beam Launcher は Apache Beam Go パイプラインを同時に 2 回ビルドします。このマシン向けのランチャーと、
ランナーのマシン向けのワーカー（linux/amd64、cgo オフ）です。両方を検査してから、次を実行します。
  launcher --worker_binary=WORKER --runner=RUNNER --endpoint=HOST:PORT [pipeline flags]

使い方:
  beam-launcher [DIR]                 ウィンドウを開く（DIR の新しいプロファイルを作成）
  beam-launcher --version
  beam-launcher build DIR [build options]
  beam-launcher launch DIR --runner NAME [--endpoint HOST:PORT] [build options]
                [--env NAME=VALUE]... [--json] [-- PIPELINE FLAGS...]
  beam-launcher launch --launcher-binary FILE --worker-binary FILE --runner NAME [...]
  beam-launcher launch --profile NAME [--json] [-- MORE PIPELINE FLAGS...]
  beam-launcher profiles list | show NAME | export NAME FILE | import FILE | delete NAME
  beam-launcher profiles create NAME DIR --runner NAME [launch options] [-- PIPELINE FLAGS...]
  beam-launcher profiles set-secret NAME VAR   （値は標準入力から読み取ります）

オプションについては `beam-launcher build --help` または `beam-launcher launch --help` を実行してください。
終了コード: 0 完了、1 ビルドまたは起動の失敗、2 使い方または入力の誤り、130 キャンセル。
launch はランチャー自身の終了コードで終了します。
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
        <translation type="vanished">Beam Launcher は Apache Beam Go パイプラインを同時に 2 回ビルドします。このマシン向けのランチャーと、
ランナーのマシン向けのワーカー（linux/amd64、cgo オフ）です。両方を検査してから、次を実行します。
  launcher --worker_binary=WORKER --runner=RUNNER --endpoint=HOST:PORT [pipeline flags]

使い方:
  beam-launcher [DIR]                 ウィンドウを開く（DIR の新しいプロファイルを作成）
  beam-launcher --version
  beam-launcher build DIR [build options] [--out DIR [--force-out]]
  beam-launcher launch DIR --runner NAME [--endpoint HOST:PORT] [build options]
                [--env NAME=VALUE]... [--json] [--raw] [--detach] [-- PIPELINE FLAGS...]
  beam-launcher launch --launcher-binary FILE --worker-binary FILE --runner NAME [...]
  beam-launcher launch --profile NAME [--json] [-- MORE PIPELINE FLAGS...]
  beam-launcher profiles list | show NAME | export NAME FILE | import FILE | delete NAME
  beam-launcher profiles create NAME DIR --runner NAME [launch options] [-- PIPELINE FLAGS...]
  beam-launcher profiles set-secret NAME VAR   （値は標準入力から読み取ります）
  beam-launcher jobs list --endpoint HOST:PORT [--json]
  beam-launcher jobs watch|cancel|metrics JOB_ID --endpoint HOST:PORT [--json]
  beam-launcher options DIR [--json]          パイプライン自身のフラグ
  beam-launcher graph DIR [--svg FILE] [-- PIPELINE FLAGS...]
DIR には 1 つのパイプラインを含むモジュールまたはリポジトリのフォルダーも指定できます。複数ある場合は --package で選びます。

オプションについては `beam-launcher build --help` または `beam-launcher launch --help` を実行してください。
終了コード: 0 完了、1 ビルドまたは起動の失敗、2 使い方または入力の誤り、130 キャンセル。
launch はランチャー自身の終了コードで終了します。
</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandLine.cpp" line="-94"/>
        <source>warning: the run was not recorded: %1</source>
        <translation>警告: 実行は記録されませんでした: %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>--detach needs a job service (--endpoint HOST:PORT): without one the job runs inside the launcher.</source>
        <translation>--detach にはジョブサービス（--endpoint HOST:PORT）が必要です。ジョブサービスがないと、ジョブはランチャーの中で実行されます。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--detach cannot leave a LOOPBACK job running: its worker is the launcher. Use PROCESS, DOCKER or EXTERNAL.</source>
        <translation>--detach では LOOPBACK のジョブを実行したままにできません。そのワーカーはランチャー自身です。PROCESS、DOCKER、EXTERNAL のいずれかを使ってください。</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfileLaunch.cpp" line="+24"/>
        <source>(none)</source>
        <translation>（なし）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--%1 %2 overrides the profile&apos;s %3 for this run.</source>
        <translation>--%1 %2 は、この実行に限りプロファイルの %3 より優先されます。</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>--cgo overrides the profile&apos;s cgo off for this run.</source>
        <translation>--cgo は、この実行に限りプロファイルの「cgo オフ」より優先されます。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--local-job-server overrides the profile&apos;s job service for this run.</source>
        <translation>--local-job-server は、この実行に限りプロファイルのジョブサービスより優先されます。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>--env %1 overrides the profile&apos;s value of %1 for this run.</source>
        <translation>--env %1 は、この実行に限りプロファイルの %1 の値より優先されます。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>There is no profile &quot;%1&quot;: see `beam-launcher profiles list`.</source>
        <translation>プロファイル &quot;%1&quot; はありません。`beam-launcher profiles list` を確認してください。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The profile &quot;%1&quot; names programs or folders outside the pipeline that a launch would use, and you have not accepted them yet:
%2
Check them; if you trust them, launch once with --trust: `beam-launcher launch --profile &quot;%1&quot; --trust`.</source>
        <translation>プロファイル &quot;%1&quot; は、起動時に使われるパイプライン外のプログラムまたはフォルダーを指定していますが、まだ承認されていません:
%2
それらを確認し、信頼できる場合は --trust を付けて 1 回起動してください: `beam-launcher launch --profile &quot;%1&quot; --trust`。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Trusted for this and later launches (until they change):
%1</source>
        <translation>この起動とこれ以降の起動で信頼します（変更されるまで）:
%1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The secret %1 of profile &quot;%2&quot; has no value in the keychain: set it with `beam-launcher profiles set-secret &quot;%2&quot; %1` (it reads the value from standard input).</source>
        <translation>プロファイル &quot;%2&quot; のシークレット %1 の値がキーチェーンにありません。`beam-launcher profiles set-secret &quot;%2&quot; %1` で設定してください（値は標準入力から読み取ります）。</translation>
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
        <translation type="vanished">Beam Launcher は Apache Beam Go パイプラインを同時に 2 回ビルドします。このマシン向けのランチャーと、
ランナーのマシン向けのワーカー（linux/amd64、cgo オフ）です。両方を検査してから、次を実行します。
  launcher --worker_binary=WORKER --runner=RUNNER --endpoint=HOST:PORT [pipeline flags]

使い方:
  beam-launcher [DIR]                 ウィンドウを開く（DIR の新しいプロファイルを作成）
  beam-launcher --version
  beam-launcher build DIR [build options] [--out DIR [--force-out]]
  beam-launcher launch DIR --runner NAME [--endpoint HOST:PORT] [build options]
                [--env NAME=VALUE]... [--json] [--raw] [--detach] [-- PIPELINE FLAGS...]
  beam-launcher launch --launcher-binary FILE --worker-binary FILE --runner NAME [...]
  beam-launcher launch --profile NAME [--trust] [launch options] [--json] [-- MORE PIPELINE FLAGS...]
                （--profile と一緒に指定したオプションは、この実行に限りプロファイルの値より優先されます）
  beam-launcher profiles list | show NAME | export NAME FILE | import FILE | delete NAME
  beam-launcher profiles create NAME DIR --runner NAME [launch options] [-- PIPELINE FLAGS...]
  beam-launcher profiles set-secret NAME VAR   （値は標準入力から読み取ります）
  beam-launcher profiles unset-secret NAME VAR
  beam-launcher jobs list --endpoint HOST:PORT [--json]
  beam-launcher jobs watch|cancel|metrics JOB_ID --endpoint HOST:PORT [--json]
  beam-launcher options DIR [--json]          パイプライン自身のフラグ
  beam-launcher graph DIR [--svg FILE] [-- PIPELINE FLAGS...]
DIR には 1 つのパイプラインを含むモジュールまたはリポジトリのフォルダーも指定できます。複数ある場合は --package で選びます。

オプションについては `beam-launcher build --help` または `beam-launcher launch --help` を実行してください。
終了コード: 0 完了、1 ビルドまたは起動の失敗、2 使い方または入力の誤り、130 キャンセル。
launch はランチャー自身の終了コードで終了します。
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
        <translation>Beam Launcher は Apache Beam Go パイプラインを同時に 2 回ビルドします。このマシン向けのランチャーと、
ランナーのマシン向けのワーカー（linux/amd64、cgo オフ）です。両方を検査してから、次を実行します。
  launcher --worker_binary=WORKER --runner=RUNNER --endpoint=HOST:PORT [pipeline flags]

使い方:
  beam-launcher [DIR]                 ウィンドウを開く（DIR の新しいプロファイルを作成）
  beam-launcher --version
  beam-launcher build DIR [build options] [--out DIR [--force-out]]
  beam-launcher launch DIR --runner NAME [--endpoint HOST:PORT] [build options]
                [--env NAME=VALUE]... [--json] [--raw] [--detach] [-- PIPELINE FLAGS...]
  beam-launcher launch --launcher-binary FILE --worker-binary FILE --runner NAME [...]
  beam-launcher launch --profile NAME [--trust] [launch options] [--json] [-- MORE PIPELINE FLAGS...]
                （--profile と一緒に指定したオプションは、この実行に限りプロファイルの値より優先されます）
  beam-launcher profiles list | show NAME | export NAME FILE | import FILE | delete NAME
  beam-launcher profiles create NAME DIR --runner NAME [launch options] [-- PIPELINE FLAGS...]
  beam-launcher profiles set-secret NAME VAR   （値は標準入力から読み取ります）
  beam-launcher profiles unset-secret NAME VAR
  beam-launcher jobs list --endpoint HOST:PORT [--json]
  beam-launcher jobs watch|cancel|metrics JOB_ID --endpoint HOST:PORT [--json]
  beam-launcher jobs metrics JOB_ID --endpoint HOST:PORT --by-step [--json]   ステップごと
  beam-launcher options DIR [--json]          パイプライン自身のフラグ
  beam-launcher graph DIR [--svg FILE] [-- PIPELINE FLAGS...]
  beam-launcher graph --job JOB_ID --endpoint HOST:PORT [--svg FILE]   ジョブのグラフ（件数付き）
DIR には 1 つのパイプラインを含むモジュールまたはリポジトリのフォルダーも指定できます。複数ある場合は --package で選びます。

オプションについては `beam-launcher build --help` または `beam-launcher launch --help` を実行してください。
終了コード: 0 完了、1 ビルドまたは起動の失敗、2 使い方または入力の誤り、130 キャンセル。
launch はランチャー自身の終了コードで終了します。
</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>--profile takes the folder from the profile: give no folder.</source>
        <translation>--profile ではプロファイルのフォルダーを使います。フォルダーは指定しないでください。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--trust goes with --profile NAME: it accepts what an imported profile names.</source>
        <translation>--trust は --profile NAME と一緒に使います。インポートしたプロファイルが指定するものを承認します。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>give exactly one pipeline package folder (run `beam-launcher %1 --help` for the options).</source>
        <translation>パイプラインのパッケージフォルダーを 1 つだけ指定してください（オプションについては `beam-launcher %1 --help` を実行してください）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../app/cli/ProfilesCommand.cpp" line="-209"/>
        <source>--runner is required (prism, flink, dataflow, ...).</source>
        <translation>--runner は必須です（prism、flink、dataflow など）。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Build a pipeline&apos;s launcher and worker.</source>
        <translation>パイプラインのランチャーとワーカーをビルドします。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Build a pipeline, then launch it on a runner.</source>
        <translation>パイプラインをビルドし、ランナーで起動します。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Print the help of a command (`help profiles show`), or this overview.</source>
        <translation>コマンドのヘルプ（`help profiles show`）またはこの概要を出力します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The command, and its subcommand.</source>
        <translation>コマンドとそのサブコマンド。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Print the version.</source>
        <translation>バージョンを出力します。</translation>
    </message>
    <message>
        <source>beam-launcher: unknown command &quot;%1&quot;.

</source>
        <translation type="vanished">beam-launcher: 不明なコマンド &quot;%1&quot; です。

</translation>
    </message>
    <message>
        <source>usage: beam-launcher profiles list | show NAME | export NAME FILE | import FILE | delete NAME
       beam-launcher profiles rename NAME NEW-NAME | duplicate NAME
       beam-launcher profiles create NAME DIR --runner NAME [launch options] [-- PIPELINE FLAGS...]
       beam-launcher profiles set-secret NAME VAR   (reads the value from standard input)</source>
        <translation type="vanished">使い方: beam-launcher profiles list | show NAME | export NAME FILE | import FILE | delete NAME
        beam-launcher profiles rename NAME NEW-NAME | duplicate NAME
        beam-launcher profiles create NAME DIR --runner NAME [launch options] [-- PIPELINE FLAGS...]
        beam-launcher profiles set-secret NAME VAR   （値は標準入力から読み取ります）</translation>
    </message>
    <message>
        <location filename="../app/cli/PipelineCommands.cpp" line="-49"/>
        <source>building the launcher for this machine…</source>
        <translation>このマシン向けのランチャーをビルドしています…</translation>
    </message>
    <message>
        <location line="+46"/>
        <location filename="../app/cli/ProfilesCommand.cpp" line="+196"/>
        <source>Print JSON on stdout.</source>
        <translation>標準出力に JSON を出力します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The pipeline to use when the folder holds several (import path or folder).</source>
        <translation>フォルダーに複数ある場合に使うパイプライン（インポートパスまたはフォルダー）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Folder for the binaries (default: a per-package cache folder).</source>
        <translation>バイナリのフォルダー（既定: パッケージごとのキャッシュフォルダー）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use this prebuilt launcher (for this machine) instead of building.</source>
        <translation>ビルドする代わりに、このビルド済みのランチャー（このマシン用）を使います。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Seconds the launcher may take to answer (default: %1).</source>
        <translation>ランチャーの応答を待つ秒数（既定: %1）。</translation>
    </message>
    <message>
        <location line="+280"/>
        <source>Draw a Beam Go pipeline&apos;s graph without running it: its launcher with Beam&apos;s dot runner, then Graphviz (dot -Tsvg).
With --job JOB_ID --endpoint HOST:PORT: draw a job that runs or ran on a job service instead, from its pipeline (the Job API&apos;s GetPipeline), each step with the elements of its main output (&quot;N elements&quot;) and its time, each edge with its element count (GetJobMetrics).</source>
        <translation>Beam Go パイプラインを実行せずにそのグラフを描画します: Beam の dot ランナーでランチャーを実行し、続いて Graphviz（dot -Tsvg）を使います。
--job JOB_ID --endpoint HOST:PORT を指定すると、代わりにジョブサービスで実行中または実行済みのジョブを、そのパイプライン（Job API の GetPipeline）から描画します。各ステップにはメイン出力の要素数（「N 要素」）と時間を、各エッジには要素数（GetJobMetrics）を示します。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Draw this job of the job service at --endpoint, with its counts.</source>
        <translation>--endpoint のジョブサービスにあるこのジョブを、件数付きで描画します。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>JOB_ID</source>
        <translation>JOB_ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The job service&apos;s address (with --job).</source>
        <translation>ジョブサービスのアドレス（--job と併用）。</translation>
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
        <translation>フォルダーを 1 つ指定してください: パイプラインのモジュール、リポジトリ、またはパッケージのフォルダー。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--timeout takes a number of seconds (e.g. 15), not &quot;%1&quot;.</source>
        <translation>--timeout には秒数（例: 15）を指定してください。「%1」は使えません。</translation>
    </message>
    <message numerus="yes">
        <location line="+61"/>
        <source>%1 holds %n Beam pipelines; choose one with --package IMPORT_PATH_OR_DIR:</source>
        <translation>
            <numerusform>%1 には Beam パイプラインが %n 個あります。--package IMPORT_PATH_OR_DIR で 1 つ選んでください:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>using the pipeline %1 (%2)</source>
        <translation>パイプライン %1 を使用します（%2）</translation>
    </message>
    <message>
        <source>the pipeline defines no flag -%1; Go&apos;s flag package will refuse it (see `beam-launcher options` for the flags it has).</source>
        <translation type="vanished">パイプラインはフラグ -%1 を定義していません。Go の flag パッケージはこれを拒否します（パイプラインにあるフラグは `beam-launcher options` を参照）。</translation>
    </message>
    <message>
        <location filename="../app/cli/EventPrinter.cpp" line="-139"/>
        <location filename="../app/cli/ProfilesCommand.cpp" line="-297"/>
        <location line="+76"/>
        <location line="+38"/>
        <source>warning: %1</source>
        <translation>警告: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/PipelineCommands.cpp" line="-175"/>
        <source>[launcher build] %1</source>
        <translation>[ランチャーのビルド] %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>launcher up to date: not built again</source>
        <translation>ランチャーは最新です: 再ビルドしません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>launcher built in %1 s</source>
        <translation>ランチャーを %1 秒でビルドしました</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Build the launcher with CGO_ENABLED=1, as `build --cgo` and `launch --cgo` do (default: 0).</source>
        <translation>`build --cgo` や `launch --cgo` と同様に、ランチャーを CGO_ENABLED=1 でビルドします（既定: 0）。</translation>
    </message>
    <message>
        <location line="+275"/>
        <source>Print a Beam Go pipeline&apos;s own flags (from its launcher&apos;s --help): name, type, default, usage and group. The flags Beam Launcher sets itself are left out.</source>
        <translation>Beam Go パイプライン自身のフラグ（ランチャーの --help から取得）を出力します: 名前、型、既定値、説明、グループ。Beam Launcher 自身が設定するフラグは除きます。</translation>
    </message>
    <message>
        <location line="-260"/>
        <source>The pipeline&apos;s module, repository or package folder.</source>
        <translation>パイプラインのモジュール、リポジトリ、またはパッケージのフォルダー。</translation>
    </message>
    <message>
        <location line="+135"/>
        <source>only a launcher was given, not the pipeline&apos;s folder</source>
        <translation>ランチャーだけが指定され、パイプラインのフォルダーは指定されていません</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the pipeline&apos;s own flags are told from Beam&apos;s by name only (%1); flags of a Beam release newer than 2.77 may be listed as the pipeline&apos;s.</source>
        <translation>パイプライン自身のフラグと Beam のフラグは名前だけで区別しています（%1）。2.77 より新しい Beam リリースのフラグがパイプラインのフラグとして表示される場合があります。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>(default %1)</source>
        <translation>（既定値 %1）</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>Print a pipeline&apos;s own flags.</source>
        <translation>パイプライン自身のフラグを出力します。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Draw a pipeline&apos;s graph as SVG.</source>
        <translation>パイプラインのグラフを SVG で描画します。</translation>
    </message>
    <message>
        <source>Draw a Beam Go pipeline&apos;s graph without running it: its launcher with Beam&apos;s dot runner, then Graphviz (dot -Tsvg).</source>
        <translation type="vanished">Beam Go パイプラインを実行せずにそのグラフを描画します: Beam の dot ランナーでランチャーを実行し、続いて Graphviz（dot -Tsvg）を使います。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Write the SVG here (default: print its path).</source>
        <translation>SVG をここに書き出します（既定: そのパスを出力）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also copy the DOT graph here.</source>
        <translation>DOT グラフもここにコピーします。</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>cannot write %1.</source>
        <translation>%1 に書き込めません。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>graph written to %1</source>
        <translation>グラフを %1 に書き出しました</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfilesCommand.cpp" line="-106"/>
        <source>there is no profile &quot;%1&quot;: see `beam-launcher profiles list`.</source>
        <translation>プロファイル &quot;%1&quot; はありません。`beam-launcher profiles list` を確認してください。</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>No profiles yet: create one with `beam-launcher profiles create NAME DIR --runner NAME`.</source>
        <translation>プロファイルはまだありません。`beam-launcher profiles create NAME DIR --runner NAME` で作成してください。</translation>
    </message>
    <message>
        <source>give a NAME and the pipeline&apos;s folder DIR.
</source>
        <translation type="vanished">NAME とパイプラインのフォルダー DIR を指定してください。
</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1 is not a folder: give the folder that holds the pipeline&apos;s main package.</source>
        <translation>%1 はフォルダーではありません。パイプラインの main パッケージがあるフォルダーを指定してください。</translation>
    </message>
    <message>
        <source>a profile named &quot;%1&quot; exists already: choose another name, or delete it first.</source>
        <translation type="vanished">&quot;%1&quot; という名前のプロファイルはすでに存在します。別の名前を選ぶか、先に削除してください。</translation>
    </message>
    <message>
        <source>usage: beam-launcher profiles list | show NAME | export NAME FILE | import FILE | delete NAME
       beam-launcher profiles rename NAME NEW-NAME | duplicate NAME
       beam-launcher profiles unset-secret NAME VAR
       beam-launcher profiles create NAME DIR --runner NAME [launch options] [-- PIPELINE FLAGS...]
       beam-launcher profiles set-secret NAME VAR   (reads the value from standard input)</source>
        <translation type="vanished">使い方: beam-launcher profiles list | show NAME | export NAME FILE | import FILE | delete NAME
        beam-launcher profiles rename NAME NEW-NAME | duplicate NAME
        beam-launcher profiles unset-secret NAME VAR
        beam-launcher profiles create NAME DIR --runner NAME [launch options] [-- PIPELINE FLAGS...]
        beam-launcher profiles set-secret NAME VAR   （値は標準入力から読み取ります）</translation>
    </message>
    <message>
        <source>(made by a newer Beam Launcher: schema %1)</source>
        <translation type="vanished">（新しい Beam Launcher で作成: スキーマ %1）</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+141"/>
        <source>Saved profile &quot;%1&quot;.</source>
        <translation>プロファイル &quot;%1&quot; を保存しました。</translation>
    </message>
    <message>
        <location line="-129"/>
        <source>&quot;%1&quot; is not an environment variable name: use letters, digits and _.</source>
        <translation>&quot;%1&quot; は環境変数名ではありません。英字、数字、_ を使ってください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no value on standard input: pipe it in, for example
  printf %s &quot;$TOKEN&quot; | beam-launcher profiles set-secret &quot;%1&quot; %2</source>
        <translation>標準入力に値がありません。パイプで渡してください。例:
  printf %s &quot;$TOKEN&quot; | beam-launcher profiles set-secret &quot;%1&quot; %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The secret %1 of profile &quot;%2&quot; is in the keychain.</source>
        <translation>プロファイル &quot;%2&quot; のシークレット %1 をキーチェーンに保存しました。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the profile &quot;%1&quot; has no secrets, so none named %2.</source>
        <translation>プロファイル &quot;%1&quot; にはシークレットがないため、%2 という名前のシークレットもありません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the profile &quot;%1&quot; has no secret %2; its secrets are %3.</source>
        <translation>プロファイル &quot;%1&quot; にシークレット %2 はありません。このプロファイルのシークレットは %3 です。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the secret %1 could not be removed from the keychain: %2</source>
        <translation>シークレット %1 をキーチェーンから削除できませんでした: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Removed the secret %1 from profile &quot;%2&quot; and from the keychain.</source>
        <translation>シークレット %1 をプロファイル &quot;%2&quot; とキーチェーンから削除しました。</translation>
    </message>
    <message>
        <source>the profile was kept because its secret %1 could not be removed from the keychain: %2</source>
        <translation type="vanished">シークレット %1 をキーチェーンから削除できなかったため、プロファイルは残しました: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Deleted profile &quot;%1&quot;.</source>
        <translation>プロファイル &quot;%1&quot; を削除しました。</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>The profile&apos;s name.</source>
        <translation>プロファイルの名前。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The environment variable that holds the secret.</source>
        <translation>シークレットを保持する環境変数。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>List, show, create, change, import and export saved launch profiles.</source>
        <translation>保存した起動プロファイルの一覧表示、表示、作成、変更、インポート、エクスポートを行います。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved launch profiles: what `launch --profile NAME` runs. Their secrets are kept in the keychain.</source>
        <translation>保存した起動プロファイル: `launch --profile NAME` で実行される内容です。シークレットはキーチェーンに保管されます。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>List the profiles: name, runner[@endpoint] and folder, tab-separated.</source>
        <translation>プロファイルを一覧表示します: 名前、ランナー[@エンドポイント]、フォルダーをタブ区切りで出力します。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Print a profile as JSON.</source>
        <translation>プロファイルを JSON で出力します。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Rename a profile.</source>
        <translation>プロファイルの名前を変更します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its new name.</source>
        <translation>新しい名前。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save a copy of a profile, its secrets included.</source>
        <translation>プロファイルのコピーをシークレットも含めて保存します。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete a profile and its secrets.</source>
        <translation>プロファイルとそのシークレットを削除します。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write a profile to a file, without its secrets&apos; values.</source>
        <translation>プロファイルをファイルに書き出します（シークレットの値は含みません）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file to write.</source>
        <translation>書き出すファイル。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the profile a file holds.</source>
        <translation>ファイルに含まれるプロファイルを保存します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file to read.</source>
        <translation>読み込むファイル。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep a secret of a profile in the keychain; the value is read from standard input.</source>
        <translation>プロファイルのシークレットをキーチェーンに保管します。値は標準入力から読み取ります。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remove a secret from a profile and from the keychain.</source>
        <translation>シークレットをプロファイルとキーチェーンから削除します。</translation>
    </message>
    <message>
        <source>wrong number of arguments for &quot;%1&quot;.
</source>
        <translation type="vanished">&quot;%1&quot; の引数の数が正しくありません。
</translation>
    </message>
    <message>
        <location line="-106"/>
        <source>Exported &quot;%1&quot; to %2.</source>
        <translation>&quot;%1&quot; を %2 にエクスポートしました。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exported &quot;%1&quot; to %2 without the values of its secrets (%3).</source>
        <translation>&quot;%1&quot; を %2 にエクスポートしました。シークレット（%3）の値は含まれていません。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Imported profile &quot;%1&quot;.</source>
        <translation>プロファイル &quot;%1&quot; をインポートしました。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It needs the secret %1: set it with `beam-launcher profiles set-secret &quot;%2&quot; %1`.</source>
        <translation>シークレット %1 が必要です。`beam-launcher profiles set-secret &quot;%2&quot; %1` で設定してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It names programs or folders outside the pipeline, which a launch would use:
%1
Check them: its first launch asks you to accept them with `beam-launcher launch --profile &quot;%2&quot; --trust`.</source>
        <translation>このプロファイルは、起動時に使われるパイプライン外のプログラムまたはフォルダーを指定しています:
%1
それらを確認してください。最初の起動時に `beam-launcher launch --profile &quot;%2&quot; --trust` で承認するよう求められます。</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;.
</source>
        <translation type="vanished">不明なコマンド &quot;%1&quot; です。
</translation>
    </message>
    <message>
        <location filename="../app/cli/EventPrinter.cpp" line="+4"/>
        <source>Package %1 (module %2)</source>
        <translation>パッケージ %1（モジュール %2）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Building the %1 for %2</source>
        <translation>%2 向けの%1をビルドしています</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1 ready: %2 (the launcher&apos;s binary: one build served both)</source>
        <translation>%1 の準備完了: %2（ランチャーのバイナリ。1 回のビルドで両方をまかないました）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 ready: %2 (%3, verified %4, cgo %5) in %6 s</source>
        <translation>%1 の準備完了: %2（%3、%4 を検証済み、cgo %5）、%6 秒</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+7"/>
        <source>on</source>
        <translation>オン</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>warning: %1 Beam Launcher keeps waiting: press Ctrl+C to cancel the job, or give --stall-timeout SECONDS to cancel stalled jobs by itself.</source>
        <translation>警告: %1 Beam Launcher は待ち続けます。Ctrl+C を押すとジョブをキャンセルします。--stall-timeout SECONDS を指定すると、停滞したジョブを自動的にキャンセルします。</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>%1 up to date: %2 (%3, verified %4, cgo %5; not built again)</source>
        <translation>%1 は最新です: %2（%3、%4 を検証済み、cgo %5。再ビルドなし）</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+7"/>
        <source>off</source>
        <translation>オフ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 failed: %2</source>
        <translation>%1 が失敗しました: %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Output is logged to %1</source>
        <translation>出力は %1 に記録されます</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The launcher exited with code %1 after %2 s</source>
        <translation>ランチャーは %2 秒後に終了コード %1 で終了しました</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Job %1: %2 (%3)</source>
        <translation>ジョブ %1: %2 (%3)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>[job %1] %2</source>
        <translation>[ジョブ %1] %2</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>[launcher build] </source>
        <translation>[ランチャーのビルド] </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>[worker build] </source>
        <translation>[ワーカーのビルド] </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>[launcher and worker build] </source>
        <translation>[ランチャーとワーカーのビルド] </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>launcher and worker %1 (%2 s)</source>
        <translation>ランチャーとワーカー %1（%2 秒）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 %2 (%3 s)</source>
        <translation>%1 %2（%3 秒）</translation>
    </message>
</context>
<context>
    <name>bl::go</name>
    <message>
        <location filename="../app/go/CrossBuild.cpp" line="+113"/>
        <source>launcher</source>
        <translation>ランチャー</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>worker</source>
        <translation>ワーカー</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>go build failed (exit code %1).</source>
        <translation>go build が失敗しました（終了コード %1）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>go build was ended by a signal.</source>
        <translation>go build がシグナルで終了しました。</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Cannot create the output folder %1: check that it is writable, or choose another one with --out.</source>
        <translation>出力フォルダー %1 を作成できません。書き込み可能か確認するか、--out で別のフォルダーを指定してください。</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>%1 Go said: %2</source>
        <translation>%1 Go の出力: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The build constraints exclude all of the package&apos;s Go files with cgo off: if the package uses cgo (import &quot;C&quot;), build with cgo on (--cgo on the command line, &quot;cgo&quot; in the window&apos;s profile); else check its //go:build lines and --tags.</source>
        <translation>cgo がオフのとき、ビルド制約によってパッケージの Go ファイルがすべて除外されます。パッケージが cgo を使う（import &quot;C&quot;）場合は cgo をオンにしてビルドしてください（コマンドラインでは --cgo、ウィンドウではプロファイルの「cgo」）。そうでない場合は、//go:build の行と --tags を確認してください。</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Cancelled.</source>
        <translation>キャンセルしました。</translation>
    </message>
    <message>
        <location line="-95"/>
        <source>go build reported success but wrote no binary.</source>
        <translation>go build は成功を報告しましたが、バイナリが書き出されていません。</translation>
    </message>
    <message numerus="yes">
        <location line="-220"/>
        <source>downloading modules: %n so far</source>
        <translation>
            <numerusform>モジュールをダウンロード中: これまでに %n 個</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>compiling: %1 of about %2 packages</source>
        <translation>コンパイル中: 約 %2 個のパッケージのうち %1 個</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>compiling: %n package(s) so far</source>
        <translation>
            <numerusform>コンパイル中: これまでに %n 個のパッケージ</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>linking (%1 packages compiled)</source>
        <translation>リンク中（%1 個のパッケージをコンパイル済み）</translation>
    </message>
    <message numerus="yes">
        <location line="+217"/>
        <source>go build failed with %n problem(s).</source>
        <translation>
            <numerusform>go build が失敗しました（問題 %n 件）。</numerusform>
        </translation>
    </message>
    <message>
        <source>go version -m could not read the binary it just built.</source>
        <translation type="vanished">ビルドしたばかりのバイナリを go version -m で読み取れませんでした。</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Cannot move the built binary to %1: %2</source>
        <translation>ビルドしたバイナリを %1 に移動できません: %2</translation>
    </message>
    <message>
        <location filename="../app/go/DualBuild.cpp" line="+111"/>
        <source>The worker is the same build as the launcher (%1, cgo %2): one go build makes both.</source>
        <translation>ワーカーはランチャーと同じビルドです（%1、cgo %2）。1 回の go build で両方を作成します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>on</source>
        <translation>オン</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>off</source>
        <translation>オフ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Its output: %1</source>
        <translation>その出力: %1</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Cannot place the worker binary at %1: %2</source>
        <translation>ワーカーのバイナリを %1 に置けません: %2</translation>
    </message>
    <message>
        <location filename="../app/go/GoJson.cpp" line="+24"/>
        <source>%1 printed nothing.</source>
        <translation>%1 は何も出力しませんでした。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 printed something that is not a JSON object (%2 at offset %3).</source>
        <translation>%1 が JSON オブジェクトではないものを出力しました（オフセット %3 で %2）。</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>go env -json did not report GOVERSION, GOROOT, GOHOSTOS and GOHOSTARCH: this go is older than Go 1.16 or not the Go toolchain. Install a current Go from https://go.dev/dl/.</source>
        <translation>go env -json が GOVERSION、GOROOT、GOHOSTOS、GOHOSTARCH を返しませんでした。この go は Go 1.16 より古いか、Go ツールチェーンではありません。https://go.dev/dl/ から最新の Go をインストールしてください。</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>go list -json printed an object without ImportPath or Dir: it does not describe a package.</source>
        <translation>go list -json が ImportPath または Dir のないオブジェクトを出力しました。パッケージを表すものではありません。</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>It is not a Go program: go version -m found no Go build information in it (%1). Build it with go build, or pick the right file.</source>
        <translation>Go のプログラムではありません。go version -m で Go のビルド情報が見つかりませんでした（%1）。go build でビルドするか、正しいファイルを選んでください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>go version -m printed &quot;%1&quot;, which does not describe a Go program.</source>
        <translation>go version -m が「%1」を出力しました。これは Go のプログラムを表すものではありません。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>It is not a Go program: go version -m found no Go build information in it. Build it with go build, or pick the right file.</source>
        <translation>Go のプログラムではありません。go version -m で Go のビルド情報が見つかりませんでした。go build でビルドするか、正しいファイルを選んでください。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The %1 binary does not record the platform it was built for (it was built by %2; Go records GOOS and GOARCH since Go 1.18), so it cannot be checked against %3. Rebuild it with a current Go.</source>
        <translation>%1 のバイナリにはビルド対象のプラットフォームが記録されていないため（%2 でビルドされています。Go が GOOS と GOARCH を記録するのは Go 1.18 以降です）、%3 と照合できません。最新の Go で再ビルドしてください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>an unknown Go</source>
        <translation>不明なバージョンの Go</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The %1 binary is built for %2, but %3 is needed: started on %3 machines it would fail with &quot;exec format error&quot;. Rebuild it with GOOS=%4 GOARCH=%5.</source>
        <translation>%1 のバイナリは %2 向けにビルドされていますが、%3 向けである必要があります。%3 のマシンで起動すると &quot;exec format error&quot; で失敗します。GOOS=%4 GOARCH=%5 で再ビルドしてください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The %1 binary is built with CGO_ENABLED=1: it links the C library of the machine that built it, so Beam&apos;s worker containers can fail with glibc errors (Beam issue 24470). Rebuild it with CGO_ENABLED=0, or allow cgo (--cgo) if the pipeline needs C code.</source>
        <translation>%1 のバイナリは CGO_ENABLED=1 でビルドされています。ビルドしたマシンの C ライブラリにリンクしているため、Beam のワーカーコンテナーで glibc のエラーが起きることがあります（Beam issue 24470）。CGO_ENABLED=0 で再ビルドするか、パイプラインに C のコードが必要な場合は cgo を許可してください（--cgo）。</translation>
    </message>
    <message>
        <location filename="../app/go/GoToolchain.cpp" line="+73"/>
        <source>No Go toolchain at %1: give the path of the go command (for example /usr/local/go/bin/go), or leave it empty to use the one on PATH.</source>
        <translation>%1 に Go ツールチェーンがありません。go コマンドのパス（例: /usr/local/go/bin/go）を指定するか、空欄にして PATH 上のものを使ってください。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No Go toolchain found on PATH or in the usual places. Install Go 1.%1 or newer from https://go.dev/dl/, or give the path of the go command with --go.</source>
        <translation>PATH 上にも通常の場所にも Go ツールチェーンが見つかりません。https://go.dev/dl/ から Go 1.%1 以降をインストールするか、--go で go コマンドのパスを指定してください。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 env -json failed: %2</source>
        <translation>%1 env -json が失敗しました: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 is too old: Beam Launcher needs Go 1.%2 or newer. Install a current release from https://go.dev/dl/.</source>
        <translation>%1 は古すぎます。Beam Launcher には Go 1.%2 以降が必要です。https://go.dev/dl/ から最新のリリースをインストールしてください。</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>%1 is not a platform this Go toolchain can build for. Valid platforms (go tool dist list): %2.</source>
        <translation>%1 はこの Go ツールチェーンでビルドできるプラットフォームではありません。有効なプラットフォーム（go tool dist list）: %2。</translation>
    </message>
    <message>
        <location filename="../app/go/BinaryCheck.cpp" line="+31"/>
        <source>go version -m could not read the binary.</source>
        <translation>go version -m でバイナリを読み取れませんでした。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 is not a Go program Beam Launcher can check (%2).</source>
        <translation>%1 は Beam Launcher が検査できる Go のプログラムではありません（%2）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is not a Go program: it holds no Go build information.</source>
        <translation>%1 は Go プログラムではありません。Go のビルド情報が含まれていません。</translation>
    </message>
    <message>
        <location filename="../app/go/OldestSystem.cpp" line="+60"/>
        <source>The launcher for %1 needs at least %2: Go 1.%3&apos;s release notes say so, and Go %4&apos;s may ask for a newer one.</source>
        <translation>%1 向けのランチャーには %2 以降が必要です。これは Go 1.%3 のリリースノートによるもので、Go %4 ではさらに新しいバージョンが必要な場合があります。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The launcher for %1 needs %2 or newer: the oldest that Go %3 supports (Go&apos;s release notes).</source>
        <translation>%1 向けのランチャーには %2 以降が必要です。Go %3 がサポートする最も古いバージョンです（Go のリリースノートによる）。</translation>
    </message>
    <message>
        <location filename="../app/go/PackageProbe.cpp" line="+42"/>
        <source>%1 is not a folder.</source>
        <translation>%1 はフォルダーではありません。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Go could not be started: %1</source>
        <translation>Go を起動できませんでした: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Go cannot load the package: %1</source>
        <translation>Go がパッケージを読み込めません: %1</translation>
    </message>
    <message>
        <location filename="../app/go/Platform.cpp" line="+44"/>
        <source>&quot;%1&quot; is not a platform: write it as GOOS/GOARCH, for example linux/amd64.</source>
        <translation>「%1」はプラットフォームではありません。GOOS/GOARCH の形式で書いてください（例: linux/amd64）。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;%1&quot; is not a platform: GOOS and GOARCH are lower-case names such as linux/amd64 or darwin/arm64.</source>
        <translation>「%1」はプラットフォームではありません。GOOS と GOARCH は linux/amd64 や darwin/arm64 のような小文字の名前です。</translation>
    </message>
</context>
<context>
    <name>bl::jobs</name>
    <message>
        <location filename="../app/jobs/JobApiClient.cpp" line="+239"/>
        <source>no job service endpoint: give HOST:PORT, for example localhost:8073.</source>
        <translation>ジョブサービスのエンドポイントがありません。HOST:PORT を指定してください（例: localhost:8073）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is a URL: give the job service as HOST:PORT, for example localhost:8073.</source>
        <translation>「%1」は URL です。ジョブサービスは HOST:PORT の形で指定してください（例: localhost:8073）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; has no port: give HOST:PORT, for example localhost:8073.</source>
        <translation>「%1」にはポートがありません。HOST:PORT を指定してください（例: localhost:8073）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; has no valid port (1-65535): give HOST:PORT.</source>
        <translation>「%1」には有効なポート（1-65535）がありません。HOST:PORT を指定してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>write an IPv6 address in brackets: [%1]:%2.</source>
        <translation>IPv6 アドレスは角かっこで囲んでください: [%1]:%2。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is not a host name.</source>
        <translation>「%1」はホスト名ではありません。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>cannot reach the job service at %1 (%2)</source>
        <translation>%1 のジョブサービスに接続できません（%2）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the job service at %1 did not answer in time</source>
        <translation>%1 のジョブサービスが時間内に応答しませんでした</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the job service at %1 knows no such job (%2)</source>
        <translation>%1 のジョブサービスはそのようなジョブを知りません（%2）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the job service at %1 does not support this request (%2)</source>
        <translation>%1 のジョブサービスはこの要求をサポートしていません（%2）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the request to %1 was stopped</source>
        <translation>%1 への要求は停止されました</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the job service at %1 answered with an error: %2 (gRPC code %3)</source>
        <translation>%1 のジョブサービスがエラーを返しました: %2（gRPC コード %3）</translation>
    </message>
    <message>
        <location line="+282"/>
        <source>no answer for %1 s</source>
        <translation>%1 秒間応答なし</translation>
    </message>
    <message>
        <source>no answer within %1 ms, twice</source>
        <translation type="vanished">%1 ミリ秒以内に応答がありませんでした（2 回）</translation>
    </message>
    <message>
        <location filename="../app/jobs/JobSupervisor.cpp" line="+22"/>
        <source>the runner did not confirm the cancel within %1 s</source>
        <translation>ランナーは %1 秒以内にキャンセルを確認しませんでした</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+139"/>
        <source>the job had ended %1 already</source>
        <translation>ジョブはすでに %1 で終了していました</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>the job ended %1, not CANCELLED</source>
        <translation>ジョブは CANCELLED ではなく %1 で終了しました</translation>
    </message>
    <message>
        <location filename="../app/jobs/JobApiClient.cpp" line="-104"/>
        <source>The job service at %1 has not answered for %2 s; it is given %3 s before it is taken for gone.</source>
        <translation>%1 のジョブサービスが %2 秒間応答していません。応答なしと判断するまで %3 秒待ちます。</translation>
    </message>
    <message>
        <location filename="../app/jobs/JobSupervisor.cpp" line="+11"/>
        <source>the job service at %1 is gone (%2)</source>
        <translation>%1 のジョブサービスがなくなりました（%2）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the job service at %1 cannot tell about job %2 (%3)</source>
        <translation>%1 のジョブサービスはジョブ %2 について答えられません（%3）</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>the job was not submitted yet</source>
        <translation>ジョブはまだ投入されていません</translation>
    </message>
    <message>
        <location filename="../app/jobs/FlinkRest.cpp" line="+75"/>
        <source>No Flink REST address: give HOST:PORT, for example %1.</source>
        <translation>Flink の REST アドレスがありません。HOST:PORT の形式で指定してください（例: %1）。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; is not a Flink REST address: give HOST:PORT, for example %2.</source>
        <translation>&quot;%1&quot; は Flink の REST アドレスではありません。HOST:PORT の形式で指定してください（例: %2）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is not an HTTP address: Flink&apos;s REST API is HTTP (http://HOST:PORT).</source>
        <translation>&quot;%1&quot; は HTTP アドレスではありません。Flink の REST API は HTTP です（http://HOST:PORT）。</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>connection refused</source>
        <translation>接続が拒否されました</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>host %1 not found</source>
        <translation>ホスト %1 が見つかりません</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no answer within %1 s</source>
        <translation>%1 秒以内に応答がありません</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No Flink REST API at %1: %2. Is the JobManager running? Set the Flink REST address in the profile.</source>
        <translation>%1 に Flink REST API がありません: %2。JobManager は実行中ですか？ プロファイルで Flink の REST アドレスを設定してください。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The Flink REST API at %1 answered HTTP %2 to %3: %4</source>
        <translation>%1 の Flink REST API が %3 に HTTP %2 を返しました: %4</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 answers, but not as Flink&apos;s REST API (its /config names no Flink version). Set the Flink REST address in the profile.</source>
        <translation>%1 は応答しますが、Flink の REST API としてではありません（/config に Flink のバージョンがありません）。プロファイルで Flink の REST アドレスを設定してください。</translation>
    </message>
    <message>
        <location filename="../app/jobs/JobGraph.cpp" line="+272"/>
        <source>Graphviz (its dot command) is not installed: it draws the job&apos;s graph.</source>
        <translation>Graphviz（dot コマンド）がインストールされていません。ジョブのグラフの描画に必要です。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Graphviz (%1) did not start: %2</source>
        <translation>Graphviz（%1）を起動できませんでした: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Graphviz took longer than %1 s to lay out the job&apos;s graph.</source>
        <translation>Graphviz によるジョブのグラフのレイアウトに %1 秒以上かかりました。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Graphviz could not lay out the job&apos;s graph: %1</source>
        <translation>Graphviz はジョブのグラフをレイアウトできませんでした: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>1 element</source>
        <translation>1 要素</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 elements</source>
        <translation>%1 要素</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 ms</source>
        <translation>%1 ミリ秒</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
</context>
<context>
    <name>bl::launch</name>
    <message>
        <location filename="../app/launch/BuildAhead.cpp" line="+281"/>
        <source>Build ahead is off</source>
        <translation>事前ビルドはオフです</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sources changed: building ahead shortly…</source>
        <translation>ソースが変更されました。まもなく事前ビルドを開始します…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Building ahead…</source>
        <translation>事前ビルド中…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Binaries up to date (built %1)</source>
        <translation>バイナリは最新です（%1 にビルド）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Build ahead failed: press Build to see why</source>
        <translation>事前ビルドに失敗しました。「ビルド」を押すと原因を確認できます</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Building ahead once process %1 no longer uses the binaries&apos; folder</source>
        <translation>プロセス %1 がバイナリのフォルダーを使わなくなりしだい事前ビルドします</translation>
    </message>
    <message>
        <location filename="../app/launch/CgoCheck.cpp" line="+83"/>
        <source>%1 and %2 more</source>
        <translation>%1 ほか %2 件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The pipeline depends on packages that use cgo (%1), and this build is without it (CGO_ENABLED=0): Go then builds them from their files for builds without cgo, which for some (go-sqlite3) are stubs that fail when the pipeline runs. If the pipeline needs them, build with cgo (--cgo; in the window, the profile&apos;s &quot;cgo&quot; box beside Build tags); each platform then needs a C compiler for it.</source>
        <translation>パイプラインは cgo を使うパッケージ（%1）に依存していますが、このビルドは cgo なし（CGO_ENABLED=0）です。その場合 Go は cgo なしのビルド用のファイルからそれらをビルドしますが、一部（go-sqlite3）はパイプラインの実行時に失敗するスタブです。パイプラインにそれらが必要なら、cgo ありでビルドしてください（--cgo。ウィンドウではプロファイルのビルドタグの横にある「cgo」チェックボックス）。その場合、各プラットフォーム用の C コンパイラーが必要です。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>It says it needs cgo: build with cgo (--cgo; in the window, the profile&apos;s &quot;cgo&quot; box beside Build tags), with a C compiler for each platform.</source>
        <translation>cgo が必要だと示しています。cgo ありでビルドしてください（--cgo。ウィンドウではプロファイルのビルドタグの横にある「cgo」チェックボックス）。各プラットフォーム用の C コンパイラーが必要です。</translation>
    </message>
    <message>
        <location filename="../app/launch/FirstLaunchCost.cpp" line="+99"/>
        <source>Go downloads %1 of the %2 modules the pipeline needs</source>
        <translation>Go がパイプラインに必要な %2 個のモジュールのうち %1 個をダウンロードします</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>compiles the Beam Go SDK %1 with its dependencies (the sample: about 800 packages, minutes on two cores)</source>
        <translation>Beam Go SDK %1 とその依存関係をコンパイルします（サンプルでは約 800 パッケージ、2 コアで数分）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Beam Launcher builds Prism %1 and Beam&apos;s boot, once for this Beam version (a few minutes)</source>
        <translation>Beam Launcher が Prism %1 と Beam の boot をこの Beam バージョンにつき一度だけビルドします（数分）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>First launch on this computer: %1. Later launches reuse all of it.</source>
        <translation>このコンピューターでの初回起動: %1。以降の起動ではこれらをすべて再利用します。</translation>
    </message>
    <message>
        <location filename="../app/launch/FlinkWorkerLogs.cpp" line="+82"/>
        <source>The TaskManagers&apos; logs cannot be read at the moment: %1</source>
        <translation>現在 TaskManager のログを読み取れません: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 On Flink the workers&apos; lines go to the TaskManagers&apos; logs (in Flink&apos;s web page, or log/ of each TaskManager); set the runner option flink_rest_address to the JobManager&apos;s REST address to see them here.</source>
        <translation>%1 Flink では、ワーカーの出力行は TaskManager のログ（Flink の Web ページ、または各 TaskManager の log/）に出力されます。ここに表示するには、ランナーオプション flink_rest_address に JobManager の REST アドレスを設定してください。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Flink %1 at %2: the TaskManagers&apos; logs, where the workers&apos; lines go, are followed.</source>
        <translation>%2 の Flink %1: ワーカーの出力行が書き込まれる TaskManager のログを追跡しています。</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Flink at %1 knows no job named %2: its page cannot be linked.</source>
        <translation>%1 の Flink には %2 という名前のジョブがありません。そのページにリンクできません。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Reading the workers&apos; last lines from the TaskManagers&apos; logs in %1 s (Flink serves a TaskManager&apos;s log as it was for up to %2 s)...</source>
        <translation>%1 秒後に TaskManager のログからワーカーの最後の行を読み取ります（Flink は TaskManager のログを最大 %2 秒間そのときの内容で返します）...</translation>
    </message>
    <message>
        <location filename="../app/launch/LaunchRun.cpp" line="+94"/>
        <source>Following job %1 through the job service at %2.</source>
        <translation>%2 のジョブサービスを通じてジョブ %1 を追跡しています。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Job %1 is %2 on the runner, but the launcher has not exited %3 s later: stopping it.</source>
        <translation>ジョブ %1 はランナー上で %2 ですが、%3 秒たってもランチャーが終了していません。ランチャーを停止します。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The runner is gone: %1. Job %2 may or may not still run; the launcher ended with code %3.</source>
        <translation>ランナーが応答しなくなりました: %1。ジョブ %2 がまだ実行中かどうかはわかりません。ランチャーはコード %3 で終了しました。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The runner is gone: %1. Job %2 may or may not still run; the launcher is stopped.</source>
        <translation>ランナーがなくなりました: %1。ジョブ %2 がまだ実行中かどうかはわかりません。ランチャーは停止しました。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the job</source>
        <translation>ジョブ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>job %1</source>
        <translation>ジョブ %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A worker of %1 ended before the job did: %2.</source>
        <translation>%1 のワーカーがジョブより先に終了しました: %2。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Its last error lines:</source>
        <translation>最後のエラー行:</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Cancelled before the launch.</source>
        <translation>起動前にキャンセルしました。</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>The local Prism job server was not prepared.</source>
        <translation>ローカル Prism ジョブサーバーの準備ができていません。</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>The workers run in the managed Prism&apos;s folder, not in %1: relative paths in the pipeline flags are passed as absolute paths:
  %2</source>
        <translation>ワーカーは %1 ではなく、管理対象の Prism のフォルダーで実行されます。パイプラインフラグ内の相対パスは絶対パスとして渡されます:
  %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The launcher runs in %1; relative paths in its flags are read from there:
  %2</source>
        <translation>ランチャーは %1 で実行されます。フラグ内の相対パスはそこを基準に読み取られます:
  %2</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>It says two of its packages register the same protobuf file: an older Beam built with today&apos;s google.golang.org/protobuf does that. Launch with --env GOLANG_PROTOBUF_REGISTRATION_CONFLICT=warn (in the window, the profile&apos;s environment), or require the protobuf version of that Beam release in go.mod.</source>
        <translation>2 つのパッケージが同じ protobuf ファイルを登録していると報告されています。古い Beam を現在の google.golang.org/protobuf でビルドするとこうなります。--env GOLANG_PROTOBUF_REGISTRATION_CONFLICT=warn を付けて起動するか（ウィンドウではプロファイルの環境変数で設定）、go.mod でその Beam リリースの protobuf バージョンを require してください。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The pipeline uses Beam&apos;s old module (github.com/apache/beam, before v2.26), whose generated protobuf files clash with today&apos;s google.golang.org/protobuf when the program starts: the launcher runs with %1=warn, protobuf&apos;s own switch for it.</source>
        <translation>パイプラインは Beam の旧モジュール（github.com/apache/beam、v2.26 より前）を使用しています。その生成済み protobuf ファイルは、プログラムの起動時に現在の google.golang.org/protobuf と衝突します。そのため、ランチャーは protobuf 自身が用意しているスイッチ %1=warn を付けて実行されます。</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+55"/>
        <source>Cancelling job %1 on the runner (%2)...</source>
        <translation>ランナー上のジョブ %1 をキャンセルしています（%2）...</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Leaving job %1 running on the runner (%2); only the launcher stops.</source>
        <translation>ジョブ %1 はランナー（%2）上で実行したままにします。停止するのはランチャーだけです。</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>no reason given</source>
        <translation>理由は示されていません</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Job %1 has been RUNNING for %2 s with no worker alive and no progress: the runner may be waiting for a worker that will not come.</source>
        <translation>ジョブ %1 は、動いているワーカーも進捗もないまま %2 秒間 RUNNING です。ランナーは来ることのないワーカーを待っているのかもしれません。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancelling it, as --stall-timeout asks.</source>
        <translation>--stall-timeout の指定に従ってキャンセルします。</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>No job reached the job service at %1: the launcher exited (code %2) without submitting one. Its output above may say why (a pipeline error it only logged, or a program that runs its pipeline itself instead of with beamx.Run).</source>
        <translation>%1 のジョブサービスにジョブは届きませんでした。ランチャーはジョブを送信せずに終了しました（コード %2）。上の出力に理由が示されているかもしれません（ログに出力されただけのパイプラインのエラーや、beamx.Run を使わずにパイプラインを自分で実行するプログラムなど）。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Job %1 ended %2 on the runner, although the launcher exited with code 0.</source>
        <translation>ランチャーは終了コード 0 で終了しましたが、ジョブ %1 はランナー上で %2 で終了しました。</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The launcher exited with code %1.</source>
        <translation>ランチャーが終了コード %1 で終了しました。</translation>
    </message>
    <message>
        <location line="-17"/>
        <location line="+72"/>
        <source>Cancelled: the launcher and everything it started were stopped.</source>
        <translation>キャンセルしました。ランチャーと、ランチャーが起動したすべてのプロセスを停止しました。</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>The launcher crashed: %1</source>
        <translation>ランチャーがクラッシュしました: %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Job %1 is CANCELLED on the runner.</source>
        <translation>ジョブ %1 はランナー上で CANCELLED です。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The runner did not confirm that job %1 is cancelled (%2). It may still be running: check %3.</source>
        <translation>ジョブ %1 のキャンセルがランナーで確認されませんでした（%2）。まだ実行中の可能性があります。%3 を確認してください。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cancelled: job %1 reached the runner as its launcher stopped, and was cancelled there.</source>
        <translation>キャンセルしました。ジョブ %1 はランチャーが停止したときにランナーに届いており、ランナー上でキャンセルされました。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled here; job %1 reached the runner as its launcher stopped, and was not confirmed cancelled there.</source>
        <translation>ここではキャンセルしました。ジョブ %1 はランチャーが停止したときにランナーに届いており、ランナー上でのキャンセルは確認されていません。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cancelled: job %1 was cancelled on the runner.</source>
        <translation>キャンセルしました。ジョブ %1 はランナー上でキャンセルされました。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled here; job %1 was not confirmed cancelled on the runner.</source>
        <translation>ここではキャンセルしました。ジョブ %1 のランナー上でのキャンセルは確認されていません。</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+33"/>
        <source>Job %1 reached the runner as its launcher stopped: cancelling it there (%2)...</source>
        <translation>ジョブ %1 はランチャーが停止したときにランナーに届いていました。ランナー上でキャンセルしています（%2）...</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Stopped: job %1 reached the runner as its launcher stopped, and had already ended %2 there.</source>
        <translation>停止しました。ジョブ %1 はランチャーが停止したときにランナーに届いており、ランナー上ですでに %2 で終了していました。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Looking whether a job of the stopped launcher reached the runner (%1)...</source>
        <translation>停止したランチャーのジョブがランナーに届いたかどうかを確認しています（%1）...</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Stopped: job %1 had already ended %2; its launcher was still running and was stopped.</source>
        <translation>停止しました。ジョブ %1 はすでに %2 で終了していましたが、ランチャーがまだ実行中だったため停止しました。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancelled: job %1 was cancelled on the runner, and the launcher stopped.</source>
        <translation>キャンセルしました。ジョブ %1 はランナー上でキャンセルされ、ランチャーは停止しました。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled here: the launcher stopped. Job %1 was not confirmed cancelled on the runner.</source>
        <translation>ここではキャンセルしました。ランチャーは停止しました。ジョブ %1 のランナー上でのキャンセルは確認されていません。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Job %1 ended %2; its launcher had to be stopped.</source>
        <translation>ジョブ %1 は %2 で終了しました。そのランチャーは停止させる必要がありました。</translation>
    </message>
    <message>
        <location filename="../app/launch/LaunchSession.cpp" line="+62"/>
        <location line="+228"/>
        <source>Cancelled.</source>
        <translation>キャンセルしました。</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>%1 is not a folder: give the folder that holds the pipeline&apos;s main package.</source>
        <translation>%1 はフォルダーではありません。パイプラインの main パッケージがあるフォルダーを指定してください。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 has no Go files: give the folder of the pipeline&apos;s main package (the one with func main and beam.Init()).</source>
        <translation>%1 に Go のファイルがありません。パイプラインの main パッケージ（func main と beam.Init() があるもの）のフォルダーを指定してください。</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>Using %1 at %2</source>
        <translation>%2 の %1 を使用します</translation>
    </message>
    <message>
        <location line="+110"/>
        <location line="+13"/>
        <source>Go cannot load the package in %1:
%2</source>
        <translation>Go が %1 のパッケージを読み込めません:
%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 holds package %2, not package main: a pipeline is a program. Choose the folder of the package with func main() (it calls beam.Init()).</source>
        <translation>%1 にあるのは package main ではなく package %2 です。パイプラインはプログラムです。func main()（beam.Init() を呼び出すもの）があるパッケージのフォルダーを選んでください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Package %1 does not import the Beam Go SDK (github.com/apache/beam/sdks/v2/go/pkg/beam, or github.com/apache/beam/sdks/go/pkg/beam before Beam&apos;s Go module): is this the pipeline&apos;s folder?</source>
        <translation>パッケージ %1 は Beam Go SDK（github.com/apache/beam/sdks/v2/go/pkg/beam、Beam の Go モジュール以前は github.com/apache/beam/sdks/go/pkg/beam）をインポートしていません。パイプラインのフォルダーで間違いありませんか？</translation>
    </message>
    <message>
        <location line="+152"/>
        <source>The pipeline defines no flag -%1 (its --help lists none by that name): Go&apos;s flag package will refuse it and the launcher will stop.</source>
        <translation>パイプラインはフラグ -%1 を定義していません（--help にその名前はありません）。Go の flag パッケージが拒否し、ランチャーは停止します。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The pipeline defines no flag -%1; did you mean -%2? Go&apos;s flag package will refuse -%1 and the launcher will stop.</source>
        <translation>パイプラインはフラグ -%1 を定義していません。-%2 のことですか？ Go の flag パッケージは -%1 を拒否し、ランチャーは停止します。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This program runs its pipeline itself, in this process: it defines no --runner flag (its main calls a runner such as direct.Execute instead of beamx.Run), so no job goes to a runner. It is started without the runner settings (runner %1, endpoint, environment%2).</source>
        <translation>このプログラムはパイプラインを自身で、このプロセスの中で実行します。--runner フラグを定義していない（main が beamx.Run ではなく direct.Execute などのランナーを呼び出している）ため、ジョブはランナーに送られません。ランナーの設定（ランナー %1、エンドポイント、環境%2）なしで起動します。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>, the local Prism job server</source>
        <translation>、ローカル Prism ジョブサーバー</translation>
    </message>
    <message>
        <source>Package %1 does not import the Beam Go SDK (github.com/apache/beam/sdks/v2): is this the pipeline&apos;s folder?</source>
        <translation type="vanished">パッケージ %1 は Beam Go SDK（github.com/apache/beam/sdks/v2）をインポートしていません。パイプラインのフォルダーで間違いありませんか？</translation>
    </message>
    <message>
        <location line="-109"/>
        <source>Both binaries are up to date: built at %1 from the sources and settings as they are now; nothing to build.</source>
        <translation>両方のバイナリは最新です。現在のソースと設定から %1 にビルドされています。ビルドするものはありません。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Cancelled: both builds were stopped and no binary was kept.</source>
        <translation>キャンセルしました。両方のビルドを停止し、バイナリは残していません。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>%1 is not a file: give both --launcher-binary and --worker-binary as paths to built binaries.</source>
        <translation type="vanished">%1 はファイルではありません。--launcher-binary と --worker-binary の両方に、ビルド済みバイナリのパスを指定してください。</translation>
    </message>
    <message>
        <source>%1 refused before launch: %2</source>
        <translation type="vanished">%1 は起動前に拒否されました: %2</translation>
    </message>
    <message>
        <location filename="../app/launch/LaunchLogFile.cpp" line="+49"/>
        <source>The launch log %1 cannot be written any more (%2): the output is still shown here.</source>
        <translation>起動ログ %1 に書き込めなくなりました（%2）。出力は引き続きここに表示されます。</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Cannot write the log file %1: %2</source>
        <translation>ログファイル %1 に書き込めません: %2</translation>
    </message>
    <message>
        <location filename="../app/launch/LaunchSpec.cpp" line="+36"/>
        <source>Choose the runner in the Runner field (--runner), not as a pipeline flag.</source>
        <translation>ランナーはパイプラインのフラグではなく、「ランナー」欄（--runner）で選んでください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set the job service address in the Endpoint field (--endpoint), not as a pipeline flag.</source>
        <translation>ジョブサービスのアドレスはパイプラインのフラグではなく、「エンドポイント」欄（--endpoint）で設定してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Beam Launcher builds the worker and passes --worker_binary itself; to use a binary of your own, set the prebuilt worker binary (--worker-binary) instead of a pipeline flag.</source>
        <translation>Beam Launcher はワーカーをビルドし、--worker_binary を自動で渡します。独自のバイナリを使うには、パイプラインのフラグではなく、ビルド済みのワーカーバイナリ（--worker-binary）を指定してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set the environment type in the Environment type field (--environment-type), not as a pipeline flag.</source>
        <translation>環境タイプはパイプラインのフラグではなく、「環境タイプ」欄（--environment-type）で設定してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set the environment config in the Environment config field (--environment-config), not as a pipeline flag.</source>
        <translation>環境設定はパイプラインのフラグではなく、「環境設定」欄（--environment-config）で設定してください。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The %1 platform is not valid: %2</source>
        <translation>%1 のプラットフォームが無効です: %2</translation>
    </message>
    <message>
        <location line="+157"/>
        <source>The endpoint is empty: write it as HOST:PORT, for example localhost:8099.</source>
        <translation>エンドポイントが空です。HOST:PORT の形式で入力してください（例: localhost:8099）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the endpoint &quot;%1&quot; as HOST:PORT without a scheme, for example localhost:8099.</source>
        <translation>エンドポイント「%1」はスキームを付けずに HOST:PORT の形式で入力してください（例: localhost:8099）。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Write an IPv6 endpoint as [ADDRESS]:PORT, for example [::1]:8099.</source>
        <translation>IPv6 のエンドポイントは [ADDRESS]:PORT の形式で入力してください（例: [::1]:8099）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; is not an IPv6 address.</source>
        <translation>「%1」は IPv6 アドレスではありません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The endpoint &quot;%1&quot; has no port: write it as HOST:PORT, for example %1:8099.</source>
        <translation>エンドポイント「%1」にポートがありません。HOST:PORT の形式で入力してください（例: %1:8099）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Put an IPv6 address in brackets: [%1]:%2.</source>
        <translation>IPv6 アドレスは角かっこで囲んでください: [%1]:%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is not a host name or address: write the endpoint as HOST:PORT, for example localhost:8099.</source>
        <translation>「%1」はホスト名でもアドレスでもありません。エンドポイントは HOST:PORT の形式で入力してください（例: localhost:8099）。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; is not a port: use a number from 1 to 65535.</source>
        <translation>「%1」はポートではありません。1～65535 の数値を使ってください。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The secret %1 contains a NUL character: the system would cut the value short there. Give the value without it.</source>
        <translation>シークレット %1 に NUL 文字が含まれています。システムはそこで値を切り詰めてしまいます。NUL 文字を除いた値を指定してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The value of %1 contains a NUL character: the system would cut it short there. Give the value without it.</source>
        <translation>%1 の値に NUL 文字が含まれています。システムはそこで値を切り詰めてしまいます。NUL 文字を除いた値を指定してください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The secret %1 is %2 KiB long; secrets may be at most %3 KiB (a launcher could not even start with it). Store a file&apos;s path, or a reference to it, instead.</source>
        <translation>シークレット %1 の長さは %2 KiB ですが、シークレットは最大 %3 KiB までです（これではランチャーを起動することさえできません）。代わりにファイルのパスか、ファイルへの参照を保存してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The value of %1 is %2 KiB long; environment values may be at most %3 KiB (a launcher could not even start with it). Pass a file&apos;s path instead.</source>
        <translation>%1 の値の長さは %2 KiB ですが、環境変数の値は最大 %3 KiB までです（これではランチャーを起動することさえできません）。代わりにファイルのパスを渡してください。</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Choose the folder of the pipeline&apos;s main package.</source>
        <translation>パイプラインの main パッケージのフォルダーを選んでください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A prebuilt worker binary is set but no launcher binary: give both prebuilt binaries, or neither to build them.</source>
        <translation>ビルド済みのワーカーバイナリが指定されていますが、ランチャーバイナリがありません。ビルド済みバイナリを両方とも指定するか、ビルドする場合はどちらも指定しないでください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A prebuilt launcher binary is set but no worker binary: give both prebuilt binaries, or neither to build them.</source>
        <translation>ビルド済みのランチャーバイナリが指定されていますが、ワーカーバイナリがありません。ビルド済みバイナリを両方とも指定するか、ビルドする場合はどちらも指定しないでください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>launcher</source>
        <translation>ランチャー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>worker</source>
        <translation>ワーカー</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Beam&apos;s runners start workers on Linux, but the worker is set to %1: use linux/amd64 (or linux/arm64 for Arm machines) unless your runner really runs %2 workers.</source>
        <translation>Beam のランナーはワーカーを Linux 上で起動しますが、ワーカーが %1 に設定されています。ランナーが本当に %2 のワーカーを実行するのでない限り、linux/amd64（Arm マシンでは linux/arm64）を使ってください。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose a runner, for example prism to run on this computer.</source>
        <translation>ランナーを選んでください。たとえば、このコンピューターで実行するには prism を選びます。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Beam knows no runner &quot;%1&quot;: did you mean %2? &quot;%1&quot; is passed to the launcher as given.</source>
        <translation>Beam には「%1」というランナーはありません。%2 のことですか？「%1」はそのままランチャーに渡されます。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Beam Launcher does not know the runner &quot;%1&quot;; it is passed to the launcher as given. Check the spelling if the launch fails.</source>
        <translation>Beam Launcher はランナー「%1」を知らないため、そのままランチャーに渡します。起動に失敗した場合はスペルを確認してください。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A local Prism job server runs Prism jobs: choose the prism runner (or universal for a Beam SDK older than Prism), or turn the local job server off.</source>
        <translation>ローカル Prism ジョブサーバーが実行するのは Prism のジョブです。prism ランナー（Prism より古い Beam SDK では universal）を選ぶか、ローカルジョブサーバーをオフにしてください。</translation>
    </message>
    <message>
        <source>A local Prism job server runs Prism jobs: choose the prism runner, or turn the local job server off.</source>
        <translation type="vanished">ローカル Prism ジョブサーバーが実行するのは Prism のジョブです。prism ランナーを選ぶか、ローカルジョブサーバーをオフにしてください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The local Prism job server gets an endpoint of its own: clear the endpoint, or turn the local job server off to use the job service at %1.</source>
        <translation>ローカル Prism ジョブサーバーには専用のエンドポイントが割り当てられます。エンドポイントを空にするか、%1 のジョブサービスを使う場合はローカルジョブサーバーをオフにしてください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The local Prism job server is built for the Beam version the pipeline&apos;s go.mod requires: give the pipeline&apos;s folder too.</source>
        <translation>ローカル Prism ジョブサーバーは、パイプラインの go.mod が require する Beam のバージョン向けにビルドされます。パイプラインのフォルダーも指定してください。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The %1 runner needs the address of its job service: give --endpoint HOST:PORT (its job server listens on port %2 by default, so localhost:%2 when it runs on this computer).</source>
        <translation>%1 ランナーにはジョブサービスのアドレスが必要です。--endpoint HOST:PORT を指定してください（ジョブサーバーは既定でポート %2 で待ち受けるため、このコンピューターで動かしている場合は localhost:%2 です）。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The %1 runner does not use a job service endpoint: %2 is passed on but has no effect. Clear the endpoint unless you know it is needed.</source>
        <translation>%1 ランナーはジョブサービスのエンドポイントを使いません。%2 は渡されますが効果はありません。必要だとわかっている場合を除き、エンドポイントを空にしてください。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;%1&quot; is not an environment type: use one of %2 (Beam would silently use DOCKER instead).</source>
        <translation>「%1」は環境タイプではありません。%2 のいずれかを使ってください（このままでは Beam は警告なしに DOCKER を使います）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The %1 runner does not use an environment type; %2 has no effect.</source>
        <translation>%1 ランナーは環境タイプを使わないため、%2 は効果がありません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The %1 runner is not used with %2 workers; it supports %3.</source>
        <translation>%1 ランナーは %2 のワーカーでは使いません。対応しているのは %3 です。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>PROCESS workers need a JSON object as environment config naming the command that starts them, for example {&quot;command&quot;: &quot;/opt/apache/beam/boot&quot;}.</source>
        <translation>PROCESS のワーカーには、ワーカーを起動するコマンドを指定した JSON オブジェクトを環境設定として与える必要があります（例: {&quot;command&quot;: &quot;/opt/apache/beam/boot&quot;}）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The PROCESS environment config has no &quot;command&quot;: add the program that starts a worker, for example {&quot;command&quot;: &quot;/opt/apache/beam/boot&quot;}.</source>
        <translation>PROCESS の環境設定に &quot;command&quot; がありません。ワーカーを起動するプログラムを追加してください（例: {&quot;command&quot;: &quot;/opt/apache/beam/boot&quot;}）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>EXTERNAL workers need the address of their worker pool as environment config, for example localhost:50000.</source>
        <translation>EXTERNAL のワーカーには、環境設定としてワーカープールのアドレスが必要です（例: localhost:50000）。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A launch setting (%1) contains a NUL character: the launcher would get it cut short. Remove it.</source>
        <translation>起動設定（%1）に NUL 文字が含まれています。ランチャーには途中で切れた値が渡されます。NUL 文字を削除してください。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The runner option %1 contains a NUL character: the launcher would get it cut short. Remove it.</source>
        <translation>ランナーのオプション %1 に NUL 文字が含まれています。ランチャーには途中で切れた値が渡されます。NUL 文字を削除してください。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>--%1 is not an option of the %2 runner and is not passed; add it to the pipeline flags if the pipeline needs it.</source>
        <translation>--%1 は %2 ランナーのオプションではないため、渡されません。パイプラインで必要な場合は、パイプラインのフラグに追加してください。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&quot;%1&quot; is not an environment variable name: use letters, digits and _, not starting with a digit.</source>
        <translation>「%1」は環境変数名ではありません。英字、数字、_ を使い、数字で始めないでください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The environment variable %1 is set twice: remove one of them.</source>
        <translation>環境変数 %1 が 2 回設定されています。どちらかを削除してください。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 looks like a secret, but its value is stored in plain text in the profile and shown in the command line. Make it a secret instead: `beam-launcher profiles set-secret PROFILE %1` (it reads the value from standard input, and keeps it in the keychain).</source>
        <translation>%1 はシークレットのようですが、その値はプロファイルに平文で保存され、コマンドラインにも表示されます。代わりにシークレットにしてください: `beam-launcher profiles set-secret PROFILE %1`（値は標準入力から読み取られ、キーチェーンに保存されます）。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The pipeline flag &quot;%1&quot; contains a NUL character: the launcher would get it cut short there (&quot;%2&quot;). Remove it.</source>
        <translation>パイプラインのフラグ「%1」に NUL 文字が含まれています。ランチャーにはそこで切れた値が渡されます（「%2」）。NUL 文字を削除してください。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A pipeline flag contains the value of the secret variable %1: flags are visible to anyone who can list processes and in the runner&apos;s console. Let the pipeline read %1 from its environment instead.</source>
        <translation>パイプラインのフラグにシークレット変数 %1 の値が含まれています。フラグは、プロセスの一覧を見られる人なら誰にでも見え、ランナーのコンソールにも表示されます。代わりに、パイプラインが環境から %1 を読み取るようにしてください。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The pipeline flag &quot;%1&quot; does not start with -: write each flag as --name=value.</source>
        <translation>パイプラインのフラグ「%1」が - で始まっていません。各フラグは --name=value の形式で書いてください。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--%1 is an option of the %2 runner: set it among the runner&apos;s options so it is checked and not passed twice.</source>
        <translation>--%1 は %2 ランナーのオプションです。検査され、二重に渡されることがないよう、ランナーのオプションで設定してください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The pipeline flag --%1 contains the value of the secret variable %2: flags are visible to anyone who can list processes and in the runner&apos;s console. Let the pipeline read %2 from its environment instead.</source>
        <translation>パイプラインのフラグ --%1 にシークレット変数 %2 の値が含まれています。フラグは、プロセスの一覧を見られる人なら誰にでも見え、ランナーのコンソールにも表示されます。代わりに、パイプラインが環境から %2 を読み取るようにしてください。</translation>
    </message>
    <message>
        <location filename="../app/launch/OutputLock.cpp" line="+42"/>
        <source>The output folder %1 is in use by another build or launch (process %2 on %3): it runs the binaries this build would replace. Give this one another --out, or wait until the other ends.</source>
        <translation>出力フォルダー %1 は別のビルドまたは起動で使用中です（%3 のプロセス %2）。そちらは、このビルドが置き換えるバイナリを実行しています。こちらに別の --out を指定するか、もう一方が終わるまで待ってください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The output folder %1 is in use by another build or launch (process %2 on %3): its binaries would replace this one&apos;s. Give this one another --out, or wait until the other ends.</source>
        <translation>出力フォルダー %1 は別のビルドまたは起動で使用中です（%3 のプロセス %2）。そのバイナリがこちらのバイナリを置き換えてしまいます。こちらに別の --out を指定するか、もう一方が終わるまで待ってください。</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Cannot lock the output folder %1: check its permissions and free space, or give another --out.</source>
        <translation>出力フォルダー %1 をロックできません。アクセス許可と空き容量を確認するか、別の --out を指定してください。</translation>
    </message>
    <message>
        <location filename="../app/launch/Paths.cpp" line="+68"/>
        <source>Cannot create the folder %1: check the path and its permissions, or choose another folder.</source>
        <translation>フォルダー %1 を作成できません。パスとアクセス権を確認するか、別のフォルダーを選んでください。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot write in the folder %1 (%2): check its permissions and free space, or choose another folder.</source>
        <translation>フォルダー %1 に書き込めません（%2）。アクセス権と空き容量を確認するか、別のフォルダーを選んでください。</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>%1 is a system, root or home folder: Beam Launcher does not write its binaries there. Give --out a folder of its own, for example %2, or leave --out out to use the cache folder.</source>
        <translation>%1 はシステム、ルート、またはホームのフォルダーです。Beam Launcher はそこにバイナリを書き込みません。--out には専用のフォルダー（例: %2）を指定するか、--out を省略してキャッシュフォルダーを使ってください。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The output folder %1 holds other things (%2): Beam Launcher writes six files there and replaces any of the same names. Give an empty or new folder, or add --force-out to write there anyway.</source>
        <translation>出力フォルダー %1 にはほかのもの（%2）が入っています。Beam Launcher はそこに 6 つのファイルを書き込み、同じ名前のものは置き換えます。空のフォルダーか新しいフォルダーを指定するか、それでも書き込む場合は --force-out を追加してください。</translation>
    </message>
    <message>
        <location filename="../app/launch/Preflight.cpp" line="+24"/>
        <source>no answer within %1 s</source>
        <translation>%1 秒以内に応答がありません</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The job service on this machine would start the workers in Docker (environment type DOCKER), but there is no docker command here. Install Docker, or choose the PROCESS or LOOPBACK environment type.</source>
        <translation>このマシンのジョブサービスはワーカーを Docker で起動しようとしますが（環境タイプ DOCKER）、ここには docker コマンドがありません。Docker をインストールするか、環境タイプ PROCESS または LOOPBACK を選んでください。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The PROCESS environment&apos;s command %1 %2: the runner on this machine runs it to start each worker. Give the path of an executable, usually Beam&apos;s Go boot program.</source>
        <translation>PROCESS 環境のコマンド %1 は%2。このマシンのランナーは、各ワーカーを起動するためにこのコマンドを実行します。実行ファイルのパス（通常は Beam の Go 用 boot プログラム）を指定してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>is not executable</source>
        <translation>実行可能ではありません</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>does not exist</source>
        <translation>存在しません</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>In-process Prism serves its job service on every network interface of this machine while the job runs: anyone who can reach this machine could submit a job to it, and a job can run programs as you. Turn on &quot;Start a local Prism job server&quot; (--local-job-server): that one is reachable from this machine only.</source>
        <translation>プロセス内の Prism は、ジョブの実行中、このマシンのすべてのネットワークインターフェイスでジョブサービスを提供します。このマシンに届く人は誰でもジョブを投入でき、ジョブはあなたの権限でプログラムを実行できます。「ローカル Prism ジョブサーバーを起動」をオンにしてください（--local-job-server）。こちらはこのマシンからしか接続できません。</translation>
    </message>
    <message>
        <source>In-process Prism serves its job service on every network interface of this machine while the job runs: anyone who can reach this machine could submit a job to it, and a job can run programs as you. Run it on a network you trust, or give a job service endpoint on this machine.</source>
        <translation type="vanished">プロセス内の Prism は、ジョブの実行中、このマシンのすべてのネットワークインターフェイスでジョブサービスを提供します。このマシンに届く人は誰でもジョブを投入でき、ジョブはあなたの権限でプログラムを実行できます。信頼できるネットワークでのみ使うか、このマシン上のジョブサービスのエンドポイントを指定してください。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The job service on %1 runs the PROCESS command %2 on its own machine, once for every worker: make sure it exists there and is what you mean to run there.</source>
        <translation>%1 のジョブサービスは、自身のマシンで PROCESS コマンド %2 をワーカーごとに 1 回実行します。そのコマンドがそこに存在し、そこで実行したいものであることを確認してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(none given)</source>
        <translation>（指定なし）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The link to the job service on %1 is not encrypted (Beam&apos;s Go SDK talks to job services without TLS): the pipeline, its options and the worker binary cross the network in the clear, and whoever can reach that port can submit jobs. Use a trusted network or an SSH tunnel to a port on this machine.</source>
        <translation>%1 のジョブサービスへの接続は暗号化されていません（Beam の Go SDK は TLS なしでジョブサービスと通信します）。パイプライン、そのオプション、ワーカーのバイナリが平文でネットワークを流れ、そのポートに届く人は誰でもジョブを投入できます。信頼できるネットワークか、このマシンのポートへの SSH トンネルを使ってください。</translation>
    </message>
    <message>
        <location line="+54"/>
        <source> The %1 job service listens on port %2 unless told otherwise.</source>
        <translation> %1 のジョブサービスは、指定がなければポート %2 で待ち受けます。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing answers at %1 (%2). Start the job service, or check the host and port.%3</source>
        <translation>%1 から応答がありません（%2）。ジョブサービスを起動するか、ホストとポートを確認してください。%3</translation>
    </message>
    <message>
        <location filename="../app/launch/RunnerCatalog.cpp" line="+80"/>
        <source>Runner &quot;%1&quot; has an option named &quot;%2&quot;: option names are lower-case flag names such as staging_location.</source>
        <translation>ランナー &quot;%1&quot; に &quot;%2&quot; という名前のオプションがあります。オプション名は staging_location のような小文字のフラグ名にしてください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Runner &quot;%1&quot; declares option &quot;%2&quot;, which has its own field.</source>
        <translation>ランナー &quot;%1&quot; がオプション &quot;%2&quot; を宣言していますが、これには専用のフィールドがあります。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Option &quot;%1&quot; of runner &quot;%2&quot; has the unknown type &quot;%3&quot;; use one of %4.</source>
        <translation>ランナー &quot;%2&quot; のオプション &quot;%1&quot; の型 &quot;%3&quot; は不明です。%4 のいずれかを使ってください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The pattern of option &quot;%1&quot; of runner &quot;%2&quot; does not compile: %3.</source>
        <translation>ランナー &quot;%2&quot; のオプション &quot;%1&quot; のパターンをコンパイルできません: %3。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Option &quot;%1&quot; of runner &quot;%2&quot; is an enum without values.</source>
        <translation>ランナー &quot;%2&quot; のオプション &quot;%1&quot; は値のない enum です。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Option &quot;%1&quot; of runner &quot;%2&quot; needs an int type and both min &lt;= max for its range.</source>
        <translation>ランナー &quot;%2&quot; のオプション &quot;%1&quot; には、int 型と、範囲として min &lt;= max を満たす min と max の両方が必要です。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The default of option &quot;%1&quot; of runner &quot;%2&quot; is not valid: %3</source>
        <translation>ランナー &quot;%2&quot; のオプション &quot;%1&quot; の既定値が無効です: %3</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--%1 is required: %2</source>
        <translation>--%1 は必須です: %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>enter a value.</source>
        <translation>値を入力してください。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--%1 must be a whole number, not &quot;%2&quot;.</source>
        <translation>--%1 は整数である必要があります（&quot;%2&quot; は不可）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--%1 must be between %2 and %3; %4 is out of range.</source>
        <translation>--%1 は %2～%3 の範囲である必要があります。%4 は範囲外です。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--%1 is true or false, not &quot;%2&quot;.</source>
        <translation>--%1 は true または false です（&quot;%2&quot; は不可）。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--%1 must be one of %2, not &quot;%3&quot;.</source>
        <translation>--%1 は %2 のいずれかである必要があります（&quot;%3&quot; は不可）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--%1 must be JSON, for example {&quot;key&quot;: &quot;value&quot;}: %2 at character %3.</source>
        <translation>--%1 は JSON である必要があります（例: {&quot;key&quot;: &quot;value&quot;}）: %3 文字目で %2。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; is not a valid value for --%2. %3</source>
        <translation>&quot;%1&quot; は --%2 の有効な値ではありません。%3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the runner&apos;s documentation.</source>
        <translation>ランナーのドキュメントを確認してください。</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The runner catalog is not a JSON object (%1 at offset %2).</source>
        <translation>ランナーカタログが JSON オブジェクトではありません（オフセット %2 で %1）。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The runner catalog has schema %1; this version reads schema 1.</source>
        <translation>ランナーカタログのスキーマは %1 ですが、このバージョンが読めるのはスキーマ 1 です。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Environment type &quot;%1&quot; of the runner catalog is empty, not upper-case or listed twice.</source>
        <translation>ランナーカタログの環境タイプ &quot;%1&quot; が、空であるか、大文字でないか、重複しています。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The runner catalog lists no environment types.</source>
        <translation>ランナーカタログに環境タイプが 1 つもありません。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The runner catalog lists no runners.</source>
        <translation>ランナーカタログにランナーが 1 つもありません。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Runner name &quot;%1&quot; is not a lower-case word.</source>
        <translation>ランナー名 &quot;%1&quot; が小文字の単語ではありません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Runner name &quot;%1&quot; appears twice in the runner catalog.</source>
        <translation>ランナー名 &quot;%1&quot; がランナーカタログに 2 回出現しています。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Runner &quot;%1&quot; has endpoint &quot;%2&quot;; use none, optional or required.</source>
        <translation>ランナー &quot;%1&quot; の endpoint が &quot;%2&quot; になっています。none、optional、required のいずれかを使ってください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Runner &quot;%1&quot; has a port outside 1-65535.</source>
        <translation>ランナー &quot;%1&quot; のポートが 1-65535 の範囲外です。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Runner &quot;%1&quot; needs an endpoint, so it must name its default port.</source>
        <translation>ランナー &quot;%1&quot; はエンドポイントが必要なため、既定のポートを指定する必要があります。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Runner &quot;%1&quot; lists the unknown environment type &quot;%2&quot;.</source>
        <translation>ランナー &quot;%1&quot; に不明な環境タイプ &quot;%2&quot; が記載されています。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The default environment type &quot;%1&quot; of runner &quot;%2&quot; is not among its environment types.</source>
        <translation>ランナー &quot;%2&quot; の既定の環境タイプ &quot;%1&quot; が、そのランナーの環境タイプに含まれていません。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Runner &quot;%1&quot; declares option &quot;%2&quot; twice.</source>
        <translation>ランナー &quot;%1&quot; がオプション &quot;%2&quot; を 2 回宣言しています。</translation>
    </message>
</context>
<context>
    <name>bl::pipeline</name>
    <message numerus="yes">
        <location filename="../app/pipeline/PipelineFinder.cpp" line="+48"/>
        <source> and %n more</source>
        <translation>
            <numerusform> ほか %n 個</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Found the pipeline %1 in %2.</source>
        <translation>%2 でパイプライン %1 が見つかりました。</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%1 holds %n Beam pipelines: %2. Choose one.</source>
        <translation>
            <numerusform>%1 には Beam パイプラインが %n 個あります: %2。1 つ選んでください。</numerusform>
        </translation>
    </message>
    <message>
        <source>No Beam pipeline under %1: its main packages (%2) do not import the Beam Go SDK (github.com/apache/beam/sdks/v2/go/pkg/beam).</source>
        <translation type="vanished">%1 の下に Beam パイプラインはありません。その main パッケージ（%2）は Beam Go SDK（github.com/apache/beam/sdks/v2/go/pkg/beam）をインポートしていません。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No Beam pipeline under %1: its main packages (%2) are Beam&apos;s own tools (runners, boot programs), not pipelines.</source>
        <translation>%1 の下に Beam パイプラインはありません。その main パッケージ（%2）は Beam 自身のツール（ランナー、boot プログラム）で、パイプラインではありません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No Beam pipeline under %1: its main packages (%2) do not import the Beam Go SDK (github.com/apache/beam/sdks/v2/go/pkg/beam, or github.com/apache/beam/sdks/go/pkg/beam before Beam&apos;s Go module).</source>
        <translation>%1 の下に Beam パイプラインはありません。その main パッケージ（%2）は Beam Go SDK（github.com/apache/beam/sdks/v2/go/pkg/beam、Beam の Go モジュール以前は github.com/apache/beam/sdks/go/pkg/beam）をインポートしていません。</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>No Beam pipeline under %1: its %n Go package(s) are libraries, none of them is a main package.</source>
        <translation>
            <numerusform>%1 の下に Beam パイプラインはありません。%n 個の Go パッケージはすべてライブラリで、main パッケージはありません。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No Beam pipeline: %1 holds no Go package.</source>
        <translation>Beam パイプラインがありません: %1 には Go パッケージがありません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not inside a Go module, but these folders in it are: %2. Choose one of them, or add a go.work that uses them.</source>
        <translation>%1 は Go モジュールの中にありませんが、その中の次のフォルダーはモジュールです: %2。そのどれかを選ぶか、それらを使う go.work を追加してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not inside a Go module: there is no go.mod (or go.work) in it or in a folder above. Choose the folder of the pipeline&apos;s module, or run `go mod init` there.</source>
        <translation>%1 は Go モジュールの中にありません。そのフォルダーにも上位のフォルダーにも go.mod（または go.work）がありません。パイプラインのモジュールのフォルダーを選ぶか、そこで `go mod init` を実行してください。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Go could not list the packages under %1: %2</source>
        <translation>Go は %1 の下のパッケージを一覧できませんでした: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+182"/>
        <source>--package %1 matches %n pipelines under %2; give one&apos;s whole import path or its folder:</source>
        <translation>
            <numerusform>--package %1 は %2 の下の %n 個のパイプラインに一致します。いずれかの完全なインポートパスまたはそのフォルダーを指定してください:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%1 is none of the %n pipelines under %2; give one&apos;s import path or folder:</source>
        <translation>
            <numerusform>%1 は %2 の下の %n 個のパイプラインのどれでもありません。いずれかのインポートパスまたはフォルダーを指定してください:</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is none of the pipelines under %2: %3.</source>
        <translation type="vanished">%1 は %2 の下のどのパイプラインでもありません: %3。</translation>
    </message>
    <message>
        <location line="+28"/>
        <location filename="../app/pipeline/PipelineFlagsReader.cpp" line="+61"/>
        <source>%1 is not a folder.</source>
        <translation>%1 はフォルダーではありません。</translation>
    </message>
    <message numerus="yes">
        <location line="+35"/>
        <source>%n package(s) listed…</source>
        <translation>
            <numerusform>%n 個のパッケージを一覧しました…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Go could not be started: %1</source>
        <translation>Go を起動できませんでした: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Looking for Beam pipelines under %1…</source>
        <translation>%1 の下で Beam パイプラインを探しています…</translation>
    </message>
    <message>
        <location filename="../app/pipeline/PipelineFlags.cpp" line="+298"/>
        <source>Pipeline options</source>
        <translation>パイプラインのオプション</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Beam options</source>
        <translation>Beam のオプション</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Runner options</source>
        <translation>ランナーのオプション</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set by Beam Launcher</source>
        <translation>Beam Launcher が設定</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>&quot;%1&quot; is not a bool: use true or false (also 1, 0, t, f).</source>
        <translation>「%1」は bool ではありません。true か false（または 1、0、t、f）を使ってください。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;%1&quot; is not an integer (e.g. 42, -7, 0x1F).</source>
        <translation>「%1」は整数ではありません（例: 42、-7、0x1F）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;%1&quot; is not an unsigned integer (e.g. 0, 42, 0x1F).</source>
        <translation>「%1」は符号なし整数ではありません（例: 0、42、0x1F）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is out of range for a 64-bit integer.</source>
        <translation>%1 は 64 ビット整数の範囲外です。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;%1&quot; is not a number (e.g. 0.25, 1e-3).</source>
        <translation>「%1」は数値ではありません（例: 0.25、1e-3）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is out of range for a 64-bit float.</source>
        <translation>%1 は 64 ビット浮動小数点数の範囲外です。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; is not a duration: use a number with a unit, e.g. 300ms, 1.5h, 2h45m (units ns, us, ms, s, m, h).</source>
        <translation>「%1」は期間ではありません。単位付きの数値を使ってください。例: 300ms、1.5h、2h45m（単位 ns、us、ms、s、m、h）。</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>The launcher printed no flags for --help.</source>
        <translation>ランチャーは --help でフラグを出力しませんでした。</translation>
    </message>
    <message>
        <location filename="../app/pipeline/PipelineFlagsReader.cpp" line="+25"/>
        <source>go list could not list the pipeline&apos;s packages in %1.</source>
        <translation>%1 にあるパイプラインのパッケージを go list で一覧にできませんでした。</translation>
    </message>
    <message>
        <location line="+53"/>
        <location filename="../app/pipeline/PipelineGraph.cpp" line="+161"/>
        <source>%1 is not an executable launcher: build the pipeline first.</source>
        <translation>%1 は実行可能なランチャーではありません。先にパイプラインをビルドしてください。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 did not print its flags within %2 s: it seems to do work before it parses its flags (flag.Parse). It was stopped; type the pipeline flags by hand.</source>
        <translation>%1 は %2 秒以内にフラグを出力しませんでした。フラグを解析する（flag.Parse）前に処理を行っているようです。停止しました。パイプラインのフラグを手で入力してください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../app/pipeline/PipelineGraph.cpp" line="+37"/>
        <source>%1 could not be started: %2</source>
        <translation>%1 を起動できませんでした: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 --help printed no Go flags (exit code %2)%3</source>
        <translation>%1 --help は Go のフラグを出力しませんでした（終了コード %2）%3</translation>
    </message>
    <message>
        <location filename="../app/pipeline/PipelineGraph.cpp" line="-32"/>
        <source>Cannot create the folder %1.</source>
        <translation>フォルダー %1 を作成できません。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 did not write its graph within %2 s; it was stopped.</source>
        <translation>%1 は %2 秒以内にグラフを書き出しませんでした。停止しました。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>This program runs its pipeline itself, in its own process (it defines no --runner flag: it does not call beamx.Run), so Beam&apos;s dot runner cannot draw its graph. Call beamx.Run(ctx, p) in its main to get the graph.</source>
        <translation>このプログラムはパイプラインを自身のプロセスの中で自分で実行します（--runner フラグを定義しておらず、beamx.Run を呼び出していません）。そのため、Beam の dot ランナーではグラフを描画できません。グラフを得るには、main で beamx.Run(ctx, p) を呼び出してください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The pipeline does not know Beam&apos;s dot runner: run it with beamx.Run (which registers every runner) or import the package runners/dot of the Beam Go SDK (github.com/apache/beam/sdks/v2/go/pkg/beam/runners/dot; before Beam&apos;s Go module github.com/apache/beam/sdks/go/pkg/beam/runners/dot).</source>
        <translation>パイプラインは Beam の dot ランナーを知りません。beamx.Run（すべてのランナーを登録します）で実行するか、Beam Go SDK の runners/dot パッケージ（github.com/apache/beam/sdks/v2/go/pkg/beam/runners/dot。Beam の Go モジュール以前は github.com/apache/beam/sdks/go/pkg/beam/runners/dot）をインポートしてください。</translation>
    </message>
    <message>
        <source>The pipeline does not know Beam&apos;s dot runner: run it with beamx.Run (which registers every runner) or import github.com/apache/beam/sdks/v2/go/pkg/beam/runners/dot.</source>
        <translation type="vanished">パイプラインは Beam の dot ランナーを知りません。beamx.Run（すべてのランナーを登録します）で実行するか、github.com/apache/beam/sdks/v2/go/pkg/beam/runners/dot をインポートしてください。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The pipeline&apos;s graph could not be built (exit code %1).</source>
        <translation>パイプラインのグラフを作成できませんでした（終了コード %1）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The pipeline&apos;s graph could not be built: %1</source>
        <translation>パイプラインのグラフを作成できませんでした: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Graphviz is not installed, so the graph (%1) cannot be drawn: install it (Debian and Ubuntu: apt install graphviz; macOS: brew install graphviz).</source>
        <translation>Graphviz がインストールされていないため、グラフ（%1）を描画できません。インストールしてください（Debian と Ubuntu: apt install graphviz、macOS: brew install graphviz）。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Graphviz could not draw the graph: %1</source>
        <translation>Graphviz はグラフを描画できませんでした: %1</translation>
    </message>
</context>
<context>
    <name>bl::process</name>
    <message>
        <location filename="../app/process/FileHash.cpp" line="+27"/>
        <location line="+11"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み取れません: %2</translation>
    </message>
    <message>
        <location filename="../app/process/ProcessRunner.cpp" line="+75"/>
        <source>Cannot write the log file %1: %2</source>
        <translation>ログファイル %1 に書き込めません: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+121"/>
        <source>%n process(es) started by the run would not die within the time allowed, even when killed: %1. They may be stuck in the kernel (a hung network file system or device); end them by hand, or restart the machine if they stay.</source>
        <translation>
            <numerusform>実行が起動した %n 個のプロセスが、kill しても許容時間内に終了しませんでした: %1。カーネル内で止まっている可能性があります（応答しないネットワークファイルシステムやデバイス）。手動で終了させるか、残り続ける場合はマシンを再起動してください。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot start %1: %2</source>
        <translation>%1 を起動できません: %2</translation>
    </message>
</context>
<context>
    <name>bl::profiles</name>
    <message>
        <location filename="../app/profiles/Profile.cpp" line="+39"/>
        <source>text</source>
        <translation>テキスト</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>true or false</source>
        <translation>true または false</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+6"/>
        <source>a list of texts</source>
        <translation>テキストのリスト</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The field &quot;%1&quot; must be %2.</source>
        <translation>フィールド &quot;%1&quot; は%2である必要があります。</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>text of the form goos/goarch</source>
        <translation>goos/goarch 形式のテキスト</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The field &quot;%1&quot; is not a platform: %2</source>
        <translation>フィールド &quot;%1&quot; はプラットフォームではありません: %2</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>The profile &quot;%1&quot; was made by a newer Beam Launcher (schema %2; this one reads up to %3). Use that version for it; this one leaves the file as it is.</source>
        <translation>プロファイル「%1」は新しい Beam Launcher で作成されました（スキーマ %2。このバージョンが読めるのはスキーマ %3 までです）。そのバージョンで使ってください。このバージョンはファイルを変更しません。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A profile needs a name.</source>
        <translation>プロファイルには名前が必要です。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The profile name &quot;%1&quot; holds control characters (escape, newline, tab...): choose a name of visible characters.</source>
        <translation>プロファイル名「%1」に制御文字（エスケープ、改行、タブなど）が含まれています。表示可能な文字だけの名前にしてください。</translation>
    </message>
    <message>
        <location line="+90"/>
        <location line="+6"/>
        <source>an object of texts</source>
        <translation>テキストのオブジェクト</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+11"/>
        <source>a list of {&quot;name&quot;: ..., &quot;value&quot;: ...} objects</source>
        <translation>{&quot;name&quot;: ..., &quot;value&quot;: ...} オブジェクトのリスト</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Line %1: %2</source>
        <translation>%1 行目: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A profile must be a JSON object.</source>
        <translation>プロファイルは JSON オブジェクトである必要があります。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The field &quot;schema&quot; must be a whole number of at least 1.</source>
        <translation>フィールド &quot;schema&quot; は 1 以上の整数である必要があります。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>(unnamed, schema %1)</source>
        <translation>（名前なし、スキーマ %1）</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>an object</source>
        <translation>オブジェクト</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The profile has no name (field &quot;name&quot;).</source>
        <translation>プロファイルに名前（フィールド &quot;name&quot;）がありません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../app/profiles/ProfileStore.cpp" line="+330"/>
        <source>The profile id &quot;%1&quot; may only contain letters, digits, &apos;-&apos; and &apos;_&apos;.</source>
        <translation>プロファイル ID &quot;%1&quot; に使えるのは英字、数字、&apos;-&apos;、&apos;_&apos; だけです。</translation>
    </message>
    <message>
        <location filename="../app/profiles/ProfileStore.cpp" line="-283"/>
        <source>The profile %1 cannot be read: %2</source>
        <translation>プロファイル %1 を読み取れません: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The profile %1 cannot be read and was put aside as %2: %3. Fix the file and rename it back to load it again.</source>
        <translation>プロファイル %1 を読み取れないため、%2 として退避しました: %3。ファイルを修正して元の名前に戻すと、再び読み込まれます。</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>There is no folder for profiles. Set BEAM_LAUNCHER_CONFIG_DIR to a folder you can write.</source>
        <translation>プロファイル用のフォルダーがありません。BEAM_LAUNCHER_CONFIG_DIR に書き込み可能なフォルダーを設定してください。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot create the profile folder %1. Check that you may write there, or set BEAM_LAUNCHER_CONFIG_DIR to a folder you can write.</source>
        <translation>プロファイルフォルダー %1 を作成できません。そこに書き込めるか確認するか、BEAM_LAUNCHER_CONFIG_DIR に書き込み可能なフォルダーを設定してください。</translation>
    </message>
    <message>
        <location filename="../app/profiles/ProfileLock.cpp" line="+96"/>
        <source>Another Beam Launcher (process %1 on %2) is saving profiles and holds %3. Try again; if that process no longer runs, delete the lock file.</source>
        <translation>別の Beam Launcher（%2 のプロセス %1）がプロファイルを保存中で、%3 を保持しています。もう一度試してください。そのプロセスがもう動いていない場合は、ロックファイルを削除してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The profile folder is locked by %1, which does not say which program holds it. Try again; if no Beam Launcher is saving profiles now, delete that file.</source>
        <translation>プロファイルフォルダーは %1 によってロックされていますが、どのプログラムがロックしているかはわかりません。もう一度試してください。いまプロファイルを保存している Beam Launcher がなければ、そのファイルを削除してください。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot write to the profile folder %1. Check its permissions, or set BEAM_LAUNCHER_CONFIG_DIR to a folder you can write.</source>
        <translation>プロファイルフォルダー %1 に書き込めません。アクセス権を確認するか、BEAM_LAUNCHER_CONFIG_DIR に書き込み可能なフォルダーを設定してください。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot lock the profile folder %1: no space left on the device holding the profiles. Free some space and try again.</source>
        <translation>プロファイルフォルダー %1 をロックできません。プロファイルを保存しているデバイスに空き容量がありません。空き容量を確保してから、もう一度試してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot lock the profile folder %1 for writing.</source>
        <translation>書き込みのためにプロファイルフォルダー %1 をロックできません。</translation>
    </message>
    <message>
        <source>A profile named &quot;%1&quot; already exists. Choose another name.</source>
        <translation type="vanished">「%1」という名前のプロファイルはすでに存在します。別の名前を選んでください。</translation>
    </message>
    <message>
        <source>Cannot save the profile to %1: %2. Check that you may write to the folder and that the disk is not full.</source>
        <translation type="vanished">プロファイルを %1 に保存できません: %2。フォルダーに書き込めるか、ディスクがいっぱいでないかを確認してください。</translation>
    </message>
    <message>
        <location filename="../app/profiles/ProfileStore.cpp" line="+232"/>
        <source>A profile named &quot;%1&quot; already exists. Choose another name, or delete that profile first.</source>
        <translation>「%1」という名前のプロファイルはすでに存在します。別の名前を選ぶか、先にそのプロファイルを削除してください。</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Saving the profile &quot;%1&quot;</source>
        <translation>プロファイル「%1」の保存</translation>
    </message>
    <message>
        <location line="-244"/>
        <source>There is no profile with the id &quot;%1&quot;.</source>
        <translation>ID が &quot;%1&quot; のプロファイルはありません。</translation>
    </message>
    <message>
        <location line="+270"/>
        <source>Cannot delete %1: %2. Check the folder&apos;s permissions.</source>
        <translation>%1 を削除できません: %2。フォルダーのアクセス権を確認してください。</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>A profile with the id &quot;%1&quot; exists already.</source>
        <translation>ID が「%1」のプロファイルはすでに存在します。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 (copy)</source>
        <translation>%1 (コピー)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (copy %2)</source>
        <translation>%1 (コピー %2)</translation>
    </message>
    <message>
        <source>The secrets of the copy &quot;%1&quot; could not be copied: %2</source>
        <translation type="vanished">コピー「%1」のシークレットをコピーできませんでした: %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Cannot write %1: %2.</source>
        <translation>%1 に書き込めません: %2。</translation>
    </message>
    <message>
        <location filename="../app/profiles/ProfileImport.cpp" line="+28"/>
        <source>%1 is %2 KiB; a profile file may be at most %3 KiB. Choose the .json file that `beam-launcher profiles export` (or Export Profile in the window) wrote.</source>
        <translation>%1 のサイズは %2 KiB ですが、プロファイルのファイルは最大 %3 KiB までです。`beam-launcher profiles export`（またはウィンドウの「プロファイルをエクスポート」）で書き出した .json ファイルを選んでください。</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+74"/>
        <source>a folder</source>
        <translation>フォルダー</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>a named pipe (FIFO)</source>
        <translation>名前付きパイプ（FIFO）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a socket</source>
        <translation>ソケット</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a device</source>
        <translation>デバイス</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+67"/>
        <source>not a regular file</source>
        <translation>特殊ファイル</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>%1 is %2, not a profile file: give the .json file that `beam-launcher profiles export` (or Export Profile in the window) wrote.</source>
        <translation>%1 は%2で、プロファイルのファイルではありません。`beam-launcher profiles export`（またはウィンドウの「プロファイルをエクスポート」）で書き出した .json ファイルを指定してください。</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+14"/>
        <location line="+17"/>
        <location line="+25"/>
        <source>Cannot read %1: %2.</source>
        <translation>%1 を読み取れません: %2。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The setting &quot;%1&quot; contains a NUL character: the launcher would get it cut short there. Remove it from the file and import it again.</source>
        <translation>設定「%1」に NUL 文字が含まれています。ランチャーにはそこで切り詰められた値が渡されてしまいます。ファイルからその文字を削除して、もう一度インポートしてください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A setting is %1 KiB long (it starts &quot;%2&quot;); settings may be at most %3 KiB.</source>
        <translation>ある設定の長さが %1 KiB あります（先頭は「%2」）。設定は最大 %3 KiB までです。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 is not a profile: %2</source>
        <translation>%1 はプロファイルではありません: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+4"/>
        <source>%1 was not imported: %2</source>
        <translation>%1 はインポートされませんでした: %2</translation>
    </message>
    <message>
        <location filename="../app/profiles/ProfileStore.cpp" line="+59"/>
        <source>A secret could not be removed from the keychain: %1</source>
        <translation>シークレットをキーチェーンから削除できませんでした: %1</translation>
    </message>
    <message>
        <location filename="../app/profiles/AtomicWrite.cpp" line="+55"/>
        <source>%1 failed: no space left on the device holding the profiles (%2: %3). Free some space and try again; the file on disk was kept as it was.</source>
        <translation>%1に失敗しました。プロファイルを保存しているデバイスに空き容量がありません（%2: %3）。空き容量を確保してから、もう一度試してください。ディスク上のファイルは元のまま残してあります。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 failed: cannot write %2: %3. Check that you may write to the folder; the file on disk was kept as it was.</source>
        <translation>%1に失敗しました。%2 に書き込めません: %3。そのフォルダーに書き込めるか確認してください。ディスク上のファイルは元のまま残してあります。</translation>
    </message>
    <message>
        <location filename="../app/profiles/ProfileActions.cpp" line="+185"/>
        <source>The profile &quot;%1&quot; was not duplicated: %2</source>
        <translation>プロファイル「%1」は複製されませんでした: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The profile &quot;%1&quot; was kept, with its secrets: %2</source>
        <translation>プロファイル「%1」はシークレットとともに残しました: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>its secret %1 could not be copied in the keychain. %2</source>
        <translation>シークレット %1 をキーチェーン内でコピーできませんでした。%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the secret %1 could not be removed from the keychain. %2</source>
        <translation>シークレット %1 をキーチェーンから削除できませんでした。%2</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>The secrets %1 copied for it could not be removed from the keychain again: remove the entries %2 of the service %3 with your keychain&apos;s own tool.</source>
        <translation>そのためにコピーしたシークレット %1 をキーチェーンから削除できませんでした。キーチェーン自体のツールで、サービス %3 のエントリ %2 を削除してください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Its secrets %1 could not be put back into the keychain: set them again (`beam-launcher profiles set-secret`, or the Environment variables table).</source>
        <translation>シークレット %1 をキーチェーンに戻せませんでした。もう一度設定してください（`beam-launcher profiles set-secret`、または「環境変数」の表）。</translation>
    </message>
    <message>
        <location filename="../app/profiles/RecentRuns.cpp" line="+49"/>
        <source>A run record must be a JSON object.</source>
        <translation>実行記録は JSON オブジェクトである必要があります。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The run record has no id or start time.</source>
        <translation>実行記録に ID または開始時刻がありません。</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Cannot create the folder %1 for the list of recent runs. Check that you may write there, or set BEAM_LAUNCHER_CONFIG_DIR to a folder you can write.</source>
        <translation>最近の実行の一覧を保存するフォルダー %1 を作成できません。そこに書き込めるか確認するか、BEAM_LAUNCHER_CONFIG_DIR に書き込み可能なフォルダーを設定してください。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cannot record the run in %1: %2</source>
        <translation>実行を %1 に記録できません: %2</translation>
    </message>
    <message>
        <location filename="../app/profiles/SecretStore.cpp" line="+23"/>
        <source>No keychain is available: start your desktop&apos;s keyring (GNOME Keyring, KWallet, macOS Keychain, Windows Credential Manager) or unlock it, then try again. Beam Launcher keeps secret values only in a keychain; without one, give them to the launcher through the environment yourself.</source>
        <translation>利用できるキーチェーンがありません。デスクトップのキーリング（GNOME Keyring、KWallet、macOS キーチェーン、Windows 資格情報マネージャー）を起動するかロックを解除してから、もう一度試してください。Beam Launcher はシークレットの値をキーチェーンにしか保存しません。キーチェーンがない場合は、環境変数を使って自分でランチャーに渡してください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>the keychain did not answer within %1 s</source>
        <translation>キーチェーンが %1 秒以内に応答しませんでした</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The keychain holds no value for the secret %1. Enter it again.</source>
        <translation>キーチェーンにシークレット %1 の値がありません。もう一度入力してください。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The keychain refused access to the secret %1: %2. Unlock your keyring and allow Beam Launcher to use it.</source>
        <translation>キーチェーンがシークレット %1 へのアクセスを拒否しました: %2。キーリングのロックを解除し、Beam Launcher による使用を許可してください。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The keychain failed for the secret %1: %2</source>
        <translation>シークレット %1 のキーチェーン操作に失敗しました: %2</translation>
    </message>
    <message>
        <location filename="../app/profiles/StarterProfile.cpp" line="+27"/>
        <source>Sample: word count on Prism (local)</source>
        <translation>サンプル: Prism で単語を数える（ローカル）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Counts the words of the sample&apos;s input.txt on a Prism job server that Beam Launcher starts on this computer (reachable from here only). Press Launch: both binaries are built and checked, Prism runs the worker binary through Beam&apos;s boot, and the worker&apos;s own lines show in the Worker pane. The first launch also builds Prism and boot for the sample&apos;s Beam version (a few minutes, once).</source>
        <translation>サンプルの input.txt の単語を、Beam Launcher がこのコンピューターで起動する Prism ジョブサーバー（このコンピューターからのみ接続可能）で数えます。「起動」を押すと、両方のバイナリがビルド・検査され、Prism が Beam の boot を介してワーカーのバイナリを実行し、ワーカー自身の出力行が「ワーカー」ペインに表示されます。初回の起動では、サンプルの Beam のバージョン用に Prism と boot もビルドします（初回だけ、数分かかります）。</translation>
    </message>
    <message>
        <source>Counts the words of the sample&apos;s input.txt with Beam&apos;s Prism runner inside the launcher. Press Launch: both binaries are built, checked and the job runs here, no job server needed.</source>
        <translation type="vanished">サンプルの input.txt の単語を、ランチャー内で動く Beam の Prism ランナーで数えます。「起動」を押すと、両方のバイナリがビルド・検査され、ジョブがこのコンピューターで実行されます。ジョブサーバーは不要です。</translation>
    </message>
</context>
<context>
    <name>bl::runner</name>
    <message>
        <location filename="../app/runner/LocalPrism.cpp" line="+19"/>
        <source>Prism build: %1</source>
        <translation>Prism のビルド: %1</translation>
    </message>
    <message>
        <location filename="../app/runner/ManagedPrism.cpp" line="+112"/>
        <source>No free port on 127.0.0.1 for the local Prism job server.</source>
        <translation>ローカル Prism ジョブサーバー用の空きポートが 127.0.0.1 にありません。</translation>
    </message>
    <message>
        <source>Cannot create a working folder for the local Prism job server: %1</source>
        <translation type="vanished">ローカル Prism ジョブサーバーの作業フォルダーを作成できません: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cannot create a working folder for the local Prism job server in %1: %2. Check its permissions and free space, or set BEAM_LAUNCHER_RUNNERS_DIR to another folder.</source>
        <translation>%1 にローカル Prism ジョブサーバーの作業フォルダーを作成できません: %2。権限と空き容量を確認するか、BEAM_LAUNCHER_RUNNERS_DIR に別のフォルダーを設定してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the folder cannot be locked</source>
        <translation>フォルダーをロックできません</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Starting the local Prism job server %1 (on 127.0.0.1 only)...</source>
        <translation>ローカル Prism ジョブサーバー %1 を起動しています（127.0.0.1 のみ）...</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The local Prism job server did not accept connections on %1 within %2 s.</source>
        <translation>ローカル Prism ジョブサーバーが %2 秒以内に %1 で接続を受け付けませんでした。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Local Prism job server ready at %1 (web page %2).</source>
        <translation>ローカル Prism ジョブサーバーの準備ができました: %1（Web ページ %2）。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The local Prism job server listens where other machines can reach it (%1), although it was built to listen on 127.0.0.1 only. Beam Launcher stopped it. Delete %2 so that it is built again, and report this.</source>
        <translation>ローカル Prism ジョブサーバーが、ほかのマシンから届く場所で待ち受けています（%1）。127.0.0.1 だけで待ち受けるようにビルドされたはずです。Beam Launcher はこのサーバーを停止しました。%2 を削除して再ビルドさせ、この問題を報告してください。</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>The local Prism job server %1 could not start: %2</source>
        <translation>ローカル Prism ジョブサーバー %1 を起動できませんでした: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 was not built by Beam Launcher with its loopback overlay, so it could listen on the network; it was not used. Delete %2 so that it is built again.</source>
        <translation>%1 は Beam Launcher がループバック用のオーバーレイ付きでビルドしたものではないため、ネットワークで待ち受ける可能性があります。使用しませんでした。%2 を削除して再ビルドさせてください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The local Prism job server ended on its own (exit code %1).%2</source>
        <translation>ローカル Prism ジョブサーバーが自ら終了しました（終了コード %1）。%2</translation>
    </message>
    <message>
        <location filename="../app/runner/PrismOverlay.cpp" line="+61"/>
        <source>Beam %1&apos;s %2 no longer has the code Beam Launcher changes to keep Prism on this machine only (%3 times: %4). Refusing to build a Prism that could listen on the network: use a Beam version this Beam Launcher knows (2.77), or update Beam Launcher.</source>
        <translation>Beam %1 の %2 には、Prism をこのマシン内にとどめるために Beam Launcher が変更するコードがもうありません（%3 回: %4）。ネットワークで待ち受ける可能性のある Prism はビルドしません。この Beam Launcher が知っている Beam のバージョン（2.77）を使うか、Beam Launcher を更新してください。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Beam %1&apos;s %2 still contains %3 after Beam Launcher&apos;s change (%4). Refusing to build a Prism whose workers would not start; update Beam Launcher.</source>
        <translation>Beam %1 の %2 には、Beam Launcher による変更の後も %3 が含まれています（%4）。ワーカーが起動しない Prism はビルドしません。Beam Launcher を更新してください。</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Beam %1&apos;s Prism does not listen the way Beam Launcher knows, so it cannot be sure the managed Prism stays on this machine. Refusing to build it; use Beam 2.77 or update Beam Launcher.</source>
        <translation>Beam %1 の Prism は Beam Launcher が知っている方法で待ち受けないため、管理対象の Prism がこのマシン内にとどまることを保証できません。ビルドしません。Beam 2.77 を使うか、Beam Launcher を更新してください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Listeners Beam Launcher does not know:</source>
        <translation>Beam Launcher が知らないリスナー:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Listeners Beam Launcher expected and did not find:</source>
        <translation>Beam Launcher が想定していたのに見つからなかったリスナー:</translation>
    </message>
    <message>
        <location filename="../app/runner/PrismTools.cpp" line="+126"/>
        <source>Cannot create %1.</source>
        <translation>%1 を作成できません。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Beam %1 has no %2, which Beam Launcher changes to keep Prism on this machine only. Refusing to build Prism; update Beam Launcher.</source>
        <translation>Beam %1 には、Prism をこのマシン内にとどめるために Beam Launcher が変更する %2 がありません。Prism はビルドしません。Beam Launcher を更新してください。</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+27"/>
        <location line="+4"/>
        <source>Cannot write %1.</source>
        <translation>%1 に書き込めません。</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Cannot read %1.</source>
        <translation>%1 を読み取れません。</translation>
    </message>
    <message>
        <source>go %1 failed while getting Prism %2:
%3</source>
        <translation type="vanished">Prism %2 の取得中に go %1 が失敗しました:
%3</translation>
    </message>
    <message>
        <location line="+205"/>
        <source>(Beam version unknown)</source>
        <translation>（Beam のバージョン不明）</translation>
    </message>
    <message>
        <source>The pipeline&apos;s go.mod replaces the Beam Go SDK with %1. The managed local Prism is built from a released Beam version; remove the replace directive, or start Prism yourself and give its endpoint.</source>
        <translation type="vanished">パイプラインの go.mod は Beam Go SDK を %1 で置き換えています。管理対象のローカル Prism はリリース済みの Beam のバージョンからビルドされます。replace ディレクティブを削除するか、Prism を自分で起動してそのエンドポイントを指定してください。</translation>
    </message>
    <message>
        <source>Could not tell which Beam version the pipeline uses (go list -m answered &quot;%1&quot;). Its go.mod should require %2 at a released version.</source>
        <translation type="vanished">パイプラインが使う Beam のバージョンを判別できませんでした（go list -m の応答は「%1」）。go.mod でリリース済みのバージョンの %2 を require する必要があります。</translation>
    </message>
    <message>
        <location line="+234"/>
        <source>Building Prism %1 (first use of this Beam version)...</source>
        <translation>Prism %1 をビルドしています（この Beam のバージョンでは初回）...</translation>
    </message>
    <message>
        <location line="-99"/>
        <source>Cannot create the folder %1 for Prism and boot: check its permissions and free space, or set BEAM_LAUNCHER_RUNNERS_DIR to another folder.</source>
        <translation>Prism と boot 用のフォルダー %1 を作成できません。権限と空き容量を確認するか、BEAM_LAUNCHER_RUNNERS_DIR に別のフォルダーを設定してください。</translation>
    </message>
    <message>
        <source>Cannot write the Prism build folder %1.</source>
        <translation type="vanished">Prism のビルドフォルダー %1 に書き込めません。</translation>
    </message>
    <message>
        <source>Prism %1: getting Beam&apos;s sources (go mod tidy, go mod vendor)...</source>
        <translation type="vanished">Prism %1: Beam のソースを取得しています（go mod tidy、go mod vendor）...</translation>
    </message>
    <message>
        <location line="-140"/>
        <source>go %1 failed while getting Prism %2:
%3
Check that the Go module proxy can be reached (GOPROXY) and that the pipeline&apos;s go.mod is complete (go build works in its folder), then launch again; or start Prism yourself and give its endpoint.</source>
        <translation>Prism %2 の取得中に go %1 が失敗しました:
%3
Go モジュールプロキシに接続できること（GOPROXY）と、パイプラインの go.mod が完全であること（そのフォルダーで go build が成功すること）を確認してから、もう一度起動してください。または、Prism を自分で起動してそのエンドポイントを指定してください。</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>the pipeline uses Beam %1 of the old %2 module, which has no Prism runner</source>
        <translation>パイプラインは旧モジュール %2 の Beam %1 を使っており、これには Prism ランナーがありません</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The pipeline&apos;s go.mod replaces the Beam Go SDK with %1, which Beam Launcher cannot build Prism from. Replace it with a Beam folder or a released version, or start Prism yourself and give its endpoint.</source>
        <translation>パイプラインの go.mod は Beam Go SDK を %1 で置き換えていますが、Beam Launcher はそこから Prism をビルドできません。Beam のフォルダーかリリース済みのバージョンで置き換えるか、Prism を自分で起動してそのエンドポイントを指定してください。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The pipeline&apos;s module requires no Beam Go SDK (go list -m knows neither %1 nor %2), so Beam Launcher cannot tell which Prism to run. Add the Beam version it uses to its go.mod (go get %1@latest), or start Prism yourself and give its endpoint.</source>
        <translation>パイプラインのモジュールは Beam Go SDK を require していません（go list -m は %1 も %2 も知りません）。そのため、Beam Launcher はどの Prism を実行すればよいか判断できません。使用する Beam のバージョンを go.mod に追加する（go get %1@latest）か、Prism を自分で起動してそのエンドポイントを指定してください。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The pipeline&apos;s Beam SDK cannot run its workers in a PROCESS environment: they run inside the launcher (LOOPBACK, on this machine only).</source>
        <translation>パイプラインの Beam SDK は PROCESS 環境でワーカーを実行できません。ワーカーはランチャーの中で実行されます（LOOPBACK、このマシン上のみ）。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cannot build Prism %1 (%2). Update Beam Launcher, or start Prism yourself and give its endpoint.</source>
        <translation>Prism %1 をビルドできません（%2）。Beam Launcher を更新するか、Prism を自分で起動してそのエンドポイントを指定してください。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Running the pipeline on Prism %1 with --runner universal and its worker binary: %2.</source>
        <translation>パイプラインを Prism %1 上で --runner universal とそのワーカーバイナリで実行します: %2。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Prism %1: reading Beam %1 (go mod download)...</source>
        <translation>Prism %1: Beam %1 を読み込んでいます（go mod download）...</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Beam %1 could not be downloaded (%2). Check that the pipeline&apos;s go.mod requires a published Beam version (go list -m -versions %3 lists them) and that the Go module proxy can be reached, then launch again.</source>
        <translation>Beam %1 をダウンロードできませんでした（%2）。パイプラインの go.mod が公開済みの Beam のバージョンを require していること（go list -m -versions %3 で一覧できます）と、Go モジュールプロキシに接続できることを確認してから、もう一度起動してください。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Beam %1 has no Prism runner of its own</source>
        <translation>Beam %1 には独自の Prism ランナーがありません</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot read %1 (Beam %2&apos;s go.mod).</source>
        <translation>%1（Beam %2 の go.mod）を読み取れません。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the Beam module at %1 has no Prism runner</source>
        <translation>%1 にある Beam モジュールには Prism ランナーがありません</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Local Prism: the pipeline is inside Beam&apos;s own module (%1); Prism is built from its sources.</source>
        <translation>ローカル Prism: パイプラインは Beam 自身のモジュール（%1）の中にあります。Prism はそのソースからビルドします。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot read the Beam module at %1 to build Prism from it: check its permissions.</source>
        <translation>Prism をビルドするために %1 にある Beam モジュールを読み取ることができません。権限を確認してください。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cannot read go.mod and go.sum of the Beam module at %1.</source>
        <translation>%1 にある Beam モジュールの go.mod と go.sum を読み取れません。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Building Prism from %1 (first use of these sources)...</source>
        <translation>%1 から Prism をビルドしています（このソースを初めて使用）...</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot write the Prism build folder %1: check the free space and permissions of %2.</source>
        <translation>Prism のビルドフォルダー %1 に書き込めません。%2 の空き容量と権限を確認してください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Prism %1: getting Beam&apos;s dependencies at the versions Beam pins (go mod vendor)...</source>
        <translation>Prism %1: Beam が固定しているバージョンで Beam の依存関係を取得しています（go mod vendor）...</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Prism %1: making its job service and web page listen on 127.0.0.1 only (Go -overlay)...</source>
        <translation>Prism %1: ジョブサービスと Web ページが 127.0.0.1 だけで待ち受けるようにしています（Go -overlay）...</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Prism %1 does not take Beam Launcher&apos;s changes that keep it on this machine (%2)</source>
        <translation>Prism %1 には、Prism をこのマシン内に限定する Beam Launcher の変更を適用できません（%2）</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Prism %1: compiling prism and boot (minutes the first time)...</source>
        <translation>Prism %1: prism と boot をコンパイルしています（初回は数分かかります）...</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Prism %1: checking the built programs (go version -m)...</source>
        <translation>Prism %1: ビルドしたプログラムを検査しています（go version -m）...</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The programs built for Prism %1 are not built from it (go version -m: %2). Nothing was kept; report this to Beam Launcher&apos;s developers with the Beam version.</source>
        <translation>Prism %1 用にビルドしたプログラムは、それからビルドされたものではありません（go version -m: %2）。何も保持していません。Beam のバージョンを添えて Beam Launcher の開発者に報告してください。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Could not put the built Prism into %1.</source>
        <translation>ビルドした Prism を %1 に置けませんでした。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Could not move the built Prism to %1.</source>
        <translation>ビルドした Prism を %1 に移動できませんでした。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Prism %1 and boot built in %2: %3</source>
        <translation>Prism %1 と boot を %2 でビルドしました: %3</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The built Prism %1 is missing from %2.</source>
        <translation>ビルドした Prism %1 が %2 にありません。</translation>
    </message>
</context>
<context>
    <name>bl::ui</name>
    <message>
        <location filename="../ui/BuildJobView.cpp" line="+49"/>
        <source>Launcher</source>
        <translation>ランチャー</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Worker</source>
        <translation>ワーカー</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The program that submits the pipeline, built for the machine you launch from</source>
        <translation>パイプラインを送信するプログラム。起動元のマシン向けにビルドします</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The program the runner starts on its workers, built for their platform</source>
        <translation>ランナーがワーカー上で起動するプログラム。ワーカーのプラットフォーム向けにビルドします</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 build progress</source>
        <translation>%1 のビルドの進行状況</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 build output</source>
        <translation>%1 のビルド出力</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Platform:</source>
        <translation>プラットフォーム:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State:</source>
        <translation>状態:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time:</source>
        <translation>時間:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Progress:</source>
        <translation>進行状況:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result:</source>
        <translation>結果:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Not built yet</source>
        <translation>未ビルド</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting</source>
        <translation>待機中</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../ui/SessionPresenter.cpp" line="+451"/>
        <source>Building…</source>
        <translation>ビルド中…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Succeeded</source>
        <translation>成功</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../ui/SessionPresenter.cpp" line="+32"/>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled</source>
        <translation>キャンセル済み</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>· %1 packages/s · at most about %2 s left</source>
        <translation>· %1 パッケージ/秒 · 残り最大で約 %2 秒</translation>
    </message>
    <message>
        <location line="+43"/>
        <location line="+34"/>
        <location filename="../ui/ThroughputPlot.cpp" line="+110"/>
        <location filename="../ui/WindowText.h" line="+29"/>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>this computer</source>
        <translation>このコンピューター</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1 · verified %2, cgo %3</source>
        <translation>%1 · %2 を検証済み、cgo %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+4"/>
        <source>on</source>
        <translation>オン</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+4"/>
        <source>off</source>
        <translation>オフ</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Built and verified %1 (%2, cgo %3).</source>
        <translation>%1 をビルドして検証しました（%2、cgo %3）。</translation>
    </message>
    <message>
        <location filename="../ui/GoHighlighter.cpp" line="+279"/>
        <location filename="../ui/KSyntaxAdapter.cpp" line="+89"/>
        <source>Secret value, hidden</source>
        <translation>シークレットの値（非表示）</translation>
    </message>
    <message>
        <location filename="../ui/GraphPanel.cpp" line="+123"/>
        <source>Zoom in (Ctrl++)</source>
        <translation>拡大（Ctrl++）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom out (Ctrl+-)</source>
        <translation>縮小（Ctrl+-）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit</source>
        <translation>全体表示</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fit the graph to the view (Ctrl+0)</source>
        <translation>グラフをビューに合わせる（Ctrl+0）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Redraw</source>
        <translation>再描画</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draw the graph again with the current pipeline flags</source>
        <translation>現在のパイプラインのフラグでグラフを描き直す</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>No graph yet: build the pipeline to draw it.</source>
        <translation>グラフはまだありません。パイプラインをビルドすると描画されます。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The graph could not be shown: Graphviz&apos;s output is not an SVG Qt can draw.</source>
        <translation>グラフを表示できませんでした。Graphviz の出力が Qt で描画できる SVG ではありません。</translation>
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
        <translation>表示</translation>
    </message>
    <message>
        <location filename="../ui/ProfilesPanel.cpp" line="+155"/>
        <source>Profiles cannot be saved: %1</source>
        <translation>プロファイルを保存できません: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Try the sample: select &quot;%1&quot; and press Launch.</source>
        <translation>サンプルを試してみましょう。「%1」を選んで「起動」を押してください。</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>&amp;New Profile</source>
        <translation>新しいプロファイル(&amp;N)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start a new profile (Ctrl+N)</source>
        <translation>新しいプロファイルを作成 (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open Pipeline Folder…</source>
        <translation>パイプラインフォルダーを開く(&amp;O)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a pipeline folder and make a profile for it (Ctrl+O)</source>
        <translation>パイプラインフォルダーを選んでプロファイルを作成 (Ctrl+O)</translation>
    </message>
    <message>
        <location filename="../ui/ProfileEditor.cpp" line="+498"/>
        <location filename="../ui/ProfilesPanel.cpp" line="+2"/>
        <source>Choose the pipeline&apos;s package folder</source>
        <translation>パイプラインのパッケージフォルダーを選択</translation>
    </message>
    <message>
        <location filename="../ui/ProfilesPanel.cpp" line="+6"/>
        <source>&amp;Delete Profile</source>
        <translation>プロファイルを削除(&amp;D)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the selected profile and its secrets</source>
        <translation>選択したプロファイルとそのシークレットを削除</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>D&amp;uplicate Profile</source>
        <translation>プロファイルを複製(&amp;U)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the selected profile, its secrets included</source>
        <translation>選択したプロファイルをシークレットも含めて複製します</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Export Profile…</source>
        <translation>プロファイルをエクスポート(&amp;E)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the selected profile to a file to share it: secret values are left out</source>
        <translation>選択したプロファイルを共有用にファイルへ書き出します。シークレットの値は含まれません</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Import Profile…</source>
        <translation>プロファイルをインポート(&amp;I)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a profile from a file someone shared</source>
        <translation>共有されたファイルからプロファイルを追加します</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="-479"/>
        <source>Graph</source>
        <translation>グラフ</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Stalled Jobs</source>
        <translation>停滞したジョブ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offer to cancel a job on the local Prism that has been RUNNING with no worker alive and no progress for this many seconds (0: never):</source>
        <translation>ローカル Prism 上のジョブが、動いているワーカーも進捗もないままこの秒数のあいだ RUNNING であれば、キャンセルを提案します（0: 提案しない）:</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>&amp;Build</source>
        <translation>ビルド(&amp;B)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Launch</source>
        <translation>起動(&amp;L)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Stop</source>
        <translation>停止(&amp;S)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stop the build or the launched job and everything it started (Shift+F5)</source>
        <translation>ビルドまたは起動したジョブと、それが起動したすべてのプロセスを停止 (Shift+F5)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Build &amp;Ahead</source>
        <translation>事前ビルド(&amp;A)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep the shown profile&apos;s binaries built while you edit (in the background, at low priority), so that Launch starts them at once</source>
        <translation>編集中も表示中のプロファイルのバイナリをビルド済みに保ち（バックグラウンドで低い優先度で実行）、「起動」ですぐに開始できるようにする</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stalled Job &amp;Warning…</source>
        <translation>停滞ジョブの警告(&amp;W)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How long a job on the local Prism may run with no worker and no progress before the window offers to cancel it</source>
        <translation>ローカル Prism 上のジョブがワーカーも進捗もないまま実行できる時間。これを過ぎるとウィンドウがキャンセルを提案します</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Notify When a Job Ends</source>
        <translation>ジョブ終了時に通知(&amp;N)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>When a launched job ends while this window is not active, say so in a desktop notification; show the launch&apos;s progress on the taskbar</source>
        <translation>このウィンドウがアクティブでないときに起動したジョブが終了したら、デスクトップ通知で知らせ、起動の進行状況をタスクバーに表示します</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Run</source>
        <translation>実行(&amp;R)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Recent &amp;Runs</source>
        <translation>最近の実行(&amp;R)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Beam Launcher</source>
        <translation>Beam Launcher について(&amp;A)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Main</source>
        <translation>メイン</translation>
    </message>
    <message>
        <location line="+141"/>
        <source>Stop the job</source>
        <translation>ジョブの停止</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is running. Cancel it on the runner, or leave it running there and stop only the launcher?</source>
        <translation>%1 は実行中です。ランナー上でキャンセルしますか？ それともランナー上では実行したままにして、ランチャーだけを停止しますか？</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel the job</source>
        <translation>ジョブをキャンセル</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Leave it running</source>
        <translation>実行したままにする</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keep watching</source>
        <translation>監視を続ける</translation>
    </message>
    <message>
        <location line="+137"/>
        <source>Took %1.</source>
        <translation>所要時間: %1。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Job %1. %2</source>
        <translation>ジョブ %1。%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/EditorPane.cpp" line="+72"/>
        <source>Launch a Beam Go pipeline</source>
        <translation>Beam Go パイプラインを起動</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Drop your pipeline&apos;s folder anywhere on this window,
or choose it here. Beam Launcher builds the launcher for this computer
and the worker for Linux, checks both, and runs your pipeline.</source>
        <translation>パイプラインのフォルダーをこのウィンドウのどこかにドロップするか、
ここで選んでください。Beam Launcher はこのコンピューター向けのランチャーと
Linux 向けのワーカーをビルドし、両方を検査してからパイプラインを実行します。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open Pipeline Folder…</source>
        <translation>パイプラインフォルダーを開く…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New Profile</source>
        <translation>新しいプロファイル</translation>
    </message>
    <message>
        <location filename="../ui/ProfilesPanel.cpp" line="-88"/>
        <source>&amp;Profiles</source>
        <translation>プロファイル(&amp;P)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Profiles</source>
        <translation>プロファイル</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your saved launch set-ups. Drop a pipeline folder to add one.</source>
        <translation>保存した起動設定です。パイプラインフォルダーをドロップすると追加できます。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>New</source>
        <translation>新規</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New profile</source>
        <translation>新しいプロファイル</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+232"/>
        <source>Delete profile</source>
        <translation>プロファイルを削除</translation>
    </message>
    <message>
        <location filename="../ui/OutputPanel.cpp" line="+58"/>
        <source>Build ahead keeps the shown profile&apos;s binaries built while you edit, so that Launch starts them at once (Run menu: Build Ahead turns it off).</source>
        <translation>事前ビルドは、編集中も表示中のプロファイルのバイナリをビルド済みに保ち、「起動」ですぐに開始できるようにします（「実行」メニューの「事前ビルド」でオフにできます）。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Build</source>
        <translation>ビルド</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+11"/>
        <location line="+57"/>
        <source>Problems</source>
        <translation>問題</translation>
    </message>
    <message>
        <location line="-65"/>
        <source>Source</source>
        <translation>ソース</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Workers</source>
        <translation>ワーカー</translation>
    </message>
    <message>
        <location filename="../ui/RunView.cpp" line="+21"/>
        <source>Nothing launched yet. Press Launch (F5): it builds both binaries first.</source>
        <translation>まだ何も起動していません。「起動」(F5) を押すと、まず両方のバイナリをビルドします。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Run output</source>
        <translation>実行の出力</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Job status</source>
        <translation>ジョブの状態</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The job&apos;s id and state as the launcher reports them, and the runner&apos;s web page when it has one.</source>
        <translation>ランチャーが報告するジョブの ID と状態、およびランナーの Web ページ（ある場合）です。</translation>
    </message>
    <message>
        <location filename="../ui/OutputPanel.cpp" line="-4"/>
        <source>Run</source>
        <translation>実行</translation>
    </message>
    <message>
        <location filename="../ui/SessionPresenter.cpp" line="-448"/>
        <location line="+410"/>
        <source>Ready</source>
        <translation>準備完了</translation>
    </message>
    <message>
        <location line="-397"/>
        <source>Progress</source>
        <translation>進行状況</translation>
    </message>
    <message>
        <location filename="../ui/GoBanner.cpp" line="+48"/>
        <source>&lt;b&gt;Go was not found.&lt;/b&gt; %1&lt;br&gt;Install Go 1.%2 or newer from &lt;a href=&quot;https://go.dev/dl/&quot;&gt;go.dev/dl&lt;/a&gt; and start Beam Launcher again. You can still edit profiles; Build and Launch need Go.</source>
        <translation>&lt;b&gt;Go が見つかりません。&lt;/b&gt; %1&lt;br&gt;&lt;a href=&quot;https://go.dev/dl/&quot;&gt;go.dev/dl&lt;/a&gt; から Go 1.%2 以降をインストールして、Beam Launcher を起動し直してください。プロファイルは編集できますが、ビルドと起動には Go が必要です。</translation>
    </message>
    <message>
        <location filename="../ui/ProfilesPanel.cpp" line="-76"/>
        <source>New pipeline</source>
        <translation>新しいパイプライン</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pipeline</source>
        <translation>パイプライン</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot create the profile</source>
        <translation>プロファイルを作成できません</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 does not exist.</source>
        <translation>%1 は存在しません。</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Several folders</source>
        <translation>複数のフォルダー</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Make one new profile for each of these %n folder(s)?

%1</source>
        <translation>
            <numerusform>これら %n 個のフォルダーそれぞれに新しいプロファイルを作成しますか？

%1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Delete the profile &quot;%1&quot;? Its secrets are removed from the keychain too.</source>
        <translation>プロファイル「%1」を削除しますか？ シークレットもキーチェーンから削除されます。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cannot delete the profile</source>
        <translation>プロファイルを削除できません</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Cannot duplicate the profile</source>
        <translation>プロファイルを複製できません</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Export profile</source>
        <translation>プロファイルのエクスポート</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+18"/>
        <source>Beam Launcher profiles (*.json)</source>
        <translation>Beam Launcher プロファイル (*.json)</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Cannot export the profile</source>
        <translation>プロファイルをエクスポートできません</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Exported to %1.</source>
        <translation>%1 にエクスポートしました。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exported to %1 without the values of its secrets (%2).</source>
        <translation>%1 にエクスポートしました（シークレット %2 の値は含みません）。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Import profile</source>
        <translation>プロファイルのインポート</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+14"/>
        <source>Cannot import the profile</source>
        <translation>プロファイルをインポートできません</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Import a profile that names programs?</source>
        <translation>プログラムを指定しているプロファイルをインポートしますか？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The profile &quot;%1&quot; names programs or folders outside the pipeline, which a launch would use:

%2

Import it only if you trust them. Import it?</source>
        <translation>プロファイル「%1」は、起動時に使われるパイプライン外のプログラムまたはフォルダーを指定しています:

%2

それらを信頼できる場合にのみインポートしてください。インポートしますか？</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Secrets needed</source>
        <translation>シークレットが必要です</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The profile &quot;%1&quot; needs values for its secrets %2. Type them into the Environment variables table: they are kept in your keychain, not in the profile.</source>
        <translation>プロファイル「%1」にはシークレット %2 の値が必要です。環境変数の表に入力してください。値はプロファイルではなくキーチェーンに保存されます。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Give the profile a name.</source>
        <translation>プロファイルに名前を付けてください。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Another profile is called &quot;%1&quot;: choose another name.</source>
        <translation>「%1」という名前のプロファイルがすでにあります。別の名前を選んでください。</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Use the programs this profile names?</source>
        <translation>このプロファイルが指定するプログラムを使いますか？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The profile &quot;%1&quot; was imported and names programs or folders outside the pipeline that this would use:

%2

Use them only if you trust them. Use them, now and until they change?</source>
        <translation>プロファイル「%1」はインポートされたもので、この操作で使われるパイプライン外のプログラムまたはフォルダーを指定しています:

%2

それらを信頼できる場合にのみ使ってください。今回と、それらが変わるまでの間、使いますか？</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the programs and folders the profile names were not accepted.</source>
        <translation>プロファイルが指定するプログラムとフォルダーは承認されませんでした。</translation>
    </message>
    <message>
        <location line="-421"/>
        <source>The profile was not saved: %1</source>
        <translation>プロファイルは保存されませんでした: %1</translation>
    </message>
    <message>
        <location line="+361"/>
        <source>Another Beam Launcher is saving profiles: this one is saved right after it.</source>
        <translation>別の Beam Launcher がプロファイルを保存中です。このプロファイルはその直後に保存されます。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The secret %1 was not saved in the keychain: %2</source>
        <translation>シークレット %1 はキーチェーンに保存されませんでした: %2</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="-209"/>
        <location line="+49"/>
        <location line="+55"/>
        <source>Go is needed: %1</source>
        <translation>Go が必要です: %1</translation>
    </message>
    <message>
        <location line="-102"/>
        <source>Drop a pipeline folder on the window or press New Profile first.</source>
        <translation>先にパイプラインフォルダーをウィンドウにドロップするか、「新しいプロファイル」を押してください。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Build the launcher and the worker side by side (Ctrl+B)</source>
        <translation>ランチャーとワーカーを並行してビルド (Ctrl+B)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+33"/>
        <location line="+8"/>
        <source>Cannot build: %1</source>
        <translation>ビルドできません: %1</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>Build both binaries, then launch the pipeline (F5)</source>
        <translation>両方のバイナリをビルドしてからパイプラインを起動 (F5)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+31"/>
        <location line="+8"/>
        <source>Cannot launch: %1</source>
        <translation>起動できません: %1</translation>
    </message>
    <message>
        <location filename="../ui/SessionPresenter.cpp" line="+108"/>
        <source>Stopped before the launch.</source>
        <translation>起動前に停止しました。</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>Secrets missing</source>
        <translation>シークレットがありません</translation>
    </message>
    <message>
        <source>Waiting for the build ahead, which is building these very sources; then %1.</source>
        <translation type="vanished">事前ビルドがちょうどこのソースをビルドしているので、その完了を待っています。その後、%1。</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>the launch starts</source>
        <translation>起動を開始します</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the build is checked</source>
        <translation>ビルドを確認します</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting for the build ahead, which is checking these very binaries; then %1.</source>
        <translation>まさにこれらのバイナリを検証している先行ビルドを待っています。その後 %1。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The build ahead of these binaries ran at low priority: it goes on at normal priority (go build starts again and keeps what it compiled).</source>
        <translation>これらのバイナリの先行ビルドは低優先度で実行されていました。通常の優先度で続行します（go build は再開し、コンパイル済みのものを保持します）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stopping the build ahead first…</source>
        <translation>先に事前ビルドを停止しています…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The secret variables %1 have no value.</source>
        <translation>シークレット変数 %1 に値がありません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reading secrets from the keychain…</source>
        <translation>キーチェーンからシークレットを読み取っています…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The secret %1 has no value in the keychain: type its value in the environment table.</source>
        <translation>シークレット %1 の値がキーチェーンにありません。環境変数の表に値を入力してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The secret %1 could not be read: %2</source>
        <translation>シークレット %1 を読み取れませんでした: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The system keychain is not available, and this profile needs secrets from it. Nothing was launched.

%1</source>
        <translation>システムのキーチェーンを利用できませんが、このプロファイルにはキーチェーンのシークレットが必要です。何も起動していません。

%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Secrets unavailable</source>
        <translation>シークレットを利用できません</translation>
    </message>
    <message>
        <location filename="../ui/RunView.cpp" line="+11"/>
        <source>Building before the launch…</source>
        <translation>起動前にビルドしています…</translation>
    </message>
    <message>
        <location filename="../ui/SessionPresenter.cpp" line="+77"/>
        <location line="+32"/>
        <source>Warning: %1</source>
        <translation>警告: %1</translation>
    </message>
    <message>
        <location filename="../ui/OutputPanel.cpp" line="+70"/>
        <source>Problems (%1)</source>
        <translation>問題 (%1)</translation>
    </message>
    <message>
        <location filename="../ui/RunView.cpp" line="+5"/>
        <source>Running: %1</source>
        <translation>実行中: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>$ %1</source>
        <translation>$ %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Job &lt;b&gt;%1&lt;/b&gt;: &lt;span style=&quot;color:%2&quot;&gt;&lt;b&gt;%3&lt;/b&gt;&lt;/span&gt;</source>
        <translation>ジョブ &lt;b&gt;%1&lt;/b&gt;: &lt;span style=&quot;color:%2&quot;&gt;&lt;b&gt;%3&lt;/b&gt;&lt;/span&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>submitted</source>
        <translation>送信済み</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the runner&apos;s web page</source>
        <translation>ランナーの Web ページを開く</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The launcher exited with code %1 after %2.</source>
        <translation>ランチャーは %2 後に終了コード %1 で終了しました。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stopped after %1: the launcher and everything it started were ended.</source>
        <translation>%1 後に停止しました。ランチャーと、ランチャーが起動したすべてのプロセスを終了しました。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The launcher crashed after %1: %2</source>
        <translation>ランチャーは %1 後にクラッシュしました: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The launcher did not start: %1</source>
        <translation>ランチャーを起動できませんでした: %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="+38"/>
        <location filename="../ui/RunView.cpp" line="+4"/>
        <source>Log: %1</source>
        <translation>ログ: %1</translation>
    </message>
    <message>
        <location filename="../ui/SessionPresenter.cpp" line="+131"/>
        <source>Both binaries are built and verified (%1).</source>
        <translation>両方のバイナリをビルドして検証しました（%1）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The pipeline ran to its end (exit code 0, %1).</source>
        <translation>パイプラインは最後まで実行されました（終了コード 0、%1）。</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>This run was not recorded: %1</source>
        <translation>この実行は記録されませんでした: %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="-11"/>
        <source>No runs yet</source>
        <translation>まだ実行履歴はありません</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ok</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>exit %1</source>
        <translation>終了コード %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run again: %1 (%2, %3, %4)</source>
        <translation>再実行: %1（%2、%3、%4）</translation>
    </message>
    <message>
        <location filename="../ui/SessionPresenter.cpp" line="-226"/>
        <source>Job %1 on %2</source>
        <translation>%2 のジョブ %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Stopped before the launch; the build ahead goes on.</source>
        <translation>起動前に停止しました。事前ビルドは続行します。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Building at normal priority: the build ahead of these binaries ran at low priority; what it compiled is kept.</source>
        <translation>通常の優先度でビルド中: これらのバイナリの先行ビルドは低優先度で実行されていました。コンパイル済みのものは保持されます。</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Job Stalled</source>
        <translation>ジョブが停滞しています</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel the job on the runner, or keep waiting?</source>
        <translation>ランナー上のジョブをキャンセルしますか、それとも待ち続けますか？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel the Job</source>
        <translation>ジョブをキャンセル</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keep Waiting</source>
        <translation>待ち続ける</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Build ahead: %1</source>
        <translation>事前ビルド: %1</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>Reading secrets…</source>
        <translation>シークレットを読み取り中…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting for the build ahead…</source>
        <translation>事前ビルドを待っています…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Checking…</source>
        <translation>確認中…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Building… %1 of about %2 packages</source>
        <translation>ビルド中… 約 %2 個のパッケージのうち %1 個</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Running…</source>
        <translation>実行中…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Built</source>
        <translation>ビルド済み</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Finished</source>
        <translation>完了</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stopped</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="+32"/>
        <source>&lt;h3&gt;Beam Launcher %1&lt;/h3&gt;&lt;p&gt;Builds an Apache Beam Go pipeline for your computer and for the runner&apos;s workers at the same time, checks both binaries and launches the pipeline.&lt;/p&gt;&lt;p&gt;Qt %2 (built with %3)&lt;br&gt;Go: %4&lt;br&gt;Highlighting: %5&lt;/p&gt;&lt;p&gt;Licensed under the Apache License 2.0.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Beam Launcher %1&lt;/h3&gt;&lt;p&gt;Apache Beam Go パイプラインを、お使いのコンピューター向けとランナーのワーカー向けに同時にビルドし、両方のバイナリを検査してからパイプラインを起動します。&lt;/p&gt;&lt;p&gt;Qt %2（%3 でビルド）&lt;br&gt;Go: %4&lt;br&gt;構文ハイライト: %5&lt;/p&gt;&lt;p&gt;Apache License 2.0 のもとでライセンスされています。&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>checking…</source>
        <translation>確認中…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not found</source>
        <translation>見つかりません</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About Beam Launcher</source>
        <translation>Beam Launcher について</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+9"/>
        <source>Quit Beam Launcher</source>
        <translation>Beam Launcher を終了</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>%1 is running. Cancel it on the runner and quit, or leave it running there and quit?</source>
        <translation>%1 は実行中です。ランナー上でキャンセルして終了しますか？ それともランナー上では実行したままにして終了しますか？</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel the job and quit</source>
        <translation>ジョブをキャンセルして終了</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Leave it running and quit</source>
        <translation>実行したままにして終了</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Don&apos;t quit</source>
        <translation>終了しない</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A job is still running. Stop it and everything it started, and quit?</source>
        <translation>ジョブがまだ実行中です。ジョブと、それが起動したすべてのプロセスを停止して終了しますか？</translation>
    </message>
    <message>
        <location filename="../ui/WorkerView.cpp" line="+18"/>
        <source>The workers&apos; own output shows here once a job runs.</source>
        <translation>ジョブが実行されると、ワーカー自身の出力がここに表示されます。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Worker output</source>
        <translation>ワーカーの出力</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The workers of the local Prism job server: their stdout, stderr and SDK log entries (level, transform, time).</source>
        <translation>ローカル Prism ジョブサーバーのワーカーの stdout、stderr、SDK のログエントリ（レベル、トランスフォーム、時刻）です。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dataflow keeps its workers&apos; logs in Cloud Logging: &lt;a href=&quot;%1&quot;&gt;open the Logs Explorer&lt;/a&gt; and filter by the job id. The job&apos;s messages show here.</source>
        <translation>Dataflow はワーカーのログを Cloud Logging に保存します。&lt;a href=&quot;%1&quot;&gt;ログ エクスプローラを開き&lt;/a&gt;、ジョブ ID で絞り込んでください。ジョブのメッセージはここに表示されます。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The workers run inside the launcher (LOOPBACK): their lines are in the Run view.</source>
        <translation>ワーカーはランチャーの中で動きます（LOOPBACK）。その出力行は「実行」ビューにあります。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On Flink the workers&apos; lines go to the TaskManagers&apos; logs: they show here from Flink&apos;s REST API at %1 (the runner option flink_rest_address) while the job runs. When it does not answer, they are in Flink&apos;s web page (Task Managers, Logs) or each TaskManager&apos;s log folder.</source>
        <translation>Flink では、ワーカーの出力行は TaskManager のログに出力されます。ジョブの実行中は、%1 の Flink REST API（ランナーオプション flink_rest_address）から取得してここに表示します。応答がない場合は、Flink の Web ページ（Task Managers、Logs）または各 TaskManager のログフォルダーにあります。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The workers run inside the launcher (LOOPBACK): their lines are in the Run view; the job service&apos;s messages show here.</source>
        <translation>ワーカーはランチャーの中で動きます（LOOPBACK）。その出力行は「実行」ビューにあり、ジョブサービスのメッセージはここに表示されます。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The job service at %1 keeps its workers&apos; output in its own log; its messages about the job show here.</source>
        <translation>%1 のジョブサービスは、ワーカーの出力を自身のログに保存します。ジョブに関するジョブサービスのメッセージはここに表示されます。</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>[job %1] %2 %3</source>
        <translation>[ジョブ %1] %2 %3</translation>
    </message>
    <message>
        <location filename="../ui/PipelineFolderResolver.cpp" line="+65"/>
        <source>Looking for Beam pipelines in %1…</source>
        <translation>%1 の中で Beam パイプラインを探しています…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Using the pipeline %1 (%2), the only one in %3.</source>
        <translation>パイプライン %1（%2）を使います。%3 にあるのはこのパイプラインだけです。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Using the pipeline %1 (%2).</source>
        <translation>パイプライン %1（%2）を使います。</translation>
    </message>
    <message>
        <location filename="../ui/PipelineViews.cpp" line="+45"/>
        <location line="+73"/>
        <source>Build the pipeline (Ctrl+B) to list its options here; until then its flags are typed as text below.</source>
        <translation>パイプラインをビルドすると（Ctrl+B）、そのオプションがここに一覧表示されます。それまではフラグを下にテキストで入力します。</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>The launcher for this machine was not built: %1</source>
        <translation>このマシン向けのランチャーはビルドされませんでした: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Building the launcher for this machine: %1 (%2 s)</source>
        <translation>このマシン用のランチャーをビルド中: %1（%2 秒）</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Profile</source>
        <translation>プロファイル</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Options</source>
        <translation>オプション</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Reading the pipeline&apos;s options from its launcher…</source>
        <translation>パイプラインのオプションをランチャーから読み取っています…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The options could not be read (%1). The pipeline flags typed below are used as they are.</source>
        <translation>オプションを読み取れませんでした（%1）。下に入力したパイプラインのフラグがそのまま使われます。</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n option(s) of %1, read from its launcher.</source>
        <translation>
            <numerusform>%1 のオプション %n 個（ランチャーから読み取り）。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Its own flags are told from Beam&apos;s by name only (%1): flags of a Beam release newer than 2.77 may be listed as the pipeline&apos;s.</source>
        <translation>パイプライン自身のフラグと Beam のフラグは名前だけで区別しています（%1）。2.77 より新しい Beam リリースのフラグがパイプラインのフラグとして表示される場合があります。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Drawing the pipeline&apos;s graph…</source>
        <translation>パイプラインのグラフを描画しています…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No graph: %1</source>
        <translation>グラフなし: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The graph could not be read: %1</source>
        <translation>グラフを読み取れませんでした: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The pipeline&apos;s graph is drawn.</source>
        <translation>パイプラインのグラフを描画しました。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The pipeline is being built or run; its graph is drawn again after the build.</source>
        <translation>パイプラインはビルド中または実行中です。グラフはビルドの後で描き直されます。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No graph yet: choose a pipeline folder (and install Go) first.</source>
        <translation>グラフはまだありません。先にパイプラインのフォルダーを選んでください（Go のインストールも必要です）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The launcher is built for another platform: its graph cannot be drawn here.</source>
        <translation>ランチャーは別のプラットフォーム向けにビルドされているため、ここではグラフを描画できません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Building the launcher for this machine…</source>
        <translation>このマシン向けのランチャーをビルドしています…</translation>
    </message>
    <message>
        <location filename="../ui/JobsModel.cpp" line="+111"/>
        <source>In this state since %1</source>
        <translation>%1 からこの状態です</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Job</source>
        <translation>ジョブ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Since</source>
        <translation>開始</translation>
    </message>
    <message>
        <location filename="../ui/JobsPanel.cpp" line="+41"/>
        <location line="+517"/>
        <source>Cancel Job</source>
        <translation>ジョブをキャンセル</translation>
    </message>
    <message>
        <location line="-496"/>
        <source>Ask the runner to cancel the selected job</source>
        <translation>選択したジョブのキャンセルをランナーに依頼します</translation>
    </message>
    <message>
        <location line="+16"/>
        <location filename="../ui/MainWindow.cpp" line="-429"/>
        <source>Jobs</source>
        <translation>ジョブ</translation>
    </message>
    <message>
        <location filename="../ui/JobCountersView.cpp" line="+84"/>
        <source>Bytes (sampled)</source>
        <translation>バイト（サンプル）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time (ms)</source>
        <translation>時間（ミリ秒）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start (ms)</source>
        <translation>開始（ミリ秒）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Process (ms)</source>
        <translation>処理（ミリ秒）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finish (ms)</source>
        <translation>終了（ミリ秒）</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Counter</source>
        <translation>カウンター</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../ui/OptionsPanel.cpp" line="+65"/>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>%1
Counted on PCollection %2 of step %3</source>
        <translation>%1
ステップ %3 の PCollection %2 で計数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1
Transform %2</source>
        <translation>%1
トランスフォーム %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1, as the runner labels it (the job&apos;s pipeline is not known)</source>
        <translation>%1（ランナーのラベル。ジョブのパイプラインは不明）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: the runner&apos;s own label, not a step of the job&apos;s pipeline</source>
        <translation>%1: ランナー独自のラベルで、ジョブのパイプラインのステップではありません</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (committed)</source>
        <translation>%1（確定）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 (attempted)</source>
        <translation>%1（試行）</translation>
    </message>
    <message>
        <source>Transform</source>
        <translation type="vanished">Transform</translation>
    </message>
    <message>
        <location filename="../ui/JobsPanel.cpp" line="+3"/>
        <source>Counters of the selected job</source>
        <translation>選択したジョブのカウンター</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The runner did not confirm within %1 s that job %2 is cancelled (last state: %3). It may still be running: see %4.</source>
        <translation>ランナーは %1 秒以内にジョブ %2 のキャンセルを確認しませんでした（最後の状態: %3）。まだ実行中かもしれません: %4 を確認してください。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No profile is shown.</source>
        <translation>プロファイルが表示されていません。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This profile starts a Prism job server of its own for each launch; its job is followed in the Run and Workers tabs while it runs.</source>
        <translation>このプロファイルは起動ごとに専用の Prism ジョブサーバーを開始します。実行中のジョブは「実行」タブと「ワーカー」タブで追跡されます。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The runner %1 has no Beam job service to list jobs from.</source>
        <translation>ランナー %1 には、ジョブを一覧表示できる Beam ジョブサービスがありません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This profile has no job service endpoint (the runner runs in the launcher); its jobs are only in the Run tab.</source>
        <translation>このプロファイルにはジョブサービスのエンドポイントがありません（ランナーはランチャー内で動作します）。ジョブは「実行」タブにのみ表示されます。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The endpoint is not HOST:PORT: %1</source>
        <translation>エンドポイントが HOST:PORT 形式ではありません: %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Runner&apos;s web page</source>
        <translation>ランナーの Web ページ</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Asking the job service at %1…</source>
        <translation>%1 のジョブサービスに問い合わせています…</translation>
    </message>
    <message numerus="yes">
        <location line="+31"/>
        <source>%n job(s) on the job service at %1.</source>
        <translation>
            <numerusform>%1 のジョブサービスにジョブが %n 件あります。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+27"/>
        <source>No job service answers at %1: %2. The list comes back when it does.</source>
        <translation>%1 でジョブサービスが応答しません: %2。応答があれば一覧が戻ります。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>This job service gives no counters.</source>
        <translation>このジョブサービスはカウンターを提供しません。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The runner did not cancel job %1: %2</source>
        <translation>ランナーはジョブ %1 をキャンセルしませんでした: %2</translation>
    </message>
    <message>
        <location line="+145"/>
        <location filename="../ui/ThroughputPlot.cpp" line="-50"/>
        <source>Select a job to see its throughput.</source>
        <translation>ジョブを選択すると、そのスループットを表示します。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Job %1 ended before this window followed it: no throughput line.</source>
        <translation>ジョブ %1 はこのウィンドウが追跡を始める前に終了しました。スループットの線はありません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Job %1 waits for its throughput to be followed (at most %2 jobs at once).</source>
        <translation>ジョブ %1 はスループットの追跡を待っています（同時に追跡するのは最大 %2 ジョブ）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This job service gives no counters: no throughput line.</source>
        <translation>このジョブサービスはカウンターを提供しません。スループットの線はありません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Following the throughput of job %1…</source>
        <translation>ジョブ %1 のスループットを追跡しています…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The runner gave no element counts for job %1: no throughput line.</source>
        <translation>ランナーからジョブ %1 の要素数が得られませんでした。スループットの線はありません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No element counts from the runner for job %1 yet.</source>
        <translation>ランナーからジョブ %1 の要素数はまだ得られていません。</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Cancel job %1 (%2) on the runner? It stops the job and all its work.</source>
        <translation>ランナー上のジョブ %1（%2）をキャンセルしますか？ジョブとそのすべての処理が停止します。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancelling job %1…</source>
        <translation>ジョブ %1 をキャンセルしています…</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The runner did not confirm that job %1 is cancelled: %2. It may still be running: see %3.</source>
        <translation>ランナーはジョブ %1 のキャンセルを確認しませんでした: %2。まだ実行中かもしれません: %3 を確認してください。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Job %1 is cancelled.</source>
        <translation>ジョブ %1 はキャンセルされました。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Job %1 ended %2, not CANCELLED.</source>
        <translation>ジョブ %1 は CANCELLED ではなく %2 で終了しました。</translation>
    </message>
    <message>
        <location filename="../ui/JobGraphView.cpp" line="+48"/>
        <source>Pipeline graph</source>
        <translation>パイプラインのグラフ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the graph drawn before the run (Beam&apos;s dot runner)</source>
        <translation>実行前に描画したグラフを表示（Beam の dot ランナー）</translation>
    </message>
    <message>
        <location filename="../ui/JobCountersView.cpp" line="-90"/>
        <location filename="../ui/JobGraphView.cpp" line="+6"/>
        <source>Step</source>
        <translation>ステップ</translation>
    </message>
    <message>
        <location line="-21"/>
        <location filename="../ui/JobGraphView.cpp" line="+0"/>
        <source>Elements</source>
        <translation>要素数</translation>
    </message>
    <message>
        <location filename="../ui/JobGraphView.cpp" line="+0"/>
        <source>Time</source>
        <translation>時間</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Uncheck a composite step to draw it as one box</source>
        <translation>複合ステップのチェックを外すと、1 つのボックスとして描画します</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>This runner gives no metrics for the job (%1): the graph is drawn without numbers.</source>
        <translation>このランナーはジョブのメトリクスを提供しません（%1）。グラフは数値なしで描画します。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>the job service gave an empty pipeline</source>
        <translation>ジョブサービスが空のパイプラインを返しました</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>This runner gives no element counts or step times for the job%1: the graph is drawn without numbers.</source>
        <translation>このランナーからはジョブの要素数とステップ時間が得られません%1。グラフは数値なしで描画します。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (yet)</source>
        <translation> （現時点では）</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>%1 (among the busiest steps)</source>
        <translation>%1（最も負荷の高いステップの 1 つ）</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Graphviz&apos;s output is not an SVG Qt can draw.</source>
        <translation>Graphviz の出力は、Qt で描画できる SVG ではありません。</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>No job shown: launch a job on a job service, or select one in the Jobs tab.</source>
        <translation>表示中のジョブはありません。ジョブサービスでジョブを起動するか、「ジョブ」タブでジョブを選択してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Job %1: its pipeline could not be read: %2</source>
        <translation>ジョブ %1: パイプラインを読み取れませんでした: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Job %1: asking %2 for its pipeline…</source>
        <translation>ジョブ %1: %2 にパイプラインを問い合わせています…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Job %1%2 on %3: %4 steps, numbers refreshed every second.</source>
        <translation>%3 のジョブ %1%2: %4 ステップ。数値は毎秒更新されます。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Job %1%2 on %3: %4 steps.</source>
        <translation>%3 のジョブ %1%2: %4 ステップ。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Busiest: %1.</source>
        <translation>最も負荷の高いステップ: %1。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The job service does not answer: the numbers are the last it gave.</source>
        <translation>ジョブサービスが応答しません。表示中の数値は最後に受け取ったものです。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The graph could not be drawn: %1</source>
        <translation>グラフを描画できませんでした: %1</translation>
    </message>
    <message>
        <location filename="../ui/OptionsPanel.cpp" line="+0"/>
        <source>Option</source>
        <translation>オプション</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type</source>
        <translation>型</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Default</source>
        <translation>既定値</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--flag=value ... (flags the table does not show)</source>
        <translation>--flag=value ...（表に表示されないフラグ）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>More flags:</source>
        <translation>その他のフラグ:</translation>
    </message>
    <message>
        <location line="+107"/>
        <location line="+89"/>
        <source>Reset</source>
        <translation>リセット</translation>
    </message>
    <message>
        <location line="-88"/>
        <source>Back to the default, %1</source>
        <translation>既定値 %1 に戻す</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+54"/>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message numerus="yes">
        <location line="+46"/>
        <source>The pipeline defines no flag %1: Go&apos;s flag package will refuse it.</source>
        <translation>
            <numerusform>パイプラインはフラグ %1 を定義していません。Go の flag パッケージはこれを拒否します。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/OutputPane.cpp" line="+73"/>
        <source>Find…</source>
        <translation>検索…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Find Next</source>
        <translation>次を検索</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Find Previous</source>
        <translation>前を検索</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Wrap Lines</source>
        <translation>行を折り返す</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Clear</source>
        <translation>クリア</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save Output…</source>
        <translation>出力を保存…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Find in output</source>
        <translation>出力内を検索</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Previous match (Shift+Enter)</source>
        <translation>前の一致 (Shift+Enter)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next match (Enter)</source>
        <translation>次の一致 (Enter)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close (Escape)</source>
        <translation>閉じる (Escape)</translation>
    </message>
    <message>
        <location line="+161"/>
        <source>Open %1 at line %2</source>
        <translation>%1 の %2 行目を開く</translation>
    </message>
    <message>
        <location line="+118"/>
        <location line="+14"/>
        <source>Save Output</source>
        <translation>出力を保存</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Text files (*.txt *.log);;All files (*)</source>
        <translation>テキストファイル (*.txt *.log);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Could not save the output to %1: %2</source>
        <translation>出力を %1 に保存できませんでした: %2</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>No matches</source>
        <translation>一致なし</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1+ matches</source>
        <translation>%1 件以上一致</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n 件一致</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/Dialogs.cpp" line="+165"/>
        <location filename="../ui/PipelineChooser.cpp" line="+22"/>
        <source>Choose a Pipeline</source>
        <translation>パイプラインの選択</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/PipelineChooser.cpp" line="+1"/>
        <source>%1 holds %n Beam pipelines. Which one should the profile build?</source>
        <translation>
            <numerusform>%1 には Beam パイプラインが %n 個あります。プロファイルでどれをビルドしますか?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/ProblemsModel.cpp" line="+33"/>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note</source>
        <translation>注記</translation>
    </message>
    <message>
        <location line="+124"/>
        <source>Package: %1</source>
        <translation>パッケージ: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reported by: %1</source>
        <translation>報告元: %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Severity</source>
        <translation>重大度</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Message</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <location filename="../ui/EnvironmentTable.cpp" line="+39"/>
        <source>New secret value</source>
        <translation>新しいシークレットの値</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>(in the keychain)</source>
        <translation>（キーチェーン内）</translation>
    </message>
    <message>
        <location filename="../ui/ProfileEditor.cpp" line="-433"/>
        <source>The pipeline folder</source>
        <translation>パイプラインフォルダー</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Working folder</source>
        <translation>作業フォルダー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The folder the launcher runs in: relative paths in the pipeline flags (e.g. --output=out/counts) are read and written there. Empty: the pipeline folder.</source>
        <translation>ランチャーを実行するフォルダーです。パイプラインのフラグ内の相対パス（例: --output=out/counts）はここを基準に読み書きされます。空欄の場合はパイプラインフォルダーです。</translation>
    </message>
    <message>
        <source>&amp;Working folder:</source>
        <translation type="vanished">作業フォルダー(&amp;W):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wor&amp;king folder:</source>
        <translation>作業フォルダー(&amp;K):</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>This computer (%1)</source>
        <translation>このコンピューター (%1)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>runner name</source>
        <translation>ランナー名</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+243"/>
        <source>Runner&apos;s default</source>
        <translation>ランナーの既定値</translation>
    </message>
    <message>
        <location line="-229"/>
        <source>Arm workers, e.g. Dataflow t2a machine types</source>
        <translation>Arm のワーカー（例: Dataflow の t2a マシンタイプ）</translation>
    </message>
    <message>
        <location line="+144"/>
        <source>Inspecting the package…</source>
        <translation>パッケージを調べています…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Package &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>パッケージ &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>module %1</source>
        <translation>モジュール %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This is not package main: choose the folder with func main().</source>
        <translation>これは package main ではありません。func main() があるフォルダーを選んでください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✓ imports the Beam Go SDK</source>
        <translation>✓ Beam Go SDK をインポートしています</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Does not import the Beam Go SDK (github.com/apache/beam/sdks/v2/go/pkg/beam, or github.com/apache/beam/sdks/go/pkg/beam before Beam&apos;s Go module): is this the pipeline&apos;s folder?</source>
        <translation>Beam Go SDK（github.com/apache/beam/sdks/v2/go/pkg/beam、Beam の Go モジュール以前は github.com/apache/beam/sdks/go/pkg/beam）をインポートしていません。パイプラインのフォルダーで間違いありませんか？</translation>
    </message>
    <message>
        <source>Does not import the Beam Go SDK (github.com/apache/beam/sdks/v2): is this the pipeline&apos;s folder?</source>
        <translation type="vanished">Beam Go SDK（github.com/apache/beam/sdks/v2）をインポートしていません。パイプラインのフォルダーで間違いありませんか？</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>HOST:PORT</source>
        <translation>HOST:PORT</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. localhost:%1</source>
        <translation>例: localhost:%1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>optional; %1</source>
        <translation>省略可。%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not used by this runner</source>
        <translation>このランナーでは使用しません</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Runner&apos;s default (%1)</source>
        <translation>ランナーの既定値 (%1)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 options</source>
        <translation>%1 のオプション</translation>
    </message>
    <message>
        <location filename="../ui/RunnerOptionWidgets.cpp" line="+42"/>
        <source>
Required.</source>
        <translation>
必須です。</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>(default)</source>
        <translation>（既定）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 to %2</source>
        <translation>%1～%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>required</source>
        <translation>必須</translation>
    </message>
    <message>
        <location filename="../ui/ProfileEditorChecks.cpp" line="+63"/>
        <source>&quot;%1&quot; is not a platform: write goos/goarch, e.g. darwin/arm64.</source>
        <translation>「%1」はプラットフォームではありません。goos/goarch の形式で書いてください（例: darwin/arm64）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This folder does not exist.</source>
        <translation>このフォルダーは存在しません。</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Cannot launch yet: %1</source>
        <translation>まだ起動できません: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ready: Launch builds both binaries, then runs this command.</source>
        <translation>準備完了: 「起動」で両方のバイナリをビルドしてから、このコマンドを実行します。</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>&lt;launcher&gt;</source>
        <translation>&lt;ランチャー&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;worker&gt;</source>
        <translation>&lt;ワーカー&gt;</translation>
    </message>
    <message>
        <location filename="../ui/EnvironmentTable.cpp" line="+60"/>
        <source>Keep the value in the system keychain and mask it everywhere</source>
        <translation>値をシステムのキーチェーンに保存し、どこでも伏せて表示</translation>
    </message>
    <message>
        <location filename="../ui/SourceView.cpp" line="+60"/>
        <source>%1 is too large to show.</source>
        <translation>%1 は大きすぎて表示できません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not open %1: %2</source>
        <translation>%1 を開けませんでした: %2</translation>
    </message>
    <message>
        <location filename="../ui/ThroughputPlot.cpp" line="-3"/>
        <source>Throughput of the selected job</source>
        <translation>選択したジョブのスループット</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>%1, the busiest output: %2 so far</source>
        <translation>%1（要素数が最も多い出力）: これまでに %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, the busiest output: %2 in all</source>
        <translation>%1（要素数が最も多い出力）: 合計 %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Elements per second of %1.</source>
        <translation>%1 の 1 秒あたりの要素数。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Over %1: at most %2 elements/s, lately %3 elements/s.</source>
        <translation>%1 の間: 最大 %2 要素/秒、直近 %3 要素/秒。</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>elements/s</source>
        <translation>要素/秒</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>time since the job started</source>
        <translation>ジョブ開始からの時間</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1 elements/s from %2 to %3 (%4)</source>
        <translation>%2 から %3 まで %1 要素/秒（%4）</translation>
    </message>
</context>
</TS>
