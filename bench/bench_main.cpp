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
#include <QtCore/QDir>
#include <QtCore/QStandardPaths>
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

// The real mix: a sampler run as ComfyUI v0.8.0 sends it (Python's json.dumps spacing and key
// order, as in /work/shared/protocol/captures/real-v0.8.0.jsonl): each step a `progress` of the
// sampler, then a `progress_state` holding every node of a workflow of `nodes` nodes (in their
// execution order, the ones before the sampler finished, the sampler running).
//
// `noRepeats`: the finished nodes' values alternate between 1.0 and 1, so no progress_state is a
// one-number change of the one before and every one is parsed in full (Client's worst case).
QList<QByteArray> makeStream(int nodes, int n, bool noRepeats = false)
{
    QList<QByteArray> out;
    out.reserve(n);
    const QByteArray prompt = "09510f06-12ab-4fc8-a778-f6be5bdf6d82";
    const int steps = 20;
    // Execution order like the capture's ("9", "10", "1", "2", …): the last two ids first.
    QList<QByteArray> order;
    order << QByteArray::number(nodes - 1) << QByteArray::number(nodes);
    for (int id = 1; id <= nodes - 2; ++id)
        order << QByteArray::number(id);
    const QByteArray sampler = order.last();
    for (int i = 0; i < n; ++i) {
        const QByteArray step = QByteArray::number(i / 2 % steps + 1);
        if (i % 2 == 0) {
            out << R"({"type": "progress", "data": {"value": )" + step
                       + R"(, "max": 20, "prompt_id": ")" + prompt + R"(", "node": ")" + sampler
                       + R"("}})";
            continue;
        }
        QByteArray m = R"({"type": "progress_state", "data": {"prompt_id": ")" + prompt
                       + R"(", "nodes": {)";
        for (const QByteArray &id : std::as_const(order)) {
            const bool running = id == sampler;
            if (id != order.first())
                m += ", ";
            const QByteArray done = noRepeats && i / 2 % 2 ? "1" : "1.0";
            m += '"' + id + R"(": {"value": )" + (running ? step : done) + R"(, "max": )"
                 + (running ? "20" : "1.0") + R"(, "state": ")" + (running ? "running" : "finished")
                 + R"(", "node_id": ")" + id + R"(", "prompt_id": ")" + prompt
                 + R"(", "display_node_id": ")" + id
                 + R"(", "parent_node_id": null, "real_node_id": ")" + id + R"("})";
        }
        m += "}}}";
        out << m;
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
        // Sleep until the receiver's socket (or the Node client's output) has news: a spinning
        // loop here would take a core from the simulator and from an out-of-process receiver.
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents);
        if (t.elapsed() > 120000)
            qFatal("dispatch benchmark stalled at %lld of %lld", qlonglong(received.load()),
                   qlonglong(n));
    }
    return t.nsecsElapsed() / 1e9;
}

/// One receiver's run: wall seconds from the first message sent to the last one counted, and
/// the CPU seconds the receiver spent meanwhile (its thread; the whole Node process for the
/// JavaScript client). wall < 0: it did not run.
struct Timing
{
    double wall = -1;
    double cpu = 0;
};

/// The seed's JavaScript client (@stable-canvas/comfyui-client's WsClient on Node), installed
/// from npm into the build directory (bench/js/package.json pins the versions).
struct JsClient
{
    QString node;
    QString dir;
    QString skipped; // why it cannot run (empty: it can)

