// SPDX-License-Identifier: MIT
#pragma once

#include "comfyscope/simulator.h"
#include "nodecatalog_p.h"
#include "pyjson_p.h"

#include <QtCore/QDateTime>
#include <QtCore/QHash>
#include <QtCore/QJsonObject>
#include <QtCore/QLoggingCategory>
#include <QtCore/QMap>
#include <QtCore/QPointer>
#include <QtCore/QSet>
#include <QtCore/QTimer>
#include <QtGui/QImage>
#include <QtNetwork/QTcpServer>
#include <QtNetwork/QTcpSocket>
#include <QtWebSockets/QWebSocket>
#include <QtWebSockets/QWebSocketServer>

#include <functional>
#include <memory>
#include <optional>

namespace ComfyScope {

Q_DECLARE_LOGGING_CATEGORY(lcSimulator)

namespace Sim {

// ---------------------------------------------------------------- HTTP plumbing

struct HttpRequest
{
    QByteArray method;
    QByteArray target;  // as sent
    QByteArray version; // "HTTP/1.1"
    QString path;       // percent-decoded
    QUrlQuery query;    // decoded ("+" is a space, like yarl)
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    QByteArray header(const QByteArray &name) const; // case-insensitive, first match
    bool hasHeader(const QByteArray &name) const;
    QString queryValue(const QString &key) const; // first value, empty if absent
    bool hasQuery(const QString &key) const;
};

struct HttpResponse
{
    int status = 200;
    QByteArray contentType = QByteArrayLiteral("application/octet-stream");
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    bool close = false;

    static HttpResponse json(const JVal &v, int status = 200);
    static HttpResponse empty(int status = 200);
    static HttpResponse text(int status, const QByteArray &text);
    static HttpResponse aiohttpError(int status); // "404: Not Found" text/plain
    static HttpResponse serverError();            // aiohttp's 500 for an unhandled exception
};

class HttpConnection : public QObject
{
public:
    struct Handlers
    {
        // Called with a complete request; the owner must eventually call respond().
        std::function<void(HttpConnection *, const HttpRequest &)> request;
        // Called when the head is a WebSocket upgrade; return true if the socket was taken over.
        std::function<bool(HttpConnection *, QTcpSocket *, const HttpRequest &)> upgrade;
        std::function<qint64()> maxBodySize;
    };
    HttpConnection(QTcpSocket *socket, Handlers handlers, QObject *parent);
    ~HttpConnection() override;
    void respond(const HttpRequest &request, const HttpResponse &response);
    void abort();
    QTcpSocket *socket() const { return m_socket; }

private:
    void processInput();
    void scheduleProcess();
    bool decodeChunked();
    void failAndClose(int status);

    QTcpSocket *m_socket;
    Handlers m_handlers;
    enum class State { Head, Body, Done } m_state = State::Head;
    HttpRequest m_current;
    qint64 m_bodyRemaining = 0;
    bool m_chunked = false;
    QByteArray m_chunkBuffer;
    bool m_busy = false;
    bool m_processScheduled = false;
};

QString percentDecodeQueryValue(const QByteArray &encoded);
QUrlQuery parseQueryString(const QByteArray &raw);

// ---------------------------------------------------------------- execution data

struct SimValue
{
    enum class Kind {
        None,
        Image,
        Latent,
        Mask,
        Int,
        Float,
        String,
        Model,
        Clip,
        Vae,
        Conditioning
    };
    Kind kind = Kind::None;
    QList<QImage> images;                 // Image / Mask batch
    int width = 0, height = 0, batch = 0; // Latent
    quint64 seed = 0;                     // Latent: sampled seed (0 = empty latent)
    QString label;                        // Latent: sampler node id
    int steps = 0;
    qint64 i = 0;
    double f = 0.0;
    QString s; // String, Conditioning text, Model/Clip/Vae checkpoint name
};
using NodeOutputs = QList<SimValue>;

struct CacheEntry
{
    NodeOutputs outputs;
    JVal ui; // null, or {"meta": {...}, "output": {...}}
};

struct QueueItem
{
    JVal number; // int from the counter, float when the client sent "number"
    QString promptId;
    JVal prompt;
    JVal extraData;
    QStringList outputs;
    JVal sensitive;

