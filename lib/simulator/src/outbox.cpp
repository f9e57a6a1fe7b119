// SPDX-License-Identifier: MIT
// Message delivery: the outbox (send_sync, delivered in FIFO order from the event loop), direct
// sends (await send), the ComfyDeploy mirror and the status broadcast.
#include "simulator_p.h"

using namespace Qt::StringLiterals;

namespace ComfyScope {

using namespace Sim;

// ------------------------------------------------------------------------------------------------
JVal Simulator::Private::queueInfo() const
{
    const int remaining = int(queue.size()) + (run ? 1 : 0);
    return JVal::object({{u"exec_info"_s, JVal::object({{u"queue_remaining"_s, remaining}})}});
}

JVal Simulator::Private::serverFeatures() const
{
    return JVal::object(
        {{u"supports_preview_metadata"_s, true},
         {u"max_upload_size"_s, qint64(maxBodySize)},
         {u"extension"_s,
          JVal::object({{u"manager"_s, JVal::object({{u"supports_v4"_s, true}})}})}});
}

bool Simulator::Private::supportsPreviewMetadata(const std::optional<QString> &sid) const
{
    if (!v080() || !sid)
        return false;
    const auto it = sidFlags.constFind(*sid);
    if (it == sidFlags.constEnd() || !it->isObject())
        return false;
    const JVal &v = it->value(u"supports_preview_metadata"_s);
    return v.isBool() && v.toBool();
}

void Simulator::Private::sendJson(const QString &type, const JVal &data,
                                  const std::optional<QString> &sid)
{
    Outgoing o;
    o.type = type;
    o.data = data;
    o.sid = sid;
    enqueue(o);
}

void Simulator::Private::enqueue(const Outgoing &o)
{
    outbox.append(o);
    if (relayEnabled)
        attributeForRelay(outbox.last());
    if (!flushScheduled) {
        flushScheduled = true;
        QTimer::singleShot(0, q, [this] { flushOutbox(); });
    }
}

void Simulator::Private::sendFrame(const QByteArray &frame, const std::optional<QString> &sid)
{
    Outgoing o;
    o.kind = Outgoing::Kind::Frame;
    o.binary = true;
    o.payload = frame;
    o.sid = sid;
    enqueue(o);
}

void Simulator::Private::flushOutbox()
{
    flushScheduled = false;
    const QList<Outgoing> batch = std::exchange(outbox, {});
    for (const Outgoing &o : batch) {
        switch (o.kind) {
        case Outgoing::Kind::Json:
            sendJsonNow(o.type, o.data, o.sid);
            relay(o);
            break;
        case Outgoing::Kind::Frame:
            sendFrameNow(o.payload, o.sid);
            relay(o);
            break;
        case Outgoing::Kind::RawText:
        case Outgoing::Kind::RawBinary: {
            const auto table = coreTable;
            for (const auto &e : table) {
                if ((!o.sid || e.first == *o.sid) && e.second->socket) {
                    if (o.kind == Outgoing::Kind::RawText)
                        e.second->socket->sendTextMessage(QString::fromUtf8(o.payload));
                    else
                        e.second->socket->sendBinaryMessage(o.payload);
                }
            }
            break;
        }
        case Outgoing::Kind::DeployBinary:
            sendDeployFrame(o.sid.value_or(QString()), o.payload);
            break;
        }
    }
}

void Simulator::Private::sendJsonNow(const QString &type, const JVal &data,
                                     const std::optional<QString> &sid)
{
    const QString msg = QString::fromLatin1(
        JVal::object({{u"type"_s, type}, {u"data"_s, data}}).dump());
    if (!sid) {
        const auto table = coreTable;
        for (const auto &e : table)
            if (e.second->socket)
                e.second->socket->sendTextMessage(msg);
    } else if (WsClient *c = coreSocket(*sid); c && c->socket) {
        c->socket->sendTextMessage(msg);
    }
    if (deployEnabled && !deployTable.isEmpty()) {
        // ComfyDeploy wraps send_json and mirrors every JSON message to its own sockets.
        const QString dmsg = QString::fromLatin1(
            JVal::object({{u"event"_s, type}, {u"data"_s, data}}).dump());
        if (!sid || *sid == "comfy_deploy_instance"_L1) {
            const auto table = deployTable;
            for (const auto &e : table)
                if (e.second->socket)
                    e.second->socket->sendTextMessage(dmsg);
        } else if (WsClient *c = deploySocket(*sid); c && c->socket) {
            c->socket->sendTextMessage(dmsg);
        }
    }
}

void Simulator::Private::sendFrameNow(const QByteArray &frame, const std::optional<QString> &sid)
{
    if (!sid) {
        const auto table = coreTable;
        for (const auto &e : table)
            if (e.second->socket)
                e.second->socket->sendBinaryMessage(frame);
    } else if (WsClient *c = coreSocket(*sid); c && c->socket) {
        c->socket->sendBinaryMessage(frame);
    }
}

void Simulator::Private::sendDeployFrame(const QString &sid, const QByteArray &frame)
{
    if (sid.isEmpty()) {
        const auto table = deployTable;
        for (const auto &e : table)
            if (e.second->socket)
                e.second->socket->sendBinaryMessage(frame);
    } else if (WsClient *c = deploySocket(sid); c && c->socket) {
        c->socket->sendBinaryMessage(frame);
    }
}

void Simulator::Private::broadcastStatus()
{
    sendJson(u"status"_s, JVal::object({{u"status"_s, queueInfo()}}), std::nullopt);
}

} // namespace ComfyScope
