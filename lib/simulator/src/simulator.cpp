// SPDX-License-Identifier: MIT
// Simulator façade, connection handling (HTTP + WebSocket on one port), message delivery, routing.
#include "simulator_p.h"

#include <QtCore/QJsonArray>
#include <QtCore/QUuid>

using namespace Qt::StringLiterals;

namespace ComfyScope {

Q_LOGGING_CATEGORY(lcSimulator, "comfyscope.simulator", QtWarningMsg)

using namespace Sim;

namespace {
QByteArray u32be(quint32 v)
{
    QByteArray b(4, '\0');
    b[0] = char((v >> 24) & 0xff);
    b[1] = char((v >> 16) & 0xff);
    b[2] = char((v >> 8) & 0xff);
    b[3] = char(v & 0xff);
    return b;
}

bool isLoopbackHost(const QString &host)
{
    if (host.isEmpty())
        return false;
    if (host.compare("localhost"_L1, Qt::CaseInsensitive) == 0)
        return true;
    QString h = host;
    if (h.startsWith(u'[') && h.endsWith(u']'))
        h = h.mid(1, h.size() - 2);
    QHostAddress a;
    if (a.setAddress(h))
        return a.isLoopback();
    return false;
}

// Splits "host:port" / "[v6]:port" into hostname (lower case) and port (-1 if none).
void splitHostPort(const QString &netloc, QString *host, int *port)
{
    *port = -1;
    QString s = netloc;
    const qsizetype at = s.lastIndexOf(u'@');
    if (at >= 0)
        s = s.mid(at + 1);
    if (s.startsWith(u'[')) {
        const qsizetype close = s.indexOf(u']');
        *host = s.mid(1, close - 1).toLower();
        if (close >= 0 && close + 1 < s.size() && s.at(close + 1) == u':')
            *port = s.mid(close + 2).toInt();
        return;
    }
    const qsizetype colon = s.lastIndexOf(u':');
    if (colon >= 0) {
        *host = s.left(colon).toLower();
        bool ok = false;
        const int p = s.mid(colon + 1).toInt(&ok);
        *port = ok ? p : -1;
    } else {
        *host = s.toLower();
    }
}
} // namespace

// ------------------------------------------------------------------------------------------------
Simulator::Private::Private(Simulator *qq)
    : q(qq)
{
    tcpServer = new QTcpServer(q);
    QObject::connect(tcpServer, &QTcpServer::newConnection, q, [this] { onNewTcpConnection(); });
    wsServer = new QWebSocketServer(u"Python/3.11 aiohttp/3.9.5"_s, QWebSocketServer::NonSecureMode,
                                    q);
    wsServer->setMaxPendingConnections(1000);
    QObject::connect(wsServer, &QWebSocketServer::newConnection, q, [this] { onNewWebSocket(); });
    jobTimer = new QTimer(q);
    jobTimer->setSingleShot(true);
    QObject::connect(jobTimer, &QTimer::timeout, q, [this] { runJobStep(); });
    workloadTimer = new QTimer(q);
    files.insert(u"input"_s, {});
    files.insert(u"output"_s, {});
    files.insert(u"temp"_s, {});
}

Simulator::Private::~Private()
{
    for (WsClient *c : std::as_const(wsClients)) {
        if (c->socket) {
            c->socket->disconnect();
            c->socket->abort();
            delete c->socket.data();
        }
        delete c;
    }
    wsClients.clear();
}

const NodeCatalog &Simulator::Private::catalog()
{
    if (!m_catalog)
        m_catalog = std::make_unique<NodeCatalog>(!v080(), deployEnabled);
    return *m_catalog;
}

void Simulator::Private::onNewTcpConnection()
{
    while (QTcpSocket *s = tcpServer->nextPendingConnection()) {
        HttpConnection::Handlers h;
        h.request = [this](HttpConnection *c, const HttpRequest &r) { dispatch(c, r); };
        h.upgrade = [this](HttpConnection *c, QTcpSocket *sock, const HttpRequest &r) {
            handleUpgrade(c, sock, r);
            return sock->parent() != c;
        };
        h.maxBodySize = [this] { return maxBodySize; };
        auto *conn = new HttpConnection(s, h, q);
        connections.append(conn);
    }
}

bool Simulator::Private::stripPrefix(const QString &path, QString *out) const
{
    if (prefix.isEmpty()) {
        *out = path;
        return true;
    }
    if (path == prefix) {
        *out = u"/"_s;
        return true;
    }
    if (path.startsWith(prefix + u'/')) {
        *out = path.mid(prefix.size());
        return true;
    }
    return false;
}

// Proxy auth, path prefix and the origin check. Returns a response if the request is refused.
std::optional<HttpResponse> Simulator::Private::checkAccess(const HttpRequest &r,
                                                            QString *routePath)
{
    if (!bearerToken.isEmpty() || !basicUser.isEmpty() || !queryToken.isEmpty()) {
        bool ok = true;
        const QByteArray auth = r.header("Authorization");
        if (!bearerToken.isEmpty() && auth != "Bearer " + bearerToken.toUtf8())
            ok = false;
        if (!basicUser.isEmpty()
            && auth != "Basic " + (basicUser + u':' + basicPassword).toUtf8().toBase64())
            ok = false;
        if (!queryToken.isEmpty() && r.queryValue(u"token"_s) != queryToken)
            ok = false;
        if (!ok) {
            HttpResponse resp = HttpResponse::aiohttpError(401);
            if (!basicUser.isEmpty())
                resp.headers.append(
                    QPair<QByteArray, QByteArray>{"WWW-Authenticate", "Basic realm=\"ComfyUI\""});
            else if (!bearerToken.isEmpty())
                resp.headers.append(QPair<QByteArray, QByteArray>{"WWW-Authenticate", "Bearer"});
            return resp;
        }
    }
    if (!stripPrefix(r.path, routePath))
        return HttpResponse::aiohttpError(404);
    if (originCheck && r.hasHeader("Host") && r.hasHeader("Origin")) {
        // server.py create_origin_only_middleware()
        const QString host = QString::fromUtf8(r.header("Host")).toLower();
        const QString origin = QString::fromUtf8(r.header("Origin"));
        const QUrl originUrl(origin);
        QString originNetloc = originUrl.authority(QUrl::FullyEncoded).toLower();
        if (!origin.contains(u"://"_s))
            originNetloc.clear();
        QString hostName;
        int hostPort = -1;
        splitHostPort(host, &hostName, &hostPort);
        QString originHost;
        int originPort = -1;
        splitHostPort(originNetloc, &originHost, &originPort);
        const bool loopback = isLoopbackHost(hostName);
        QString hostDomain = host;
        QString originDomain = originNetloc;
        if (originPort < 0)
            hostDomain = hostName;
        if (hostPort < 0)
            originDomain = originHost;
        if (loopback && !hostDomain.isEmpty() && !originDomain.isEmpty()
            && hostDomain != originDomain)
            return HttpResponse::empty(403);
    }
    return std::nullopt;
}

void Simulator::Private::handleUpgrade(HttpConnection *conn, QTcpSocket *socket,
                                       const HttpRequest &r)
{
    QString path;
    const std::optional<HttpResponse> refused = checkAccess(r, &path);
    QString route = path;
    if (route.startsWith("/api/"_L1))
        route = route.mid(4);
    const bool coreWs = route == "/ws"_L1;
    const bool deployWs = route == "/comfyui-deploy/ws"_L1;
    if (!coreWs && !deployWs)
        return; // not a WebSocket route: answered as plain HTTP
    lastHandshakeHeaders = r.headers;
    QUrl url;
    url.setPath(r.path);
    url.setQuery(r.query);
    lastWsUrl = url;
    if (refused) {
        socket->read(socket->bytesAvailable());
        HttpResponse resp = *refused;
        resp.close = true;
        requests.append({r.method, r.path, r.query, r.headers, QByteArray()});
        Q_EMIT q->httpRequestReceived(r.method, r.path);
        conn->respond(r, resp);
        return;
    }
    if ((coreWs && !wsEnabled) || (deployWs && !deployEnabled))
        return; // handled as plain HTTP: the route answers 404
    socket->setParent(nullptr);
    wsServer->handleConnection(socket);
}

void Simulator::Private::onNewWebSocket()
{
    while (QWebSocket *ws = wsServer->nextPendingConnection()) {
        if (!listening) {
            ws->abort();
            ws->deleteLater();
            continue;
        }
        QString path;
        stripPrefix(ws->requestUrl().path(), &path);
        if (path.startsWith("/api/"_L1))
            path = path.mid(4);
        const bool deploy = path == "/comfyui-deploy/ws"_L1;
        const QByteArray rawQuery = ws->requestUrl().query(QUrl::FullyEncoded).toUtf8();
        const QUrlQuery query = parseQueryString(rawQuery);
        QString sid = query.queryItemValue(u"clientId"_s, QUrl::FullyDecoded);
        auto *c = new WsClient;
        c->socket = ws;
        c->deploy = deploy;
        ws->setParent(q);
        wsClients.append(c);
        auto &table = deploy ? deployTable : coreTable;
        if (!sid.isEmpty())
            removeFromTable(table, sid, nullptr);
        else
            sid = QUuid::createUuid().toString(QUuid::Id128);
        c->sid = sid;
        table.append({sid, c});
        qCDebug(lcSimulator) << "websocket open" << sid << (deploy ? "(deploy)" : "");
        QObject::connect(ws, &QWebSocket::textMessageReceived, q,
                         [this, c](const QString &t) { onWsText(c, t); });
        QObject::connect(ws, &QWebSocket::disconnected, q, [this, c] { onWsClosed(c); });
        if (deploy) {
            ws->sendTextMessage(
                QString::fromLatin1(JVal::object({{u"event"_s, u"status"_s},
                                                  {u"data"_s, JVal::object({{u"sid"_s, sid}})}})
                                        .dump()));
            continue;
        }
        sidFlags.insert(sid, JVal::object());
        lastConnectedSid = sid;
        JVal status = JVal::object({{u"status"_s, queueInfo()}, {u"sid"_s, sid}});
        sendJsonNow(u"status"_s, status, sid);
        if (serverClientId && *serverClientId == sid && lastNodeId)
            sendJsonNow(u"executing"_s, JVal::object({{u"node"_s, *lastNodeId}}), sid);
        Q_EMIT q->clientConnected(sid);
    }
}

void Simulator::Private::removeFromTable(QList<QPair<QString, WsClient *>> &table,
                                         const QString &sid, WsClient *only)
{
    for (int i = 0; i < table.size(); ++i) {
        if (table.at(i).first == sid && (!only || table.at(i).second == only)) {
            table.removeAt(i);
            return;
        }
    }
}

Simulator::Private::WsClient *Simulator::Private::coreSocket(const QString &sid) const
{
    for (const auto &e : coreTable)
        if (e.first == sid)
            return e.second;
    return nullptr;
}

Simulator::Private::WsClient *Simulator::Private::deploySocket(const QString &sid) const
{
    for (const auto &e : deployTable)
        if (e.first == sid)
            return e.second;
    return nullptr;
}

void Simulator::Private::onWsText(WsClient *c, const QString &text)
{
    if (c->deploy)
        return; // realtime inputs are not simulated
    receivedText[c->sid].append(text.toUtf8());
    if (!v080() || !c->firstMessage)
        return;
    JVal msg;
    if (!JVal::parse(text.toUtf8(), &msg) || !msg.isObject())
        return; // json error / not a dict: the server logs and keeps waiting for a first message
    if (msg.value(u"type"_s) == JVal(u"feature_flags"_s)) {
        sidFlags.insert(c->sid, msg.contains(u"data"_s) ? msg.value(u"data"_s) : JVal::object());
        sendJsonNow(u"feature_flags"_s, serverFeatures(), c->sid);
    }
    c->firstMessage = false;
}

void Simulator::Private::onWsClosed(WsClient *c)
{
    const QString sid = c->sid;
    const bool deploy = c->deploy;
    qCDebug(lcSimulator) << "websocket closed" << sid << (deploy ? "(deploy)" : "")
                         << "registered:" << ((deploy ? deploySocket(sid) : coreSocket(sid)) == c);
    auto &table = deploy ? deployTable : coreTable;
    if (raceEnabled) {
        // server.py: finally: self.sockets.pop(sid, None) - even if sid now belongs to a newer
        // socket
        removeFromTable(table, sid, nullptr);
        if (!deploy)
            sidFlags.remove(sid);
    } else {
        const bool wasRegistered = (deploy ? deploySocket(sid) : coreSocket(sid)) == c;
        removeFromTable(table, sid, c);
        if (wasRegistered && !deploy)
            sidFlags.remove(sid);
    }
    wsClients.removeAll(c);
    if (c->socket)
        c->socket->deleteLater();
    delete c;
    if (!deploy)
        Q_EMIT q->clientDisconnected(sid);
}

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
    if (!flushScheduled) {
        flushScheduled = true;
        QTimer::singleShot(0, q, [this] { flushOutbox(); });
    }
}

