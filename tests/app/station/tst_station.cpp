// SPDX-License-Identifier: MIT
// The monitoring station (issue #7): alert rules against the simulator, fleet files, exports,
// the status endpoint, the combined queue, lock and wall mode.
#include <comfyscope/fleet/alertengine.h>
#include "common/eventlogmodel.h"
#include <comfyscope/fleet/fleetio.h>
#include <comfyscope/fleet/fleetmodel.h>
#include "common/uiutil.h"
#include "station/alertstyleproxy.h"
#include "station/fleetqueuemodel.h"
#include <comfyscope/fleet/fleetserver.h>
#include "station/fleettiledelegate.h"
#include "station/stationwindow.h"
#include "station/wallview.h"

#include "apptestutil.h"

#include <comfyscope/simulator.h>

#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QTemporaryDir>
#include <QtGui/QPainter>
#include <QtGui/QBrush>
#include <QtGui/QFont>
#include <QtGui/QIcon>
#include <QtGui/QStandardItemModel>
#include <QtNetwork/QTcpSocket>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>
#include <QtWidgets/QApplication>
#include <QtWidgets/QTableView>

using namespace Qt::StringLiterals;
using namespace ComfyScope;
using namespace ComfyScope::App;

namespace {
FleetServer *watch(FleetModel &fleet, Simulator &sim, const QString &name)
{
    ServerProfile p;
    p.address = sim.httpUrl().toString();
    auto *s = new FleetServer(name, p);
    s->client()->setReconnectDelays(50, 200);
    s->client()->setConnectTimeout(2000);
    fleet.addServer(s);
    s->start();
    return s;
}

AlertRules quickRules()
{
    AlertRules r;
    for (bool &e : r.enabled)
        e = true;
    r.threshold[AlertRules::ServerDown] = 1;
    r.threshold[AlertRules::Stall] = 1;
    r.threshold[AlertRules::QueueDepth] = 2;
    r.threshold[AlertRules::VramHigh] = 90;
    r.trayNotifications = false;
    return r;
}

QList<Alert> alertsOf(const AlertEngine &e, AlertRules::Rule rule)
{
    QList<Alert> out;
    for (const Alert &a : e.alerts())
        if (a.rule == rule)
            out.append(a);
    return out;
}

QByteArray httpGet(quint16 port, const QByteArray &path)
{
    QTcpSocket sock;
    sock.connectToHost(QHostAddress::LocalHost, port);
    if (!sock.waitForConnected(3000))
        return {};
    sock.write("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    QByteArray all;
    QElapsedTimer t;
    t.start();
    while (sock.state() == QAbstractSocket::ConnectedState && t.elapsed() < 5000) {
        QCoreApplication::processEvents();
        sock.waitForReadyRead(100);
        all += sock.readAll();
    }
    all += sock.readAll();
    return all;
}
} // namespace

class TestStation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { AppTest::isolateSettings(); }

    void serverDownRaisedAndResolved()
    {
        Simulator sim;
        QVERIFY(sim.listen());
        const quint16 port = sim.port();
        FleetModel fleet;
        AlertEngine alerts;
        alerts.setRules(quickRules());
        fleet.setAlertEngine(&alerts);
        FleetServer *s = watch(fleet, sim, u"a"_s);
        QTRY_VERIFY_WITH_TIMEOUT(s->isUp(), 5000);
        QCOMPARE(alertsOf(alerts, AlertRules::ServerDown).size(), 0);

        sim.close();
        QTRY_VERIFY_WITH_TIMEOUT(!s->isUp(), 5000);
        QTRY_COMPARE_WITH_TIMEOUT(alertsOf(alerts, AlertRules::ServerDown).size(), 1, 6000);
        const Alert a = alertsOf(alerts, AlertRules::ServerDown).constFirst();
        QVERIFY(a.isActive());
        QCOMPARE(a.serverName, u"a"_s);
        QVERIFY(a.message.contains(u"1 s"_s));
        QCOMPARE(alerts.attentionCount(s->key()), 1);
        QVERIFY(fleet.attention(s) >= 500);
        // Still down: no second alert for the same condition.
        QTest::qWait(1500);
        QCOMPARE(alertsOf(alerts, AlertRules::ServerDown).size(), 1);

        QVERIFY(sim.listen(QHostAddress::LocalHost, port));
        QTRY_VERIFY_WITH_TIMEOUT(s->isUp(), 8000);
        QTRY_VERIFY(!alertsOf(alerts, AlertRules::ServerDown).constFirst().isActive());
        // Resolved but not acknowledged: the operator still has to see it.
        QCOMPARE(alerts.attentionCount(), 1);
        alerts.acknowledge(a.id);
        QCOMPARE(alerts.attentionCount(), 0);
    }

