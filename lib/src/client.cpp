// SPDX-License-Identifier: MIT
// The public API of Client and its REST calls; the rest of the client is in client_p.h's files.
#include "client_p.h"

#include "logging_p.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QThread>
#include <QtCore/QUuid>
#include <QtNetwork/QHttpMultiPart>
#include <QtNetwork/QNetworkAccessManager>
#include <QtNetwork/QNetworkReply>

using namespace Qt::StringLiterals;

namespace ComfyScope {

namespace {
QString newClientId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}
} // namespace

Client::Private::Private(Client *qq, QNetworkAccessManager *n)
    : q(qq)
    , nam(n ? n : new QNetworkAccessManager(qq))
    , clientId(newClientId())
{
    DeploySocket::Hooks hooks;
    hooks.makeSocket = [this] { return makeSocket(); };
    hooks.request = [this] {
        return endpoint.request(endpoint.webSocketUrl(u"/comfyui-deploy/ws"_s, clientId));
    };
    hooks.mainSocketAlive = [this] { return ws != nullptr; };
    deploy = new DeploySocket(std::move(hooks), q);
    deploy->setBackoff(initialDelay, maxDelay);
    QObject::connect(deploy, &DeploySocket::textMessageReceived, q,
                     [this](const QString &m) { handleDeployText(m); });
    QObject::connect(deploy, &DeploySocket::binaryMessageReceived, q,
                     [this](const QByteArray &m) { handleDeployBinary(m); });

    RelaySocket::Hooks rh;
    rh.makeSocket = [this] { return makeSocket(); };
    rh.request = [this](const QString &route, const QUrlQuery &query) {
        QUrl u = endpoint.httpUrl(route, query);
        u.setScheme(endpoint.isSecure() ? u"wss"_s : u"ws"_s);
        return endpoint.request(u);
    };
    rh.detect = [this] { return q->fetchJson(u"/comfyscope/relay"_s); };
    rh.mainSocketAlive = [this] { return ws != nullptr; };
    rh.clientId = [this] { return clientId; };
    relay = new RelaySocket(std::move(rh), q);
    relay->setBackoff(initialDelay, maxDelay);
    relay->setPing(pingInterval, pongTimeout);
    QObject::connect(relay, &RelaySocket::textMessageReceived, q,
                     [this](const QString &m) { handleRelayText(m); });
    QObject::connect(relay, &RelaySocket::binaryMessageReceived, q,
                     [this](const QByteArray &m) { handleRelayBinary(m); });
    QObject::connect(relay, &RelaySocket::stateChanged, q, &Client::relayStateChanged);
    QObject::connect(relay, &RelaySocket::errorOccurred, q, &Client::relayErrorOccurred);
    setUpTimers();
}

// --- REST helpers -------------------------------------------------------------------------------

QNetworkRequest Client::Private::jsonRequest(const QString &route, const QUrlQuery &query) const
{
    QNetworkRequest r = endpoint.request(endpoint.httpUrl(route, query));
    r.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                   QNetworkRequest::NoLessSafeRedirectPolicy);
    return r;
}

QNetworkReply *Client::Private::get(const QString &route, const QUrlQuery &query)
{
    qCDebug(COMFYSCOPE_REST) << "GET" << route;
    QNetworkReply *r = nam->get(jsonRequest(route, query));
    watchTls(r);
    return r;
}

QNetworkReply *Client::Private::post(const QString &route, const QJsonValue &body)
{
    QNetworkRequest r = jsonRequest(route);
    r.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    QByteArray data;
    if (body.isObject())
        data = QJsonDocument(body.toObject()).toJson(QJsonDocument::Compact);
    else if (body.isArray())
        data = QJsonDocument(body.toArray()).toJson(QJsonDocument::Compact);
    qCDebug(COMFYSCOPE_REST) << "POST" << route;
    QNetworkReply *reply = nam->post(r, data);
    watchTls(reply);
    return reply;
}

Client::Client(QObject *parent)
    : Client(nullptr, parent)
{}

Client::Client(QNetworkAccessManager *nam, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>(this, nam))
{}

