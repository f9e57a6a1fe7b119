// SPDX-License-Identifier: MIT
#pragma once

#include <comfyscope/client.h>
#include <comfyscope/error.h>

#include <QtCore/QElapsedTimer>
#include <QtCore/QObject>
#include <QtCore/QPointer>
#include <QtCore/QTimer>
#include <QtNetwork/QNetworkRequest>

#include <functional>

class QWebSocket;

namespace ComfyScope {

class JsonReply;

/*!
 * The ComfyScope relay's observer socket (installer/comfyui-relay) next to /ws, handled like
 * ComfyDeploy's socket: started after each /ws connect, closed with it.
 *
 * start() asks GET /comfyscope/relay; a server without it (404) or with the relay off is left
 * alone until the next start(). When it is on, the socket opens with our token (header
 * X-ComfyScope-Relay-Token), previews=1 and exclude_client = our client id (our own prompts
 * already reach us on /ws). 401/403 refuse us for good (until the next start() or a new token);
 * any other loss is retried with backoff while /ws lives (1013: we were too slow). A WebSocket ping
 * checks the link; no pong in time drops and reopens it.
 */
class RelaySocket : public QObject
{
    Q_OBJECT
public:
    struct Hooks
    {
        std::function<QWebSocket *()> makeSocket; ///< a socket with proxy and TLS pinning set
        /// The upgrade request for this route (path below the server's prefix) and query.
        std::function<QNetworkRequest(const QString &route, const QUrlQuery &query)> request;
        std::function<JsonReply *()> detect; ///< GET /comfyscope/relay
        std::function<bool()> mainSocketAlive;
        std::function<QString()> clientId;
    };

    RelaySocket(Hooks hooks, QObject *parent);
    ~RelaySocket() override;

    void setMode(Client::RelayMode mode);
    Client::RelayMode mode() const { return m_mode; }
    void setToken(const QString &token);
    QString token() const { return m_token; }
    void setBackoff(int initialMs, int maxMs);
    void setPing(int intervalMs, int timeoutMs);
    Client::RelayState state() const { return m_state; }

    /// Detect and subscribe (after a /ws connect). Nothing happens in Off mode.
    void start();
    /// Close the socket and forget the detection (the /ws socket went away, or close()).
    void stop();
    /// Stop without signals (the client is being destroyed).
    void abort();

Q_SIGNALS:
    void stateChanged(ComfyScope::Client::RelayState state);
    void errorOccurred(const ComfyScope::Error &error);
    void textMessageReceived(const QString &message);
    void binaryMessageReceived(const QByteArray &message);

private:
    void setState(Client::RelayState s);
    void fail(const Error &e, Client::RelayState s);
    void openSocket();
    void onGone(QWebSocket *s);
    void scheduleRetry();

    Hooks m_hooks;
    Client::RelayMode m_mode = Client::RelayMode::Off;
    Client::RelayState m_state = Client::RelayState::Off;
    QString m_token;
    QString m_wsRoute;
    QWebSocket *m_ws = nullptr;
    QPointer<JsonReply> m_detect;
    bool m_connected = false;
    bool m_refused = false; // 401/403 from the socket: do not retry until start()
    int m_failures = 0;
    int m_initialDelay = 300;
    int m_maxDelay = 10000;
    int m_pingInterval = 15000;
    int m_pongTimeout = 10000;
    QTimer m_retryTimer;
    QTimer m_pingTimer;
    QTimer m_pongTimer;
};

} // namespace ComfyScope
