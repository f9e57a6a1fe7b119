// SPDX-License-Identifier: MIT
#include <comfyscope/client.h>
#include <comfyscope/protocol.h>
#include <comfyscope/replies.h>

#include "error_p.h"
#include "logging_p.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QCryptographicHash>
#include <QtCore/QElapsedTimer>
#include <QtCore/QHash>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QPointer>
#include <QtCore/QRegularExpression>
#include <QtCore/QRandomGenerator>
#include <QtCore/QThread>
#include <QtCore/QTimer>
#include <QtCore/QUuid>
#include <QtNetwork/QHttpMultiPart>
#include <QtNetwork/QNetworkAccessManager>
#include <QtNetwork/QNetworkProxy>
#include <QtNetwork/QNetworkReply>
#ifndef QT_NO_SSL
#include <QtNetwork/QSslCertificate>
#include <QtNetwork/QSslError>
#endif
#include <QtWebSockets/QWebSocket>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace ComfyScope {

namespace {
QString newClientId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

/// QWebSocket reports a refused upgrade only as text ("…Unhandled http status code: 403
/// (Forbidden)."); the status is the number after "status code". 0 when there is none.
int handshakeStatus(const QString &qtMessage)
{
    static const QRegularExpression re(u"status code:?\\s*(\\d{3})"_s,
                                       QRegularExpression::CaseInsensitiveOption);
    const auto m = re.match(qtMessage);
    return m.hasMatch() ? m.captured(1).toInt() : 0;
}
} // namespace

class Client::Private
{
public:
    explicit Private(Client *qq, QNetworkAccessManager *n)
        : q(qq)
        , nam(n ? n : new QNetworkAccessManager(qq))
        , clientId(newClientId())
    {}

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
    qint64 maxFrameSize = 256LL * 1024 * 1024;
    bool requestPreviewMetadata = true;

    // Polling fallback
    QTimer pollTimer;
    QPointer<JsonReply> pollReply;

    // Features
    FeatureFlags features;
    bool featuresAnswered = false;

    // ComfyDeploy socket
    DeploySocketMode deployMode = DeploySocketMode::Auto;
    QWebSocket *deployWs = nullptr;
    bool deployConnected = false;
    bool deployUnavailable = false;
    int deployFailures = 0;
    QTimer deployTimer;

    // Attribution of frames that carry no ids
    QString currentPrompt;
    QString currentNode;
    QHash<QString, QHash<QString, QString>> nodeClasses;
    QStringList ownUnfinished; // prompts submit() queued that have not finished, oldest first
    QSet<QString> classLookups;
    quint64 frameSeq = 0;

    void setState(State s)
    {
        if (state == s)
            return;
        state = s;
        Q_EMIT q->stateChanged(s);
    }

    void setError(const Error &error)
    {
        lastError = error;
        qCInfo(COMFYSCOPE_WS) << endpoint.displayString() << error.code << error.message;
        Q_EMIT q->errorOccurred(error);
    }

    Error tlsRejected() const { return {Error::Code::TlsRejected, tlsError, tlsFingerprint}; }

    /// What a socket's error means, in the library's terms.
    Error socketError(QWebSocket *s, QAbstractSocket::SocketError err) const
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
    /// Ignore TLS errors only when the peer's certificate matches the pinned fingerprint.
    bool acceptPinned(const QList<QSslError> &errors)
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
    void watchTls(QNetworkReply *r)
    {
        QObject::connect(r, &QNetworkReply::sslErrors, q, [this, r](const QList<QSslError> &e) {
            if (acceptPinned(e))
                r->ignoreSslErrors(e);
        });
    }
#else
    void watchTls(QNetworkReply *) {}
#endif

    QWebSocket *makeSocket()
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

    void openSocket()
    {
        if (!wantOpen)
            return;
        if (!dying.isEmpty()) {
            openPending = true; // §10.2: wait until the old socket is fully gone
            return;
        }
        openPending = false;
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

    void onConnected(QWebSocket *s)
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
        openDeploySocket();
    }