Client::~Client()
{
    d->wantOpen = false;
    d->reconnectTimer.stop();
    if (d->ws) {
        d->ws->disconnect(this);
        d->ws->abort();
    }
    d->deploy->abort();
    d->relay->abort();
    for (QWebSocket *s : std::as_const(d->dying))
        s->disconnect(this);
}

ServerEndpoint Client::endpoint() const
{
    return d->endpoint;
}
void Client::setEndpoint(const ServerEndpoint &endpoint)
{
    if (d->endpoint != endpoint) {
        d->endpoint = endpoint;
        d->deploy->resetAvailability();
    }
}
QString Client::clientId() const
{
    return d->clientId;
}
void Client::setClientId(const QString &id)
{
    d->clientId = id.isEmpty() ? newClientId() : id;
}
QString Client::sessionId() const
{
    return d->sid;
}
Client::State Client::state() const
{
    return d->state;
}
FeatureFlags Client::serverFeatures() const
{
    return d->features;
}
bool Client::serverAnsweredFeatureFlags() const
{
    return d->featuresAnswered;
}
Error Client::lastError() const
{
    return d->lastError;
}
int Client::millisToReconnect() const
{
    return d->reconnectTimer.isActive() ? d->reconnectTimer.remainingTime() : -1;
}
int Client::reconnectAttempts() const
{
    return d->failures;
}
int Client::lastPingMs() const
{
    return d->lastPingMs;
}
void Client::setDeploySocketMode(DeploySocketMode mode)
{
    d->deploy->setMode(mode);
    if (mode != DeploySocketMode::Off && d->state == State::Connected)
        d->deploy->open();
}
Client::DeploySocketMode Client::deploySocketMode() const
{
    return d->deploy->mode();
}
bool Client::isDeploySocketConnected() const
{
    return d->deploy->isConnected();
}
void Client::setRelayMode(RelayMode mode)
{
    if (mode == d->relay->mode())
        return;
    d->relay->setMode(mode);
    if (mode != RelayMode::Off && d->state == State::Connected)
        d->relay->start();
}
Client::RelayMode Client::relayMode() const
{
    return d->relay->mode();
}
void Client::setRelayToken(const QString &token)
{
    if (token == d->relay->token())
        return;
    d->relay->setToken(token);
    if (d->relay->mode() != RelayMode::Off && d->state == State::Connected)
        d->relay->start();
}
QString Client::relayToken() const
{
    return d->relay->token();
}
Client::RelayState Client::relayState() const
{
    return d->relay->state();
}
RelayEnvelope Client::currentRelay() const
{
    return d->currentRelay;
}
void Client::setMaxFrameSize(qint64 bytes)
{
    d->maxFrameSize = qMax<qint64>(1024, bytes);
}
qint64 Client::maxFrameSize() const
{
    return d->maxFrameSize;
}
void Client::setReconnectDelays(int initialMs, int maxMs)
{
    d->initialDelay = qMax(1, initialMs);
    d->maxDelay = qMax(d->initialDelay, maxMs);
    d->deploy->setBackoff(d->initialDelay, d->maxDelay);
    d->relay->setBackoff(d->initialDelay, d->maxDelay);
}
void Client::setPingInterval(int intervalMs, int timeoutMs)
{
    d->pingInterval = qMax(10, intervalMs);
    d->pongTimeout = qMax(10, timeoutMs);
    d->relay->setPing(d->pingInterval, d->pongTimeout);
    if (d->pingTimer.isActive())
        d->pingTimer.start(d->pingInterval);
}
void Client::setConnectTimeout(int ms)
{
    d->connectTimeout = qMax(100, ms);
}
void Client::setRegistrationTimeout(int ms)
{
    d->registrationTimeout = qMax(100, ms);
}
void Client::setPollingAfterFailures(int attempts)
{
    d->pollAfter = qMax(1, attempts);
}
void Client::setPollingInterval(int ms)
{
    d->pollInterval = qMax(50, ms);
    if (d->pollTimer.isActive())
        d->pollTimer.start(d->pollInterval);
}
void Client::setRequestPreviewMetadata(bool enable)
{
    d->requestPreviewMetadata = enable;
}
void Client::setRequestTimeout(int ms)
{
    d->requestTimeout = qMax(0, ms);
}
int Client::requestTimeout() const
{
    return d->requestTimeout;
}
void Client::setRequestLimits(RequestKind kind, int deadlineMs, qint64 maxBytes)
{
    d->limits[int(kind)] = {qMax(0, deadlineMs), qMax<qint64>(0, maxBytes)};
}
int Client::requestDeadline(RequestKind kind) const
{
    return d->limits[int(kind)].deadlineMs;
}
qint64 Client::requestSizeCap(RequestKind kind) const
{
    return d->limits[int(kind)].maxBytes;
}
void Client::setDeafProbeInterval(int ms)
{
    d->deafInterval = qMax(0, ms);
    if (d->deafInterval == 0)
        d->deafTimer.stop();
    else if (d->state == State::Connected && d->sessionSeen && !d->deafTimer.isActive()
             && !d->probeInFlight)
        d->deafTimer.start(d->deafInterval);
}
int Client::deafProbeInterval() const
{
    return d->deafInterval;
}