    JVal toJson() const;
    bool lessThan(const QueueItem &other) const;
};

struct StoredFile
{
    QByteArray data;
    qint64 mtimeMs = 0;
};

struct ProgressEntry
{
    QString state; // "pending", "running", "finished"
    JVal value;
    JVal max;
};

struct NodeJob
{
    QString nodeId;
    QString classType;
    const NodeClass *cls = nullptr;
    QList<QPair<QString, JVal>> widgets; // constant inputs as given (after validation conversions)
    QHash<QString, SimValue> links;      // linked inputs
    JVal currentInputs = JVal::object(); // for execution_error current_inputs
    int index = 0;
    int count = 0;
    int phase = 0;
    int delayMs = 0;
    NodeOutputs outputs;
    JVal ui; // UI output object or null
    QList<QImage> work;

    JVal widget(const QString &name) const;
};

struct ValidationFailure
{
    bool isException = false;
    JVal error;      // top-level "error" object
    JVal nodeErrors; // object
};

struct Run
{
    QueueItem item;
    std::optional<QString> clientId;
    QString previewMethod;
    QStringList promptOrder;
    QHash<QString, QString> signatures;
    QStringList pending;
    QHash<QString, int> blockCount;
    QHash<QString, QStringList> blocking;
    QHash<QString, NodeOutputs> values;
    QStringList executed;
    QList<QPair<QString, JVal>> uiOutputs;
    JVal statusMessages = JVal::array();
    QStringList progressOrder;
    QHash<QString, ProgressEntry> progress;
    std::unique_ptr<NodeJob> job;
    bool success = true;
};

struct ExecError
{
    QString message;
    QString type;
    QStringList traceback;
};

// ---------------------------------------------------------------- helpers of the executor files

inline qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

// [node_id, slot]: a link to another node's output
inline bool isLink(const JVal &v)
{
    return v.isArray() && v.size() == 2 && v.at(0).isString() && v.at(1).type() == JVal::Type::Int;
}

QString pyTypeName(const JVal &v);            // type(v).__name__ (validator.cpp)
QString formatValueString(const SimValue &v); // str() of a node value (scheduler.cpp)

} // namespace Sim

class Simulator::Private
{
public:
    explicit Private(Simulator *q);
    ~Private();

    Simulator *q;

    // configuration
    Simulator::Version version = Simulator::Version::V0_8_0;
    QString prefix;
    QString bearerToken;
    QString basicUser;
    QString basicPassword;
    QString queryToken;
    bool originCheck = true;
    bool wsEnabled = true;
    bool deployEnabled = false;
    bool raceEnabled = false;
    bool newest = false;
    int progressThrottle = 0;
    int gpuCount = 0;
    qint64 clockSkew = 0;
    QHash<QString, qint64> lastProgressSent; // node id -> ms (monotonic) of the last progress
    qint64 serverNowMs() const { return Sim::nowMs() + clockSkew; }
    Sim::HttpResponse handleJobCancel(const QStringList &ids, bool batch);
    QString previewMethod = QStringLiteral("none");
    int stepDelay = 10;
    int responseDelay = 0;
    qint64 maxBodySize = 100LL * 1024 * 1024;

    bool v080() const { return version == Simulator::Version::V0_8_0; }
    const Sim::NodeCatalog &catalog();
    std::unique_ptr<Sim::NodeCatalog> m_catalog;

    // network
    QTcpServer *tcpServer = nullptr;
    QWebSocketServer *wsServer = nullptr;
    QList<QPointer<Sim::HttpConnection>> connections;
    quint16 port = 0;
    bool listening = false;

    struct WsClient
    {
        QPointer<QWebSocket> socket;
        QString sid;
        bool deploy = false;
        bool firstMessage = true;
    };
    QList<WsClient *> wsClients;
    QList<QPair<QString, WsClient *>> coreTable;
    QList<QPair<QString, WsClient *>> deployTable;
    QHash<QString, Sim::JVal> sidFlags;
    QHash<QString, QList<QByteArray>> receivedText;
    QList<QPair<QByteArray, QByteArray>> lastHandshakeHeaders;
    QUrl lastWsUrl;
    QString lastConnectedSid;

    QList<Simulator::HttpRequestRecord> requests;