    /// Called once per socket when it is closed, failed or aborted.
    void onSocketGone(QWebSocket *s)
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
        closeDeploySocket();
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
        } else if (s->error() != QAbstractSocket::UnknownSocketError
                   && !s->errorString().isEmpty()) {
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

    /// Drop the current socket (dead, timed out, or the user asked) and reconnect.
    void dropSocket(const Error &why)
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
        closeDeploySocket();
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

    void scheduleReconnect()
    {
        ++failures;
        const double base = std::min<double>(
            maxDelay, initialDelay * std::pow(2.0, std::min(failures - 1, 20)));
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

    // --- polling fallback ---------------------------------------------------------------------
    void startPolling()
    {
        pollTimer.start(pollInterval);
        poll();
    }
    void stopPolling()
    {
        pollTimer.stop();
        if (pollReply)
            pollReply->abort();
    }
    void poll()
    {
        if (pollReply || state == State::Connected)
            return;
        JsonReply *r = q->fetchJson(u"/prompt"_s);
        pollReply = r;
        QObject::connect(r, &Reply::finished, q, [this, r] {
            if (state == State::Connected || !wantOpen)
                return;
            const QJsonValue q =
                r->json().toObject().value("exec_info"_L1).toObject().value("queue_remaining"_L1);
            if (r->isOk() && q.isDouble()) {
                setState(State::Polling);
                StatusEvent e;
                e.queueRemaining = int(q.toDouble());
                e.fromPolling = true;
                Q_EMIT this->q->statusReceived(e);
            } else {
                // A refused certificate says why (and its fingerprint) better than Qt's text.
                lastError = !tlsError.isEmpty() ? tlsRejected()
                            : r->error().isOk()
                                ? Error{Error::Code::ProtocolViolation,
                                        QCoreApplication::translate("ComfyScope", "polling failed")}
                                : r->error();
                if (state == State::Polling) {
                    setError(lastError);
                    setState(State::Reconnecting);
                }
            }
        });
    }

    // --- ComfyDeploy socket -------------------------------------------------------------------
    void openDeploySocket()
    {
        if (deployMode == DeploySocketMode::Off || deployWs || !ws || deployUnavailable)
            return;
        deployWs = makeSocket();
        deployConnected = false;
        QWebSocket *s = deployWs;
        QObject::connect(s, &QWebSocket::connected, q, [this, s] {
            if (s != deployWs)
                return;
            deployConnected = true;
            deployFailures = 0;
        });
        QObject::connect(s, &QWebSocket::textMessageReceived, q, [this, s](const QString &m) {
            if (s == deployWs)
                handleDeployText(m);
        });
        QObject::connect(s, &QWebSocket::binaryMessageReceived, q, [this, s](const QByteArray &m) {
            if (s == deployWs)
                handleDeployBinary(m);
        });
        auto gone = [this, s] {
            if (s != deployWs)
                return;
            const bool wasConnected = deployConnected;
            deployWs = nullptr;
            deployConnected = false;
            s->deleteLater();
            if (!ws)
                return; // follows the main socket
            if (!wasConnected && deployMode == DeploySocketMode::Auto) {
                deployUnavailable = true; // the server has no ComfyDeploy pack
                qCDebug(COMFYSCOPE_WS) << "no /comfyui-deploy/ws on this server";
                return;
            }
            ++deployFailures;
            deployTimer.start(std::min(maxDelay, initialDelay << std::min(deployFailures, 10)));
        };
        QObject::connect(s, &QWebSocket::disconnected, q, gone);
        onSocketError(s, [s, gone](QAbstractSocket::SocketError) {
            if (s->state() == QAbstractSocket::ConnectedState)
                return; // `disconnected` follows
            QObject::disconnect(s, &QWebSocket::disconnected, nullptr, nullptr);
            s->abort();
            QTimer::singleShot(0, s, gone);
        });
        s->open(endpoint.request(endpoint.webSocketUrl(u"/comfyui-deploy/ws"_s, clientId)));
    }

    void closeDeploySocket()
    {
        deployTimer.stop();
        if (!deployWs)
            return;
        QWebSocket *s = deployWs;
        deployWs = nullptr;
        deployConnected = false;
        s->abort();
        s->deleteLater();
    }

    // --- dispatch -------------------------------------------------------------------------------
    void handleText(const QString &text)
    {
        const QByteArray utf8 = text.toUtf8();
        if (qint64(utf8.size()) > maxFrameSize) {
            ProtocolError e;
            e.code = ProtocolError::Code::OversizedMessage;
            e.message = QCoreApplication::translate("ComfyScope",
                                                    "text message of %1 bytes exceeds the cap")
                            .arg(utf8.size());
            e.excerpt = utf8.left(64);
            Q_EMIT q->protocolErrorOccurred(e);
            return;
        }
        dispatch(Protocol::parseMessage(utf8));
    }

    void dispatch(const Protocol::ParsedMessage &pm)
    {
        using T = Protocol::Event::Type;
        const Protocol::Event &m = pm.message;
        bool ok = true;
        switch (m.type()) {
        case T::ProtocolError: {
            const auto &e = *m.get<ProtocolError>();
            ok = false;
            qCWarning(COMFYSCOPE_WS) << "protocol error:" << e.message;
            Q_EMIT q->protocolErrorOccurred(e);
            break;
        }
        case T::Unknown: {
            const auto &u = *m.get<Protocol::UnknownMessage>();
            ok = u.rawData.isObject(); // messageReceived carries objects only
            Q_EMIT q->unknownMessageReceived(u.type, u.rawData);
            break;
        }
        case T::Status: {
            const auto &e = *m.get<StatusEvent>();
            registrationTimer.stop();
            if (!e.sid.isEmpty() && !sessionSeen) {
                sessionSeen = true;
                sid = e.sid;
                const bool resumed = hadSession;
                hadSession = true;
                Q_EMIT q->sessionStarted(sid, resumed);
            }
            Q_EMIT q->statusReceived(e);
            break;
        }
        case T::ExecutionStart: {
            const auto &e = *m.get<ExecutionStartEvent>();
            currentPrompt = e.promptId;
            currentNode.clear();
            learnClasses(e.promptId);
            Q_EMIT q->executionStartReceived(e);
            break;
        }
        case T::ExecutionCached:
            Q_EMIT q->executionCachedReceived(*m.get<ExecutionCachedEvent>());
            break;
        case T::Executing: {
            const auto &e = *m.get<ExecutingEvent>();
            if (e.isFinished()) {
                if (e.promptId == currentPrompt || e.promptId.isEmpty()) {
                    currentPrompt.clear();
                    currentNode.clear();
                }
                Q_EMIT q->executingReceived(e);
                if (!e.promptId.isEmpty()) {
                    ownUnfinished.removeAll(e.promptId);
                    Q_EMIT q->promptFinished(e.promptId);
                }
                break;
            }
            if (!e.promptId.isEmpty())
                currentPrompt = e.promptId;
            currentNode = e.node;
            Q_EMIT q->executingReceived(e);
            break;
        }
        case T::Progress: {
            const auto &e = *m.get<ProgressEvent>();
            if (!e.promptId.isEmpty() && !e.node.isEmpty()) {
                currentPrompt = e.promptId;
                currentNode = e.node;
            }
            Q_EMIT q->progressReceived(e);
            break;
        }
        case T::ProgressState:
            Q_EMIT q->progressStateReceived(*m.get<ProgressStateEvent>());
            break;
        case T::Executed:
            Q_EMIT q->executedReceived(*m.get<ExecutedEvent>());
            break;
        case T::ExecutionSuccess:
            Q_EMIT q->executionSuccessReceived(*m.get<ExecutionSuccessEvent>());
            break;
        case T::ExecutionError:
            Q_EMIT q->executionErrorReceived(*m.get<ExecutionErrorEvent>());
            break;
        case T::ExecutionInterrupted:
            Q_EMIT q->executionInterruptedReceived(*m.get<ExecutionInterruptedEvent>());
            break;
        case T::FeatureFlags:
            features = *m.get<FeatureFlags>();
            featuresAnswered = true;
            Q_EMIT q->featureFlagsReceived(features);
            break;
        case T::Logs:
            Q_EMIT q->logsReceived(*m.get<LogsEvent>());
            break;
        case T::Deploy:
            Q_EMIT q->deployEventReceived(*m.get<DeployEvent>());
            break;
        case T::Image:
        case T::ProgressText:
            break; // binary payloads never come out of a text message
        }
        if (ok)
            Q_EMIT q->messageReceived(pm.type, pm.data);
    }

    void learnClasses(const QString &promptId)
    {
        // Watching prompts queued by another tool under our id: read the graph from /queue once
        // so SaveImageWebsocket frames can be told from previews.
        if (promptId.isEmpty() || nodeClasses.contains(promptId) || classLookups.contains(promptId))
            return;
        classLookups.insert(promptId);
        QueueReply *r = q->fetchQueue();
        QObject::connect(r, &Reply::finished, q, [this, r, promptId] {
            classLookups.remove(promptId);
            if (!r->isOk())
                return;
            const QueueSnapshot s = r->queue();
            for (const auto &list : {s.running, s.pending})
                for (const QueueItem &item : list)
                    if (!nodeClasses.contains(item.promptId))
                        nodeClasses.insert(item.promptId, classesOf(item.prompt));
        });
    }

    static QHash<QString, QString> classesOf(const QJsonObject &workflow)
    {
        QHash<QString, QString> out;
        for (auto it = workflow.constBegin(); it != workflow.constEnd(); ++it)
            out.insert(it.key(), it->toObject().value("class_type"_L1).toString());
        return out;
    }

    void refineKind(ImageFrame &f) const
    {
        const auto classes = nodeClasses.value(f.promptId);
        QString cls = classes.value(f.realNodeId.isEmpty() ? f.nodeId : f.realNodeId);
        if (cls.isEmpty())
            cls = classes.value(f.displayNodeId);
        if (cls.isEmpty())
            return; // keep the format-based guess
        const bool wsOut = cls.contains("websocket"_L1, Qt::CaseInsensitive)
                           && !cls.contains("preview"_L1, Qt::CaseInsensitive);
        f.kind = wsOut ? ImageKind::WebSocketOutput : ImageKind::SamplerPreview;
    }

    void handleBinary(const QByteArray &frame)
    {
        Protocol::FrameOptions opt;
        opt.maxFrameSize = maxFrameSize;
        // The extended TEXT layout (PR #12540) applies only if we asked for it, and we do not.
        opt.progressTextMetadata = false;
        const Protocol::Frame parsed = Protocol::parseFrame(frame, opt);
        if (const auto *e = parsed.get<ProtocolError>()) {
            qCWarning(COMFYSCOPE_WS) << "binary frame refused:" << e->message;
            Q_EMIT q->protocolErrorOccurred(*e);
        } else if (const auto *image = parsed.get<ImageFrame>()) {
            ImageFrame f = *image;
            if (!f.attributed) {
                f.promptId = currentPrompt;
                f.nodeId = currentNode;
                f.displayNodeId = currentNode;
            }
            refineKind(f);
            f.receivedAt = QDateTime::currentDateTimeUtc();
            f.sequence = ++frameSeq;
            Q_EMIT q->imageReceived(f);
        } else if (const auto *t = parsed.get<ProgressTextEvent>()) {
            Q_EMIT q->progressTextReceived(*t);
        }
    }

    void handleDeployText(const QString &text)
    {
        const Protocol::ParsedMessage pm = Protocol::parseDeployMessage(text.toUtf8());
        if (const auto *e = pm.message.get<ProtocolError>()) {
            Q_EMIT q->protocolErrorOccurred(*e);
            return;
        }
        // Core messages are copied here too; /ws already delivered them.
        if (const auto *de = pm.message.get<DeployEvent>())
            Q_EMIT q->deployEventReceived(*de);
    }

    void handleDeployBinary(const QByteArray &frame)
    {
        Protocol::FrameOptions opt;
        opt.maxFrameSize = maxFrameSize;
        const Protocol::Frame parsed = Protocol::parseDeployFrame(frame, opt);
        if (const auto *e = parsed.get<ProtocolError>()) {
            Q_EMIT q->protocolErrorOccurred(*e);
            return;
        }
        if (const auto *image = parsed.get<ImageFrame>()) {
            ImageFrame copy = *image;
            ImageFrame *f = &copy;
            f->promptId = currentPrompt;
            f->nodeId = currentNode;
            if (f->promptId.isEmpty()) {
                // The frame beat /ws's execution_start: the oldest unfinished prompt of ours
                // that has a ComfyDeploy output node is the one running.
                for (const QString &id : std::as_const(ownUnfinished)) {
                    const auto classes = nodeClasses.value(id);
                    if (std::any_of(classes.cbegin(), classes.cend(), [](const QString &c) {
                            return c == "ComfyDeployWebscoketImageOutput"_L1;
                        })) {
                        f->promptId = id;
                        break;
                    }
                }
            }
            // The deploy socket is not ordered with /ws: the frame can beat the `executing` of
            // its node. If the prompt has exactly one ComfyDeploy output node, it is that one.
            const auto classes = nodeClasses.value(f->promptId);
            if (!classes.value(f->nodeId).startsWith("ComfyDeploy"_L1)) {
                QString only;
                int count = 0;
                for (auto it = classes.cbegin(); it != classes.cend(); ++it)
                    if (it.value() == "ComfyDeployWebscoketImageOutput"_L1) {
                        only = it.key();
                        ++count;
                    }
                if (count == 1)
                    f->nodeId = only;
            }
            f->displayNodeId = f->nodeId;
            f->receivedAt = QDateTime::currentDateTimeUtc();
            f->sequence = ++frameSeq;
            Q_EMIT q->imageReceived(*f);
        }
    }

    // --- REST helpers ---------------------------------------------------------------------------
    QNetworkRequest jsonRequest(const QString &route, const QUrlQuery &query = {}) const
    {
        QNetworkRequest r = endpoint.request(endpoint.httpUrl(route, query));
        r.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                       QNetworkRequest::NoLessSafeRedirectPolicy);
        return r;
    }

    QNetworkReply *get(const QString &route, const QUrlQuery &query = {})
    {
        qCDebug(COMFYSCOPE_REST) << "GET" << route;
        QNetworkReply *r = nam->get(jsonRequest(route, query));
        watchTls(r);
        return r;
    }

    QNetworkReply *post(const QString &route, const QJsonValue &body)
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
};

