// SPDX-License-Identifier: MIT
#pragma once

#include <comfyscope/client.h>

#include <QtCore/QObject>
#include <QtCore/QTimer>
#include <QtNetwork/QNetworkRequest>

#include <functional>

class QWebSocket;

namespace ComfyScope {

/*!
 * ComfyDeploy's /comfyui-deploy/ws next to the main socket: opened after each /ws connect,
 * closed with it. In Auto mode a server without the node pack (the socket never connects) is left
 * alone until resetAvailability() (a new open() or endpoint); in On mode it is retried with
 * backoff like /ws.
 */
class DeploySocket : public QObject
{
    Q_OBJECT
public:
    struct Hooks
    {
        std::function<QWebSocket *()> makeSocket; ///< a socket with proxy and TLS pinning set
        std::function<QNetworkRequest()> request; ///< the upgrade request for the current server
        std::function<bool()> mainSocketAlive;    ///< /ws exists (connected or connecting)
    };

    DeploySocket(Hooks hooks, QObject *parent);
    ~DeploySocket() override;

    void setMode(Client::DeploySocketMode mode);
    Client::DeploySocketMode mode() const { return m_mode; }
    /// Backoff between retries in On mode: initialMs doubled per failure, capped at maxMs.
    void setBackoff(int initialMs, int maxMs);
    /// Try the socket again in Auto mode even though it was missing before.
    void resetAvailability() { m_unavailable = false; }
    bool isConnected() const { return m_connected; }

    /// Open it unless the mode is Off, it is open already, /ws is gone or it is known missing.
    void open();
    void close();
    /// Stop without signals (the client is being destroyed).
    void abort();

Q_SIGNALS:
    void textMessageReceived(const QString &message);
    void binaryMessageReceived(const QByteArray &message);

private:
    void onGone(QWebSocket *s);

    Hooks m_hooks;
    Client::DeploySocketMode m_mode = Client::DeploySocketMode::Auto;
    QWebSocket *m_ws = nullptr;
    bool m_connected = false;
    bool m_unavailable = false;
    int m_failures = 0;
    int m_initialDelay = 300;
    int m_maxDelay = 10000;
    QTimer m_retryTimer;
};

} // namespace ComfyScope
