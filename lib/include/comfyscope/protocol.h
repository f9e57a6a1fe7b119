// SPDX-License-Identifier: MIT
#pragma once

#include <comfyscope/events.h>

#include <QtCore/QJsonObject>

#include <memory>

/*!
 * The wire parsers, free of any socket: text messages (docs/protocol.md §4), core binary frames
 * (§5) and ComfyDeploy frames (§7.2). The Client uses them; tests, fuzzers and benchmarks call them
 * directly. They never read out of bounds and never throw: bad input becomes a ProtocolError.
 */
namespace ComfyScope::Protocol {

/// A text message whose type the library has no struct for (custom nodes, crystools.monitor, …).
struct UnknownMessage
{
    QString type;
    QJsonObject data;   ///< `data` when it is an object
    QJsonValue rawData; ///< `data` as sent (may be a string, e.g. ComfyDeploy's LOGS)
};

class Event;
/// Which Event::Type a payload struct is (specialised for every payload the library has).
template<class T>
struct EventTypeOf
{};

/*!
 * One parsed server message or binary frame: a typed payload (events.h) or the ProtocolError
 * that says why it was refused.
 *
 * **The set of types grows**: new ComfyUI messages get a new Type and payload struct in later
 * versions, so do not treat a switch over type() as exhaustive: keep a default branch. Ask with
 * is<T>() / get<T>() / value<T>():
 *
 *     const ParsedMessage pm = Protocol::parseMessage(bytes);
 *     if (const auto *e = pm.message.get<ProgressEvent>())
 *         …
 *
 * Cheap to copy (the payload is shared and never changes).
 */
class COMFYSCOPE_EXPORT Event
{
public:
    enum class Type {
        ProtocolError,        ///< ComfyScope::ProtocolError: refused, nothing else to see
        Unknown,              ///< UnknownMessage: a type the library has no struct for
        Status,               ///< StatusEvent
        ExecutionStart,       ///< ExecutionStartEvent
        ExecutionCached,      ///< ExecutionCachedEvent
        Executing,            ///< ExecutingEvent
        Progress,             ///< ProgressEvent
        ProgressState,        ///< ProgressStateEvent
        Executed,             ///< ExecutedEvent
        ExecutionSuccess,     ///< ExecutionSuccessEvent
        ExecutionError,       ///< ExecutionErrorEvent
        ExecutionInterrupted, ///< ExecutionInterruptedEvent
        FeatureFlags,         ///< ComfyScope::FeatureFlags
        Logs,                 ///< LogsEvent
        Deploy,               ///< DeployEvent
        Image,                ///< ImageFrame (binary)
        ProgressText,         ///< ProgressTextEvent (binary)
    };

    /// A default ProtocolError (nothing was parsed).
    Event();
    /// Wrap a payload: any type with an EventTypeOf specialisation.
    template<class T, class = decltype(EventTypeOf<T>::value)>
    Event(const T &payload)
        : Event(EventTypeOf<T>::value, &payload)
    {}
    Event(const Event &);
    Event &operator=(const Event &);
    ~Event();

    Type type() const;
    bool isError() const { return type() == Type::ProtocolError; }

