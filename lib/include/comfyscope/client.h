// SPDX-License-Identifier: MIT
#pragma once

#include <comfyscope/error.h>
#include <comfyscope/events.h>
#include <comfyscope/serverendpoint.h>

#include <QtCore/QJsonObject>
#include <QtCore/QObject>
#include <QtNetwork/QNetworkProxy>

#include <memory>

class QNetworkAccessManager;

namespace ComfyScope {

class Reply;
class SubmitReply;
class QueueReply;
class HistoryReply;
class JsonReply;
class DownloadReply;
class UploadReply;
class JobsReply;

/*!
 * One ComfyUI server: its /ws socket (and, when present, ComfyDeploy's /comfyui-deploy/ws), its
 * REST API and a connection that never gives up.
 *
 * Signal names follow one scheme:
 * - a signal per server message, named after its wire `type` in lowerCamelCase + `Received`
 *   with a typed payload: `status` → statusReceived(), `execution_start` →
 *   executionStartReceived(), `execution_cached`, `executing`, `progress`, `progress_state`,
 *   `executed`, `execution_success`, `execution_error`, `execution_interrupted`,
 *   `feature_flags`, `logs`, binary TEXT frames → progressTextReceived(), binary image frames →
 *   imageReceived(), ComfyDeploy's own events → deployEventReceived(); types without a struct →
 *   unknownMessageReceived(); and every valid text message once more, raw, →
 *   messageReceived();
 * - what the client itself concludes, in the past tense: stateChanged(), sessionStarted(),
 *   promptFinished(), certificateRejected();
 * - failures as `…Occurred`: errorOccurred() (a ComfyScope::Error: the connection failed or was
 *   dropped) and protocolErrorOccurred() (one message or frame was dropped, the connection
 *   stays up).
 * New server message types get a new `…Received` signal; until then they come out of
 * unknownMessageReceived().
 *
 * Image frames are emitted encoded (imageReceived()); decoding pixels is the receiver's job, off
 * the GUI thread.
 *
 * Messages meant for people (Error::message, ProtocolError::message, Reply::errorString()) are
 * translated with QCoreApplication::translate("ComfyScope", …); install a translator with the
 * application's comfyscope_<lang>.qm to get them in the user's language. Decide by codes, never by
 * message text.
 *
 * The client lives on the thread that created it and is not thread-safe. It starts no threads.
 */
class COMFYSCOPE_EXPORT Client : public QObject
{
    Q_OBJECT
    Q_PROPERTY(State state READ state NOTIFY stateChanged)
    Q_PROPERTY(QString clientId READ clientId WRITE setClientId)
public:
    enum class State {
        Disconnected, ///< not opened, or closed by the user
        Connecting,   ///< first connection attempt of this open()
        Connected,    ///< /ws is open
        Reconnecting, ///< lost (or never got) the socket; retrying with backoff
        Polling       ///< the socket cannot be opened but HTTP works: GET /prompt every second
    };
    Q_ENUM(State)

    enum class DeploySocketMode {
        Off,  ///< never open /comfyui-deploy/ws
        Auto, ///< try it after each /ws connect; give up quietly until the next session if absent
        On    ///< keep it open like /ws, retrying with backoff
    };
    Q_ENUM(DeploySocketMode)

    /// Kinds of REST request with their own overall deadline and size cap (setRequestLimits()).
    enum class RequestKind {
        Json,     ///< every JSON route (queue, history, jobs, system_stats, submit, …)
        Download, ///< GET /view
        Upload    ///< POST /upload/image and /upload/mask (the cap applies to the answer)
    };
    Q_ENUM(RequestKind)
    /// The ComfyScope relay extension (installer/comfyui-relay): other clients' live events.
    enum class RelayMode {
        Off, ///< never ask (default): other clients' jobs show no live detail
        Auto ///< after each /ws connect, GET /comfyscope/relay and subscribe when it is there
    };
    Q_ENUM(RelayMode)
    enum class RelayState {
        Off,        ///< RelayMode::Off, or not connected
        Checking,   ///< GET /comfyscope/relay is under way
        Absent,     ///< the server has no relay (404) or did not answer the detection
        Disabled,   ///< installed but switched off (COMFYSCOPE_RELAY is not set)
        Connecting, ///< opening the observer socket (also between retries)
        Connected,  ///< subscribed: other clients' events arrive
        Refused     ///< the relay wants a token we lack, or refused ours (see relayErrorOccurred)
    };
    Q_ENUM(RelayState)

