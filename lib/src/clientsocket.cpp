// SPDX-License-Identifier: MIT
// The /ws state machine: open, liveness, drop, backoff; and TLS pinning for every connection.
#include "client_p.h"

#include "error_p.h"
#include "logging_p.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QCryptographicHash>
#include <QtCore/QRandomGenerator>
#include <QtNetwork/QNetworkReply>
#ifndef QT_NO_SSL
#include <QtNetwork/QSslCertificate>
#include <QtNetwork/QSslError>
#endif

#include <QtCore/QJsonArray>
#include <QtCore/QJsonObject>
#include <QtCore/QUrlQuery>

#include <algorithm>
#include <cmath>
#include <memory>

using namespace Qt::StringLiterals;

namespace ComfyScope {

void Client::Private::setUpTimers()
{
    reconnectTimer.setSingleShot(true);
    QObject::connect(&reconnectTimer, &QTimer::timeout, q, [this] { openSocket(); });
    connectTimer.setSingleShot(true);
    QObject::connect(&connectTimer, &QTimer::timeout, q, [this] {
        dropSocket({Error::Code::Timeout,
                    QCoreApplication::translate("ComfyScope", "no WebSocket handshake within %1 s")
                        .arg(connectTimeout / 1000.0)});
    });
    QObject::connect(&pingTimer, &QTimer::timeout, q, [this] {
        if (!ws || ws->state() != QAbstractSocket::ConnectedState)
            return;
        if (!pongTimer.isActive()) {
            pingClock.start();
            pongTimer.start(pongTimeout);
        }
        ws->ping();
    });
    pongTimer.setSingleShot(true);
    QObject::connect(&pongTimer, &QTimer::timeout, q, [this] {
        dropSocket({Error::Code::Timeout,
                    QCoreApplication::translate(
                        "ComfyScope", "no answer to WebSocket ping within %1 s; reconnecting")
                        .arg(pongTimeout / 1000.0)});
    });
    QObject::connect(&pollTimer, &QTimer::timeout, q, [this] { poll(); });
    deafTimer.setSingleShot(true);
    QObject::connect(&deafTimer, &QTimer::timeout, q, [this] { probeDeaf(); });
    registrationTimer.setSingleShot(true);
    QObject::connect(&registrationTimer, &QTimer::timeout, q, [this] {
        // The server broadcasts a status for every queued prompt. None came: our sid was
        // unregistered behind our back (the replace-then-unregister race, §10.2). Reconnect.
        if (ws && state == State::Connected)
            dropSocket({Error::Code::RegistrationLost,
                        QCoreApplication::translate(
                            "ComfyScope",
                            "no status broadcast after queuing a prompt: the server lost this "
                            "connection's registration; reconnecting")});
    });
}

void Client::Private::setState(State s)
{
    if (state == s)
        return;
    state = s;
    Q_EMIT q->stateChanged(s);
}

void Client::Private::setError(const Error &error)
{
    lastError = error;
    qCInfo(COMFYSCOPE_WS) << endpoint.displayString() << error.code << error.message;
    Q_EMIT q->errorOccurred(error);
}

Error Client::Private::socketError(QWebSocket *s, QAbstractSocket::SocketError err) const
{
    if (!tlsError.isEmpty())
        return tlsRejected();
    const QString qtMessage = s->errorString();
    if (err == QAbstractSocket::ConnectionRefusedError) {
        if (const int status = handshakeStatus(qtMessage))
            return {Error::Code::HandshakeRejected,
                    QCoreApplication::translate(
                        "ComfyScope", "the server refused the WebSocket connection (HTTP %1)")
                        .arg(status),
                    qtMessage, status};
    }
    return {errorCodeFor(err), qtMessage, qtMessage};
}

#ifndef QT_NO_SSL
bool Client::Private::acceptPinned(const QList<QSslError> &errors)
{
    if (errors.isEmpty())
        return false;
    const QSslCertificate cert = errors.first().certificate();
    const QByteArray fp = cert.digest(QCryptographicHash::Sha256).toHex();
    const QByteArray pin = endpoint.pinnedCertificateSha256();
    if (!pin.isEmpty() && !cert.isNull() && fp == pin) {
        for (const QSslError &e : errors)
            if (e.certificate() != cert && !e.certificate().isNull())
                return false; // a different certificate than the pinned one is involved
        return true;
    }
    QStringList texts;
    for (const QSslError &e : errors)
        texts << e.errorString();
    tlsFingerprint = QString::fromLatin1(fp);
    tlsError = QCoreApplication::translate("ComfyScope",
                                           "TLS certificate not trusted (%1); SHA-256 %2")
                   .arg(texts.join(u"; "_s), tlsFingerprint);
    Q_EMIT q->certificateRejected(fp, texts);
    return false;
}
void Client::Private::watchTls(QNetworkReply *r)
{
    QObject::connect(r, &QNetworkReply::sslErrors, q, [this, r](const QList<QSslError> &e) {
        if (acceptPinned(e))
            r->ignoreSslErrors(e);
    });
}
#else
void Client::Private::watchTls(QNetworkReply *) {}
#endif

QWebSocket *Client::Private::makeSocket()
{
    // No Origin header: the server's origin check answers 403 to a mismatch (§1).
    auto *s = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, q);
    s->setMaxAllowedIncomingMessageSize(quint64(maxFrameSize));
    s->setMaxAllowedIncomingFrameSize(quint64(maxFrameSize));
    if (proxySet)
        s->setProxy(proxy);
#ifndef QT_NO_SSL
    QObject::connect(s, &QWebSocket::sslErrors, q, [this, s](const QList<QSslError> &e) {
        if (acceptPinned(e))
            s->ignoreSslErrors(e);
    });
#endif
    return s;
}

