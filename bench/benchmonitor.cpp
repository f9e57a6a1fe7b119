// SPDX-License-Identifier: MIT
// The headless monitor scenario: `comfyscope-cli monitor` watching simulated servers.
// comfyscope-bench: measures the hot paths and prints absolute figures with ratios against
// baselines measured in the same run. Run: build/bench/comfyscope-bench [--quick] [--json FILE]
#include <comfyscope/client.h>
#include <comfyscope/loadgenerator.h>
#include <comfyscope/protocol.h>
#include <comfyscope/simulator.h>

#include <QtConcurrent/QtConcurrent>
#include <QtCore/QBuffer>
#include <QtCore/QCommandLineParser>
#include <QtCore/QCoreApplication>
#include <QtCore/QElapsedTimer>
#include <QtCore/QFile>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QRandomGenerator>
#include <QtCore/QProcess>
#include <QtCore/QRegularExpression>
#include <QtCore/QSysInfo>
#include <QtCore/QTemporaryDir>
#include <QtCore/QThread>
#include <QtCore/QTimer>
#include <QtGui/QGuiApplication>
#include <QtGui/QImage>
#include <QtGui/QPainter>
#include <QtNetwork/QTcpServer>
#include <QtNetwork/QTcpSocket>
#include <QtWebSockets/QWebSocket>
#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

#ifdef COMFYSCOPE_BENCH_HAVE_APP
#include <comfyscope/fleet/fleetmodel.h>
#include <comfyscope/fleet/fleetserver.h>
#include "gallery/gallerymodel.h"
#include "gallery/galleryview.h"
#include "station/stationwindow.h"
#include "station/trendsview.h"
#include <comfyscope/fleet/jobstore.h>
#include <QtCore/QTemporaryDir>
#include "common/uiutil.h"
#include <QtCore/QProcess>
#ifdef Q_OS_UNIX
#include <unistd.h>
#endif
#include <QtCore/QRegularExpression>
#include <QtCore/QThreadPool>
#include <QtWidgets/QApplication>
#endif

#include <algorithm>
#include <atomic>
#include <ctime>
#include <cstdio>
#include <future>

#include "bench.h"

#include <cstdio>

using namespace ComfyScope;
using namespace Qt::StringLiterals;