void Simulator::Private::sendBytes(quint32 eventType, const QByteArray &payload,
                                   const std::optional<QString> &sid)
{
    Outgoing o;
    o.kind = Outgoing::Kind::Bytes;
    o.binary = true;
    o.eventType = eventType;
    o.payload = payload;
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
            break;
        case Outgoing::Kind::Bytes:
            sendBytesNow(o.eventType, o.payload, o.sid);
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

void Simulator::Private::sendBytesNow(quint32 eventType, const QByteArray &payload,
                                      const std::optional<QString> &sid)
{
    const QByteArray frame = u32be(eventType) + payload;
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

// ------------------------------------------------------------------------------------------------
void Simulator::Private::dispatch(HttpConnection *conn, const HttpRequest &request)
{
    requests.append({request.method, request.path, request.query, request.headers, request.body});
    Q_EMIT q->httpRequestReceived(request.method, request.path);
    QPointer<HttpConnection> guard(conn);
    auto handle = [this, guard, request] {
        if (!guard)
            return;
        HttpResponse resp = route(request);
        // An upgrade request that is not upgraded: close, so WebSocket clients fail at once
        // instead of waiting on a kept-alive connection.
        if (request.header("Upgrade").toLower().contains("websocket"))
            resp.close = true;
        guard->respond(request, resp);
    };
    if (responseDelay > 0)
        QTimer::singleShot(responseDelay, conn, handle);
    else
        handle();
}

HttpResponse Simulator::Private::route(const HttpRequest &r)
{
    QString path;
    if (const auto refused = checkAccess(r, &path))
        return *refused;
    const QByteArray method = r.method == "HEAD" ? QByteArray("GET") : r.method;
    if (method == "OPTIONS")
        return HttpResponse::empty(200);

    auto matches = [&](const QString &p, QString *rest = nullptr) -> int {
        // 1 exact route, 2 "{param}" route; tries the plain path and the /api alias.
        auto test = [&](const QString &candidate) -> int {
            if (candidate == p)
                return 1;
            if (rest && p.endsWith(u'/') && candidate.startsWith(p) && candidate.size() > p.size()
                && !candidate.mid(p.size()).contains(u'/')) {
                *rest = candidate.mid(p.size());
                return 2;
            }
            return 0;
        };
        if (int m = test(path))
            return m;
        if (path.startsWith("/api/"_L1))
            return test(path.mid(4));
        return 0;
    };
    auto methodNotAllowed = [](const QByteArray &allow) {
        HttpResponse resp = HttpResponse::aiohttpError(405);
        resp.headers.append(QPair<QByteArray, QByteArray>{"Allow", allow});
        return resp;
    };
    auto getOnly = [&](auto fn) -> HttpResponse {
        return method == "GET" ? fn() : methodNotAllowed("GET,HEAD");
    };

    QString param;
    if (matches(u"/"_s)) {
        return getOnly([] {
            HttpResponse resp;
            resp.contentType = "text/html";
            resp.body = "<!DOCTYPE html>\n<html><head><title>ComfyUI</title></head>"
                        "<body><p>ComfyScope simulated ComfyUI server</p></body></html>\n";
            resp.headers.append(QPair<QByteArray, QByteArray>{"Cache-Control", "no-cache"});
            return resp;
        });
    }
    if (matches(u"/ws"_s)) {
        if (!wsEnabled)
            return HttpResponse::aiohttpError(404);
        return getOnly([] {
            return HttpResponse::text(
                400, "No WebSocket UPGRADE hdr: None\n Can \"Upgrade\" only to \"WebSocket\".");
        });
    }
    if (matches(u"/comfyui-deploy/ws"_s) && deployEnabled) {
        return getOnly([] {
            return HttpResponse::text(
                400, "No WebSocket UPGRADE hdr: None\n Can \"Upgrade\" only to \"WebSocket\".");
        });
    }
    if (matches(u"/prompt"_s)) {
        if (method == "GET")
            return HttpResponse::json(queueInfo());
        if (method == "POST")
            return handlePostPrompt(r);
        return methodNotAllowed("GET,HEAD,POST");
    }
    if (matches(u"/queue"_s)) {
        if (method == "GET")
            return handleGetQueue();
        if (method == "POST")
            return handlePostQueue(r);
        return methodNotAllowed("GET,HEAD,POST");
    }
    if (matches(u"/interrupt"_s))
        return method == "POST" ? handleInterrupt(r) : methodNotAllowed("POST");
    if (matches(u"/free"_s))
        return method == "POST" ? handleFree(r) : methodNotAllowed("POST");
    if (matches(u"/history"_s)) {
        if (method == "GET")
            return handleGetHistory(r);
        if (method == "POST")
            return handlePostHistory(r);
        return methodNotAllowed("GET,HEAD,POST");
    }
    if (matches(u"/history/"_s, &param) == 2) {
        return getOnly([&] {
            const auto it = history.constFind(param);
            if (it == history.constEnd())
                return HttpResponse::json(JVal::object());
            return HttpResponse::json(JVal::object({{param, *it}}));
        });
    }
    if (matches(u"/view"_s))
        return getOnly([&] { return handleView(r); });
    if (matches(u"/upload/image"_s))
        return method == "POST" ? handleUpload(r, false) : methodNotAllowed("POST");
    if (matches(u"/upload/mask"_s))
        return method == "POST" ? handleUpload(r, true) : methodNotAllowed("POST");
    if (matches(u"/object_info"_s))
        return getOnly([&] { return handleObjectInfo(QString(), false); });
    if (matches(u"/object_info/"_s, &param) == 2)
        return getOnly([&] { return handleObjectInfo(param, true); });
    if (matches(u"/system_stats"_s))
        return getOnly([&] { return handleSystemStats(); });
    if (matches(u"/features"_s) && v080())
        return getOnly([&] { return HttpResponse::json(serverFeatures()); });
    if (matches(u"/embeddings"_s))
        return getOnly([] { return HttpResponse::json(JVal::array()); });
    if (matches(u"/extensions"_s)) {
        return getOnly([&] {
            if (v080())
                return HttpResponse::json(JVal::array());
            return HttpResponse::json(JVal::fromStringList(
                {u"/extensions/core/groupNode.js"_s, u"/extensions/core/maskEditorOld.js"_s,
                 u"/extensions/core/clipspace.js"_s, u"/extensions/core/widgetInputs.js"_s,
                 u"/extensions/core/groupNodeManage.js"_s}));
        });
    }
    static const QStringList modelFolders = {
        u"checkpoints"_s,  u"configs"_s,        u"loras"_s,
        u"vae"_s,          u"text_encoders"_s,  u"diffusion_models"_s,
        u"clip_vision"_s,  u"style_models"_s,   u"embeddings"_s,
        u"diffusers"_s,    u"vae_approx"_s,     u"controlnet"_s,
        u"gligen"_s,       u"upscale_models"_s, u"latent_upscale_models"_s,
        u"custom_nodes"_s, u"hypernetworks"_s,  u"photomaker"_s,
        u"classifiers"_s,  u"model_patches"_s,  u"audio_encoders"_s};
    if (matches(u"/models"_s))
        return getOnly([&] { return HttpResponse::json(JVal::fromStringList(modelFolders)); });
    if (matches(u"/models/"_s, &param) == 2) {
        return getOnly([&] {
            if (!modelFolders.contains(param))
                return HttpResponse::empty(404);
            if (param == "checkpoints"_L1)
                return HttpResponse::json(JVal::fromStringList(NodeCatalog::checkpointNames()));
            return HttpResponse::json(JVal::array());
        });
    }
    if (v080() && path == "/api/jobs"_L1)
        return getOnly([&] { return handleJobs(r); });
    if (v080() && path == "/api/api/jobs"_L1)
        return getOnly([&] { return handleJobs(r); });
    if (v080() && (path.startsWith("/api/jobs/"_L1) || path.startsWith("/api/api/jobs/"_L1))) {
        const QString id = path.mid(path.lastIndexOf(u'/') + 1);
        if (!path.mid(path.startsWith("/api/api/"_L1) ? 14 : 10).contains(u'/'))
            return getOnly([&] { return handleJob(id); });
    }
    if (matches(u"/users"_s)) {
        return getOnly([] {
            return HttpResponse::json(
                JVal::object({{u"storage"_s, u"server"_s}, {u"migrated"_s, true}}));
        });
    }
    if (matches(u"/settings"_s))
        return getOnly([] { return HttpResponse::json(JVal::object()); });
    if (path.startsWith("/internal/logs"_L1) && path == "/internal/logs"_L1)
        return getOnly([] { return HttpResponse::json(JVal(u""_s)); });
    return HttpResponse::aiohttpError(404);
}

// ================================================================================================
Simulator::Simulator(QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>(this))
{}

Simulator::~Simulator()
{
    stopAutoWorkload();
    d->jobTimer->stop();
    const auto conns = d->connections;
    for (const auto &c : conns)
        if (c)
            c->abort();
}

bool Simulator::listen(const QHostAddress &address, quint16 port)
{
    if (d->tcpServer->isListening())
        d->tcpServer->close();
    if (!d->tcpServer->listen(address, port))
        return false;
    d->port = d->tcpServer->serverPort();
    d->listening = true;
    return true;
}

void Simulator::close()
{
    d->tcpServer->close();
    d->listening = false;
    const auto conns = d->connections;
    d->connections.clear();
    for (const auto &c : conns)
        if (c)
            c->abort();
    const auto clients = d->wsClients;
    for (Private::WsClient *c : clients)
        if (c->socket)
            c->socket->abort();
}

void Simulator::kill(bool keepHistory)
{
    close();
    d->jobTimer->stop();
    d->run.reset(); // pending advance() calls see no run and do nothing
    d->queue.clear();
    d->outbox.clear();
    d->counter = 0;
    d->interruptFlag = false;
    d->freeMemoryPending = false;
    d->serverClientId = std::nullopt;
    d->lastNodeId = std::nullopt;
    d->lastPromptId.clear();
    d->sidFlags.clear();
    if (!keepHistory) {
        d->history.clear();
        d->historyOrder.clear();
        d->outputCache.clear();
        d->previewSuffix.clear();
    }
}

bool Simulator::isListening() const
{
    return d->tcpServer->isListening();
}

quint16 Simulator::port() const
{
    return d->port;
}

QUrl Simulator::httpUrl() const
{
    return QUrl(u"http://127.0.0.1:"_s + QString::number(d->port) + d->prefix);
}

QUrl Simulator::webSocketUrl() const
{
    return QUrl(u"ws://127.0.0.1:"_s + QString::number(d->port) + d->prefix + u"/ws"_s);
}

void Simulator::setVersion(Version version)
{
    d->version = version;
    d->m_catalog.reset();
}

Simulator::Version Simulator::version() const
{
    return d->version;
}

void Simulator::setPathPrefix(const QString &prefix)
{
    QString p = prefix.trimmed();
    while (p.endsWith(u'/'))
        p.chop(1);
    if (!p.isEmpty() && !p.startsWith(u'/'))
        p.prepend(u'/');
    d->prefix = p;
}

QString Simulator::pathPrefix() const
{
    return d->prefix;
}

void Simulator::setRequiredBearerToken(const QString &token)
{
    d->bearerToken = token;
}

void Simulator::setRequiredBasicAuth(const QString &user, const QString &password)
{
    d->basicUser = user;
    d->basicPassword = password;
}

void Simulator::setRequiredQueryToken(const QString &token)
{
    d->queryToken = token;
}

void Simulator::setOriginCheckEnabled(bool enabled)
{
    d->originCheck = enabled;
}

void Simulator::setWebSocketEnabled(bool enabled)
{
    d->wsEnabled = enabled;
}

void Simulator::setComfyDeployEnabled(bool enabled)
{
    d->deployEnabled = enabled;
    d->m_catalog.reset();
}

void Simulator::setPreviewMethod(const QString &method)
{
    d->previewMethod = method.isEmpty() ? u"none"_s : method;
}

void Simulator::setStepDelay(int ms)
{
    d->stepDelay = qMax(0, ms);
}

void Simulator::setResponseDelay(int ms)
{
    d->responseDelay = qMax(0, ms);
}

void Simulator::setSidReplaceRaceEnabled(bool enabled)
{
    d->raceEnabled = enabled;
}

void Simulator::dropWebSocketConnections()
{
    const auto clients = d->wsClients;
    for (Private::WsClient *c : clients)
        if (c->socket)
            c->socket->abort();
}

void Simulator::sendText(const QString &sid, const QByteArray &utf8)
{
    Private::Outgoing o;
    o.kind = Private::Outgoing::Kind::RawText;
    o.payload = utf8;
    if (!sid.isEmpty())
        o.sid = sid;
    d->enqueue(o);
}

void Simulator::sendBinary(const QString &sid, const QByteArray &frame)
{
    Private::Outgoing o;
    o.kind = Private::Outgoing::Kind::RawBinary;
    o.payload = frame;
    if (!sid.isEmpty())
        o.sid = sid;
    d->enqueue(o);
}

void Simulator::sendDeployBinary(const QString &sid, const QByteArray &frame)
{
    Private::Outgoing o;
    o.kind = Private::Outgoing::Kind::DeployBinary;
    o.payload = frame;
    o.sid = sid;
    d->enqueue(o);
}

QString Simulator::queuePrompt(const QJsonObject &workflow, const QString &clientId,
                               const QJsonObject &extraData)
{
    JVal body = JVal::object({{u"prompt"_s, JVal::fromQJson(workflow)}});
    if (!clientId.isEmpty())
        body.insert(u"client_id"_s, clientId);
    if (!extraData.isEmpty())
        body.insert(u"extra_data"_s, JVal::fromQJson(extraData));
    const Private::SubmitResult res = d->submitPrompt(body);
    if (res.status != 200)
        return QString();
    return res.body.value(u"prompt_id"_s).toString();
}

void Simulator::addFile(const QString &type, const QString &relPath, const QByteArray &data)
{
    d->storeFile(type, relPath, data);
}

QByteArray Simulator::fileData(const QString &type, const QString &relPath) const
{
    const StoredFile *f = d->findFile(type, relPath);
    return f ? f->data : QByteArray();
}

void Simulator::startAutoWorkload(int intervalMs)
{
    d->workloadTimer->disconnect();
    connect(d->workloadTimer, &QTimer::timeout, this, [this] {
        const int n = d->workloadCounter++;
        QJsonObject wf;
        if (n % 7 == 6) {
            wf = demoWorkflow(3); // failing node
        } else if (n % 5 == 4) {
            wf = demoWorkflow(2); // image chain, PreviewImage + SaveImageWebsocket
        } else if (n % 4 == 3 && !d->lastDemoWorkflow.isEmpty()) {
            wf = d->lastDemoWorkflow; // identical rerun: cache hits
        } else if (n % 11 == 10) {
            wf = demoWorkflow(4);
        } else if (n % 13 == 12) {
            wf = demoWorkflow(5);
        } else {
            wf = demoWorkflow(0);
            QJsonObject sampler = wf.value(u"3"_s).toObject();
            QJsonObject inputs = sampler.value(u"inputs"_s).toObject();
            d->lastDemoSeed = d->lastDemoSeed * 6364136223846793005ULL + 1442695040888963407ULL;
            inputs.insert(u"seed"_s, double(d->lastDemoSeed >> 20));
            sampler.insert(u"inputs"_s, inputs);
            wf.insert(u"3"_s, sampler);
        }
        d->lastDemoWorkflow = wf;
        QString sid;
        if (d->coreSocket(d->lastConnectedSid))
            sid = d->lastConnectedSid;
        else if (!d->coreTable.isEmpty())
            sid = d->coreTable.last().first;
        queuePrompt(wf, sid, QJsonObject{{u"preview_method"_s, u"auto"_s}});
    });
    d->workloadTimer->start(qMax(50, intervalMs));
}

void Simulator::stopAutoWorkload()
{
    d->workloadTimer->stop();
}

QList<Simulator::HttpRequestRecord> Simulator::httpRequests() const
{
    return d->requests;
}

void Simulator::clearHttpRequests()
{
    d->requests.clear();
}

QList<QPair<QByteArray, QByteArray>> Simulator::lastWebSocketHandshakeHeaders() const
{
    return d->lastHandshakeHeaders;
}

QUrl Simulator::lastWebSocketRequestUrl() const
{
    return d->lastWsUrl;
}

QStringList Simulator::connectedSids() const
{
    QStringList s;
    for (const auto &e : std::as_const(d->coreTable))
        s.append(e.first);
    return s;
}

QStringList Simulator::connectedDeploySids() const
{
    QStringList s;
    for (const auto &e : std::as_const(d->deployTable))
        s.append(e.first);
    return s;
}

QList<QByteArray> Simulator::textMessagesFrom(const QString &sid) const
{
    return d->receivedText.value(sid);
}

int Simulator::queueRemaining() const
{
    return int(d->queue.size()) + (d->run ? 1 : 0);
}

QString Simulator::runningPromptId() const
{
    return d->run ? d->run->item.promptId : QString();
}

QStringList Simulator::pendingPromptIds() const
{
    QList<QueueItem> sorted = d->queue;
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const QueueItem &a, const QueueItem &b) { return a.lessThan(b); });
    QStringList ids;
    for (const QueueItem &i : sorted)
        ids.append(i.promptId);
    return ids;
}