Client::Client(QObject *parent)
    : Client(nullptr, parent)
{}

Client::Client(QNetworkAccessManager *nam, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>(this, nam))
{
    d->reconnectTimer.setSingleShot(true);
    connect(&d->reconnectTimer, &QTimer::timeout, this, [this] { d->openSocket(); });
    d->connectTimer.setSingleShot(true);
    connect(&d->connectTimer, &QTimer::timeout, this, [this] {
        d->dropSocket({Error::Code::Timeout, QCoreApplication::translate(
                                                 "ComfyScope", "no WebSocket handshake within %1 s")
                                                 .arg(d->connectTimeout / 1000.0)});
    });
    connect(&d->pingTimer, &QTimer::timeout, this, [this] {
        if (!d->ws || d->ws->state() != QAbstractSocket::ConnectedState)
            return;
        if (!d->pongTimer.isActive()) {
            d->pingClock.start();
            d->pongTimer.start(d->pongTimeout);
        }
        d->ws->ping();
    });
    d->pongTimer.setSingleShot(true);
    connect(&d->pongTimer, &QTimer::timeout, this, [this] {
        d->dropSocket({Error::Code::Timeout,
                       QCoreApplication::translate(
                           "ComfyScope", "no answer to WebSocket ping within %1 s; reconnecting")
                           .arg(d->pongTimeout / 1000.0)});
    });
    connect(&d->pollTimer, &QTimer::timeout, this, [this] { d->poll(); });
    d->registrationTimer.setSingleShot(true);
    connect(&d->registrationTimer, &QTimer::timeout, this, [this] {
        // The server broadcasts a status for every queued prompt. None came: our sid was
        // unregistered behind our back (the replace-then-unregister race, §10.2). Reconnect.
        if (d->ws && d->state == State::Connected)
            d->dropSocket({Error::Code::RegistrationLost,
                           QCoreApplication::translate(
                               "ComfyScope",
                               "no status broadcast after queuing a prompt: the server lost this "
                               "connection's registration; reconnecting")});
    });
    d->deployTimer.setSingleShot(true);
    connect(&d->deployTimer, &QTimer::timeout, this, [this] { d->openDeploySocket(); });
}