void Client::Private::openSocket()
{
    if (!wantOpen)
        return;
    if (!dying.isEmpty()) {
        openPending = true; // §10.2: wait until the old socket is fully gone
        return;
    }
    openPending = false;
    deltaParser.clear();
    if (!endpoint.isValid()) {
        setError({Error::Code::InvalidAddress,
                  QCoreApplication::translate("ComfyScope", "no valid server address")});
        scheduleReconnect();
        return;
    }
    ws = makeSocket();
    tlsError.clear();
    tlsFingerprint.clear();
    sessionSeen = false;
    featuresAnswered = false;
    features = {};
    statusCount = 0;
    probeStatusCount = 0;
    probeFingerprint.clear();
    deafTimer.stop();
    QWebSocket *s = ws;
    QObject::connect(s, &QWebSocket::connected, q, [this, s] { onConnected(s); });
    QObject::connect(s, &QWebSocket::disconnected, q, [this, s] { onSocketGone(s); });
    QObject::connect(s, &QWebSocket::textMessageReceived, q, [this, s](const QString &m) {
        if (s == ws)
            handleText(m);
    });
    QObject::connect(s, &QWebSocket::binaryMessageReceived, q, [this, s](const QByteArray &m) {
        if (s == ws)
            handleBinary(m);
    });
    QObject::connect(s, &QWebSocket::pong, q, [this, s](quint64 elapsed, const QByteArray &) {
        if (s != ws)
            return;
        lastPingMs = int(pingClock.isValid() ? pingClock.elapsed() : qint64(elapsed));
        pongTimer.stop();
    });
    onSocketError(s, [this, s](QAbstractSocket::SocketError err) {
        qCDebug(COMFYSCOPE_WS) << "socket error" << err << s->errorString() << s->state();
        if (s != ws)
            return;
        const Error error = socketError(s, err);
        if (s->state() == QAbstractSocket::ConnectedState) {
            setError(error); // `disconnected` follows if the connection is gone
            return;
        }
        // A failed attempt (refused, TLS, or a handshake answered 403/404: QWebSocket then
        // stays in ConnectingState and never says `disconnected`): close it and retry.
        dropSocket(error);
    });
    QObject::connect(s, &QObject::destroyed, q, [this, s] {
        dying.removeAll(s);
        if (s == ws)
            ws = nullptr;
    });
    const QUrl url = endpoint.webSocketUrl(u"/ws"_s, clientId);
    qCDebug(COMFYSCOPE_WS) << "opening" << url.toString(QUrl::RemoveQuery);
    ++attempts;
    connectTimer.start(connectTimeout);
    s->open(endpoint.request(url));
}

