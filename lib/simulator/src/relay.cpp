// SPDX-License-Identifier: MIT
// The ComfyScope relay extension (installer/comfyui-relay) as the simulator serves it: detection
// route, observer sockets with token, envelope, exclude_client, progress text as text and
// downscaled type 4 previews. Not simulated: coalescing, the preview rate limit, slow-observer
// closing.
#include "imagegen_p.h"
#include "simulator_p.h"

#include <comfyscope/protocol.h>

#include <QtCore/QCryptographicHash>
#include <QtCore/QRandomGenerator>

using namespace Qt::StringLiterals;

namespace ComfyScope {

using namespace Sim;

namespace {
constexpr int RelayPreviewSize = 384;

HttpResponse relayError(int status, const QString &message)
{
    return HttpResponse::json(JVal::object({{u"error"_s, message}}), status);
}
} // namespace

bool Simulator::Private::isRelayRoute(const QString &route) const
{
    return route == "/comfyscope/relay/ws"_L1;
}

std::optional<HttpResponse> Simulator::Private::checkRelayToken(const HttpRequest &r) const
{
    if (relayToken.isEmpty())
        return std::nullopt;
    QString given = QString::fromUtf8(r.header("X-ComfyScope-Relay-Token"));
    if (given.isEmpty())
        given = r.queryValue(u"token"_s);
    if (given.isEmpty())
        return relayError(401, u"relay token required"_s);
    if (given != relayToken)
        return relayError(403, u"wrong relay token"_s);
    return std::nullopt;
}

HttpResponse Simulator::Private::relayDetection() const
{
    return HttpResponse::json(JVal::object({{u"version"_s, 1},
                                            {u"enabled"_s, true},
                                            {u"ws"_s, u"/comfyscope/relay/ws"_s},
                                            {u"token_required"_s, !relayToken.isEmpty()},
                                            {u"ids"_s, u"hashed"_s},
                                            {u"previews"_s, true},
                                            {u"preview_size"_s, RelayPreviewSize},
                                            {u"preview_max_fps"_s, 2.0},
                                            {u"observers"_s, int(relayObservers.size())},
                                            {u"max_observers"_s, 32}}));
}

QString Simulator::Private::relayClientLabel(const std::optional<QString> &client) const
{
    if (!client)
        return {};
    return QString::fromLatin1(QCryptographicHash::hash(QByteArray(relaySalt + client->toUtf8()),
                                                        QCryptographicHash::Sha256)
                                   .toHex()
                                   .left(12));
}

void Simulator::Private::addRelayObserver(QWebSocket *ws)
{
    const QUrlQuery query = parseQueryString(ws->requestUrl().query(QUrl::FullyEncoded).toUtf8());
    RelayObserver o;
    o.socket = ws;
    o.previews = query.queryItemValue(u"previews"_s) == "1"_L1;
    for (const QString &v : query.allQueryItemValues(u"exclude_client"_s, QUrl::FullyDecoded))
        for (const QString &id : v.split(u','))
            if (!id.isEmpty())
                o.exclude.append(id);
    ws->setParent(q);
    relayObservers.append(o);
    QObject::connect(ws, &QWebSocket::disconnected, q, [this, ws] {
        for (qsizetype i = 0; i < relayObservers.size(); ++i)
            if (relayObservers.at(i).socket == ws)
                relayObservers.removeAt(i--);
        ws->deleteLater();
    });
    JVal running = JVal::array();
    if (run && !(run->clientId && o.exclude.contains(*run->clientId))) {
        running = JVal::array({JVal::object(
            {{u"prompt_id"_s, run->item.promptId},
             {u"client"_s, run->clientId ? JVal(relayClientLabel(run->clientId)) : JVal()}})});
    }
    ws->sendTextMessage(QString::fromUtf8(
        JVal::object({{u"type"_s, u"relay_hello"_s},
                      {u"data"_s, JVal::object({{u"version"_s, 1},
                                                {u"ids"_s, u"hashed"_s},
                                                {u"previews"_s, o.previews},
                                                {u"preview_size"_s, RelayPreviewSize},
                                                {u"preview_max_fps"_s, 2.0},
                                                {u"excluded"_s, JVal::fromStringList(o.exclude)},
                                                {u"running"_s, running}})}})
            .dump()));
}

void Simulator::Private::attributeForRelay(Outgoing &o) const
{
    if (o.kind == Outgoing::Kind::Json) {
        const JVal &pid = o.data.value(u"prompt_id"_s);
        if (pid.isString())
            o.relayPrompt = pid.toString();
        else if (run && o.sid && run->clientId == *o.sid)
            o.relayPrompt = run->item.promptId; // custom events addressed to the prompt's client
    } else if (o.kind == Outgoing::Kind::Frame && run) {
        o.relayPrompt = run->item.promptId;
    }
    if (o.relayPrompt.isEmpty())
        return;
    if (run && run->item.promptId == o.relayPrompt) {
        o.relayClient = run->clientId;
        if (run->job)
            o.relayNode = run->job->nodeId;
    } else {
        o.relayClient = relayPromptClients.value(o.relayPrompt);
    }
}

void Simulator::Private::relay(const Outgoing &o)
{
    if (relayObservers.isEmpty() || o.relayPrompt.isEmpty())
        return;
    if (o.kind == Outgoing::Kind::Json
        && (o.type == "status"_L1 || o.type == "feature_flags"_L1 || o.type == "logs"_L1))
        return;
    const JVal envelope = JVal::object(
        {{u"client"_s, o.relayClient ? JVal(relayClientLabel(o.relayClient)) : JVal()},
         {u"prompt_id"_s, o.relayPrompt},
         {u"broadcast"_s, !o.sid.has_value()}});
    QString text;
    QByteArray preview;
    if (o.kind == Outgoing::Kind::Json) {
        text = QString::fromUtf8(
            JVal::object({{u"type"_s, o.type}, {u"data"_s, o.data}, {u"relay"_s, envelope}}).dump());
    } else {
        const Protocol::Frame f = Protocol::parseFrame(o.payload);
        if (const auto *t = f.get<ProgressTextEvent>()) {
            text = QString::fromUtf8(
                JVal::object({{u"type"_s, u"progress_text"_s},
                              {u"data"_s, JVal::object({{u"node_id"_s, t->nodeId},
                                                        {u"text"_s, t->text},
                                                        {u"prompt_id"_s, o.relayPrompt}})},
                              {u"relay"_s, envelope}})
                    .dump());
        } else if (const auto *img = f.get<ImageFrame>()) {
            QImage image;
            image.loadFromData(img->imageView().toByteArray());
            if (image.isNull())
                return;
            if (image.width() > RelayPreviewSize || image.height() > RelayPreviewSize)
                image = containImage(image, RelayPreviewSize);
            const QString node = img->nodeId.isEmpty() ? o.relayNode : img->nodeId;
            const QByteArray meta =
                JVal::object(
                    {{u"node_id"_s, node},
                     {u"display_node_id"_s,
                      img->displayNodeId.isEmpty() ? node : img->displayNodeId},
                     {u"parent_node_id"_s, JVal()},
                     {u"real_node_id"_s, img->realNodeId.isEmpty() ? node : img->realNodeId},
                     {u"prompt_id"_s, o.relayPrompt},
                     {u"image_type"_s, u"image/jpeg"_s},
                     {u"width"_s, image.width()},
                     {u"height"_s, image.height()},
                     {u"relay"_s, envelope}})
                    .dump();
            preview = Protocol::makeMetadataPreviewFrame(meta, encodeImage(image, "jpeg", 85));
        } else {
            return;
        }
    }
    const auto observers = relayObservers;
    for (const RelayObserver &obs : observers) {
        if (!obs.socket || (o.relayClient && obs.exclude.contains(*o.relayClient)))
            continue;
        if (!text.isEmpty())
            obs.socket->sendTextMessage(text);
        else if (obs.previews)
            obs.socket->sendBinaryMessage(preview);
    }
}

} // namespace ComfyScope
