// SPDX-License-Identifier: MIT
#pragma once

#include <comfyscope/comfyscope_export.h>

#include <QtCore/QByteArray>
#include <QtCore/QByteArrayView>
#include <QtCore/QDateTime>
#include <QtCore/QJsonObject>
#include <QtCore/QJsonValue>
#include <QtCore/QList>
#include <QtCore/QMetaType>
#include <QtCore/QString>
#include <QtCore/QStringList>

/*!
 * Typed payloads for every message a ComfyUI server sends (docs/protocol.md §4, §5, §7).
 * Plain value types: cheap to copy (Qt containers are implicitly shared), no QObject.
 * Every field except those the protocol guarantees is optional: an absent string is empty,
 * an absent number is 0 and the matching has…() flag says whether it was on the wire.
 */
namespace ComfyScope {

/// A reference to a file on the server, fetched with GET /view.
struct COMFYSCOPE_EXPORT ImageRef
{
    QString filename;
    QString subfolder;
    QString type; ///< "output", "temp" or "input"
    /// v0.33 with assets enabled: the output entry's asset reference `id`; kept and written
    /// back by toJson(), not part of the file's identity (operator==).
    QString assetId;
    bool isValid() const { return !filename.isEmpty(); }
    /// A content hash (`blake3:<hex>`) in place of a file name: GET /view resolves it on v0.33.
    bool isAssetHash() const { return filename.startsWith(QLatin1String("blake3:")); }
    bool operator==(const ImageRef &o) const
    {
        return filename == o.filename && subfolder == o.subfolder && type == o.type;
    }
    bool operator!=(const ImageRef &o) const { return !(*this == o); }
    /// One string per file (type, subfolder, name), for sets and hashes of outputs.
    QString key() const { return type + QChar(u'\x1f') + subfolder + QChar(u'\x1f') + filename; }
    static ImageRef fromJson(const QJsonObject &o);
    QJsonObject toJson() const;
};

/// `status`: the global queue counter. `sid` is only set in the message sent on connect.
struct COMFYSCOPE_EXPORT StatusEvent
{
    int queueRemaining = 0;
    QString sid;
    bool fromPolling = false; ///< true when produced by the HTTP polling fallback (GET /prompt)
};

struct COMFYSCOPE_EXPORT ExecutionStartEvent
{
    QString promptId;
    qint64 timestamp = 0; ///< epoch ms, 0 if the server did not send one
};

struct COMFYSCOPE_EXPORT ExecutionCachedEvent
{
    QString promptId;
    QStringList nodes;
    qint64 timestamp = 0;
};

/// `executing`. `node` empty means the prompt finished (`node: null`): the terminal message.
/// A reconnect replay carries `node` only (no prompt id).
struct COMFYSCOPE_EXPORT ExecutingEvent
{
    QString promptId;
    QString node;
    QString displayNode; ///< falls back to `node` when the server did not send one
    bool isFinished() const { return node.isEmpty(); }
    bool isReplay() const { return promptId.isEmpty() && !node.isEmpty(); }
};

struct COMFYSCOPE_EXPORT ProgressEvent
{
    QString promptId; ///< empty on servers before 2024-01
    QString node;
    double value = 0;
    double max = 0;
};

struct COMFYSCOPE_EXPORT NodeProgress
{
    enum class State { Pending, Running, Finished, Error, Unknown };
    QString nodeId;
    QString displayNodeId;
    QString parentNodeId;
    QString realNodeId;
    QString promptId;
    double value = 0;
    double max = 0;
    State state = State::Unknown;
    static State stateFromString(QStringView s);
};

/// `progress_state`: a full snapshot of every started or finished node of a prompt.
struct COMFYSCOPE_EXPORT ProgressStateEvent
{
    QString promptId;
    QList<NodeProgress> nodes;
};

struct COMFYSCOPE_EXPORT ExecutedEvent
{
    QString promptId;
    QString node;
    QString displayNode;
    QJsonObject output; ///< empty when the server sent `null` (cached node without UI)
    bool outputIsNull = false;
    QList<ImageRef> images; ///< images, gifs and audio references found in `output`
};

struct COMFYSCOPE_EXPORT ExecutionSuccessEvent
{
    QString promptId;
    qint64 timestamp = 0;
};

struct COMFYSCOPE_EXPORT ExecutionErrorEvent
{
    QString promptId;
    QString nodeId;
    QString nodeType;
    QStringList executed;
    QString exceptionMessage;
    QString exceptionType;
    QStringList traceback;
    QJsonValue currentInputs;
    QJsonValue currentOutputs;
    qint64 timestamp = 0;
    bool hasTimestamp = false;
    /// An ExecutionBlocked message: the run goes on, it is not stored in history (§4).
    bool isBlocked() const { return exceptionType == QLatin1String("ExecutionBlocked"); }
    /// §10.8: terminal when it has a timestamp and is not a blocked-output notice.
    bool isTerminal() const { return hasTimestamp && !isBlocked(); }
};

struct COMFYSCOPE_EXPORT ExecutionInterruptedEvent
{
    QString promptId;
    QString nodeId;
    QString nodeType;
    QStringList executed;
    qint64 timestamp = 0;
};

/// The server's answer to our feature_flags message (v0.3.45+).
struct COMFYSCOPE_EXPORT FeatureFlags
{
    QJsonObject flags;
    bool supportsPreviewMetadata = false;
    bool supportsProgressTextMetadata = false;
    qint64 maxUploadSize = 0;
};

struct COMFYSCOPE_EXPORT LogEntry
{
    QString time;
    QString message;
};

struct COMFYSCOPE_EXPORT LogsEvent
{
    QList<LogEntry> entries;
    int cols = 0;
    int rows = 0;
};

/// `assets.seed.*` (newer servers, broadcast to every socket): the server's background asset
/// scan. `phase` is the part after "assets.seed." (started, progress, fast_complete,
/// enrich_complete, completed, error, cancelled, paused, resumed, or a newer one).
struct COMFYSCOPE_EXPORT AssetsSeedEvent
{
    QString phase;
    QString message; ///< `message` of assets.seed.error
    qint64 total = -1;
    qint64 scanned = -1;
    qint64 created = -1;
    qint64 enriched = -1;
    QJsonObject data; ///< the whole payload
    bool isError() const { return phase == QLatin1String("error"); }
    bool isFinished() const
    {
        return phase == QLatin1String("completed") || phase == QLatin1String("cancelled")
               || isError();
    }
    static AssetsSeedEvent fromMessage(const QString &type, const QJsonObject &data);
};

/// Binary type 3 (TEXT / "progress_text"). `promptId` only with the extended layout.
struct COMFYSCOPE_EXPORT ProgressTextEvent
{
    QString nodeId;
    QString promptId;
    QString text;
};

/// A message on /comfyui-deploy/ws that is ComfyDeploy's own (live_status, elapsed_time, success,
/// failed, outputs_uploaded, upload_success, upload_failed, upload_queue_status, LOGS, …).
struct COMFYSCOPE_EXPORT DeployEvent
{
    QString event;
    QJsonValue data;
    QString promptId; ///< when data is an object holding prompt_id
};

enum class ImageFormat { Unknown, Jpeg, Png, Webp, Gif, Bmp };
COMFYSCOPE_EXPORT QString imageFormatName(ImageFormat f);     ///< "jpeg", "png", …
COMFYSCOPE_EXPORT QString imageFormatMimeType(ImageFormat f); ///< "image/jpeg", …
/// Identify an encoded image by its magic bytes.
COMFYSCOPE_EXPORT ImageFormat sniffImageFormat(QByteArrayView bytes);

/// Where an image came from.
enum class ImageKind {
    SamplerPreview,  ///< progress-bar preview (latent preview), type 1 or 4 on /ws
    WebSocketOutput, ///< SaveImageWebsocket output (full-size PNG), type 1 or 4 on /ws
    DeployOutput,    ///< ComfyDeploy "Image Websocket Output" frame on /comfyui-deploy/ws
    FinalOutput      ///< a file written by the server and fetched from /view
};
COMFYSCOPE_EXPORT QString imageKindName(ImageKind k); ///< "preview", "websocket_output", …

/*!
 * An encoded image received from the server. The pixels are never decoded by the library: the
 * frame's bytes are kept as received (implicitly shared) and `imageBytes()` views them.
 */
struct COMFYSCOPE_EXPORT ImageFrame
{
    ImageKind kind = ImageKind::SamplerPreview;
    int frameType = 0; ///< binary event type on the wire (1 or 4), 0 for /view downloads
    ImageFormat format = ImageFormat::Unknown;         ///< from the magic bytes
    ImageFormat declaredFormat = ImageFormat::Unknown; ///< what the header or metadata claimed
    QByteArray frame;          ///< the whole frame as received (or the downloaded file)
    qsizetype imageOffset = 0; ///< where the encoded image starts inside `frame`
    QString promptId;
    QString nodeId;
    QString displayNodeId;
    QString parentNodeId;
    QString realNodeId;
    QString outputId;     ///< ComfyDeploy output_id
    QJsonObject metadata; ///< type 4 metadata as sent
    /// False when prompt and node were inferred from the latest `executing`/`progress`
    /// (type 1 and deploy frames carry no ids), true when the frame itself named them.
    bool attributed = false;
    /// Came over the ComfyScope relay (another client's prompt, downscaled JPEG preview).
    bool relayed = false;
    QString relayClient; ///< the submitting client (hashed or raw id) when relayed
    ImageRef ref;        ///< set for FinalOutput
    QDateTime receivedAt;
    quint64 sequence = 0; ///< per-client counter, increases with every frame

