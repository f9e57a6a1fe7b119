// SPDX-License-Identifier: MIT
// comfyscope-cli simulate: the built-in simulated ComfyUI server(s) for demos and benchmarks.
#include "clicommon.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QTimer>
#include <QtNetwork/QHostAddress>

#ifdef COMFYSCOPE_HAVE_SIMULATOR
#include <comfyscope/loadgenerator.h>
#include <comfyscope/simulator.h>
#endif

using namespace Qt::StringLiterals;

namespace ComfyScope::Cli {

int runSimulate(const QStringList &args)
{
#ifdef COMFYSCOPE_HAVE_SIMULATOR
    QCommandLineParser p;
    p.setApplicationDescription(QCoreApplication::translate(
        "cli",
        "Run the built-in simulated ComfyUI server on 127.0.0.1 (HTTP and WebSocket on one "
        "port). It speaks the real protocol (v0.8.0 or v0.3.18), runs weight-free workflows with "
        "real images, and can generate a steady demo workload."));
    p.addHelpOption();
    p.addOption({{u"p"_s, u"port"_s},
                 QCoreApplication::translate("cli", "Port (default 8188; 0 picks a free one)."),
                 u"port"_s,
                 u"8188"_s});
    p.addOption({u"server-version"_s,
                 QCoreApplication::translate("cli", "Protocol version: 0.8.0 (default) or 0.3.18."),
                 u"version"_s, u"0.8.0"_s});
    p.addOption({u"prefix"_s,
                 QCoreApplication::translate("cli", "Serve every route under this path prefix."),
                 u"path"_s});
    p.addOption({u"deploy"_s, QCoreApplication::translate(
                                  "cli", "Also serve ComfyDeploy's /comfyui-deploy/ws.")});
    p.addOption({u"relay"_s, QCoreApplication::translate(
                                 "cli", "Also serve the ComfyScope relay (/comfyscope/relay), with "
                                        "$COMFYSCOPE_RELAY_TOKEN as its token when set.")});
    p.addOption({u"preview-method"_s,
                 QCoreApplication::translate("cli", "Server preview method (default auto)."),
                 u"method"_s, u"auto"_s});
    p.addOption({u"step-ms"_s,
                 QCoreApplication::translate("cli", "Milliseconds per sampler step (default 60)."),
                 u"ms"_s, u"60"_s});
    p.addOption({u"workload"_s,
                 QCoreApplication::translate(
                     "cli", "Queue a demo workflow for the newest client every MS milliseconds."),
                 u"ms"_s});
    p.addOption({u"workload-max-pending"_s,
                 QCoreApplication::translate(
                     "cli", "With --workload: skip a turn while N prompts are already waiting "
                            "(default 0: no limit)."),
                 u"n"_s, u"0"_s});
    p.addOption(
        {u"duration"_s, QCoreApplication::translate("cli", "Stop after S seconds."), u"s"_s});
    p.addOption(
        {u"load"_s,
         QCoreApplication::translate(
             "cli", "Load mode: stream N previews per second (512x512 JPEG with progress and "
                    "progress_state) to every connected client; each preview's metadata carries "
                    "sent_ns for latency measurements (see 'watch')."),
         u"n"_s});
    p.addOption(
        {u"servers"_s,
         QCoreApplication::translate(
             "cli", "Run N simulated servers in this process, on N ports (with --port P > 0: "
                    "P, P+1, …), one 'listening on' line each (default 1)."),
         u"n"_s, u"1"_s});
    processArgs(p, args);
    const int count = p.value(u"servers"_s).toInt();
    if (count < 1 || count > 1000) {
        err() << QCoreApplication::translate("cli", "error: --servers must be between 1 and 1000")
              << Qt::endl;
        return ExitUsage;
    }
    const quint16 basePort = quint16(p.value(u"port"_s).toUInt());
    for (int i = 0; i < count; ++i) {
        auto *sim = new Simulator(qApp);
        sim->setVersion(p.value(u"server-version"_s).startsWith("0.3"_L1)
                            ? Simulator::Version::V0_3_18
                            : Simulator::Version::V0_8_0);
        if (p.isSet(u"prefix"_s))
            sim->setPathPrefix(p.value(u"prefix"_s));
        sim->setComfyDeployEnabled(p.isSet(u"deploy"_s));
        sim->setRelayEnabled(p.isSet(u"relay"_s), qEnvironmentVariable("COMFYSCOPE_RELAY_TOKEN"));
        sim->setPreviewMethod(p.value(u"preview-method"_s));
        sim->setStepDelay(p.value(u"step-ms"_s).toInt());
        const quint16 port = basePort ? quint16(basePort + i) : 0;
        if (!sim->listen(QHostAddress::LocalHost, port)) {
            err() << QCoreApplication::translate("cli", "error: cannot listen on port %1").arg(port)
                  << Qt::endl;
            return ExitConnectionError;
        }
        if (p.isSet(u"workload"_s)) {
            sim->setAutoWorkloadMaxPending(p.value(u"workload-max-pending"_s).toInt());
            sim->startAutoWorkload(p.value(u"workload"_s).toInt());
        }
        if (p.isSet(u"load"_s)) {
            auto *gen = new LoadGenerator(sim, p.value(u"load"_s).toInt(), 512, sim);
            gen->start();
        }
        out() << QCoreApplication::translate("cli", "simulated ComfyUI listening on %1")
                     .arg(sim->httpUrl().toString())
              << Qt::endl;
    }
    if (p.isSet(u"duration"_s))
        QTimer::singleShot(int(p.value(u"duration"_s).toDouble() * 1000), qApp,
                           [] { QCoreApplication::exit(ExitOk); });
    return QCoreApplication::exec();
#else
    Q_UNUSED(args);
    err() << QCoreApplication::translate("cli", "error: this build has no simulator") << Qt::endl;
    return ExitUsage;
#endif
}

} // namespace ComfyScope::Cli