    static JsClient prepare()
    {
        JsClient js;
        js.node = QStandardPaths::findExecutable(u"node"_s);
        const QString npm = QStandardPaths::findExecutable(u"npm"_s);
        if (js.node.isEmpty() || npm.isEmpty()) {
            js.skipped = u"node or npm not found on PATH: install Node.js (>= 18) to compare with "
                         "the JavaScript client"_s;
            return js;
        }
        js.dir = QString::fromUtf8(COMFYSCOPE_BENCH_JS_BUILD_DIR);
        QDir().mkpath(js.dir);
        for (const QString &f : {u"package.json"_s, u"package-lock.json"_s, u"dispatch.mjs"_s}) {
            QFile::remove(js.dir + u'/' + f);
            if (!QFile::copy(QString::fromUtf8(COMFYSCOPE_BENCH_JS_SOURCE_DIR) + u'/' + f,
                             js.dir + u'/' + f)) {
                js.skipped = u"cannot copy bench/js/%1 to %2"_s.arg(f, js.dir);
                return js;
            }
        }
        QFile installed(js.dir + u"/node_modules/@stable-canvas/comfyui-client/package.json"_s);
        const bool have =
            installed.open(QIODevice::ReadOnly)
            && QJsonDocument::fromJson(installed.readAll()).object().value("version"_L1).toString()
                   == "1.5.9"_L1
            && QFile::exists(js.dir + u"/node_modules/ws/package.json"_s);
        if (!have) {
            std::printf("  installing @stable-canvas/comfyui-client and ws with npm into %s\n",
                        qPrintable(js.dir));
            std::fflush(stdout);
            QProcess npmInstall;
            npmInstall.setProcessChannelMode(QProcess::MergedChannels);
            npmInstall.start(
                npm, {u"install"_s, u"--prefix"_s, js.dir, u"--no-audit"_s, u"--no-fund"_s});
            if (!npmInstall.waitForFinished(300000) || npmInstall.exitCode() != 0) {
                js.skipped = u"npm install failed: %1"_s.arg(
                    QString::fromLocal8Bit(npmInstall.readAll()).trimmed().right(300));
                return js;
            }
        }
        return js;
    }

    /// One run: a Node process counting the events of `messages`; seconds, or -1 (and `skipped`
    /// says why).
    Timing run(ServerThread &server, quint16 port, const QString &clientId,
               const QList<QByteArray> &messages)
    {
        QProcess p;
        p.setProcessChannelMode(QProcess::SeparateChannels);
        std::atomic<qint64> count{0};
        bool ready = false;
        double cpuUs = -1;
        QByteArray pending;
        QObject::connect(&p, &QProcess::readyReadStandardOutput, [&] {
            pending += p.readAllStandardOutput();
            qsizetype nl;
            while ((nl = pending.indexOf('\n')) >= 0) {
                const QByteArray line = pending.left(nl).trimmed();
                pending.remove(0, nl + 1);
                if (line == "ready")
                    ready = true;
                else if (line.startsWith("count "))
                    count = line.mid(6).split(' ').value(0).toLongLong();
                else if (line.startsWith("cpu_us "))
                    cpuUs = line.mid(7).toDouble();
            }
        });
        p.start(node, {dir + u"/dispatch.mjs"_s, u"127.0.0.1:%1"_s.arg(port), clientId});
        QElapsedTimer t;
        t.start();
        while (!ready && p.state() != QProcess::NotRunning && t.elapsed() < 20000)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        if (!ready) {
            skipped = u"the Node client did not connect: %1"_s.arg(
                QString::fromLocal8Bit(p.readAllStandardError()).trimmed().right(300));
            p.kill();
            p.waitForFinished(2000);
            return {};
        }
        QThread::msleep(50);
        QCoreApplication::processEvents();
        p.write("go\n"); // the script starts its CPU clock
        Timing t0;
        t0.wall = pump(server, clientId, messages, count);
        p.closeWriteChannel(); // the script prints its CPU time and exits when its stdin ends
        if (!p.waitForFinished(5000))
            p.kill();
        pending += p.readAllStandardOutput();
        for (const QByteArray &line : pending.split('\n'))
            if (line.startsWith("cpu_us "))
                cpuUs = line.mid(7).trimmed().toDouble();
        t0.cpu = cpuUs / 1e6;
        return t0;
    }
};

Timing runBare(ServerThread &server, quint16 port, const QString &clientId,
               const QList<QByteArray> &messages)
{
    QWebSocket ws;
    std::atomic<qint64> count{0};
    QObject::connect(&ws, &QWebSocket::textMessageReceived, [&](const QString &) { ++count; });
    ws.open(QUrl(u"ws://127.0.0.1:%1/ws?clientId=%2"_s.arg(port).arg(clientId)));
    while (ws.state() != QAbstractSocket::ConnectedState)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    QThread::msleep(50);
    QCoreApplication::processEvents();
    count = 0;
    Timing t;
    const double cpu0 = threadCpuSeconds();
    t.wall = pump(server, clientId, messages, count);
    t.cpu = threadCpuSeconds() - cpu0;
    ws.close();
    return t;
}