void Client::Private::watchReply(Reply *reply)
{
    ++inFlight;
    QObject::connect(reply, &Reply::finished, q, [this, reply] {
        --inFlight;
        const Error::Code c = reply->error().code;
        if (c == Error::Code::Timeout || c == Error::Code::DeadlineExceeded)
            flushPool = true; // the pool may hold more connections to a server gone silent
        if (flushPool && inFlight == 0) {
            // Only when nothing is in flight: clearing the cache restarts Qt's HTTP thread.
            flushPool = false;
            QTimer::singleShot(0, q, [this] {
                if (inFlight == 0)
                    nam->clearConnectionCache();
                else
                    flushPool = true;
            });
        }
    });
}
QNetworkAccessManager *Client::networkAccessManager() const
{
    return d->nam;
}

void Client::setProxy(const QNetworkProxy &proxy)
{
    d->proxy = proxy;
    d->proxySet = true;
    d->nam->setProxy(proxy);
}

QNetworkProxy Client::proxy() const
{
    return d->proxySet ? d->proxy : d->nam->proxy();
}

void Client::setPromptNodeClasses(const QString &promptId, const QHash<QString, QString> &classes)
{
    d->attribution.setPromptNodeClasses(promptId, classes);
}

qsizetype Client::promptClassesKept() const
{
    return d->attribution.promptsWithClasses();
}

void Client::open()
{
    Q_ASSERT_X(thread() == QThread::currentThread(), "Client::open", "wrong thread");
    if (d->wantOpen)
        return;
    d->wantOpen = true;
    d->failures = 0;
    d->hadSession = false;
    d->deploy->resetAvailability();
    d->setState(State::Connecting);
    d->openSocket();
}

void Client::close()
{
    d->wantOpen = false;
    d->openPending = false;
    d->reconnectTimer.stop();
    d->stopPolling();
    d->deploy->close();
    d->relay->stop();
    d->connectTimer.stop();
    d->pingTimer.stop();
    d->pongTimer.stop();
    d->registrationTimer.stop();
    if (d->ws) {
        QWebSocket *s = d->ws;
        d->ws = nullptr;
        d->dying.append(s);
        s->close();
        if (s->state() == QAbstractSocket::UnconnectedState)
            QTimer::singleShot(0, this, [this, s] {
                if (d->dying.contains(s))
                    d->onSocketGone(s);
            });
    }
    d->setState(State::Disconnected);
}

void Client::reconnectNow()
{
    if (!d->wantOpen) {
        open();
        return;
    }
    d->failures = 0;
    if (d->ws) {
        d->dropSocket({Error::Code::Cancelled,
                       QCoreApplication::translate("ComfyScope", "reconnect requested")});
        d->reconnectTimer.start(0);
    } else {
        d->reconnectTimer.start(0);
    }
}

// --- REST ---------------------------------------------------------------------------------------

