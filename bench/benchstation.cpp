// SPDX-License-Identifier: MIT
// App scenarios measured against the real widgets: the viewer's decoder, the station at many
// servers, the station soak (memory over time, CSV + PNG curve) and frame-to-pixels latency.
#include <comfyscope/client.h>
#include <comfyscope/jobtracker.h>
#include <comfyscope/protocol.h>
#include <comfyscope/fleet/alertengine.h>
#include <comfyscope/fleet/fleetmodel.h>
#include <comfyscope/fleet/fleetserver.h>

#include "common/eventlogmodel.h"
#include "common/imagedecoder.h"
#include "common/uiutil.h"
#include "gallery/gallerydelegate.h"
#include "gallery/gallerymodel.h"
#include "gallery/galleryview.h"
#include "station/fleetqueuemodel.h"
#include "station/stationwindow.h"

#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QHash>
#include <QtCore/QJsonObject>
#include <QtCore/QProcess>
#include <QtCore/QRegularExpression>
#include <QtCore/QTextStream>
#include <QtCore/QThread>
#include <QtCore/QTimer>
#include <QtGui/QGuiApplication>
#include <QtGui/QPainter>
#include <QtWidgets/QApplication>
#include <QtWidgets/QListView>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <numeric>
#ifdef Q_OS_UNIX
#include <sys/resource.h>
#include <unistd.h>
#endif
#if defined(__GLIBC__)
#include <malloc.h>
#endif

#include "bench.h"
#include "benchprobe.h"

using namespace ComfyScope;
using namespace ComfyScope::App;
using namespace Qt::StringLiterals;

