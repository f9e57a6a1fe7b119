// SPDX-License-Identifier: MIT
#pragma once

#include <QtCore/QByteArray>
#include <QtCore/QJsonObject>
#include <QtCore/QList>
#include <QtCore/QObject>
#include <QtCore/QPair>
#include <QtCore/QString>
#include <QtCore/QStringList>
#include <QtCore/QUrl>
#include <QtCore/QUrlQuery>
#include <QtNetwork/QHostAddress>

#include <memory>

namespace ComfyScope {

namespace Sim {
struct NodeContext;
}

/*!
    An in-process simulated ComfyUI server.

    It reproduces the wire behaviour of a real ComfyUI server (v0.8.0 by default, or v0.3.18) on one
    loopback port that serves HTTP/1.1 and WebSocket, like aiohttp does:
    - REST: /prompt, /queue, /interrupt, /free, /history, /view, /upload/image, /upload/mask,
      /object_info, /system_stats, /features, /embeddings, /extensions, /models, /api/jobs, ...
      (every route also under /api, and optionally under a path prefix);
    - WebSocket /ws (status + sid, executing replay, feature-flag negotiation, sid replacement),
      JSON messages in the server's order, binary frames type 1, 3 and 4;
    - optional ComfyDeploy socket /comfyui-deploy/ws with its 32-byte-header image frames.

    Workflows (API format) really execute, with fake but real-looking images, for these node
    classes: EmptyImage, EmptyLatentImage, ImageInvert, ImageBlur, ImageScale, SaveImage,
    PreviewImage, SaveImageWebsocket, GetImageSize, PreviewAny, LoadImage, CheckpointLoaderSimple,
    CLIPTextEncode, KSampler, VAEDecode, TestProgressNode, TestPreviewNode, TestFailNode and (when
    enabled) ComfyDeployWebscoketImageOutput. Execution order, output cache, validation errors,
    interrupts and history follow the real server. Output nodes are taken in prompt key order
    (the real server iterates a Python set, whose order is arbitrary).

    Like the real server, execution messages go through a FIFO that is flushed from the event loop
    (the HTTP answer to POST /prompt is usually written first); the connect-time status, the
    executing replay and the feature_flags reply are written at once.

    The simulator lives on the thread that created it and never blocks its event loop: execution is
    driven by timers. It does not depend on the ComfyScope client library.
*/
class Simulator : public QObject
{
    Q_OBJECT
public:
    /// Which server release to imitate.
    enum class Version {
        /// Feature flags, type 3/4 frames, progress_state, /features, /api/jobs, client prompt_id,
        /// extra_data.preview_method, targeted /interrupt.
        V0_8_0,
        /// None of the above; "no prompt" error as a string; /interrupt ignores prompt_id; no
        /// GetImageSize/PreviewAny classes; no create_time; exception_message without "\n".
        V0_3_18,
    };
    Q_ENUM(Version)

    /// One HTTP request as received. Accepted WebSocket upgrades are not recorded (see
    /// lastWebSocketHandshakeHeaders()); refused ones (401/403) are.
    struct HttpRequestRecord
    {
        QByteArray method;
        QString path;    ///< percent-decoded path as sent (prefix and /api included)
        QUrlQuery query; ///< decoded query
        QList<QPair<QByteArray, QByteArray>> headers; ///< raw headers in arrival order
        QByteArray body;
    };

    explicit Simulator(QObject *parent = nullptr);
    ~Simulator() override;

    /// Starts listening; port 0 picks a free port. Returns false if the port cannot be bound.
    bool listen(const QHostAddress &address = QHostAddress::LocalHost, quint16 port = 0);
    /// Stops listening and aborts every open HTTP and WebSocket connection ("server killed").
    /// Queue, history, output cache and the running prompt are kept, so listen() on the same port
    /// again models a restart or a proxy outage.
    void close();
    /// Models the server process dying (crash, kill -9): like close(), and the process's
    /// in-memory state is gone too: the running prompt stops without a history entry or any
    /// further message, the queue and undelivered messages are dropped, the queue counter
    /// restarts, and unless keepHistory the history and output cache are forgotten (the real
    /// server keeps them in memory only). Stored files stay (they are on disk). listen() on the
    /// same port again models the restarted process.
    void kill(bool keepHistory = false);
    /// True while listening.
    bool isListening() const;
    /// The port listened on (also after close(), until the next listen()).
    quint16 port() const;
    /// http://127.0.0.1:PORT plus the path prefix (no trailing slash).
    QUrl httpUrl() const;
    /// ws://127.0.0.1:PORT plus the path prefix plus "/ws".
    QUrl webSocketUrl() const;