void Client::Private::onConnected(QWebSocket *s)
{
    if (s != ws)
        return;
    connectTimer.stop();
    failures = 0;
    // The flags must be the first text frame of every connection (§3.3).
    if (requestPreviewMetadata)
        s->sendTextMessage(QString::fromUtf8(Protocol::featureFlagsMessage()));
    stopPolling();
    setState(State::Connected);
    pingTimer.start(pingInterval);
    deploy->open();
    relay->start();
}

void Client::Private::onSocketGone(QWebSocket *s)
{
    qCDebug(COMFYSCOPE_WS) << "socket gone" << (s == ws) << dying.contains(s);
    if (dying.contains(s)) {
        dying.removeAll(s);
        s->deleteLater();
        if (dying.isEmpty() && openPending)
            openSocket();
        return;
    }
    if (s != ws)
        return;
    ws = nullptr;
    s->deleteLater();
    connectTimer.stop();
    pingTimer.stop();
    pongTimer.stop();
    registrationTimer.stop();
    deafTimer.stop();
    deploy->close();
    relay->stop();
    if (sessionSeen)
        hadSession = true;
    if (!wantOpen) {
        setState(State::Disconnected);
        return;
    }
    if (s->closeCode() == QWebSocketProtocol::CloseCodeTooMuchData) {
        // QWebSocket refused a message over setMaxFrameSize() and closed the connection.
        ProtocolError e;
        e.code = ProtocolError::Code::OversizedMessage;
        e.message = QCoreApplication::translate(
                        "ComfyScope",
                        "the server sent a message larger than the %1 byte cap; reconnecting")
                        .arg(maxFrameSize);
        Q_EMIT q->protocolErrorOccurred(e);
        setError({Error::Code::OversizedFrame, e.message});
    } else if (!tlsError.isEmpty()) {
        if (lastError.message != tlsError)
            setError(tlsRejected());
    } else if (s->error() != QAbstractSocket::UnknownSocketError && !s->errorString().isEmpty()) {
        if (lastError.message != s->errorString())
            setError(socketError(s, s->error()));
    } else if (s->closeCode() != QWebSocketProtocol::CloseCodeNormal) {
        setError({s->closeCode() == QWebSocketProtocol::CloseCodeProtocolError
                      ? Error::Code::ProtocolViolation
                      : Error::Code::ConnectionClosed,
                  QCoreApplication::translate("ComfyScope",
                                              "connection closed by the server (code %1)%2")
                      .arg(int(s->closeCode()))
                      .arg(s->closeReason().isEmpty() ? QString() : u": "_s + s->closeReason()),
                  s->closeReason()});
    }
    if (wantOpen) // an errorOccurred slot may have called close()
        scheduleReconnect();
}

void Client::Private::dropSocket(const Error &why)
{
    if (!ws)
        return;
    qCDebug(COMFYSCOPE_WS) << "dropping socket:" << why.message;
    QWebSocket *s = ws;
    ws = nullptr;
    dying.append(s);
    connectTimer.stop();
    pingTimer.stop();
    pongTimer.stop();
    registrationTimer.stop();
    deafTimer.stop();
    deploy->close();
    relay->stop();
    if (sessionSeen)
        hadSession = true;
    QObject::disconnect(s, &QWebSocket::disconnected, q, nullptr);
    QObject::connect(s, &QWebSocket::disconnected, q, [this, s] { onSocketGone(s); });
    s->abort();
    if (s->state() == QAbstractSocket::UnconnectedState)
        QTimer::singleShot(0, q, [this, s] {
            if (dying.contains(s))
                onSocketGone(s);
        });
    // Last: a slot on errorOccurred may call close() or even delete the client.
    QPointer<Client> guard(q);
    setError(why);
    if (guard && wantOpen)
        scheduleReconnect();
}

void Client::Private::startDeafProbe(int firstDelayMs)
{
    if (deafInterval <= 0)
        return;
    deafTimer.start(qMax(10, firstDelayMs));
}

