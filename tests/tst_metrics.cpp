// SPDX-License-Identifier: MIT
// MetricsCollector / MetricsServer against simulated servers: the exposition's content and
// syntax (and `promtool check metrics` when installed), the bearer token, the HTTP answers.
#include <comfyscope/fleet/alertengine.h>
#include <comfyscope/fleet/fleetmodel.h>
#include <comfyscope/fleet/fleetserver.h>
#include <comfyscope/fleet/metrics.h>
#include <comfyscope/simulator.h>

#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QProcess>
#include <QtCore/QRegularExpression>
#include <QtCore/QStandardPaths>
#include <QtNetwork/QTcpServer>
#include <QtNetwork/QTcpSocket>
#include <QtTest/QtTest>

using namespace Qt::StringLiterals;
using namespace ComfyScope;

namespace {

FleetServer *addServer(FleetModel &fleet, const QString &name, quint16 port)
{
    ServerProfile p;
    p.address = u"127.0.0.1:%1"_s.arg(port);
    auto *s = new FleetServer(name, p);
    s->session()->setOutputFetch(Session::OutputFetch::None);
    fleet.addServer(s);
    s->start();
    return s;
}

/// The value of one sample (exact series text before the value), or NaN when absent.
double sample(const QByteArray &text, const QByteArray &series)
{
    for (const QByteArray &line : text.split('\n'))
        if (line.startsWith(QByteArray(series + ' ')))
            return line.mid(series.size() + 1).toDouble();
    return qQNaN();
}

/// Raw HTTP GET; returns the whole answer.
QByteArray httpGet(quint16 port, const QByteArray &path, const QByteArray &extraHeaders = {},
                   const QByteArray &method = "GET")
{
    QTcpSocket s;
    s.connectToHost(QHostAddress::LocalHost, port);
    if (!s.waitForConnected(3000))
        return {};
    s.write(method + ' ' + path + " HTTP/1.1\r\nHost: x\r\n" + extraHeaders + "\r\n");
    QByteArray out;
    QElapsedTimer t;
    t.start();
    while (s.state() == QAbstractSocket::ConnectedState && t.elapsed() < 5000) {
        QCoreApplication::processEvents();
        s.waitForReadyRead(50);
        out += s.readAll();
    }
    return out + s.readAll();
}

/// The checks promtool would make that matter most, so the test can fail without it: every
/// family has one HELP and one TYPE before its samples, names and labels are well formed,
/// counters end in _total, histogram buckets are cumulative and end with +Inf.
QString lint(const QByteArray &text)
{
    static const QRegularExpression sampleRe(QStringLiteral(
        "^([a-zA-Z_:][a-zA-Z0-9_:]*)(\\{([a-zA-Z_][a-zA-Z0-9_]*=\"(\\\\.|[^\"\\\\])*\",?)*\\})? "
        "(\\S+)$"));
    QHash<QString, QString> types;
    QSet<QString> helps;
    QString current;
    for (const QByteArray &raw : text.split('\n')) {
        const QString line = QString::fromUtf8(raw);
        if (line.isEmpty())
            continue;
        if (line.startsWith(u"# HELP "_s)) {
            const QString name = line.section(u' ', 2, 2);
            if (helps.contains(name))
                return u"HELP twice: "_s + name;
            helps.insert(name);
            continue;
        }
        if (line.startsWith(u"# TYPE "_s)) {
            const QString name = line.section(u' ', 2, 2);
            const QString type = line.section(u' ', 3, 3);
            if (types.contains(name))
                return u"TYPE twice: "_s + name;
            if (!helps.contains(name))
                return u"TYPE before HELP: "_s + name;
            if (type == "counter"_L1 && !name.endsWith(u"_total"_s))
                return u"counter without _total: "_s + name;
            types.insert(name, type);
            current = name;
            continue;
        }
        const auto m = sampleRe.match(line);
        if (!m.hasMatch())
            return u"bad sample line: "_s + line;
        QString name = m.captured(1);
        if (types.value(current) == "histogram"_L1) {
            for (const char *suffix : {"_bucket", "_sum", "_count"})
                if (name == current + QLatin1StringView(suffix))
                    name = current;
        }
        if (name != current)
            return u"sample outside its family: "_s + line;
        bool ok = false;
        const QString v = m.captured(m.lastCapturedIndex());
        v.toDouble(&ok);
        if (!ok && v != "+Inf"_L1 && v != "-Inf"_L1 && v != "NaN"_L1)
            return u"bad value: "_s + line;
    }
    return {};
}

} // namespace