SubmitReply *Client::submit(const QJsonObject &workflow, const QJsonObject &options)
{
    QJsonObject body = options;
    body.insert(u"prompt"_s, workflow);
    body.insert(u"client_id"_s, d->clientId);
    // Choose the prompt id ourselves so events that beat the HTTP answer can be matched (§10.5).
    // Never send null: the server would store the string "None".
    const QJsonValue given = options.value("prompt_id"_L1);
    QString promptId = given.toString();
    if (!given.isUndefined() && !given.isNull() && !isValidPromptId(promptId)) {
        // v0.33+ refuses anything but a canonical lowercase UUID (invalid_prompt_id); older
        // servers would store it verbatim. Say so before sending, on every version.
        auto *r = new SubmitReply(nullptr, 0, promptId, this);
        r->failBeforeSending(
            {Error::Code::InvalidRequest,
             QCoreApplication::translate("ComfyScope",
                                         "prompt id \"%1\" is not a lowercase UUID such as "
                                         "c3df5ecf-7669-447b-a418-f9e91d115513")
                 .arg(given.isString() ? promptId.left(80) : u"(not a string)"_s)});
        return r;
    }
    if (promptId.isEmpty())
        promptId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    body.insert(u"prompt_id"_s, promptId);
    const auto classes = FrameAttribution::classesOf(workflow);
    setPromptNodeClasses(promptId, classes);
    auto *r = d->track(
        new SubmitReply(d->post(u"/prompt"_s, body), d->requestTimeout, promptId, this),
        RequestKind::Json);
    // Arm the registration check now: the status broadcast may beat the HTTP answer (§10.5).
    if (d->state == State::Connected)
        d->registrationTimer.start(d->registrationTimeout);
    d->attribution.addOwnPrompt(promptId);
    connect(r, &Reply::finished, this, [this, r, classes, promptId] {
        if (!r->isOk()) {
            d->registrationTimer.stop(); // nothing was queued, no status will come
            d->attribution.removeOwnPrompt(promptId);
        } else if (r->promptId() != promptId) {
            d->attribution.renameOwnPrompt(promptId, r->promptId());
        }
        // Servers before v0.3.45 ignore our id and pick their own.
        if (r->isOk() && r->promptId() != r->requestedPromptId())
            setPromptNodeClasses(r->promptId(), classes);
    });
    return r;
}

bool Client::isValidPromptId(const QString &id)
{
    if (id.size() != 36)
        return false;
    const QUuid u = QUuid::fromString(id);
    return !u.isNull() && u.toString(QUuid::WithoutBraces) == id;
}

JsonReply *Client::cancelPrompt(const QString &promptId)
{
    // One reply for the caller; behind it either the jobs API or the old two-step way.
    auto *result = new JsonReply(nullptr, 0, this);
    auto finish = [result](const Error &error, bool cancelled, const QString &via) {
        result->failBeforeSending(
            error, QJsonDocument(QJsonObject{{u"cancelled"_s, cancelled}, {u"via"_s, via}})
                       .toJson(QJsonDocument::Compact));
    };
    auto fallback = [this, promptId, finish] {
        // Older servers: delete if pending, interrupt by id if running (v0.3.57+ honours the
        // id; older ones interrupt whatever runs, so look first).
        QueueReply *qr = fetchQueue();
        connect(qr, &Reply::finished, this, [this, qr, promptId, finish] {
            if (!qr->isOk()) {
                finish(qr->error(), false, u"queue_interrupt"_s);
                return;
            }
            const QueueSnapshot snap = qr->queue();
            if (!snap.contains(promptId)) {
                finish({}, false, u"queue_interrupt"_s);
                return;
            }
            const bool running = snap.isRunning(promptId);
            Reply *c = running ? interrupt(promptId) : deleteFromQueue({promptId});
            connect(c, &Reply::finished, this,
                    [c, finish] { finish(c->error(), c->isOk(), u"queue_interrupt"_s); });
        });
    };
    if (d->jobsCancelRoute == 0) {
        fallback();
        return result;
    }
    JsonReply *r = postJson(u"/api/jobs/"_s + QString::fromLatin1(QUrl::toPercentEncoding(promptId))
                                + u"/cancel"_s,
                            QJsonObject{});
    connect(r, &Reply::finished, this, [this, r, finish, fallback] {
        const int status = r->httpStatus();
        if (!r->isOk() && (status == 404 || status == 405)) {
            d->jobsCancelRoute = 0; // a server before the route: remember, use the old way
            fallback();
            return;
        }
        if (r->isOk())
            d->jobsCancelRoute = 1;
        finish(r->error(), r->json().toObject().value("cancelled"_L1).toBool(), u"jobs_api"_s);
    });
    return result;
}