Client::~Client()
{
    d->wantOpen = false;
    d->reconnectTimer.stop();
    if (d->ws) {
        d->ws->disconnect(this);
        d->ws->abort();
    }
    if (d->deployWs) {
        d->deployWs->disconnect(this);
        d->deployWs->abort();
    }
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
        d->deployUnavailable = false;
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
    d->deployMode = mode;
    d->deployUnavailable = false;
    if (mode == DeploySocketMode::Off)
        d->closeDeploySocket();
    else if (d->state == State::Connected)
        d->openDeploySocket();
}
Client::DeploySocketMode Client::deploySocketMode() const
{
    return d->deployMode;
}
bool Client::isDeploySocketConnected() const
{
    return d->deployConnected;
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
}
void Client::setPingInterval(int intervalMs, int timeoutMs)
{
    d->pingInterval = qMax(10, intervalMs);
    d->pongTimeout = qMax(10, timeoutMs);
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
    d->nodeClasses.insert(promptId, classes);
    // Bounded: forget the oldest prompts beyond a generous limit.
    if (d->nodeClasses.size() > 2000)
        d->nodeClasses.erase(d->nodeClasses.begin());
}

void Client::open()
{
    Q_ASSERT_X(thread() == QThread::currentThread(), "Client::open", "wrong thread");
    if (d->wantOpen)
        return;
    d->wantOpen = true;
    d->failures = 0;
    d->hadSession = false;
    d->deployUnavailable = false;
    d->setState(State::Connecting);
    d->openSocket();
}

