// SPDX-License-Identifier: MIT
#include "relaysocket_p.h"

#include "error_p.h"
#include "logging_p.h"

#include <comfyscope/replies.h>

#include <QtCore/QCoreApplication>
#include <QtCore/QJsonObject>
#include <QtCore/QUrlQuery>
#include <QtWebSockets/QWebSocket>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ComfyScope {

RelaySocket::RelaySocket(Hooks hooks, QObject *parent)
    : QObject(parent)
    , m_hooks(std::move(hooks))
{
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &RelaySocket::openSocket);
    connect(&m_pingTimer, &QTimer::timeout, this, [this] {
        if (!m_ws || !m_connected)
            return;
        if (!m_pongTimer.isActive())
            m_pongTimer.start(m_pongTimeout);
        m_ws->ping();
    });
    m_pongTimer.setSingleShot(true);
    connect(&m_pongTimer, &QTimer::timeout, this, [this] {
        if (!m_ws)
            return;
        qCInfo(COMFYSCOPE_WS) << "relay: no pong; reopening";
        QWebSocket *s = m_ws;
        s->abort(); // `disconnected` → onGone → retry
        if (m_ws == s)
            onGone(s);
    });
}

RelaySocket::~RelaySocket()
{
    abort();
}

void RelaySocket::setMode(Client::RelayMode mode)
{
    m_mode = mode;
    if (mode == Client::RelayMode::Off)
        stop();
}

void RelaySocket::setToken(const QString &token)
{
    m_token = token;
    m_refused = false;
}

void RelaySocket::setBackoff(int initialMs, int maxMs)
{
    m_initialDelay = initialMs;
    m_maxDelay = maxMs;
}

void RelaySocket::setPing(int intervalMs, int timeoutMs)
{
    m_pingInterval = intervalMs;
    m_pongTimeout = timeoutMs;
}

void RelaySocket::setState(Client::RelayState s)
{
    if (m_state == s)
        return;
    m_state = s;
    Q_EMIT stateChanged(s);
}

void RelaySocket::fail(const Error &e, Client::RelayState s)
{
    qCInfo(COMFYSCOPE_WS) << "relay:" << e.code << e.message;
    setState(s);
    Q_EMIT errorOccurred(e);
}

void RelaySocket::start()
{
    if (m_mode == Client::RelayMode::Off || !m_hooks.mainSocketAlive())
        return;
    stop();
    m_refused = false;
    m_failures = 0;
    setState(Client::RelayState::Checking);
    JsonReply *r = m_hooks.detect();
    m_detect = r;
    connect(r, &Reply::finished, this, [this, r] {
        if (m_detect != r)
            return;
        m_detect = nullptr;
        if (!r->isOk()) {
            // 404: not installed. Anything else: we cannot tell; /ws reports real outages.
            qCDebug(COMFYSCOPE_WS)
                << "relay: detection failed" << r->httpStatus() << r->errorString();
            setState(Client::RelayState::Absent);
            return;
        }
        const QJsonObject o = r->json().toObject();
        if (!o.value("enabled"_L1).toBool()) {
            setState(o.contains("version"_L1) ? Client::RelayState::Disabled
                                              : Client::RelayState::Absent);
            return;
        }
        m_wsRoute = o.value("ws"_L1).toString(u"/comfyscope/relay/ws"_s);
        if (!m_wsRoute.startsWith(u'/'))
            m_wsRoute.prepend(u'/');
        if (o.value("token_required"_L1).toBool() && m_token.isEmpty()) {
            fail({Error::Code::HandshakeRejected,
                  QCoreApplication::translate(
                      "ComfyScope",
                      "the ComfyScope relay on this server requires a token; none is set")},
                 Client::RelayState::Refused);
            return;
        }
        openSocket();
    });
}

