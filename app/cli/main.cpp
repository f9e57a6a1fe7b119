// SPDX-License-Identifier: MIT
// comfyscope-cli: a headless ComfyUI client on the ComfyScope library.
#include "clicommon.h"
#include "i18n.h"

#include <QtCore/QCoreApplication>

using namespace Qt::StringLiterals;
using namespace ComfyScope::Cli;

namespace {
QString usage()
{
    return QCoreApplication::translate(
        "cli",
        "Usage: comfyscope-cli COMMAND [options]\n"
        "\n"
        "Commands:\n"
        "  watch       print every event of a server as JSON lines\n"
        "  submit      queue an API-format workflow (JSON file); --wait follows it to the end\n"
        "  queue       list the queue; --cancel ID, --clear\n"
        "  history     list finished prompts; --max N\n"
        "  stats       server version, devices and memory (/system_stats)\n"
        "  interrupt   stop the running prompt (or --prompt-id ID only)\n"
        "  simulate    run the built-in simulated ComfyUI server\n"
        "  monitor     watch a fleet headless: alerts, log lines, Prometheus metrics, webhooks\n"
        "\n"
        "Run 'comfyscope-cli COMMAND --help' for the options of a command.\n"
        "Exit status: 0 success, 1 execution error, 2 validation error, 3 connection failure, "
        "64 usage error.\n");
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"comfyscope-cli"_s);
    QCoreApplication::setOrganizationName(u"ComfyScope"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(COMFYSCOPE_VERSION));
    // Messages follow the system locale ($LANG / $LC_MESSAGES); COMFYSCOPE_LANG overrides it.
    ComfyScope::I18n::install(qEnvironmentVariable("COMFYSCOPE_LANG"));

    QStringList args = QCoreApplication::arguments();
    if (args.size() < 2 || args.at(1) == "--help"_L1 || args.at(1) == "-h"_L1
        || args.at(1) == "help"_L1) {
        out() << usage();
        return args.size() < 2 ? ExitUsage : ExitOk;
    }
    if (args.at(1) == "--version"_L1 || args.at(1) == "-v"_L1) {
        out() << "comfyscope-cli " << QCoreApplication::applicationVersion() << '\n';
        return ExitOk;
    }
    const QString command = args.takeAt(1);
    args[0] = args[0] + u' ' + command; // "comfyscope-cli watch" in the command's --help
    if (command == "watch"_L1)
        return runWatch(args);
    if (command == "submit"_L1)
        return runSubmit(args);
    if (command == "queue"_L1)
        return runQueue(args);
    if (command == "history"_L1)
        return runHistory(args);
    if (command == "stats"_L1)
        return runStats(args);
    if (command == "interrupt"_L1)
        return runInterrupt(args);
    if (command == "simulate"_L1)
        return runSimulate(args);
    if (command == "monitor"_L1)
        return runMonitor(args);
    err() << QCoreApplication::translate("cli", "error: unknown command '%1'").arg(command)
          << "\n\n"
          << usage();
    return ExitUsage;
}