QueueReply *Client::fetchQueue()
{
    return d->track(new QueueReply(d->get(u"/queue"_s), d->requestTimeout, this),
                    RequestKind::Json);
}

Reply *Client::deleteFromQueue(const QStringList &promptIds)
{
    return d->track(
        new JsonReply(
            d->post(u"/queue"_s, QJsonObject{{u"delete"_s, QJsonArray::fromStringList(promptIds)}}),
            d->requestTimeout, this),
        RequestKind::Json);
}

Reply *Client::clearQueue()
{
    return d->track(new JsonReply(d->post(u"/queue"_s, QJsonObject{{u"clear"_s, true}}),
                                  d->requestTimeout, this),
                    RequestKind::Json);
}

Reply *Client::interrupt(const QString &promptId)
{
    QJsonObject body;
    if (!promptId.isEmpty())
        body.insert(u"prompt_id"_s, promptId);
    return d->track(new JsonReply(d->post(u"/interrupt"_s, body), d->requestTimeout, this),
                    RequestKind::Json);
}

HistoryReply *Client::fetchHistory(int maxItems, int offset)
{
    QUrlQuery q;
    if (maxItems >= 0)
        q.addQueryItem(u"max_items"_s, QString::number(maxItems));
    if (offset >= 0)
        q.addQueryItem(u"offset"_s, QString::number(offset));
    return d->track(new HistoryReply(d->get(u"/history"_s, q), d->requestTimeout, this),
                    RequestKind::Json);
}

HistoryReply *Client::fetchHistory(const QString &promptId)
{
    return d->track(
        new HistoryReply(
            d->get(u"/history/"_s + QString::fromLatin1(QUrl::toPercentEncoding(promptId))),
            d->requestTimeout, this),
        RequestKind::Json);
}

Reply *Client::deleteFromHistory(const QStringList &promptIds)
{
    return d->track(
        new JsonReply(d->post(u"/history"_s,
                              QJsonObject{{u"delete"_s, QJsonArray::fromStringList(promptIds)}}),
                      d->requestTimeout, this),
        RequestKind::Json);
}

Reply *Client::clearHistory()
{
    return d->track(new JsonReply(d->post(u"/history"_s, QJsonObject{{u"clear"_s, true}}),
                                  d->requestTimeout, this),
                    RequestKind::Json);
}

JsonReply *Client::fetchJson(const QString &route, const QUrlQuery &query)
{
    return d->track(new JsonReply(d->get(route, query), d->requestTimeout, this),
                    RequestKind::Json);
}

JsonReply *Client::postJson(const QString &route, const QJsonValue &body)
{
    return d->track(new JsonReply(d->post(route, body), d->requestTimeout, this),
                    RequestKind::Json);
}

JsonReply *Client::fetchSystemStats()
{
    return fetchJson(u"/system_stats"_s);
}
JsonReply *Client::fetchFeatures()
{
    return fetchJson(u"/features"_s);
}
JsonReply *Client::fetchObjectInfo(const QString &nodeClass)
{
    return fetchJson(nodeClass.isEmpty()
                         ? u"/object_info"_s
                         : u"/object_info/"_s
                               + QString::fromLatin1(QUrl::toPercentEncoding(nodeClass)));
}
JsonReply *Client::fetchEmbeddings()
{
    return fetchJson(u"/embeddings"_s);
}
JsonReply *Client::fetchExtensions()
{
    return fetchJson(u"/extensions"_s);
}
JsonReply *Client::fetchModels(const QString &folder)
{
    return fetchJson(folder.isEmpty()
                         ? u"/models"_s
                         : u"/models/"_s + QString::fromLatin1(QUrl::toPercentEncoding(folder)));
}

Reply *Client::freeMemory(bool unloadModels, bool freeMemory)
{
    return d->track(
        new JsonReply(d->post(u"/free"_s, QJsonObject{{u"unload_models"_s, unloadModels},
                                                      {u"free_memory"_s, freeMemory}}),
                      d->requestTimeout, this),
        RequestKind::Json);
}

JobsReply *Client::fetchJobs(const QUrlQuery &query)
{
    return d->track(new JobsReply(d->get(u"/api/jobs"_s, query), d->requestTimeout, this),
                    RequestKind::Json);
}

