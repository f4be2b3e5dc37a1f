// SPDX-License-Identifier: GPL-3.0-or-later
// `twofold`: the command line runs right here, linked with core on Qt Core only, so a command starts fast and
// maps no Qt Gui, Quick, Widgets or Multimedia. The commands that read or draw images (scan, export) become
// `twofold-images` (images.cpp); any other start (no command, a link, --minimized) becomes the window.
#include "cli/CommandLine.h"
#include "cli/CommandProcess.h"
#include "start/ArgumentScrub.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cerrno>
#include <climits>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <sys/prctl.h>
#include <unistd.h>

using namespace twofold;

namespace {
// This executable's real path (installed or in the build tree alike); empty if unknown.
std::string selfPath()
{
    char self[PATH_MAX];
    const ssize_t length = readlink("/proc/self/exe", self, sizeof self - 1);
    return length > 0 ? std::string(self, std::size_t(length)) : std::string();
}

// Replaces this process by the executable at `fromBin`, relative to this one's directory.
[[noreturn]] void start(const char *fromBin, const char *what, char **argv)
{
    const std::string self = selfPath();
    const std::string program = self.empty() ? std::string() : self.substr(0, self.rfind('/') + 1) + fromBin;
    execv(program.c_str(), argv);
    std::fprintf(stderr, "twofold: cannot start %s (%s): %s\n", what, program.c_str(), std::strerror(errno));
    std::exit(1);
}

[[noreturn]] void startWindow(char **argv)
{
    // Autostart writes this command into the login entry, not the window's own path.
    if (const std::string self = selfPath(); !self.empty())
        setenv("TWOFOLD_COMMAND", self.c_str(), 1);
    start(TWOFOLD_WINDOW_FROM_BIN, "the window", argv);
}

} // namespace

int main(int argc, char **argv)
{
    // Secrets live in this process's memory: no core dumps, no ptrace by other user processes.
    prctl(PR_SET_DUMPABLE, 0);

    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    if (!CommandLine::handles(arguments))
        startWindow(argv);
    if (CommandLine::drawsImages(arguments.at(1)))
        start(TWOFOLD_IMAGES_FROM_BIN, "twofold-images", argv);

    CommandProcess::nameApplication();
    QCoreApplication app(argc, argv);
    return CommandProcess::run(ArgumentScrub::takeArguments(argc, argv),
                               [](QTextStream &out, QTextStream &err, QTextStream &in,
                                  const QStringList &args) { return CommandLine(out, err, in).run(args); });
}