void RelaySocket::openSocket()
{
    if (m_mode == Client::RelayMode::Off || m_ws || m_refused || m_wsRoute.isEmpty()
        || !m_hooks.mainSocketAlive())
        return;
    setState(Client::RelayState::Connecting);
    m_ws = m_hooks.makeSocket();
    m_connected = false;
    QWebSocket *s = m_ws;
    connect(s, &QWebSocket::connected, this, [this, s] {
        if (s != m_ws)
            return;
        m_connected = true;
        m_failures = 0;
        m_pingTimer.start(m_pingInterval);
        setState(Client::RelayState::Connected);
    });
    connect(s, &QWebSocket::textMessageReceived, this, [this, s](const QString &m) {
        if (s == m_ws)
            Q_EMIT textMessageReceived(m);
    });
    connect(s, &QWebSocket::binaryMessageReceived, this, [this, s](const QByteArray &m) {
        if (s == m_ws)
            Q_EMIT binaryMessageReceived(m);
    });
    connect(s, &QWebSocket::pong, this, [this, s] {
        if (s == m_ws)
            m_pongTimer.stop();
    });
    connect(s, &QWebSocket::disconnected, this, [this, s] { onGone(s); });
    auto failed = [this, s](QAbstractSocket::SocketError) {
        if (s != m_ws || s->state() == QAbstractSocket::ConnectedState)
            return; // `disconnected` follows
        const int status = handshakeStatus(s->errorString());
        QObject::disconnect(s, &QWebSocket::disconnected, nullptr, nullptr);
        s->abort();
        if (status == 401 || status == 403) {
            m_ws = nullptr;
            s->deleteLater();
            m_refused = true;
            fail({Error::Code::HandshakeRejected,
                  status == 401
                      ? QCoreApplication::translate(
                          "ComfyScope", "the ComfyScope relay wants a token (HTTP 401); none was "
                                        "sent")
                      : QCoreApplication::translate(
                          "ComfyScope", "the ComfyScope relay refused the token (HTTP 403)"),
                  s->errorString(), status},
                 Client::RelayState::Refused);
            return;
        }
        if (status == 404) {
            m_ws = nullptr;
            s->deleteLater();
            setState(Client::RelayState::Disabled);
            return;
        }
        QTimer::singleShot(0, this, [this, s] { onGone(s); });
    };
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    connect(s, &QWebSocket::errorOccurred, this, failed);
#else
    connect(s, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), this, failed);
#endif
    QUrlQuery query;
    query.addQueryItem(u"previews"_s, u"1"_s);
    const QString id = m_hooks.clientId();
    if (!id.isEmpty())
        query.addQueryItem(u"exclude_client"_s, QString::fromLatin1(QUrl::toPercentEncoding(id)));
    QNetworkRequest req = m_hooks.request(m_wsRoute, query);
    if (!m_token.isEmpty())
        req.setRawHeader("X-ComfyScope-Relay-Token", m_token.toUtf8());
    s->open(req);
}

void RelaySocket::onGone(QWebSocket *s)
{
    if (s != m_ws)
        return;
    const bool wasConnected = m_connected;
    const auto code = s->closeCode();
    m_ws = nullptr;
    m_connected = false;
    m_pingTimer.stop();
    m_pongTimer.stop();
    s->deleteLater();
    if (!m_hooks.mainSocketAlive() || m_mode == Client::RelayMode::Off) {
        setState(Client::RelayState::Off);
        return; // follows the main socket
    }
    if (wasConnected && int(code) == 1013)
        qCInfo(COMFYSCOPE_WS) << "relay: dropped as too slow (1013); reconnecting";
    scheduleRetry();
}

void RelaySocket::scheduleRetry()
{
    setState(Client::RelayState::Connecting);
    ++m_failures;
    m_retryTimer.start(std::min(m_maxDelay, m_initialDelay << std::min(m_failures - 1, 10)));
}

void RelaySocket::stop()
{
    m_retryTimer.stop();
    m_pingTimer.stop();
    m_pongTimer.stop();
    m_detect = nullptr;
    if (m_ws) {
        QWebSocket *s = m_ws;
        m_ws = nullptr;
        m_connected = false;
        s->disconnect(this);
        s->close();
        s->deleteLater();
    }
    setState(Client::RelayState::Off);
}

void RelaySocket::abort()
{
    m_retryTimer.stop();
    m_pingTimer.stop();
    m_pongTimer.stop();
    if (m_ws) {
        m_ws->disconnect();
        m_ws->abort();
    }
}

} // namespace ComfyScope
