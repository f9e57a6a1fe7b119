// SPDX-License-Identifier: MIT
// `comfyscope-cli monitor` as a process against simulated servers: log lines, /metrics, a
// SIGHUP reload that keeps unchanged servers, a clean SIGTERM (exit 0, sockets closed), the
// journald prefix, usage errors.
#include <comfyscope/simulator.h>

#include <QtCore/QFile>
#include <QtCore/QProcess>
#include <QtSql/QSqlDatabase>
#include <QtSql/QSqlQuery>
#include <QtCore/QRegularExpression>
#include <QtCore/QTemporaryDir>
#include <QtNetwork/QTcpSocket>
#include <QtTest/QtTest>

#include <csignal>

using namespace Qt::StringLiterals;
using namespace ComfyScope;

namespace {
QByteArray httpGet(quint16 port, const QByteArray &path)
{
    QTcpSocket s;
    s.connectToHost(QHostAddress::LocalHost, port);
    if (!s.waitForConnected(3000))
        return {};
    s.write("GET " + path + " HTTP/1.1\r\nHost: x\r\n\r\n");
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

void writeFleet(const QString &path, const QList<QPair<QString, quint16>> &servers,
                const QByteArray &rules = "{}")
{
    QByteArray json = "{\"rules\": " + rules + ", \"servers\": [";
    for (int i = 0; i < servers.size(); ++i)
        json += (i ? "," : "")
                + u"{\"name\": \"%1\", \"address\": \"127.0.0.1:%2\"}"_s.arg(servers.at(i).first)
                      .arg(servers.at(i).second)
                      .toUtf8();
    json += "]}";
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(json);
}
} // namespace

class tst_Monitor : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void reloadAndStop();
    void journaldPrefix();
    void usageErrors();
    void recordsJobsInTheDatabase();
};

void tst_Monitor::reloadAndStop()
{
    Simulator a, b;
    QVERIFY(a.listen());
    QVERIFY(b.listen());
    QTemporaryDir dir;
    const QString fleet = dir.filePath(u"fleet.json"_s);
    writeFleet(fleet, {{u"sim-a"_s, a.port()}}, "{\"queue_depth\": 3}");

    QProcess p;
    QString log;
    connect(&p, &QProcess::readyReadStandardOutput, this,
            [&] { log += QString::fromUtf8(p.readAllStandardOutput()); });
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"JOURNAL_STREAM"_s);
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(COMFYSCOPE_CLI_PATH), {u"monitor"_s, u"--fleet"_s, fleet, u"--metrics"_s,
                                                  u"127.0.0.1:0"_s, u"--rule"_s, u"stall=60"_s});
    QVERIFY(p.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(log.contains(u"sim-a up"_s), 15000);
    QVERIFY2(log.contains(u"rules: server_down=30 stall=60 execution_error=on queue_depth=3 "
                          "vram_high=off restarted=on"_s),
             qPrintable(log));
    QVERIFY(!log.contains(u"\033["_s)); // stdout is a pipe: no colour
    const auto m =
        QRegularExpression(u"metrics on http://127\\.0\\.0\\.1:(\\d+)/metrics"_s).match(log);
    QVERIFY2(m.hasMatch(), qPrintable(log));
    const quint16 port = quint16(m.captured(1).toUInt());
    QVERIFY(httpGet(port, "/metrics").contains("comfyscope_server_up{server=\"sim-a\"} 1"));

    // Four jobs queued by another client: the queue-depth alert (limit 3 from the file's rules).
    a.setStepDelay(200);
    for (int i = 0; i < 5; ++i)
        a.queuePrompt(Simulator::demoWorkflow(0), u"other"_s);
    QTRY_VERIFY_WITH_TIMEOUT(log.contains(u"sim-a alert queue_depth raised"_s), 15000);
    QTRY_VERIFY(httpGet(port, "/metrics")
                    .contains("comfyscope_alerts_active{server=\"sim-a\",rule=\"queue_depth\"} 1"));

    // SIGHUP: sim-b added, sim-a unchanged (it keeps its connection and state).
    writeFleet(fleet, {{u"sim-a"_s, a.port()}, {u"sim-b"_s, b.port()}}, "{\"queue_depth\": 3}");
    ::kill(pid_t(p.processId()), SIGHUP);
    QTRY_VERIFY_WITH_TIMEOUT(log.contains(u"reloaded fleet.json: 1 added, 0 removed, 0 changed, "
                                          "1 unchanged"_s),
                             10000);
    QTRY_VERIFY_WITH_TIMEOUT(log.contains(u"sim-b up"_s), 15000);
    QCOMPARE(log.count(u"sim-a up"_s), 1);
    const QByteArray after = httpGet(port, "/metrics");
    QVERIFY(after.contains("comfyscope_fleet_servers 2"));
    QVERIFY(
        after.contains("comfyscope_alerts_raised_total{server=\"sim-a\",rule=\"queue_depth\"} 1"));

    // A broken file on SIGHUP keeps the fleet.
    QFile f(fleet);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("{ not json");
    f.close();
    ::kill(pid_t(p.processId()), SIGHUP);
    QTRY_VERIFY(log.contains(u"reload failed, keeping the current fleet"_s));
    // sim-b removed.
    writeFleet(fleet, {{u"sim-a"_s, a.port()}});
    ::kill(pid_t(p.processId()), SIGHUP);
    QTRY_VERIFY(log.contains(u"reloaded fleet.json: 0 added, 1 removed, 0 changed, 1 unchanged"_s));

    ::kill(pid_t(p.processId()), SIGTERM);
    QVERIFY(p.waitForFinished(10000));
    log += QString::fromUtf8(p.readAllStandardOutput());
    QCOMPARE(p.exitStatus(), QProcess::NormalExit);
    QCOMPARE(p.exitCode(), 0);
    QVERIFY(log.contains(u"stopping (SIGTERM)"_s));
    QTcpSocket s;
    s.connectToHost(QHostAddress::LocalHost, port);
    QVERIFY(!s.waitForConnected(1000));
}