/// `Client` with receivers of the typed signals (and, with `raw`, of messageReceived() too).
Timing runClient(ServerThread &server, quint16 port, const QString &clientId,
                 const QList<QByteArray> &messages, bool raw = false)
{
    Client client;
    client.setEndpoint(ServerEndpoint::fromString(u"127.0.0.1:%1"_s.arg(port)));
    client.setClientId(clientId);
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
    if (raw)
        QObject::connect(&client, &Client::messageReceived,
                         [&](const QString &, const QJsonObject &data) { sink += data.size(); });
    bool up = false;
    QObject::connect(&client, &Client::sessionStarted, [&] { up = true; });
    client.open();
    while (!up)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    QThread::msleep(50);
    QCoreApplication::processEvents();
    count = 0;
    Timing t;
    const double cpu0 = threadCpuSeconds();
    t.wall = pump(server, clientId, messages, count);
    t.cpu = threadCpuSeconds() - cpu0;
    client.close();
    Q_UNUSED(sink);
    return t;
}

struct Spread
{
    QList<double> rates;    // events per wall second
    QList<double> cpuRates; // events per CPU second of the receiver
    void add(int n, const Timing &t)
    {
        if (t.wall <= 0)
            return;
        rates << n / t.wall;
        if (t.cpu > 0)
            cpuRates << n / t.cpu;
    }
    static double median(QList<double> r)
    {
        std::sort(r.begin(), r.end());
        return r.isEmpty() ? 0 : r.at(r.size() / 2);
    }
    double median() const { return median(rates); }
    double cpuMedian() const { return median(cpuRates); }
    static QString text(const QList<double> &r)
    {
        if (r.isEmpty())
            return u"-"_s;
        const auto [lo, hi] = std::minmax_element(r.begin(), r.end());
        return u"%1–%2"_s.arg(*lo, 0, 'f', 0).arg(*hi, 0, 'f', 0);
    }
};