void Client::close()
{
    d->wantOpen = false;
    d->openPending = false;
    d->reconnectTimer.stop();
    d->stopPolling();
    d->closeDeploySocket();
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
    QString promptId = options.value("prompt_id"_L1).toString();
    if (promptId.isEmpty())
        promptId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    body.insert(u"prompt_id"_s, promptId);
    setPromptNodeClasses(promptId, Private::classesOf(workflow));
    auto *r = new SubmitReply(d->post(u"/prompt"_s, body), d->requestTimeout, promptId, this);
    const auto classes = Private::classesOf(workflow);
    // Arm the registration check now: the status broadcast may beat the HTTP answer (§10.5).
    if (d->state == State::Connected)
        d->registrationTimer.start(d->registrationTimeout);
    d->ownUnfinished.append(promptId);
    if (d->ownUnfinished.size() > 1000)
        d->ownUnfinished.removeFirst();
    connect(r, &Reply::finished, this, [this, r, classes, promptId] {
        if (!r->isOk()) {
            d->registrationTimer.stop(); // nothing was queued, no status will come
            d->ownUnfinished.removeAll(promptId);
        } else if (r->promptId() != promptId) {
            const qsizetype i = d->ownUnfinished.indexOf(promptId);
            if (i >= 0)
                d->ownUnfinished.replace(i, r->promptId());
        }
        // Servers before v0.3.45 ignore our id and pick their own.
        if (r->isOk() && r->promptId() != r->requestedPromptId())
            setPromptNodeClasses(r->promptId(), classes);
    });
    return r;
}