    QByteArrayView imageView() const
    {
        return QByteArrayView(frame).sliced(qMin(imageOffset, frame.size()));
    }
    QByteArray imageBytes() const { return frame.mid(imageOffset); }
    qsizetype imageSize() const { return qMax<qsizetype>(0, frame.size() - imageOffset); }
    QString mimeType() const { return imageFormatMimeType(format); }
};

/*!
 * Where a relayed message came from: the ComfyScope relay extension (installer/comfyui-relay)
 * copies other clients' prompt events to observer sockets with this envelope.
 */
struct COMFYSCOPE_EXPORT RelayEnvelope
{
    bool relayed = false; ///< false: the message came over /ws (or nothing is being emitted)
    QString client;       ///< the submitting client: 12 hex digits of a salted hash, or the raw id
    QString promptId;     ///< the prompt the event belongs to
    bool broadcast = false; ///< ComfyUI sent it to every /ws socket too
    static RelayEnvelope fromJson(const QJsonObject &relay);
};

/// Why a message or frame was refused. The connection stays up; the message is dropped.
struct COMFYSCOPE_EXPORT ProtocolError
{
    enum class Code {
        MalformedJson,    ///< not JSON at all
        NotAnObject,      ///< JSON, but not an object with type/event + data
        MissingField,     ///< a field the message cannot do without is absent
        WrongFieldType,   ///< a field has the wrong JSON type
        TruncatedFrame,   ///< binary frame shorter than its header says
        LyingLength,      ///< a length field points past the end of the frame
        UnknownFrameType, ///< binary event type we do not know
        OversizedMessage, ///< over the configured size cap
        BadMetadata,      ///< type 4 metadata is not a JSON object
        EmptyImage,       ///< a frame with a header but no image bytes
    };
    Code code = Code::MalformedJson;
    QString message;     ///< translated, for people (decide by `code`)
    QString messageType; ///< the `type` or `event` if it was readable
    QByteArray excerpt;  ///< the first bytes of the offending input (at most 64)
    bool deploySocket = false;
};
COMFYSCOPE_EXPORT QString protocolErrorCodeName(ProtocolError::Code c);

} // namespace ComfyScope

