// SPDX-License-Identifier: MIT
// Made-up history for the demo and the benchmarks (JobStore, seedSimulatedHistory).
#include <comfyscope/fleet/jobstore.h>

#include <QtCore/QJsonArray>
#include <QtCore/QJsonObject>
#include <QtCore/QRandomGenerator>
#include <QtCore/QSet>
#include <QtCore/QtMath>

using namespace Qt::StringLiterals;

namespace ComfyScope {

int seedSimulatedHistory(JobStore *store, const QStringList &servers, int days,
                         const QDateTime &end, int sampleSeconds, quint32 seed,
                         const std::function<bool(double)> &progress)
{
    QRandomGenerator rng(seed);
    const QDateTime begin = end.addDays(-days);
    const QStringList workflows = {u"txt2img"_s, u"portrait"_s, u"upscale"_s, u"inpaint"_s,
                                   u"product-shot"_s};
    // A runnable API workflow per name (what "queue again" sends), kept once per hash.
    QList<QJsonObject> apiWorkflows;
    for (const QString &name : workflows) {
        auto node = [](const char *cls, const QJsonObject &inputs) {
            return QJsonObject{{u"class_type"_s, QString::fromLatin1(cls)}, {u"inputs"_s, inputs}};
        };
        auto link = [](const char *id, int slot) {
            return QJsonArray{QString::fromLatin1(id), slot};
        };
        apiWorkflows.append(QJsonObject{
            {u"4"_s, node("CheckpointLoaderSimple",
                          {{u"ckpt_name"_s, u"v1-5-pruned-emaonly.safetensors"_s}})},
            {u"5"_s, node("EmptyLatentImage",
                          {{u"width"_s, 512}, {u"height"_s, 512}, {u"batch_size"_s, 1}})},
            {u"6"_s, node("CLIPTextEncode", {{u"text"_s, name}, {u"clip"_s, link("4", 1)}})},
            {u"7"_s, node("CLIPTextEncode", {{u"text"_s, u"blurry"_s}, {u"clip"_s, link("4", 1)}})},
            {u"3"_s, node("KSampler", {{u"model"_s, link("4", 0)},
                                       {u"seed"_s, 42},
                                       {u"steps"_s, 8},
                                       {u"cfg"_s, 7.0},
                                       {u"sampler_name"_s, u"euler"_s},
                                       {u"scheduler"_s, u"normal"_s},
                                       {u"positive"_s, link("6", 0)},
                                       {u"negative"_s, link("7", 0)},
                                       {u"latent_image"_s, link("5", 0)},
                                       {u"denoise"_s, 1.0}})},
            {u"8"_s, node("VAEDecode", {{u"samples"_s, link("3", 0)}, {u"vae"_s, link("4", 2)}})},
            {u"9"_s,
             node("SaveImage", {{u"images"_s, link("8", 0)}, {u"filename_prefix"_s, name}})},
        });
    }
    QSet<int> workflowKept;
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
            if (progress && n % 500 == 0
                && !progress((si + double(t - startMs) / double(qMax<qint64>(1, endMs - startMs)))
                             / servers.size()))
                return written;
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
            const int wi = int(rng.bounded(qsizetype(workflows.size())));
            j.workflowName = workflows.at(wi);
            j.workflowHash = StoredJob::hashWorkflow(apiWorkflows.at(wi));
            // The workflow itself now and then (its last use keeps it through retention).
            if (!workflowKept.contains(wi) || n % 200 == 0) {
                workflowKept.insert(wi);
                j.workflow = apiWorkflows.at(wi);
            }
            j.queuedAt = QDateTime::fromMSecsSinceEpoch(t, Qt::UTC);
            j.startedAt = QDateTime::fromMSecsSinceEpoch(started, Qt::UTC);
            j.finishedAt = QDateTime::fromMSecsSinceEpoch(finished, Qt::UTC);
            // Where the time went, node by node (loader, sampler, decoder, save).
            {
                const double shares[] = {0.08, 0.74, 0.12, 0.06};
                const char *const ids[] = {"4", "3", "8", "9"};
                qint64 left = finished - started;
                for (int k = 0; k < 4; ++k) {
                    const qint64 d = k == 3 ? left : qint64(double(finished - started) * shares[k]);
                    j.nodeDurations.insert(QLatin1String(ids[k]), d);
                    left -= d;
                }
            }
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
    if (progress)
        progress(1.0);
    return written;
}

} // namespace ComfyScope