    explicit Client(QObject *parent = nullptr);
    /// Use `nam` for every REST call (not owned). For tests and for sharing proxy settings.
    Client(QNetworkAccessManager *nam, QObject *parent = nullptr);
    ~Client() override;

    ServerEndpoint endpoint() const;
    /// Takes effect on the next open(); call close() first to switch servers.
    void setEndpoint(const ServerEndpoint &endpoint);

    /// The id sent as `clientId` on /ws and `client_id` in POST /prompt. A random UUID unless set.
    QString clientId() const;
    void setClientId(const QString &id);
    /// The sid the server confirmed in its connect `status` (equals clientId() on every server we
    /// know; empty before the first status).
    QString sessionId() const;

    State state() const;
    bool isConnected() const { return state() == State::Connected; }
    /// The server's feature-flag answer on this connection; empty until it arrived (or never, on
    /// servers before v0.3.45).
    FeatureFlags serverFeatures() const;
    bool serverAnsweredFeatureFlags() const;
    /// The last connection error; isOk() when none happened yet. It stays after a successful
    /// reconnect (it says why the last drop happened).
    Error lastError() const;
    /// Milliseconds until the next reconnect attempt, -1 when none is scheduled.
    int millisToReconnect() const;
    int reconnectAttempts() const;
    /// Round-trip time of the last WebSocket ping, -1 before the first pong.
    int lastPingMs() const;

    // --- tuning -----------------------------------------------------------------------------
    void setDeploySocketMode(DeploySocketMode mode);
    DeploySocketMode deploySocketMode() const;
    bool isDeploySocketConnected() const;
    /// Follow other clients' prompts through the ComfyScope relay when the server has it.
    /// Relayed events come out of the same typed signals as our own (currentRelay() tells them
    /// apart while they are emitted), of relayedMessageReceived() instead of messageReceived(),
    /// and relayed previews of imageReceived() with ImageFrame::relayed set. Messages ComfyUI
    /// broadcast to every socket anyway are not repeated. Takes effect on the next connect
    /// (reconnectNow() applies it at once).
    void setRelayMode(RelayMode mode);
    RelayMode relayMode() const;
    /// The relay's shared secret (COMFYSCOPE_RELAY_TOKEN on the server), sent as the
    /// X-ComfyScope-Relay-Token header. Never logged.
    void setRelayToken(const QString &token);
    QString relayToken() const;
    RelayState relayState() const;
    /// While a signal for a relayed message is being emitted: its envelope (relayed = true);
    /// otherwise an empty envelope.
    RelayEnvelope currentRelay() const;
    /// Frames larger than this are refused (QWebSocket drops them before they are buffered).
    void setMaxFrameSize(qint64 bytes);
    qint64 maxFrameSize() const;
    /// Backoff: first delay, cap. Jitter of ±25 % is applied. Defaults 300 ms and 10 s.
    void setReconnectDelays(int initialMs, int maxMs);
    /// Liveness: a WebSocket ping every `intervalMs`; no pong within `timeoutMs` drops the socket.
    /// The server never sends anything when idle, so silence alone never counts as dead.
    void setPingInterval(int intervalMs, int timeoutMs);
    /// Give up on a handshake that takes longer than this (default 15 s).
    void setConnectTimeout(int ms);
    /// After submit() the server must broadcast a status within this time (default 5 s); if not,
    /// our registration is dead (§10.2 race) and the socket is reopened.
    void setRegistrationTimeout(int ms);
    /// Start polling GET /prompt after this many failed socket attempts in a row (default 2).
    void setPollingAfterFailures(int attempts);
    void setPollingInterval(int ms);
    /// Send our feature_flags message on connect (default true). Off makes us a legacy client.
    void setRequestPreviewMetadata(bool enable);
    /// Default timeout of REST calls (default 30 s; 0 = none).
    void setRequestTimeout(int ms);
    int requestTimeout() const;
    /// Overall deadline (ms, 0 = none) and answer size cap (bytes, 0 = none) for one kind of
    /// request, on top of the silence timeout: a body that dribbles forever fails with
    /// Error::Code::DeadlineExceeded, an oversized one with Error::Code::ResponseTooLarge.
    /// Defaults: JSON 120 s / 128 MiB, downloads 15 min / 1 GiB, uploads 15 min / 1 MiB. After a
    /// request timed out or missed its deadline, the pooled keep-alive connections are dropped
    /// once no request is in flight, so the next requests use fresh connections.
    void setRequestLimits(RequestKind kind, int deadlineMs, qint64 maxBytes);
    int requestDeadline(RequestKind kind) const;
    qint64 requestSizeCap(RequestKind kind) const;
    /// While connected, every `ms` (0 = off, default 30 s) the client reads GET /queue (the
    /// prompt ids) and the newest /history entry. When the server's queue or history moved but no
    /// status broadcast reached the socket in between, the server no longer routes to us (the sid
    /// race, §10.2): the socket is dropped with Error::Code::RegistrationLost and reopened. The
    /// same check also runs a few seconds after every reconnect with the same id.
    void setDeafProbeInterval(int ms);
    int deafProbeInterval() const;
    QNetworkAccessManager *networkAccessManager() const;
    /// Proxy for REST calls and the WebSocket(s), e.g. QNetworkProxy::Socks5Proxy or
    /// HttpProxy; QNetworkProxy::NoProxy for a direct connection. Unset: the application's
    /// default (QNetworkProxy::applicationProxy(), or the system's when
    /// QNetworkProxyFactory::setUseSystemConfiguration(true) was called). Takes effect for
    /// sockets opened after the call (call reconnect() to apply it now).
    void setProxy(const QNetworkProxy &proxy);
    QNetworkProxy proxy() const;

