// SPDX-License-Identifier: MIT
// Made-up history for the demo and the benchmarks (JobStore, seedSimulatedHistory).
#include <comfyscope/fleet/jobstore.h>

#include <QtCore/QRandomGenerator>
#include <QtCore/QtMath>

using namespace Qt::StringLiterals;

namespace ComfyScope {

int seedSimulatedHistory(JobStore *store, const QStringList &servers, int days,
                         const QDateTime &end, int sampleSeconds, quint32 seed)
{
    QRandomGenerator rng(seed);
    const QDateTime begin = end.addDays(-days);
    const QStringList workflows = {u"txt2img"_s, u"portrait"_s, u"upscale"_s, u"inpaint"_s,
                                   u"product-shot"_s};
    int written = 0;
    for (int si = 0; si < servers.size(); ++si) {
        const QString &server = servers.at(si);
        // Each server its own character: load, speed, failure rate; the third one is flaky.
        const double load = 0.4 + 0.6 * double((si * 37) % 10) / 10.0; // jobs share of capacity
        const double meanRunS = 6 + (si * 7) % 20;
        const double failRate = si % 8 == 2 ? 0.3 : 0.01 + 0.01 * (si % 4);
        const qint64 startMs = begin.toMSecsSinceEpoch();
        const qint64 endMs = end.toMSecsSinceEpoch();
        qint64 t = startMs;
        int queue = 0;
        qint64 nextSample = startMs;
        int n = 0;
        while (t < endMs) {
            const QDateTime at = QDateTime::fromMSecsSinceEpoch(t, Qt::UTC);
            // Daily rhythm: busy in the (UTC) afternoon, quiet at night.
            const double hour = at.time().hour() + at.time().minute() / 60.0;
            const double rhythm = 0.55 + 0.45 * qSin((hour - 8) / 24.0 * 2 * M_PI);
            const double busy = qBound(0.02, load * rhythm, 0.98);
            const double run = meanRunS * (0.6 + 0.8 * rng.generateDouble());
            const double idle = run * (1 - busy) / busy * (0.5 + rng.generateDouble());
            const qint64 started = t + qint64(idle * 1000);
            const qint64 finished = started + qint64(run * 1000);
            if (finished >= endMs)
                break;
            queue = qBound(0, queue + (busy > 0.7 ? 1 : -1) * int(rng.bounded(2)), 12);
            while (nextSample < finished) {
                ServerSample s;
                s.server = server;
                s.time = QDateTime::fromMSecsSinceEpoch(nextSample, Qt::UTC);
                s.up = !(si % 8 == 3 && at.date().day() % 3 == 0 && hour > 2 && hour < 4);
                s.queueDepth = s.up ? queue : -1;
                s.vramPercent = s.up ? qBound(5.0, 40 + 50 * busy + rng.bounded(8.0), 99.0) : -1;
                s.ramPercent = s.up ? 30 + 20 * busy : -1;
                s.gpuLoad = s.up ? qBound(0.0, 100 * busy + rng.bounded(10.0) - 5, 100.0) : -1;
                store->recordSample(s);
                nextSample += qint64(sampleSeconds) * 1000;
            }
            StoredJob j;
            j.server = server;
            j.promptId = u"sim-%1-%2"_s.arg(si).arg(n++);
            j.clientId = rng.bounded(3) == 0 ? u"station"_s : u"client-%1"_s.arg(rng.bounded(4));
            j.workflowName = workflows.at(int(rng.bounded(qsizetype(workflows.size()))));
            j.workflowHash = QString::number(qHash(j.workflowName), 16).left(16);
            j.queuedAt = QDateTime::fromMSecsSinceEpoch(t, Qt::UTC);
            j.startedAt = QDateTime::fromMSecsSinceEpoch(started, Qt::UTC);
            j.finishedAt = QDateTime::fromMSecsSinceEpoch(finished, Qt::UTC);
            const double roll = rng.generateDouble();
            if (roll < failRate) {
                j.outcome = u"failed"_s;
                j.errorText = rng.bounded(2)
                                  ? u"Node 3 (KSampler): torch.OutOfMemoryError: CUDA "
                                    "out of memory"_s
                                  : u"Node 7 (LoadImage): FileNotFoundError: input.png"_s;
            } else if (roll < failRate + 0.01) {
                j.outcome = u"interrupted"_s;
            } else {
                j.outcome = u"succeeded"_s;
                j.outputs = QJsonArray{
                    QJsonObject{{u"node"_s, u"9"_s},
                                {u"filename"_s, u"%1_%2.png"_s.arg(j.workflowName).arg(n)},
                                {u"subfolder"_s, QString()},
                                {u"type"_s, u"output"_s}}};
            }
            j.own = j.clientId == "station"_L1;
            store->recordJob(j);
            ++written;
            t = finished;
        }
    }
    return written;
}

} // namespace ComfyScope