void Client::Private::probeDeaf()
{
    // §10.2: a socket whose sid was taken over and released stays open (pongs keep coming) but
    // the server routes nothing to it, not even status broadcasts. The server offers no request
    // that makes it talk to one socket on demand (feature flags are answered only for the first
    // frame of a connection), so compare what the server's state says with what the socket
    // heard: every queue change is broadcast as a status, so a queue or history that moved
    // without one status reaching us means we are deaf.
    if (!ws || state != State::Connected || probeInFlight || deafInterval <= 0)
        return;
    probeInFlight = true;
    const quint64 countAtRequest = statusCount;
    struct Probe
    {
        int pending = 2;
        QString queueRemaining;
        QString newest;
        bool ok = true;
    };
    auto probe = std::make_shared<Probe>();
    QPointer<QWebSocket> socketAtRequest = ws;
    auto done = [this, probe, countAtRequest, socketAtRequest] {
        if (--probe->pending > 0)
            return;
        probeInFlight = false;
        if (!socketAtRequest || socketAtRequest != ws || state != State::Connected)
            return;
        const QString before = probeFingerprint;
        if (deafInterval > 0)
            deafTimer.start(before.isEmpty() && resumedSession ? qMin(3000, deafInterval)
                                                               : deafInterval);
        if (!probe->ok)
            return; // the server did not answer: ping/pong and timeouts deal with that
        const QString fingerprint = probe->queueRemaining + u'|' + probe->newest;
        const quint64 heardBefore = probeStatusCount;
        probeFingerprint = fingerprint;
        probeStatusCount = countAtRequest;
        if (before.isEmpty() || before == fingerprint)
            return;
        // A history that only lost entries (someone cleared it) is not broadcast: only a new
        // newest entry or other prompt ids in the queue count as movement.
        const QString oldQueue = before.section(u'|', 0, 0);
        const bool moved = oldQueue != probe->queueRemaining
                           || (!probe->newest.isEmpty()
                               && before.section(u'|', 1) != probe->newest);
        if (!moved || statusCount > heardBefore)
            return;
        // The broadcast may still be on its way (the HTTP answer can beat it): give it a moment.
        QTimer::singleShot(1500, q, [this, heardBefore, socketAtRequest] {
            if (!socketAtRequest || socketAtRequest != ws || state != State::Connected
                || statusCount > heardBefore)
                return;
            qCInfo(COMFYSCOPE_WS) << "the server's queue moved without a status reaching us";
            dropSocket({Error::Code::RegistrationLost,
                        QCoreApplication::translate(
                            "ComfyScope",
                            "the server's queue changed but no status broadcast reached this "
                            "connection: the server lost its registration; reconnecting")});
        });
    };
    JsonReply *p = q->fetchJson(u"/queue"_s);
    QObject::connect(p, &Reply::finished, q, [p, probe, done] {
        // Running and pending prompt ids: any change shows, even one that kept the length.
        const QJsonObject o = p->json().toObject();
        QStringList ids;
        for (const char *key : {"queue_running", "queue_pending"})
            for (const QJsonValue &item : o.value(QLatin1String(key)).toArray())
                ids << item.toArray().at(1).toString();
        ids.sort();
        probe->ok = probe->ok && p->isOk() && o.contains("queue_running"_L1);
        probe->queueRemaining = ids.join(u',');
        done();
    });
    QUrlQuery query;
    query.addQueryItem(u"max_items"_s, u"1"_s);
    JsonReply *h = q->fetchJson(u"/history"_s, query);
    QObject::connect(h, &Reply::finished, q, [h, probe, done] {
        const QJsonObject o = h->json().toObject();
        probe->ok = probe->ok && h->isOk();
        probe->newest = o.isEmpty() ? QString() : o.keys().constLast();
        done();
    });
}

void Client::Private::scheduleReconnect()
{
    ++failures;
    const double base = std::min<double>(maxDelay,
                                         initialDelay * std::pow(2.0, std::min(failures - 1, 20)));
    const double jitter = 0.75 + 0.5 * QRandomGenerator::global()->generateDouble();
    const int delay = int(std::clamp(base * jitter, 10.0, double(maxDelay) * 1.25));
    reconnectTimer.start(delay);
    if (failures >= pollAfter && !pollTimer.isActive())
        startPolling();
    if (state != State::Polling)
        setState(state == State::Connecting && !hadSession && failures < pollAfter
                     ? State::Connecting
                     : State::Reconnecting);
}

} // namespace ComfyScope