JsonReply *Client::fetchJob(const QString &id)
{
    return fetchJson(u"/api/jobs/"_s + QString::fromLatin1(QUrl::toPercentEncoding(id)));
}

QUrl Client::viewUrl(const ImageRef &ref, const QString &preview, const QString &channel) const
{
    QUrlQuery q;
    auto enc = [](const QString &s) { return QString::fromLatin1(QUrl::toPercentEncoding(s)); };
    q.addQueryItem(u"filename"_s, enc(ref.filename));
    q.addQueryItem(u"subfolder"_s, enc(ref.subfolder));
    q.addQueryItem(u"type"_s, enc(ref.type.isEmpty() ? u"output"_s : ref.type));
    if (!preview.isEmpty())
        q.addQueryItem(u"preview"_s, enc(preview));
    if (!channel.isEmpty())
        q.addQueryItem(u"channel"_s, enc(channel));
    return d->endpoint.httpUrl(u"/view"_s, q);
}

DownloadReply *Client::download(const ImageRef &ref, const QString &preview, const QString &channel)
{
    QNetworkRequest r = d->endpoint.request(viewUrl(ref, preview, channel));
    r.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                   QNetworkRequest::NoLessSafeRedirectPolicy);
    QNetworkReply *nr = d->nam->get(r);
    d->watchTls(nr);
    return d->track(new DownloadReply(nr, d->requestTimeout, ref, this), RequestKind::Download);
}

namespace {
QHttpPart formField(const QByteArray &name, const QByteArray &value)
{
    QHttpPart p;
    p.setHeader(QNetworkRequest::ContentDispositionHeader,
                QByteArray("form-data; name=\"" + name + "\""));
    p.setBody(value);
    return p;
}
} // namespace

UploadReply *Client::uploadImage(const QByteArray &data, const QString &fileName,
                                 const QString &subfolder, const QString &type, bool overwrite)
{
    auto *multi = new QHttpMultiPart(QHttpMultiPart::FormDataType);
    QHttpPart file;
    QString safeName = fileName;
    safeName.remove(u'"');
    file.setHeader(QNetworkRequest::ContentDispositionHeader,
                   QByteArray("form-data; name=\"image\"; filename=\"" + safeName.toUtf8() + "\""));
    file.setHeader(QNetworkRequest::ContentTypeHeader,
                   imageFormatMimeType(sniffImageFormat(data)).toLatin1());
    file.setBody(data);
    multi->append(file);
    if (!subfolder.isEmpty())
        multi->append(formField("subfolder", subfolder.toUtf8()));
    multi->append(formField("type", type.isEmpty() ? QByteArray("input") : type.toUtf8()));
    multi->append(formField("overwrite", overwrite ? "true" : "false"));
    QNetworkReply *nr = d->nam->post(d->jsonRequest(u"/upload/image"_s), multi);
    d->watchTls(nr);
    multi->setParent(nr);
    return d->track(new UploadReply(nr, d->requestTimeout, this), RequestKind::Upload);
}

UploadReply *Client::uploadMask(const QByteArray &data, const QString &fileName,
                                const ImageRef &originalRef, bool overwrite)
{
    auto *multi = new QHttpMultiPart(QHttpMultiPart::FormDataType);
    QHttpPart file;
    QString safeName = fileName;
    safeName.remove(u'"');
    file.setHeader(QNetworkRequest::ContentDispositionHeader,
                   QByteArray("form-data; name=\"image\"; filename=\"" + safeName.toUtf8() + "\""));
    file.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("image/png"));
    file.setBody(data);
    multi->append(file);
    multi->append(formField("type", "input"));
    multi->append(formField("overwrite", overwrite ? "true" : "false"));
    multi->append(formField("original_ref",
                            QJsonDocument(originalRef.toJson()).toJson(QJsonDocument::Compact)));
    QNetworkReply *nr = d->nam->post(d->jsonRequest(u"/upload/mask"_s), multi);
    d->watchTls(nr);
    multi->setParent(nr);
    return d->track(new UploadReply(nr, d->requestTimeout, this), RequestKind::Upload);
}

} // namespace ComfyScope