QueueReply *Client::fetchQueue()
{
    return new QueueReply(d->get(u"/queue"_s), d->requestTimeout, this);
}

Reply *Client::deleteFromQueue(const QStringList &promptIds)
{
    return new JsonReply(
        d->post(u"/queue"_s, QJsonObject{{u"delete"_s, QJsonArray::fromStringList(promptIds)}}),
        d->requestTimeout, this);
}

Reply *Client::clearQueue()
{
    return new JsonReply(d->post(u"/queue"_s, QJsonObject{{u"clear"_s, true}}), d->requestTimeout,
                         this);
}

Reply *Client::interrupt(const QString &promptId)
{
    QJsonObject body;
    if (!promptId.isEmpty())
        body.insert(u"prompt_id"_s, promptId);
    return new JsonReply(d->post(u"/interrupt"_s, body), d->requestTimeout, this);
}

HistoryReply *Client::fetchHistory(int maxItems, int offset)
{
    QUrlQuery q;
    if (maxItems >= 0)
        q.addQueryItem(u"max_items"_s, QString::number(maxItems));
    if (offset >= 0)
        q.addQueryItem(u"offset"_s, QString::number(offset));
    return new HistoryReply(d->get(u"/history"_s, q), d->requestTimeout, this);
}

HistoryReply *Client::fetchHistory(const QString &promptId)
{
    return new HistoryReply(
        d->get(u"/history/"_s + QString::fromLatin1(QUrl::toPercentEncoding(promptId))),
        d->requestTimeout, this);
}

Reply *Client::deleteFromHistory(const QStringList &promptIds)
{
    return new JsonReply(
        d->post(u"/history"_s, QJsonObject{{u"delete"_s, QJsonArray::fromStringList(promptIds)}}),
        d->requestTimeout, this);
}

Reply *Client::clearHistory()
{
    return new JsonReply(d->post(u"/history"_s, QJsonObject{{u"clear"_s, true}}), d->requestTimeout,
                         this);
}

JsonReply *Client::fetchJson(const QString &route, const QUrlQuery &query)
{
    return new JsonReply(d->get(route, query), d->requestTimeout, this);
}

JsonReply *Client::postJson(const QString &route, const QJsonValue &body)
{
    return new JsonReply(d->post(route, body), d->requestTimeout, this);
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
    return new JsonReply(d->post(u"/free"_s, QJsonObject{{u"unload_models"_s, unloadModels},
                                                         {u"free_memory"_s, freeMemory}}),
                         d->requestTimeout, this);
}

JobsReply *Client::fetchJobs(const QUrlQuery &query)
{
    return new JobsReply(d->get(u"/api/jobs"_s, query), d->requestTimeout, this);
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
    return new DownloadReply(nr, d->requestTimeout, ref, this);
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
    return new UploadReply(nr, d->requestTimeout, this);
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
    return new UploadReply(nr, d->requestTimeout, this);
}

} // namespace ComfyScope