    void executionErrorFromOwnJob()
    {
        Simulator sim;
        QVERIFY(sim.listen());
        FleetModel fleet;
        AlertEngine alerts;
        alerts.setRules(quickRules());
        fleet.setAlertEngine(&alerts);
        FleetServer *s = watch(fleet, sim, u"b"_s);
        QTRY_VERIFY_WITH_TIMEOUT(s->isUp(), 5000);
        QSignalSpy raised(&alerts, &AlertEngine::alertRaised);
        s->tracker()->submit(Simulator::demoWorkflow(3));
        QTRY_COMPARE_WITH_TIMEOUT(alertsOf(alerts, AlertRules::ExecutionError).size(), 1, 8000);
        const Alert a = alertsOf(alerts, AlertRules::ExecutionError).constFirst();
        QVERIFY2(a.message.contains(u"TestFailNode"_s), qPrintable(a.message));
        QCOMPARE(s->failedLastHour(), 1);
        QCOMPARE(fleet.totals().failedLastHour, 1);
        // Disabled rule: the next failure raises nothing.
        AlertRules r = quickRules();
        r.enabled[AlertRules::ExecutionError] = false;
        alerts.setRules(r);
        s->tracker()->submit(Simulator::demoWorkflow(3));
        QTRY_COMPARE_WITH_TIMEOUT(s->failedLastHour(), 2, 8000);
        QCOMPARE(alertsOf(alerts, AlertRules::ExecutionError).size(), 1);
    }

    void queueDepthAndStall()
    {
        Simulator sim;
        sim.setStepDelay(1500); // a sampler step every 1.5 s: "no progress" for > 1 s
        QVERIFY(sim.listen());
        FleetModel fleet;
        AlertEngine alerts;
        alerts.setRules(quickRules());
        fleet.setAlertEngine(&alerts);
        FleetServer *s = watch(fleet, sim, u"c"_s);
        QTRY_VERIFY_WITH_TIMEOUT(s->isUp(), 5000);
        for (int i = 0; i < 4; ++i) {
            QJsonObject wf = Simulator::demoWorkflow(0);
            QJsonObject k = wf.value(u"3"_s).toObject();
            QJsonObject in = k.value(u"inputs"_s).toObject();
            in.insert(u"seed"_s, 77 + i);
            k.insert(u"inputs"_s, in);
            wf.insert(u"3"_s, k);
            s->tracker()->submit(wf);
        }
        QTRY_COMPARE_WITH_TIMEOUT(alertsOf(alerts, AlertRules::QueueDepth).size(), 1, 5000);
        QVERIFY(
            alertsOf(alerts, AlertRules::QueueDepth).constFirst().message.contains(u"limit 2"_s));
        QTRY_COMPARE_WITH_TIMEOUT(alertsOf(alerts, AlertRules::Stall).size(), 1, 8000);
        QVERIFY(s->runningJob().has_value());
        QVERIFY(s->runningJob()->liveDetail);
        // Clearing the queue ends the queue-depth condition.
        sim.close();
    }