namespace Bench {

#ifdef COMFYSCOPE_CLI_PATH
/// A child process's CPU seconds (user + system) and RSS / peak RSS in MB, from /proc.
struct ProcUsage
{
    double cpuSeconds = -1;
    double rssMb = -1;
    double hwmMb = -1;
};
ProcUsage procUsage(qint64 pid)
{
    ProcUsage u;
#ifdef Q_OS_LINUX
    QFile stat(u"/proc/%1/stat"_s.arg(pid));
    if (stat.open(QIODevice::ReadOnly)) {
        const QByteArray line = stat.readAll();
        // Fields after the parenthesised command name; utime and stime are fields 14 and 15.
        const QList<QByteArray> f = line.mid(line.lastIndexOf(')') + 2).split(' ');
        if (f.size() > 13)
            u.cpuSeconds = (f.at(11).toDouble() + f.at(12).toDouble())
                           / double(sysconf(_SC_CLK_TCK));
    }
    QFile status(u"/proc/%1/status"_s.arg(pid));
    if (status.open(QIODevice::ReadOnly))
        for (const QByteArray &l : status.readAll().split('\n')) {
            const QList<QByteArray> parts = l.simplified().split(' ');
            if (l.startsWith("VmRSS:"))
                u.rssMb = parts.value(1).toDouble() / 1024.0;
            else if (l.startsWith("VmHWM:"))
                u.hwmMb = parts.value(1).toDouble() / 1024.0;
        }
#else
    Q_UNUSED(pid);
#endif
    return u;
}

QByteArray scrapeMetrics(quint16 port, double *ms)
{
    QElapsedTimer t;
    t.start();
    QTcpSocket s;
    s.connectToHost(QHostAddress::LocalHost, port);
    if (!s.waitForConnected(5000))
        return {};
    s.write("GET /metrics HTTP/1.1\r\nHost: bench\r\n\r\n");
    QByteArray out;
    while (s.waitForReadyRead(10000))
        out += s.readAll();
    out += s.readAll();
    if (ms)
        *ms = t.nsecsElapsed() / 1e6;
    const qsizetype body = out.indexOf("\r\n\r\n");
    return body < 0 ? QByteArray() : out.mid(body + 4);
}

double sumOf(const QByteArray &metrics, const QByteArray &family)
{
    double sum = 0;
    for (const QByteArray &line : metrics.split('\n'))
        if (line.startsWith(QByteArray(family + '{')) || line.startsWith(QByteArray(family + ' ')))
            sum += line.mid(line.lastIndexOf(' ') + 1).toDouble();
    return sum;
}

/// `comfyscope-cli monitor` as its own process watching `servers` simulated servers (25 per
/// niced `comfyscope-cli simulate --servers 25` process, each queuing a 12-step job every 6 s for
/// the monitor; no previews, so the simulators keep up on 2 cores): the monitor's CPU and memory,
/// the /metrics scrape time.
void benchMonitor(int servers, int seconds)
{
    std::printf(
        "\n[6] Headless monitor: `comfyscope-cli monitor` watching %d simulated servers "
        "(a 12-step sampler job queued every 6 s per server, a step every 500 ms with progress and "
        "progress_state, no previews; "
        "25 servers per niced simulator process) for %d s, /metrics scraped every 2 s\n",
        servers, seconds);
    const int perProcess = 25;
    QList<QProcess *> procs;
    QList<quint16> ports;
    static const QRegularExpression re(u"http://127\\.0\\.0\\.1:(\\d+)"_s);
    for (int left = servers; left > 0; left -= perProcess) {
        auto *p = new QProcess;
        p->setProgram(QStringLiteral(COMFYSCOPE_CLI_PATH));
#ifdef Q_OS_UNIX
        p->setChildProcessModifier([] { [[maybe_unused]] int r = ::nice(19); });
#endif
        p->setArguments({u"simulate"_s, u"--port"_s, u"0"_s, u"--servers"_s,
                         QString::number(qMin(left, perProcess)), u"--preview-method"_s, u"none"_s,
                         u"--step-ms"_s, u"500"_s, u"--workload"_s, u"6000"_s, u"--duration"_s,
                         QString::number(seconds + 120)});
        p->start();
        procs << p;
    }
    for (QProcess *p : std::as_const(procs)) {
        QByteArray out;
        QElapsedTimer t;
        t.start();
        const int want = int(ports.size()) + perProcess;
        while (t.elapsed() < 30000) {
            p->waitForReadyRead(200);
            out += p->readAllStandardOutput();
            if (out.count('\n') >= qMin(perProcess, servers - int(ports.size())))
                break;
        }
        auto it = re.globalMatch(QString::fromUtf8(out));
        while (it.hasNext() && ports.size() < want)
            ports << quint16(it.next().captured(1).toUInt());
    }
    if (ports.size() != servers)
        qFatal("only %d of %d simulated servers started", int(ports.size()), servers);

    QTemporaryDir dir;
    QByteArray fleet = "{\"servers\": [";
    for (int i = 0; i < ports.size(); ++i)
        fleet += (i ? ",\n" : "\n")
                 + u"{\"name\": \"sim-%1\", \"address\": \"127.0.0.1:%2\"}"_s
                       .arg(i + 1, 3, 10, QChar(u'0'))
                       .arg(ports.at(i))
                       .toUtf8();
    fleet += "]}";
    QFile f(dir.filePath(u"fleet.json"_s));
    if (!f.open(QIODevice::WriteOnly) || f.write(fleet) != fleet.size())
        qFatal("cannot write the fleet file");
    f.close();
    quint16 metricsPort = 0;
    {
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost, 0);
        metricsPort = probe.serverPort();
    }
    QProcess monitor;
    monitor.setProgram(QStringLiteral(COMFYSCOPE_CLI_PATH));
    monitor.setArguments({u"monitor"_s, u"--fleet"_s, f.fileName(), u"--metrics"_s,
                          u"127.0.0.1:%1"_s.arg(metricsPort)});
    monitor.setStandardOutputFile(QProcess::nullDevice());
    monitor.start();
    if (!monitor.waitForStarted())
        qFatal("the monitor did not start");
    const qint64 pid = monitor.processId();
    QElapsedTimer t;
    t.start();
    QByteArray m;
    while (t.elapsed() < 60000) {
        QThread::msleep(500);
        m = scrapeMetrics(metricsPort, nullptr);
        if (sumOf(m, "comfyscope_server_up") >= servers)
            break;
    }
    report({u"monitor"_s,
            u"servers up"_s,
            sumOf(m, "comfyscope_server_up"),
            u"servers"_s,
            {},
            0,
            u"= %1"_s.arg(servers),
            sumOf(m, "comfyscope_server_up") >= servers});
    report({u"monitor"_s, u"all connected after"_s, t.elapsed() / 1000.0, u"s"_s, {}, 0, {}, true});
    QThread::msleep(3000);
    const double jobs0 = sumOf(scrapeMetrics(metricsPort, nullptr), "comfyscope_jobs_total");
    const ProcUsage u0 = procUsage(pid);
    QList<double> scrapes;
    QByteArray body;
    QElapsedTimer w;
    w.start();
    while (w.elapsed() < seconds * 1000) {
        double ms = 0;
        body = scrapeMetrics(metricsPort, &ms);
        scrapes << ms;
        QThread::msleep(2000);
    }
    const double wall = w.elapsed() / 1000.0;
    const ProcUsage u1 = procUsage(pid);
    const double jobs1 = sumOf(body, "comfyscope_jobs_total");
    std::sort(scrapes.begin(), scrapes.end());
    const double cpu = (u1.cpuSeconds - u0.cpuSeconds) / wall * 100;
    report({u"monitor"_s,
            u"jobs finished (seen)"_s,
            (jobs1 - jobs0) / wall,
            u"jobs/s"_s,
            {},
            0,
            {},
            true});
    report(
        {u"monitor"_s, u"monitor CPU"_s, cpu, u"% core"_s, {}, 0, u"< 100 % (2 cores)"_s, cpu < 100});
    report({u"monitor"_s, u"monitor RSS"_s, u1.rssMb, u"MB"_s, {}, 0, {}, true});
    report({u"monitor"_s, u"monitor peak RSS"_s, u1.hwmMb, u"MB"_s, {}, 0, {}, true});
    report({u"monitor"_s,
            u"/metrics scrape median"_s,
            scrapes.value(scrapes.size() / 2),
            u"ms"_s,
            {},
            0,
            {},
            true});
    report({u"monitor"_s,
            u"/metrics scrape max"_s,
            scrapes.isEmpty() ? 0 : scrapes.last(),
            u"ms"_s,
            {},
            0,
            u"< 1000 ms"_s,
            !scrapes.isEmpty() && scrapes.last() < 1000});
    report({u"monitor"_s, u"/metrics size"_s, body.size() / 1024.0, u"KB"_s, {}, 0, {}, true});
    report({u"monitor"_s,
            u"/metrics samples"_s,
            double(body.count('\n') - body.count("\n#")),
            u"lines"_s,
            {},
            0,
            {},
            true});
    QElapsedTimer stop;
    stop.start();
    monitor.terminate(); // SIGTERM
    const bool ended = monitor.waitForFinished(15000);
    report({u"monitor"_s,
            u"SIGTERM to exit"_s,
            stop.elapsed() / 1000.0,
            u"s"_s,
            {},
            0,
            u"exit 0"_s,
            ended && monitor.exitCode() == 0});
    for (QProcess *p : std::as_const(procs)) {
        p->terminate();
        p->waitForFinished(3000);
        delete p;
    }
}
#endif

} // namespace Bench
