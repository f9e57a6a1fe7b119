// SPDX-License-Identifier: MIT
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
#include "bench.h"

#include <atomic>
#include <ctime>
#include <cstdio>
#include <future>

using namespace ComfyScope;
using namespace Qt::StringLiterals;

namespace Bench {

QList<Row> g_rows;

void report(const Row &r)
{
    g_rows << r;
    std::printf(
        "  %-28s %14.1f %-9s %s\n", qPrintable(r.metric), r.value, qPrintable(r.unit),
        r.ratio > 0 ? qPrintable(u"ratio %1 vs %2"_s.arg(r.ratio, 0, 'f', 2).arg(r.baseline)) : "");
    std::fflush(stdout);
}

#ifdef COMFYSCOPE_BENCH_HAVE_APP
QPair<double, double> rssMb()
{
    QFile f(u"/proc/self/status"_s);
    double rss = 0, hwm = 0;
    if (f.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : f.readAll().split('\n')) {
            if (line.startsWith("VmRSS:"))
                rss = line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024;
            else if (line.startsWith("VmHWM:"))
                hwm = line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024;
        }
    }
    return {rss, hwm};
}
#endif

QByteArray encodeImage(const QImage &img, const char *format, int quality)
{
    QByteArray b;
    QBuffer buf(&b);
    buf.open(QIODevice::WriteOnly);
    img.save(&buf, format, quality);
    return b;
}

QImage testPicture(int size, quint32 seed)
{
    // Smooth gradients plus detail, roughly like a generated image (so sizes are realistic).
    QImage img(size, size, QImage::Format_RGB32);
    QPainter p(&img);
    QLinearGradient g(0, 0, size, size);
    g.setColorAt(0, QColor::fromHsv(int(seed * 37 % 360), 180, 230));
    g.setColorAt(1, QColor::fromHsv(int(seed * 91 % 360), 200, 60));
    p.fillRect(img.rect(), g);
    QRandomGenerator rng(seed);
    for (int i = 0; i < 400; ++i) {
        p.setPen(QPen(QColor::fromRgb(rng.generate()), 1 + rng.bounded(6)));
        p.drawEllipse(QPoint(rng.bounded(size), rng.bounded(size)), rng.bounded(60),
                      rng.bounded(60));
    }
    return img;
}

double threadCpuSeconds()
{
#ifdef Q_OS_UNIX
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return ts.tv_sec + ts.tv_nsec / 1e9;
#else
    return 0;
#endif
}

} // namespace Bench