Q_DECLARE_METATYPE(ComfyScope::ImageRef)
Q_DECLARE_METATYPE(ComfyScope::StatusEvent)
Q_DECLARE_METATYPE(ComfyScope::ExecutionStartEvent)
Q_DECLARE_METATYPE(ComfyScope::ExecutionCachedEvent)
Q_DECLARE_METATYPE(ComfyScope::ExecutingEvent)
Q_DECLARE_METATYPE(ComfyScope::ProgressEvent)
Q_DECLARE_METATYPE(ComfyScope::ProgressStateEvent)
Q_DECLARE_METATYPE(ComfyScope::ExecutedEvent)
Q_DECLARE_METATYPE(ComfyScope::ExecutionSuccessEvent)
Q_DECLARE_METATYPE(ComfyScope::ExecutionErrorEvent)
Q_DECLARE_METATYPE(ComfyScope::ExecutionInterruptedEvent)
Q_DECLARE_METATYPE(ComfyScope::FeatureFlags)
Q_DECLARE_METATYPE(ComfyScope::LogsEvent)
Q_DECLARE_METATYPE(ComfyScope::AssetsSeedEvent)
Q_DECLARE_METATYPE(ComfyScope::ProgressTextEvent)
Q_DECLARE_METATYPE(ComfyScope::DeployEvent)
Q_DECLARE_METATYPE(ComfyScope::ImageFrame)
Q_DECLARE_METATYPE(ComfyScope::ProtocolError)
Q_DECLARE_METATYPE(ComfyScope::RelayEnvelope)