    /// Tell the client which class each node of a prompt has (submit() does this itself), so
    /// binary frames can be told apart: SaveImageWebsocket outputs versus sampler previews.
    void setPromptNodeClasses(const QString &promptId, const QHash<QString, QString> &classes);
    /// How many prompts' node classes the client keeps (diagnostics: bounded, finished prompts
    /// are forgotten).
    qsizetype promptClassesKept() const;

    // --- REST (see replies.h); each reply deletes itself after finished() -----------------
    /// POST /prompt with client_id = clientId() and a fresh prompt_id (unless given in options).
    /// POST /prompt. A `prompt_id` in options must be a lowercase, dashed UUID (what v0.33+
    /// servers require): anything else fails with Error::Code::InvalidRequest without sending.
    SubmitReply *submit(const QJsonObject &workflow, const QJsonObject &options = {});
    /// True for a canonical lowercase dashed UUID ("c3df5ecf-7669-447b-a418-f9e91d115513").
    static bool isValidPromptId(const QString &id);
    /// Cancels one prompt without racing: POST /api/jobs/{id}/cancel where the server has it
    /// (v0.33+: interrupts it only if it is still the running one, or dequeues it if pending);
    /// on older servers (404/405) deletes it from the queue and interrupts it by id. The reply's
    /// json() is {"cancelled": bool, "via": "jobs_api"|"queue_interrupt"}.
    JsonReply *cancelPrompt(const QString &promptId);
    QueueReply *fetchQueue();
    Reply *deleteFromQueue(const QStringList &promptIds);
    Reply *clearQueue();
    /// POST /interrupt; with a prompt id only that prompt is stopped (v0.3.57+).
    Reply *interrupt(const QString &promptId = {});
    HistoryReply *fetchHistory(int maxItems = -1, int offset = -1);
    HistoryReply *fetchHistory(const QString &promptId);
    Reply *deleteFromHistory(const QStringList &promptIds);
    Reply *clearHistory();
    JsonReply *fetchJson(const QString &route, const QUrlQuery &query = {});
    JsonReply *postJson(const QString &route, const QJsonValue &body);
    JsonReply *fetchSystemStats();
    JsonReply *fetchFeatures();
    JsonReply *fetchObjectInfo(const QString &nodeClass = {});
    JsonReply *fetchEmbeddings();
    JsonReply *fetchExtensions();
    JsonReply *fetchModels(const QString &folder = {});
    Reply *freeMemory(bool unloadModels, bool freeMemory);
    JobsReply *fetchJobs(const QUrlQuery &query = {});
    JsonReply *fetchJob(const QString &id);
    QUrl viewUrl(const ImageRef &ref, const QString &preview = {},
                 const QString &channel = {}) const;
    DownloadReply *download(const ImageRef &ref, const QString &preview = {},
                            const QString &channel = {});
    UploadReply *uploadImage(const QByteArray &data, const QString &fileName,
                             const QString &subfolder = {}, const QString &type = {},
                             bool overwrite = false);
    UploadReply *uploadMask(const QByteArray &data, const QString &fileName,
                            const ImageRef &originalRef, bool overwrite = false);

public Q_SLOTS:
    /// Connect and stay connected until close(): reconnects forever.
    void open();
    /// Close both sockets and stop reconnecting and polling.
    void close();
    /// Drop the socket now and reconnect at once (keeps the client id).
    void reconnectNow();

Q_SIGNALS:
    // --- what the client concludes ------------------------------------------------------------
    void stateChanged(ComfyScope::Client::State state);
    /// A new /ws session: first status with sid arrived. `resumed` is true after a reconnect; the
    /// receiver should resync from REST (anything sent while away is lost on the server side).
    void sessionStarted(const QString &sid, bool resumed);
    /// `executing {node: null}`: the prompt is finished and its history entry is stored.
    void promptFinished(const QString &promptId);
    /// TLS verification failed and the certificate is not pinned. Show `sha256` (hex) to the
    /// user; if they trust it, ServerEndpoint::setPinnedCertificateSha256() and reconnect.
    void certificateRejected(const QByteArray &sha256, const QStringList &errors);

