<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ProfileEditorForm</name>
    <message>
        <location filename="../ui/ProfileEditor.ui" line="+18"/>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The profile&apos;s name, unique among your profiles.</source>
        <translation>配置的名称，不能与其他配置重名。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profile name</source>
        <translation>配置名称</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Pipeline folder:</source>
        <translation>管道文件夹(&amp;P)：</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The folder of the pipeline&apos;s main package (the one with func main and beam.Init()). You can also drop a folder anywhere on the window.</source>
        <translation>管道 main 包（含有 func main 和 beam.Init() 的包）所在的文件夹。也可以把文件夹拖放到窗口的任意位置。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pipeline folder</source>
        <translation>管道文件夹</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drop a folder here or press Browse</source>
        <translation>将文件夹拖放到此处，或点击“浏览”</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the pipeline&apos;s package folder</source>
        <translation>选择管道的包文件夹</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Browse for the pipeline folder</source>
        <translation>浏览管道文件夹</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Package information</source>
        <translation>包信息</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pipeline folder problem</source>
        <translation>管道文件夹问题</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Runner:</source>
        <translation>运行器(&amp;R)：</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The Beam runner (--runner). Pick one or type another registered name.</source>
        <translation>Beam 运行器（--runner）。从列表中选择，或输入其他已注册的名称。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Runner</source>
        <translation>运行器</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>About the runner</source>
        <translation>关于此运行器</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Runner problem</source>
        <translation>运行器问题</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Endpoint:</source>
        <translation>端点(&amp;E)：</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>HOST:PORT of the runner&apos;s job service (--endpoint).</source>
        <translation>运行器作业服务的 HOST:PORT（--endpoint）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Endpoint</source>
        <translation>端点</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Start a &amp;local Prism job server</source>
        <translation>启动本地 Prism 作业服务器(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Beam Launcher starts a Prism job server for each launch, reachable from this computer only, and runs the worker binary it built through Beam&apos;s boot (--local-job-server). Prism and boot are built once per Beam version.</source>
        <translation>Beam Launcher 每次启动时都会启动一个仅可从本机访问的 Prism 作业服务器，并通过 Beam 的 boot 运行它构建的工作器二进制文件（--local-job-server）。Prism 和 boot 对每个 Beam 版本只构建一次。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Endpoint problem</source>
        <translation>端点问题</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>En&amp;vironment:</source>
        <translation>环境(&amp;V)：</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Where the workers run (--environment_type).</source>
        <translation>工作器的运行位置（--environment_type）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Environment type</source>
        <translation>环境类型</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The environment&apos;s configuration (--environment_config): a container image for DOCKER, JSON for PROCESS, an address for EXTERNAL.</source>
        <translation>环境配置（--environment_config）：DOCKER 填容器镜像，PROCESS 填 JSON，EXTERNAL 填地址。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Environment configuration</source>
        <translation>环境配置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Configuration</source>
        <translation>配置</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Environment problem</source>
        <translation>环境问题</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Launcher for:</source>
        <translation>启动器目标平台(&amp;L)：</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The platform of the machine that submits the job (goos/goarch); this one by default.</source>
        <translation>提交作业的机器的平台（goos/goarch），默认为本机。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Launcher platform</source>
        <translation>启动器平台</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Worker for:</source>
        <translation>工作器目标平台(&amp;W)：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The platform of the runner&apos;s worker machines: linux/amd64, or linux/arm64 for Arm workers.</source>
        <translation>运行器工作节点的平台：linux/amd64，Arm 工作节点则为 linux/arm64。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Worker platform</source>
        <translation>工作器平台</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Platform problem</source>
        <translation>平台问题</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Build &amp;tags:</source>
        <translation>构建标签(&amp;T)：</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Go build tags for both builds, separated by commas or spaces.</source>
        <translation>两次构建共用的 Go 构建标签，用逗号或空格分隔。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Build tags</source>
        <translation>构建标签</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>c&amp;go</source>
        <translation>cgo(&amp;G)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Build with CGO_ENABLED=1. Leave it off unless the pipeline needs C code: a cgo worker needs the runner&apos;s C library.</source>
        <translation>使用 CGO_ENABLED=1 构建。除非管道需要 C 代码，否则请保持关闭：启用 cgo 的工作器需要运行器一侧的 C 库。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Build with cgo</source>
        <translation>使用 cgo 构建</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Runner options</source>
        <translation>运行器选项</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+5"/>
        <source>Pipeline flags</source>
        <translation>管道标志</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Extra flags for the pipeline, passed to the launcher as given, one per row, e.g. --input=gs://bucket/file.txt</source>
        <translation>管道的额外标志，每行一个，原样传给启动器，例如 --input=gs://bucket/file.txt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Flag</source>
        <translation>标志</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add flag</source>
        <translation>添加标志</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a pipeline flag</source>
        <translation>添加管道标志</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+46"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>Remove the selected pipeline flag</source>
        <translation>移除所选的管道标志</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pipeline flags problem</source>
        <translation>管道标志问题</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+5"/>
        <source>Environment variables</source>
        <translation>环境变量</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Variables for the launcher&apos;s environment. Tick &quot;Secret&quot; for passwords and tokens: their values go to the system keychain, never into the profile file, and are masked wherever shown.</source>
        <translation>传给启动器环境的变量。密码和令牌请勾选“机密”：其值保存在系统钥匙串中，绝不写入配置文件，并且在任何地方显示时都会被遮盖。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secret</source>
        <translation>机密</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add variable</source>
        <translation>添加变量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add an environment variable</source>
        <translation>添加环境变量</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Remove the selected environment variable</source>
        <translation>移除所选的环境变量</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Environment variables problem</source>
        <translation>环境变量问题</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Command</source>
        <translation>命令</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The exact command Launch runs, secrets masked.</source>
        <translation>“启动”将执行的确切命令（机密已遮盖）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Command preview</source>
        <translation>命令预览</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Launch readiness</source>
        <translation>启动就绪状态</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the command line (secrets stay masked)</source>
        <translation>复制命令行（机密保持遮盖）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the command line</source>
        <translation>复制命令行</translation>
    </message>
</context>
<context>
    <name>bl::builds</name>
    <message>
        <location filename="../app/builds/PrebuiltBinaries.cpp" line="+28"/>
        <source>%1 is not a file: give both --launcher-binary and --worker-binary as paths to built binaries.</source>
        <translation>%1 不是文件：请将 --launcher-binary 和 --worker-binary 都设为已构建的二进制文件的路径。</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1 refused before launch: %2</source>
        <translation>%1 在启动前被拒绝：%2</translation>
    </message>
</context>
<context>
    <name>bl::cli</name>
    <message>
        <location filename="../app/cli/LaunchOptions.cpp" line="+18"/>
        <source>Folder for the two binaries (default: a per-package cache folder).</source>
        <translation>存放两个二进制文件的文件夹（默认：每个包各自的缓存文件夹）。</translation>
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
        <translation>即使 --out 中有不属于 Beam Launcher 的文件也写入（系统、根和主文件夹无论如何都会被拒绝）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run go build even when both binaries are up to date with the sources and settings (a launch otherwise starts them at once).</source>
        <translation>即使两个二进制文件相对于源代码和设置已是最新，也运行 go build（否则启动时会直接运行它们）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GOOS/GOARCH of the launcher (default: this machine).</source>
        <translation>启动器的 GOOS/GOARCH（默认：本机）。</translation>
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
        <translation>工作器的 GOOS/GOARCH（默认：linux/amd64）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Build with CGO_ENABLED=1 (default: 0, as Beam&apos;s worker containers need).</source>
        <translation>使用 CGO_ENABLED=1 构建（默认：0，这是 Beam 工作器容器所需要的）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/PipelineCommands.cpp" line="-2"/>
        <source>Comma-separated Go build tags.</source>
        <translation>以逗号分隔的 Go 构建标签。</translation>
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
        <translation>将启动器的终端控制序列（颜色、标题等）原样传给终端；默认情况下会从终端显示的内容中移除它们（绝不会从日志或 --json 中移除）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Beam runner: prism, direct, universal, flink, spark, samza, dataflow, dot, or another name.</source>
        <translation>Beam 运行器：prism、direct、universal、flink、spark、samza、dataflow、dot 或其他名称。</translation>
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
        <translation type="vanished">用法：beam-launcher jobs list --endpoint HOST:PORT [--json]
      beam-launcher jobs watch JOB_ID --endpoint HOST:PORT [--json]
      beam-launcher jobs cancel JOB_ID --endpoint HOST:PORT [--json] [--timeout SECONDS]
      beam-launcher jobs metrics JOB_ID --endpoint HOST:PORT [--json]
通过 Beam 的 Job API 与 Beam 作业服务（Prism、Flink、Spark、Samza 作业服务器，Beam 的 Python 作业服务器）
通信。--web-ui URL 指定消息中使用的运行器网页。
watch 跟踪作业直到其结束（退出码 0 DONE，1 FAILED 或作业服务已消失，
130 CANCELLED）；cancel 请求运行器取消并等待（默认 10 秒），直到它回答
CANCELLED（退出码 0）或说明原因（1）。退出码 2：用法错误或没有该作业。</translation>
    </message>
    <message>
        <source>beam-launcher jobs: unknown command &quot;%1&quot;.</source>
        <translation type="vanished">beam-launcher jobs：未知命令“%1”。</translation>
    </message>
    <message>
        <source>%1 needs a value.</source>
        <translation type="vanished">%1 需要一个值。</translation>
    </message>
    <message>
        <location filename="../app/cli/JobsCommand.cpp" line="+64"/>
        <source>--web-ui wants a URL such as http://localhost:8074/.</source>
        <translation>--web-ui 需要一个 URL，例如 http://localhost:8074/。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--timeout wants whole seconds between 1 and 3600.</source>
        <translation>--timeout 需要 1 到 3600 之间的整数秒。</translation>
    </message>
    <message>
        <source>beam-launcher jobs %1: unknown option %2.</source>
        <translation type="vanished">beam-launcher jobs %1：未知选项 %2。</translation>
    </message>
    <message>
        <source>give exactly one job id (see `beam-launcher jobs list`).</source>
        <translation type="vanished">请只提供一个作业 ID（参见 `beam-launcher jobs list`）。</translation>
    </message>
    <message>
        <source>takes no job id.</source>
        <translation type="vanished">不接受作业 ID。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--endpoint HOST:PORT is required: the job service to ask (a standalone Prism listens on localhost:8073).</source>
        <translation>必须提供 --endpoint HOST:PORT：要查询的作业服务（独立运行的 Prism 监听 localhost:8073）。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>the job service at %1 could not tell about job %2 (%3): see `beam-launcher jobs list --endpoint %1`.</source>
        <translation>%1 的作业服务无法提供作业 %2 的信息（%3）：参见 `beam-launcher jobs list --endpoint %1`。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the job service at %1 has no jobs.</source>
        <translation>%1 的作业服务没有作业。</translation>
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
        <translation>作业 ID</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>STATE</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+129"/>
        <source> (attempted)</source>
        <translation> （已尝试）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>job %1 has no metrics (yet).</source>
        <translation>作业 %1（尚）无指标。</translation>
    </message>
    <message>
        <location filename="../app/cli/EventPrinter.cpp" line="+185"/>
        <location filename="../app/cli/JobsCommand.cpp" line="+19"/>
        <source>Job %1: %2</source>
        <translation>作业 %1：%2</translation>
    </message>
    <message>
        <location filename="../app/cli/JobsCommand.cpp" line="-255"/>
        <source>Talks to a Beam job service (Prism, Flink, Spark, Samza job servers, Beam&apos;s Python job server)
through Beam&apos;s Job API. --web-ui URL names the runner&apos;s web page for the messages.
watch follows a job until it ends (exit 0 DONE, 1 FAILED or the job service went away,
130 CANCELLED); cancel asks the runner to cancel and waits (10 s by default) until it says
CANCELLED (exit 0) or says why not (1). Exit 2: bad usage or no such job.</source>
        <translation>通过 Beam 的 Job API 与 Beam 作业服务（Prism、Flink、Spark、Samza 作业服务器，
Beam 的 Python 作业服务器）通信。--web-ui URL 指定消息中给出的运行器网页。
watch 跟踪作业直到其结束（退出码 0 DONE，1 FAILED 或作业服务已消失，
130 CANCELLED）；cancel 请求运行器取消并等待（默认 10 秒），直到其报告
CANCELLED（退出码 0）或说明无法取消的原因（1）。退出码 2：用法错误或没有该作业。</translation>
    </message>
    <message>
        <location line="+131"/>
        <source>the job service at %1 gave an empty pipeline for job %2.</source>
        <translation>%1 上的作业服务为作业 %2 返回了空管道。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the runner at %1 gives no element counts or step times for job %2: the graph has no numbers.</source>
        <translation>%1 上的运行器未提供作业 %2 的元素计数和步骤耗时：图中没有数字。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the runner at %1 gives no metrics for job %2 (%3): the graph has no numbers.</source>
        <translation>%1 上的运行器不提供作业 %2 的指标（%3）：图中没有数字。</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>STEP</source>
        <translation>步骤</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ELEMENTS</source>
        <translation>元素数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BYTES</source>
        <translation>字节数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TIME</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>the job service at %1 is gone (%2); job %3 was last %4. Whether it still runs is unknown: see %5.</source>
        <translation>%1 的作业服务已消失（%2）；作业 %3 最后的状态为 %4。不知道它是否仍在运行：参见 %5。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>runner page: %1</source>
        <translation>运行器页面：%1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>cannot reach the job service at %1 (%2)</source>
        <translation>无法连接到 %1 的作业服务（%2）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the job service at %1 has no job %2: see `beam-launcher jobs list --endpoint %1`.</source>
        <translation>%1 的作业服务中没有作业 %2：参见 `beam-launcher jobs list --endpoint %1`。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the job service at %1 could not tell the state of job %2 (%3): see `beam-launcher jobs list --endpoint %1`.</source>
        <translation>%1 的作业服务无法给出作业 %2 的状态（%3）：参见 `beam-launcher jobs list --endpoint %1`。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>stopped watching; job %1 was not touched.</source>
        <translation>已停止跟踪；未改动作业 %1。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>the runner did not confirm that job %1 is cancelled (%2; last state %3). It may still be running: see %4.</source>
        <translation>运行器未确认作业 %1 已取消（%2；最后状态 %3）。它可能仍在运行：参见 %4。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Job %1: CANCELLED</source>
        <translation>作业 %1：CANCELLED</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>job %1 ended %2, not CANCELLED: there was nothing to cancel.</source>
        <translation>作业 %1 以 %2 而非 CANCELLED 结束：没有可取消的内容。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Cancelling job %1 on %2...</source>
        <translation>正在取消 %2 上的作业 %1...</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the job service went away: %1</source>
        <translation>作业服务已消失：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the job service no longer knows the job</source>
        <translation>作业服务已不再知道该作业</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no terminal state within %1 s</source>
        <translation>%1 秒内未进入终止状态</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>stopped waiting; the cancel of job %1 was asked for but is not confirmed: see %2.</source>
        <translation>已停止等待；已请求取消作业 %1，但尚未确认：参见 %2。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>graph --job draws a job that runs or ran: give no folder and no pipeline flags with it.</source>
        <translation>graph --job 绘制正在运行或已运行的作业：请勿同时给出文件夹或管道标志。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--job wants the job&apos;s id (see `beam-launcher jobs list`).</source>
        <translation>--job 需要作业的 ID（见 `beam-launcher jobs list`）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>graph --job needs --endpoint HOST:PORT: the job service that runs the job.</source>
        <translation>graph --job 需要 --endpoint HOST:PORT：即运行该作业的作业服务。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>graph of job %1 written to %2</source>
        <translation>作业 %1 的图已写入 %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the launcher ended without naming the job it submitted; see `beam-launcher jobs list --endpoint %1`.</source>
        <translation>启动器结束时没有给出它提交的作业；参见 `beam-launcher jobs list --endpoint %1`。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>job %1 is %2 and left running on the runner: see %3 or `beam-launcher jobs watch %1 --endpoint %4`.</source>
        <translation>作业 %1 为 %2，留在运行器上继续运行：参见 %3 或 `beam-launcher jobs watch %1 --endpoint %4`。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>job %1 ended %2 before it ran.</source>
        <translation>作业 %1 在运行之前就以 %2 结束。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the job service at %1 cannot tell about job %2 (%3).</source>
        <translation>%1 的作业服务无法提供作业 %2 的信息（%3）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>job %1 is still %2 after 60 s; it is left to the runner: see %3.</source>
        <translation>作业 %1 在 60 秒后仍为 %2；交由运行器处理：参见 %3。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>stopped waiting; job %1 was submitted and is left to the runner.</source>
        <translation>已停止等待；作业 %1 已提交，交由运行器处理。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The job service&apos;s address.</source>
        <translation>作业服务的地址。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The runner&apos;s web page, for the messages.</source>
        <translation>运行器的网页，用于消息中。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print one JSON event per line on stdout.</source>
        <translation>在标准输出上每行打印一个 JSON 事件。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The job&apos;s id (see `beam-launcher jobs list`).</source>
        <translation>作业的 ID（见 `beam-launcher jobs list`）。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>List, watch, cancel a job service&apos;s jobs, or read their metrics.</source>
        <translation>列出、跟踪、取消作业服务的作业，或读取其指标。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>List the job service&apos;s jobs: id, state and name.</source>
        <translation>列出作业服务的作业：ID、状态和名称。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Follow a job&apos;s states and messages until it ends.</source>
        <translation>跟踪作业的状态和消息，直到其结束。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cancel a job and wait until the runner says it is cancelled.</source>
        <translation>取消作业，并等待运行器报告其已取消。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Seconds to wait for CANCELLED (default: 10).</source>
        <translation>等待 CANCELLED 的秒数（默认：10）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Print a job&apos;s metrics.</source>
        <translation>打印作业的指标。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Per step of the job&apos;s pipeline: elements of its main output, bytes, time (--json: `step` events).</source>
        <translation>按作业管道的步骤列出：主输出的元素数、字节数、时间（--json：`step` 事件）。</translation>
    </message>
    <message>
        <location filename="../app/cli/LaunchOptions.cpp" line="-11"/>
        <source>Job service address.</source>
        <translation>作业服务地址。</translation>
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
        <translation type="vanished">与 --runner prism 一起使用：为本次启动启动一个仅可从本机访问的 Prism 作业服务器，并在其中通过 Beam 的 boot 运行工作器（PROCESS）；它随本次启动一同停止。</translation>
    </message>
    <message>
        <location filename="../app/cli/LaunchOptions.cpp" line="+2"/>
        <source>Worker environment: DOCKER, PROCESS, LOOPBACK or EXTERNAL.</source>
        <translation>工作器环境：DOCKER、PROCESS、LOOPBACK 或 EXTERNAL。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>TYPE</source>
        <translation>TYPE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Worker environment configuration (an image, or JSON for PROCESS).</source>
        <translation>工作器环境配置（镜像；PROCESS 则为 JSON）。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CONFIG</source>
        <translation>CONFIG</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A runner option from the catalog, e.g. --option project=my-project (repeatable).</source>
        <translation>目录中的运行器选项，例如 --option project=my-project（可重复）。</translation>
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
        <translation>使用此预构建的启动器，不进行构建。</translation>
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
        <translation>使用此预构建的工作器，不进行构建。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The pipeline to use when DIR holds several (import path or folder).</source>
        <translation>DIR 中有多个管道时要使用的管道（导入路径或文件夹）。</translation>
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
        <translation>与 --local-job-server 一起使用：当作业处于 RUNNING 状态达 SECONDS 秒、没有存活的工作器且没有进展时，取消作业并以 1 退出（默认：60 秒后提示并继续等待）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submit the job, print its id and exit 0 once it is RUNNING; the job keeps running on the runner (needs a job service and a worker environment other than LOOPBACK).</source>
        <translation>提交作业，在其进入 RUNNING 后打印其 ID 并以 0 退出；作业会在运行器上继续运行（需要作业服务以及 LOOPBACK 以外的工作器环境）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Launch a saved profile (its secrets come from the keychain). Launch options given with it override the profile&apos;s values for this run, each said on stderr; flags after -- are added to the profile&apos;s.</source>
        <translation>启动已保存的配置（其机密从钥匙串读取）。同时给出的启动选项会在本次运行中覆盖配置中的值，每项覆盖都会在 stderr 上说明；-- 之后的标志会追加到配置的标志之后。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With --profile: accept the programs and folders outside the pipeline that an imported profile names (go, prebuilt binaries, output folder, PROCESS command...), after checking them. Asked once, and again when they change.</source>
        <translation>与 --profile 一起使用：在检查之后，接受导入的配置所指定的管道之外的程序和文件夹（go、预构建的二进制文件、输出文件夹、PROCESS 命令...）。只询问一次，它们发生变化时会再次询问。</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>--stall-timeout takes a number of seconds from 1 to 604800, not &quot;%1&quot;.</source>
        <translation>--stall-timeout 需要 1 到 604800 之间的秒数，而不是“%1”。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--option takes NAME=VALUE, not &quot;%1&quot;.</source>
        <translation>--option 的参数应为 NAME=VALUE，而不是 &quot;%1&quot;。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--env takes NAME=VALUE, not &quot;%1&quot;.</source>
        <translation>--env 的参数应为 NAME=VALUE，而不是 &quot;%1&quot;。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The pipeline&apos;s folder: its main package, or a module or repository folder holding it.</source>
        <translation>管道的文件夹：其 main 包，或包含它的模块或仓库文件夹。</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandLine.cpp" line="+175"/>
        <source>Build a Beam Go pipeline&apos;s launcher and worker, then launch it.</source>
        <translation>构建 Beam Go 管道的启动器和工作器，然后启动管道。</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandModel.cpp" line="+173"/>
        <source>--%1 needs a value, but the next word is the option %2. Give the value right after --%1 (e.g. --%1=VALUE).</source>
        <translation>--%1 需要一个值，但下一个词是选项 %2。请在 --%1 之后直接给出值（例如 --%1=值）。</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandLine.cpp" line="-12"/>
        <source>Build a Beam Go pipeline&apos;s launcher and worker side by side.</source>
        <translation>同时构建 Beam Go 管道的启动器和工作器。</translation>
    </message>
    <message>
        <location filename="../app/cli/LaunchOptions.cpp" line="-116"/>
        <location filename="../app/cli/PipelineCommands.cpp" line="+1"/>
        <source>The go command to use (default: go on PATH, then the usual install folders).</source>
        <translation>要使用的 go 命令（默认：PATH 中的 go，其次是常用安装文件夹）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print one JSON event per line on stdout; text for people goes to stderr.</source>
        <translation>在标准输出上每行打印一个 JSON 事件；供人阅读的文本输出到标准错误。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>With --runner prism (or universal, for a Beam SDK older than Prism): start a Prism job server for this launch, reachable from this machine only, and run the worker through Beam&apos;s boot in it (PROCESS); it stops with the launch.</source>
        <translation>与 --runner prism（对于早于 Prism 的 Beam SDK 则为 universal）一起使用：为本次启动启动一个仅可从本机访问的 Prism 作业服务器，并在其中通过 Beam 的 boot 运行工作器（PROCESS）；它随本次启动一同停止。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Environment variable for the launcher (repeatable). Secrets: use `profiles set-secret`.</source>
        <translation>启动器的环境变量（可重复）。机密请使用 `profiles set-secret`。</translation>
    </message>
    <message>
        <source>Launch a saved profile (its secrets come from the keychain).</source>
        <translation type="vanished">启动已保存的配置（其机密从钥匙串读取）。</translation>
    </message>
    <message>
        <location filename="../app/cli/CliOutput.cpp" line="+44"/>
        <location filename="../app/cli/EventPrinter.cpp" line="+31"/>
        <source>error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <source>The pipeline&apos;s main package folder.</source>
        <translation type="vanished">管道 main 包所在的文件夹。</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfilesCommand.cpp" line="+411"/>
        <source>Save a launch profile with the options `launch` takes.</source>
        <translation>使用 `launch` 接受的选项保存启动配置。</translation>
    </message>
    <message>
        <source>The new profile&apos;s name.</source>
        <translation type="vanished">新配置的名称。</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandModel.cpp" line="-120"/>
        <source>Flags after -- go to the pipeline.</source>
        <translation>-- 之后的标志将传给管道。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1: unknown option &quot;%2&quot;.</source>
        <translation>%1：未知选项 &quot;%2&quot;。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: unknown command &quot;%2&quot;.</source>
        <translation>%1：未知命令 &quot;%2&quot;。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: unknown option &quot;%2&quot;; did you mean %3?</source>
        <translation>%1：未知选项 &quot;%2&quot;；你是指 %3 吗？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: unknown command &quot;%2&quot;; did you mean %3?</source>
        <translation>%1：未知命令 &quot;%2&quot;；你是指 %3 吗？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run `%1 --help` for what it takes.</source>
        <translation>运行 `%1 --help` 查看它接受的内容。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Usage: %1 COMMAND [options]</source>
        <translation>用法：%1 COMMAND [options]</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Commands:</source>
        <translation>命令：</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Run `%1 COMMAND --help` for a command&apos;s options and arguments.</source>
        <translation>运行 `%1 COMMAND --help` 查看命令的选项和参数。</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>beam-launcher %1: %2
Run `beam-launcher %1 --help` for the options.</source>
        <translation>beam-launcher %1：%2
运行 `beam-launcher %1 --help` 查看选项。</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>`%1` needs %2: see `%1 --help`.</source>
        <translation>`%1` 需要 %2：见 `%1 --help`。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>`%1` takes no arguments, not &quot;%2&quot;: see `%1 --help`.</source>
        <translation>`%1` 不接受参数，&quot;%2&quot; 无效：见 `%1 --help`。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>`%1` takes %2, not also &quot;%3&quot;: see `%1 --help`.</source>
        <translation>`%1` 接受 %2，不能再加 &quot;%3&quot;：见 `%1 --help`。</translation>
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
        <translation type="vanished">Beam Launcher 同时将 Apache Beam Go 管道构建两次：为本机构建启动器，为运行器的机器
构建工作器（linux/amd64，cgo 关闭），检查两者后运行
  launcher --worker_binary=WORKER --runner=RUNNER --endpoint=HOST:PORT [pipeline flags]

用法：
  beam-launcher [DIR]                 打开窗口（并为 DIR 新建配置）
  beam-launcher --version
  beam-launcher build DIR [build options]
  beam-launcher launch DIR --runner NAME [--endpoint HOST:PORT] [build options]
                [--env NAME=VALUE]... [--json] [-- PIPELINE FLAGS...]
  beam-launcher launch --launcher-binary FILE --worker-binary FILE --runner NAME [...]
  beam-launcher launch --profile NAME [--json] [-- MORE PIPELINE FLAGS...]
  beam-launcher profiles list | show NAME | export NAME FILE | import FILE | delete NAME
  beam-launcher profiles create NAME DIR --runner NAME [launch options] [-- PIPELINE FLAGS...]
  beam-launcher profiles set-secret NAME VAR   （从标准输入读取值）

运行 `beam-launcher build --help` 或 `beam-launcher launch --help` 查看选项。
退出码：0 完成，1 构建或启动失败，2 用法或输入有误，130 已取消；
launch 以启动器自身的退出码退出。
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
        <translation type="vanished">Beam Launcher 同时将 Apache Beam Go 管道构建两次：为本机构建启动器，为运行器的机器
构建工作器（linux/amd64，cgo 关闭），检查两者后运行
  launcher --worker_binary=WORKER --runner=RUNNER --endpoint=HOST:PORT [pipeline flags]

用法：
  beam-launcher [DIR]                 打开窗口（并为 DIR 新建配置）
  beam-launcher --version
  beam-launcher build DIR [build options] [--out DIR [--force-out]]
  beam-launcher launch DIR --runner NAME [--endpoint HOST:PORT] [build options]
                [--env NAME=VALUE]... [--json] [--raw] [--detach] [-- PIPELINE FLAGS...]
  beam-launcher launch --launcher-binary FILE --worker-binary FILE --runner NAME [...]
  beam-launcher launch --profile NAME [--json] [-- MORE PIPELINE FLAGS...]
  beam-launcher profiles list | show NAME | export NAME FILE | import FILE | delete NAME
  beam-launcher profiles create NAME DIR --runner NAME [launch options] [-- PIPELINE FLAGS...]
  beam-launcher profiles set-secret NAME VAR   （从标准输入读取值）
  beam-launcher jobs list --endpoint HOST:PORT [--json]
  beam-launcher jobs watch|cancel|metrics JOB_ID --endpoint HOST:PORT [--json]
  beam-launcher options DIR [--json]          管道自身的标志
  beam-launcher graph DIR [--svg FILE] [-- PIPELINE FLAGS...]
DIR 可以是包含一个管道的模块或仓库文件夹；有多个管道时用 --package 选择。

运行 `beam-launcher build --help` 或 `beam-launcher launch --help` 查看选项。
退出码：0 完成，1 构建或启动失败，2 用法或输入有误，130 已取消；
launch 以启动器自身的退出码退出。
</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandLine.cpp" line="-94"/>
        <source>warning: the run was not recorded: %1</source>
        <translation>警告：本次运行未被记录：%1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>--detach needs a job service (--endpoint HOST:PORT): without one the job runs inside the launcher.</source>
        <translation>--detach 需要作业服务（--endpoint HOST:PORT）：没有作业服务时，作业在启动器内部运行。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--detach cannot leave a LOOPBACK job running: its worker is the launcher. Use PROCESS, DOCKER or EXTERNAL.</source>
        <translation>--detach 无法让 LOOPBACK 作业继续运行：其工作器就是启动器。请使用 PROCESS、DOCKER 或 EXTERNAL。</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfileLaunch.cpp" line="+24"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--%1 %2 overrides the profile&apos;s %3 for this run.</source>
        <translation>--%1 %2 在本次运行中覆盖配置中的 %3。</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>--cgo overrides the profile&apos;s cgo off for this run.</source>
        <translation>--cgo 在本次运行中覆盖配置中的“cgo 关闭”。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--local-job-server overrides the profile&apos;s job service for this run.</source>
        <translation>--local-job-server 在本次运行中覆盖配置中的作业服务。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>--env %1 overrides the profile&apos;s value of %1 for this run.</source>
        <translation>--env %1 在本次运行中覆盖配置中 %1 的值。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>There is no profile &quot;%1&quot;: see `beam-launcher profiles list`.</source>
        <translation>没有配置 &quot;%1&quot;：请查看 `beam-launcher profiles list`。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The profile &quot;%1&quot; names programs or folders outside the pipeline that a launch would use, and you have not accepted them yet:
%2
Check them; if you trust them, launch once with --trust: `beam-launcher launch --profile &quot;%1&quot; --trust`.</source>
        <translation>配置 &quot;%1&quot; 指定了管道之外、启动时会用到的程序或文件夹，而你尚未接受它们：
%2
请检查它们；如果信任它们，请使用 --trust 启动一次：`beam-launcher launch --profile &quot;%1&quot; --trust`。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Trusted for this and later launches (until they change):
%1</source>
        <translation>已在本次及以后的启动中信任（直到它们发生变化）：
%1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The secret %1 of profile &quot;%2&quot; has no value in the keychain: set it with `beam-launcher profiles set-secret &quot;%2&quot; %1` (it reads the value from standard input).</source>
        <translation>钥匙串中没有配置 &quot;%2&quot; 的机密 %1 的值：请用 `beam-launcher profiles set-secret &quot;%2&quot; %1` 设置（从标准输入读取值）。</translation>
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
        <translation type="vanished">Beam Launcher 同时将 Apache Beam Go 管道构建两次：为本机构建启动器，为运行器的机器
构建工作器（linux/amd64，cgo 关闭），检查两者后运行
  launcher --worker_binary=WORKER --runner=RUNNER --endpoint=HOST:PORT [pipeline flags]

用法：
  beam-launcher [DIR]                 打开窗口（并为 DIR 新建配置）
  beam-launcher --version
  beam-launcher build DIR [build options] [--out DIR [--force-out]]
  beam-launcher launch DIR --runner NAME [--endpoint HOST:PORT] [build options]
                [--env NAME=VALUE]... [--json] [--raw] [--detach] [-- PIPELINE FLAGS...]
  beam-launcher launch --launcher-binary FILE --worker-binary FILE --runner NAME [...]
  beam-launcher launch --profile NAME [--trust] [launch options] [--json] [-- MORE PIPELINE FLAGS...]
                （与 --profile 一起给出的选项在本次运行中覆盖配置中的值）
  beam-launcher profiles list | show NAME | export NAME FILE | import FILE | delete NAME
  beam-launcher profiles create NAME DIR --runner NAME [launch options] [-- PIPELINE FLAGS...]
  beam-launcher profiles set-secret NAME VAR   （从标准输入读取值）
  beam-launcher profiles unset-secret NAME VAR
  beam-launcher jobs list --endpoint HOST:PORT [--json]
  beam-launcher jobs watch|cancel|metrics JOB_ID --endpoint HOST:PORT [--json]
  beam-launcher options DIR [--json]          管道自身的标志
  beam-launcher graph DIR [--svg FILE] [-- PIPELINE FLAGS...]
DIR 可以是包含一个管道的模块或仓库文件夹；有多个管道时用 --package 选择。

运行 `beam-launcher build --help` 或 `beam-launcher launch --help` 查看选项。
退出码：0 完成，1 构建或启动失败，2 用法或输入有误，130 已取消；
launch 以启动器自身的退出码退出。
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
        <translation>Beam Launcher 同时将 Apache Beam Go 管道构建两次：为本机构建启动器，为运行器的机器
构建工作器（linux/amd64，cgo 关闭），检查两者后运行
  launcher --worker_binary=WORKER --runner=RUNNER --endpoint=HOST:PORT [pipeline flags]

用法：
  beam-launcher [DIR]                 打开窗口（并为 DIR 新建配置）
  beam-launcher --version
  beam-launcher build DIR [build options] [--out DIR [--force-out]]
  beam-launcher launch DIR --runner NAME [--endpoint HOST:PORT] [build options]
                [--env NAME=VALUE]... [--json] [--raw] [--detach] [-- PIPELINE FLAGS...]
  beam-launcher launch --launcher-binary FILE --worker-binary FILE --runner NAME [...]
  beam-launcher launch --profile NAME [--trust] [launch options] [--json] [-- MORE PIPELINE FLAGS...]
                （与 --profile 一起给出的选项在本次运行中覆盖配置中的值）
  beam-launcher profiles list | show NAME | export NAME FILE | import FILE | delete NAME
  beam-launcher profiles create NAME DIR --runner NAME [launch options] [-- PIPELINE FLAGS...]
  beam-launcher profiles set-secret NAME VAR   （从标准输入读取值）
  beam-launcher profiles unset-secret NAME VAR
  beam-launcher jobs list --endpoint HOST:PORT [--json]
  beam-launcher jobs watch|cancel|metrics JOB_ID --endpoint HOST:PORT [--json]
  beam-launcher jobs metrics JOB_ID --endpoint HOST:PORT --by-step [--json]   按步骤
  beam-launcher options DIR [--json]          管道自身的标志
  beam-launcher graph DIR [--svg FILE] [-- PIPELINE FLAGS...]
  beam-launcher graph --job JOB_ID --endpoint HOST:PORT [--svg FILE]   作业的图及其计数
DIR 可以是包含一个管道的模块或仓库文件夹；有多个管道时用 --package 选择。

运行 `beam-launcher build --help` 或 `beam-launcher launch --help` 查看选项。
退出码：0 完成，1 构建或启动失败，2 用法或输入有误，130 已取消；
launch 以启动器自身的退出码退出。
</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>--profile takes the folder from the profile: give no folder.</source>
        <translation>--profile 使用配置中的文件夹：请不要指定文件夹。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--trust goes with --profile NAME: it accepts what an imported profile names.</source>
        <translation>--trust 需与 --profile NAME 一起使用：它接受导入的配置所指定的内容。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>give exactly one pipeline package folder (run `beam-launcher %1 --help` for the options).</source>
        <translation>请只指定一个管道包文件夹（运行 `beam-launcher %1 --help` 查看选项）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../app/cli/ProfilesCommand.cpp" line="-209"/>
        <source>--runner is required (prism, flink, dataflow, ...).</source>
        <translation>必须指定 --runner（prism、flink、dataflow 等）。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Build a pipeline&apos;s launcher and worker.</source>
        <translation>构建管道的启动器和工作器。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Build a pipeline, then launch it on a runner.</source>
        <translation>构建管道，然后在运行器上启动它。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Print the help of a command (`help profiles show`), or this overview.</source>
        <translation>打印某个命令的帮助（`help profiles show`）或本概览。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The command, and its subcommand.</source>
        <translation>命令及其子命令。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Print the version.</source>
        <translation>打印版本。</translation>
    </message>
    <message>
        <source>beam-launcher: unknown command &quot;%1&quot;.

</source>
        <translation type="vanished">beam-launcher：未知命令 &quot;%1&quot;。

</translation>
    </message>
    <message>
        <source>usage: beam-launcher profiles list | show NAME | export NAME FILE | import FILE | delete NAME
       beam-launcher profiles rename NAME NEW-NAME | duplicate NAME
       beam-launcher profiles create NAME DIR --runner NAME [launch options] [-- PIPELINE FLAGS...]
       beam-launcher profiles set-secret NAME VAR   (reads the value from standard input)</source>
        <translation type="vanished">用法：beam-launcher profiles list | show NAME | export NAME FILE | import FILE | delete NAME
        beam-launcher profiles rename NAME NEW-NAME | duplicate NAME
      beam-launcher profiles create NAME DIR --runner NAME [launch options] [-- PIPELINE FLAGS...]
      beam-launcher profiles set-secret NAME VAR   （从标准输入读取值）</translation>
    </message>
    <message>
        <location filename="../app/cli/PipelineCommands.cpp" line="-49"/>
        <source>building the launcher for this machine…</source>
        <translation>正在为本机构建启动器…</translation>
    </message>
    <message>
        <location line="+46"/>
        <location filename="../app/cli/ProfilesCommand.cpp" line="+196"/>
        <source>Print JSON on stdout.</source>
        <translation>在 stdout 上输出 JSON。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The pipeline to use when the folder holds several (import path or folder).</source>
        <translation>文件夹中有多个管道时要使用的管道（导入路径或文件夹）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Folder for the binaries (default: a per-package cache folder).</source>
        <translation>存放二进制文件的文件夹（默认：每个包一个的缓存文件夹）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use this prebuilt launcher (for this machine) instead of building.</source>
        <translation>使用此预构建的启动器（用于本机），而不是构建。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Seconds the launcher may take to answer (default: %1).</source>
        <translation>启动器可用于回答的秒数（默认：%1）。</translation>
    </message>
    <message>
        <location line="+280"/>
        <source>Draw a Beam Go pipeline&apos;s graph without running it: its launcher with Beam&apos;s dot runner, then Graphviz (dot -Tsvg).
With --job JOB_ID --endpoint HOST:PORT: draw a job that runs or ran on a job service instead, from its pipeline (the Job API&apos;s GetPipeline), each step with the elements of its main output (&quot;N elements&quot;) and its time, each edge with its element count (GetJobMetrics).</source>
        <translation>绘制 Beam Go 管道的图而不运行它：用 Beam 的 dot 运行器运行其启动器，然后使用 Graphviz（dot -Tsvg）。
使用 --job JOB_ID --endpoint HOST:PORT 时，改为根据作业服务上正在运行或已运行的作业的管道（Job API 的 GetPipeline）绘制该作业：每个步骤标出其主输出的元素数（“N 个元素”）和耗时，每条边标出其元素计数（GetJobMetrics）。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Draw this job of the job service at --endpoint, with its counts.</source>
        <translation>绘制 --endpoint 处作业服务上的此作业，并附带其计数。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>JOB_ID</source>
        <translation>JOB_ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The job service&apos;s address (with --job).</source>
        <translation>作业服务的地址（与 --job 一起使用）。</translation>
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
        <translation>请提供一个文件夹：管道的模块、仓库或包文件夹。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--timeout takes a number of seconds (e.g. 15), not &quot;%1&quot;.</source>
        <translation>--timeout 需要秒数（例如 15），而不是“%1”。</translation>
    </message>
    <message numerus="yes">
        <location line="+61"/>
        <source>%1 holds %n Beam pipelines; choose one with --package IMPORT_PATH_OR_DIR:</source>
        <translation>
            <numerusform>%1 包含 %n 个 Beam 管道；请用 --package IMPORT_PATH_OR_DIR 选择一个：</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>using the pipeline %1 (%2)</source>
        <translation>使用管道 %1（%2）</translation>
    </message>
    <message>
        <source>the pipeline defines no flag -%1; Go&apos;s flag package will refuse it (see `beam-launcher options` for the flags it has).</source>
        <translation type="vanished">管道未定义标志 -%1；Go 的 flag 包会拒绝它（其标志参见 `beam-launcher options`）。</translation>
    </message>
    <message>
        <location filename="../app/cli/EventPrinter.cpp" line="-139"/>
        <location filename="../app/cli/ProfilesCommand.cpp" line="-297"/>
        <location line="+76"/>
        <location line="+38"/>
        <source>warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <location filename="../app/cli/PipelineCommands.cpp" line="-175"/>
        <source>[launcher build] %1</source>
        <translation>[启动器构建] %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>launcher up to date: not built again</source>
        <translation>启动器已是最新：未重新构建</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>launcher built in %1 s</source>
        <translation>启动器已在 %1 秒内构建完成</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Build the launcher with CGO_ENABLED=1, as `build --cgo` and `launch --cgo` do (default: 0).</source>
        <translation>像 `build --cgo` 和 `launch --cgo` 一样，以 CGO_ENABLED=1 构建启动器（默认：0）。</translation>
    </message>
    <message>
        <location line="+275"/>
        <source>Print a Beam Go pipeline&apos;s own flags (from its launcher&apos;s --help): name, type, default, usage and group. The flags Beam Launcher sets itself are left out.</source>
        <translation>打印 Beam Go 管道自身的标志（来自其启动器的 --help）：名称、类型、默认值、用法和分组。Beam Launcher 自己设置的标志不包括在内。</translation>
    </message>
    <message>
        <location line="-260"/>
        <source>The pipeline&apos;s module, repository or package folder.</source>
        <translation>管道的模块、仓库或包文件夹。</translation>
    </message>
    <message>
        <location line="+135"/>
        <source>only a launcher was given, not the pipeline&apos;s folder</source>
        <translation>只提供了启动器，没有提供管道的文件夹</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the pipeline&apos;s own flags are told from Beam&apos;s by name only (%1); flags of a Beam release newer than 2.77 may be listed as the pipeline&apos;s.</source>
        <translation>管道自身的标志仅按名称与 Beam 的标志区分（%1）；比 2.77 更新的 Beam 版本的标志可能会被列为管道的标志。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>(default %1)</source>
        <translation>（默认 %1）</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>Print a pipeline&apos;s own flags.</source>
        <translation>打印管道自身的标志。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Draw a pipeline&apos;s graph as SVG.</source>
        <translation>将管道的图绘制为 SVG。</translation>
    </message>
    <message>
        <source>Draw a Beam Go pipeline&apos;s graph without running it: its launcher with Beam&apos;s dot runner, then Graphviz (dot -Tsvg).</source>
        <translation type="vanished">绘制 Beam Go 管道的图而不运行它：用 Beam 的 dot 运行器运行其启动器，然后使用 Graphviz（dot -Tsvg）。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Write the SVG here (default: print its path).</source>
        <translation>将 SVG 写到此处（默认：打印其路径）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also copy the DOT graph here.</source>
        <translation>同时将 DOT 图复制到此处。</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>graph written to %1</source>
        <translation>图已写入 %1</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfilesCommand.cpp" line="-106"/>
        <source>there is no profile &quot;%1&quot;: see `beam-launcher profiles list`.</source>
        <translation>没有配置 &quot;%1&quot;：请查看 `beam-launcher profiles list`。</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>No profiles yet: create one with `beam-launcher profiles create NAME DIR --runner NAME`.</source>
        <translation>尚无配置：请用 `beam-launcher profiles create NAME DIR --runner NAME` 创建。</translation>
    </message>
    <message>
        <source>give a NAME and the pipeline&apos;s folder DIR.
</source>
        <translation type="vanished">请提供 NAME 和管道文件夹 DIR。
</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1 is not a folder: give the folder that holds the pipeline&apos;s main package.</source>
        <translation>%1 不是文件夹：请提供管道 main 包所在的文件夹。</translation>
    </message>
    <message>
        <source>a profile named &quot;%1&quot; exists already: choose another name, or delete it first.</source>
        <translation type="vanished">名为 &quot;%1&quot; 的配置已存在：请换一个名称，或先将其删除。</translation>
    </message>
    <message>
        <source>usage: beam-launcher profiles list | show NAME | export NAME FILE | import FILE | delete NAME
       beam-launcher profiles rename NAME NEW-NAME | duplicate NAME
       beam-launcher profiles unset-secret NAME VAR
       beam-launcher profiles create NAME DIR --runner NAME [launch options] [-- PIPELINE FLAGS...]
       beam-launcher profiles set-secret NAME VAR   (reads the value from standard input)</source>
        <translation type="vanished">用法：beam-launcher profiles list | show NAME | export NAME FILE | import FILE | delete NAME
      beam-launcher profiles rename NAME NEW-NAME | duplicate NAME
      beam-launcher profiles unset-secret NAME VAR
      beam-launcher profiles create NAME DIR --runner NAME [launch options] [-- PIPELINE FLAGS...]
      beam-launcher profiles set-secret NAME VAR   （从标准输入读取值）</translation>
    </message>
    <message>
        <source>(made by a newer Beam Launcher: schema %1)</source>
        <translation type="vanished">（由更新版本的 Beam Launcher 创建：schema %1）</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+141"/>
        <source>Saved profile &quot;%1&quot;.</source>
        <translation>已保存配置 &quot;%1&quot;。</translation>
    </message>
    <message>
        <location line="-129"/>
        <source>&quot;%1&quot; is not an environment variable name: use letters, digits and _.</source>
        <translation>&quot;%1&quot; 不是环境变量名：请使用字母、数字和 _。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no value on standard input: pipe it in, for example
  printf %s &quot;$TOKEN&quot; | beam-launcher profiles set-secret &quot;%1&quot; %2</source>
        <translation>标准输入中没有值：请通过管道传入，例如
  printf %s &quot;$TOKEN&quot; | beam-launcher profiles set-secret &quot;%1&quot; %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The secret %1 of profile &quot;%2&quot; is in the keychain.</source>
        <translation>配置 &quot;%2&quot; 的机密 %1 已保存到钥匙串。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the profile &quot;%1&quot; has no secrets, so none named %2.</source>
        <translation>配置 &quot;%1&quot; 没有任何机密，因此也没有名为 %2 的机密。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the profile &quot;%1&quot; has no secret %2; its secrets are %3.</source>
        <translation>配置 &quot;%1&quot; 没有机密 %2；它的机密有 %3。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the secret %1 could not be removed from the keychain: %2</source>
        <translation>无法从钥匙串中删除机密 %1：%2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Removed the secret %1 from profile &quot;%2&quot; and from the keychain.</source>
        <translation>已从配置 &quot;%2&quot; 和钥匙串中删除机密 %1。</translation>
    </message>
    <message>
        <source>the profile was kept because its secret %1 could not be removed from the keychain: %2</source>
        <translation type="vanished">由于无法从钥匙串中删除其机密 %1，配置已保留：%2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Deleted profile &quot;%1&quot;.</source>
        <translation>已删除配置 &quot;%1&quot;。</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>The profile&apos;s name.</source>
        <translation>配置的名称。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The environment variable that holds the secret.</source>
        <translation>保存该机密的环境变量。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>List, show, create, change, import and export saved launch profiles.</source>
        <translation>列出、显示、创建、修改、导入和导出已保存的启动配置。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved launch profiles: what `launch --profile NAME` runs. Their secrets are kept in the keychain.</source>
        <translation>已保存的启动配置：即 `launch --profile NAME` 运行的内容。其机密保存在钥匙串中。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>List the profiles: name, runner[@endpoint] and folder, tab-separated.</source>
        <translation>列出配置：名称、运行器[@端点]和文件夹，以制表符分隔。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Print a profile as JSON.</source>
        <translation>以 JSON 格式打印配置。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Rename a profile.</source>
        <translation>重命名配置。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its new name.</source>
        <translation>新名称。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save a copy of a profile, its secrets included.</source>
        <translation>保存配置的副本，包括其机密。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete a profile and its secrets.</source>
        <translation>删除配置及其机密。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write a profile to a file, without its secrets&apos; values.</source>
        <translation>将配置写入文件，不含其机密的值。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file to write.</source>
        <translation>要写入的文件。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the profile a file holds.</source>
        <translation>保存文件中包含的配置。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file to read.</source>
        <translation>要读取的文件。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep a secret of a profile in the keychain; the value is read from standard input.</source>
        <translation>将配置的机密保存在钥匙串中；值从标准输入读取。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remove a secret from a profile and from the keychain.</source>
        <translation>从配置和钥匙串中删除机密。</translation>
    </message>
    <message>
        <source>wrong number of arguments for &quot;%1&quot;.
</source>
        <translation type="vanished">&quot;%1&quot; 的参数数量不正确。
</translation>
    </message>
    <message>
        <location line="-106"/>
        <source>Exported &quot;%1&quot; to %2.</source>
        <translation>已将 &quot;%1&quot; 导出到 %2。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exported &quot;%1&quot; to %2 without the values of its secrets (%3).</source>
        <translation>已将 &quot;%1&quot; 导出到 %2，不含其机密（%3）的值。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Imported profile &quot;%1&quot;.</source>
        <translation>已导入配置 &quot;%1&quot;。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It needs the secret %1: set it with `beam-launcher profiles set-secret &quot;%2&quot; %1`.</source>
        <translation>它需要机密 %1：请用 `beam-launcher profiles set-secret &quot;%2&quot; %1` 设置。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It names programs or folders outside the pipeline, which a launch would use:
%1
Check them: its first launch asks you to accept them with `beam-launcher launch --profile &quot;%2&quot; --trust`.</source>
        <translation>它指定了管道之外、启动时会用到的程序或文件夹：
%1
请检查它们：首次启动时会要求你用 `beam-launcher launch --profile &quot;%2&quot; --trust` 接受它们。</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;.
</source>
        <translation type="vanished">未知命令 &quot;%1&quot;。
</translation>
    </message>
    <message>
        <location filename="../app/cli/EventPrinter.cpp" line="+4"/>
        <source>Package %1 (module %2)</source>
        <translation>包 %1（模块 %2）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Building the %1 for %2</source>
        <translation>正在为 %2 构建%1</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1 ready: %2 (the launcher&apos;s binary: one build served both)</source>
        <translation>%1已就绪：%2（即启动器的二进制文件：一次构建同时满足两者）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 ready: %2 (%3, verified %4, cgo %5) in %6 s</source>
        <translation>%1已就绪：%2（%3，已验证 %4，cgo %5），用时 %6 秒</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+7"/>
        <source>on</source>
        <translation>开</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>warning: %1 Beam Launcher keeps waiting: press Ctrl+C to cancel the job, or give --stall-timeout SECONDS to cancel stalled jobs by itself.</source>
        <translation>警告：%1 Beam Launcher 将继续等待：按 Ctrl+C 可取消作业，或指定 --stall-timeout SECONDS 让它自动取消停滞的作业。</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>%1 up to date: %2 (%3, verified %4, cgo %5; not built again)</source>
        <translation>%1已是最新：%2（%3，已验证 %4，cgo %5；未重新构建）</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+7"/>
        <source>off</source>
        <translation>关</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 failed: %2</source>
        <translation>%1失败：%2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Output is logged to %1</source>
        <translation>输出记录在 %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The launcher exited with code %1 after %2 s</source>
        <translation>启动器在 %2 秒后退出，退出码为 %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Job %1: %2 (%3)</source>
        <translation>作业 %1：%2（%3）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>[job %1] %2</source>
        <translation>[作业 %1] %2</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>[launcher build] </source>
        <translation>[启动器构建] </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>[worker build] </source>
        <translation>[工作器构建] </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>[launcher and worker build] </source>
        <translation>[启动器和工作器构建] </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>launcher and worker %1 (%2 s)</source>
        <translation>启动器和工作器 %1（%2 秒）</translation>
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
        <translation>启动器</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>worker</source>
        <translation>工作器</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>go build failed (exit code %1).</source>
        <translation>go build 失败（退出码 %1）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>go build was ended by a signal.</source>
        <translation>go build 被信号终止。</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Cannot create the output folder %1: check that it is writable, or choose another one with --out.</source>
        <translation>无法创建输出文件夹 %1：请检查其是否可写，或用 --out 选择其他文件夹。</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>%1 Go said: %2</source>
        <translation>%1 Go 报告：%2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The build constraints exclude all of the package&apos;s Go files with cgo off: if the package uses cgo (import &quot;C&quot;), build with cgo on (--cgo on the command line, &quot;cgo&quot; in the window&apos;s profile); else check its //go:build lines and --tags.</source>
        <translation>关闭 cgo 时，构建约束排除了该包的所有 Go 文件：如果该包使用 cgo（import &quot;C&quot;），请开启 cgo 构建（命令行中用 --cgo，窗口中勾选配置里的“cgo”）；否则请检查其 //go:build 行和 --tags。</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <location line="-95"/>
        <source>go build reported success but wrote no binary.</source>
        <translation>go build 报告成功，但没有生成二进制文件。</translation>
    </message>
    <message numerus="yes">
        <location line="-220"/>
        <source>downloading modules: %n so far</source>
        <translation>
            <numerusform>正在下载模块：目前已 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>compiling: %1 of about %2 packages</source>
        <translation>正在编译：已完成 %1 个，共约 %2 个包</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>compiling: %n package(s) so far</source>
        <translation>
            <numerusform>正在编译：目前已 %n 个包</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>linking (%1 packages compiled)</source>
        <translation>正在链接（已编译 %1 个包）</translation>
    </message>
    <message numerus="yes">
        <location line="+217"/>
        <source>go build failed with %n problem(s).</source>
        <translation>
            <numerusform>go build 失败，共 %n 个问题。</numerusform>
        </translation>
    </message>
    <message>
        <source>go version -m could not read the binary it just built.</source>
        <translation type="vanished">go version -m 无法读取刚刚构建的二进制文件。</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Cannot move the built binary to %1: %2</source>
        <translation>无法将构建好的二进制文件移动到 %1：%2</translation>
    </message>
    <message>
        <location filename="../app/go/DualBuild.cpp" line="+111"/>
        <source>The worker is the same build as the launcher (%1, cgo %2): one go build makes both.</source>
        <translation>工作器与启动器是同一个构建（%1，cgo %2）：一次 go build 即可生成两者。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>on</source>
        <translation>开</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>off</source>
        <translation>关</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Its output: %1</source>
        <translation>其输出：%1</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Cannot place the worker binary at %1: %2</source>
        <translation>无法将工作器二进制文件放到 %1：%2</translation>
    </message>
    <message>
        <location filename="../app/go/GoJson.cpp" line="+24"/>
        <source>%1 printed nothing.</source>
        <translation>%1 没有任何输出。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 printed something that is not a JSON object (%2 at offset %3).</source>
        <translation>%1 输出的内容不是 JSON 对象（偏移量 %3 处：%2）。</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>go env -json did not report GOVERSION, GOROOT, GOHOSTOS and GOHOSTARCH: this go is older than Go 1.16 or not the Go toolchain. Install a current Go from https://go.dev/dl/.</source>
        <translation>go env -json 未报告 GOVERSION、GOROOT、GOHOSTOS 和 GOHOSTARCH：此 go 早于 Go 1.16，或者不是 Go 工具链。请从 https://go.dev/dl/ 安装最新的 Go。</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>go list -json printed an object without ImportPath or Dir: it does not describe a package.</source>
        <translation>go list -json 输出的对象没有 ImportPath 或 Dir：它描述的不是一个包。</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>It is not a Go program: go version -m found no Go build information in it (%1). Build it with go build, or pick the right file.</source>
        <translation>这不是 Go 程序：go version -m 未在其中找到 Go 构建信息（%1）。请用 go build 构建，或选择正确的文件。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>go version -m printed &quot;%1&quot;, which does not describe a Go program.</source>
        <translation>go version -m 输出了“%1”，它描述的不是 Go 程序。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>It is not a Go program: go version -m found no Go build information in it. Build it with go build, or pick the right file.</source>
        <translation>这不是 Go 程序：go version -m 未在其中找到 Go 构建信息。请用 go build 构建，或选择正确的文件。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The %1 binary does not record the platform it was built for (it was built by %2; Go records GOOS and GOARCH since Go 1.18), so it cannot be checked against %3. Rebuild it with a current Go.</source>
        <translation>%1二进制文件没有记录其目标平台（它由 %2 构建；Go 从 Go 1.18 起才记录 GOOS 和 GOARCH），因此无法与 %3 比对。请用最新的 Go 重新构建。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>an unknown Go</source>
        <translation>未知版本的 Go</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The %1 binary is built for %2, but %3 is needed: started on %3 machines it would fail with &quot;exec format error&quot;. Rebuild it with GOOS=%4 GOARCH=%5.</source>
        <translation>%1二进制文件是为 %2 构建的，但需要的是 %3：在 %3 机器上启动会因 &quot;exec format error&quot; 而失败。请用 GOOS=%4 GOARCH=%5 重新构建。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The %1 binary is built with CGO_ENABLED=1: it links the C library of the machine that built it, so Beam&apos;s worker containers can fail with glibc errors (Beam issue 24470). Rebuild it with CGO_ENABLED=0, or allow cgo (--cgo) if the pipeline needs C code.</source>
        <translation>%1二进制文件是用 CGO_ENABLED=1 构建的：它链接了构建机器的 C 库，因此 Beam 的工作器容器可能出现 glibc 错误（Beam issue 24470）。请用 CGO_ENABLED=0 重新构建；如果管道需要 C 代码，请允许 cgo（--cgo）。</translation>
    </message>
    <message>
        <location filename="../app/go/GoToolchain.cpp" line="+73"/>
        <source>No Go toolchain at %1: give the path of the go command (for example /usr/local/go/bin/go), or leave it empty to use the one on PATH.</source>
        <translation>%1 处没有 Go 工具链：请提供 go 命令的路径（例如 /usr/local/go/bin/go），或留空以使用 PATH 中的 go。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No Go toolchain found on PATH or in the usual places. Install Go 1.%1 or newer from https://go.dev/dl/, or give the path of the go command with --go.</source>
        <translation>在 PATH 和常用位置都找不到 Go 工具链。请从 https://go.dev/dl/ 安装 Go 1.%1 或更高版本，或用 --go 提供 go 命令的路径。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 env -json failed: %2</source>
        <translation>%1 env -json 失败：%2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 is too old: Beam Launcher needs Go 1.%2 or newer. Install a current release from https://go.dev/dl/.</source>
        <translation>%1 版本过旧：Beam Launcher 需要 Go 1.%2 或更高版本。请从 https://go.dev/dl/ 安装最新版本。</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>%1 is not a platform this Go toolchain can build for. Valid platforms (go tool dist list): %2.</source>
        <translation>此 Go 工具链无法为 %1 平台构建。有效的平台（go tool dist list）：%2。</translation>
    </message>
    <message>
        <location filename="../app/go/BinaryCheck.cpp" line="+31"/>
        <source>go version -m could not read the binary.</source>
        <translation>go version -m 无法读取该二进制文件。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 is not a Go program Beam Launcher can check (%2).</source>
        <translation>%1 不是 Beam Launcher 能够检查的 Go 程序（%2）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is not a Go program: it holds no Go build information.</source>
        <translation>%1 不是 Go 程序：其中没有 Go 构建信息。</translation>
    </message>
    <message>
        <location filename="../app/go/OldestSystem.cpp" line="+60"/>
        <source>The launcher for %1 needs at least %2: Go 1.%3&apos;s release notes say so, and Go %4&apos;s may ask for a newer one.</source>
        <translation>%1 的启动器至少需要 %2：Go 1.%3 的发行说明如此规定，而 Go %4 可能要求更新的版本。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The launcher for %1 needs %2 or newer: the oldest that Go %3 supports (Go&apos;s release notes).</source>
        <translation>%1 的启动器需要 %2 或更新版本：这是 Go %3 支持的最旧版本（据 Go 的发行说明）。</translation>
    </message>
    <message>
        <location filename="../app/go/PackageProbe.cpp" line="+42"/>
        <source>%1 is not a folder.</source>
        <translation>%1 不是文件夹。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Go could not be started: %1</source>
        <translation>无法启动 Go：%1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Go cannot load the package: %1</source>
        <translation>Go 无法加载该包：%1</translation>
    </message>
    <message>
        <location filename="../app/go/Platform.cpp" line="+44"/>
        <source>&quot;%1&quot; is not a platform: write it as GOOS/GOARCH, for example linux/amd64.</source>
        <translation>“%1”不是平台：请写成 GOOS/GOARCH 的形式，例如 linux/amd64。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;%1&quot; is not a platform: GOOS and GOARCH are lower-case names such as linux/amd64 or darwin/arm64.</source>
        <translation>“%1”不是平台：GOOS 和 GOARCH 是小写名称，例如 linux/amd64 或 darwin/arm64。</translation>
    </message>
</context>
<context>
    <name>bl::jobs</name>
    <message>
        <location filename="../app/jobs/JobApiClient.cpp" line="+239"/>
        <source>no job service endpoint: give HOST:PORT, for example localhost:8073.</source>
        <translation>没有作业服务端点：请提供 HOST:PORT，例如 localhost:8073。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is a URL: give the job service as HOST:PORT, for example localhost:8073.</source>
        <translation>“%1”是 URL：请以 HOST:PORT 形式提供作业服务，例如 localhost:8073。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; has no port: give HOST:PORT, for example localhost:8073.</source>
        <translation>“%1”没有端口：请提供 HOST:PORT，例如 localhost:8073。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; has no valid port (1-65535): give HOST:PORT.</source>
        <translation>“%1”没有有效端口（1-65535）：请提供 HOST:PORT。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>write an IPv6 address in brackets: [%1]:%2.</source>
        <translation>IPv6 地址请写在方括号中：[%1]:%2。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is not a host name.</source>
        <translation>“%1”不是主机名。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>cannot reach the job service at %1 (%2)</source>
        <translation>无法连接到 %1 的作业服务（%2）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the job service at %1 did not answer in time</source>
        <translation>%1 的作业服务未及时应答</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the job service at %1 knows no such job (%2)</source>
        <translation>%1 的作业服务不知道此作业（%2）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the job service at %1 does not support this request (%2)</source>
        <translation>%1 的作业服务不支持此请求（%2）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the request to %1 was stopped</source>
        <translation>对 %1 的请求已停止</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the job service at %1 answered with an error: %2 (gRPC code %3)</source>
        <translation>%1 的作业服务返回错误：%2（gRPC 代码 %3）</translation>
    </message>
    <message>
        <location line="+282"/>
        <source>no answer for %1 s</source>
        <translation>%1 秒无应答</translation>
    </message>
    <message>
        <source>no answer within %1 ms, twice</source>
        <translation type="vanished">%1 毫秒内无应答，共两次</translation>
    </message>
    <message>
        <location filename="../app/jobs/JobSupervisor.cpp" line="+22"/>
        <source>the runner did not confirm the cancel within %1 s</source>
        <translation>运行器未在 %1 秒内确认取消</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+139"/>
        <source>the job had ended %1 already</source>
        <translation>作业已经以 %1 结束</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>the job ended %1, not CANCELLED</source>
        <translation>作业以 %1 而非 CANCELLED 结束</translation>
    </message>
    <message>
        <location filename="../app/jobs/JobApiClient.cpp" line="-104"/>
        <source>The job service at %1 has not answered for %2 s; it is given %3 s before it is taken for gone.</source>
        <translation>%1 处的作业服务已 %2 秒未应答；在认定其已消失前再等待 %3 秒。</translation>
    </message>
    <message>
        <location filename="../app/jobs/JobSupervisor.cpp" line="+11"/>
        <source>the job service at %1 is gone (%2)</source>
        <translation>%1 的作业服务已消失（%2）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the job service at %1 cannot tell about job %2 (%3)</source>
        <translation>%1 的作业服务无法提供作业 %2 的信息（%3）</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>the job was not submitted yet</source>
        <translation>作业尚未提交</translation>
    </message>
    <message>
        <location filename="../app/jobs/FlinkRest.cpp" line="+75"/>
        <source>No Flink REST address: give HOST:PORT, for example %1.</source>
        <translation>没有 Flink REST 地址：请以 HOST:PORT 形式给出，例如 %1。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; is not a Flink REST address: give HOST:PORT, for example %2.</source>
        <translation>&quot;%1&quot; 不是 Flink REST 地址：请以 HOST:PORT 形式给出，例如 %2。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is not an HTTP address: Flink&apos;s REST API is HTTP (http://HOST:PORT).</source>
        <translation>&quot;%1&quot; 不是 HTTP 地址：Flink 的 REST API 使用 HTTP（http://HOST:PORT）。</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>connection refused</source>
        <translation>连接被拒绝</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>host %1 not found</source>
        <translation>找不到主机 %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no answer within %1 s</source>
        <translation>%1 秒内无响应</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No Flink REST API at %1: %2. Is the JobManager running? Set the Flink REST address in the profile.</source>
        <translation>%1 上没有 Flink REST API：%2。JobManager 是否在运行？请在配置中设置 Flink REST 地址。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The Flink REST API at %1 answered HTTP %2 to %3: %4</source>
        <translation>%1 上的 Flink REST API 对 %3 返回了 HTTP %2：%4</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 answers, but not as Flink&apos;s REST API (its /config names no Flink version). Set the Flink REST address in the profile.</source>
        <translation>%1 有响应，但不是 Flink 的 REST API（其 /config 未给出 Flink 版本）。请在配置中设置 Flink REST 地址。</translation>
    </message>
    <message>
        <location filename="../app/jobs/JobGraph.cpp" line="+272"/>
        <source>Graphviz (its dot command) is not installed: it draws the job&apos;s graph.</source>
        <translation>未安装 Graphviz（其 dot 命令）：需要用它来绘制作业的图。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Graphviz (%1) did not start: %2</source>
        <translation>Graphviz（%1）未能启动：%2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Graphviz took longer than %1 s to lay out the job&apos;s graph.</source>
        <translation>Graphviz 布局作业的图用时超过 %1 秒。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Graphviz could not lay out the job&apos;s graph: %1</source>
        <translation>Graphviz 无法对作业的图进行布局：%1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>1 element</source>
        <translation>1 个元素</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 elements</source>
        <translation>%1 个元素</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
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
        <translation>预先构建已关闭</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sources changed: building ahead shortly…</source>
        <translation>源代码已更改：即将开始预先构建…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Building ahead…</source>
        <translation>正在预先构建…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Binaries up to date (built %1)</source>
        <translation>二进制文件已是最新（构建于 %1）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Build ahead failed: press Build to see why</source>
        <translation>预先构建失败：点击“构建”查看原因</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Building ahead once process %1 no longer uses the binaries&apos; folder</source>
        <translation>进程 %1 不再使用二进制文件所在的文件夹后即开始预先构建</translation>
    </message>
    <message>
        <location filename="../app/launch/CgoCheck.cpp" line="+83"/>
        <source>%1 and %2 more</source>
        <translation>%1 等另外 %2 个</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The pipeline depends on packages that use cgo (%1), and this build is without it (CGO_ENABLED=0): Go then builds them from their files for builds without cgo, which for some (go-sqlite3) are stubs that fail when the pipeline runs. If the pipeline needs them, build with cgo (--cgo; in the window, the profile&apos;s &quot;cgo&quot; box beside Build tags); each platform then needs a C compiler for it.</source>
        <translation>流水线依赖使用 cgo 的包（%1），而本次构建不使用 cgo（CGO_ENABLED=0）：Go 会用这些包为无 cgo 构建准备的文件来构建它们，其中一些（go-sqlite3）是在流水线运行时失败的桩代码。如果流水线需要它们，请使用 cgo 构建（--cgo；在窗口中为配置文件构建标签旁的“cgo”复选框）；届时每个平台都需要相应的 C 编译器。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>It says it needs cgo: build with cgo (--cgo; in the window, the profile&apos;s &quot;cgo&quot; box beside Build tags), with a C compiler for each platform.</source>
        <translation>它表明需要 cgo：请使用 cgo 构建（--cgo；在窗口中为配置文件构建标签旁的“cgo”复选框），并为每个平台准备 C 编译器。</translation>
    </message>
    <message>
        <location filename="../app/launch/FirstLaunchCost.cpp" line="+99"/>
        <source>Go downloads %1 of the %2 modules the pipeline needs</source>
        <translation>Go 将下载流水线所需 %2 个模块中的 %1 个</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>compiles the Beam Go SDK %1 with its dependencies (the sample: about 800 packages, minutes on two cores)</source>
        <translation>编译 Beam Go SDK %1 及其依赖（示例：约 800 个包，双核需数分钟）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Beam Launcher builds Prism %1 and Beam&apos;s boot, once for this Beam version (a few minutes)</source>
        <translation>Beam Launcher 会为此 Beam 版本构建一次 Prism %1 和 Beam 的 boot（几分钟）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>First launch on this computer: %1. Later launches reuse all of it.</source>
        <translation>在此计算机上首次启动：%1。之后的启动会复用这一切。</translation>
    </message>
    <message>
        <location filename="../app/launch/FlinkWorkerLogs.cpp" line="+82"/>
        <source>The TaskManagers&apos; logs cannot be read at the moment: %1</source>
        <translation>目前无法读取 TaskManager 的日志：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 On Flink the workers&apos; lines go to the TaskManagers&apos; logs (in Flink&apos;s web page, or log/ of each TaskManager); set the runner option flink_rest_address to the JobManager&apos;s REST address to see them here.</source>
        <translation>%1 在 Flink 上，工作器的输出行写入 TaskManager 的日志（在 Flink 的网页中，或各 TaskManager 的 log/ 中）；要在这里查看，请将运行器选项 flink_rest_address 设为 JobManager 的 REST 地址。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Flink %1 at %2: the TaskManagers&apos; logs, where the workers&apos; lines go, are followed.</source>
        <translation>%2 上的 Flink %1：正在跟踪 TaskManager 的日志（工作器的输出行写入其中）。</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Flink at %1 knows no job named %2: its page cannot be linked.</source>
        <translation>%1 上的 Flink 没有名为 %2 的作业：无法链接到其页面。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Reading the workers&apos; last lines from the TaskManagers&apos; logs in %1 s (Flink serves a TaskManager&apos;s log as it was for up to %2 s)...</source>
        <translation>将在 %1 秒后从 TaskManager 的日志读取工作进程的最后几行（Flink 在最多 %2 秒内返回 TaskManager 日志的旧内容）...</translation>
    </message>
    <message>
        <location filename="../app/launch/LaunchRun.cpp" line="+94"/>
        <source>Following job %1 through the job service at %2.</source>
        <translation>正在通过 %2 的作业服务跟踪作业 %1。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Job %1 is %2 on the runner, but the launcher has not exited %3 s later: stopping it.</source>
        <translation>作业 %1 在运行器上已为 %2，但启动器在 %3 秒后仍未退出：正在停止它。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The runner is gone: %1. Job %2 may or may not still run; the launcher ended with code %3.</source>
        <translation>运行器已不可用：%1。作业 %2 可能仍在运行，也可能已停止；启动器以代码 %3 结束。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The runner is gone: %1. Job %2 may or may not still run; the launcher is stopped.</source>
        <translation>运行器已不存在：%1。作业 %2 可能仍在运行，也可能没有；启动器已停止。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the job</source>
        <translation>该作业</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>job %1</source>
        <translation>作业 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A worker of %1 ended before the job did: %2.</source>
        <translation>%1 的一个工作器在作业结束前就已结束：%2。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Its last error lines:</source>
        <translation>其最后几行错误输出：</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Cancelled before the launch.</source>
        <translation>已在启动前取消。</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>The local Prism job server was not prepared.</source>
        <translation>本地 Prism 作业服务器未准备好。</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>The workers run in the managed Prism&apos;s folder, not in %1: relative paths in the pipeline flags are passed as absolute paths:
  %2</source>
        <translation>工作器在受管 Prism 的文件夹中运行，而不是在 %1 中：管道标志中的相对路径将作为绝对路径传递：
  %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The launcher runs in %1; relative paths in its flags are read from there:
  %2</source>
        <translation>启动器在 %1 中运行；其标志中的相对路径从那里读取：
  %2</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>It says two of its packages register the same protobuf file: an older Beam built with today&apos;s google.golang.org/protobuf does that. Launch with --env GOLANG_PROTOBUF_REGISTRATION_CONFLICT=warn (in the window, the profile&apos;s environment), or require the protobuf version of that Beam release in go.mod.</source>
        <translation>它报告其中两个包注册了同一个 protobuf 文件：用当前的 google.golang.org/protobuf 构建旧版 Beam 时会出现这种情况。请使用 --env GOLANG_PROTOBUF_REGISTRATION_CONFLICT=warn 启动（在窗口中：配置的环境变量），或在 go.mod 中 require 该 Beam 版本所用的 protobuf 版本。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The pipeline uses Beam&apos;s old module (github.com/apache/beam, before v2.26), whose generated protobuf files clash with today&apos;s google.golang.org/protobuf when the program starts: the launcher runs with %1=warn, protobuf&apos;s own switch for it.</source>
        <translation>该管道使用 Beam 的旧模块（github.com/apache/beam，v2.26 之前），其生成的 protobuf 文件在程序启动时会与当前的 google.golang.org/protobuf 冲突：启动器以 %1=warn（protobuf 自身为此提供的开关）运行。</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+55"/>
        <source>Cancelling job %1 on the runner (%2)...</source>
        <translation>正在取消运行器上的作业 %1（%2）...</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Leaving job %1 running on the runner (%2); only the launcher stops.</source>
        <translation>作业 %1 将继续在运行器（%2）上运行；只停止启动器。</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>no reason given</source>
        <translation>未给出原因</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Job %1 has been RUNNING for %2 s with no worker alive and no progress: the runner may be waiting for a worker that will not come.</source>
        <translation>作业 %1 已处于 RUNNING 状态 %2 秒，既没有存活的工作器，也没有任何进展：运行器可能在等待一个不会到来的工作器。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancelling it, as --stall-timeout asks.</source>
        <translation>按 --stall-timeout 的要求取消该作业。</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>No job reached the job service at %1: the launcher exited (code %2) without submitting one. Its output above may say why (a pipeline error it only logged, or a program that runs its pipeline itself instead of with beamx.Run).</source>
        <translation>没有作业到达 %1 的作业服务：启动器未提交作业就退出了（退出码 %2）。上方的输出可能说明了原因（管道错误只被记录在日志中，或者程序没有使用 beamx.Run，而是自行运行其管道）。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Job %1 ended %2 on the runner, although the launcher exited with code 0.</source>
        <translation>作业 %1 在运行器上以 %2 结束，尽管启动器的退出码为 0。</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The launcher exited with code %1.</source>
        <translation>启动器已退出，退出码为 %1。</translation>
    </message>
    <message>
        <location line="-17"/>
        <location line="+72"/>
        <source>Cancelled: the launcher and everything it started were stopped.</source>
        <translation>已取消：启动器及其启动的所有进程都已停止。</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>The launcher crashed: %1</source>
        <translation>启动器崩溃：%1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Job %1 is CANCELLED on the runner.</source>
        <translation>作业 %1 在运行器上为 CANCELLED。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The runner did not confirm that job %1 is cancelled (%2). It may still be running: check %3.</source>
        <translation>运行器未确认作业 %1 已取消（%2）。它可能仍在运行：请检查 %3。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cancelled: job %1 reached the runner as its launcher stopped, and was cancelled there.</source>
        <translation>已取消：作业 %1 在其启动器停止时已到达运行器，并已在运行器上取消。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled here; job %1 reached the runner as its launcher stopped, and was not confirmed cancelled there.</source>
        <translation>已在此处取消；作业 %1 在其启动器停止时已到达运行器，未确认已在运行器上取消。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cancelled: job %1 was cancelled on the runner.</source>
        <translation>已取消：作业 %1 已在运行器上取消。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled here; job %1 was not confirmed cancelled on the runner.</source>
        <translation>已在此处取消；未确认作业 %1 已在运行器上取消。</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+33"/>
        <source>Job %1 reached the runner as its launcher stopped: cancelling it there (%2)...</source>
        <translation>作业 %1 在其启动器停止时已到达运行器：正在运行器上取消它（%2）...</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Stopped: job %1 reached the runner as its launcher stopped, and had already ended %2 there.</source>
        <translation>已停止：作业 %1 在其启动器停止时已到达运行器，并已在运行器上以 %2 结束。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Looking whether a job of the stopped launcher reached the runner (%1)...</source>
        <translation>正在检查已停止的启动器的作业是否已到达运行器（%1）...</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Stopped: job %1 had already ended %2; its launcher was still running and was stopped.</source>
        <translation>已停止：作业 %1 已以 %2 结束；其启动器仍在运行，已被停止。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancelled: job %1 was cancelled on the runner, and the launcher stopped.</source>
        <translation>已取消：作业 %1 已在运行器上取消，启动器已停止。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled here: the launcher stopped. Job %1 was not confirmed cancelled on the runner.</source>
        <translation>已在此处取消：启动器已停止。未确认作业 %1 已在运行器上取消。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Job %1 ended %2; its launcher had to be stopped.</source>
        <translation>作业 %1 以 %2 结束；不得不停止其启动器。</translation>
    </message>
    <message>
        <location filename="../app/launch/LaunchSession.cpp" line="+62"/>
        <location line="+228"/>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>%1 is not a folder: give the folder that holds the pipeline&apos;s main package.</source>
        <translation>%1 不是文件夹：请提供管道 main 包所在的文件夹。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 has no Go files: give the folder of the pipeline&apos;s main package (the one with func main and beam.Init()).</source>
        <translation>%1 中没有 Go 文件：请提供管道 main 包（含有 func main 和 beam.Init() 的包）所在的文件夹。</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>Using %1 at %2</source>
        <translation>使用位于 %2 的 %1</translation>
    </message>
    <message>
        <location line="+110"/>
        <location line="+13"/>
        <source>Go cannot load the package in %1:
%2</source>
        <translation>Go 无法加载 %1 中的包：
%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 holds package %2, not package main: a pipeline is a program. Choose the folder of the package with func main() (it calls beam.Init()).</source>
        <translation>%1 中是 package %2，而不是 package main：管道是一个程序。请选择含有 func main()（其中调用 beam.Init()）的包所在的文件夹。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Package %1 does not import the Beam Go SDK (github.com/apache/beam/sdks/v2/go/pkg/beam, or github.com/apache/beam/sdks/go/pkg/beam before Beam&apos;s Go module): is this the pipeline&apos;s folder?</source>
        <translation>包 %1 没有导入 Beam Go SDK（github.com/apache/beam/sdks/v2/go/pkg/beam，或 Beam 采用 Go 模块之前的 github.com/apache/beam/sdks/go/pkg/beam）：这确实是管道的文件夹吗？</translation>
    </message>
    <message>
        <location line="+152"/>
        <source>The pipeline defines no flag -%1 (its --help lists none by that name): Go&apos;s flag package will refuse it and the launcher will stop.</source>
        <translation>流水线未定义标志 -%1（其 --help 中没有此名称）：Go 的 flag 包会拒绝它，启动器将停止。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The pipeline defines no flag -%1; did you mean -%2? Go&apos;s flag package will refuse -%1 and the launcher will stop.</source>
        <translation>流水线未定义标志 -%1；您是指 -%2 吗？Go 的 flag 包会拒绝 -%1，启动器将停止。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This program runs its pipeline itself, in this process: it defines no --runner flag (its main calls a runner such as direct.Execute instead of beamx.Run), so no job goes to a runner. It is started without the runner settings (runner %1, endpoint, environment%2).</source>
        <translation>此程序在本进程中自行运行其管道：它没有定义 --runner 标志（其 main 调用的是 direct.Execute 之类的运行器，而不是 beamx.Run），因此不会有作业发送到运行器。它将在不带运行器设置（运行器 %1、端点、环境%2）的情况下启动。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>, the local Prism job server</source>
        <translation>、本地 Prism 作业服务器</translation>
    </message>
    <message>
        <source>Package %1 does not import the Beam Go SDK (github.com/apache/beam/sdks/v2): is this the pipeline&apos;s folder?</source>
        <translation type="vanished">包 %1 没有导入 Beam Go SDK（github.com/apache/beam/sdks/v2）：这确实是管道的文件夹吗？</translation>
    </message>
    <message>
        <location line="-109"/>
        <source>Both binaries are up to date: built at %1 from the sources and settings as they are now; nothing to build.</source>
        <translation>两个二进制文件均已是最新：于 %1 根据当前的源代码和设置构建；无需构建。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Cancelled: both builds were stopped and no binary was kept.</source>
        <translation>已取消：两次构建均已停止，未保留任何二进制文件。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 (%2): %3</source>
        <translation>%1（%2）：%3</translation>
    </message>
    <message>
        <source>%1 is not a file: give both --launcher-binary and --worker-binary as paths to built binaries.</source>
        <translation type="vanished">%1 不是文件：请将 --launcher-binary 和 --worker-binary 都设为已构建的二进制文件的路径。</translation>
    </message>
    <message>
        <source>%1 refused before launch: %2</source>
        <translation type="vanished">%1 在启动前被拒绝：%2</translation>
    </message>
    <message>
        <location filename="../app/launch/LaunchLogFile.cpp" line="+49"/>
        <source>The launch log %1 cannot be written any more (%2): the output is still shown here.</source>
        <translation>无法再写入启动日志 %1（%2）：输出仍会显示在这里。</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Cannot write the log file %1: %2</source>
        <translation>无法写入日志文件 %1：%2</translation>
    </message>
    <message>
        <location filename="../app/launch/LaunchSpec.cpp" line="+36"/>
        <source>Choose the runner in the Runner field (--runner), not as a pipeline flag.</source>
        <translation>请在“运行器”字段（--runner）中选择运行器，而不是作为管道标志。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set the job service address in the Endpoint field (--endpoint), not as a pipeline flag.</source>
        <translation>请在“端点”字段（--endpoint）中设置作业服务地址，而不是作为管道标志。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Beam Launcher builds the worker and passes --worker_binary itself; to use a binary of your own, set the prebuilt worker binary (--worker-binary) instead of a pipeline flag.</source>
        <translation>Beam Launcher 会自行构建工作器并传递 --worker_binary；如需使用自己的二进制文件，请设置预构建的工作器二进制文件（--worker-binary），而不是使用管道标志。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set the environment type in the Environment type field (--environment-type), not as a pipeline flag.</source>
        <translation>请在“环境类型”字段（--environment-type）中设置环境类型，而不是作为管道标志。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set the environment config in the Environment config field (--environment-config), not as a pipeline flag.</source>
        <translation>请在“环境配置”字段（--environment-config）中设置环境配置，而不是作为管道标志。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The %1 platform is not valid: %2</source>
        <translation>%1平台无效：%2</translation>
    </message>
    <message>
        <location line="+157"/>
        <source>The endpoint is empty: write it as HOST:PORT, for example localhost:8099.</source>
        <translation>端点为空：请写成 HOST:PORT 的形式，例如 localhost:8099。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the endpoint &quot;%1&quot; as HOST:PORT without a scheme, for example localhost:8099.</source>
        <translation>请将端点“%1”写成不带协议前缀的 HOST:PORT 形式，例如 localhost:8099。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Write an IPv6 endpoint as [ADDRESS]:PORT, for example [::1]:8099.</source>
        <translation>请将 IPv6 端点写成 [ADDRESS]:PORT 的形式，例如 [::1]:8099。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; is not an IPv6 address.</source>
        <translation>“%1”不是 IPv6 地址。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The endpoint &quot;%1&quot; has no port: write it as HOST:PORT, for example %1:8099.</source>
        <translation>端点“%1”没有端口：请写成 HOST:PORT 的形式，例如 %1:8099。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Put an IPv6 address in brackets: [%1]:%2.</source>
        <translation>请将 IPv6 地址放在方括号中：[%1]:%2。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is not a host name or address: write the endpoint as HOST:PORT, for example localhost:8099.</source>
        <translation>“%1”不是主机名或地址：请将端点写成 HOST:PORT 的形式，例如 localhost:8099。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; is not a port: use a number from 1 to 65535.</source>
        <translation>“%1”不是端口：请使用 1 到 65535 之间的数字。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The secret %1 contains a NUL character: the system would cut the value short there. Give the value without it.</source>
        <translation>机密 %1 包含 NUL 字符：系统会在该处截断值。请提供不含该字符的值。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The value of %1 contains a NUL character: the system would cut it short there. Give the value without it.</source>
        <translation>%1 的值包含 NUL 字符：系统会在该处截断它。请提供不含该字符的值。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The secret %1 is %2 KiB long; secrets may be at most %3 KiB (a launcher could not even start with it). Store a file&apos;s path, or a reference to it, instead.</source>
        <translation>机密 %1 长 %2 KiB；机密最多 %3 KiB（带着它启动器甚至无法启动）。请改为保存文件的路径或对它的引用。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The value of %1 is %2 KiB long; environment values may be at most %3 KiB (a launcher could not even start with it). Pass a file&apos;s path instead.</source>
        <translation>%1 的值长 %2 KiB；环境变量值最多 %3 KiB（带着它启动器甚至无法启动）。请改为传递文件的路径。</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Choose the folder of the pipeline&apos;s main package.</source>
        <translation>请选择管道 main 包所在的文件夹。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A prebuilt worker binary is set but no launcher binary: give both prebuilt binaries, or neither to build them.</source>
        <translation>已设置预构建的工作器二进制文件，但没有启动器二进制文件：请同时提供两个预构建的二进制文件，或都不提供以便构建它们。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A prebuilt launcher binary is set but no worker binary: give both prebuilt binaries, or neither to build them.</source>
        <translation>已设置预构建的启动器二进制文件，但没有工作器二进制文件：请同时提供两个预构建的二进制文件，或都不提供以便构建它们。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>launcher</source>
        <translation>启动器</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>worker</source>
        <translation>工作器</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Beam&apos;s runners start workers on Linux, but the worker is set to %1: use linux/amd64 (or linux/arm64 for Arm machines) unless your runner really runs %2 workers.</source>
        <translation>Beam 的运行器在 Linux 上启动工作器，但工作器被设为 %1：除非你的运行器确实运行 %2 工作器，否则请使用 linux/amd64（Arm 机器则用 linux/arm64）。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose a runner, for example prism to run on this computer.</source>
        <translation>请选择运行器，例如在本机运行可选 prism。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Beam knows no runner &quot;%1&quot;: did you mean %2? &quot;%1&quot; is passed to the launcher as given.</source>
        <translation>Beam 没有名为“%1”的运行器：你是指 %2 吗？“%1”将原样传给启动器。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Beam Launcher does not know the runner &quot;%1&quot;; it is passed to the launcher as given. Check the spelling if the launch fails.</source>
        <translation>Beam Launcher 不认识运行器“%1”，将原样传给启动器。如果启动失败，请检查拼写。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A local Prism job server runs Prism jobs: choose the prism runner (or universal for a Beam SDK older than Prism), or turn the local job server off.</source>
        <translation>本地 Prism 作业服务器运行的是 Prism 作业：请选择 prism 运行器（对于早于 Prism 的 Beam SDK 则选 universal），或关闭本地作业服务器。</translation>
    </message>
    <message>
        <source>A local Prism job server runs Prism jobs: choose the prism runner, or turn the local job server off.</source>
        <translation type="vanished">本地 Prism 作业服务器运行的是 Prism 作业：请选择 prism 运行器，或关闭本地作业服务器。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The local Prism job server gets an endpoint of its own: clear the endpoint, or turn the local job server off to use the job service at %1.</source>
        <translation>本地 Prism 作业服务器会使用自己的端点：请清空端点，或关闭本地作业服务器以使用 %1 上的作业服务。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The local Prism job server is built for the Beam version the pipeline&apos;s go.mod requires: give the pipeline&apos;s folder too.</source>
        <translation>本地 Prism 作业服务器是按管道的 go.mod 所 require 的 Beam 版本构建的：请同时提供管道的文件夹。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The %1 runner needs the address of its job service: give --endpoint HOST:PORT (its job server listens on port %2 by default, so localhost:%2 when it runs on this computer).</source>
        <translation>%1 运行器需要其作业服务的地址：请提供 --endpoint HOST:PORT（其作业服务器默认监听端口 %2，因此在本机运行时为 localhost:%2）。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The %1 runner does not use a job service endpoint: %2 is passed on but has no effect. Clear the endpoint unless you know it is needed.</source>
        <translation>%1 运行器不使用作业服务端点：%2 会被传递，但不起作用。除非确定需要，否则请清空端点。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;%1&quot; is not an environment type: use one of %2 (Beam would silently use DOCKER instead).</source>
        <translation>“%1”不是环境类型：请使用 %2 之一（否则 Beam 会在不提示的情况下改用 DOCKER）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The %1 runner does not use an environment type; %2 has no effect.</source>
        <translation>%1 运行器不使用环境类型；%2 不起作用。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The %1 runner is not used with %2 workers; it supports %3.</source>
        <translation>%1 运行器不与 %2 工作器一起使用；它支持 %3。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>PROCESS workers need a JSON object as environment config naming the command that starts them, for example {&quot;command&quot;: &quot;/opt/apache/beam/boot&quot;}.</source>
        <translation>PROCESS 工作器需要一个 JSON 对象作为环境配置，指明启动工作器的命令，例如 {&quot;command&quot;: &quot;/opt/apache/beam/boot&quot;}。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The PROCESS environment config has no &quot;command&quot;: add the program that starts a worker, for example {&quot;command&quot;: &quot;/opt/apache/beam/boot&quot;}.</source>
        <translation>PROCESS 环境配置中没有 &quot;command&quot;：请添加启动工作器的程序，例如 {&quot;command&quot;: &quot;/opt/apache/beam/boot&quot;}。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>EXTERNAL workers need the address of their worker pool as environment config, for example localhost:50000.</source>
        <translation>EXTERNAL 工作器需要将其工作器池的地址作为环境配置，例如 localhost:50000。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A launch setting (%1) contains a NUL character: the launcher would get it cut short. Remove it.</source>
        <translation>启动设置（%1）包含 NUL 字符：启动器收到的值会被截断。请删除它。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The runner option %1 contains a NUL character: the launcher would get it cut short. Remove it.</source>
        <translation>运行器选项 %1 包含 NUL 字符：启动器收到的值会被截断。请删除它。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>--%1 is not an option of the %2 runner and is not passed; add it to the pipeline flags if the pipeline needs it.</source>
        <translation>--%1 不是 %2 运行器的选项，不会被传递；如果管道需要它，请将其添加到管道标志中。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&quot;%1&quot; is not an environment variable name: use letters, digits and _, not starting with a digit.</source>
        <translation>“%1”不是环境变量名：请使用字母、数字和 _，且不能以数字开头。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The environment variable %1 is set twice: remove one of them.</source>
        <translation>环境变量 %1 被设置了两次：请删除其中一个。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 looks like a secret, but its value is stored in plain text in the profile and shown in the command line. Make it a secret instead: `beam-launcher profiles set-secret PROFILE %1` (it reads the value from standard input, and keeps it in the keychain).</source>
        <translation>%1 看起来是机密，但其值以明文保存在配置中，并显示在命令行里。请改为将其设为机密：`beam-launcher profiles set-secret PROFILE %1`（它从标准输入读取值，并保存在钥匙串中）。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The pipeline flag &quot;%1&quot; contains a NUL character: the launcher would get it cut short there (&quot;%2&quot;). Remove it.</source>
        <translation>管道标志“%1”包含 NUL 字符：启动器收到的值会在该处被截断（“%2”）。请删除它。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A pipeline flag contains the value of the secret variable %1: flags are visible to anyone who can list processes and in the runner&apos;s console. Let the pipeline read %1 from its environment instead.</source>
        <translation>某个管道标志包含机密变量 %1 的值：任何能列出进程的人都能看到标志，运行器的控制台中也会显示。请改为让管道从环境中读取 %1。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The pipeline flag &quot;%1&quot; does not start with -: write each flag as --name=value.</source>
        <translation>管道标志“%1”不以 - 开头：请将每个标志写成 --name=value 的形式。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--%1 is an option of the %2 runner: set it among the runner&apos;s options so it is checked and not passed twice.</source>
        <translation>--%1 是 %2 运行器的选项：请在运行器选项中设置它，以便对其进行检查且不会重复传递。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The pipeline flag --%1 contains the value of the secret variable %2: flags are visible to anyone who can list processes and in the runner&apos;s console. Let the pipeline read %2 from its environment instead.</source>
        <translation>管道标志 --%1 包含机密变量 %2 的值：任何能列出进程的人都能看到标志，运行器的控制台中也会显示。请改为让管道从环境中读取 %2。</translation>
    </message>
    <message>
        <location filename="../app/launch/OutputLock.cpp" line="+42"/>
        <source>The output folder %1 is in use by another build or launch (process %2 on %3): it runs the binaries this build would replace. Give this one another --out, or wait until the other ends.</source>
        <translation>输出文件夹 %1 正被另一个构建或启动使用（%3 上的进程 %2）：它正在运行本次构建将要替换的二进制文件。请为本次指定另一个 --out，或等待另一个结束。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The output folder %1 is in use by another build or launch (process %2 on %3): its binaries would replace this one&apos;s. Give this one another --out, or wait until the other ends.</source>
        <translation>输出文件夹 %1 正被另一个构建或启动使用（%3 上的进程 %2）：其二进制文件会替换本次的二进制文件。请为本次指定另一个 --out，或等待另一个结束。</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Cannot lock the output folder %1: check its permissions and free space, or give another --out.</source>
        <translation>无法锁定输出文件夹 %1：请检查其权限和可用空间，或指定另一个 --out。</translation>
    </message>
    <message>
        <location filename="../app/launch/Paths.cpp" line="+68"/>
        <source>Cannot create the folder %1: check the path and its permissions, or choose another folder.</source>
        <translation>无法创建文件夹 %1：请检查路径及其权限，或选择其他文件夹。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot write in the folder %1 (%2): check its permissions and free space, or choose another folder.</source>
        <translation>无法写入文件夹 %1（%2）：请检查其权限和可用空间，或选择其他文件夹。</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>%1 is a system, root or home folder: Beam Launcher does not write its binaries there. Give --out a folder of its own, for example %2, or leave --out out to use the cache folder.</source>
        <translation>%1 是系统、根或主文件夹：Beam Launcher 不会在那里写入二进制文件。请为 --out 指定一个专用文件夹，例如 %2，或省略 --out 以使用缓存文件夹。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The output folder %1 holds other things (%2): Beam Launcher writes six files there and replaces any of the same names. Give an empty or new folder, or add --force-out to write there anyway.</source>
        <translation>输出文件夹 %1 中有其他内容（%2）：Beam Launcher 会在那里写入六个文件，并替换任何同名文件。请指定一个空的或新的文件夹，或添加 --force-out 仍然写入。</translation>
    </message>
    <message>
        <location filename="../app/launch/Preflight.cpp" line="+24"/>
        <source>no answer within %1 s</source>
        <translation>%1 秒内无响应</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The job service on this machine would start the workers in Docker (environment type DOCKER), but there is no docker command here. Install Docker, or choose the PROCESS or LOOPBACK environment type.</source>
        <translation>本机上的作业服务会在 Docker 中启动工作器（环境类型 DOCKER），但这里没有 docker 命令。请安装 Docker，或选择 PROCESS 或 LOOPBACK 环境类型。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The PROCESS environment&apos;s command %1 %2: the runner on this machine runs it to start each worker. Give the path of an executable, usually Beam&apos;s Go boot program.</source>
        <translation>PROCESS 环境的命令 %1 %2：本机上的运行器会运行它来启动每个工作器。请提供可执行文件的路径，通常是 Beam 的 Go boot 程序。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>is not executable</source>
        <translation>不可执行</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>does not exist</source>
        <translation>不存在</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>In-process Prism serves its job service on every network interface of this machine while the job runs: anyone who can reach this machine could submit a job to it, and a job can run programs as you. Turn on &quot;Start a local Prism job server&quot; (--local-job-server): that one is reachable from this machine only.</source>
        <translation>进程内 Prism 在作业运行期间会在本机的每个网络接口上提供其作业服务：任何能访问本机的人都可以向它提交作业，而作业能以你的身份运行程序。请开启“启动本地 Prism 作业服务器”（--local-job-server）：它只能从本机访问。</translation>
    </message>
    <message>
        <source>In-process Prism serves its job service on every network interface of this machine while the job runs: anyone who can reach this machine could submit a job to it, and a job can run programs as you. Run it on a network you trust, or give a job service endpoint on this machine.</source>
        <translation type="vanished">进程内 Prism 在作业运行期间会在本机的每个网络接口上提供其作业服务：任何能访问本机的人都可以向它提交作业，而作业能以你的身份运行程序。请只在可信的网络中使用，或指定本机上的作业服务端点。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The job service on %1 runs the PROCESS command %2 on its own machine, once for every worker: make sure it exists there and is what you mean to run there.</source>
        <translation>%1 上的作业服务会在其自身的机器上为每个工作器运行一次 PROCESS 命令 %2：请确保它在那里存在，并且正是你想在那里运行的内容。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(none given)</source>
        <translation>（未指定）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The link to the job service on %1 is not encrypted (Beam&apos;s Go SDK talks to job services without TLS): the pipeline, its options and the worker binary cross the network in the clear, and whoever can reach that port can submit jobs. Use a trusted network or an SSH tunnel to a port on this machine.</source>
        <translation>与 %1 上作业服务的连接未加密（Beam 的 Go SDK 与作业服务通信时不使用 TLS）：管道、其选项和工作器二进制文件以明文通过网络传输，任何能访问该端口的人都可以提交作业。请使用受信任的网络，或使用到本机端口的 SSH 隧道。</translation>
    </message>
    <message>
        <location line="+54"/>
        <source> The %1 job service listens on port %2 unless told otherwise.</source>
        <translation> 如无另行指定，%1 作业服务监听端口 %2。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing answers at %1 (%2). Start the job service, or check the host and port.%3</source>
        <translation>%1 无响应（%2）。请启动作业服务，或检查主机和端口。%3</translation>
    </message>
    <message>
        <location filename="../app/launch/RunnerCatalog.cpp" line="+80"/>
        <source>Runner &quot;%1&quot; has an option named &quot;%2&quot;: option names are lower-case flag names such as staging_location.</source>
        <translation>运行器 &quot;%1&quot; 有一个名为 &quot;%2&quot; 的选项：选项名应为小写的标志名，例如 staging_location。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Runner &quot;%1&quot; declares option &quot;%2&quot;, which has its own field.</source>
        <translation>运行器 &quot;%1&quot; 声明了选项 &quot;%2&quot;，但该选项有专门的字段。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Option &quot;%1&quot; of runner &quot;%2&quot; has the unknown type &quot;%3&quot;; use one of %4.</source>
        <translation>运行器 &quot;%2&quot; 的选项 &quot;%1&quot; 的类型 &quot;%3&quot; 未知；请使用 %4 之一。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The pattern of option &quot;%1&quot; of runner &quot;%2&quot; does not compile: %3.</source>
        <translation>运行器 &quot;%2&quot; 的选项 &quot;%1&quot; 的模式无法编译：%3。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Option &quot;%1&quot; of runner &quot;%2&quot; is an enum without values.</source>
        <translation>运行器 &quot;%2&quot; 的选项 &quot;%1&quot; 是没有取值的 enum。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Option &quot;%1&quot; of runner &quot;%2&quot; needs an int type and both min &lt;= max for its range.</source>
        <translation>运行器 &quot;%2&quot; 的选项 &quot;%1&quot; 需要 int 类型，且其范围须同时给出 min 和 max 并满足 min &lt;= max。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The default of option &quot;%1&quot; of runner &quot;%2&quot; is not valid: %3</source>
        <translation>运行器 &quot;%2&quot; 的选项 &quot;%1&quot; 的默认值无效：%3</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--%1 is required: %2</source>
        <translation>--%1 为必填项：%2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>enter a value.</source>
        <translation>请输入一个值。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--%1 must be a whole number, not &quot;%2&quot;.</source>
        <translation>--%1 必须是整数，而不是 &quot;%2&quot;。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--%1 must be between %2 and %3; %4 is out of range.</source>
        <translation>--%1 必须介于 %2 和 %3 之间；%4 超出范围。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--%1 is true or false, not &quot;%2&quot;.</source>
        <translation>--%1 只能是 true 或 false，而不是 &quot;%2&quot;。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--%1 must be one of %2, not &quot;%3&quot;.</source>
        <translation>--%1 必须是 %2 之一，而不是 &quot;%3&quot;。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--%1 must be JSON, for example {&quot;key&quot;: &quot;value&quot;}: %2 at character %3.</source>
        <translation>--%1 必须是 JSON，例如 {&quot;key&quot;: &quot;value&quot;}：第 %3 个字符处%2。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; is not a valid value for --%2. %3</source>
        <translation>&quot;%1&quot; 不是 --%2 的有效值。%3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the runner&apos;s documentation.</source>
        <translation>请查阅运行器的文档。</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The runner catalog is not a JSON object (%1 at offset %2).</source>
        <translation>运行器目录不是 JSON 对象（偏移量 %2 处：%1）。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The runner catalog has schema %1; this version reads schema 1.</source>
        <translation>运行器目录的 schema 为 %1；此版本只能读取 schema 1。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Environment type &quot;%1&quot; of the runner catalog is empty, not upper-case or listed twice.</source>
        <translation>运行器目录中的环境类型 &quot;%1&quot; 为空、不是大写或重复列出。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The runner catalog lists no environment types.</source>
        <translation>运行器目录中没有列出任何环境类型。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The runner catalog lists no runners.</source>
        <translation>运行器目录中没有列出任何运行器。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Runner name &quot;%1&quot; is not a lower-case word.</source>
        <translation>运行器名称 &quot;%1&quot; 不是小写单词。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Runner name &quot;%1&quot; appears twice in the runner catalog.</source>
        <translation>运行器名称 &quot;%1&quot; 在运行器目录中出现了两次。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Runner &quot;%1&quot; has endpoint &quot;%2&quot;; use none, optional or required.</source>
        <translation>运行器 &quot;%1&quot; 的 endpoint 为 &quot;%2&quot;；请使用 none、optional 或 required。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Runner &quot;%1&quot; has a port outside 1-65535.</source>
        <translation>运行器 &quot;%1&quot; 的端口不在 1-65535 范围内。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Runner &quot;%1&quot; needs an endpoint, so it must name its default port.</source>
        <translation>运行器 &quot;%1&quot; 需要端点，因此必须指定其默认端口。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Runner &quot;%1&quot; lists the unknown environment type &quot;%2&quot;.</source>
        <translation>运行器 &quot;%1&quot; 列出了未知的环境类型 &quot;%2&quot;。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The default environment type &quot;%1&quot; of runner &quot;%2&quot; is not among its environment types.</source>
        <translation>运行器 &quot;%2&quot; 的默认环境类型 &quot;%1&quot; 不在其环境类型之中。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Runner &quot;%1&quot; declares option &quot;%2&quot; twice.</source>
        <translation>运行器 &quot;%1&quot; 两次声明了选项 &quot;%2&quot;。</translation>
    </message>
</context>
<context>
    <name>bl::pipeline</name>
    <message numerus="yes">
        <location filename="../app/pipeline/PipelineFinder.cpp" line="+48"/>
        <source> and %n more</source>
        <translation>
            <numerusform> 以及另外 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Found the pipeline %1 in %2.</source>
        <translation>在 %2 中找到管道 %1。</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%1 holds %n Beam pipelines: %2. Choose one.</source>
        <translation>
            <numerusform>%1 包含 %n 个 Beam 管道：%2。请选择一个。</numerusform>
        </translation>
    </message>
    <message>
        <source>No Beam pipeline under %1: its main packages (%2) do not import the Beam Go SDK (github.com/apache/beam/sdks/v2/go/pkg/beam).</source>
        <translation type="vanished">%1 下没有 Beam 管道：其 main 包（%2）未导入 Beam Go SDK（github.com/apache/beam/sdks/v2/go/pkg/beam）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No Beam pipeline under %1: its main packages (%2) are Beam&apos;s own tools (runners, boot programs), not pipelines.</source>
        <translation>%1 下没有 Beam 管道：其 main 包（%2）是 Beam 自己的工具（运行器、boot 程序），而不是管道。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No Beam pipeline under %1: its main packages (%2) do not import the Beam Go SDK (github.com/apache/beam/sdks/v2/go/pkg/beam, or github.com/apache/beam/sdks/go/pkg/beam before Beam&apos;s Go module).</source>
        <translation>%1 下没有 Beam 管道：其 main 包（%2）未导入 Beam Go SDK（github.com/apache/beam/sdks/v2/go/pkg/beam，或 Beam 采用 Go 模块之前的 github.com/apache/beam/sdks/go/pkg/beam）。</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>No Beam pipeline under %1: its %n Go package(s) are libraries, none of them is a main package.</source>
        <translation>
            <numerusform>%1 下没有 Beam 管道：其 %n 个 Go 包都是库，没有一个是 main 包。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No Beam pipeline: %1 holds no Go package.</source>
        <translation>没有 Beam 管道：%1 中没有 Go 包。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not inside a Go module, but these folders in it are: %2. Choose one of them, or add a go.work that uses them.</source>
        <translation>%1 不在 Go 模块中，但其中的这些文件夹在：%2。请选择其中一个，或添加一个使用它们的 go.work。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not inside a Go module: there is no go.mod (or go.work) in it or in a folder above. Choose the folder of the pipeline&apos;s module, or run `go mod init` there.</source>
        <translation>%1 不在 Go 模块中：它及其上级文件夹中都没有 go.mod（或 go.work）。请选择管道所在模块的文件夹，或在那里运行 `go mod init`。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Go could not list the packages under %1: %2</source>
        <translation>Go 无法列出 %1 下的包：%2</translation>
    </message>
    <message numerus="yes">
        <location line="+182"/>
        <source>--package %1 matches %n pipelines under %2; give one&apos;s whole import path or its folder:</source>
        <translation>
            <numerusform>--package %1 匹配 %2 下的 %n 个管道；请提供其中一个的完整导入路径或其文件夹：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%1 is none of the %n pipelines under %2; give one&apos;s import path or folder:</source>
        <translation>
            <numerusform>%1 不是 %2 下 %n 个管道中的任何一个；请提供其中一个的导入路径或文件夹：</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is none of the pipelines under %2: %3.</source>
        <translation type="vanished">%1 不是 %2 下的任何一个管道：%3。</translation>
    </message>
    <message>
        <location line="+28"/>
        <location filename="../app/pipeline/PipelineFlagsReader.cpp" line="+61"/>
        <source>%1 is not a folder.</source>
        <translation>%1 不是文件夹。</translation>
    </message>
    <message numerus="yes">
        <location line="+35"/>
        <source>%n package(s) listed…</source>
        <translation>
            <numerusform>已列出 %n 个包…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Go could not be started: %1</source>
        <translation>无法启动 Go：%1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Looking for Beam pipelines under %1…</source>
        <translation>正在 %1 下查找 Beam 管道…</translation>
    </message>
    <message>
        <location filename="../app/pipeline/PipelineFlags.cpp" line="+298"/>
        <source>Pipeline options</source>
        <translation>管道选项</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Beam options</source>
        <translation>Beam 选项</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Runner options</source>
        <translation>运行器选项</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set by Beam Launcher</source>
        <translation>由 Beam Launcher 设置</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>&quot;%1&quot; is not a bool: use true or false (also 1, 0, t, f).</source>
        <translation>“%1”不是 bool：请使用 true 或 false（也可用 1、0、t、f）。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;%1&quot; is not an integer (e.g. 42, -7, 0x1F).</source>
        <translation>“%1”不是整数（例如 42、-7、0x1F）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;%1&quot; is not an unsigned integer (e.g. 0, 42, 0x1F).</source>
        <translation>“%1”不是无符号整数（例如 0、42、0x1F）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is out of range for a 64-bit integer.</source>
        <translation>%1 超出 64 位整数的范围。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;%1&quot; is not a number (e.g. 0.25, 1e-3).</source>
        <translation>“%1”不是数字（例如 0.25、1e-3）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is out of range for a 64-bit float.</source>
        <translation>%1 超出 64 位浮点数的范围。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; is not a duration: use a number with a unit, e.g. 300ms, 1.5h, 2h45m (units ns, us, ms, s, m, h).</source>
        <translation>“%1”不是时长：请使用带单位的数字，例如 300ms、1.5h、2h45m（单位 ns、us、ms、s、m、h）。</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>The launcher printed no flags for --help.</source>
        <translation>启动器的 --help 没有输出任何标志。</translation>
    </message>
    <message>
        <location filename="../app/pipeline/PipelineFlagsReader.cpp" line="+25"/>
        <source>go list could not list the pipeline&apos;s packages in %1.</source>
        <translation>go list 无法列出 %1 中管道的包。</translation>
    </message>
    <message>
        <location line="+53"/>
        <location filename="../app/pipeline/PipelineGraph.cpp" line="+161"/>
        <source>%1 is not an executable launcher: build the pipeline first.</source>
        <translation>%1 不是可执行的启动器：请先构建管道。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 did not print its flags within %2 s: it seems to do work before it parses its flags (flag.Parse). It was stopped; type the pipeline flags by hand.</source>
        <translation>%1 未在 %2 秒内输出其标志：它似乎在解析标志（flag.Parse）之前就开始工作。已将其停止；请手动输入管道标志。</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../app/pipeline/PipelineGraph.cpp" line="+37"/>
        <source>%1 could not be started: %2</source>
        <translation>无法启动 %1：%2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 --help printed no Go flags (exit code %2)%3</source>
        <translation>%1 --help 没有输出 Go 标志（退出码 %2）%3</translation>
    </message>
    <message>
        <location filename="../app/pipeline/PipelineGraph.cpp" line="-32"/>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 did not write its graph within %2 s; it was stopped.</source>
        <translation>%1 未在 %2 秒内写出其图；已将其停止。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>This program runs its pipeline itself, in its own process (it defines no --runner flag: it does not call beamx.Run), so Beam&apos;s dot runner cannot draw its graph. Call beamx.Run(ctx, p) in its main to get the graph.</source>
        <translation>此程序在自己的进程中自行运行其管道（它没有定义 --runner 标志：它不调用 beamx.Run），因此 Beam 的 dot 运行器无法绘制其图。请在其 main 中调用 beamx.Run(ctx, p) 以获得图。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The pipeline does not know Beam&apos;s dot runner: run it with beamx.Run (which registers every runner) or import the package runners/dot of the Beam Go SDK (github.com/apache/beam/sdks/v2/go/pkg/beam/runners/dot; before Beam&apos;s Go module github.com/apache/beam/sdks/go/pkg/beam/runners/dot).</source>
        <translation>管道不认识 Beam 的 dot 运行器：请用 beamx.Run（它会注册所有运行器）运行它，或导入 Beam Go SDK 的 runners/dot 包（github.com/apache/beam/sdks/v2/go/pkg/beam/runners/dot；Beam 采用 Go 模块之前为 github.com/apache/beam/sdks/go/pkg/beam/runners/dot）。</translation>
    </message>
    <message>
        <source>The pipeline does not know Beam&apos;s dot runner: run it with beamx.Run (which registers every runner) or import github.com/apache/beam/sdks/v2/go/pkg/beam/runners/dot.</source>
        <translation type="vanished">管道不认识 Beam 的 dot 运行器：请用 beamx.Run（它会注册所有运行器）运行它，或导入 github.com/apache/beam/sdks/v2/go/pkg/beam/runners/dot。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The pipeline&apos;s graph could not be built (exit code %1).</source>
        <translation>无法生成管道的图（退出码 %1）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The pipeline&apos;s graph could not be built: %1</source>
        <translation>无法生成管道的图：%1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Graphviz is not installed, so the graph (%1) cannot be drawn: install it (Debian and Ubuntu: apt install graphviz; macOS: brew install graphviz).</source>
        <translation>未安装 Graphviz，因此无法绘制图（%1）：请安装它（Debian 和 Ubuntu：apt install graphviz；macOS：brew install graphviz）。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Graphviz could not draw the graph: %1</source>
        <translation>Graphviz 无法绘制图：%1</translation>
    </message>
</context>
<context>
    <name>bl::process</name>
    <message>
        <location filename="../app/process/FileHash.cpp" line="+27"/>
        <location line="+11"/>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <location filename="../app/process/ProcessRunner.cpp" line="+75"/>
        <source>Cannot write the log file %1: %2</source>
        <translation>无法写入日志文件 %1：%2</translation>
    </message>
    <message numerus="yes">
        <location line="+121"/>
        <source>%n process(es) started by the run would not die within the time allowed, even when killed: %1. They may be stuck in the kernel (a hung network file system or device); end them by hand, or restart the machine if they stay.</source>
        <translation>
            <numerusform>本次运行启动的 %n 个进程即使被终止也未能在允许的时间内退出：%1。它们可能卡在内核中（挂起的网络文件系统或设备）；请手动结束它们，如果它们一直存在，请重启机器。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot start %1: %2</source>
        <translation>无法启动 %1：%2</translation>
    </message>
</context>
<context>
    <name>bl::profiles</name>
    <message>
        <location filename="../app/profiles/Profile.cpp" line="+39"/>
        <source>text</source>
        <translation>文本</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>true or false</source>
        <translation>true 或 false</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+6"/>
        <source>a list of texts</source>
        <translation>文本列表</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The field &quot;%1&quot; must be %2.</source>
        <translation>字段 &quot;%1&quot; 必须是%2。</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>text of the form goos/goarch</source>
        <translation>goos/goarch 形式的文本</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The field &quot;%1&quot; is not a platform: %2</source>
        <translation>字段 &quot;%1&quot; 不是平台：%2</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>The profile &quot;%1&quot; was made by a newer Beam Launcher (schema %2; this one reads up to %3). Use that version for it; this one leaves the file as it is.</source>
        <translation>配置“%1”是由更新版本的 Beam Launcher 创建的（schema %2；此版本最多只能读取 schema %3）。请使用那个版本处理它；此版本不会改动该文件。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A profile needs a name.</source>
        <translation>配置需要一个名称。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The profile name &quot;%1&quot; holds control characters (escape, newline, tab...): choose a name of visible characters.</source>
        <translation>配置名称“%1”包含控制字符（转义符、换行符、制表符等）：请使用由可见字符组成的名称。</translation>
    </message>
    <message>
        <location line="+90"/>
        <location line="+6"/>
        <source>an object of texts</source>
        <translation>由文本组成的对象</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+11"/>
        <source>a list of {&quot;name&quot;: ..., &quot;value&quot;: ...} objects</source>
        <translation>{&quot;name&quot;: ..., &quot;value&quot;: ...} 对象的列表</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A profile must be a JSON object.</source>
        <translation>配置必须是 JSON 对象。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The field &quot;schema&quot; must be a whole number of at least 1.</source>
        <translation>字段 &quot;schema&quot; 必须是不小于 1 的整数。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>(unnamed, schema %1)</source>
        <translation>（未命名，schema %1）</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>an object</source>
        <translation>对象</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The profile has no name (field &quot;name&quot;).</source>
        <translation>配置没有名称（字段 &quot;name&quot;）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../app/profiles/ProfileStore.cpp" line="+330"/>
        <source>The profile id &quot;%1&quot; may only contain letters, digits, &apos;-&apos; and &apos;_&apos;.</source>
        <translation>配置 ID &quot;%1&quot; 只能包含字母、数字、&apos;-&apos; 和 &apos;_&apos;。</translation>
    </message>
    <message>
        <location filename="../app/profiles/ProfileStore.cpp" line="-283"/>
        <source>The profile %1 cannot be read: %2</source>
        <translation>无法读取配置 %1：%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The profile %1 cannot be read and was put aside as %2: %3. Fix the file and rename it back to load it again.</source>
        <translation>无法读取配置 %1，已将其另存为 %2：%3。修复该文件并改回原名即可重新加载。</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>There is no folder for profiles. Set BEAM_LAUNCHER_CONFIG_DIR to a folder you can write.</source>
        <translation>没有用于存放配置的文件夹。请将 BEAM_LAUNCHER_CONFIG_DIR 设为你可写入的文件夹。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot create the profile folder %1. Check that you may write there, or set BEAM_LAUNCHER_CONFIG_DIR to a folder you can write.</source>
        <translation>无法创建配置文件夹 %1。请检查你是否有写入权限，或将 BEAM_LAUNCHER_CONFIG_DIR 设为你可写入的文件夹。</translation>
    </message>
    <message>
        <location filename="../app/profiles/ProfileLock.cpp" line="+96"/>
        <source>Another Beam Launcher (process %1 on %2) is saving profiles and holds %3. Try again; if that process no longer runs, delete the lock file.</source>
        <translation>另一个 Beam Launcher（%2 上的进程 %1）正在保存配置并持有 %3。请重试；如果该进程已不再运行，请删除锁文件。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The profile folder is locked by %1, which does not say which program holds it. Try again; if no Beam Launcher is saving profiles now, delete that file.</source>
        <translation>配置文件夹被 %1 锁定，但从中看不出是哪个程序持有该锁。请重试；如果当前没有 Beam Launcher 正在保存配置，请删除该文件。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot write to the profile folder %1. Check its permissions, or set BEAM_LAUNCHER_CONFIG_DIR to a folder you can write.</source>
        <translation>无法写入配置文件夹 %1。请检查其权限，或将 BEAM_LAUNCHER_CONFIG_DIR 设为你可写入的文件夹。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot lock the profile folder %1: no space left on the device holding the profiles. Free some space and try again.</source>
        <translation>无法锁定配置文件夹 %1：存放配置的设备上没有剩余空间。请释放一些空间后重试。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot lock the profile folder %1 for writing.</source>
        <translation>无法锁定配置文件夹 %1 以进行写入。</translation>
    </message>
    <message>
        <source>A profile named &quot;%1&quot; already exists. Choose another name.</source>
        <translation type="vanished">名为“%1”的配置已存在。请换一个名称。</translation>
    </message>
    <message>
        <source>Cannot save the profile to %1: %2. Check that you may write to the folder and that the disk is not full.</source>
        <translation type="vanished">无法将配置保存到 %1：%2。请检查你是否有该文件夹的写入权限，以及磁盘是否已满。</translation>
    </message>
    <message>
        <location filename="../app/profiles/ProfileStore.cpp" line="+232"/>
        <source>A profile named &quot;%1&quot; already exists. Choose another name, or delete that profile first.</source>
        <translation>名为“%1”的配置已存在。请换一个名称，或先删除该配置。</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Saving the profile &quot;%1&quot;</source>
        <translation>保存配置“%1”</translation>
    </message>
    <message>
        <location line="-244"/>
        <source>There is no profile with the id &quot;%1&quot;.</source>
        <translation>没有 ID 为 &quot;%1&quot; 的配置。</translation>
    </message>
    <message>
        <location line="+270"/>
        <source>Cannot delete %1: %2. Check the folder&apos;s permissions.</source>
        <translation>无法删除 %1：%2。请检查文件夹的权限。</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>A profile with the id &quot;%1&quot; exists already.</source>
        <translation>ID 为“%1”的配置已存在。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 (copy)</source>
        <translation>%1（副本）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (copy %2)</source>
        <translation>%1（副本 %2）</translation>
    </message>
    <message>
        <source>The secrets of the copy &quot;%1&quot; could not be copied: %2</source>
        <translation type="vanished">无法复制副本“%1”的机密：%2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Cannot write %1: %2.</source>
        <translation>无法写入 %1：%2。</translation>
    </message>
    <message>
        <location filename="../app/profiles/ProfileImport.cpp" line="+28"/>
        <source>%1 is %2 KiB; a profile file may be at most %3 KiB. Choose the .json file that `beam-launcher profiles export` (or Export Profile in the window) wrote.</source>
        <translation>%1 的大小为 %2 KiB；配置文件最多 %3 KiB。请选择由 `beam-launcher profiles export`（或窗口中的“导出配置”）写出的 .json 文件。</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+74"/>
        <source>a folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>a named pipe (FIFO)</source>
        <translation>命名管道（FIFO）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a socket</source>
        <translation>套接字</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a device</source>
        <translation>设备</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+67"/>
        <source>not a regular file</source>
        <translation>特殊文件</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>%1 is %2, not a profile file: give the .json file that `beam-launcher profiles export` (or Export Profile in the window) wrote.</source>
        <translation>%1 是%2，不是配置文件：请提供由 `beam-launcher profiles export`（或窗口中的“导出配置”）写出的 .json 文件。</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+14"/>
        <location line="+17"/>
        <location line="+25"/>
        <source>Cannot read %1: %2.</source>
        <translation>无法读取 %1：%2。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The setting &quot;%1&quot; contains a NUL character: the launcher would get it cut short there. Remove it from the file and import it again.</source>
        <translation>设置“%1”包含 NUL 字符：启动器收到的值会在该处被截断。请从文件中删除该字符，然后重新导入。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A setting is %1 KiB long (it starts &quot;%2&quot;); settings may be at most %3 KiB.</source>
        <translation>某个设置长 %1 KiB（开头为“%2”）；设置最多 %3 KiB。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 is not a profile: %2</source>
        <translation>%1 不是配置：%2</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+4"/>
        <source>%1 was not imported: %2</source>
        <translation>%1 未导入：%2</translation>
    </message>
    <message>
        <location filename="../app/profiles/ProfileStore.cpp" line="+59"/>
        <source>A secret could not be removed from the keychain: %1</source>
        <translation>无法从钥匙串中删除某个机密：%1</translation>
    </message>
    <message>
        <location filename="../app/profiles/AtomicWrite.cpp" line="+55"/>
        <source>%1 failed: no space left on the device holding the profiles (%2: %3). Free some space and try again; the file on disk was kept as it was.</source>
        <translation>%1失败：存放配置的设备上没有剩余空间（%2：%3）。请释放一些空间后重试；磁盘上的文件保持原样。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 failed: cannot write %2: %3. Check that you may write to the folder; the file on disk was kept as it was.</source>
        <translation>%1失败：无法写入 %2：%3。请检查你是否有权写入该文件夹；磁盘上的文件保持原样。</translation>
    </message>
    <message>
        <location filename="../app/profiles/ProfileActions.cpp" line="+185"/>
        <source>The profile &quot;%1&quot; was not duplicated: %2</source>
        <translation>配置“%1”未复制：%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The profile &quot;%1&quot; was kept, with its secrets: %2</source>
        <translation>配置“%1”及其机密已保留：%2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>its secret %1 could not be copied in the keychain. %2</source>
        <translation>无法在钥匙串中复制其机密 %1。%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the secret %1 could not be removed from the keychain. %2</source>
        <translation>无法从钥匙串中删除机密 %1。%2</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>The secrets %1 copied for it could not be removed from the keychain again: remove the entries %2 of the service %3 with your keychain&apos;s own tool.</source>
        <translation>为其复制的机密 %1 无法再从钥匙串中删除：请用钥匙串自带的工具删除服务 %3 中的条目 %2。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Its secrets %1 could not be put back into the keychain: set them again (`beam-launcher profiles set-secret`, or the Environment variables table).</source>
        <translation>无法将其机密 %1 放回钥匙串：请重新设置（使用 `beam-launcher profiles set-secret`，或“环境变量”表格）。</translation>
    </message>
    <message>
        <location filename="../app/profiles/RecentRuns.cpp" line="+49"/>
        <source>A run record must be a JSON object.</source>
        <translation>运行记录必须是 JSON 对象。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The run record has no id or start time.</source>
        <translation>运行记录缺少 ID 或开始时间。</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Cannot create the folder %1 for the list of recent runs. Check that you may write there, or set BEAM_LAUNCHER_CONFIG_DIR to a folder you can write.</source>
        <translation>无法创建用于存放最近运行列表的文件夹 %1。请检查你是否有写入权限，或将 BEAM_LAUNCHER_CONFIG_DIR 设为你可写入的文件夹。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cannot record the run in %1: %2</source>
        <translation>无法将运行记录写入 %1：%2</translation>
    </message>
    <message>
        <location filename="../app/profiles/SecretStore.cpp" line="+23"/>
        <source>No keychain is available: start your desktop&apos;s keyring (GNOME Keyring, KWallet, macOS Keychain, Windows Credential Manager) or unlock it, then try again. Beam Launcher keeps secret values only in a keychain; without one, give them to the launcher through the environment yourself.</source>
        <translation>没有可用的钥匙串：请启动或解锁桌面的密钥环（GNOME Keyring、KWallet、macOS 钥匙串、Windows 凭据管理器），然后重试。Beam Launcher 只将机密值保存在钥匙串中；如果没有钥匙串，请自行通过环境变量将其传给启动器。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>the keychain did not answer within %1 s</source>
        <translation>钥匙串在 %1 秒内没有响应</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The keychain holds no value for the secret %1. Enter it again.</source>
        <translation>钥匙串中没有机密 %1 的值。请重新输入。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The keychain refused access to the secret %1: %2. Unlock your keyring and allow Beam Launcher to use it.</source>
        <translation>钥匙串拒绝访问机密 %1：%2。请解锁密钥环并允许 Beam Launcher 使用它。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The keychain failed for the secret %1: %2</source>
        <translation>钥匙串处理机密 %1 时出错：%2</translation>
    </message>
    <message>
        <location filename="../app/profiles/StarterProfile.cpp" line="+27"/>
        <source>Sample: word count on Prism (local)</source>
        <translation>示例：在 Prism 上统计单词（本地）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Counts the words of the sample&apos;s input.txt on a Prism job server that Beam Launcher starts on this computer (reachable from here only). Press Launch: both binaries are built and checked, Prism runs the worker binary through Beam&apos;s boot, and the worker&apos;s own lines show in the Worker pane. The first launch also builds Prism and boot for the sample&apos;s Beam version (a few minutes, once).</source>
        <translation>在 Beam Launcher 于本机启动的 Prism 作业服务器（仅可从本机访问）上统计示例中 input.txt 的单词。点击“启动”：两个二进制文件将被构建并检查，Prism 通过 Beam 的 boot 运行工作器二进制文件，工作器自身的输出行显示在“工作器”窗格中。首次启动还会为示例的 Beam 版本构建 Prism 和 boot（只需一次，耗时几分钟）。</translation>
    </message>
    <message>
        <source>Counts the words of the sample&apos;s input.txt with Beam&apos;s Prism runner inside the launcher. Press Launch: both binaries are built, checked and the job runs here, no job server needed.</source>
        <translation type="vanished">使用启动器内置的 Beam Prism 运行器统计示例中 input.txt 的单词。点击“启动”：两个二进制文件将被构建并检查，作业在本机运行，无需作业服务器。</translation>
    </message>
</context>
<context>
    <name>bl::runner</name>
    <message>
        <location filename="../app/runner/LocalPrism.cpp" line="+19"/>
        <source>Prism build: %1</source>
        <translation>Prism 构建：%1</translation>
    </message>
    <message>
        <location filename="../app/runner/ManagedPrism.cpp" line="+112"/>
        <source>No free port on 127.0.0.1 for the local Prism job server.</source>
        <translation>127.0.0.1 上没有可供本地 Prism 作业服务器使用的空闲端口。</translation>
    </message>
    <message>
        <source>Cannot create a working folder for the local Prism job server: %1</source>
        <translation type="vanished">无法为本地 Prism 作业服务器创建工作文件夹：%1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cannot create a working folder for the local Prism job server in %1: %2. Check its permissions and free space, or set BEAM_LAUNCHER_RUNNERS_DIR to another folder.</source>
        <translation>无法在 %1 中为本地 Prism 作业服务器创建工作文件夹：%2。请检查其权限和可用空间，或将 BEAM_LAUNCHER_RUNNERS_DIR 设为其他文件夹。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the folder cannot be locked</source>
        <translation>无法锁定该文件夹</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Starting the local Prism job server %1 (on 127.0.0.1 only)...</source>
        <translation>正在启动本地 Prism 作业服务器 %1（仅在 127.0.0.1 上）...</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The local Prism job server did not accept connections on %1 within %2 s.</source>
        <translation>本地 Prism 作业服务器未在 %2 秒内于 %1 上接受连接。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Local Prism job server ready at %1 (web page %2).</source>
        <translation>本地 Prism 作业服务器已就绪：%1（网页 %2）。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The local Prism job server listens where other machines can reach it (%1), although it was built to listen on 127.0.0.1 only. Beam Launcher stopped it. Delete %2 so that it is built again, and report this.</source>
        <translation>本地 Prism 作业服务器在其他机器可以访问的地址上监听（%1），尽管它被构建为仅监听 127.0.0.1。Beam Launcher 已将其停止。请删除 %2 以便重新构建，并报告此问题。</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>The local Prism job server %1 could not start: %2</source>
        <translation>本地 Prism 作业服务器 %1 无法启动：%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 was not built by Beam Launcher with its loopback overlay, so it could listen on the network; it was not used. Delete %2 so that it is built again.</source>
        <translation>%1 不是由 Beam Launcher 使用其回环覆盖构建的，因此可能会在网络上监听；未使用它。请删除 %2 以便重新构建。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The local Prism job server ended on its own (exit code %1).%2</source>
        <translation>本地 Prism 作业服务器自行结束（退出码 %1）。%2</translation>
    </message>
    <message>
        <location filename="../app/runner/PrismOverlay.cpp" line="+61"/>
        <source>Beam %1&apos;s %2 no longer has the code Beam Launcher changes to keep Prism on this machine only (%3 times: %4). Refusing to build a Prism that could listen on the network: use a Beam version this Beam Launcher knows (2.77), or update Beam Launcher.</source>
        <translation>Beam %1 的 %2 中已不再包含 Beam Launcher 为使 Prism 只留在本机而修改的代码（%3 次：%4）。拒绝构建可能在网络上监听的 Prism：请使用此 Beam Launcher 认识的 Beam 版本（2.77），或更新 Beam Launcher。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Beam %1&apos;s %2 still contains %3 after Beam Launcher&apos;s change (%4). Refusing to build a Prism whose workers would not start; update Beam Launcher.</source>
        <translation>经过 Beam Launcher 的修改后，Beam %1 的 %2 仍包含 %3（%4）。拒绝构建其工作器无法启动的 Prism；请更新 Beam Launcher。</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Beam %1&apos;s Prism does not listen the way Beam Launcher knows, so it cannot be sure the managed Prism stays on this machine. Refusing to build it; use Beam 2.77 or update Beam Launcher.</source>
        <translation>Beam %1 的 Prism 的监听方式与 Beam Launcher 所知的不同，因此无法确定托管的 Prism 只留在本机。拒绝构建它；请使用 Beam 2.77 或更新 Beam Launcher。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Listeners Beam Launcher does not know:</source>
        <translation>Beam Launcher 不认识的监听器：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Listeners Beam Launcher expected and did not find:</source>
        <translation>Beam Launcher 预期但未找到的监听器：</translation>
    </message>
    <message>
        <location filename="../app/runner/PrismTools.cpp" line="+126"/>
        <source>Cannot create %1.</source>
        <translation>无法创建 %1。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Beam %1 has no %2, which Beam Launcher changes to keep Prism on this machine only. Refusing to build Prism; update Beam Launcher.</source>
        <translation>Beam %1 中没有 %2，而 Beam Launcher 需要修改它以使 Prism 只留在本机。拒绝构建 Prism；请更新 Beam Launcher。</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+27"/>
        <location line="+4"/>
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Cannot read %1.</source>
        <translation>无法读取 %1。</translation>
    </message>
    <message>
        <source>go %1 failed while getting Prism %2:
%3</source>
        <translation type="vanished">获取 Prism %2 时 go %1 失败：
%3</translation>
    </message>
    <message>
        <location line="+205"/>
        <source>(Beam version unknown)</source>
        <translation>（Beam 版本未知）</translation>
    </message>
    <message>
        <source>The pipeline&apos;s go.mod replaces the Beam Go SDK with %1. The managed local Prism is built from a released Beam version; remove the replace directive, or start Prism yourself and give its endpoint.</source>
        <translation type="vanished">管道的 go.mod 将 Beam Go SDK 替换为 %1。托管的本地 Prism 是从已发布的 Beam 版本构建的；请删除 replace 指令，或自行启动 Prism 并提供其端点。</translation>
    </message>
    <message>
        <source>Could not tell which Beam version the pipeline uses (go list -m answered &quot;%1&quot;). Its go.mod should require %2 at a released version.</source>
        <translation type="vanished">无法确定管道使用的 Beam 版本（go list -m 的回答是“%1”）。其 go.mod 应以已发布的版本 require %2。</translation>
    </message>
    <message>
        <location line="+234"/>
        <source>Building Prism %1 (first use of this Beam version)...</source>
        <translation>正在构建 Prism %1（首次使用此 Beam 版本）...</translation>
    </message>
    <message>
        <location line="-99"/>
        <source>Cannot create the folder %1 for Prism and boot: check its permissions and free space, or set BEAM_LAUNCHER_RUNNERS_DIR to another folder.</source>
        <translation>无法创建用于 Prism 和 boot 的文件夹 %1：请检查其权限和可用空间，或将 BEAM_LAUNCHER_RUNNERS_DIR 设为其他文件夹。</translation>
    </message>
    <message>
        <source>Cannot write the Prism build folder %1.</source>
        <translation type="vanished">无法写入 Prism 构建文件夹 %1。</translation>
    </message>
    <message>
        <source>Prism %1: getting Beam&apos;s sources (go mod tidy, go mod vendor)...</source>
        <translation type="vanished">Prism %1：正在获取 Beam 的源码（go mod tidy，go mod vendor）...</translation>
    </message>
    <message>
        <location line="-140"/>
        <source>go %1 failed while getting Prism %2:
%3
Check that the Go module proxy can be reached (GOPROXY) and that the pipeline&apos;s go.mod is complete (go build works in its folder), then launch again; or start Prism yourself and give its endpoint.</source>
        <translation>获取 Prism %2 时 go %1 失败：
%3
请检查 Go 模块代理是否可以访问（GOPROXY），以及管道的 go.mod 是否完整（在其文件夹中 go build 能成功），然后重新启动；或自行启动 Prism 并提供其端点。</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>the pipeline uses Beam %1 of the old %2 module, which has no Prism runner</source>
        <translation>管道使用的是旧模块 %2 的 Beam %1，其中没有 Prism 运行器</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The pipeline&apos;s go.mod replaces the Beam Go SDK with %1, which Beam Launcher cannot build Prism from. Replace it with a Beam folder or a released version, or start Prism yourself and give its endpoint.</source>
        <translation>管道的 go.mod 将 Beam Go SDK 替换为 %1，Beam Launcher 无法从它构建 Prism。请将其替换为 Beam 文件夹或已发布的版本，或自行启动 Prism 并提供其端点。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The pipeline&apos;s module requires no Beam Go SDK (go list -m knows neither %1 nor %2), so Beam Launcher cannot tell which Prism to run. Add the Beam version it uses to its go.mod (go get %1@latest), or start Prism yourself and give its endpoint.</source>
        <translation>管道的模块没有 require 任何 Beam Go SDK（go list -m 既不知道 %1 也不知道 %2），因此 Beam Launcher 无法确定要运行哪个 Prism。请将其使用的 Beam 版本添加到 go.mod（go get %1@latest），或自行启动 Prism 并提供其端点。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The pipeline&apos;s Beam SDK cannot run its workers in a PROCESS environment: they run inside the launcher (LOOPBACK, on this machine only).</source>
        <translation>管道的 Beam SDK 无法在 PROCESS 环境中运行其工作器：它们在启动器内部运行（LOOPBACK，仅限本机）。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cannot build Prism %1 (%2). Update Beam Launcher, or start Prism yourself and give its endpoint.</source>
        <translation>无法构建 Prism %1（%2）。请更新 Beam Launcher，或自行启动 Prism 并提供其端点。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Running the pipeline on Prism %1 with --runner universal and its worker binary: %2.</source>
        <translation>将在 Prism %1 上使用 --runner universal 及其工作器二进制文件运行管道：%2。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Prism %1: reading Beam %1 (go mod download)...</source>
        <translation>Prism %1：正在读取 Beam %1（go mod download）...</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Beam %1 could not be downloaded (%2). Check that the pipeline&apos;s go.mod requires a published Beam version (go list -m -versions %3 lists them) and that the Go module proxy can be reached, then launch again.</source>
        <translation>无法下载 Beam %1（%2）。请检查管道的 go.mod 是否 require 了已发布的 Beam 版本（go list -m -versions %3 会列出这些版本），以及 Go 模块代理是否可以访问，然后重新启动。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Beam %1 has no Prism runner of its own</source>
        <translation>Beam %1 自身没有 Prism 运行器</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot read %1 (Beam %2&apos;s go.mod).</source>
        <translation>无法读取 %1（Beam %2 的 go.mod）。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the Beam module at %1 has no Prism runner</source>
        <translation>%1 处的 Beam 模块没有 Prism 运行器</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Local Prism: the pipeline is inside Beam&apos;s own module (%1); Prism is built from its sources.</source>
        <translation>本地 Prism：管道位于 Beam 自己的模块（%1）中；Prism 将从其源代码构建。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot read the Beam module at %1 to build Prism from it: check its permissions.</source>
        <translation>无法读取 %1 处的 Beam 模块以从中构建 Prism：请检查其权限。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cannot read go.mod and go.sum of the Beam module at %1.</source>
        <translation>无法读取 %1 处 Beam 模块的 go.mod 和 go.sum。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Building Prism from %1 (first use of these sources)...</source>
        <translation>正在从 %1 构建 Prism（首次使用这些源代码）...</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot write the Prism build folder %1: check the free space and permissions of %2.</source>
        <translation>无法写入 Prism 构建文件夹 %1：请检查 %2 的可用空间和权限。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Prism %1: getting Beam&apos;s dependencies at the versions Beam pins (go mod vendor)...</source>
        <translation>Prism %1：正在按 Beam 锁定的版本获取 Beam 的依赖（go mod vendor）...</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Prism %1: making its job service and web page listen on 127.0.0.1 only (Go -overlay)...</source>
        <translation>Prism %1：正在使其作业服务和网页仅监听 127.0.0.1（Go -overlay）...</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Prism %1 does not take Beam Launcher&apos;s changes that keep it on this machine (%2)</source>
        <translation>Prism %1 无法应用 Beam Launcher 用来将其限制在本机上的修改（%2）</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Prism %1: compiling prism and boot (minutes the first time)...</source>
        <translation>Prism %1：正在编译 prism 和 boot（首次需要几分钟）...</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Prism %1: checking the built programs (go version -m)...</source>
        <translation>Prism %1：正在检查构建出的程序（go version -m）...</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The programs built for Prism %1 are not built from it (go version -m: %2). Nothing was kept; report this to Beam Launcher&apos;s developers with the Beam version.</source>
        <translation>为 Prism %1 构建的程序并不是从它构建的（go version -m：%2）。未保留任何内容；请连同 Beam 版本一起报告给 Beam Launcher 的开发者。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Could not put the built Prism into %1.</source>
        <translation>无法将构建好的 Prism 放入 %1。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Could not move the built Prism to %1.</source>
        <translation>无法将构建好的 Prism 移动到 %1。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Prism %1 and boot built in %2: %3</source>
        <translation>Prism %1 和 boot 构建完成，用时 %2：%3</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The built Prism %1 is missing from %2.</source>
        <translation>构建好的 Prism %1 不在 %2 中。</translation>
    </message>
</context>
<context>
    <name>bl::ui</name>
    <message>
        <location filename="../ui/BuildJobView.cpp" line="+49"/>
        <source>Launcher</source>
        <translation>启动器</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Worker</source>
        <translation>工作器</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The program that submits the pipeline, built for the machine you launch from</source>
        <translation>提交管道的程序，为发起启动的机器构建</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The program the runner starts on its workers, built for their platform</source>
        <translation>运行器在工作节点上启动的程序，为工作节点的平台构建</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 build progress</source>
        <translation>%1 构建进度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 build output</source>
        <translation>%1 构建输出</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Platform:</source>
        <translation>平台：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time:</source>
        <translation>耗时：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Progress:</source>
        <translation>进度：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result:</source>
        <translation>结果：</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Not built yet</source>
        <translation>尚未构建</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../ui/SessionPresenter.cpp" line="+451"/>
        <source>Building…</source>
        <translation>正在构建…</translation>
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
        <translation>失败</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>· %1 packages/s · at most about %2 s left</source>
        <translation>· %1 个包/秒 · 最多约剩 %2 秒</translation>
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
        <translation>本机</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1 · verified %2, cgo %3</source>
        <translation>%1 · 已验证 %2，cgo %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+4"/>
        <source>on</source>
        <translation>开</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+4"/>
        <source>off</source>
        <translation>关</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Built and verified %1 (%2, cgo %3).</source>
        <translation>已构建并验证 %1（%2，cgo %3）。</translation>
    </message>
    <message>
        <location filename="../ui/GoHighlighter.cpp" line="+279"/>
        <location filename="../ui/KSyntaxAdapter.cpp" line="+89"/>
        <source>Secret value, hidden</source>
        <translation>机密值，已隐藏</translation>
    </message>
    <message>
        <location filename="../ui/GraphPanel.cpp" line="+123"/>
        <source>Zoom in (Ctrl++)</source>
        <translation>放大（Ctrl++）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom out (Ctrl+-)</source>
        <translation>缩小（Ctrl+-）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit</source>
        <translation>适应</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fit the graph to the view (Ctrl+0)</source>
        <translation>使图适应视图（Ctrl+0）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Redraw</source>
        <translation>重绘</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draw the graph again with the current pipeline flags</source>
        <translation>使用当前的管道标志重新绘制图</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>No graph yet: build the pipeline to draw it.</source>
        <translation>尚无图：构建管道后即可绘制。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The graph could not be shown: Graphviz&apos;s output is not an SVG Qt can draw.</source>
        <translation>无法显示图：Graphviz 的输出不是 Qt 能绘制的 SVG。</translation>
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
        <translation>显示</translation>
    </message>
    <message>
        <location filename="../ui/ProfilesPanel.cpp" line="+155"/>
        <source>Profiles cannot be saved: %1</source>
        <translation>无法保存配置：%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Try the sample: select &quot;%1&quot; and press Launch.</source>
        <translation>试试示例：选择“%1”并点击“启动”。</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>&amp;New Profile</source>
        <translation>新建配置(&amp;N)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start a new profile (Ctrl+N)</source>
        <translation>新建一个配置 (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open Pipeline Folder…</source>
        <translation>打开管道文件夹(&amp;O)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a pipeline folder and make a profile for it (Ctrl+O)</source>
        <translation>选择管道文件夹并为其创建配置 (Ctrl+O)</translation>
    </message>
    <message>
        <location filename="../ui/ProfileEditor.cpp" line="+498"/>
        <location filename="../ui/ProfilesPanel.cpp" line="+2"/>
        <source>Choose the pipeline&apos;s package folder</source>
        <translation>选择管道的包文件夹</translation>
    </message>
    <message>
        <location filename="../ui/ProfilesPanel.cpp" line="+6"/>
        <source>&amp;Delete Profile</source>
        <translation>删除配置(&amp;D)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the selected profile and its secrets</source>
        <translation>删除所选配置及其机密</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>D&amp;uplicate Profile</source>
        <translation>复制配置(&amp;U)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the selected profile, its secrets included</source>
        <translation>复制所选配置，包括其机密</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Export Profile…</source>
        <translation>导出配置(&amp;E)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the selected profile to a file to share it: secret values are left out</source>
        <translation>将所选配置写入文件以便分享：不包含机密的值</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Import Profile…</source>
        <translation>导入配置(&amp;I)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a profile from a file someone shared</source>
        <translation>从他人分享的文件添加配置</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="-479"/>
        <source>Graph</source>
        <translation>图</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Stalled Jobs</source>
        <translation>停滞的作业</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offer to cancel a job on the local Prism that has been RUNNING with no worker alive and no progress for this many seconds (0: never):</source>
        <translation>当本地 Prism 上的作业处于 RUNNING 状态、没有存活的工作器且没有进展达到此秒数时，提示取消该作业（0：从不）：</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>&amp;Build</source>
        <translation>构建(&amp;B)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Launch</source>
        <translation>启动(&amp;L)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Stop</source>
        <translation>停止(&amp;S)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stop the build or the launched job and everything it started (Shift+F5)</source>
        <translation>停止构建或已启动的作业及其启动的所有进程 (Shift+F5)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Build &amp;Ahead</source>
        <translation>预先构建(&amp;A)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep the shown profile&apos;s binaries built while you edit (in the background, at low priority), so that Launch starts them at once</source>
        <translation>在你编辑时保持当前显示配置的二进制文件为已构建状态（在后台以低优先级进行），使“启动”能立即运行它们</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stalled Job &amp;Warning…</source>
        <translation>停滞作业警告(&amp;W)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How long a job on the local Prism may run with no worker and no progress before the window offers to cancel it</source>
        <translation>本地 Prism 上的作业在没有工作器、没有进展的情况下可以运行多久，超过后窗口会提示取消它</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Notify When a Job Ends</source>
        <translation>作业结束时通知(&amp;N)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>When a launched job ends while this window is not active, say so in a desktop notification; show the launch&apos;s progress on the taskbar</source>
        <translation>当此窗口未处于活动状态时，若已启动的作业结束，则通过桌面通知告知；并在任务栏上显示启动的进度</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Run</source>
        <translation>运行(&amp;R)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Recent &amp;Runs</source>
        <translation>最近运行(&amp;R)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Beam Launcher</source>
        <translation>关于 Beam Launcher(&amp;A)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <location line="+141"/>
        <source>Stop the job</source>
        <translation>停止作业</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is running. Cancel it on the runner, or leave it running there and stop only the launcher?</source>
        <translation>%1 正在运行。要在运行器上取消它，还是让它在那里继续运行、只停止启动器？</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel the job</source>
        <translation>取消作业</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Leave it running</source>
        <translation>让它继续运行</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keep watching</source>
        <translation>继续观察</translation>
    </message>
    <message>
        <location line="+137"/>
        <source>Took %1.</source>
        <translation>用时 %1。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Job %1. %2</source>
        <translation>作业 %1。%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../ui/EditorPane.cpp" line="+72"/>
        <source>Launch a Beam Go pipeline</source>
        <translation>启动 Beam Go 管道</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Drop your pipeline&apos;s folder anywhere on this window,
or choose it here. Beam Launcher builds the launcher for this computer
and the worker for Linux, checks both, and runs your pipeline.</source>
        <translation>将管道文件夹拖放到此窗口的任意位置，
或在此处选择。Beam Launcher 会为本机构建启动器、
为 Linux 构建工作器，检查两者后运行你的管道。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open Pipeline Folder…</source>
        <translation>打开管道文件夹…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New Profile</source>
        <translation>新建配置</translation>
    </message>
    <message>
        <location filename="../ui/ProfilesPanel.cpp" line="-88"/>
        <source>&amp;Profiles</source>
        <translation>配置(&amp;P)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Profiles</source>
        <translation>配置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your saved launch set-ups. Drop a pipeline folder to add one.</source>
        <translation>已保存的启动配置。拖放管道文件夹即可添加。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New profile</source>
        <translation>新建配置</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+232"/>
        <source>Delete profile</source>
        <translation>删除配置</translation>
    </message>
    <message>
        <location filename="../ui/OutputPanel.cpp" line="+58"/>
        <source>Build ahead keeps the shown profile&apos;s binaries built while you edit, so that Launch starts them at once (Run menu: Build Ahead turns it off).</source>
        <translation>预先构建会在你编辑时保持当前显示配置的二进制文件为已构建状态，使“启动”能立即运行它们（“运行”菜单中的“预先构建”可将其关闭）。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Build</source>
        <translation>构建</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+11"/>
        <location line="+57"/>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <location line="-65"/>
        <source>Source</source>
        <translation>源代码</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Workers</source>
        <translation>工作器</translation>
    </message>
    <message>
        <location filename="../ui/RunView.cpp" line="+21"/>
        <source>Nothing launched yet. Press Launch (F5): it builds both binaries first.</source>
        <translation>尚未启动任何内容。点击“启动”(F5)：会先构建两个二进制文件。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Run output</source>
        <translation>运行输出</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Job status</source>
        <translation>作业状态</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The job&apos;s id and state as the launcher reports them, and the runner&apos;s web page when it has one.</source>
        <translation>启动器报告的作业 ID 和状态，以及运行器的网页（如有）。</translation>
    </message>
    <message>
        <location filename="../ui/OutputPanel.cpp" line="-4"/>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <location filename="../ui/SessionPresenter.cpp" line="-448"/>
        <location line="+410"/>
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <location line="-397"/>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <location filename="../ui/GoBanner.cpp" line="+48"/>
        <source>&lt;b&gt;Go was not found.&lt;/b&gt; %1&lt;br&gt;Install Go 1.%2 or newer from &lt;a href=&quot;https://go.dev/dl/&quot;&gt;go.dev/dl&lt;/a&gt; and start Beam Launcher again. You can still edit profiles; Build and Launch need Go.</source>
        <translation>&lt;b&gt;未找到 Go。&lt;/b&gt;%1&lt;br&gt;请从 &lt;a href=&quot;https://go.dev/dl/&quot;&gt;go.dev/dl&lt;/a&gt; 安装 Go 1.%2 或更高版本，然后重新启动 Beam Launcher。你仍可编辑配置；构建和启动需要 Go。</translation>
    </message>
    <message>
        <location filename="../ui/ProfilesPanel.cpp" line="-76"/>
        <source>New pipeline</source>
        <translation>新管道</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pipeline</source>
        <translation>管道</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot create the profile</source>
        <translation>无法创建配置</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 does not exist.</source>
        <translation>%1 不存在。</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Several folders</source>
        <translation>多个文件夹</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Make one new profile for each of these %n folder(s)?

%1</source>
        <translation>
            <numerusform>要为这 %n 个文件夹各新建一个配置吗？

%1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Delete the profile &quot;%1&quot;? Its secrets are removed from the keychain too.</source>
        <translation>删除配置“%1”吗？其机密也会从钥匙串中删除。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cannot delete the profile</source>
        <translation>无法删除配置</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Cannot duplicate the profile</source>
        <translation>无法复制配置</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Export profile</source>
        <translation>导出配置</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+18"/>
        <source>Beam Launcher profiles (*.json)</source>
        <translation>Beam Launcher 配置 (*.json)</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Cannot export the profile</source>
        <translation>无法导出配置</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Exported to %1.</source>
        <translation>已导出到 %1。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exported to %1 without the values of its secrets (%2).</source>
        <translation>已导出到 %1，不含其机密（%2）的值。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Import profile</source>
        <translation>导入配置</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+14"/>
        <source>Cannot import the profile</source>
        <translation>无法导入配置</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Import a profile that names programs?</source>
        <translation>要导入指定了程序的配置吗？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The profile &quot;%1&quot; names programs or folders outside the pipeline, which a launch would use:

%2

Import it only if you trust them. Import it?</source>
        <translation>配置“%1”指定了管道之外的程序或文件夹，启动时会用到它们：

%2

只有在你信任它们时才导入。要导入吗？</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Secrets needed</source>
        <translation>需要机密</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The profile &quot;%1&quot; needs values for its secrets %2. Type them into the Environment variables table: they are kept in your keychain, not in the profile.</source>
        <translation>配置“%1”需要其机密 %2 的值。请在环境变量表中输入：它们保存在您的钥匙串中，而不是配置里。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Give the profile a name.</source>
        <translation>请为配置命名。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Another profile is called &quot;%1&quot;: choose another name.</source>
        <translation>已有名为“%1”的配置：请换一个名称。</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Use the programs this profile names?</source>
        <translation>要使用此配置指定的程序吗？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The profile &quot;%1&quot; was imported and names programs or folders outside the pipeline that this would use:

%2

Use them only if you trust them. Use them, now and until they change?</source>
        <translation>配置“%1”是导入的，它指定了此操作会用到的管道之外的程序或文件夹：

%2

只有在你信任它们时才使用。现在及它们变化之前都使用它们吗？</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the programs and folders the profile names were not accepted.</source>
        <translation>未接受该配置指定的程序和文件夹。</translation>
    </message>
    <message>
        <location line="-421"/>
        <source>The profile was not saved: %1</source>
        <translation>配置未保存：%1</translation>
    </message>
    <message>
        <location line="+361"/>
        <source>Another Beam Launcher is saving profiles: this one is saved right after it.</source>
        <translation>另一个 Beam Launcher 正在保存配置：此配置将在其完成后立即保存。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The secret %1 was not saved in the keychain: %2</source>
        <translation>机密 %1 未保存到钥匙串：%2</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="-209"/>
        <location line="+49"/>
        <location line="+55"/>
        <source>Go is needed: %1</source>
        <translation>需要 Go：%1</translation>
    </message>
    <message>
        <location line="-102"/>
        <source>Drop a pipeline folder on the window or press New Profile first.</source>
        <translation>请先将管道文件夹拖放到窗口上，或点击“新建配置”。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Build the launcher and the worker side by side (Ctrl+B)</source>
        <translation>同时构建启动器和工作器 (Ctrl+B)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+33"/>
        <location line="+8"/>
        <source>Cannot build: %1</source>
        <translation>无法构建：%1</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>Build both binaries, then launch the pipeline (F5)</source>
        <translation>构建两个二进制文件，然后启动管道 (F5)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+31"/>
        <location line="+8"/>
        <source>Cannot launch: %1</source>
        <translation>无法启动：%1</translation>
    </message>
    <message>
        <location filename="../ui/SessionPresenter.cpp" line="+108"/>
        <source>Stopped before the launch.</source>
        <translation>在启动前已停止。</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>Secrets missing</source>
        <translation>缺少机密</translation>
    </message>
    <message>
        <source>Waiting for the build ahead, which is building these very sources; then %1.</source>
        <translation type="vanished">正在等待预先构建，它构建的正是这些源代码；随后%1。</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>the launch starts</source>
        <translation>开始启动</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the build is checked</source>
        <translation>检查构建结果</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting for the build ahead, which is checking these very binaries; then %1.</source>
        <translation>正在等待预先构建，它正在检查这些二进制文件；然后%1。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The build ahead of these binaries ran at low priority: it goes on at normal priority (go build starts again and keeps what it compiled).</source>
        <translation>这些二进制文件的预先构建以低优先级运行：现在以正常优先级继续（go build 重新开始，并保留已编译的内容）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stopping the build ahead first…</source>
        <translation>正在先停止预先构建…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The secret variables %1 have no value.</source>
        <translation>机密变量 %1 没有值。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reading secrets from the keychain…</source>
        <translation>正在从钥匙串读取机密…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The secret %1 has no value in the keychain: type its value in the environment table.</source>
        <translation>钥匙串中没有机密 %1 的值：请在环境变量表中输入其值。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The secret %1 could not be read: %2</source>
        <translation>无法读取机密 %1：%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The system keychain is not available, and this profile needs secrets from it. Nothing was launched.

%1</source>
        <translation>系统钥匙串不可用，而此配置需要从中读取机密。未启动任何内容。

%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Secrets unavailable</source>
        <translation>机密不可用</translation>
    </message>
    <message>
        <location filename="../ui/RunView.cpp" line="+11"/>
        <source>Building before the launch…</source>
        <translation>正在构建，随后启动…</translation>
    </message>
    <message>
        <location filename="../ui/SessionPresenter.cpp" line="+77"/>
        <location line="+32"/>
        <source>Warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <location filename="../ui/OutputPanel.cpp" line="+70"/>
        <source>Problems (%1)</source>
        <translation>问题 (%1)</translation>
    </message>
    <message>
        <location filename="../ui/RunView.cpp" line="+5"/>
        <source>Running: %1</source>
        <translation>正在运行：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>$ %1</source>
        <translation>$ %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Job &lt;b&gt;%1&lt;/b&gt;: &lt;span style=&quot;color:%2&quot;&gt;&lt;b&gt;%3&lt;/b&gt;&lt;/span&gt;</source>
        <translation>作业 &lt;b&gt;%1&lt;/b&gt;：&lt;span style=&quot;color:%2&quot;&gt;&lt;b&gt;%3&lt;/b&gt;&lt;/span&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>submitted</source>
        <translation>已提交</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the runner&apos;s web page</source>
        <translation>打开运行器的网页</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The launcher exited with code %1 after %2.</source>
        <translation>启动器在 %2 后退出，退出码为 %1。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stopped after %1: the launcher and everything it started were ended.</source>
        <translation>已在 %1 后停止：启动器及其启动的所有进程都已结束。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The launcher crashed after %1: %2</source>
        <translation>启动器在 %1 后崩溃：%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The launcher did not start: %1</source>
        <translation>启动器未能启动：%1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="+38"/>
        <location filename="../ui/RunView.cpp" line="+4"/>
        <source>Log: %1</source>
        <translation>日志：%1</translation>
    </message>
    <message>
        <location filename="../ui/SessionPresenter.cpp" line="+131"/>
        <source>Both binaries are built and verified (%1).</source>
        <translation>两个二进制文件均已构建并验证（%1）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The pipeline ran to its end (exit code 0, %1).</source>
        <translation>管道已运行完毕（退出码 0，%1）。</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>This run was not recorded: %1</source>
        <translation>本次运行未被记录：%1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="-11"/>
        <source>No runs yet</source>
        <translation>尚无运行记录</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ok</source>
        <translation>成功</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>exit %1</source>
        <translation>退出码 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run again: %1 (%2, %3, %4)</source>
        <translation>再次运行：%1（%2，%3，%4）</translation>
    </message>
    <message>
        <location filename="../ui/SessionPresenter.cpp" line="-226"/>
        <source>Job %1 on %2</source>
        <translation>%2 上的作业 %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Stopped before the launch; the build ahead goes on.</source>
        <translation>在启动前已停止；预先构建继续进行。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Building at normal priority: the build ahead of these binaries ran at low priority; what it compiled is kept.</source>
        <translation>以正常优先级构建：这些二进制文件的预先构建以低优先级运行；已编译的内容会保留。</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Job Stalled</source>
        <translation>作业已停滞</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel the job on the runner, or keep waiting?</source>
        <translation>要取消运行器上的作业，还是继续等待？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel the Job</source>
        <translation>取消作业</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keep Waiting</source>
        <translation>继续等待</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Build ahead: %1</source>
        <translation>预先构建：%1</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>Reading secrets…</source>
        <translation>正在读取机密…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting for the build ahead…</source>
        <translation>正在等待预先构建…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Building… %1 of about %2 packages</source>
        <translation>正在构建… 已完成 %1 个，共约 %2 个包</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Running…</source>
        <translation>正在运行…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Built</source>
        <translation>已构建</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Finished</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="+32"/>
        <source>&lt;h3&gt;Beam Launcher %1&lt;/h3&gt;&lt;p&gt;Builds an Apache Beam Go pipeline for your computer and for the runner&apos;s workers at the same time, checks both binaries and launches the pipeline.&lt;/p&gt;&lt;p&gt;Qt %2 (built with %3)&lt;br&gt;Go: %4&lt;br&gt;Highlighting: %5&lt;/p&gt;&lt;p&gt;Licensed under the Apache License 2.0.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Beam Launcher %1&lt;/h3&gt;&lt;p&gt;同时为你的计算机和运行器的工作节点构建 Apache Beam Go 管道，检查两个二进制文件并启动管道。&lt;/p&gt;&lt;p&gt;Qt %2（使用 %3 构建）&lt;br&gt;Go：%4&lt;br&gt;语法高亮：%5&lt;/p&gt;&lt;p&gt;基于 Apache License 2.0 许可发布。&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not found</source>
        <translation>未找到</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About Beam Launcher</source>
        <translation>关于 Beam Launcher</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+9"/>
        <source>Quit Beam Launcher</source>
        <translation>退出 Beam Launcher</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>%1 is running. Cancel it on the runner and quit, or leave it running there and quit?</source>
        <translation>%1 正在运行。要在运行器上取消它并退出，还是让它在那里继续运行并退出？</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel the job and quit</source>
        <translation>取消作业并退出</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Leave it running and quit</source>
        <translation>让它继续运行并退出</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Don&apos;t quit</source>
        <translation>不退出</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A job is still running. Stop it and everything it started, and quit?</source>
        <translation>仍有作业在运行。要停止该作业及其启动的所有进程并退出吗？</translation>
    </message>
    <message>
        <location filename="../ui/WorkerView.cpp" line="+18"/>
        <source>The workers&apos; own output shows here once a job runs.</source>
        <translation>作业运行后，工作器自身的输出会显示在这里。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Worker output</source>
        <translation>工作器输出</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The workers of the local Prism job server: their stdout, stderr and SDK log entries (level, transform, time).</source>
        <translation>本地 Prism 作业服务器的工作器：其 stdout、stderr 和 SDK 日志条目（级别、转换、时间）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dataflow keeps its workers&apos; logs in Cloud Logging: &lt;a href=&quot;%1&quot;&gt;open the Logs Explorer&lt;/a&gt; and filter by the job id. The job&apos;s messages show here.</source>
        <translation>Dataflow 将其工作器的日志保存在 Cloud Logging 中：&lt;a href=&quot;%1&quot;&gt;打开日志浏览器&lt;/a&gt;并按作业 ID 过滤。作业的消息会显示在这里。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The workers run inside the launcher (LOOPBACK): their lines are in the Run view.</source>
        <translation>工作器在启动器内部运行（LOOPBACK）：它们的输出行在“运行”视图中。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On Flink the workers&apos; lines go to the TaskManagers&apos; logs: they show here from Flink&apos;s REST API at %1 (the runner option flink_rest_address) while the job runs. When it does not answer, they are in Flink&apos;s web page (Task Managers, Logs) or each TaskManager&apos;s log folder.</source>
        <translation>在 Flink 上，工作器的输出行写入 TaskManager 的日志：作业运行期间，它们通过 %1 上的 Flink REST API（运行器选项 flink_rest_address）显示在这里。该 API 无响应时，可在 Flink 的网页（Task Managers、Logs）或各 TaskManager 的日志文件夹中找到它们。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The workers run inside the launcher (LOOPBACK): their lines are in the Run view; the job service&apos;s messages show here.</source>
        <translation>工作器在启动器内部运行（LOOPBACK）：它们的输出行在“运行”视图中；作业服务的消息显示在这里。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The job service at %1 keeps its workers&apos; output in its own log; its messages about the job show here.</source>
        <translation>%1 上的作业服务将其工作器的输出保存在自己的日志中；它关于该作业的消息显示在这里。</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>[job %1] %2 %3</source>
        <translation>[作业 %1] %2 %3</translation>
    </message>
    <message>
        <location filename="../ui/PipelineFolderResolver.cpp" line="+65"/>
        <source>Looking for Beam pipelines in %1…</source>
        <translation>正在 %1 中查找 Beam 管道…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Using the pipeline %1 (%2), the only one in %3.</source>
        <translation>使用管道 %1（%2），这是 %3 中唯一的管道。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Using the pipeline %1 (%2).</source>
        <translation>使用管道 %1（%2）。</translation>
    </message>
    <message>
        <location filename="../ui/PipelineViews.cpp" line="+45"/>
        <location line="+73"/>
        <source>Build the pipeline (Ctrl+B) to list its options here; until then its flags are typed as text below.</source>
        <translation>构建管道（Ctrl+B）后，其选项会列在这里；在此之前，请在下方以文本形式输入其标志。</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>The launcher for this machine was not built: %1</source>
        <translation>未能构建本机的启动器：%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Building the launcher for this machine: %1 (%2 s)</source>
        <translation>正在为本机构建启动器：%1（%2 秒）</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Profile</source>
        <translation>配置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Options</source>
        <translation>选项</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Reading the pipeline&apos;s options from its launcher…</source>
        <translation>正在从启动器读取管道的选项…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The options could not be read (%1). The pipeline flags typed below are used as they are.</source>
        <translation>无法读取选项（%1）。下方输入的管道标志将按原样使用。</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n option(s) of %1, read from its launcher.</source>
        <translation>
            <numerusform>%1 的 %n 个选项，从其启动器读取。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Its own flags are told from Beam&apos;s by name only (%1): flags of a Beam release newer than 2.77 may be listed as the pipeline&apos;s.</source>
        <translation>管道自身的标志仅按名称与 Beam 的标志区分（%1）：比 2.77 更新的 Beam 版本的标志可能会被列为管道的标志。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Drawing the pipeline&apos;s graph…</source>
        <translation>正在绘制管道的图…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No graph: %1</source>
        <translation>无图：%1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The graph could not be read: %1</source>
        <translation>无法读取图：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The pipeline&apos;s graph is drawn.</source>
        <translation>管道的图已绘制。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The pipeline is being built or run; its graph is drawn again after the build.</source>
        <translation>管道正在构建或运行；构建完成后会重新绘制其图。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No graph yet: choose a pipeline folder (and install Go) first.</source>
        <translation>尚无图：请先选择管道文件夹（并安装 Go）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The launcher is built for another platform: its graph cannot be drawn here.</source>
        <translation>启动器是为其他平台构建的：无法在此绘制其图。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Building the launcher for this machine…</source>
        <translation>正在为本机构建启动器…</translation>
    </message>
    <message>
        <location filename="../ui/JobsModel.cpp" line="+111"/>
        <source>In this state since %1</source>
        <translation>自 %1 起处于此状态</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Job</source>
        <translation>作业</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Since</source>
        <translation>起始</translation>
    </message>
    <message>
        <location filename="../ui/JobsPanel.cpp" line="+41"/>
        <location line="+517"/>
        <source>Cancel Job</source>
        <translation>取消作业</translation>
    </message>
    <message>
        <location line="-496"/>
        <source>Ask the runner to cancel the selected job</source>
        <translation>请求运行器取消所选作业</translation>
    </message>
    <message>
        <location line="+16"/>
        <location filename="../ui/MainWindow.cpp" line="-429"/>
        <source>Jobs</source>
        <translation>作业</translation>
    </message>
    <message>
        <location filename="../ui/JobCountersView.cpp" line="+84"/>
        <source>Bytes (sampled)</source>
        <translation>字节（采样）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time (ms)</source>
        <translation>时间（毫秒）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start (ms)</source>
        <translation>开始（毫秒）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Process (ms)</source>
        <translation>处理（毫秒）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finish (ms)</source>
        <translation>结束（毫秒）</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Counter</source>
        <translation>计数器</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../ui/OptionsPanel.cpp" line="+65"/>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>%1
Counted on PCollection %2 of step %3</source>
        <translation>%1
在步骤 %3 的 PCollection %2 上计数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1
Transform %2</source>
        <translation>%1
转换 %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1, as the runner labels it (the job&apos;s pipeline is not known)</source>
        <translation>%1，运行器的标签（作业的管道未知）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: the runner&apos;s own label, not a step of the job&apos;s pipeline</source>
        <translation>%1：运行器自己的标签，不是作业管道中的步骤</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (committed)</source>
        <translation>%1（已提交）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 (attempted)</source>
        <translation>%1（已尝试）</translation>
    </message>
    <message>
        <source>Transform</source>
        <translation type="vanished">Transform</translation>
    </message>
    <message>
        <location filename="../ui/JobsPanel.cpp" line="+3"/>
        <source>Counters of the selected job</source>
        <translation>所选作业的计数器</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The runner did not confirm within %1 s that job %2 is cancelled (last state: %3). It may still be running: see %4.</source>
        <translation>运行器未在 %1 秒内确认作业 %2 已取消（最后状态：%3）。它可能仍在运行：请查看 %4。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No profile is shown.</source>
        <translation>未显示任何配置文件。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This profile starts a Prism job server of its own for each launch; its job is followed in the Run and Workers tabs while it runs.</source>
        <translation>此配置文件每次启动都会启动自己的 Prism 作业服务器；作业运行时在“运行”和“工作器”选项卡中跟踪。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The runner %1 has no Beam job service to list jobs from.</source>
        <translation>运行器 %1 没有可列出作业的 Beam 作业服务。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This profile has no job service endpoint (the runner runs in the launcher); its jobs are only in the Run tab.</source>
        <translation>此配置文件没有作业服务端点（运行器在启动器内运行）；其作业只在“运行”选项卡中。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The endpoint is not HOST:PORT: %1</source>
        <translation>端点不是 HOST:PORT 格式：%1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Runner&apos;s web page</source>
        <translation>运行器的网页</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Asking the job service at %1…</source>
        <translation>正在询问 %1 上的作业服务…</translation>
    </message>
    <message numerus="yes">
        <location line="+31"/>
        <source>%n job(s) on the job service at %1.</source>
        <translation>
            <numerusform>%1 上的作业服务有 %n 个作业。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+27"/>
        <source>No job service answers at %1: %2. The list comes back when it does.</source>
        <translation>%1 上没有作业服务应答：%2。一旦应答，列表会恢复。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>This job service gives no counters.</source>
        <translation>此作业服务不提供计数器。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The runner did not cancel job %1: %2</source>
        <translation>运行器未取消作业 %1：%2</translation>
    </message>
    <message>
        <location line="+145"/>
        <location filename="../ui/ThroughputPlot.cpp" line="-50"/>
        <source>Select a job to see its throughput.</source>
        <translation>选择一个作业以查看其吞吐量。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Job %1 ended before this window followed it: no throughput line.</source>
        <translation>作业 %1 在此窗口开始跟踪之前已结束：没有吞吐量曲线。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Job %1 waits for its throughput to be followed (at most %2 jobs at once).</source>
        <translation>作业 %1 正在等待跟踪其吞吐量（最多同时跟踪 %2 个作业）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This job service gives no counters: no throughput line.</source>
        <translation>此作业服务不提供计数器：没有吞吐量曲线。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Following the throughput of job %1…</source>
        <translation>正在跟踪作业 %1 的吞吐量…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The runner gave no element counts for job %1: no throughput line.</source>
        <translation>运行器未提供作业 %1 的元素计数：没有吞吐量曲线。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No element counts from the runner for job %1 yet.</source>
        <translation>尚未从运行器获得作业 %1 的元素计数。</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Cancel job %1 (%2) on the runner? It stops the job and all its work.</source>
        <translation>在运行器上取消作业 %1（%2）？这会停止该作业及其所有工作。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancelling job %1…</source>
        <translation>正在取消作业 %1…</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The runner did not confirm that job %1 is cancelled: %2. It may still be running: see %3.</source>
        <translation>运行器未确认作业 %1 已取消：%2。它可能仍在运行：请查看 %3。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Job %1 is cancelled.</source>
        <translation>作业 %1 已取消。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Job %1 ended %2, not CANCELLED.</source>
        <translation>作业 %1 以 %2 结束，而不是 CANCELLED。</translation>
    </message>
    <message>
        <location filename="../ui/JobGraphView.cpp" line="+48"/>
        <source>Pipeline graph</source>
        <translation>管道图</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the graph drawn before the run (Beam&apos;s dot runner)</source>
        <translation>显示运行前绘制的图（Beam 的 dot 运行器）</translation>
    </message>
    <message>
        <location filename="../ui/JobCountersView.cpp" line="-90"/>
        <location filename="../ui/JobGraphView.cpp" line="+6"/>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <location line="-21"/>
        <location filename="../ui/JobGraphView.cpp" line="+0"/>
        <source>Elements</source>
        <translation>元素数</translation>
    </message>
    <message>
        <location filename="../ui/JobGraphView.cpp" line="+0"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Uncheck a composite step to draw it as one box</source>
        <translation>取消勾选复合步骤，即可将其绘制为一个框</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>This runner gives no metrics for the job (%1): the graph is drawn without numbers.</source>
        <translation>此运行器不提供该作业的指标（%1）：图中不显示数字。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>the job service gave an empty pipeline</source>
        <translation>作业服务返回了空管道</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>This runner gives no element counts or step times for the job%1: the graph is drawn without numbers.</source>
        <translation>此运行器未提供该作业的元素计数和步骤耗时%1：图中不显示数字。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (yet)</source>
        <translation> （目前）</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>%1 (among the busiest steps)</source>
        <translation>%1（最繁忙的步骤之一）</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Graphviz&apos;s output is not an SVG Qt can draw.</source>
        <translation>Graphviz 的输出不是 Qt 能绘制的 SVG。</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>No job shown: launch a job on a job service, or select one in the Jobs tab.</source>
        <translation>未显示作业：请在作业服务上启动一个作业，或在“作业”选项卡中选择一个。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Job %1: its pipeline could not be read: %2</source>
        <translation>作业 %1：无法读取其管道：%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Job %1: asking %2 for its pipeline…</source>
        <translation>作业 %1：正在向 %2 请求其管道…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Job %1%2 on %3: %4 steps, numbers refreshed every second.</source>
        <translation>%3 上的作业 %1%2：%4 个步骤，数字每秒刷新。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Job %1%2 on %3: %4 steps.</source>
        <translation>%3 上的作业 %1%2：%4 个步骤。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Busiest: %1.</source>
        <translation>最繁忙的步骤：%1。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The job service does not answer: the numbers are the last it gave.</source>
        <translation>作业服务没有响应：显示的数字是它最后给出的。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The graph could not be drawn: %1</source>
        <translation>无法绘制图：%1</translation>
    </message>
    <message>
        <location filename="../ui/OptionsPanel.cpp" line="+0"/>
        <source>Option</source>
        <translation>选项</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Default</source>
        <translation>默认值</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--flag=value ... (flags the table does not show)</source>
        <translation>--flag=value ...（表中未显示的标志）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>More flags:</source>
        <translation>更多标志：</translation>
    </message>
    <message>
        <location line="+107"/>
        <location line="+89"/>
        <source>Reset</source>
        <translation>重置</translation>
    </message>
    <message>
        <location line="-88"/>
        <source>Back to the default, %1</source>
        <translation>恢复为默认值 %1</translation>
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
            <numerusform>管道未定义标志 %1：Go 的 flag 包会拒绝它。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/OutputPane.cpp" line="+73"/>
        <source>Find…</source>
        <translation>查找…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Find Next</source>
        <translation>查找下一个</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Find Previous</source>
        <translation>查找上一个</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Wrap Lines</source>
        <translation>自动换行</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save Output…</source>
        <translation>保存输出…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Find in output</source>
        <translation>在输出中查找</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Previous match (Shift+Enter)</source>
        <translation>上一个匹配项 (Shift+Enter)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next match (Enter)</source>
        <translation>下一个匹配项 (Enter)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close (Escape)</source>
        <translation>关闭 (Escape)</translation>
    </message>
    <message>
        <location line="+161"/>
        <source>Open %1 at line %2</source>
        <translation>在第 %2 行打开 %1</translation>
    </message>
    <message>
        <location line="+118"/>
        <location line="+14"/>
        <source>Save Output</source>
        <translation>保存输出</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Text files (*.txt *.log);;All files (*)</source>
        <translation>文本文件 (*.txt *.log);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Could not save the output to %1: %2</source>
        <translation>无法将输出保存到 %1：%2</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>No matches</source>
        <translation>无匹配项</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1+ matches</source>
        <translation>%1+ 个匹配项</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n 个匹配项</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/Dialogs.cpp" line="+165"/>
        <location filename="../ui/PipelineChooser.cpp" line="+22"/>
        <source>Choose a Pipeline</source>
        <translation>选择管道</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/PipelineChooser.cpp" line="+1"/>
        <source>%1 holds %n Beam pipelines. Which one should the profile build?</source>
        <translation>
            <numerusform>%1 包含 %n 个 Beam 管道。配置应构建哪一个？</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/ProblemsModel.cpp" line="+33"/>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note</source>
        <translation>提示</translation>
    </message>
    <message>
        <location line="+124"/>
        <source>Package: %1</source>
        <translation>包：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reported by: %1</source>
        <translation>报告者：%1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>File</source>
        <translation>文件</translation>
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
        <translation>消息</translation>
    </message>
    <message>
        <location filename="../ui/EnvironmentTable.cpp" line="+39"/>
        <source>New secret value</source>
        <translation>新的机密值</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>(in the keychain)</source>
        <translation>（在钥匙串中）</translation>
    </message>
    <message>
        <location filename="../ui/ProfileEditor.cpp" line="-433"/>
        <source>The pipeline folder</source>
        <translation>管道文件夹</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Working folder</source>
        <translation>工作文件夹</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The folder the launcher runs in: relative paths in the pipeline flags (e.g. --output=out/counts) are read and written there. Empty: the pipeline folder.</source>
        <translation>启动器运行所在的文件夹：管道标志中的相对路径（例如 --output=out/counts）在此处读取和写入。留空：管道文件夹。</translation>
    </message>
    <message>
        <source>&amp;Working folder:</source>
        <translation type="vanished">工作文件夹(&amp;W)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wor&amp;king folder:</source>
        <translation>工作文件夹(&amp;K)：</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>This computer (%1)</source>
        <translation>本机 (%1)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>runner name</source>
        <translation>运行器名称</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+243"/>
        <source>Runner&apos;s default</source>
        <translation>运行器默认值</translation>
    </message>
    <message>
        <location line="-229"/>
        <source>Arm workers, e.g. Dataflow t2a machine types</source>
        <translation>Arm 工作节点，例如 Dataflow 的 t2a 机器类型</translation>
    </message>
    <message>
        <location line="+144"/>
        <source>Inspecting the package…</source>
        <translation>正在检查包…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Package &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>包 &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>module %1</source>
        <translation>模块 %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This is not package main: choose the folder with func main().</source>
        <translation>这不是 package main：请选择含有 func main() 的文件夹。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✓ imports the Beam Go SDK</source>
        <translation>✓ 已导入 Beam Go SDK</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Does not import the Beam Go SDK (github.com/apache/beam/sdks/v2/go/pkg/beam, or github.com/apache/beam/sdks/go/pkg/beam before Beam&apos;s Go module): is this the pipeline&apos;s folder?</source>
        <translation>未导入 Beam Go SDK（github.com/apache/beam/sdks/v2/go/pkg/beam，或 Beam 采用 Go 模块之前的 github.com/apache/beam/sdks/go/pkg/beam）：这确实是管道的文件夹吗？</translation>
    </message>
    <message>
        <source>Does not import the Beam Go SDK (github.com/apache/beam/sdks/v2): is this the pipeline&apos;s folder?</source>
        <translation type="vanished">未导入 Beam Go SDK（github.com/apache/beam/sdks/v2）：这确实是管道的文件夹吗？</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>HOST:PORT</source>
        <translation>HOST:PORT</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. localhost:%1</source>
        <translation>例如 localhost:%1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>optional; %1</source>
        <translation>可选；%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not used by this runner</source>
        <translation>此运行器不使用</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Runner&apos;s default (%1)</source>
        <translation>运行器默认值 (%1)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 options</source>
        <translation>%1 选项</translation>
    </message>
    <message>
        <location filename="../ui/RunnerOptionWidgets.cpp" line="+42"/>
        <source>
Required.</source>
        <translation>
必填。</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>(default)</source>
        <translation>（默认）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 to %2</source>
        <translation>%1 到 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>required</source>
        <translation>必填</translation>
    </message>
    <message>
        <location filename="../ui/ProfileEditorChecks.cpp" line="+63"/>
        <source>&quot;%1&quot; is not a platform: write goos/goarch, e.g. darwin/arm64.</source>
        <translation>“%1”不是平台：请写成 goos/goarch，例如 darwin/arm64。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This folder does not exist.</source>
        <translation>此文件夹不存在。</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Cannot launch yet: %1</source>
        <translation>暂时无法启动：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ready: Launch builds both binaries, then runs this command.</source>
        <translation>就绪：“启动”会先构建两个二进制文件，然后运行此命令。</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>&lt;launcher&gt;</source>
        <translation>&lt;启动器&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;worker&gt;</source>
        <translation>&lt;工作器&gt;</translation>
    </message>
    <message>
        <location filename="../ui/EnvironmentTable.cpp" line="+60"/>
        <source>Keep the value in the system keychain and mask it everywhere</source>
        <translation>将值保存在系统钥匙串中，并在所有地方遮盖显示</translation>
    </message>
    <message>
        <location filename="../ui/SourceView.cpp" line="+60"/>
        <source>%1 is too large to show.</source>
        <translation>%1 太大，无法显示。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <location filename="../ui/ThroughputPlot.cpp" line="-3"/>
        <source>Throughput of the selected job</source>
        <translation>所选作业的吞吐量</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>%1, the busiest output: %2 so far</source>
        <translation>%1（元素最多的输出）：目前为止 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, the busiest output: %2 in all</source>
        <translation>%1（元素最多的输出）：共 %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Elements per second of %1.</source>
        <translation>%1 的每秒元素数。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Over %1: at most %2 elements/s, lately %3 elements/s.</source>
        <translation>%1 内：最高 %2 元素/秒，最近 %3 元素/秒。</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>elements/s</source>
        <translation>元素/秒</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>time since the job started</source>
        <translation>自作业开始以来的时间</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1 elements/s from %2 to %3 (%4)</source>
        <translation>%2 至 %3：%1 元素/秒（%4）</translation>
    </message>
</context>
</TS>
