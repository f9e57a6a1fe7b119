// SPDX-License-Identifier: MIT
#include "eventlogmodel.h"
#include "mainwindow.h"
#include "serverprofile.h"
#include "uiutil.h"

#include <QtCore/QCommandLineParser>
#include <QtCore/QDir>
#include <QtCore/QLibraryInfo>
#include <QtCore/QLocale>
#include <QtCore/QTimer>
#include <QtCore/QSettings>

#include "i18n.h"
#include <QtWidgets/QApplication>

#include <cstdio>

using namespace Qt::StringLiterals;
using ComfyScope::App::MainWindow;
using ComfyScope::App::ServerProfile;

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
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"ComfyScope"_s);
    QApplication::setApplicationName(u"ComfyScope"_s);
    QApplication::setApplicationDisplayName(u"ComfyScope"_s);
    QApplication::setApplicationVersion(QStringLiteral(COMFYSCOPE_VERSION));
    QApplication::setDesktopFileName(u"comfyscope"_s);
    QApplication::setWindowIcon(ComfyScope::App::appIcon());

    // Language: $COMFYSCOPE_LANG, else the choice in the settings, else the system locale.
    {
        QString lang = qEnvironmentVariable("COMFYSCOPE_LANG");
        if (lang.isEmpty())
            lang = QSettings().value(u"ui/language"_s).toString();
        ComfyScope::I18n::install(lang);
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Watch a ComfyUI server: queue, progress, live previews "
                                        "and outputs."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption serverOpt(
        u"server"_s,
        QApplication::translate("main", "Connect to this server (host:port or URL). May be given "
                                        "more than once; the first is used."),
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
    parser.addOptions({serverOpt, demoOpt, fullOpt, saveOpt, queueOpt});
    parser.process(app);

    MainWindow w;
    if (parser.isSet(saveOpt))
        w.setSessionSaveDirectory(parser.value(saveOpt));

    const QStringList servers = parser.values(serverOpt);
    const QList<ServerProfile> recent = ComfyScope::App::RecentServers::load();
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
    QTimer::singleShot(0, &w, [&w, servers, recent, demo] {
        if (demo) {
            w.startDemo();
        } else if (!servers.isEmpty()) {
            if (servers.size() > 1)
                w.eventLog()->info(QApplication::translate("main", "App"),
                                   QApplication::translate("main", "Watching one server at a "
                                                                   "time: %1 (ignoring %2 more)")
                                       .arg(servers.first())
                                       .arg(servers.size() - 1));
            ServerProfile p;
            p.address = servers.first();
            // Reuse what we remember for that address (auth, pinned certificate).
            for (const ServerProfile &r : recent)
                if (r.address == p.address)
                    p = r;
            w.connectTo(p, true);
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