    // --- failures ----------------------------------------------------------------------------
    /// A connection attempt failed or the live socket was dropped (lastError() returns it). The
    /// client keeps reconnecting unless close() is called, which is safe from this signal.
    void errorOccurred(const ComfyScope::Error &error);
    /// A message or frame was dropped because it was malformed. The connection stays up.
    void protocolErrorOccurred(const ComfyScope::ProtocolError &error);

    // --- one signal per server message ---------------------------------------------------------
    void statusReceived(const ComfyScope::StatusEvent &event);
    void executionStartReceived(const ComfyScope::ExecutionStartEvent &event);
    void executionCachedReceived(const ComfyScope::ExecutionCachedEvent &event);
    void executingReceived(const ComfyScope::ExecutingEvent &event);
    void progressReceived(const ComfyScope::ProgressEvent &event);
    void progressStateReceived(const ComfyScope::ProgressStateEvent &event);
    void executedReceived(const ComfyScope::ExecutedEvent &event);
    void executionSuccessReceived(const ComfyScope::ExecutionSuccessEvent &event);
    void executionErrorReceived(const ComfyScope::ExecutionErrorEvent &event);
    void executionInterruptedReceived(const ComfyScope::ExecutionInterruptedEvent &event);
    void featureFlagsReceived(const ComfyScope::FeatureFlags &flags);
    void logsReceived(const ComfyScope::LogsEvent &event);
    /// `assets.seed.*` broadcasts (newer servers' background asset scan).
    void assetsSeedReceived(const ComfyScope::AssetsSeedEvent &event);
    /// Binary TEXT frames (type 3).
    void progressTextReceived(const ComfyScope::ProgressTextEvent &event);
    /// Binary image frames (types 1 and 4 on /ws, ComfyDeploy frames), attributed to a prompt and
    /// node.
    void imageReceived(const ComfyScope::ImageFrame &frame);
    /// ComfyDeploy's own events on /comfyui-deploy/ws.
    void deployEventReceived(const ComfyScope::DeployEvent &event);
    /// Any type the library has no struct for (custom nodes, crystools.monitor, notification…).
    void unknownMessageReceived(const QString &type, const QJsonValue &data);
    /// Every valid text message after its typed signal (type and data as received).
    void messageReceived(const QString &type, const QJsonObject &data);

    // --- the ComfyScope relay (setRelayMode()) -------------------------------------------------
    void relayStateChanged(ComfyScope::Client::RelayState state);
    /// The relay refused us (wrong or missing token) or failed; /ws is not affected.
    void relayErrorOccurred(const ComfyScope::Error &error);
    /// The observer socket is open; `running` names the prompts running at that moment.
    void relayConnected(const QList<ComfyScope::RelayEnvelope> &running);
    /// Every relayed text message after its typed signal, instead of messageReceived().
    void relayedMessageReceived(const ComfyScope::RelayEnvelope &relay, const QString &type,
                                const QJsonObject &data);

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace ComfyScope
