// SPDX-License-Identifier: MIT
#include "common/eventlogmodel.h"
#include "viewer/mainwindow.h"
#include <comfyscope/fleet/fleetio.h>
#include <comfyscope/fleet/fleetmodel.h>
#include <comfyscope/fleet/metrics.h>
#include <comfyscope/fleet/fleetserver.h>
#include <comfyscope/fleet/jobstore.h>
#include <comfyscope/fleet/serverprofile.h>
#include "station/stationwindow.h"
#include "station/demohistory.h"
#include "station/historybrowser.h"
#include "station/trendsview.h"
#include "common/uiutil.h"

#include <QtCore/QCommandLineParser>
#include <QtCore/QDir>
#include <QtCore/QLibraryInfo>
#include <QtCore/QLocale>
#include <QtCore/QTimer>
#include <QtCore/QSettings>
#include <QtNetwork/QHostAddress>
#include <QtCore/QTemporaryDir>
#include <QtNetwork/QNetworkProxyFactory>

#include "i18n.h"
#include <QtWidgets/QApplication>

#include <cstdio>

using namespace Qt::StringLiterals;
using ComfyScope::FleetEntry;
using ComfyScope::App::MainWindow;
namespace RecentServers = ComfyScope::RecentServers;
using ComfyScope::ServerProfile;

int main(int argc, char *argv[])
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    // `comfyscope --help` / `--version` over ssh must not need a display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY")
        && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")) {
        for (int i = 1; i < argc; ++i) {
            const QByteArray a(argv[i]);
            if (a == "--help" || a == "-h" || a == "--version" || a == "-v" || a == "--help-all")
                qputenv("QT_QPA_PLATFORM", "offscreen");
        }
    }
