// SPDX-License-Identifier: MIT
// What a running node reports: the progress registry (progress_state, v0.3.45+), progress
// messages, preview frames (type 1, or type 4 with metadata), TEXT frames (type 3) and
// ComfyDeploy image frames. Every binary frame is built by ComfyScope::Protocol.
#include "imagegen_p.h"
#include "simulator_p.h"

#include <comfyscope/protocol.h>

using namespace Qt::StringLiterals;

namespace ComfyScope {

using namespace Sim;

// ---- progress registry (v0.3.45+)
void Simulator::Private::sendProgressState()
{
    if (!v080())
        return;
    JVal nodes = JVal::object();
    for (const QString &id : std::as_const(run->progressOrder)) {
        const ProgressEntry &e = run->progress.value(id);
        if (e.state == "pending"_L1)
            continue;
        nodes.insert(id, JVal::object({{u"value"_s, e.value},
                                       {u"max"_s, e.max},
                                       {u"state"_s, e.state},
                                       {u"node_id"_s, id},
                                       {u"prompt_id"_s, run->item.promptId},
                                       {u"display_node_id"_s, id},
                                       {u"parent_node_id"_s, JVal()},
                                       {u"real_node_id"_s, id}}));
    }
    sendToClientOrBroadcast(u"progress_state"_s, JVal::object({{u"prompt_id"_s, run->item.promptId},
                                                               {u"nodes"_s, nodes}}));
}

namespace {
ProgressEntry &ensureEntry(Run &r, const QString &id)
{
    if (!r.progress.contains(id)) {
        r.progressOrder.append(id);
        r.progress.insert(id, ProgressEntry{u"pending"_s, JVal(qint64(0)), JVal(qint64(1))});
    }
    return r.progress[id];
}
} // namespace

void Simulator::Private::progressStart(const QString &nodeId)
{
    if (!v080())
        return;
    ProgressEntry &e = ensureEntry(*run, nodeId);
    e.state = u"running"_s;
    e.value = JVal(0.0);
    e.max = JVal(1.0);
    sendProgressState();
}

void Simulator::Private::progressUpdate(const QString &nodeId, const JVal &value, const JVal &max)
{
    if (!v080())
        return;
    ProgressEntry &e = ensureEntry(*run, nodeId);
    e.state = u"running"_s;
    e.value = value;
    e.max = max;
    sendProgressState();
}

void Simulator::Private::progressFinish(const QString &nodeId)
{
    if (!v080())
        return;
    ProgressEntry &e = ensureEntry(*run, nodeId);
    e.state = u"finished"_s;
    e.value = e.max;
    sendProgressState();
}

void Simulator::Private::sendPreviewImage(quint32 formatNum, const QByteArray &encoded,
                                          const std::optional<QString> &sid)
{
    sendFrame(Protocol::makePreviewFrame(int(formatNum), encoded), sid);
}

void Simulator::Private::sendProgressText(const QString &nodeId, const QString &text,
                                          const std::optional<QString> &sid)
{
    sendFrame(Protocol::makeTextFrame(nodeId, text), sid);
}

bool Simulator::Private::progressHook(NodeJob &job, const JVal &value, const JVal &max,
                                      const QImage *preview, bool png, int maxSize)
{
    if (interruptFlag)
        return false;
    if (progressThrottle > 0 && !preview) {
        // v0.33 comfy.utils.ProgressBar: the first and the final update and every preview go
        // out; others only when 100 ms passed since the last one sent.
        const double v = value.toDouble(), m = max.toDouble();
        const qint64 now = nowMs();
        const auto it = lastProgressSent.constFind(run->item.promptId + u'/' + job.nodeId);
        const bool first = it == lastProgressSent.constEnd();
        if (!first && v < m && now - *it < progressThrottle)
            return true;
    }
    if (lastProgressSent.size() > 1000)
        lastProgressSent.clear();
    lastProgressSent.insert(run->item.promptId + u'/' + job.nodeId, nowMs());
    const std::optional<QString> sid = run->clientId;
    QByteArray encoded;
    if (preview) {
        const QImage img = maxSize > 0 ? containImage(*preview, maxSize) : *preview;
        encoded = png ? encodeImage(img, "png", 90) : encodeImage(img, "jpeg", 95);
    }
    const bool meta = supportsPreviewMetadata(sid);
    if (v080()) {
        progressUpdate(job.nodeId, value, max);
        if (preview && meta) {
            const QByteArray metadata =
                JVal::object({{u"node_id"_s, job.nodeId},
                              {u"prompt_id"_s, run->item.promptId},
                              {u"display_node_id"_s, job.nodeId},
                              {u"parent_node_id"_s, JVal()},
                              {u"real_node_id"_s, job.nodeId},
                              {u"image_type"_s, png ? u"image/png"_s : u"image/jpeg"_s}})
                    .dump();
            sendFrame(Protocol::makeMetadataPreviewFrame(metadata, encoded), sid);
        }
    }
    sendToClientOrBroadcast(u"progress"_s, JVal::object({{u"value"_s, value},
                                                         {u"max"_s, max},
                                                         {u"prompt_id"_s, run->item.promptId},
                                                         {u"node"_s, job.nodeId}}));
    if (preview && !meta)
        sendPreviewImage(png ? 2 : 1, encoded, sid);
    return true;
}

void Simulator::Private::sendDeployImage(const QString &sid, int typeCode,
                                         const QByteArray &outputId, const QByteArray &image)
{
    Outgoing o;
    o.kind = Outgoing::Kind::DeployBinary;
    o.payload = Protocol::makeDeployFrame(typeCode, outputId, image);
    o.sid = sid;
    enqueue(o);
}

} // namespace ComfyScope