QJsonObject Simulator::demoWorkflow(int variant)
{
    auto node = [](const char *cls, const QJsonObject &inputs) {
        return QJsonObject{{u"class_type"_s, QString::fromLatin1(cls)}, {u"inputs"_s, inputs}};
    };
    auto link = [](const char *id, int slot) { return QJsonArray{QString::fromLatin1(id), slot}; };
    QJsonObject wf;
    switch (((variant % 6) + 6) % 6) {
    case 0:
    case 1:
        wf.insert(u"4"_s, node("CheckpointLoaderSimple",
                               {{u"ckpt_name"_s, NodeCatalog::checkpointNames().first()}}));
        wf.insert(u"5"_s, node("EmptyLatentImage",
                               {{u"width"_s, 512}, {u"height"_s, 512}, {u"batch_size"_s, 1}}));
        wf.insert(u"6"_s, node("CLIPTextEncode",
                               {{u"text"_s, u"a lighthouse on a cliff at dawn, volumetric light"_s},
                                {u"clip"_s, link("4", 1)}}));
        wf.insert(u"7"_s, node("CLIPTextEncode",
                               {{u"text"_s, u"blurry, low quality"_s}, {u"clip"_s, link("4", 1)}}));
        wf.insert(u"3"_s, node("KSampler", {{u"model"_s, link("4", 0)},
                                            {u"seed"_s, 156680208700286.0},
                                            {u"steps"_s, 12},
                                            {u"cfg"_s, 7.5},
                                            {u"sampler_name"_s, u"euler"_s},
                                            {u"scheduler"_s, u"normal"_s},
                                            {u"positive"_s, link("6", 0)},
                                            {u"negative"_s, link("7", 0)},
                                            {u"latent_image"_s, link("5", 0)},
                                            {u"denoise"_s, 1.0}}));
        wf.insert(u"8"_s,
                  node("VAEDecode", {{u"samples"_s, link("3", 0)}, {u"vae"_s, link("4", 2)}}));
        wf.insert(u"9"_s, node("SaveImage", {{u"images"_s, link("8", 0)},
                                             {u"filename_prefix"_s, u"ComfyUI"_s}}));
        break;
    case 2:
        wf.insert(u"1"_s, node("EmptyImage", {{u"width"_s, 256},
                                              {u"height"_s, 192},
                                              {u"batch_size"_s, 2},
                                              {u"color"_s, 3368601}}));
        wf.insert(u"2"_s,
                  node("ImageBlur",
                       {{u"image"_s, link("1", 0)}, {u"blur_radius"_s, 3}, {u"sigma"_s, 1.5}}));
        wf.insert(u"3"_s, node("ImageInvert", {{u"image"_s, link("2", 0)}}));
        wf.insert(u"4"_s, node("PreviewImage", {{u"images"_s, link("3", 0)}}));
        wf.insert(u"5"_s, node("SaveImageWebsocket", {{u"images"_s, link("3", 0)}}));
        wf.insert(u"6"_s, node("TestPreviewNode", {{u"steps"_s, 4},
                                                   {u"delay_ms"_s, 40},
                                                   {u"size"_s, 128},
                                                   {u"format"_s, u"JPEG"_s},
                                                   {u"mode"_s, u"progress_bar"_s},
                                                   {u"send_text"_s, true}}));
        break;
    case 3:
        wf.insert(
            u"1"_s,
            node("EmptyImage",
                 {{u"width"_s, 64}, {u"height"_s, 64}, {u"batch_size"_s, 1}, {u"color"_s, 0}}));
        wf.insert(u"2"_s, node("TestProgressNode",
                               {{u"steps"_s, 3}, {u"delay_ms"_s, 30}, {u"image"_s, link("1", 0)}}));
        wf.insert(u"3"_s, node("TestFailNode", {{u"message"_s, u"simulated failure"_s},
                                                {u"image"_s, link("2", 0)}}));
        wf.insert(u"4"_s, node("PreviewImage", {{u"images"_s, link("3", 0)}}));
        break;
    case 4:
        wf.insert(u"1"_s, node("EmptyImage", {{u"width"_s, 320},
                                              {u"height"_s, 200},
                                              {u"batch_size"_s, 1},
                                              {u"color"_s, 16753920}}));
        wf.insert(u"2"_s, node("GetImageSize", {{u"image"_s, link("1", 0)}}));
        wf.insert(u"3"_s, node("PreviewAny", {{u"source"_s, link("2", 0)}}));
        wf.insert(u"4"_s, node("ImageScale", {{u"image"_s, link("1", 0)},
                                              {u"upscale_method"_s, u"bilinear"_s},
                                              {u"width"_s, 160},
                                              {u"height"_s, 0},
                                              {u"crop"_s, u"disabled"_s}}));
        wf.insert(u"5"_s, node("SaveImage", {{u"images"_s, link("4", 0)},
                                             {u"filename_prefix"_s, u"demo/size"_s}}));
        break;
    case 5:
        wf.insert(u"1"_s, node("TestProgressNode", {{u"steps"_s, 5}, {u"delay_ms"_s, 20}}));
        wf.insert(u"2"_s, node("TestPreviewNode", {{u"steps"_s, 3},
                                                   {u"delay_ms"_s, 20},
                                                   {u"size"_s, 64},
                                                   {u"format"_s, u"PNG"_s},
                                                   {u"mode"_s, u"progress_bar"_s},
                                                   {u"send_text"_s, true}}));
        wf.insert(u"3"_s, node("SaveImage", {{u"images"_s, link("1", 0)},
                                             {u"filename_prefix"_s, u"progress"_s}}));
        break;
    }
    return wf;
}

} // namespace ComfyScope