#endif
    ComfyScope::App::tuneAllocatorForImages();
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"ComfyScope"_s);
    QApplication::setApplicationName(u"ComfyScope"_s);
    QApplication::setApplicationDisplayName(u"ComfyScope"_s);
    QApplication::setApplicationVersion(QStringLiteral(COMFYSCOPE_VERSION));
    QApplication::setDesktopFileName(u"comfyscope"_s);
    QApplication::setWindowIcon(ComfyScope::App::appIcon());
    // "System default" proxy of a server profile means the system's proxy settings.
    QNetworkProxyFactory::setUseSystemConfiguration(true);
    // Freed memory back to the system once a minute (a window open for days).
    ComfyScope::App::trimHeapPeriodically(&app);

    // Language: $COMFYSCOPE_LANG, else the choice in the settings, else the system locale.
    {
        QString lang = qEnvironmentVariable("COMFYSCOPE_LANG");
        if (lang.isEmpty())
            lang = QSettings().value(u"ui/language"_s).toString();
        ComfyScope::I18n::install(lang);
    }
    // Colour theme: $COMFYSCOPE_THEME (light, dark, system), else the Preferences choice.
    {
        QString theme = qEnvironmentVariable("COMFYSCOPE_THEME");
        if (theme.isEmpty())
            theme = QSettings().value(u"ui/theme"_s).toString();
        ComfyScope::App::applyTheme(theme);
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Watch a ComfyUI server: queue, progress, live previews "
                                        "and outputs."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption serverOpt(
        u"server"_s,
        QApplication::translate("main", "Connect to this server (host:port or URL). Given more "
                                        "than once, the monitoring station watches them all."),
        QApplication::translate("main", "url"));
    const QCommandLineOption demoOpt(
        u"demo"_s, QApplication::translate("main", "Run the built-in demo server and watch it."));
    const QCommandLineOption fullOpt(u"fullscreen"_s,
                                     QApplication::translate("main", "Start in full screen."));
    const QCommandLineOption saveOpt(
        u"save-dir"_s,
        QApplication::translate("main", "Auto-save outputs to this folder for this session."),
        QApplication::translate("main", "dir"));
    const QCommandLineOption queueOpt(
        u"queue"_s,
        QApplication::translate("main", "Once connected, queue this API-format workflow (JSON) "
                                        "and follow it. May be given more than once."),
        QApplication::translate("main", "file"));
    const QCommandLineOption stationOpt(
        u"station"_s,
        QApplication::translate("main", "Open the monitoring station (many servers, alerts, "
                                        "wall mode). With --demo: watch simulated servers."));
    const QCommandLineOption fleetOpt(
        u"fleet"_s,
        QApplication::translate("main", "Watch the servers of this fleet file (JSON or INI) in "
                                        "the monitoring station."),
        QApplication::translate("main", "file"));
    const QCommandLineOption wallOpt(
        u"wall"_s, QApplication::translate("main", "Start the monitoring station in wall mode."));
    const QCommandLineOption lockOpt(
        u"lock"_s, QApplication::translate("main", "Start the monitoring station locked "
                                                   "(read-only: no interrupt, cancel or clear)."));
    const QCommandLineOption demoServersOpt(
        u"demo-servers"_s,
        QApplication::translate("main", "Number of simulated servers for --station --demo "
                                        "(default 8)."),
        QApplication::translate("main", "n"), u"8"_s);
    const QCommandLineOption statusFileOpt(
        u"status-file"_s,
        QApplication::translate("main", "Write the fleet's state as JSON to this file every few "
                                        "seconds (monitoring station)."),
        QApplication::translate("main", "file"));
    const QCommandLineOption statusPortOpt(
        u"status-port"_s,
        QApplication::translate("main", "Serve the fleet's state as JSON on "
                                        "http://127.0.0.1:PORT/status.json (monitoring station)."),
        QApplication::translate("main", "port"));
    const QCommandLineOption metricsOpt(
        u"metrics"_s,
        QApplication::translate("main", "Serve Prometheus metrics of the fleet on "
                                        "http://ADDR/metrics, e.g. 127.0.0.1:9464 (monitoring "
                                        "station; a bearer token from $COMFYSCOPE_METRICS_TOKEN "
                                        "when set)."),
        QApplication::translate("main", "addr"));
    const QCommandLineOption relayOpt(
        u"relay"_s,
        QApplication::translate("main", "Follow every client's jobs live through the ComfyScope "
                                        "relay on the --server servers when they have it (token "
                                        "from $COMFYSCOPE_RELAY_TOKEN)."));
    const QCommandLineOption dbOpt(
        u"db"_s,
        QApplication::translate("main", "Keep the job history (trends, History) in this "
                                        "SQLite file instead of the default one (viewer and "
                                        "monitoring station)."),
        QApplication::translate("main", "file"));
    const QCommandLineOption demoHistoryOpt(
        u"demo-history"_s,
        QApplication::translate("main", "With --station --demo: fill the job history with this "
                                        "many days of simulated jobs and samples."),
        QApplication::translate("main", "days"), u"0"_s);
    const QCommandLineOption trendsOpt(
        u"trends"_s,
        QApplication::translate("main", "Open the Trends window of this server (\"fleet\" for "
                                        "the whole fleet) at start (monitoring station)."),
        QApplication::translate("main", "server"));
    const QCommandLineOption historyOpt(
        u"history"_s, QApplication::translate("main", "Open the History browser (every stored "
                                                      "job of the fleet) at start (monitoring "
                                                      "station)."));
    parser.addOptions({serverOpt, demoOpt, fullOpt, saveOpt, queueOpt, stationOpt, fleetOpt,
                       wallOpt, lockOpt, demoServersOpt, statusFileOpt, statusPortOpt, metricsOpt,
                       relayOpt, dbOpt, demoHistoryOpt, trendsOpt, historyOpt});
    parser.process(app);

    const QStringList servers = parser.values(serverOpt);
    // --relay: applies to the servers named on the command line.
    const bool relay = parser.isSet(relayOpt);
    const QString relayToken = qEnvironmentVariable("COMFYSCOPE_RELAY_TOKEN");
    auto withRelay = [relay, relayToken](ServerProfile p) {
        if (relay) {
            p.relay = true;
            if (!relayToken.isEmpty())
                p.relayToken = relayToken;
        }
        return p;
    };
    const bool station = parser.isSet(stationOpt) || parser.isSet(fleetOpt) || parser.isSet(wallOpt)
                         || parser.isSet(lockOpt) || servers.size() > 1;
    if (station) {
        using namespace ComfyScope::App;
        auto *sw = new StationWindow;
        sw->setAttribute(Qt::WA_DeleteOnClose);
        StationSettings st = sw->settings();
        if (parser.isSet(statusFileOpt))
            st.statusFile = parser.value(statusFileOpt);
        if (parser.isSet(statusPortOpt)) {
            bool ok = false;
            const int port = parser.value(statusPortOpt).toInt(&ok);
            if (!ok || port <= 0 || port > 65535) {
                std::fputs(qPrintable(QApplication::translate("main", "--status-port: not a port "
                                                                      "number: %1\n")
                                          .arg(parser.value(statusPortOpt))),
                           stderr);
                return 64;
            }
            st.httpEnabled = true;
            st.httpPort = port;
        }
        sw->applySettings(st);
        if (parser.isSet(metricsOpt)) {
            // The same /metrics as `comfyscope-cli monitor`, from the station's fleet and alerts.
            QHostAddress host;
            quint16 port = 0;
            QString err;
            auto *metrics = new ComfyScope::MetricsServer(
                new ComfyScope::MetricsCollector(sw->fleet(), sw->alerts(), sw), sw);
            metrics->setBearerToken(qgetenv("COMFYSCOPE_METRICS_TOKEN"));
            if (!ComfyScope::MetricsServer::parseAddress(parser.value(metricsOpt), &host, &port,
                                                         &err)
                || !metrics->listen(host, port)) {
                std::fputs(qPrintable(u"--metrics: "_s
                                      + (err.isEmpty() ? metrics->errorString() : err) + u'\n'),
                           stderr);
                return 64;
            }
        }
        // The job database: --db, else the default file; the demo without --db keeps its
        // made-up history in a temporary file so it never mixes with real history.
        static QTemporaryDir demoDbDir;
        const bool demoDb = parser.isSet(demoOpt) && !parser.isSet(dbOpt);
        const QString dbPath = parser.isSet(dbOpt)
                                   ? parser.value(dbOpt)
                                   : (demoDb ? demoDbDir.filePath(u"demo-jobs.sqlite"_s)
                                             : ComfyScope::JobStore::defaultPath());
        QString dbError;
        if (auto store = ComfyScope::JobStore::open(dbPath, &dbError)) {
            sw->setJobStore(std::move(store));
        } else {
            std::fputs(qPrintable(dbError + u'\n'), stderr);
            sw->eventLog()->error(QApplication::translate("main", "History"), dbError);
        }
        if (parser.isSet(fleetOpt)) {
            QString err;
            if (!sw->loadFleetFile(parser.value(fleetOpt), &err)) {
                std::fputs(qPrintable(err + u'\n'), stderr);
                return 66;
            }
        }
        const QList<ServerProfile> recentProfiles = RecentServers::load();
        for (const QString &address : servers) {
            FleetEntry e;
            e.profile.address = address;
            for (const ServerProfile &r : recentProfiles)
                if (r.address == address)
                    e.profile = r;
            e.profile = withRelay(e.profile);
            sw->addServer(e);
        }
        if (parser.isSet(demoOpt) || sw->fleet()->rowCount() == 0)
            sw->startDemoFleet(qBound(1, parser.value(demoServersOpt).toInt(), 200));
        if (parser.isSet(lockOpt))
            sw->lock();
        sw->show();
        // --trends / --history open at start; they read again once demo history is written.
        auto openWindows = [sw, trends = parser.isSet(trendsOpt), name = parser.value(trendsOpt),
                            history = parser.isSet(historyOpt)] {
            if (TrendsView *t = trends ? sw->showTrends() : nullptr) {
                t->setRange(TrendsView::Week);
                t->setServer(name == "fleet"_L1 ? QString() : name);
            }
            if (history)
                sw->showHistoryBrowser(ComfyScope::JobQuery());
        };
        QTimer::singleShot(300, sw, openWindows);
        if (const int days = qBound(0, parser.value(demoHistoryOpt).toInt(), 365);
            days > 0 && sw->jobStore()) {
            // Off the GUI thread, with a progress dialog; the windows read again when done.
            QStringList names;
            for (ComfyScope::FleetServer *s : sw->fleet()->servers())
                names << s->name();
            auto *seeder = new DemoHistorySeeder(sw->jobStore(), names, days, sw);
            QObject::connect(seeder, &DemoHistorySeeder::finished, sw, openWindows);
            QTimer::singleShot(0, seeder, &DemoHistorySeeder::start);
        }
        if (parser.isSet(wallOpt))
            QTimer::singleShot(0, sw, [sw] { sw->setWallMode(true); });
        return app.exec();
    }

    MainWindow w;
    if (parser.isSet(saveOpt))
        w.setSessionSaveDirectory(parser.value(saveOpt));
    {
        // The viewer keeps its server's jobs in the same job database as the station (--db, else
        // the default file; the demo without --db in a temporary one).
        static QTemporaryDir viewerDemoDbDir;
        const bool demoDb = parser.isSet(demoOpt) && !parser.isSet(dbOpt);
        const QString dbPath = parser.isSet(dbOpt)
                                   ? parser.value(dbOpt)
                                   : (demoDb ? viewerDemoDbDir.filePath(u"demo-jobs.sqlite"_s)
                                             : ComfyScope::JobStore::defaultPath());
        QString dbError;
        if (auto store = ComfyScope::JobStore::open(dbPath, &dbError))
            w.setJobStore(std::move(store));
        else
            w.eventLog()->warning(QApplication::translate("main", "History"), dbError);
    }

    const QList<ServerProfile> recent = ComfyScope::RecentServers::load();
    bool demo = parser.isSet(demoOpt);
    if (parser.isSet(fullOpt))
        w.showFullScreen();
    else
        w.show();

    if (demo && !MainWindow::hasDemo()) {
        std::fputs(qPrintable(QApplication::translate("main", "This build has no demo server.\n")),
                   stderr);
        demo = false;
    }
    QTimer::singleShot(0, &w, [&w, servers, recent, demo, withRelay] {
        if (demo) {
            w.startDemo();
        } else if (!servers.isEmpty()) {
            ServerProfile p;
            p.address = servers.first();
            // Reuse what we remember for that address (auth, pinned certificate).
            for (const ServerProfile &r : recent)
                if (r.address == p.address)
                    p = r;
            w.connectTo(withRelay(p), true);
        } else if (!recent.isEmpty()) {
            w.connectTo(recent.first(), true);
        } else if (MainWindow::hasDemo()) {
            w.startDemo(); // nothing configured: show the demo so everything is visible at once
        } else {
            w.showConnectDialog();
        }
    });
    // --queue: submit once the first session is up (so every event reaches this window).
    const QStringList toQueue = parser.values(queueOpt);
    if (!toQueue.isEmpty()) {
        auto *queued = new bool(false);
        auto *poll = new QTimer(&w);
        QObject::connect(poll, &QTimer::timeout, &w, [&w, toQueue, queued, poll] {
            if (*queued || !w.client() || !w.client()->isConnected())
                return;
            *queued = true;
            poll->stop();
            for (const QString &file : toQueue)
                w.queueWorkflowFile(file);
            delete queued;
        });
        poll->start(200);
    }
    return app.exec();
}