namespace {
using namespace Bench;

/// The simulated server on its own thread, so sending does not steal the receiver's thread.
class ServerThread : public QThread
{
public:
    Simulator *sim = nullptr;
    std::promise<quint16> port;
    void run() override
    {
        Simulator s;
        sim = &s;
        s.listen();
        port.set_value(s.port());
        exec();
        sim = nullptr;
    }
    void post(std::function<void()> f)
    {
        QMetaObject::invokeMethod(sim, std::move(f), Qt::QueuedConnection);
    }
};

// Real-shaped messages (as in tests/data/real-v0.8.0.jsonl): per sampler step one progress_state
// snapshot of the started nodes and one progress.
QList<QByteArray> makeMessages(int n)
{
    QList<QByteArray> out;
    out.reserve(n);
    const QString prompt = u"09510f06-12ab-4fc8-a778-f6be5bdf6d82"_s;
    for (int i = 0; i < n; ++i) {
        const int step = i / 2 % 20 + 1;
        if (i % 2 == 0) {
            QJsonObject nodes;
            for (const char *id : {"4", "5", "6", "7", "3"}) {
                const bool running = qstrcmp(id, "3") == 0;
                nodes.insert(QString::fromLatin1(id),
                             QJsonObject{{u"value"_s, running ? step : 1.0},
                                         {u"max"_s, running ? 20 : 1.0},
                                         {u"state"_s, running ? u"running"_s : u"finished"_s},
                                         {u"node_id"_s, QString::fromLatin1(id)},
                                         {u"prompt_id"_s, prompt},
                                         {u"display_node_id"_s, QString::fromLatin1(id)},
                                         {u"parent_node_id"_s, QJsonValue()},
                                         {u"real_node_id"_s, QString::fromLatin1(id)}});
            }
            out << QJsonDocument(QJsonObject{{u"type"_s, u"progress_state"_s},
                                             {u"data"_s, QJsonObject{{u"prompt_id"_s, prompt},
                                                                     {u"nodes"_s, nodes}}}})
                       .toJson(QJsonDocument::Compact);
        } else {
            out << QJsonDocument(QJsonObject{{u"type"_s, u"progress"_s},
                                             {u"data"_s, QJsonObject{{u"value"_s, step},
                                                                     {u"max"_s, 20},
                                                                     {u"prompt_id"_s, prompt},
                                                                     {u"node"_s, u"3"_s}}}})
                       .toJson(QJsonDocument::Compact);
        }
    }
    return out;
}

/// Sends `messages` to `sid` in windows, so neither side buffers more than `window` messages.
double pump(ServerThread &server, const QString &sid, const QList<QByteArray> &messages,
            const std::atomic<qint64> &received)
{
    const qint64 n = messages.size();
    const qint64 window = 4000;
    qint64 sent = 0;
    QElapsedTimer t;
    t.start();
    while (received.load() < n) {
        if (sent < n && sent - received.load() < window / 2) {
            const qint64 from = sent;
            const qint64 to = qMin(n, sent + window / 2);
            server.post([&server, sid, &messages, from, to] {
                for (qint64 i = from; i < to; ++i)
                    server.sim->sendText(sid, messages.at(i));
            });
            sent = to;
        }
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        if (t.elapsed() > 120000)
            qFatal("dispatch benchmark stalled at %lld of %lld", qlonglong(received.load()),
                   qlonglong(n));
    }
    return t.nsecsElapsed() / 1e9;
}

void benchDispatch(int n)
{
    std::printf("\n[1] Event dispatch: %d real-shaped JSON messages over loopback\n", n);
    ServerThread server;
    auto portFuture = server.port.get_future();
    server.start();
    const quint16 port = portFuture.get();
    const QList<QByteArray> messages = makeMessages(n);
    qint64 bytes = 0;
    for (const auto &m : messages)
        bytes += m.size();

    // Baseline: a bare QWebSocket that only counts text frames.
    double bare = 0;
    {
        QWebSocket ws;
        std::atomic<qint64> count{0};
        QObject::connect(&ws, &QWebSocket::textMessageReceived, [&](const QString &) { ++count; });
        ws.open(QUrl(u"ws://127.0.0.1:%1/ws?clientId=bare"_s.arg(port)));
        while (ws.state() != QAbstractSocket::ConnectedState)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        QThread::msleep(50);
        QCoreApplication::processEvents();
        count = 0;
        bare = pump(server, u"bare"_s, messages, count);
        ws.close();
    }
    // ComfyScope: parse, validate, typed signals.
    double ours = 0;
    {
        Client client;
        client.setEndpoint(ServerEndpoint::fromString(u"127.0.0.1:%1"_s.arg(port)));
        client.setClientId(u"typed"_s);
        std::atomic<qint64> count{0};
        double sink = 0;
        QObject::connect(&client, &Client::progressReceived, [&](const ProgressEvent &e) {
            sink += e.value;
            ++count;
        });
        QObject::connect(&client, &Client::progressStateReceived, [&](const ProgressStateEvent &e) {
            sink += e.nodes.size();
            ++count;
        });
        bool up = false;
        QObject::connect(&client, &Client::sessionStarted, [&] { up = true; });
        client.open();
        while (!up)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        QThread::msleep(50);
        QCoreApplication::processEvents();
        count = 0;
        ours = pump(server, u"typed"_s, messages, count);
        client.close();
        Q_UNUSED(sink);
    }
    server.quit();
    server.wait();
    const double bareRate = n / bare, ourRate = n / ours;
    report({u"dispatch"_s, u"bare QWebSocket"_s, bareRate, u"msg/s"_s, {}, 0, {}, true});
    report({u"dispatch"_s, u"Client typed signals"_s, ourRate, u"msg/s"_s, u"bare"_s,
            ourRate / bareRate, u">= 0.50 of bare"_s, ourRate / bareRate >= 0.5});
    report({u"dispatch"_s, u"Client throughput"_s, bytes / ours / 1e6, u"MB/s"_s, {}, 0, {}, true});
    report({u"dispatch"_s, u"Client per message"_s, ours / n * 1e6, u"us"_s, {}, 0, {}, true});
}

void benchEndToEnd(int rate, int seconds)
{
    std::printf("\n[4] End to end: simulator load mode, %d previews/s (512x512 JPEG + progress + "
                "progress_state) for %d s\n",
                rate, seconds);
    ServerThread server;
    auto portFuture = server.port.get_future();
    server.start();
    const quint16 port = portFuture.get();
    Client client;
    client.setEndpoint(ServerEndpoint::fromString(u"127.0.0.1:%1"_s.arg(port)));
    QList<qint64> latencies;
    qint64 messages = 0;
    QObject::connect(&client, &Client::imageReceived, [&](const ImageFrame &f) {
        const qint64 sent = f.metadata.value("sent_ns"_L1).toString().toLongLong();
        if (sent > 0)
            latencies << LoadGenerator::nowNs() - sent;
    });
    QObject::connect(&client, &Client::messageReceived, [&] { ++messages; });
    bool up = false;
    QObject::connect(&client, &Client::sessionStarted, [&] { up = true; });
    client.open();
    while (!up)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    LoadGenerator *gen = nullptr;
    std::promise<void> started;
    server.post([&] {
        gen = new LoadGenerator(server.sim, rate, 512, server.sim);
        gen->start();
        started.set_value();
    });
    started.get_future().wait();
    const double cpu0 = threadCpuSeconds();
    {
        QEventLoop loop; // sleep in the event loop: the CPU figure is the client's work only
        QTimer::singleShot(seconds * 1000, &loop, &QEventLoop::quit);
        loop.exec();
    }
    const double cpu = threadCpuSeconds() - cpu0;
    std::promise<void> stopped;
    server.post([&] {
        gen->stop();
        stopped.set_value();
    });
    stopped.get_future().wait();
    client.close();
    server.quit();
    server.wait();
    if (latencies.isEmpty())
        qFatal("no frames arrived");
    std::sort(latencies.begin(), latencies.end());
    auto pct = [&](double q) {
        return latencies.at(qMin<qsizetype>(latencies.size() - 1, qsizetype(q * latencies.size())))
               / 1e6;
    };
    report({u"end-to-end"_s,
            u"frames received"_s,
            double(latencies.size()),
            u"frames"_s,
            {},
            0,
            {},
            true});
    report({u"end-to-end"_s, u"latency p50"_s, pct(0.50), u"ms"_s, {}, 0, {}, true});
    report({u"end-to-end"_s, u"latency p99"_s, pct(0.99), u"ms"_s, {}, 0, {}, true});
    report({u"end-to-end"_s,
            u"client CPU per frame"_s,
            cpu / latencies.size() * 1e3,
            u"ms"_s,
            {},
            0,
            {},
            true});
    report(
        {u"end-to-end"_s, u"client CPU load"_s, cpu / seconds * 100, u"% core"_s, {}, 0, {}, true});
    Q_UNUSED(messages);
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen"); // headless by default
#ifdef COMFYSCOPE_BENCH_HAVE_APP
    ComfyScope::App::tuneAllocatorForImages(); // as the viewer does
    QApplication app(argc, argv);
#else
    QGuiApplication app(argc, argv);
#endif
    QCommandLineParser p;
    p.setApplicationDescription(u"ComfyScope benchmark suite"_s);
    p.addHelpOption();
    p.addOption({u"quick"_s, u"Small inputs (a smoke run, figures not meaningful)."_s});
    p.addOption({u"json"_s, u"Also write the results as JSON to FILE."_s, u"file"_s});
    p.addOption({u"only"_s,
                 u"Run only these scenarios (comma list: dispatch,decode,gallery,endtoend,fleet,"
                 "monitor,db,station,pixels,soak)."_s,
                 u"list"_s});
    p.addOption({u"soak-minutes"_s, u"Length of the soak scenario (default 30; --quick: 1)."_s,
                 u"minutes"_s});
    p.addOption({u"out-dir"_s,
                 u"Where the soak scenario writes its CSV and PNG curve (default: bench/)."_s,
                 u"dir"_s, QStringLiteral(COMFYSCOPE_BENCH_SOURCE_DIR)});
    p.process(app);
    const bool quick = p.isSet(u"quick"_s);
    const QStringList only = p.value(u"only"_s).split(u',', Qt::SkipEmptyParts);
    auto want = [&](const QString &s) { return only.isEmpty() || only.contains(s); };
    std::printf("ComfyScope benchmarks — %s, Qt %s, %d cores, %s\n",
                qPrintable(QDateTime::currentDateTime().toString(Qt::ISODate)), qVersion(),
                QThread::idealThreadCount(), qPrintable(QSysInfo::prettyProductName()));
    if (want(u"dispatch"_s))
        benchDispatch(quick ? 20000 : 200000);
#ifdef COMFYSCOPE_BENCH_HAVE_APP
    if (want(u"decode"_s))
        benchDecode(quick ? 100 : 2000, 3);
    if (want(u"gallery"_s))
        benchGallery(quick ? 300 : 10000, quick ? 2 : 15);
#endif
    if (want(u"endtoend"_s))
        benchEndToEnd(quick ? 30 : 60, quick ? 2 : 10);
#ifdef COMFYSCOPE_BENCH_HAVE_APP
    if (want(u"fleet"_s))
        benchFleet(quick ? 8 : 50, quick ? 3 : 15);
    if (want(u"db"_s)) {
        benchFleet(quick ? 8 : 50, quick ? 3 : 15, true);
        benchJobStore(quick ? 10000 : 100000);
    }
#endif
#ifdef COMFYSCOPE_CLI_PATH
    if (want(u"monitor"_s))
        benchMonitor(quick ? 25 : 200, quick ? 6 : 30);
#endif
#ifdef COMFYSCOPE_BENCH_HAVE_STATION
    if (want(u"station"_s))
        benchStation(quick ? 25 : 200, quick ? 5 : 30);
    if (want(u"pixels"_s))
        benchFramePixels(30, quick ? 3 : 20);
    if (want(u"soak"_s)) {
        const double minutes = p.isSet(u"soak-minutes"_s) ? p.value(u"soak-minutes"_s).toDouble()
                                                          : (quick ? 1 : 30);
        if (minutes <= 0)
            qFatal("--soak-minutes must be a positive number");
        benchSoak(quick ? 10 : 50, int(minutes * 60), minutes < 5 ? 2 : 10, p.value(u"out-dir"_s));
    }
#endif
    std::printf("\nGoals:\n");
    int missed = 0;
    for (const Row &r : std::as_const(g_rows)) {
        if (r.goal.isEmpty())
            continue;
        std::printf("  %-10s %-28s %-22s %s\n", qPrintable(r.scenario), qPrintable(r.metric),
                    qPrintable(r.goal), r.met ? "met" : "MISSED");
        missed += !r.met;
    }
    if (p.isSet(u"json"_s)) {
        QJsonArray rows;
        for (const Row &r : std::as_const(g_rows))
            rows.append(QJsonObject{{u"scenario"_s, r.scenario},
                                    {u"metric"_s, r.metric},
                                    {u"value"_s, r.value},
                                    {u"unit"_s, r.unit},
                                    {u"baseline"_s, r.baseline},
                                    {u"ratio"_s, r.ratio},
                                    {u"goal"_s, r.goal},
                                    {u"met"_s, r.met}});
        QFile f(p.value(u"json"_s));
        if (f.open(QIODevice::WriteOnly))
            f.write(QJsonDocument(rows).toJson());
    }
    return 0;
}