    // server state
    qint64 counter = 0;
    QList<Sim::QueueItem> queue; // binary heap, Python heapq layout
    std::unique_ptr<Sim::Run> run;
    QStringList historyOrder;
    QHash<QString, Sim::JVal> history;
    QHash<QString, Sim::CacheEntry> outputCache;
    QHash<QString, QString> previewSuffix; // node id + class -> random suffix (PreviewImage objects)
    QHash<QString, QMap<QString, Sim::StoredFile>>
        files; // "input"/"output"/"temp" -> relpath -> file
    bool interruptFlag = false;
    std::optional<QString> serverClientId;
    std::optional<QString> lastNodeId;
    QString lastPromptId;
    bool freeMemoryPending = false;
    bool workerScheduled = false;
    QTimer *jobTimer = nullptr;
    QTimer *workloadTimer = nullptr;
    int workloadCounter = 0;
    int workloadMaxPending = 0; // 0: no limit
    quint64 lastDemoSeed = 1;
    QJsonObject lastDemoWorkflow;
    int maxStoredFiles = 1000; // per output/temp folder; the oldest are dropped (memory bound)

    // ---- networking (network.cpp)
    void onNewTcpConnection();
    void handleUpgrade(Sim::HttpConnection *conn, QTcpSocket *socket,
                       const Sim::HttpRequest &request);
    void onNewWebSocket();
    void onWsText(WsClient *c, const QString &text);
    void onWsClosed(WsClient *c);
    void dispatch(Sim::HttpConnection *conn, const Sim::HttpRequest &request);
    std::optional<Sim::HttpResponse> checkAccess(const Sim::HttpRequest &request,
                                                 QString *routePath);
    bool stripPrefix(const QString &path, QString *out) const;
    WsClient *coreSocket(const QString &sid) const;
    WsClient *deploySocket(const QString &sid) const;
    void removeFromTable(QList<QPair<QString, WsClient *>> &table, const QString &sid,
                         WsClient *only);

    // ---- sending (outbox.cpp)
    // send_sync(): queued, delivered in FIFO order from the event loop (the server's publish_loop),
    // recipients resolved at delivery time.
    void sendJson(const QString &type, const Sim::JVal &data, const std::optional<QString> &sid);
    // A complete binary frame (built by Protocol::make*).
    void sendFrame(const QByteArray &frame, const std::optional<QString> &sid);
    // await send(): written at once (connect status, executing replay, feature_flags reply).
    void sendJsonNow(const QString &type, const Sim::JVal &data, const std::optional<QString> &sid);
    void sendFrameNow(const QByteArray &frame, const std::optional<QString> &sid);
    void flushOutbox();

    struct Outgoing
    {
        enum class Kind { Json, Frame, RawText, RawBinary, DeployBinary };
        Kind kind = Kind::Json;
        bool binary = false;
        QString type;
        Sim::JVal data;
        QByteArray payload;
        std::optional<QString> sid;
        // The ComfyScope relay: the prompt this message belongs to and its client, decided when
        // it was queued (like the extension's send_sync wrapper, which reads the running prompt).
        QString relayPrompt;
        std::optional<QString> relayClient;
        QString relayNode;
    };
    void enqueue(const Outgoing &o);
    QList<Outgoing> outbox;
    bool flushScheduled = false;
    void sendDeployFrame(const QString &sid, const QByteArray &frame);
    void broadcastStatus();
    Sim::JVal queueInfo() const;
    Sim::JVal serverFeatures() const;
    bool supportsPreviewMetadata(const std::optional<QString> &sid) const;

    // ---- the ComfyScope relay extension (relay.cpp)
    struct RelayObserver
    {
        QPointer<QWebSocket> socket;
        QStringList exclude;
        bool previews = false;
    };
    bool relayEnabled = false;
    QString relayToken;
    QByteArray relaySalt;
    QList<RelayObserver> relayObservers;
    QHash<QString, std::optional<QString>> relayPromptClients; // prompt → client, while useful
    bool isRelayRoute(const QString &route) const;
    std::optional<Sim::HttpResponse> checkRelayToken(const Sim::HttpRequest &r) const;
    Sim::HttpResponse relayDetection() const;
    void addRelayObserver(QWebSocket *ws);
    void attributeForRelay(Outgoing &o) const;
    void relay(const Outgoing &o);
    QString relayClientLabel(const std::optional<QString> &client) const;