    void vramFromCrystoolsMonitor()
    {
        Simulator sim;
        QVERIFY(sim.listen());
        FleetModel fleet;
        AlertEngine alerts;
        alerts.setRules(quickRules());
        fleet.setAlertEngine(&alerts);
        FleetServer *s = watch(fleet, sim, u"d"_s);
        QTRY_VERIFY_WITH_TIMEOUT(s->isUp(), 5000);
        auto monitor = [&](double vram) {
            const QJsonObject data{
                {u"cpu_utilization"_s, 12.5},
                {u"ram_total"_s, 1000.0},
                {u"ram_used"_s, 250.0},
                {u"gpus"_s, QJsonArray{QJsonObject{{u"gpu_utilization"_s, 88},
                                                   {u"gpu_temperature"_s, 71},
                                                   {u"vram_total"_s, 2000.0},
                                                   {u"vram_used"_s, 20 * vram},
                                                   {u"vram_used_percent"_s, vram}}}}};
            sim.sendText(QString(), QJsonDocument(QJsonObject{{u"type"_s, u"crystools.monitor"_s},
                                                              {u"data"_s, data}})
                                        .toJson(QJsonDocument::Compact));
        };
        monitor(50);
        QTRY_VERIFY_WITH_TIMEOUT(s->health().monitorAt.isValid(), 3000);
        QCOMPARE(s->health().gpus.size(), 1);
        QCOMPARE(s->health().gpus.constFirst().utilization, 88.0);
        QCOMPARE(qRound(s->health().ramUsedPercent()), 25);
        QCOMPARE(s->health().cpuUtilization, 12.5);
        alerts.evaluate();
        QCOMPARE(alertsOf(alerts, AlertRules::VramHigh).size(), 0);
        monitor(97);
        QTRY_COMPARE_WITH_TIMEOUT(alertsOf(alerts, AlertRules::VramHigh).size(), 1, 3000);
        QVERIFY(alertsOf(alerts, AlertRules::VramHigh).constFirst().message.contains(u"97"_s));
        monitor(40);
        QTRY_VERIFY_WITH_TIMEOUT(!alertsOf(alerts, AlertRules::VramHigh).constFirst().isActive(),
                                 3000);
    }

    void restartDetected()
    {
        auto sim = std::make_unique<Simulator>();
        QVERIFY(sim->listen());
        const quint16 port = sim->port();
        FleetModel fleet;
        AlertEngine alerts;
        alerts.setRules(quickRules());
        fleet.setAlertEngine(&alerts);
        FleetServer *s = watch(fleet, *sim, u"e"_s);
        QTRY_VERIFY_WITH_TIMEOUT(s->isUp(), 5000);
        s->tracker()->submit(Simulator::demoWorkflow(4));
        QTRY_COMPARE_WITH_TIMEOUT(s->finishedLastHour(), 1, 8000);
        QCOMPARE(alertsOf(alerts, AlertRules::Restarted).size(), 0);

        // A new process on the same port: empty history.
        sim.reset();
        QTRY_VERIFY_WITH_TIMEOUT(!s->isUp(), 5000);
        sim = std::make_unique<Simulator>();
        QVERIFY(sim->listen(QHostAddress::LocalHost, port));
        QTRY_VERIFY_WITH_TIMEOUT(s->isUp(), 8000);
        QTRY_COMPARE_WITH_TIMEOUT(alertsOf(alerts, AlertRules::Restarted).size(), 1, 5000);
        QCOMPARE(s->restarts(), 1);

        // A plain reconnect to the same server is not a restart.
        s->tracker()->submit(Simulator::demoWorkflow(4));
        QTRY_COMPARE_WITH_TIMEOUT(s->finishedLastHour(), 2, 8000);
        sim->dropWebSocketConnections();
        QTRY_VERIFY_WITH_TIMEOUT(!s->isUp(), 3000);
        QTRY_VERIFY_WITH_TIMEOUT(s->isUp(), 8000);
        QTest::qWait(500);
        QCOMPARE(s->restarts(), 1);
    }

