// SPDX-License-Identifier: MIT
// Scenarios that need the app's classes: the gallery under load, the station, the job database.
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
#include "benchprobe.h"

#include <atomic>
#include <ctime>
#include <cstdio>
#include <future>

#include "bench.h"

#include <cstdio>

using namespace ComfyScope;
using namespace Qt::StringLiterals;

namespace Bench {

#ifdef COMFYSCOPE_BENCH_HAVE_APP
// --- GUI-thread responsiveness and memory (scenarios 3 and 5) --------------------------------

/// Resident set size and its peak, in MB (Linux /proc; 0 elsewhere).

void runEventLoopFor(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

void benchGallery(int frames, int streamSeconds)
{
    using namespace ComfyScope::App;
    std::printf(
        "\n[3] Gallery under load: %d streamed images (512x512 JPEG previews and outputs, "
        "1024x1024 PNG outputs) into the gallery with the default memory budget, then %d s at "
        "30 frames/s with the gallery on screen; %s\n",
        frames, streamSeconds, qPrintable(platformNote()));
    // 16 distinct encoded pictures, reused (the bytes are implicitly shared like real frames).
    // Three in four are 512x512 JPEG (sampler previews, SD 1.5 outputs), one in four a
    // 1024x1024 PNG (SaveImageWebsocket output of an SDXL run).
    QList<QByteArray> pics;
    for (int i = 0; i < 16; ++i)
        pics << (i % 4 == 3 ? encodeImage(testPicture(1024, 500 + i), "PNG")
                            : encodeImage(testPicture(512, 500 + i), "JPEG", 85));
    GalleryModel model;
    GalleryView view(&model);
    view.resize(1200, 800);
    view.show();
    const qint64 budgetMb = model.memoryBudget() / (1024 * 1024);
    auto frameAt = [&](int i) {
        ImageFrame f;
        f.kind = i % 5 == 0 ? ImageKind::SamplerPreview : ImageKind::WebSocketOutput;
        f.frameType = 4;
        // Distinct bytes per frame, as from a real server (decoders ignore the trailer).
        f.frame = pics.at(i % pics.size());
        f.frame.append(reinterpret_cast<const char *>(&i), sizeof(i));
        f.format = i % 4 == 3 ? ImageFormat::Png : ImageFormat::Jpeg;
        f.promptId = u"prompt-%1"_s.arg(i / 10);
        f.nodeId = QString::number(i % 7);
        f.attributed = true;
        f.receivedAt = QDateTime::currentDateTimeUtc();
        f.sequence = quint64(i);
        return f;
    };
    QCoreApplication::processEvents();
    // The peak is the kernel's high-water mark (VmHWM), not a sampled RSS: reset it here so it
    // covers this scenario only (Linux >= 4.0; without the reset it covers the whole process).
    bool hwmReset = false;
    {
        QFile clear(u"/proc/self/clear_refs"_s);
        hwmReset = clear.open(QIODevice::WriteOnly) && clear.write("5") == 1;
    }
    const double base = rssMb().first;
    // Phase 1: as fast as the decoder pool takes them (bounded by the pool, not by a timer).
    QElapsedTimer t;
    t.start();
    double rssAtHalf = 0;
    for (int i = 0; i < frames; ++i) {
        model.addFrame(frameAt(i), u"bench"_s);
        if (i % 50 == 49) {
            // Let decodes finish so the budget is enforced as in real use.
            while (model.isBusy())
                QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        }
        if (i == frames / 2)
            rssAtHalf = rssMb().first;
    }
    while (model.isBusy())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    const auto [rssEnd, peak] = rssMb();
    const double secs = t.elapsed() / 1000.0;
    report({u"gallery"_s, u"images streamed"_s, double(frames), u"images"_s, {}, 0, {}, true});
    report({u"gallery"_s, u"throughput"_s, frames / secs, u"images/s"_s, {}, 0, {}, true});
    report({u"gallery"_s, u"RSS before"_s, base, u"MB"_s, {}, 0, {}, true});
    report({u"gallery"_s,
            u"held by the gallery"_s,
            model.bytesHeld() / 1048576.0,
            u"MB"_s,
            {},
            0,
            {},
            true});
    report({u"gallery"_s, u"items kept"_s, double(model.rowCount()), u"items"_s, {}, 0, {}, true});
    const bool within = peak - base <= budgetMb + 150;
    if (!hwmReset)
        std::printf("  (VmHWM could not be reset: the peak covers the whole process)\n");
    report({u"gallery"_s, u"peak RSS growth (VmHWM)"_s, peak - base, u"MB"_s,
            u"budget %1 MB"_s.arg(budgetMb), (peak - base) / double(budgetMb),
            u"<= budget + 150 MB"_s, within});
    const double growth = rssEnd - rssAtHalf;
    report({u"gallery"_s,
            u"RSS growth 2nd half"_s,
            growth,
            u"MB"_s,
            {},
            0,
            u"no growth after cap (< 32 MB)"_s,
            growth < 32});

    // Phase 2: 30 frames/s with the view painting, GUI stalls measured.
    StallProbe probe;
    QTimer feed;
    int i = frames;
    QObject::connect(&feed, &QTimer::timeout, [&] { model.addFrame(frameAt(i++), u"bench"_s); });
    probe.start();
    feed.start(33);
    runEventLoopFor(streamSeconds * 1000);
    feed.stop();
    probe.stop();
    while (model.isBusy())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    report({u"gallery"_s,
            u"GUI stall p99 @30 fps"_s,
            probe.percentileMs(0.99),
            u"ms"_s,
            {},
            0,
            u"< 16 ms"_s,
            probe.percentileMs(0.99) < 16});
    report({u"gallery"_s, u"GUI stall max @30 fps"_s, probe.maxMs(), u"ms"_s, {}, 0, {}, true});
}

/// Simulated servers in child processes (`comfyscope-cli simulate`), so the figures below are
/// the station's own memory and CPU, not the simulated servers'. They stop by themselves.
QList<quint16> startSimulatorProcesses(int count, int stepMs, int workloadMs, int lifetimeS,
                                       QList<QProcess *> &procs)
{
    QList<quint16> ports;
    static const QRegularExpression re(u"http://127\\.0\\.0\\.1:(\\d+)"_s);
    for (int i = 0; i < count; ++i) {
        auto *p = new QProcess;
        p->setProgram(QStringLiteral(COMFYSCOPE_CLI_PATH));
#ifdef Q_OS_UNIX
        // Stand-ins for servers on other machines: they must not take the station's CPU.
        p->setChildProcessModifier([] { [[maybe_unused]] int r = ::nice(19); });
#endif
        p->setArguments({u"simulate"_s, u"--port"_s, u"0"_s, u"--step-ms"_s,
                         QString::number(stepMs), u"--workload"_s, QString::number(workloadMs),
                         u"--workload-max-pending"_s, u"2"_s, u"--duration"_s,
                         QString::number(lifetimeS)});
        p->start();
        procs << p;
    }
    for (QProcess *p : std::as_const(procs)) {
        QByteArray out;
        QElapsedTimer t;
        t.start();
        QRegularExpressionMatch m;
        while (!(m = re.match(QString::fromUtf8(out))).hasMatch() && t.elapsed() < 20000) {
            p->waitForReadyRead(200);
            out += p->readAllStandardOutput();
        }
        if (!m.hasMatch())
            qFatal("a simulator process did not start: %s", out.constData());
        ports << quint16(m.captured(1).toUInt());
    }
    return ports;
}

void benchFleet(int servers, int seconds, bool withStore)
{
    using namespace ComfyScope::App;
    std::printf(
        "\n[5] Monitoring station: %d simulated servers streaming (sampler step every "
        "250 ms with a preview, progress and progress_state; each its own process) for %d s, "
        "station window on screen%s; %s\n",
        servers, seconds,
        withStore ? "; job database attached, every server sampled every second" : "",
        qPrintable(platformNote()));
    QList<QProcess *> procs;
    const QList<quint16> ports = startSimulatorProcesses(servers, 250, 1500, 4 * seconds + 90,
                                                         procs);
    const double base = rssMb().first;
    quint64 images = 0;
    {
        QTemporaryDir dbDir; // outlives the window and its job database
        StationWindow w;
        StationSettings st;
        st.rules.trayNotifications = false;
        w.applySettings(st);
        if (withStore) {
            QString error;
            auto store = ComfyScope::JobStore::open(dbDir.filePath(u"bench.sqlite"_s), &error);
            if (!store)
                qFatal("job database: %s", qPrintable(error));
            store->setSampleInterval(1000); // 10x the station's rate
            w.setJobStore(std::move(store));
        }
        const QString sc = withStore ? u"db-fleet"_s : u"fleet"_s;
        QObject::connect(w.fleet(), &FleetModel::serverAdded, [&](FleetServer *s) {
            QObject::connect(s, &FleetServer::imageReceived, [&] { ++images; });
        });
        for (int i = 0; i < ports.size(); ++i) {
            FleetEntry e;
            e.name = u"gpu-%1"_s.arg(i + 1, 2, 10, QChar(u'0'));
            e.profile.address = u"127.0.0.1:%1"_s.arg(ports.at(i));
            w.addServer(e);
        }
        w.show();
        // Everyone connected and running.
        QElapsedTimer t;
        t.start();
        while (w.fleet()->totals().up < servers && t.elapsed() < 30000)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        runEventLoopFor(2000);
        StallProbe probe;
        images = 0;
        const double cpu0 = threadCpuSeconds();
        probe.start();
        runEventLoopFor(seconds * 1000);
        probe.stop();
        const double cpu = threadCpuSeconds() - cpu0;
        const auto [rss, hwm] = rssMb();
        const FleetTotals tot = w.fleet()->totals();
        report({sc, u"servers up"_s, double(tot.up), u"servers"_s, {}, 0, {}, true});
        report(
            {sc, u"images received"_s, images / double(seconds), u"images/s"_s, {}, 0, {}, true});
        report({sc,
                u"GUI stall p99"_s,
                probe.percentileMs(0.99),
                u"ms"_s,
                {},
                0,
                u"< 16 ms"_s,
                probe.percentileMs(0.99) < 16});
        report({sc, u"GUI stall max"_s, probe.maxMs(), u"ms"_s, {}, 0, {}, true});
        report({sc, u"GUI thread CPU"_s, cpu / seconds * 100, u"% core"_s, {}, 0, {}, true});
        report({sc, u"RSS growth"_s, rss - base, u"MB"_s, {}, 0, {}, true});
        report({sc, u"peak RSS"_s, hwm, u"MB"_s, {}, 0, {}, true});
        if (withStore) {
            w.jobStore()->flush();
            report(
                {sc, u"jobs stored"_s, double(w.jobStore()->jobCount()), u"jobs"_s, {}, 0, {}, true});
            return;
        }
        // Memory stays bounded: once the gallery's budget and the job lists are full, a further
        // stretch must not keep growing.
        runEventLoopFor(seconds * 1000);
        const double second = rssMb().first;
        runEventLoopFor(seconds * 1000);
        const double third = rssMb().first;
        report({sc, u"RSS growth, 2nd stretch"_s, second - rss, u"MB"_s, {}, 0, {}, true});
        report({sc, u"RSS growth, 3rd stretch"_s, third - second, u"MB"_s, {}, 0, {}, true});
        report(
            {sc, u"gallery held"_s, w.gallery()->bytesHeld() / 1048576.0, u"MB"_s, {}, 0, {}, true});
    }
    for (QProcess *p : std::as_const(procs)) {
        p->terminate();
        p->waitForFinished(3000);
        delete p;
    }
}
#endif

#ifdef COMFYSCOPE_BENCH_HAVE_APP
/// The job database: bytes per 10 000 jobs, and time to open a 7-day chart over 100 000 jobs.
void benchJobStore(int chartJobs)
{
    std::printf("\n[6] Job database: size per 10 000 jobs; a 7-day Trends chart over at least %d "
                "jobs with a sample per server every 60 s\n",
                chartJobs);
    QTemporaryDir dir;
    QString error;
    {
        auto store = ComfyScope::JobStore::open(dir.filePath(u"size.sqlite"_s), &error);
        if (!store)
            qFatal("%s", qPrintable(error));
        QStringList names;
        for (int i = 0; i < 8; ++i)
            names << u"gpu-%1"_s.arg(i + 1, 2, 10, QChar(u'0'));
        // ~10 000 jobs with outputs and errors like the demo's; one sample per server only.
        int jobs = 0;
        for (int days = 1; jobs < 10000; ++days) {
            store.reset();
            QFile::remove(dir.filePath(u"size.sqlite"_s));
            store = ComfyScope::JobStore::open(dir.filePath(u"size.sqlite"_s), &error);
            jobs = ComfyScope::seedSimulatedHistory(store.get(), names, days,
                                                    QDateTime::currentDateTimeUtc(), 1 << 30);
        }
        store->flush();
        const double perTen = store->dataBytes() * 10000.0 / jobs;
        report({u"db"_s, u"bytes per 10 000 jobs"_s, perTen / 1024, u"KiB"_s, {}, 0, {}, true});
    }
    auto store = ComfyScope::JobStore::open(dir.filePath(u"chart.sqlite"_s), &error);
    if (!store)
        qFatal("%s", qPrintable(error));
    // Busy servers, one at a time, until there are enough jobs (a busy server runs ~20 000 a
    // week); a health sample per server every 60 s.
    QStringList names;
    QElapsedTimer t;
    t.start();
    int jobs = 0;
    for (int i = 0; jobs < chartJobs && i < 50; ++i) {
        names << u"gpu-%1"_s.arg(i + 1, 2, 10, QChar(u'0'));
        jobs += ComfyScope::seedSimulatedHistory(
            store.get(), {names.last()}, 7, QDateTime::currentDateTimeUtc(), 60, quint32(i + 1));
    }
    store->flush();
    const double seedS = t.elapsed() / 1000.0;
    report({u"db"_s, u"jobs seeded"_s, double(store->jobCount()), u"jobs"_s, {}, 0, {}, true});
    report({u"db"_s, u"write rate (seeding)"_s, jobs / seedS, u"jobs/s"_s, {}, 0, {}, true});
    report({u"db"_s, u"file size"_s, store->dataBytes() / 1048576.0, u"MB"_s, {}, 0, {}, true});
    // As the Trends view asks: hourly buckets ending on the next whole hour.
    const qint64 nowS = QDateTime::currentSecsSinceEpoch();
    const QDateTime end = QDateTime::fromSecsSinceEpoch((nowS / 3600 + 1) * 3600, Qt::UTC);
    using Source = ComfyScope::JobStore::TrendSource;
    auto timed = [&](const QString &server, Source source) {
        // Best of three (the first run also warms SQLite's page cache).
        double best = 1e9;
        for (int i = 0; i < 3; ++i) {
            t.restart();
            store->trend(server, end.addDays(-7), end, 3600, source);
            best = qMin(best, double(t.nsecsElapsed()) / 1e6);
        }
        return best;
    };
    report({u"db"_s,
            u"7-day fleet trend query, job rows (the method before schema 3)"_s,
            timed({}, Source::Rows),
            u"ms"_s,
            {},
            0,
            {},
            true});
    report({u"db"_s,
            u"7-day fleet trend query, hourly totals"_s,
            timed({}, Source::Auto),
            u"ms"_s,
            {},
            0,
            {},
            true});
    report({u"db"_s,
            u"7-day one-server query, job rows"_s,
            timed(names.first(), Source::Rows),
            u"ms"_s,
            {},
            0,
            {},
            true});
    report({u"db"_s,
            u"7-day one-server query, hourly totals"_s,
            timed(names.first(), Source::Auto),
            u"ms"_s,
            {},
            0,
            {},
            true});
    {
        // Opening = constructing the window and showing it (its show event reads and draws).
        t.restart();
        ComfyScope::App::TrendsView view(store.get());
        view.resize(1600, 900);
        view.setRange(ComfyScope::App::TrendsView::Week);
        view.show();
        QCoreApplication::processEvents();
        const double openMs = double(t.nsecsElapsed()) / 1e6;
        report({u"db"_s,
                u"open 7-day Trends (fleet)"_s,
                openMs,
                u"ms"_s,
                {},
                0,
                u"< 1000 ms"_s,
                openMs < 1000});
        t.restart();
        view.refresh();
        QCoreApplication::processEvents();
        const double refreshMs = double(t.nsecsElapsed()) / 1e6;
        report({u"db"_s,
                u"refresh the open 7-day Trends (fleet)"_s,
                refreshMs,
                u"ms"_s,
                {},
                0,
                {},
                true});
    }
    {
        // The History browser: all jobs of the week, count and first page, on its worker.
        ComfyScope::JobQuery q;
        q.from = end.addDays(-7);
        q.limit = 500;
        t.restart();
        const auto page = ComfyScope::JobStore::readPage(store->path(), q, true);
        report({u"db"_s,
                u"History search, 7 days: first 500 of all and the count"_s,
                double(t.nsecsElapsed()) / 1e6,
                u"ms"_s,
                {},
                0,
                {},
                page.total > 0});
        q.errorText = u"out of memory"_s;
        t.restart();
        const auto errors = ComfyScope::JobStore::readPage(store->path(), q, true);
        report({u"db"_s,
                u"History search, 7 days, error text contains \"out of memory\""_s,
                double(t.nsecsElapsed()) / 1e6,
                u"ms"_s,
                {},
                0,
                {},
                errors.total > 0});
    }
}
#endif

} // namespace Bench