    // ---- routes and REST handlers (routes.cpp, files.cpp, jobsapi.cpp)
    Sim::HttpResponse route(const Sim::HttpRequest &request);
    Sim::HttpResponse handlePostPrompt(const Sim::HttpRequest &r);
    Sim::HttpResponse handleGetQueue();
    Sim::HttpResponse handlePostQueue(const Sim::HttpRequest &r);
    Sim::HttpResponse handleInterrupt(const Sim::HttpRequest &r);
    Sim::HttpResponse handleFree(const Sim::HttpRequest &r);
    Sim::HttpResponse handleGetHistory(const Sim::HttpRequest &r);
    Sim::HttpResponse handlePostHistory(const Sim::HttpRequest &r);
    Sim::HttpResponse handleView(const Sim::HttpRequest &r);
    Sim::HttpResponse handleUpload(const Sim::HttpRequest &r, bool mask);
    Sim::HttpResponse handleObjectInfo(const QString &className, bool single);
    Sim::HttpResponse handleSystemStats();
    Sim::HttpResponse handleJobs(const Sim::HttpRequest &r);
    Sim::HttpResponse handleJob(const QString &id);
    Sim::JVal nodeInfo(const QString &className);
    void storeHistory(const QString &promptId, const Sim::JVal &entry);

    // ---- the simulated folders (files.cpp)
    QStringList inputImageFiles() const;
    bool resolveInputFile(const QString &annotated, QString *folder, QString *relPath) const;
    void storeFile(const QString &folder, const QString &relPath, const QByteArray &data);
    const Sim::StoredFile *findFile(const QString &folder, const QString &relPath) const;
    QString saveImages(Sim::NodeJob &job, const QString &type, const QString &prefix, int compress,
                       Sim::JVal *results);

    // ---- submit and validation (validator.cpp)
    struct SubmitResult
    {
        int status = 200;
        Sim::JVal body;
        bool serverError = false;
    };
    SubmitResult submitPrompt(const Sim::JVal &json);
    std::optional<Sim::ValidationFailure> validatePrompt(const Sim::JVal &prompt,
                                                         const Sim::JVal &partialTargets,
                                                         QStringList *goodOutputs,
                                                         Sim::JVal *nodeErrors);

    // ---- queue, execution list, cache and the run (scheduler.cpp)
    void heapPush(const Sim::QueueItem &item);
    Sim::QueueItem heapPop();
    void heapify();
    void siftDown(int startPos, int pos);
    void siftUp(int pos);
    void scheduleWorker();
    void startNextPrompt();
    void advance();
    void runJobStep();
    void addMessage(const QString &event, Sim::JVal data, bool broadcast);
    void sendToClient(const QString &type, const Sim::JVal &data); // not sent if no client_id
    void sendToClientOrBroadcast(const QString &type, const Sim::JVal &data);
    void addNode(const QString &nodeId);
    bool isCached(const QString &nodeId) const;
    const Sim::CacheEntry *cachedEntry(const QString &nodeId) const;
    QString computeSignature(const QString &nodeId, QHash<QString, QString> &memo,
                             QSet<QString> &visiting);
    QString pickNode(const QStringList &ready) const;
    void completeNode(const QString &nodeId);
    std::unique_ptr<Sim::NodeJob> makeJob(const QString &nodeId);
    void finishJob();
    void failRun(QString nodeId, const Sim::ExecError &error);
    void interruptRun(QString nodeId);
    void finishRun();
    QStringList nodeTraceback(const QString &lastFrame) const;
    QString effectivePreviewMethod(const Sim::JVal &extraData) const;

    // ---- what a running node reports (progress.cpp)
    void progressStart(const QString &nodeId);
    void progressUpdate(const QString &nodeId, const Sim::JVal &value, const Sim::JVal &max);
    void progressFinish(const QString &nodeId);
    void sendProgressState();
    bool progressHook(Sim::NodeJob &job, const Sim::JVal &value, const Sim::JVal &max,
                      const QImage *preview = nullptr, bool png = false, int maxSize = -1);
    void sendPreviewImage(quint32 formatNum, const QByteArray &encoded,
                          const std::optional<QString> &sid);
    void sendProgressText(const QString &nodeId, const QString &text,
                          const std::optional<QString> &sid);
    // A ComfyDeploy image frame to /comfyui-deploy/ws of sid, in order with the outbox.
    void sendDeployImage(const QString &sid, int typeCode, const QByteArray &outputId,
                         const QByteArray &image);

    // ---- one step of the running node, through its class's behaviour (nodebehaviours.cpp)
    Sim::StepResult stepJob(Sim::NodeJob &job, Sim::ExecError *error);
};

} // namespace ComfyScope