    void fleetFileJsonAndIni()
    {
        QTemporaryDir dir;
        qputenv("CS_TEST_TOKEN", "s3cr3t");
        const QString json = dir.filePath(u"fleet.json"_s);
        {
            QFile f(json);
            QVERIFY(f.open(QIODevice::WriteOnly));
            const QJsonArray servers{QJsonObject{{u"name"_s, u"gpu-a"_s},
                                                 {u"address"_s, u"http://10.0.0.1:8188"_s},
                                                 {u"token"_s, u"${CS_TEST_TOKEN}"_s},
                                                 {u"proxy"_s, u"socks5://proxy.lan:1080"_s}},
                                     QJsonObject{{u"address"_s, u"10.0.0.2:8188"_s},
                                                 {u"user"_s, u"op"_s},
                                                 {u"password"_s, u"pw"_s},
                                                 {u"proxy"_s, u"none"_s},
                                                 {u"header"_s, u"X-Api-Key: k1"_s},
                                                 {u"enabled"_s, false}}};
            f.write(QJsonDocument(QJsonObject{{u"servers"_s, servers}}).toJson());
        }
        QString err;
        const QList<FleetEntry> e = FleetFile::load(json, &err);
        QVERIFY2(e.size() == 2, qPrintable(err));
        QCOMPARE(e.at(0).name, u"gpu-a"_s);
        QCOMPARE(e.at(0).profile.auth, ServerProfile::Auth::Bearer);
        QCOMPARE(e.at(0).profile.bearerToken, u"s3cr3t"_s);
        QVERIFY(e.at(0).proxy);
        QCOMPARE(e.at(0).proxy->type(), QNetworkProxy::Socks5Proxy);
        QCOMPARE(e.at(0).proxy->port(), quint16(1080));
        QCOMPARE(e.at(1).name, u"server 2"_s);
        QCOMPARE(e.at(1).profile.basicUser, u"op"_s);
        QCOMPARE(e.at(1).profile.headerName, u"X-Api-Key"_s);
        QCOMPARE(e.at(1).proxy->type(), QNetworkProxy::NoProxy);
        QVERIFY(!e.at(1).enabled);

        // Round trip through INI, without secrets.
        const QString ini = dir.filePath(u"fleet.ini"_s);
        QVERIFY(FleetFile::save(ini, e, false, &err));
        QFile raw(ini);
        QVERIFY(raw.open(QIODevice::ReadOnly));
        const QByteArray text = raw.readAll();
        QVERIFY(!text.contains("s3cr3t"));
        QVERIFY(!text.contains("pw"));
        const QList<FleetEntry> back = FleetFile::load(ini, &err);
        QCOMPARE(back.size(), 2);
        QCOMPARE(back.at(0).profile.address, u"http://10.0.0.1:8188"_s);
        QCOMPARE(back.at(0).proxy->hostName(), u"proxy.lan"_s);

        // Errors are clear and name the culprit.
        const QString bad = dir.filePath(u"bad.json"_s);
        QFile b(bad);
        QVERIFY(b.open(QIODevice::WriteOnly));
        b.write(QJsonDocument(QJsonObject{{u"servers"_s, QJsonArray{QJsonObject{
                                                             {u"name"_s, u"x"_s},
                                                             {u"address"_s, u"ftp://nope"_s}}}}})
                    .toJson());
        b.close();
        QVERIFY(FleetFile::load(bad, &err).isEmpty());
        QVERIFY2(err.contains(u"\"x\""_s), qPrintable(err));
        QVERIFY(b.open(QIODevice::WriteOnly | QIODevice::Truncate));
        b.write("{not json");
        b.close();
        QVERIFY(FleetFile::load(bad, &err).isEmpty());
        QVERIFY(err.contains(u"invalid JSON"_s));
        QVERIFY(FleetFile::load(dir.filePath(u"missing.json"_s), &err).isEmpty());
        QString perr;
        QVERIFY(!FleetFile::parseProxy(u"gopher://x:1"_s, &perr));
        QVERIFY(!perr.isEmpty());
    }

