// SPDX-License-Identifier: MIT
#pragma once

#include <comfyscope/client.h>
#include <comfyscope/protocol.h>
#include <comfyscope/replies.h>

#include "deploysocket_p.h"
#include "frameattribution_p.h"
#include "protocoldelta_p.h"
#include "protocolfast_p.h"
#include "relaysocket_p.h"

#include <QtCore/QElapsedTimer>
#include <QtCore/QPointer>
#include <QtCore/QSet>
#include <QtCore/QTimer>
#include <QtNetwork/QNetworkProxy>
#include <QtNetwork/QNetworkRequest>
#include <QtWebSockets/QWebSocket>

class QNetworkReply;
class QSslError;

namespace ComfyScope {

/*!
 * The client's state, shared by the files that implement it:
 * - clientsocket.cpp: the /ws state machine (open, liveness, drop, backoff) and TLS pinning;
 * - clientpolling.cpp: the HTTP polling fallback while /ws cannot be opened;
 * - clientdispatch.cpp: text and binary frames from both sockets to typed signals;
 * - client.cpp: the public API and the REST calls.
 * ComfyDeploy's socket is a DeploySocket, the relay's a RelaySocket (relayed messages are
 * dispatched like ours with currentRelay set); which prompt and node a frame belongs to is decided
 * by FrameAttribution.
 */
class Client::Private
{
public:
    Private(Client *qq, QNetworkAccessManager *n);

    Client *q;
    QNetworkAccessManager *nam;
    ServerEndpoint endpoint;
    QString clientId;
    QString sid;
    State state = State::Disconnected;
    Error lastError;
    QString tlsError;       // why the current socket's TLS handshake was refused
    QString tlsFingerprint; // the refused certificate's SHA-256 (hex)
    QNetworkProxy proxy;    // used for REST and both sockets once set
    bool proxySet = false;

    // Main socket
    QWebSocket *ws = nullptr;
    QList<QWebSocket *> dying; // sockets closing; no new socket opens before they are gone
    bool wantOpen = false;
    bool openPending = false;
    bool sessionSeen = false; // a status with sid arrived on the current socket
    bool hadSession = false;  // some earlier socket of this open() had a session
    int failures = 0;
    int attempts = 0;
    QTimer reconnectTimer;
    QTimer connectTimer;
    QTimer pingTimer;
    QTimer pongTimer;
    QTimer registrationTimer; // armed after a submit: a status broadcast must follow
    int registrationTimeout = 5000;
    QElapsedTimer pingClock;
    int lastPingMs = -1;

    // Tuning
    int initialDelay = 300;
    int maxDelay = 10000;
    int pingInterval = 15000;
    int pongTimeout = 10000;
    int connectTimeout = 15000;
    int pollAfter = 2;
    int pollInterval = 1000;
    int requestTimeout = 30000;
    struct Limits
    {
        int deadlineMs;
        qint64 maxBytes;
    };
    Limits limits[3] = {{120000, 128LL << 20}, {900000, 1LL << 30}, {900000, 1LL << 20}};
    int inFlight = 0;
    bool flushPool = false; // a request timed out: drop pooled connections once idle
    template<class R>
    R *track(R *reply, RequestKind kind)
    {
        reply->setLimits(limits[int(kind)].deadlineMs, limits[int(kind)].maxBytes);
        watchReply(reply);
        return reply;
    }
    void watchReply(Reply *reply);
    /// -1 unknown, 0 no /api/jobs/{id}/cancel (older server), 1 present
    int jobsCancelRoute = -1;

    // Deaf-socket probe (§10.2)
    QTimer deafTimer;
    int deafInterval = 30000;
    quint64 statusCount = 0;      // status messages received on the current socket
    quint64 probeStatusCount = 0; // statusCount when the last probe's baseline was taken
    QString probeFingerprint;     // queue_remaining + newest history id at the last probe
    bool probeInFlight = false;
    bool resumedSession = false;
    void startDeafProbe(int firstDelayMs);
    void probeDeaf();
    qint64 maxFrameSize = 256LL * 1024 * 1024;
    bool requestPreviewMetadata = true;

    // Polling fallback
    QTimer pollTimer;
    QPointer<JsonReply> pollReply;

    // Features
    FeatureFlags features;
    bool featuresAnswered = false;

    // ComfyDeploy socket (created in the constructor, a child of the client)
    DeploySocket *deploy = nullptr;
    // The ComfyScope relay's observer socket (a child of the client)
    RelaySocket *relay = nullptr;
    RelayEnvelope currentRelay; // set while a relayed message's signals are emitted

    // Attribution of frames to prompts and nodes
    FrameAttribution attribution;
    Protocol::FastMessageParser fastParser; // /ws text messages
    Protocol::DeltaParser deltaParser;      // a sampler step as a change of the one before
    QSet<QString> classLookups;             // prompts whose graph is being read from GET /queue
    quint64 frameSeq = 0;

    // --- socket state machine (clientsocket.cpp) ----------------------------------------------
    void setUpTimers();
    void setState(State s);
    void setError(const Error &error);
    Error tlsRejected() const { return {Error::Code::TlsRejected, tlsError, tlsFingerprint}; }
    /// What a socket's error means, in the library's terms.
    Error socketError(QWebSocket *s, QAbstractSocket::SocketError err) const;
    /// Ignore TLS errors only when the peer's certificate matches the pinned fingerprint.
    bool acceptPinned(const QList<QSslError> &errors);
    void watchTls(QNetworkReply *r);
    QWebSocket *makeSocket();
    template<class F>
    void onSocketError(QWebSocket *s, F &&f)
    {
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
        QObject::connect(s, &QWebSocket::errorOccurred, q, std::forward<F>(f));
#else
        QObject::connect(s, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), q,
                         std::forward<F>(f));
#endif
    }
    void openSocket();
    void onConnected(QWebSocket *s);
    /// Called once per socket when it is closed, failed or aborted.
    void onSocketGone(QWebSocket *s);
    /// Drop the current socket (dead, timed out, or the user asked) and reconnect.
    void dropSocket(const Error &why);
    void scheduleReconnect();

    // --- polling fallback (clientpolling.cpp) -------------------------------------------------
    void startPolling();
    void stopPolling();
    void poll();

    // --- dispatch (clientdispatch.cpp) --------------------------------------------------------
    void handleText(const QString &text);
    void dispatch(const Protocol::ParsedMessage &pm, const RelayEnvelope &relayed = {});
    void learnClasses(const QString &promptId);
    void handleBinary(const QByteArray &frame);
    void handleDeployText(const QString &text);
    void handleDeployBinary(const QByteArray &frame);
    void emitImage(ImageFrame &frame);
    void handleRelayText(const QString &text);
    void handleRelayBinary(const QByteArray &frame);

    // --- REST helpers (client.cpp) ------------------------------------------------------------
    QNetworkRequest jsonRequest(const QString &route, const QUrlQuery &query = {}) const;
    QNetworkReply *get(const QString &route, const QUrlQuery &query = {});
    QNetworkReply *post(const QString &route, const QJsonValue &body);
};

} // namespace ComfyScope