class tst_Metrics : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void formatting();
    void fleetMetrics();
    void httpAndToken();
    void parseAddress();
};

void tst_Metrics::formatting()
{
    QCOMPARE(MetricsCollector::formatValue(3), QByteArray("3"));
    QCOMPARE(MetricsCollector::formatValue(0.05), QByteArray("0.05"));
    QCOMPARE(MetricsCollector::formatValue(25769803776.0), QByteArray("25769803776"));
    QCOMPARE(MetricsCollector::formatValue(qInf()), QByteArray("+Inf"));
    QCOMPARE(MetricsCollector::formatValue(qQNaN()), QByteArray("NaN"));
    QCOMPARE(MetricsCollector::escapeLabel(u"a\"b\\c\nd"_s), QByteArray("a\\\"b\\\\c\\nd"));
    MetricHistogram h(MetricsCollector::nodeDurationBuckets());
    h.observe(0.07);
    h.observe(400);
    QCOMPARE(h.count, quint64(2));
    QCOMPARE(h.counts.at(2), quint64(1)); // 0.07 ≤ 0.1
    QCOMPARE(std::accumulate(h.counts.cbegin(), h.counts.cend(), quint64(0)), quint64(1));
}

void tst_Metrics::fleetMetrics()
{
    Simulator sim;
    sim.setStepDelay(30);
    QVERIFY(sim.listen());
    quint16 deadPort = 0;
    {
        QTcpServer s;
        QVERIFY(s.listen(QHostAddress::LocalHost, 0));
        deadPort = s.serverPort();
    }
    AlertEngine alerts;
    AlertRules rules;
    rules.threshold[AlertRules::ServerDown] = 0;
    alerts.setRules(rules);
    FleetModel fleet;
    fleet.setAlertEngine(&alerts);
    MetricsCollector metrics(&fleet, &alerts);
    FleetServer *a = addServer(fleet, u"sim \"a\""_s, sim.port());
    addServer(fleet, u"down-b"_s, deadPort);
    QTRY_VERIFY(a->isUp());

    // Own jobs (live detail: node durations) and another client's (queue and outcome only).
    a->session()->submit(Simulator::demoWorkflow(5));
    QTRY_VERIFY_WITH_TIMEOUT(a->finishedLastHour() == 1, 15000);
    sim.setStepDelay(100);
    QVERIFY(!sim.queuePrompt(Simulator::demoWorkflow(0), u"someone-else"_s).isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(a->finishedLastHour() == 2, 15000);
    a->session()->submit(Simulator::demoWorkflow(3)); // fails
    QTRY_VERIFY_WITH_TIMEOUT(a->finishedLastHour() == 3, 15000);
    QTRY_VERIFY(alerts.attentionCount() >= 2); // the failure, and down-b

    // Machine health as the crystools monitor pushes it.
    const QJsonObject health{{u"cpu_utilization"_s, 12.5},
                             {u"ram_total"_s, 1000.0},
                             {u"ram_used"_s, 250.0},
                             {u"gpus"_s, QJsonArray{QJsonObject{{u"gpu_utilization"_s, 88},
                                                                {u"gpu_temperature"_s, 71},
                                                                {u"vram_total"_s, 2000.0},
                                                                {u"vram_used"_s, 1500.0},
                                                                {u"vram_used_percent"_s, 75.0}}}}};
    sim.sendText(QString(), QJsonDocument(QJsonObject{{u"type"_s, u"crystools.monitor"_s},
                                                      {u"data"_s, health}})
                                .toJson(QJsonDocument::Compact));
    QTRY_VERIFY(a->health().monitorAt.isValid());

    const QByteArray text = metrics.exposition();
    const QString problem = lint(text);
    QVERIFY2(problem.isEmpty(), qPrintable(problem + u"\n"_s + QString::fromUtf8(text)));

    const QByteArray sa = "server=\"sim \\\"a\\\"\"";
    QCOMPARE(sample(text, "comfyscope_fleet_servers"), 2.0);
    QCOMPARE(sample(text, "comfyscope_server_up{" + sa + "}"), 1.0);
    QCOMPARE(sample(text, "comfyscope_server_up{server=\"down-b\"}"), 0.0);
    QCOMPARE(sample(text, "comfyscope_jobs_total{" + sa + ",outcome=\"succeeded\"}"), 2.0);
    QCOMPARE(sample(text, "comfyscope_jobs_total{" + sa + ",outcome=\"failed\"}"), 1.0);
    QCOMPARE(sample(text, "comfyscope_jobs_total{server=\"down-b\",outcome=\"failed\"}"), 0.0);
    QCOMPARE(sample(text, "comfyscope_job_duration_seconds_count{" + sa + "}"), 3.0);
    QCOMPARE(sample(text, "comfyscope_job_duration_seconds_bucket{" + sa + ",le=\"+Inf\"}"), 3.0);
    // The other client's KSampler ran without its events reaching us: no node durations.
    QVERIFY(!text.contains("node_class=\"KSampler\""));
    // Node durations come from own jobs only: TestProgressNode (5 steps × 20 ms) ran in the
    // succeeding job (variant 5) and before the failing node of variant 3 — whether that second
    // run is seen depends on the failing job's events reaching the tracker before its end; the
    // failing node itself is never a duration.
    const double progressNode = sample(text, "comfyscope_node_duration_seconds_count{" + sa
                                                 + ",node_class=\"TestProgressNode\"}");
    QByteArray nodeLines;
    for (const QByteArray &line : text.split('\n'))
        if (line.startsWith("comfyscope_node_duration_seconds_count"))
            nodeLines += line + '\n';
    QVERIFY2(progressNode >= 1 && progressNode <= 2,
             QByteArray(QByteArray::number(progressNode) + "\n" + nodeLines).constData());
    QVERIFY(!text.contains("node_class=\"TestFailNode\""));
    QVERIFY(sample(text, "comfyscope_node_duration_seconds_sum{" + sa
                             + ",node_class=\"TestProgressNode\"}")
            > 0.05);
    QCOMPARE(sample(text, "comfyscope_queue_pending_jobs{" + sa + "}"), 0.0);
    QCOMPARE(sample(text, "comfyscope_queue_running_jobs{" + sa + "}"), 0.0);
    QCOMPARE(sample(text, "comfyscope_alerts_active{server=\"down-b\",rule=\"server_down\"}"), 1.0);
    QCOMPARE(sample(text, "comfyscope_alerts_active{" + sa + ",rule=\"server_down\"}"), 0.0);
    QCOMPARE(sample(text, "comfyscope_alerts_raised_total{" + sa + ",rule=\"execution_error\"}"),
             1.0);
    QVERIFY(sample(text, "comfyscope_server_last_event_age_seconds{" + sa + "}") < 30);
    QCOMPARE(sample(text, "comfyscope_gpu_vram_total_bytes{" + sa + ",gpu=\"0\"}"), 2000.0);
    QCOMPARE(sample(text, "comfyscope_gpu_vram_used_bytes{" + sa + ",gpu=\"0\"}"), 1500.0);
    QCOMPARE(sample(text, "comfyscope_gpu_utilization_ratio{" + sa + ",gpu=\"0\"}"), 0.88);
    QCOMPARE(sample(text, "comfyscope_gpu_temperature_celsius{" + sa + ",gpu=\"0\"}"), 71.0);
    QCOMPARE(sample(text, "comfyscope_ram_used_bytes{" + sa + "}"), 250.0);
    QCOMPARE(sample(text, "comfyscope_cpu_utilization_ratio{" + sa + "}"), 0.125);
    QVERIFY(!text.contains("prompt")); // never a prompt id as a label

    // A reconnect is counted, the server's series stay; a removed server's go.
    sim.close();
    QTRY_VERIFY(!a->isUp());
    QVERIFY(sim.listen(QHostAddress::LocalHost, sim.port()));
    QTRY_VERIFY_WITH_TIMEOUT(a->isUp(), 15000);
    QCOMPARE(sample(metrics.exposition(), "comfyscope_server_reconnects_total{" + sa + "}"), 1.0);
    fleet.removeServer(fleet.servers().at(1));
    QVERIFY(!metrics.exposition().contains("down-b"));

    // Extra sections (the webhook sender's) come after the fleet's.
    metrics.addSection(u"x"_s, [] {
        return QByteArray("# HELP comfyscope_x_total X.\n# TYPE comfyscope_x_total counter\n"
                          "comfyscope_x_total 4\n");
    });
    QCOMPARE(sample(metrics.exposition(), "comfyscope_x_total"), 4.0);

    // promtool, the reference linter, when installed.
    const QString promtool = QStandardPaths::findExecutable(u"promtool"_s);
    if (promtool.isEmpty())
        QSKIP("SKIPPED: promtool not installed (Debian package 'prometheus'); the built-in lint "
              "above ran");
    QProcess p;
    p.start(promtool, {u"check"_s, u"metrics"_s});
    QVERIFY(p.waitForStarted());
    p.write(metrics.exposition());
    p.closeWriteChannel();
    QVERIFY(p.waitForFinished(20000));
    const QByteArray out = p.readAllStandardOutput() + p.readAllStandardError();
    QVERIFY2(p.exitCode() == 0 && out.trimmed().isEmpty(), out.constData());
    qInfo("promtool check metrics: accepted");
}

void tst_Metrics::httpAndToken()
{
    FleetModel fleet;
    AlertEngine alerts;
    MetricsCollector metrics(&fleet, &alerts);
    MetricsServer server(&metrics);
    server.setBearerToken("tok-123");
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    QCOMPARE(server.address(), QHostAddress(QHostAddress::LocalHost));
    const quint16 port = server.port();

    QByteArray r = httpGet(port, "/metrics");
    QVERIFY2(r.startsWith("HTTP/1.1 401"), r.constData());
    QVERIFY(r.contains("WWW-Authenticate: Bearer"));
    QVERIFY(!r.contains("comfyscope_fleet_servers"));
    r = httpGet(port, "/metrics", "Authorization: Bearer wrong-1\r\n");
    QVERIFY(r.startsWith("HTTP/1.1 401"));
    r = httpGet(port, "/metrics", "Authorization: Bearer tok-123\r\n");
    QVERIFY2(r.startsWith("HTTP/1.1 200"), r.constData());
    QVERIFY(r.contains("Content-Type: text/plain; version=0.0.4"));
    QVERIFY(r.contains("\ncomfyscope_fleet_servers 0\n"));
    r = httpGet(port, "/other", "authorization: Bearer tok-123\r\n");
    QVERIFY(r.startsWith("HTTP/1.1 404"));
    r = httpGet(port, "/metrics", "Authorization: Bearer tok-123\r\n", "POST");
    QVERIFY(r.startsWith("HTTP/1.1 405"));
    QCOMPARE(server.scrapes(), quint64(1));
    QCOMPARE(server.unauthorized(), quint64(2));

    server.setBearerToken({});
    r = httpGet(port, "/metrics?x=1");
    QVERIFY(r.startsWith("HTTP/1.1 200"));
    server.close();
    QTcpSocket s;
    s.connectToHost(QHostAddress::LocalHost, port);
    QVERIFY(!s.waitForConnected(1000)); // closed means closed
}

void tst_Metrics::parseAddress()
{
    QHostAddress h;
    quint16 p = 0;
    QString e;
    QVERIFY(MetricsServer::parseAddress(u"9464"_s, &h, &p, &e));
    QCOMPARE(h, QHostAddress(QHostAddress::LocalHost));
    QCOMPARE(p, 9464);
    QVERIFY(MetricsServer::parseAddress(u"0.0.0.0:9100"_s, &h, &p, &e));
    QCOMPARE(h, QHostAddress(QHostAddress::AnyIPv4));
    QVERIFY(MetricsServer::parseAddress(u"[::1]:9100"_s, &h, &p, &e));
    QCOMPARE(h, QHostAddress(QHostAddress::LocalHostIPv6));
    QVERIFY(MetricsServer::parseAddress(u"localhost:1"_s, &h, &p, &e));
    QVERIFY(!MetricsServer::parseAddress(u"nohost:99999"_s, &h, &p, &e));
    QVERIFY(!e.isEmpty());
    QVERIFY(!MetricsServer::parseAddress(u"example.org:80"_s, &h, &p, &e)); // no name lookups
}

QTEST_GUILESS_MAIN(tst_Metrics)
#include "tst_metrics.moc"