    // ---- configuration (may be changed at any time) ----
    /// Server release to imitate (default V0_8_0).
    void setVersion(Version version);
    Version version() const;
    /// Serve every route (REST and WebSocket) only below this prefix, e.g. "/comfy"; others get
    /// 404.
    void setPathPrefix(const QString &prefix);
    QString pathPrefix() const;
    /// Requires "Authorization: Bearer TOKEN" on every request and WS upgrade (401 otherwise).
    /// Empty disables.
    void setRequiredBearerToken(const QString &token);
    /// Requires HTTP basic auth (401 otherwise). Empty user disables.
    void setRequiredBasicAuth(const QString &user, const QString &password);
    /// Requires "?token=TOKEN" on every request and WS upgrade (ComfyUI-Login / Comfy Cloud style).
    /// Empty disables.
    void setRequiredQueryToken(const QString &token);
    /// Real server default (true): a request whose Origin host differs from Host on a loopback host
    /// gets 403, the /ws upgrade included.
    void setOriginCheckEnabled(bool enabled);
    /// false: /ws upgrades are answered with 404 (forces a client's polling fallback); REST works.
    void setWebSocketEnabled(bool enabled);
    /// Adds /comfyui-deploy/ws and the node class ComfyDeployWebscoketImageOutput (default false).
    void setComfyDeployEnabled(bool enabled);
    /// Serves the ComfyScope relay extension (installer/comfyui-relay, default off: its routes
    /// answer 404): GET /comfyscope/relay and the observer socket /comfyscope/relay/ws, which
    /// gets every prompt's send_sync messages with the "relay" envelope (hashed client ids),
    /// progress text as text and, with previews=1, downscaled JPEG type 4 previews; honours
    /// exclude_client. A non-empty token is required as X-ComfyScope-Relay-Token or ?token=
    /// (401 without, 403 wrong). Not simulated: coalescing, the 2/s preview limit, 1013.
    void setRelayEnabled(bool enabled, const QString &token = QString());
    /// Observer sockets currently open.
    int relayObserverCount() const;
    /// The label the relay gives this client id (12 hex digits of a salted SHA-256).
    QString relayClientLabel(const QString &clientId) const;
    /// Server --preview-method: "none" (default, like the real server), "auto", "latent2rgb",
    /// "taesd". On V0_8_0 a prompt's extra_data.preview_method overrides it.
    void setPreviewMethod(const QString &method);
    /// Time per sampler step and per "heavy" node, in ms (default 10). TestProgressNode and
    /// TestPreviewNode wait max(delay_ms, this) per step.
    void setStepDelay(int ms);
    /// Delays handling of every HTTP request by this many ms (slow server / proxy).
    void setResponseDelay(int ms);
    /// Emulates the real server's sid race (protocol doc §10.2): when a replaced socket closes it
    /// unregisters the sid, so the newer socket with that sid stops receiving. Default false.
    void setSidReplaceRaceEnabled(bool enabled);
    /// Behaviour of the newest servers (v0.33, Aug 2026) on top of V0_8_0: POST
    /// /api/jobs/{id}/cancel and /api/jobs/cancel, a client prompt_id must be a canonical
    /// lowercase UUID (400 invalid_prompt_id otherwise), /api/jobs reports interrupted runs as
    /// `cancelled`, and progress is throttled like comfy.utils.ProgressBar
    /// (setProgressThrottle(100)). Default false.
    void setNewestFeaturesEnabled(bool enabled);
    /// Progress messages of one node at most every `ms` (the first, the last and those with a
    /// preview always go out), like v0.33's ProgressBar throttle. 0 (default) sends every step.
    void setProgressThrottle(int ms);
    /// Adds `ms` to every timestamp the server reports (execution_* messages, history,
    /// create_time, /api/jobs): a server whose clock is off. Default 0.
    void setClockSkew(qint64 ms);
    /// /system_stats lists this many CUDA devices ("cuda:N NVIDIA …", index N, 24 GiB, N × 20 %
    /// used) instead of the CPU entry. 0 (default) = the CPU entry of the recordings.
    void setGpuCount(int count);

