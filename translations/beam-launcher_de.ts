<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>bl::CommandLineHighlighter</name>
    <message>
        <location filename="../ui/GoHighlighter.cpp" line="+277"/>
        <source>Secret value, hidden</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bl::CrossBuild</name>
    <message>
        <location filename="../app/go/CrossBuild.cpp" line="+51"/>
        <source>launcher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>go build failed (exit code %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>go build was ended by a signal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Cannot create the output folder %1: check that it is writable, or choose another one with --out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+54"/>
        <location line="+24"/>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-19"/>
        <source>go build reported success but wrote no binary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>go build failed with %n problem(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+31"/>
        <source>go version -m could not read the binary it just built.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot move the built binary to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bl::GoJson</name>
    <message>
        <location filename="../app/go/GoJson.cpp" line="+29"/>
        <source>%1 printed nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 printed something that is not a JSON object (%2 at offset %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+106"/>
        <source>go env -json did not report GOVERSION, GOROOT, GOHOSTOS and GOHOSTARCH: this go is older than Go 1.16 or not the Go toolchain. Install a current Go from https://go.dev/dl/.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+66"/>
        <source>go list -json printed an object without ImportPath or Dir: it does not describe a package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+54"/>
        <source>It is not a Go program: go version -m found no Go build information in it (%1). Build it with go build, or pick the right file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>go version -m printed &quot;%1&quot;, which does not describe a Go program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>It is not a Go program: go version -m found no Go build information in it. Build it with go build, or pick the right file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The %1 binary does not record the platform it was built for (it was built by %2; Go records GOOS and GOARCH since Go 1.18), so it cannot be checked against %3. Rebuild it with a current Go.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>an unknown Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The %1 binary is built for %2, but %3 is needed: started on %3 machines it would fail with &quot;exec format error&quot;. Rebuild it with GOOS=%4 GOARCH=%5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The %1 binary is built with CGO_ENABLED=1: it links the C library of the machine that built it, so Beam&apos;s worker containers can fail with glibc errors (Beam issue 24470). Rebuild it with CGO_ENABLED=0, or allow cgo (--cgo) if the pipeline needs C code.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bl::GoToolchain</name>
    <message>
        <location filename="../app/go/GoToolchain.cpp" line="+72"/>
        <source>No Go toolchain at %1: give the path of the go command (for example /usr/local/go/bin/go), or leave it empty to use the one on PATH.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No Go toolchain found on PATH or in the usual places. Install Go 1.%1 or newer from https://go.dev/dl/, or give the path of the go command with --go.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 env -json failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 is too old: Beam Launcher needs Go 1.%2 or newer. Install a current release from https://go.dev/dl/.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+40"/>
        <source>%1 is not a platform this Go toolchain can build for. Valid platforms (go tool dist list): %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bl::LaunchSession</name>
    <message>
        <location filename="../app/launch/LaunchSession.cpp" line="+53"/>
        <location line="+173"/>
        <location line="+44"/>
        <location line="+31"/>
        <location line="+126"/>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-340"/>
        <source>The launcher exited with code %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancelled: the launcher and everything it started were stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The launcher crashed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+105"/>
        <source>%1 is not a folder: give the folder that holds the pipeline&apos;s main package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 has no Go files: give the folder of the pipeline&apos;s main package (the one with func main and beam.Init()).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Using %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <location line="+14"/>
        <source>Go cannot load the package in %1:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 holds package %2, not package main: a pipeline is a program. Choose the folder of the package with func main() (it calls beam.Init()).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Package %1 does not import the Beam Go SDK (github.com/apache/beam/sdks/v2): is this the pipeline&apos;s folder?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Cancelled: both builds were stopped and no binary was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 is not a file: give both --launcher-binary and --worker-binary as paths to built binaries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1 is not a Go program Beam Launcher can check (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 refused before launch: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Cannot write the log file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bl::LaunchSpec</name>
    <message>
        <location filename="../app/launch/LaunchSpec.cpp" line="+44"/>
        <source>Choose the runner in the Runner field (--runner), not as a pipeline flag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set the job service address in the Endpoint field (--endpoint), not as a pipeline flag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Beam Launcher builds the worker and passes --worker_binary itself; to use a binary of your own, set the prebuilt worker binary (--worker-binary) instead of a pipeline flag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set the environment type in the Environment type field (--environment-type), not as a pipeline flag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set the environment config in the Environment config field (--environment-config), not as a pipeline flag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The %1 platform is not valid: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+111"/>
        <source>The endpoint is empty: write it as HOST:PORT, for example localhost:8099.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the endpoint &quot;%1&quot; as HOST:PORT without a scheme, for example localhost:8099.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Write an IPv6 endpoint as [ADDRESS]:PORT, for example [::1]:8099.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; is not an IPv6 address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The endpoint &quot;%1&quot; has no port: write it as HOST:PORT, for example %1:8099.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Put an IPv6 address in brackets: [%1]:%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is not a host name or address: write the endpoint as HOST:PORT, for example localhost:8099.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; is not a port: use a number from 1 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Choose the folder of the pipeline&apos;s main package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A prebuilt worker binary is set but no launcher binary: give both prebuilt binaries, or neither to build them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A prebuilt launcher binary is set but no worker binary: give both prebuilt binaries, or neither to build them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>launcher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Beam&apos;s runners start workers on Linux, but the worker is set to %1: use linux/amd64 (or linux/arm64 for Arm machines) unless your runner really runs %2 workers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose a runner, for example prism to run on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Beam Launcher does not know the runner &quot;%1&quot;; it is passed to the launcher as given. Check the spelling if the launch fails.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The %1 runner needs the address of its job service: give --endpoint HOST:PORT (its job server listens on port %2 by default, so localhost:%2 when it runs on this computer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The %1 runner does not use a job service endpoint: %2 is passed on but has no effect. Clear the endpoint unless you know it is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;%1&quot; is not an environment type: use one of %2 (Beam would silently use DOCKER instead).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The %1 runner does not use an environment type; %2 has no effect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The %1 runner is not used with %2 workers; it supports %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>PROCESS workers need a JSON object as environment config naming the command that starts them, for example {&quot;command&quot;: &quot;/opt/apache/beam/boot&quot;}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The PROCESS environment config has no &quot;command&quot;: add the program that starts a worker, for example {&quot;command&quot;: &quot;/opt/apache/beam/boot&quot;}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>EXTERNAL workers need the address of their worker pool as environment config, for example localhost:50000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>--%1 is not an option of the %2 runner and is not passed; add it to the pipeline flags if the pipeline needs it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&quot;%1&quot; is not an environment variable name: use letters, digits and _, not starting with a digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The environment variable %1 is set twice: remove one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The pipeline flag &quot;%1&quot; does not start with -: write each flag as --name=value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--%1 is an option of the %2 runner: set it among the runner&apos;s options so it is checked and not passed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The pipeline flag --%1 contains the value of the secret variable %2: flags are visible to anyone who can list processes and in the runner&apos;s console. Let the pipeline read %2 from its environment instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bl::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="+13"/>
        <source>Beam Launcher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Beam Launcher: the window is being built. Use the command line meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bl::OutputPane</name>
    <message>
        <location filename="../ui/OutputPane.cpp" line="+72"/>
        <source>Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Find Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Find Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Wrap Lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save Output…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Find in output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Previous match (Shift+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next match (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close (Escape)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+150"/>
        <source>Open %1 at line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+118"/>
        <location line="+14"/>
        <source>Save Output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Text files (*.txt *.log);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Could not save the output to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+71"/>
        <source>No matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1+ matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n match(es)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bl::Paths</name>
    <message>
        <location filename="../app/launch/Paths.cpp" line="+52"/>
        <source>Cannot create the folder %1: check the path and its permissions, or choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot write in the folder %1 (%2): check its permissions and free space, or choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bl::Platform</name>
    <message>
        <location filename="../app/go/Platform.cpp" line="+48"/>
        <source>&quot;%1&quot; is not a platform: write it as GOOS/GOARCH, for example linux/amd64.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;%1&quot; is not a platform: GOOS and GOARCH are lower-case names such as linux/amd64 or darwin/arm64.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bl::Preflight</name>
    <message>
        <location filename="../app/launch/Preflight.cpp" line="+45"/>
        <source>no answer within %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The job service on this machine would start the workers in Docker (environment type DOCKER), but there is no docker command here. Install Docker, or choose the PROCESS or LOOPBACK environment type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The PROCESS environment&apos;s command %1 %2: the runner on this machine runs it to start each worker. Give the path of an executable, usually Beam&apos;s Go boot program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>is not executable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+52"/>
        <source> The %1 job service listens on port %2 unless told otherwise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing answers at %1 (%2). Start the job service, or check the host and port.%3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bl::ProblemsModel</name>
    <message>
        <location filename="../ui/ProblemsModel.cpp" line="+31"/>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+124"/>
        <source>Package: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reported by: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bl::ProcessRunner</name>
    <message>
        <location filename="../app/process/ProcessRunner.cpp" line="+80"/>
        <source>Cannot write the log file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+96"/>
        <source>Cannot start %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bl::RunnerCatalog</name>
    <message>
        <location filename="../app/launch/RunnerCatalog.cpp" line="+80"/>
        <source>Runner &quot;%1&quot; has an option named &quot;%2&quot;: option names are lower-case flag names such as staging_location.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Runner &quot;%1&quot; declares option &quot;%2&quot;, which has its own field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Option &quot;%1&quot; of runner &quot;%2&quot; has the unknown type &quot;%3&quot;; use one of %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The pattern of option &quot;%1&quot; of runner &quot;%2&quot; does not compile: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Option &quot;%1&quot; of runner &quot;%2&quot; is an enum without values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Option &quot;%1&quot; of runner &quot;%2&quot; needs an int type and both min &lt;= max for its range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The default of option &quot;%1&quot; of runner &quot;%2&quot; is not valid: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--%1 is required: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>enter a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--%1 must be a whole number, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--%1 must be between %2 and %3; %4 is out of range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--%1 is true or false, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--%1 must be one of %2, not &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--%1 must be JSON, for example {&quot;key&quot;: &quot;value&quot;}: %2 at character %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; is not a valid value for --%2. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the runner&apos;s documentation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The runner catalog is not a JSON object (%1 at offset %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The runner catalog has schema %1; this version reads schema 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Environment type &quot;%1&quot; of the runner catalog is empty, not upper-case or listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The runner catalog lists no environment types.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The runner catalog lists no runners.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Runner name &quot;%1&quot; is not a lower-case word.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Runner name &quot;%1&quot; appears twice in the runner catalog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Runner &quot;%1&quot; has endpoint &quot;%2&quot;; use none, optional or required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Runner &quot;%1&quot; has a port outside 1-65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Runner &quot;%1&quot; needs an endpoint, so it must name its default port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Runner &quot;%1&quot; lists the unknown environment type &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The default environment type &quot;%1&quot; of runner &quot;%2&quot; is not among its environment types.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Runner &quot;%1&quot; declares option &quot;%2&quot; twice.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bl::SourceView</name>
    <message>
        <location filename="../ui/SourceView.cpp" line="+59"/>
        <source>%1 is too large to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bl::cli</name>
    <message>
        <location filename="../app/cli/CommandLine.cpp" line="+34"/>
        <source>Beam Launcher builds an Apache Beam Go pipeline twice at the same time, a launcher for this
machine and a worker for the runner&apos;s machines (linux/amd64, cgo off), checks both, and runs
  launcher --worker_binary=WORKER --runner=RUNNER --endpoint=HOST:PORT [pipeline flags]

Usage:
  beam-launcher                       start the window
  beam-launcher --version
  beam-launcher build DIR [build options]
  beam-launcher launch DIR --runner NAME [--endpoint HOST:PORT] [build options]
                [--env NAME=VALUE]... [--json] [-- PIPELINE FLAGS...]
  beam-launcher launch --launcher-binary FILE --worker-binary FILE --runner NAME [...]

Run `beam-launcher build --help` or `beam-launcher launch --help` for the options.
Exit codes: 0 done, 1 a build or the launch failed, 2 bad usage or input, 130 cancelled;
launch exits with the launcher&apos;s own exit code.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Folder for the two binaries (default: a per-package cache folder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GOOS/GOARCH of the launcher (default: this machine).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>GOOS/GOARCH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>GOOS/GOARCH of the worker (default: linux/amd64).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Build with CGO_ENABLED=1 (default: 0, as Beam&apos;s worker containers need).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comma-separated Go build tags.</source>
        <translation>Go-Build-Tags, durch Kommas getrennt.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>a,b</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The go command to use (default: go on PATH).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PATH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print one JSON event per line on stdout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Beam runner: prism, direct, universal, flink, spark, samza, dataflow, dot, or another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Job service address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>HOST:PORT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Worker environment: DOCKER, PROCESS, LOOPBACK or EXTERNAL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>TYPE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Worker environment configuration (an image, or JSON for PROCESS).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CONFIG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A runner option from the catalog, e.g. --option project=my-project (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>NAME=VALUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Environment variable for the launcher (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use this prebuilt launcher instead of building.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Use this prebuilt worker instead of building.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+49"/>
        <source>--option takes NAME=VALUE, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--env takes NAME=VALUE, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Build a Beam Go pipeline&apos;s launcher and worker, then launch it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Build a Beam Go pipeline&apos;s launcher and worker side by side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+5"/>
        <source>The pipeline&apos;s main package folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Flags after -- go to the pipeline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>beam-launcher %1: %2
Run `beam-launcher %1 --help` for the options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>beam-launcher %1: give exactly one pipeline package folder.
Run `beam-launcher %1 --help` for the options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>beam-launcher launch: --runner is required (prism, flink, dataflow, ...).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+40"/>
        <source>beam-launcher: unknown command &quot;%1&quot;.

</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bl::cli::EventPrinter</name>
    <message>
        <location filename="../app/cli/EventPrinter.cpp" line="+35"/>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Package %1 (module %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Building the %1 for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 ready: %2 (%3, verified %4, cgo %5) in %6 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Output is logged to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The launcher exited with code %1 after %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>error: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