namespace Bench {

namespace {

qint64 steadyNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

/// CPU seconds (user + system) of this whole process, every thread.
double processCpuSeconds()
{
#ifdef Q_OS_UNIX
    rusage ru{};
    getrusage(RUSAGE_SELF, &ru);
    return ru.ru_utime.tv_sec + ru.ru_utime.tv_usec / 1e6 + ru.ru_stime.tv_sec
           + ru.ru_stime.tv_usec / 1e6;
#else
    return 0;
#endif
}

/// Bytes the allocator has handed out and not got back (heap + mmapped blocks), in MB.
double heapInUseMb()
{
#if defined(__GLIBC__) && (__GLIBC__ > 2 || (__GLIBC__ == 2 && __GLIBC_MINOR__ >= 33))
    const struct mallinfo2 mi = mallinfo2();
    return (double(mi.uordblks) + double(mi.hblkhd)) / 1048576.0;
#else
    return 0;
#endif
}

/// `count` simulated servers, `perProcess` to a niced `comfyscope-cli simulate --servers`
/// process: stand-ins for remote machines that must not take the station's CPU. Returns their
/// ports; the processes stop by themselves after `lifetimeS`.
QList<quint16> startSimulatorFleet(int count, int perProcess, const QStringList &args,
                                   int lifetimeS, QList<QProcess *> &procs)
{
    static const QRegularExpression re(u"http://127\\.0\\.0\\.1:(\\d+)"_s);
    QList<int> sizes;
    for (int left = count; left > 0; left -= perProcess)
        sizes << qMin(left, perProcess);
    for (int n : std::as_const(sizes)) {
        auto *p = new QProcess;
        p->setProgram(QStringLiteral(COMFYSCOPE_CLI_PATH));
#ifdef Q_OS_UNIX
        p->setChildProcessModifier([] { [[maybe_unused]] int r = ::nice(19); });
#endif
        p->setArguments(QStringList{u"simulate"_s, u"--port"_s, u"0"_s, u"--servers"_s,
                                    QString::number(n), u"--duration"_s, QString::number(lifetimeS)}
                        + args);
        p->setStandardErrorFile(QProcess::nullDevice());
        // The simulators are not what is measured: a heap profiler preloaded into the bench
        // (heaptrack, LD_PRELOAD) stays out of them.
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(u"LD_PRELOAD"_s);
        env.remove(u"DUMP_HEAPTRACK_OUTPUT"_s);
        p->setProcessEnvironment(env);
        p->start();
        procs << p;
    }
    QList<quint16> ports;
    for (int i = 0; i < procs.size(); ++i) {
        QProcess *p = procs.at(i);
        QByteArray out;
        QElapsedTimer t;
        t.start();
        while (out.count('\n') < sizes.at(i) && t.elapsed() < 60000) {
            p->waitForReadyRead(200);
            out += p->readAllStandardOutput();
        }
        auto it = re.globalMatch(QString::fromUtf8(out));
        while (it.hasNext())
            ports << quint16(it.next().captured(1).toUInt());
    }
    if (ports.size() != count)
        qFatal("only %d of %d simulated servers started", int(ports.size()), count);
    return ports;
}

void stopProcesses(QList<QProcess *> &procs)
{
    for (QProcess *p : std::as_const(procs)) {
        p->terminate();
        if (!p->waitForFinished(5000))
            p->kill();
        p->waitForFinished(2000);
        delete p;
    }
    procs.clear();
}

void addServers(StationWindow &w, const QList<quint16> &ports)
{
    for (int i = 0; i < ports.size(); ++i) {
        FleetEntry e;
        e.name = u"gpu-%1"_s.arg(i + 1, 3, 10, QChar(u'0'));
        e.profile.address = u"127.0.0.1:%1"_s.arg(ports.at(i));
        w.addServer(e);
    }
}

bool waitAllUp(StationWindow &w, int servers, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    while (w.fleet()->totals().up < servers && t.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    return w.fleet()->totals().up >= servers;
}

/// Per server (source row of the FleetModel): the times between two dataChanged of its row —
/// each one repaints the server's tile.
class TileUpdateTracker
{
public:
    explicit TileUpdateTracker(FleetModel *model)
        : m_model(model)
    {
        QObject::connect(model, &QAbstractItemModel::dataChanged, &m_ctx,
                         [this](const QModelIndex &tl, const QModelIndex &br) {
                             if (!m_on)
                                 return;
                             const qint64 now = m_clock.elapsed();
                             for (int r = tl.row(); r <= br.row(); ++r)
                                 note(r, now);
                         });
    }
    void start()
    {
        m_clock.start();
        m_last.clear();
        m_maxGap.clear();
        m_updates = 0;
        m_on = true;
        for (int r = 0; r < m_model->rowCount(); ++r)
            m_last.insert(r, 0); // the first gap counts from the start
    }
    void stop()
    {
        m_on = false;
        const qint64 now = m_clock.elapsed();
        for (auto it = m_last.cbegin(); it != m_last.cend(); ++it) // the open gap at the end
            m_maxGap[it.key()] = qMax(m_maxGap.value(it.key()), now - it.value());
    }
    /// Longest gap of each of `rows` (all rows when empty), in ms.
    QList<qint64> maxGaps(const QList<int> &rows = {}) const
    {
        QList<qint64> out;
        if (rows.isEmpty())
            for (qint64 g : m_maxGap)
                out << g;
        else
            for (int r : rows)
                out << m_maxGap.value(r, m_clock.elapsed());
        return out;
    }
    qint64 updates() const { return m_updates; }

private:
    void note(int row, qint64 now)
    {
        ++m_updates;
        m_maxGap[row] = qMax(m_maxGap.value(row), now - m_last.value(row));
        m_last[row] = now;
    }
    FleetModel *m_model;
    QObject m_ctx;
    QElapsedTimer m_clock;
    bool m_on = false;
    QHash<int, qint64> m_last;
    QHash<int, qint64> m_maxGap;
    qint64 m_updates = 0;
};

/// Source rows of the FleetModel whose tiles are inside the tile view's viewport.
QList<int> visibleServerRows(StationWindow &w)
{
    QList<int> rows;
    QListView *tiles = nullptr;
    for (QListView *v : w.findChildren<QListView *>())
        if (qobject_cast<FleetSortModel *>(v->model()))
            tiles = v;
    if (!tiles)
        return rows;
    auto *proxy = qobject_cast<QAbstractProxyModel *>(tiles->model());
    const QRect vp = tiles->viewport()->rect();
    for (int r = 0; r < tiles->model()->rowCount(); ++r) {
        const QModelIndex pi = tiles->model()->index(r, 0);
        if (!tiles->visualRect(pi).intersects(vp))
            continue;
        rows << (proxy ? proxy->mapToSource(pi).row() : r);
    }
    return rows;
}

} // namespace

QString platformNote()
{
    const QString p = QGuiApplication::platformName();
    if (p == "offscreen"_L1)
        return u"offscreen (QPA offscreen: painted into memory, no display server)"_s;
    const QString display = qEnvironmentVariable("DISPLAY");
    return u"%1 window on DISPLAY %2%3"_s.arg(p, display,
                                              qEnvironmentVariableIsSet("COMFYSCOPE_BENCH_XVFB")
                                                  ? u" (Xvfb, software rendering)"_s
                                                  : QString());
}

// --- The viewer's real decoder against the single-thread loop (scenario 2) -------------------

void benchDecode(int frames, int runs)
{
    std::printf(
        "\n[2] Frame to pixels: %d binary frames (1024x1024 JPEG q85 / PNG, type 1 and 4, WEBP "
        "deploy) through the viewer's decoder (ImageDecodeService: its own pool, full image + "
        "256 px thumbnail, as the gallery asks) against a single-thread QImage::fromData loop; "
        "%d runs each\n",
        frames, runs);
    QList<QByteArray> jpegs, pngs, webps;
    for (quint32 s = 1; s <= 4; ++s) {
        const QImage img = testPicture(1024, s);
        jpegs << encodeImage(img, "JPEG", 85);
        pngs << encodeImage(img, "PNG");
        webps << encodeImage(img, "WEBP", 80);
    }
    QList<QByteArray> inputs;
    QList<bool> deploy;
    for (int i = 0; i < frames; ++i) {
        const int kind = i % 20;
        if (kind < 8)
            inputs << Protocol::makePreviewFrame(1, jpegs.at(i % 4));
        else if (kind < 14)
            inputs << Protocol::makeMetadataPreviewFrame(
                QJsonObject{{u"node_id"_s, u"3"_s},
                            {u"prompt_id"_s, u"p"_s},
                            {u"image_type"_s, u"image/jpeg"_s}},
                jpegs.at(i % 4));
        else if (kind < 16)
            inputs << Protocol::makePreviewFrame(2, pngs.at(i % 4));
        else if (kind < 17)
            inputs << Protocol::makeMetadataPreviewFrame(
                QJsonObject{{u"node_id"_s, u"15"_s},
                            {u"prompt_id"_s, u"p"_s},
                            {u"image_type"_s, u"image/png"_s}},
                pngs.at(i % 4));
        else
            inputs << Protocol::makeDeployFrame(3, "final_image", webps.at(i % 4));
        deploy << (kind >= 17);
    }
    auto parse = [&](int i) {
        return deploy.at(i) ? Protocol::parseDeployFrame(inputs.at(i))
                            : Protocol::parseFrame(inputs.at(i));
    };
    ImageDecodeService &service = ImageDecodeService::instance();
    const int poolThreads = service.threadPool()->maxThreadCount();
    QList<double> singleRates, serviceRates;
    for (int run = 0; run < runs; ++run) {
        // Baseline: parse, then QImage::fromData, one frame after the other on this thread.
        QElapsedTimer t;
        t.start();
        qint64 w1 = 0;
        for (int i = 0; i < frames; ++i) {
            const auto parsed = parse(i);
            w1 += QImage::fromData(parsed.get<ImageFrame>()->imageView()).width();
        }
        singleRates << frames / (t.nsecsElapsed() / 1e9);
        // The viewer: parse on the GUI thread (as Client does), decode in the service.
        t.restart();
        DecodeLimits limits; // the gallery's: full image + thumbnail
        limits.wantFullImage = true;
        // At most 16 in flight (results are counted and released as they come, not all held at
        // once); the pool always has work queued.
        qint64 w2 = 0;
        int thumbs = 0;
        QList<QFuture<DecodeResult>> inFlight;
        auto take = [&] {
            const DecodeResult r = inFlight.takeFirst().result();
            w2 += r.ok ? r.image.width() : 0;
            thumbs += !r.thumbnail.isNull();
        };
        for (int i = 0; i < frames; ++i) {
            const auto parsed = parse(i);
            inFlight << service.decode(parsed.get<ImageFrame>()->imageBytes(), limits);
            if (inFlight.size() >= 16)
                take();
        }
        while (!inFlight.isEmpty())
            take();
        serviceRates << frames / (t.nsecsElapsed() / 1e9);
        if (w1 != w2 || thumbs != frames)
            qFatal("decode mismatch (%lld vs %lld pixels wide, %d thumbnails)", w1, w2, thumbs);
        std::printf("  run %d: single %.1f frames/s, service %.1f frames/s\n", run + 1,
                    singleRates.last(), serviceRates.last());
    }
    auto med = [](QList<double> v) { return percentile(v, 0.5); };
    auto spread = [](const QList<double> &v) {
        const auto [mn, mx] = std::minmax_element(v.cbegin(), v.cend());
        return u"%1–%2"_s.arg(*mn, 0, 'f', 1).arg(*mx, 0, 'f', 1);
    };
    report({u"decode"_s,
            u"single-thread fromData"_s,
            med(singleRates),
            u"frames/s"_s,
            u"spread %1"_s.arg(spread(singleRates)),
            0,
            {},
            true});
    const double ratio = med(serviceRates) / med(singleRates);
    report({u"decode"_s, u"ImageDecodeService (%1 thr)"_s.arg(poolThreads), med(serviceRates),
            u"frames/s"_s, u"single; spread %1"_s.arg(spread(serviceRates)), ratio,
            u">= 1.6x on 2 cores"_s, QThread::idealThreadCount() < 2 || ratio >= 1.6});
    std::printf("  (%d cores; the service's pool: %d threads; decodes full image and thumbnail)\n",
                QThread::idealThreadCount(), poolThreads);
}

// --- The station at many servers (scenario 7) ------------------------------------------------

/// "At least once a second": the tick's period plus one 60 Hz frame of timer latency.
constexpr qint64 kTickTolerance = 1016;

void benchStation(int servers, int seconds)
{
    std::printf(
        "\n[7] Monitoring station at %d servers (%d niced `comfyscope-cli simulate --servers 25` "
        "processes; a 12-step job queued every 6 s per server unless 2 are waiting, a sampler "
        "step every 500 ms with a preview, progress and progress_state) for %d s; %s\n",
        servers, (servers + 24) / 25, seconds, qPrintable(platformNote()));
    const QString sc = u"station-%1"_s.arg(servers);
    StationWindow w;
    StationSettings st;
    st.rules.trayNotifications = false;
    w.applySettings(st);
    w.show();
    runEventLoopFor(500);
    // Baseline in the same run: the same window with no server.
    StallProbe probe;
    probe.start();
    runEventLoopFor(3000);
    probe.stop();
    const double idleP99 = probe.percentileMs(0.99);
    QList<QProcess *> procs;
    const QList<quint16> ports = startSimulatorFleet(
        servers, 25,
        {u"--step-ms"_s, u"500"_s, u"--workload"_s, u"6000"_s, u"--workload-max-pending"_s, u"2"_s},
        seconds + 180, procs);
    const double rss0 = rssMb().first;
    quint64 images = 0;
    QObject::connect(w.fleet(), &FleetModel::serverAdded, &w, [&](FleetServer *s) {
        QObject::connect(s, &FleetServer::imageReceived, &w, [&] { ++images; });
    });
    QElapsedTimer up;
    up.start();
    addServers(w, ports);
    const bool allUp = waitAllUp(w, servers, 90000);
    const double upS = up.elapsed() / 1000.0;
    runEventLoopFor(3000);
    TileUpdateTracker tiles(w.fleet());
    images = 0;
    const QList<int> visible = visibleServerRows(w);
    const double cpu0 = threadCpuSeconds(), pcpu0 = processCpuSeconds();
    tiles.start();
    probe.start();
    runEventLoopFor(seconds * 1000);
    probe.stop();
    tiles.stop();
    const double cpu = threadCpuSeconds() - cpu0, pcpu = processCpuSeconds() - pcpu0;
    const auto [rss, hwm] = rssMb();
    const FleetTotals tot = w.fleet()->totals();
    report({sc,
            u"servers connected"_s,
            double(allUp ? servers : tot.up),
            u"servers"_s,
            {},
            0,
            u"= %1"_s.arg(servers),
            allUp});
    report({sc, u"servers up at the end"_s, double(tot.up), u"servers"_s, {}, 0, {}, true});
    report({sc, u"all connected after"_s, upS, u"s"_s, {}, 0, {}, true});
    report({sc, u"jobs running at the end"_s, double(tot.running), u"servers"_s, {}, 0, {}, true});
    report({sc, u"images received"_s, images / double(seconds), u"images/s"_s, {}, 0, {}, true});
    const double p99 = probe.percentileMs(0.99);
    report({sc, u"GUI stall p99"_s, p99, u"ms"_s, u"idle window %1 ms"_s.arg(idleP99, 0, 'f', 1),
            idleP99 > 0 ? p99 / idleP99 : 0, u"< 16 ms"_s, p99 < 16});
    report({sc, u"GUI stall max"_s, probe.maxMs(), u"ms"_s, {}, 0, {}, true});
    report({sc, u"GUI thread CPU"_s, cpu / seconds * 100, u"% core"_s, {}, 0, {}, true});
    report({sc,
            u"process CPU (all threads)"_s,
            pcpu / seconds * 100,
            u"% core"_s,
            {},
            0,
            u"< 200 % (2 cores)"_s,
            pcpu / seconds < 2});
    report({sc, u"RSS growth"_s, rss - rss0, u"MB"_s, {}, 0, {}, true});
    report({sc,
            u"RSS / peak (VmHWM)"_s,
            rss,
            u"MB"_s,
            u"VmHWM %1 MB"_s.arg(hwm, 0, 'f', 0),
            0,
            {},
            true});
    const QList<qint64> all = tiles.maxGaps();
    const QList<qint64> vis = tiles.maxGaps(visible);
    auto within = [](const QList<qint64> &g) {
        return int(
            std::count_if(g.cbegin(), g.cend(), [](qint64 v) { return v <= kTickTolerance; }));
    };
    std::printf("  longest gap per server: p10 %.0f, p50 %.0f, p90 %.0f, max %.0f ms; visible p50 "
                "%.0f ms\n",
                percentile(all, 0.1), percentile(all, 0.5), percentile(all, 0.9),
                percentile(all, 1.0), percentile(vis, 0.5));
    report(
        {sc, u"tile updates"_s, tiles.updates() / double(seconds), u"rows/s"_s, {}, 0, {}, true});
    report({sc, u"visible tiles"_s, double(vis.size()), u"tiles"_s, {}, 0, {}, true});
    report({sc, u"visible: longest update gap"_s, percentile(vis, 1.0), u"ms"_s,
            u"p50 %1 ms"_s.arg(percentile(vis, 0.5)), 0, u"<= 1 s + 16 ms"_s,
            !vis.isEmpty() && percentile(vis, 1.0) <= kTickTolerance});
    report({sc, u"all: longest update gap"_s, percentile(all, 1.0), u"ms"_s,
            u"p50 %1 ms"_s.arg(percentile(all, 0.5)), 0, u"<= 1 s + 16 ms"_s,
            percentile(all, 1.0) <= kTickTolerance});
    report({sc,
            u"all: updated every second"_s,
            double(within(all)),
            u"servers"_s,
            {},
            0,
            u"= %1"_s.arg(servers),
            within(all) == servers});
    stopProcesses(procs);
}

// --- Soak: the station with busy servers for a long time (scenario 8) ------------------------

namespace {
struct SoakSample
{
    double t = 0;
    double rss = 0, heap = 0, gallery = 0;
    int galleryItems = 0, queueRows = 0, logRows = 0, alerts = 0, jobs = 0, pending = 0, graphs = 0;
    int decodes = 0; // waiting or running in the decoder pool
    quint64 images = 0;
};

void writeSoakPlot(const QList<SoakSample> &s, const QString &path, const QString &title)
{
    const int W = 900, H = 420, L = 60, R = 20, T = 34, B = 40;
    QImage img(W, H, QImage::Format_RGB32);
    img.fill(Qt::white);
    QPainter p(&img);
    p.setRenderHint(QPainter::Antialiasing);
    double tMax = 1, yMax = 1;
    for (const SoakSample &x : s) {
        tMax = qMax(tMax, x.t);
        yMax = qMax(yMax, qMax(x.rss, qMax(x.heap, x.gallery)));
    }
    yMax = std::ceil(yMax / 100) * 100;
    const QRectF plot(L, T, W - L - R, H - T - B);
    auto pt = [&](double t, double y) {
        return QPointF(plot.left() + t / tMax * plot.width(),
                       plot.bottom() - y / yMax * plot.height());
    };
    p.setPen(QColor(220, 220, 220));
    QFont f = p.font();
    f.setPixelSize(11);
    p.setFont(f);
    for (int i = 0; i <= 5; ++i) {
        const double y = yMax * i / 5;
        p.setPen(QColor(225, 225, 225));
        p.drawLine(pt(0, y), pt(tMax, y));
        p.setPen(Qt::black);
        p.drawText(QRectF(0, pt(0, y).y() - 8, L - 6, 16), Qt::AlignRight | Qt::AlignVCenter,
                   QString::number(y, 'f', 0));
        const double t = tMax * i / 5;
        p.drawText(QRectF(pt(t, 0).x() - 30, plot.bottom() + 4, 60, 16), Qt::AlignCenter,
                   QString::number(t / 60, 'f', 1));
    }
    p.setPen(Qt::black);
    p.drawRect(plot);
    p.drawText(QRectF(L, H - 18, plot.width(), 16), Qt::AlignCenter, u"minutes"_s);
    p.drawText(QRectF(4, 4, 56, 16), Qt::AlignLeft, u"MB"_s);
    f.setPixelSize(13);
    f.setBold(true);
    p.setFont(f);
    p.drawText(QRectF(L, 6, plot.width(), 20), Qt::AlignLeft, title);
    f.setPixelSize(11);
    f.setBold(false);
    p.setFont(f);
    struct Series
    {
        QString name;
        QColor color;
        double SoakSample::*field;
    };
    const Series series[] = {{u"RSS"_s, QColor(200, 40, 40), &SoakSample::rss},
                             {u"heap in use"_s, QColor(40, 90, 200), &SoakSample::heap},
                             {u"gallery held"_s, QColor(40, 150, 60), &SoakSample::gallery}};
    int legend = 0;
    for (const Series &ser : series) {
        QPolygonF line;
        for (const SoakSample &x : s)
            line << pt(x.t, x.*(ser.field));
        p.setPen(QPen(ser.color, 2));
        p.drawPolyline(line);
        const QPointF at(plot.right() - 150, plot.top() + 16 + 16 * legend++);
        p.drawLine(at, at + QPointF(20, 0));
        p.setPen(Qt::black);
        p.drawText(at + QPointF(26, 4), ser.name);
    }
    p.end();
    img.save(path, "PNG");
}
} // namespace

void benchSoak(int servers, int seconds, int sampleS, const QString &outDir)
{
    std::printf(
        "\n[8] Soak: the monitoring station with %d busy simulated servers (niced `comfyscope-cli "
        "simulate --servers 10` processes; a sampler step every 100 ms with a preview, a job "
        "queued every 1.5 s unless 2 are waiting) for %.1f min; RSS sampled every %d s; %s\n",
        servers, seconds / 60.0, sampleS, qPrintable(platformNote()));
    std::fflush(stdout);
    const QString sc = u"soak"_s;
    QList<QProcess *> procs;
    const QList<quint16> ports = startSimulatorFleet(
        servers, 10,
        {u"--step-ms"_s, u"100"_s, u"--workload"_s, u"1500"_s, u"--workload-max-pending"_s, u"2"_s},
        seconds + 180, procs);
    QList<SoakSample> samples;
    const QString stamp = QDateTime::currentDateTimeUtc().toString(u"yyyy-MM-dd"_s);
    const QString csvPath = QDir(outDir).filePath(u"soak-%1.csv"_s.arg(stamp));
    const QString pngPath = QDir(outDir).filePath(u"soak-%1.png"_s.arg(stamp));
    {
        StationWindow w;
        StationSettings st;
        st.rules.trayNotifications = false;
        w.applySettings(st);
        // As the application's main() does: free heap pages go back every minute, on a worker.
        trimHeapPeriodically(&w);
        quint64 images = 0;
        QObject::connect(w.fleet(), &FleetModel::serverAdded, &w, [&](FleetServer *s) {
            QObject::connect(s, &FleetServer::imageReceived, &w, [&] { ++images; });
        });
        addServers(w, ports);
        w.show();
        const bool allUp = waitAllUp(w, servers, 90000);
        FleetQueueModel *queue = w.findChild<FleetQueueModel *>();
        EventLogModel *log = w.findChild<EventLogModel *>();
        QFile csv(csvPath);
        if (!csv.open(QIODevice::WriteOnly | QIODevice::Truncate))
            qFatal("cannot write %s", qPrintable(csvPath));
        QTextStream out(&csv);
        out << "t_s,rss_mb,heap_mb,gallery_mb,gallery_items,queue_rows,log_rows,alerts,"
               "tracked_jobs,pending_jobs,images,prompt_graphs,decodes_pending\n";
        QElapsedTimer t;
        t.start();
        StallProbe probe;
        probe.start();
        const double cpu0 = processCpuSeconds();
        auto sample = [&] {
            SoakSample x;
            x.t = t.elapsed() / 1000.0;
            x.rss = rssMb().first;
            x.heap = heapInUseMb();
            x.gallery = w.gallery()->bytesHeld() / 1048576.0;
            x.galleryItems = w.gallery()->rowCount();
            x.queueRows = queue ? queue->rowCount() : -1;
            x.logRows = log ? log->rowCount() : -1;
            x.alerts = int(w.alerts()->alerts().size());
            for (FleetServer *s : w.fleet()->servers()) {
                x.jobs += int(s->tracker()->jobs().size());
                x.pending += s->pendingCount();
                x.graphs += int(s->session()->client()->promptClassesKept());
            }
            x.images = images;
            x.decodes = ImageDecodeService::instance().pending();
            samples << x;
            out << QString::number(x.t, 'f', 1) << ',' << QString::number(x.rss, 'f', 1) << ','
                << QString::number(x.heap, 'f', 1) << ',' << QString::number(x.gallery, 'f', 1)
                << ',' << x.galleryItems << ',' << x.queueRows << ',' << x.logRows << ','
                << x.alerts << ',' << x.jobs << ',' << x.pending << ',' << x.images << ','
                << x.graphs << ',' << x.decodes << '\n';
            out.flush();
            std::printf("  %6.0f s  RSS %7.1f MB  heap %7.1f MB  gallery %6.1f MB (%d)  queue %d  "
                        "log %d  alerts %d  jobs %d (pending %d)  images %llu  graphs %d  "
                        "decoding %d\n",
                        x.t, x.rss, x.heap, x.gallery, x.galleryItems, x.queueRows, x.logRows,
                        x.alerts, x.jobs, x.pending, static_cast<unsigned long long>(x.images),
                        x.graphs, x.decodes);
            std::fflush(stdout);
        };
        sample();
        while (t.elapsed() < qint64(seconds) * 1000) {
            runEventLoopFor(
                int(qMin<qint64>(sampleS * 1000, qint64(seconds) * 1000 - t.elapsed() + 1)));
            sample();
        }
        probe.stop();
        const double cpu = processCpuSeconds() - cpu0;
        // Growth over the last 10 minutes (the last third of a shorter run): the least-squares
        // slope of every sample in the window times its length, against its mean. Not the last
        // sample against the first: the minute's heap trim makes RSS saw-toothed, so two single
        // samples can say anything from -5 % to +5 %.
        const double window = seconds >= 1200 ? 600 : seconds / 3.0;
        const SoakSample &last = samples.last();
        SoakSample from = samples.first();
        for (const SoakSample &x : std::as_const(samples))
            if (x.t <= last.t - window)
                from = x;
        auto trend = [&](auto field) {
            double n = 0, mt = 0, mv = 0;
            for (const SoakSample &x : std::as_const(samples))
                if (x.t >= last.t - window) {
                    ++n;
                    mt += x.t;
                    mv += field(x);
                }
            if (n < 3)
                return std::pair<double, double>{0, mv};
            mt /= n;
            mv /= n;
            double sxy = 0, sxx = 0;
            for (const SoakSample &x : std::as_const(samples))
                if (x.t >= last.t - window) {
                    sxy += (x.t - mt) * (field(x) - mv);
                    sxx += (x.t - mt) * (x.t - mt);
                }
            return std::pair<double, double>{sxx > 0 ? sxy / sxx : 0, mv}; // MB per second, mean
        };
        const auto [rssSlope, rssMean] = trend([](const SoakSample &x) { return x.rss; });
        const auto [heapSlope, heapMean] = trend([](const SoakSample &x) { return x.heap; });
        const double growthPct = rssMean > 0 ? rssSlope * window / rssMean * 100 : 0;
        const double heapPct = heapMean > 0 ? heapSlope * window / heapMean * 100 : 0;
        double peakRss = 0;
        for (const SoakSample &x : std::as_const(samples))
            peakRss = qMax(peakRss, x.rss);
        report({sc,
                u"servers up"_s,
                double(w.fleet()->totals().up),
                u"servers"_s,
                {},
                0,
                u"= %1"_s.arg(servers),
                allUp});
        report({sc, u"duration"_s, last.t / 60, u"min"_s, {}, 0, {}, true});
        report({sc, u"images received"_s, last.images / last.t, u"images/s"_s, {}, 0, {}, true});
        report({sc,
                u"RSS at the end"_s,
                last.rss,
                u"MB"_s,
                u"VmHWM %1 MB"_s.arg(rssMb().second, 0, 'f', 0),
                0,
                {},
                true});
        report({sc, u"RSS growth, last %1 min"_s.arg(window / 60, 0, 'f', window >= 60 ? 0 : 1),
                growthPct, u"%"_s,
                u"trend %1 MB/min; samples %2 → %3 MB"_s.arg(rssSlope * 60, 0, 'f', 2)
                    .arg(from.rss, 0, 'f', 0)
                    .arg(last.rss, 0, 'f', 0),
                0, u"< 2 %"_s, growthPct < 2});
        report({sc,
                u"heap in use growth, same window"_s,
                heapPct,
                u"%"_s,
                u"trend %1 MB/min"_s.arg(heapSlope * 60, 0, 'f', 2),
                0,
                {},
                true});
        report({sc,
                u"heap in use at the end"_s,
                last.heap,
                u"MB"_s,
                u"from %1 MB"_s.arg(from.heap, 0, 'f', 0),
                0,
                {},
                true});
        report({sc, u"process CPU"_s, cpu / last.t * 100, u"% core"_s, {}, 0, {}, true});
        report({sc, u"GUI stall p99"_s, probe.percentileMs(0.99), u"ms"_s, {}, 0, {}, true});
        Q_UNUSED(peakRss);
    }
    stopProcesses(procs);
    writeSoakPlot(samples, pngPath,
                  u"Station soak: %1 busy servers, %2 min (%3)"_s.arg(servers)
                      .arg(seconds / 60.0, 0, 'g', 3)
                      .arg(QDateTime::currentDateTimeUtc().toString(u"yyyy-MM-dd hh:mm 'UTC'"_s)));
    std::printf("  curve: %s, %s\n", qPrintable(csvPath), qPrintable(pngPath));
}

// --- Frame to pixels on screen (scenario 9) ---------------------------------------------------

namespace {
/// Forwards to the gallery's own delegate and notes, per frame, when its thumbnail was first
/// painted. Frames are told apart by their arrival time (ReceivedAtRole, ms), ≥ 33 ms apart here.
class PaintProbe : public QStyledItemDelegate
{
public:
    PaintProbe(QAbstractItemDelegate *inner, QObject *parent)
        : QStyledItemDelegate(parent)
        , m_inner(inner)
    {}
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override
    {
        m_inner->paint(painter, option, index);
        ++paints;
        if (index.data(GalleryModel::ThumbnailRole).value<QImage>().isNull())
            return;
        ++withThumb;
        const qint64 key =
            index.data(GalleryModel::ReceivedAtRole).toDateTime().toMSecsSinceEpoch();
        if (onPainted)
            onPainted(key);
    }
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        return m_inner->sizeHint(option, index);
    }
    std::function<void(qint64)> onPainted;
    mutable int paints = 0, withThumb = 0;

private:
    QAbstractItemDelegate *m_inner;
};
} // namespace

void benchFramePixels(int rate, int seconds)
{
    std::printf(
        "\n[9] Frame to pixels on screen: `comfyscope-cli simulate --load %d` (512x512 JPEG "
        "previews of one node, with progress and progress_state) → Client → the gallery (its "
        "decoder pool) → the thumbnail painted by the gallery's delegate, %d s; %s\n",
        rate, seconds, qPrintable(platformNote()));
    QList<QProcess *> procs;
    QProcess *sim = new QProcess;
    procs << sim;
    sim->setProgram(QStringLiteral(COMFYSCOPE_CLI_PATH));
    sim->setArguments({u"simulate"_s, u"--port"_s, u"0"_s, u"--load"_s, QString::number(rate),
                       u"--duration"_s, QString::number(seconds + 60)});
    sim->start();
    static const QRegularExpression re(u"http://127\\.0\\.0\\.1:(\\d+)"_s);
    QByteArray outText;
    QElapsedTimer t;
    t.start();
    QRegularExpressionMatch m;
    while (!(m = re.match(QString::fromUtf8(outText))).hasMatch() && t.elapsed() < 20000) {
        sim->waitForReadyRead(200);
        outText += sim->readAllStandardOutput();
    }
    if (!m.hasMatch())
        qFatal("the simulator did not start");
    GalleryModel model;
    GalleryView view(&model);
    view.resize(1200, 800);
    view.show();
    QListView *list = nullptr; // the thumbnails (not the job box's popup list)
    for (QListView *v : view.findChildren<QListView *>())
        if (v->viewMode() == QListView::IconMode)
            list = v;
    if (!list)
        qFatal("the gallery has no list view");
    auto *probeDelegate = new PaintProbe(list->itemDelegate(), &view);
    list->setItemDelegate(probeDelegate);
    struct Arrival
    {
        qint64 arrivedNs = 0; ///< Client::imageReceived
        qint64 sentNs = 0;    ///< the server's send time (same machine, same steady clock)
        bool painted = false;
    };
    QHash<qint64, Arrival> arrivals;
    QList<double> toPaint, sendToPaint;
    int collisions = 0;
    bool measuring = false;
    probeDelegate->onPainted = [&](qint64 key) {
        auto it = arrivals.find(key);
        if (it == arrivals.end() || it->painted)
            return;
        it->painted = true;
        const qint64 now = steadyNs();
        toPaint << (now - it->arrivedNs) / 1e6;
        if (it->sentNs > 0)
            sendToPaint << (now - it->sentNs) / 1e6;
    };
    Client client;
    client.setEndpoint(ServerEndpoint::fromString(u"127.0.0.1:%1"_s.arg(m.captured(1))));
    QObject::connect(&client, &Client::imageReceived, &view, [&](const ImageFrame &f) {
        if (measuring) {
            const qint64 key = f.receivedAt.toMSecsSinceEpoch();
            if (arrivals.contains(key))
                ++collisions;
            else
                arrivals.insert(
                    key,
                    {steadyNs(), f.metadata.value("sent_ns"_L1).toString().toLongLong(), false});
        }
        model.addFrame(f, u"bench"_s);
    });
    bool up = false;
    QObject::connect(&client, &Client::sessionStarted, &view, [&] { up = true; });
    client.open();
    t.restart();
    while (!up && t.elapsed() < 20000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    runEventLoopFor(2000); // warm up: decoder threads, first paint
    StallProbe stall;
    stall.start();
    measuring = true;
    runEventLoopFor(seconds * 1000);
    measuring = false;
    runEventLoopFor(300); // the last frames' paints
    stall.stop();
    client.close();
    stopProcesses(procs);
    const double p50 = percentile(toPaint, 0.5), p99 = percentile(toPaint, 0.99);
    report({u"pixels"_s,
            u"frames arrived"_s,
            double(arrivals.size()) / seconds,
            u"frames/s"_s,
            {},
            0,
            {},
            true});
    report({u"pixels"_s,
            u"frames painted"_s,
            double(toPaint.size()),
            u"frames"_s,
            u"of %1 (newer frames replace waiting ones)"_s.arg(arrivals.size()),
            0,
            {},
            true});
    report({u"pixels"_s, u"arrival → painted p50"_s, p50, u"ms"_s, {}, 0, {}, true});
    report({u"pixels"_s,
            u"arrival → painted p99"_s,
            p99,
            u"ms"_s,
            {},
            0,
            u"< 50 ms"_s,
            !toPaint.isEmpty() && p99 < 50});
    report({u"pixels"_s,
            u"server send → painted p99"_s,
            percentile(sendToPaint, 0.99),
            u"ms"_s,
            u"p50 %1 ms"_s.arg(percentile(sendToPaint, 0.5), 0, 'f', 1),
            0,
            {},
            true});
    report({u"pixels"_s, u"GUI stall p99"_s, stall.percentileMs(0.99), u"ms"_s, {}, 0, {}, true});
    if (collisions)
        std::printf("  (%d frames arrived in the same millisecond as another and were not timed)\n",
                    collisions);
}

} // namespace Bench