    // ---- fault and message injection for client tests ----
    /// Aborts every WebSocket connection (core and ComfyDeploy), keeps listening and executing.
    /// Messages for absent sids are lost, like on the real server.
    void dropWebSocketConnections();
    /// Sends a raw text frame to the /ws socket registered under sid; empty sid = all /ws sockets.
    /// Injected frames join the server's outgoing FIFO, so they keep their order relative to
    /// messages the simulated server produced before the call.
    void sendText(const QString &sid, const QByteArray &utf8);
    /// Sends a raw binary frame to the /ws socket registered under sid; empty sid = all /ws
    /// sockets.
    void sendBinary(const QString &sid, const QByteArray &frame);
    /// Sends a raw binary frame to the ComfyDeploy socket with this sid; empty = all deploy
    /// sockets.
    void sendDeployBinary(const QString &sid, const QByteArray &frame);
    /// Queues an API-format workflow as if POSTed to /prompt (validation included). Returns the
    /// prompt id, or an empty string if validation failed. clientId empty = no client_id.
    QString queuePrompt(const QJsonObject &workflow, const QString &clientId = QString(),
                        const QJsonObject &extraData = QJsonObject());

    /// Puts a file into the simulated "input", "output" or "temp" folder (relPath may contain
    /// subfolders), as if it had been uploaded or saved. Served by /view, listed by LoadImage.
    void addFile(const QString &type, const QString &relPath, const QByteArray &data);
    /// Contents of a stored file, or a null QByteArray.
    QByteArray fileData(const QString &type, const QString &relPath) const;

    // ---- demo workload ----
    /// Every intervalMs queues a demo workflow (sampler with previews, SaveImage,
    /// SaveImageWebsocket, sometimes a failing node, sometimes a cached rerun) for the most
    /// recently connected /ws client (no client_id if none is connected).
    void startAutoWorkload(int intervalMs = 4000);
    void stopAutoWorkload();
    /// The workload skips its turn while `n` prompts are already waiting (0: no limit, the
    /// default), so a slow or starved simulator keeps a bounded queue instead of a growing one.
    void setAutoWorkloadMaxPending(int n);
    /// API-format workflows the simulator can run. Variants (taken modulo 6):
    /// 0 txt2img (CheckpointLoaderSimple, CLIPTextEncode x2, EmptyLatentImage, KSampler 12 steps,
    ///   VAEDecode, SaveImage); 1 same with a fixed seed (cache hits on rerun); 2 image chain with
    ///   PreviewImage and SaveImageWebsocket; 3 failing TestFailNode; 4 GetImageSize + PreviewAny;
    ///   5 TestProgressNode (5 steps, 20 ms) + TestPreviewNode.
    static QJsonObject demoWorkflow(int variant);

    // ---- observation for tests ----
    /// Every HTTP request received so far (in arrival order).
    QList<HttpRequestRecord> httpRequests() const;
    void clearHttpRequests();
    /// Headers of the most recent WebSocket upgrade request to /ws or /comfyui-deploy/ws (refused
    /// ones included), in arrival order.
    QList<QPair<QByteArray, QByteArray>> lastWebSocketHandshakeHeaders() const;
    /// URL (path and query) of the most recent WebSocket upgrade request.
    QUrl lastWebSocketRequestUrl() const;
    /// sids currently registered on /ws (in registration order).
    QStringList connectedSids() const;
    /// sids currently registered on /comfyui-deploy/ws.
    QStringList connectedDeploySids() const;
    /// Text frames clients sent over /ws under this sid (kept across reconnects).
    QList<QByteArray> textMessagesFrom(const QString &sid) const;
    /// Pending plus running prompts (the server's queue_remaining).
    int queueRemaining() const;
    /// Id of the running prompt, or empty.
    QString runningPromptId() const;
    /// Ids of pending prompts in execution order.
    QStringList pendingPromptIds() const;

Q_SIGNALS:
    /// A /ws socket registered under sid (after the connect status was sent).
    void clientConnected(const QString &sid);
    /// A /ws socket with this sid closed.
    void clientDisconnected(const QString &sid);
    /// Emitted for every HTTP request before it is answered.
    void httpRequestReceived(const QByteArray &method, const QString &path);
    /// A prompt passed validation and was queued.
    void promptQueued(const QString &promptId);
    /// A prompt's history entry was stored; statusStr is "success" or "error".
    void promptFinished(const QString &promptId, const QString &statusStr);

private:
    class Private;
    friend struct Sim::NodeContext; // the node behaviours (nodebehaviours.cpp) run on Private
    std::unique_ptr<Private> d;
};

} // namespace ComfyScope