    void exportsAndStatusEndpoint()
    {
        EventLogModel log;
        log.info(u"gpu-a"_s, u"hello, \"world\""_s);
        log.error(u"gpu-b"_s, u"=cmd|' /C calc'!A0"_s);
        const QByteArray csv = FleetExport::eventLogCsv(log.exportRows());
        QVERIFY(csv.startsWith("time,level,source,message\r\n"));
        QVERIFY(csv.contains("\"hello, \"\"world\"\"\""));
        QVERIFY(csv.contains(",'=cmd")); // no formula injection into spreadsheets
        const QJsonDocument j = QJsonDocument::fromJson(
            FleetExport::eventLogJson(log.exportRows()));
        QCOMPARE(j.array().size(), 2);

        Simulator sim;
        QVERIFY(sim.listen());
        FleetModel fleet;
        AlertEngine alerts;
        fleet.setAlertEngine(&alerts);
        FleetServer *s = watch(fleet, sim, u"gpu-a"_s);
        QTRY_VERIFY_WITH_TIMEOUT(s->isUp(), 5000);
        s->tracker()->submit(Simulator::demoWorkflow(4));
        QTRY_COMPARE_WITH_TIMEOUT(s->finishedLastHour(), 1, 8000);
        const QByteArray durations = FleetExport::jobDurationsCsv(fleet.servers());
        QCOMPARE(durations.count('\n'), 2);
        QVERIFY(durations.contains(",succeeded,"));

        StatusPublisher pub(&fleet);
        QVERIFY(pub.startHttp(0));
        const QByteArray answer = httpGet(pub.httpPort(), "/status.json");
        QVERIFY2(answer.startsWith("HTTP/1.1 200"), answer.constData());
        const QJsonObject st =
            QJsonDocument::fromJson(answer.mid(answer.indexOf("\r\n\r\n") + 4)).object();
        QCOMPARE(st.value(u"totals"_s).toObject().value(u"servers"_s).toInt(), 1);
        QCOMPARE(st.value(u"totals"_s).toObject().value(u"up"_s).toInt(), 1);
        const QJsonObject srv = st.value(u"servers"_s).toArray().at(0).toObject();
        QCOMPARE(srv.value(u"name"_s).toString(), u"gpu-a"_s);
        QCOMPARE(srv.value(u"state"_s).toString(), u"connected"_s);
        QCOMPARE(srv.value(u"version"_s).toString().isEmpty(), false);
        QVERIFY(httpGet(pub.httpPort(), "/other").startsWith("HTTP/1.1 404"));

        QTemporaryDir dir;
        pub.setStatusFile(dir.filePath(u"status.json"_s));
        QFile f(dir.filePath(u"status.json"_s));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(QJsonDocument::fromJson(f.readAll()).object().value(u"servers"_s).toArray().size(),
                 1);
    }

    void stationWindowLockWallAndQueue()
    {
        Simulator sim;
        sim.setStepDelay(300);
        QVERIFY(sim.listen());
        StationWindow w;
        StationSettings st;
        st.rules = quickRules();
        w.applySettings(st);
        FleetEntry e;
        e.name = u"gpu-a"_s;
        e.profile.address = sim.httpUrl().toString();
        FleetServer *s = w.addServer(e);
        FleetEntry dead;
        dead.name = u"gpu-dead"_s;
        Simulator gone;
        QVERIFY(gone.listen());
        dead.profile.address = gone.httpUrl().toString();
        gone.close();
        w.addServer(dead);
        w.show();
        QTRY_VERIFY_WITH_TIMEOUT(s->isUp(), 5000);
        s->tracker()->submit(Simulator::demoWorkflow(0));

        // The combined queue shows the job with its server.
        auto *queueView = w.findChild<QTableView *>();
        QVERIFY(queueView);
        QTRY_VERIFY_WITH_TIMEOUT(w.fleet()->totals().running == 1, 5000);
        // The dead server is sorted first (needs attention) once its alert is raised.
        QTRY_VERIFY_WITH_TIMEOUT(w.alerts()->attentionCount() >= 1, 6000);

        // Lock hides the destructive actions, a PIN is needed to unlock.
        QList<QAction *> destructive;
        for (QAction *a : w.findChildren<QAction *>())
            if (a->text().contains(u"Interrupt"_s) || a->text().contains(u"Remove Server"_s))
                destructive.append(a);
        QVERIFY(!destructive.isEmpty());
        w.lock(u"1234"_s);
        for (QAction *a : destructive)
            QVERIFY(!a->isVisible());
        QVERIFY(!w.unlock(u"0000"_s));
        QVERIFY(w.isLocked());
        QVERIFY(w.unlock(u"1234"_s));
        for (QAction *a : destructive)
            QVERIFY(a->isVisible());

        // Wall mode opens full screen and cycles pages.
        w.setWallMode(true);
        QVERIFY(w.isWallMode());
        QVERIFY(w.wallView()->isVisible());
        QCOMPARE(w.wallView()->page(), 0);
        w.wallView()->setPage(1);
        QCOMPARE(w.wallView()->page(), 1);
        w.setWallMode(false);
        QTRY_VERIFY(!w.isWallMode());

        // Tiles paint both states without trouble.
        FleetTileDelegate d;
        QImage img(d.tileSize(), QImage::Format_ARGB32);
        img.fill(Qt::white);
        QPainter p(&img);
        for (FleetServer *x : w.fleet()->servers())
            d.paintTile(&p, img.rect(), x, 2, false, QApplication::palette());
        p.end();
        QVERIFY(!FleetTileDelegate::stateText(s).isEmpty());
    }

