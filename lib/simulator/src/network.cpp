// SPDX-License-Identifier: MIT
// Connections: HTTP and WebSocket on one port, access checks (proxy auth, path prefix, origin),
// the socket tables keyed by client id, and request dispatch.
#include "simulator_p.h"

#include <QtCore/QUuid>

using namespace Qt::StringLiterals;

namespace ComfyScope {

using namespace Sim;

namespace {
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
    std::optional<HttpResponse> refused = checkAccess(r, &path);
    QString route = path;
    if (route.startsWith("/api/"_L1))
        route = route.mid(4);
    const bool coreWs = route == "/ws"_L1;
    const bool deployWs = route == "/comfyui-deploy/ws"_L1;
    const bool relayWs = relayEnabled && isRelayRoute(route);
    if (!coreWs && !deployWs && !relayWs)
        return; // not a WebSocket route: answered as plain HTTP
    lastHandshakeHeaders = r.headers;
    QUrl url;
    url.setPath(r.path);
    url.setQuery(r.query);
    lastWsUrl = url;
    std::optional<HttpResponse> relayRefused;
    if (relayWs && !refused)
        relayRefused = checkRelayToken(r);
    if (refused || relayRefused) {
        if (!refused)
            refused = relayRefused;
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
        if (isRelayRoute(path)) {
            addRelayObserver(ws);
            continue;
        }
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

} // namespace ComfyScope
