// SPDX-License-Identifier: MIT
// Simulator façade, connection handling (HTTP + WebSocket on one port), message delivery, routing.
#include "simulator_p.h"

#include <QtCore/QJsonArray>
#include <QtCore/QRandomGenerator>
#include <QtCore/QUuid>

using namespace Qt::StringLiterals;

namespace ComfyScope {

Q_LOGGING_CATEGORY(lcSimulator, "comfyscope.simulator", QtWarningMsg)

using namespace Sim;

// ------------------------------------------------------------------------------------------------
Simulator::Private::Private(Simulator *qq)
    : q(qq)
{
    for (int i = 0; i < 4; ++i) // the relay's per-run salt for client labels
        relaySalt += QByteArray::number(QRandomGenerator::global()->generate64(), 16);
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
    const auto observers = d->relayObservers;
    for (const auto &o : observers)
        if (o.socket)
            o.socket->abort();
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

void Simulator::setRelayEnabled(bool enabled, const QString &token)
{
    d->relayEnabled = enabled;
    d->relayToken = token;
    if (!enabled) {
        const auto observers = d->relayObservers;
        for (const auto &o : observers)
            if (o.socket)
                o.socket->abort();
    }
}

int Simulator::relayObserverCount() const
{
    int n = 0;
    for (const auto &o : d->relayObservers)
        n += o.socket ? 1 : 0;
    return n;
}

QString Simulator::relayClientLabel(const QString &clientId) const
{
    return d->relayClientLabel(clientId);
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

void Simulator::setNewestFeaturesEnabled(bool enabled)
{
    d->newest = enabled;
    d->progressThrottle = enabled ? 100 : 0;
}

void Simulator::setProgressThrottle(int ms)
{
    d->progressThrottle = qMax(0, ms);
}

void Simulator::setGpuCount(int count)
{
    d->gpuCount = qMax(0, count);
}

void Simulator::setClockSkew(qint64 ms)
{
    d->clockSkew = ms;
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
    const auto observers = d->relayObservers;
    for (const auto &o : observers)
        if (o.socket)
            o.socket->abort();
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

} // namespace ComfyScope