void tst_Monitor::journaldPrefix()
{
    Simulator a;
    QVERIFY(a.listen());
    QTemporaryDir dir;
    const QString fleet = dir.filePath(u"f.json"_s);
    writeFleet(fleet, {{u"sim-a"_s, a.port()}});
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"JOURNAL_STREAM"_s, u"8:12345"_s);
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(COMFYSCOPE_CLI_PATH),
            {u"monitor"_s, u"--fleet"_s, fleet, u"--duration"_s, u"3"_s});
    // The simulator lives in this process: keep its event loop running meanwhile.
    QTRY_VERIFY_WITH_TIMEOUT(p.state() == QProcess::NotRunning, 20000);
    QCOMPARE(p.exitCode(), 0);
    const QStringList lines =
        QString::fromUtf8(p.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
    QVERIFY(lines.size() >= 2);
    for (const QString &l : lines)
        QVERIFY2(QRegularExpression(u"^<[3-6]>\\S"_s).match(l).hasMatch(), qPrintable(l));
    QVERIFY(!lines.join(u'\n').contains(u"sim-a down"_s)); // stopping is not going down
    QVERIFY(lines.contains(u"<5>sim-a up (http://127.0.0.1:%1)"_s.arg(a.port())));
}

void tst_Monitor::usageErrors()
{
    QTemporaryDir dir;
    const QString fleet = dir.filePath(u"f.json"_s);
    writeFleet(fleet, {{u"x"_s, 1}});
    const QList<QStringList> bad{
        {u"monitor"_s},
        {u"monitor"_s, u"--fleet"_s, fleet, u"--db"_s, fleet + u"/jobs.sqlite"_s}, // under a file
        {u"monitor"_s, u"--fleet"_s, fleet, u"--rule"_s, u"nosuch=1"_s},
        {u"monitor"_s, u"--fleet"_s, fleet, u"--rule"_s, u"stall=soon"_s},
        {u"monitor"_s, u"--fleet"_s, fleet, u"--metrics"_s, u"host.example:80"_s},
        {u"monitor"_s, u"--fleet"_s, fleet, u"--webhook-format"_s, u"teams"_s},
        {u"monitor"_s, u"--fleet"_s, fleet, u"--webhook"_s, u"ftp://x/secret-part"_s},
        {u"monitor"_s, u"--fleet"_s, fleet, u"--webhook-env"_s, u"COMFYSCOPE_TEST_UNSET_VAR"_s},
        {u"monitor"_s, u"--fleet"_s, fleet, u"--metrics-token-env"_s, u"X_UNSET"_s, u"--metrics"_s,
         u"0"_s},
    };
    for (const QStringList &args : bad) {
        QProcess p;
        p.start(QStringLiteral(COMFYSCOPE_CLI_PATH), args);
        QVERIFY(p.waitForFinished(10000));
        const QByteArray e = p.readAllStandardError();
        QVERIFY2(p.exitCode() == 64,
                 qPrintable(args.join(u' ') + u" → "_s + QString::number(p.exitCode()) + u' '
                            + QString::fromUtf8(e)));
        QVERIFY2(e.contains("error"), e.constData());
        QVERIFY(!e.contains("secret-part"));
    }
    QProcess p;
    p.start(QStringLiteral(COMFYSCOPE_CLI_PATH),
            {u"monitor"_s, u"--fleet"_s, dir.filePath(u"missing.json"_s)});
    QVERIFY(p.waitForFinished(10000));
    QCOMPARE(p.exitCode(), 66);
}

void tst_Monitor::recordsJobsInTheDatabase()
{
    Simulator a;
    a.setStepDelay(5);
    QVERIFY(a.listen());
    QTemporaryDir dir;
    const QString fleet = dir.filePath(u"f.json"_s);
    const QString db = dir.filePath(u"jobs.sqlite"_s);
    writeFleet(fleet, {{u"sim-a"_s, a.port()}});
    // Two jobs another client queued before the monitor starts: read from /history on connect.
    a.queuePrompt(Simulator::demoWorkflow(0), u"someone"_s);
    a.queuePrompt(Simulator::demoWorkflow(3), u"someone"_s); // fails
    QTRY_VERIFY_WITH_TIMEOUT(a.queueRemaining() == 0, 10000);
    QProcess p;
    p.start(QStringLiteral(COMFYSCOPE_CLI_PATH),
            {u"monitor"_s, u"--fleet"_s, fleet, u"--db"_s, db, u"--duration"_s, u"3"_s});
    QTRY_VERIFY_WITH_TIMEOUT(p.state() == QProcess::NotRunning, 20000);
    QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
    {
        QSqlDatabase sql = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"check"_s);
        sql.setDatabaseName(db);
        QVERIFY(sql.open());
        QSqlQuery q(sql);
        QVERIFY(q.exec(u"SELECT outcome, COUNT(*) FROM jobs WHERE server = 'sim-a' "
                       "GROUP BY outcome ORDER BY outcome"_s));
        QStringList rows;
        while (q.next())
            rows << q.value(0).toString() + u'=' + q.value(1).toString();
        QCOMPARE(rows, (QStringList{u"failed=1"_s, u"succeeded=1"_s}));
        sql.close();
    }
    QSqlDatabase::removeDatabase(u"check"_s);
}

QTEST_GUILESS_MAIN(tst_Monitor)
#include "tst_monitor.moc"