void benchDispatch(int n, int runs, const QStringList &receivers)
{
    auto wanted = [&](const QString &r) { return receivers.isEmpty() || receivers.contains(r); };
    std::printf("\n[1] Event dispatch on the real mix: per sampler step a progress and a "
                "progress_state of every node (v0.8.0 shapes), %d messages per run, %d runs per "
                "receiver, interleaved, over loopback from the simulator on its own thread\n",
                n, runs);
    JsClient js = wanted(u"js"_s) ? JsClient::prepare() : JsClient{{}, {}, u"not asked for"_s};
    if (!js.skipped.isEmpty())
        std::printf("  JavaScript client skipped: %s\n", qPrintable(js.skipped));
    ServerThread server;
    auto portFuture = server.port.get_future();
    server.start();
    const quint16 port = portFuture.get();
    int id = 0;
    for (const int nodes : {5, 10, 30}) {
        const QList<QByteArray> messages = makeStream(nodes, n);
        qint64 bytes = 0;
        for (const auto &m : messages)
            bytes += m.size();
        std::printf("  -- %d-node workflow: progress %lld bytes, progress_state %lld bytes\n",
                    nodes, qlonglong(messages.at(0).size()), qlonglong(messages.at(1).size()));
        Spread bare, ours, javascript;
        for (int r = 0; r < runs; ++r) {
            if (wanted(u"bare"_s))
                bare.add(n, runBare(server, port, u"bare%1"_s.arg(++id), messages));
            if (wanted(u"client"_s))
                ours.add(n, runClient(server, port, u"typed%1"_s.arg(++id), messages));
            if (js.skipped.isEmpty()) {
                const Timing t = js.run(server, port, u"js%1"_s.arg(++id), messages);
                javascript.add(n, t);
                if (t.wall <= 0)
                    std::printf("  JavaScript client skipped: %s\n", qPrintable(js.skipped));
            }
        }
        Spread raw;
        if (wanted(u"raw"_s))
            raw.add(n, runClient(server, port, u"raw%1"_s.arg(++id), messages, true));
        const double rawRate = raw.median();
        Spread full;
        if (wanted(u"full"_s)) {
            const QList<QByteArray> varied = makeStream(nodes, n, true);
            for (int r = 0; r < runs; ++r)
                full.add(n, runClient(server, port, u"full%1"_s.arg(++id), varied));
        }
        const QString mix = u"dispatch %1n"_s.arg(nodes);
        const double b = bare.median(), o = ours.median(), j = javascript.median();
        std::printf("  runs, events per wall second: bare %s, Client %s, JavaScript %s\n",
                    qPrintable(Spread::text(bare.rates)), qPrintable(Spread::text(ours.rates)),
                    qPrintable(Spread::text(javascript.rates)));
        std::printf("  runs, events per CPU second of the receiver: bare %s, Client %s, "
                    "JavaScript %s\n",
                    qPrintable(Spread::text(bare.cpuRates)),
                    qPrintable(Spread::text(ours.cpuRates)),
                    qPrintable(Spread::text(javascript.cpuRates)));
        if (b > 0)
            report({mix, u"bare QWebSocket"_s, b, u"events/s"_s, {}, 0, {}, true});
        if (j > 0)
            report({mix, u"JS client (comfyui-client)"_s, j, u"events/s"_s, {}, 0, {}, true});
        if (o > 0 && b > 0)
            report({mix, u"Client typed signals"_s, o, u"events/s"_s, u"bare"_s, o / b,
                    u">= 0.70 of bare"_s, o / b >= 0.7});
        if (o > 0 && j > 0)
            report({mix, u"Client vs JS client"_s, o, u"events/s"_s, u"JS"_s, o / j,
                    u">= 1.5 of JS"_s, o / j >= 1.5});
        if (rawRate > 0 && b > 0)
            report({mix,
                    u"Client + messageReceived"_s,
                    rawRate,
                    u"events/s"_s,
                    u"bare"_s,
                    rawRate / b,
                    {},
                    true});
        if (o > 0)
            report(
                {mix, u"Client throughput"_s, bytes / (n / o) / 1e6, u"MB/s"_s, {}, 0, {}, true});
        // The same per CPU second of the receiver: what the figures are on a machine where the
        // receiver is not waiting for a core (this one is shared).
        const double bc = bare.cpuMedian(), oc = ours.cpuMedian(), jc = javascript.cpuMedian();
        if (bc > 0)
            report({mix, u"bare, per CPU second"_s, bc, u"events/s"_s, {}, 0, {}, true});
        if (jc > 0)
            report({mix, u"JS client, per CPU second"_s, jc, u"events/s"_s, {}, 0, {}, true});
        if (oc > 0 && bc > 0)
            report({mix, u"Client, per CPU second"_s, oc, u"events/s"_s, u"bare"_s, oc / bc,
                    u">= 0.70 of bare"_s, oc / bc >= 0.7});
        if (oc > 0 && jc > 0)
            report({mix, u"Client/JS, per CPU second"_s, oc, u"events/s"_s, u"JS"_s, oc / jc,
                    u">= 1.5 of JS"_s, oc / jc >= 1.5});
        // Without a sampler's repeats (every progress_state parsed in full by simdjson).
        const double fc = full.cpuMedian();
        if (fc > 0 && bc > 0)
            report({mix,
                    u"Client, no repeats, per CPU s"_s,
                    fc,
                    u"events/s"_s,
                    u"bare"_s,
                    fc / bc,
                    {},
                    true});
        if (fc > 0 && jc > 0)
            report({mix,
                    u"Client, no repeats / JS, CPU"_s,
                    fc,
                    u"events/s"_s,
                    u"JS"_s,
                    fc / jc,
                    {},
                    true});
    }
    server.quit();
    server.wait();
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
    // As the viewer and the station do, unless told to keep glibc's defaults (what the CLI, the
    // monitor and programs using only the library run with).
    const bool tunedAllocator = qEnvironmentVariableIsEmpty("COMFYSCOPE_BENCH_GLIBC_DEFAULTS");
    if (tunedAllocator)
        ComfyScope::App::tuneAllocatorForImages();
    QApplication app(argc, argv);
#else
    QGuiApplication app(argc, argv);
#endif
    QCommandLineParser p;
    p.setApplicationDescription(u"ComfyScope benchmark suite"_s);
    p.addHelpOption();
    p.addOption({u"quick"_s, u"Small inputs (a smoke run, figures not meaningful)."_s});
    p.addOption({u"json"_s, u"Also write the results as JSON to FILE."_s, u"file"_s});
    p.addOption(
        {u"receivers"_s,
         u"Dispatch scenario: run only these receivers (comma list: bare,client,js,raw,full; "
         "for profiling one of them)."_s,
         u"list"_s});
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
#ifdef COMFYSCOPE_BENCH_HAVE_APP
    std::printf("Allocator: %s\n",
                tunedAllocator ? "the windows' (blocks of 1 MB and more mapped, "
                                 "tuneAllocatorForImages())"
                               : "glibc's defaults (COMFYSCOPE_BENCH_GLIBC_DEFAULTS is set)");
#endif
    if (want(u"dispatch"_s))
        benchDispatch(quick ? 10000 : 100000, quick ? 1 : 5,
                      p.value(u"receivers"_s).split(u',', Qt::SkipEmptyParts));
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