    void alertListLooksLikeAlerts()
    {
        // The engine (no Gui) gives roles; the app's proxy turns them into bold, red and icon.
        QStandardItemModel src(2, AlertEngine::ColumnCount);
        for (int c = 0; c < AlertEngine::ColumnCount; ++c) {
            src.setData(src.index(0, c), true, AlertEngine::NeedsAttentionRole);
            src.setData(src.index(0, c), true, AlertEngine::ActiveRole);
            src.setData(src.index(1, c), false, AlertEngine::NeedsAttentionRole);
            src.setData(src.index(1, c), false, AlertEngine::ActiveRole);
        }
        AlertStyleProxy proxy;
        proxy.setSourceModel(&src);
        QVERIFY(
            proxy.index(0, AlertEngine::MessageColumn).data(Qt::FontRole).value<QFont>().bold());
        QVERIFY(!proxy.index(1, AlertEngine::MessageColumn).data(Qt::FontRole).isValid());
        QCOMPARE(proxy.index(0, AlertEngine::StatusColumn)
                     .data(Qt::ForegroundRole)
                     .value<QBrush>()
                     .color(),
                 jobStateAccent(Job::State::Failed));
        QVERIFY(!proxy.index(1, AlertEngine::StatusColumn).data(Qt::ForegroundRole).isValid());
        QVERIFY(!proxy.index(0, AlertEngine::TimeColumn)
                     .data(Qt::DecorationRole)
                     .value<QIcon>()
                     .isNull());
        QVERIFY(!proxy.index(1, AlertEngine::TimeColumn).data(Qt::DecorationRole).isValid());
    }

    void lockedWallNeedsThePin()
    {
        StationWindow w;
        w.show();
        w.lock(u"1234"_s);
        w.setWallMode(true);
        QVERIFY(w.isWallMode());
        QString typed = u"0000"_s;
        int asked = 0;
        w.setPinPrompt([&](QString *pin) {
            ++asked;
            *pin = typed;
            return true;
        });
        // Esc with a wrong PIN: the wall stays.
        QTest::keyClick(w.wallView(), Qt::Key_Escape);
        QCOMPARE(asked, 1);
        QVERIFY(w.isWallMode());
        // Closing the wall window or the station, or Quit: refused.
        QVERIFY(!w.wallView()->close());
        QVERIFY(w.isWallMode());
        QVERIFY(!w.close());
        QVERIFY(!w.requestQuit());
        QVERIFY(w.isVisible());
        // The right PIN leaves the wall (the controls stay locked).
        typed = u"1234"_s;
        QTest::keyClick(w.wallView(), Qt::Key_Escape);
        QVERIFY(!w.isWallMode());
        QVERIFY(w.isLocked());
        QVERIFY(w.unlock(u"1234"_s));
        QVERIFY(w.close());
    }
};

QTEST_MAIN(TestStation)
#include "tst_station.moc"
