// SPDX-License-Identifier: MIT
#include "deploysocket_p.h"

#include "logging_p.h"

#include <QtWebSockets/QWebSocket>

#include <algorithm>

namespace ComfyScope {

DeploySocket::DeploySocket(Hooks hooks, QObject *parent)
    : QObject(parent)
    , m_hooks(std::move(hooks))
{
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &DeploySocket::open);
}

DeploySocket::~DeploySocket()
{
    abort();
}

void DeploySocket::setMode(Client::DeploySocketMode mode)
{
    m_mode = mode;
    m_unavailable = false;
    if (mode == Client::DeploySocketMode::Off)
        close();
}

void DeploySocket::setBackoff(int initialMs, int maxMs)
{
    m_initialDelay = initialMs;
    m_maxDelay = maxMs;
}

void DeploySocket::open()
{
    if (m_mode == Client::DeploySocketMode::Off || m_ws || !m_hooks.mainSocketAlive()
        || m_unavailable)
        return;
    m_ws = m_hooks.makeSocket();
    m_connected = false;
    QWebSocket *s = m_ws;
    connect(s, &QWebSocket::connected, this, [this, s] {
        if (s != m_ws)
            return;
        m_connected = true;
        m_failures = 0;
    });
    connect(s, &QWebSocket::textMessageReceived, this, [this, s](const QString &m) {
        if (s == m_ws)
            Q_EMIT textMessageReceived(m);
    });
    connect(s, &QWebSocket::binaryMessageReceived, this, [this, s](const QByteArray &m) {
        if (s == m_ws)
            Q_EMIT binaryMessageReceived(m);
    });
    connect(s, &QWebSocket::disconnected, this, [this, s] { onGone(s); });
    auto failed = [this, s](QAbstractSocket::SocketError) {
        if (s->state() == QAbstractSocket::ConnectedState)
            return; // `disconnected` follows
        QObject::disconnect(s, &QWebSocket::disconnected, nullptr, nullptr);
        s->abort();
        QTimer::singleShot(0, s, [this, s] { onGone(s); });
    };
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    connect(s, &QWebSocket::errorOccurred, this, failed);
#else
    connect(s, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), this, failed);
#endif
    s->open(m_hooks.request());
}

void DeploySocket::onGone(QWebSocket *s)
{
    if (s != m_ws)
        return;
    const bool wasConnected = m_connected;
    m_ws = nullptr;
    m_connected = false;
    s->deleteLater();
    if (!m_hooks.mainSocketAlive())
        return; // follows the main socket
    if (!wasConnected && m_mode == Client::DeploySocketMode::Auto) {
        m_unavailable = true; // the server has no ComfyDeploy pack
        qCDebug(COMFYSCOPE_WS) << "no /comfyui-deploy/ws on this server";
        return;
    }
    ++m_failures;
    m_retryTimer.start(std::min(m_maxDelay, m_initialDelay << std::min(m_failures, 10)));
}

void DeploySocket::close()
{
    m_retryTimer.stop();
    if (!m_ws)
        return;
    QWebSocket *s = m_ws;
    m_ws = nullptr;
    m_connected = false;
    s->abort();
    s->deleteLater();
}

void DeploySocket::abort()
{
    m_retryTimer.stop();
    if (m_ws) {
        m_ws->disconnect(); // also the client's TLS check (makeSocket)
        m_ws->abort();
    }
}

} // namespace ComfyScope
