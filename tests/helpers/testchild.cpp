// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
//
// A child process for the process tests. Arguments form a small script, run left to right:
//   out TEXT            print TEXT and a newline on stdout     err TEXT   the same on stderr
//   raw HEX             write raw bytes (hex) to stdout, unflushed lines and all
//   flood N [LEN]       print N numbered lines of about LEN bytes on stdout
//   sleep MS            sleep
//   env NAME            print NAME=value of an environment variable (or NAME unset)
//   args                print every argument of this process, one per line
//   ignore-term         ignore SIGTERM from now on
//   spawn               fork a grandchild that runs the rest of the script too
//   sleeper FILE MS     fork a grandchild that writes its pid to FILE and sleeps MS
//   pids FILE           append "pid" lines for this process to FILE
//   close-stdout        close standard output
//   crash               die of SIGSEGV              exit CODE   exit with CODE
#include <cctype>
#include <cerrno>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <thread>

#ifndef _WIN32
#include <unistd.h>
#endif

namespace {

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

void sleepMs(long ms)
{
    std::this_thread::sleep_for(std::chrono::milliseconds(ms));
}

} // namespace

int main(int argc, char **argv)
{
    std::setvbuf(stdout, nullptr, _IOFBF, 1 << 16);
    for (int i = 1; i < argc; ++i) {
        const std::string cmd = argv[i];
        auto next = [&]() -> const char * {
            if (i + 1 >= argc) {
                std::fprintf(stderr, "testchild: %s needs an argument\n", cmd.c_str());
                std::exit(64);
            }
            return argv[++i];
        };
        if (cmd == "out") {
            std::printf("%s\n", next());
            std::fflush(stdout);
        } else if (cmd == "err") {
            std::fprintf(stderr, "%s\n", next());
        } else if (cmd == "raw") {
            const char *hex = next();
            std::string bytes;
            for (size_t k = 0; hex[k] && hex[k + 1]; k += 2)
                bytes.push_back(char(hexValue(hex[k]) * 16 + hexValue(hex[k + 1])));
            std::fwrite(bytes.data(), 1, bytes.size(), stdout);
            std::fflush(stdout);
        } else if (cmd == "flood") {
            const long n = std::atol(next());
            long len = 100;
            if (i + 1 < argc && std::isdigit(static_cast<unsigned char>(argv[i + 1][0])))
                len = std::atol(argv[++i]);
            std::string filler(len > 20 ? size_t(len - 20) : 1, 'x');
            for (long k = 1; k <= n; ++k)
                std::printf("line %09ld %s\n", k, filler.c_str());
            std::fflush(stdout);
        } else if (cmd == "sleep") {
            sleepMs(std::atol(next()));
        } else if (cmd == "env") {
            const char *name = next();
            const char *value = std::getenv(name);
            if (value)
                std::printf("%s=%s\n", name, value);
            else
                std::printf("%s unset\n", name);
            std::fflush(stdout);
        } else if (cmd == "args") {
            for (int k = 0; k < argc; ++k)
                std::printf("%s\n", argv[k]);
            std::fflush(stdout);
        } else if (cmd == "ignore-term") {
            std::signal(SIGTERM, SIG_IGN);
        } else if (cmd == "crash") {
            std::fflush(stdout);
            std::raise(SIGSEGV);
        } else if (cmd == "exit") {
            std::fflush(stdout);
            return std::atoi(next());
        }
#ifndef _WIN32
        else if (cmd == "spawn") {
            const pid_t pid = fork();
            if (pid < 0) {
                std::perror("fork");
                return 70;
            }
            // Parent and grandchild both go on with the rest of the script.
        } else if (cmd == "sleeper") {
            const char *path = next();
            const long ms = std::atol(next());
            const pid_t pid = fork();
            if (pid == 0) {
                if (FILE *f = std::fopen(path, "a")) {
                    std::fprintf(f, "%ld\n", long(getpid()));
                    std::fclose(f);
                }
                sleepMs(ms);
                std::_Exit(0);
            }
        } else if (cmd == "pids") {
            const char *path = next();
            if (FILE *f = std::fopen(path, "a")) {
                std::fprintf(f, "%ld\n", long(getpid()));
                std::fclose(f);
            }
        } else if (cmd == "close-stdout") {
            std::fflush(stdout);
            close(STDOUT_FILENO);
        }
#endif
        else {
            std::fprintf(stderr, "testchild: unknown command %s\n", cmd.c_str());
            return 64;
        }
    }
    std::fflush(stdout);
    return 0;
}