    template<class T>
    bool is() const
    {
        return type() == EventTypeOf<T>::value;
    }
    /// The payload when it is a T, else nullptr. Valid as long as this Event (or a copy) lives.
    template<class T>
    const T *get() const
    {
        return is<T>() ? static_cast<const T *>(payload()) : nullptr;
    }
    /// A copy of the payload when it is a T, else a default-constructed T.
    template<class T>
    T value() const
    {
        const T *p = get<T>();
        return p ? *p : T{};
    }

private:
    friend class DeltaParser;
    Event(Type type, const void *payload);
    const void *payload() const;
    /// The payload, to change in place, when this Event is its only holder; else nullptr.
    void *solePayload();
    class Private;
    std::shared_ptr<const Private> d;
};

#define COMFYSCOPE_EVENT_TYPE(T, E) \
    template<> \
    struct EventTypeOf<T> \
    { \
        static constexpr Event::Type value = Event::Type::E; \
    };
COMFYSCOPE_EVENT_TYPE(ComfyScope::ProtocolError, ProtocolError)
COMFYSCOPE_EVENT_TYPE(UnknownMessage, Unknown)
COMFYSCOPE_EVENT_TYPE(ComfyScope::StatusEvent, Status)
COMFYSCOPE_EVENT_TYPE(ComfyScope::ExecutionStartEvent, ExecutionStart)
COMFYSCOPE_EVENT_TYPE(ComfyScope::ExecutionCachedEvent, ExecutionCached)
COMFYSCOPE_EVENT_TYPE(ComfyScope::ExecutingEvent, Executing)
COMFYSCOPE_EVENT_TYPE(ComfyScope::ProgressEvent, Progress)
COMFYSCOPE_EVENT_TYPE(ComfyScope::ProgressStateEvent, ProgressState)
COMFYSCOPE_EVENT_TYPE(ComfyScope::ExecutedEvent, Executed)
COMFYSCOPE_EVENT_TYPE(ComfyScope::ExecutionSuccessEvent, ExecutionSuccess)
COMFYSCOPE_EVENT_TYPE(ComfyScope::ExecutionErrorEvent, ExecutionError)
COMFYSCOPE_EVENT_TYPE(ComfyScope::ExecutionInterruptedEvent, ExecutionInterrupted)
COMFYSCOPE_EVENT_TYPE(ComfyScope::FeatureFlags, FeatureFlags)
COMFYSCOPE_EVENT_TYPE(ComfyScope::LogsEvent, Logs)
COMFYSCOPE_EVENT_TYPE(ComfyScope::DeployEvent, Deploy)
COMFYSCOPE_EVENT_TYPE(ComfyScope::ImageFrame, Image)
COMFYSCOPE_EVENT_TYPE(ComfyScope::ProgressTextEvent, ProgressText)
#undef COMFYSCOPE_EVENT_TYPE

/// A parsed text message (ProtocolError, UnknownMessage or a message payload).
using Message = Event;
/// A parsed binary frame (ProtocolError, ImageFrame or ProgressTextEvent).
using Frame = Event;

struct ParsedMessage
{
    QString type;     ///< the `type` (or `event` on the ComfyDeploy socket), empty if unreadable
    QJsonObject data; ///< the `data` object as received (empty if not an object)
    Message message;
    bool isError() const { return message.isError(); }
};

/// Parse one text frame from /ws.
COMFYSCOPE_EXPORT ParsedMessage parseMessage(QByteArrayView utf8);

/// Parse one text frame from /comfyui-deploy/ws. Core events copied there keep their typed
/// payloads; ComfyDeploy's own events become DeployEvent.
COMFYSCOPE_EXPORT ParsedMessage parseDeployMessage(QByteArrayView utf8);

/// Parse the `data` of a message whose type is already known (also used for history messages).
COMFYSCOPE_EXPORT Message parseMessageData(const QString &type, const QJsonObject &data);

struct FrameOptions
{
    qint64 maxFrameSize = 256 * 1024 * 1024;
    /// Server advertised supports_progress_text_metadata: TEXT frames carry a prompt id.
    bool progressTextMetadata = false;
};

/// Parse one binary frame from /ws (types 1, 3, 4). `ImageFrame::kind` is a first guess from the
/// format (JPEG → preview, PNG → websocket output); the Client refines it with what it knows.
COMFYSCOPE_EXPORT Frame parseFrame(const QByteArray &frame, const FrameOptions &options = {});

/// Parse one binary frame from /comfyui-deploy/ws: u32be event, u32be type (1 JPEG, 2 PNG, 3 WEBP),
/// 24-byte NUL-padded output_id, image. Frames from before 2024-02-29 (no id) are accepted when
/// the bytes at offset 8 are an image.
COMFYSCOPE_EXPORT Frame parseDeployFrame(const QByteArray &frame, const FrameOptions &options = {});

/// Build frames (for the simulator, tests and benchmarks).
COMFYSCOPE_EXPORT QByteArray makePreviewFrame(int formatCode, QByteArrayView image);
COMFYSCOPE_EXPORT QByteArray makeMetadataPreviewFrame(const QJsonObject &metadata,
                                                      QByteArrayView image);
/// The same with the metadata already serialized as it should go on the wire (the simulator
/// writes Python's json.dumps spacing and key order).
COMFYSCOPE_EXPORT QByteArray makeMetadataPreviewFrame(QByteArrayView metadataJson,
                                                      QByteArrayView image);
COMFYSCOPE_EXPORT QByteArray makeTextFrame(const QString &nodeId, const QString &text);
COMFYSCOPE_EXPORT QByteArray makeDeployFrame(int typeCode, const QByteArray &outputId,
                                             QByteArrayView image);

/// The message the client sends first on every connection.
COMFYSCOPE_EXPORT QByteArray featureFlagsMessage();

} // namespace ComfyScope::Protocol
