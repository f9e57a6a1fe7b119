// SPDX-License-Identifier: MIT
#pragma once

#include <comfyscope/events.h>

#include <QtCore/QJsonObject>

#include <variant>

/*!
 * The wire parsers, free of any socket: text messages (COMFYUI_PROTOCOL.md §4), core binary frames
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

using Message =
    std::variant<ProtocolError, UnknownMessage, StatusEvent, ExecutionStartEvent,
                 ExecutionCachedEvent, ExecutingEvent, ProgressEvent, ProgressStateEvent,
                 ExecutedEvent, ExecutionSuccessEvent, ExecutionErrorEvent,
                 ExecutionInterruptedEvent, FeatureFlags, LogsEvent, DeployEvent>;

struct ParsedMessage
{
    QString type;     ///< the `type` (or `event` on the ComfyDeploy socket), empty if unreadable
    QJsonObject data; ///< the `data` object as received (empty if not an object)
    Message message;
    bool isError() const { return std::holds_alternative<ProtocolError>(message); }
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

using Frame = std::variant<ProtocolError, ImageFrame, ProgressTextEvent>;

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
