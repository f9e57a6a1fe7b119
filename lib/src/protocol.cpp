// SPDX-License-Identifier: MIT
#include <comfyscope/protocol.h>

#include <QtCore/QCoreApplication>
#include <QtCore/QHash>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonParseError>
#include <QtCore/QtEndian>

#include <variant>

using namespace Qt::StringLiterals;

namespace ComfyScope {

ImageRef ImageRef::fromJson(const QJsonObject &o)
{
    ImageRef r;
    r.filename = o.value("filename"_L1).toString();
    r.subfolder = o.value("subfolder"_L1).toString();
    r.type = o.value("type"_L1).toString();
    return r;
}

QJsonObject ImageRef::toJson() const
{
    return QJsonObject{{u"filename"_s, filename}, {u"subfolder"_s, subfolder}, {u"type"_s, type}};
}

NodeProgress::State NodeProgress::stateFromString(QStringView s)
{
    if (s == u"running")
        return State::Running;
    if (s == u"finished")
        return State::Finished;
    if (s == u"pending")
        return State::Pending;
    if (s == u"error")
        return State::Error;
    return State::Unknown;
}

QString imageFormatName(ImageFormat f)
{
    switch (f) {
    case ImageFormat::Jpeg:
        return u"jpeg"_s;
    case ImageFormat::Png:
        return u"png"_s;
    case ImageFormat::Webp:
        return u"webp"_s;
    case ImageFormat::Gif:
        return u"gif"_s;
    case ImageFormat::Bmp:
        return u"bmp"_s;
    case ImageFormat::Unknown:
        break;
    }
    return u"unknown"_s;
}

QString imageFormatMimeType(ImageFormat f)
{
    if (f == ImageFormat::Unknown)
        return u"application/octet-stream"_s;
    return u"image/"_s + imageFormatName(f);
}

ImageFormat sniffImageFormat(QByteArrayView b)
{
    const auto *p = reinterpret_cast<const unsigned char *>(b.data());
    const auto n = b.size();
    if (n >= 3 && p[0] == 0xFF && p[1] == 0xD8 && p[2] == 0xFF)
        return ImageFormat::Jpeg;
    if (n >= 8 && p[0] == 0x89 && p[1] == 'P' && p[2] == 'N' && p[3] == 'G' && p[4] == 0x0D
        && p[5] == 0x0A && p[6] == 0x1A && p[7] == 0x0A)
        return ImageFormat::Png;
    if (n >= 12 && p[0] == 'R' && p[1] == 'I' && p[2] == 'F' && p[3] == 'F' && p[8] == 'W'
        && p[9] == 'E' && p[10] == 'B' && p[11] == 'P')
        return ImageFormat::Webp;
    if (n >= 6 && p[0] == 'G' && p[1] == 'I' && p[2] == 'F' && p[3] == '8')
        return ImageFormat::Gif;
    if (n >= 2 && p[0] == 'B' && p[1] == 'M')
        return ImageFormat::Bmp;
    return ImageFormat::Unknown;
}

QString imageKindName(ImageKind k)
{
    switch (k) {
    case ImageKind::SamplerPreview:
        return u"preview"_s;
    case ImageKind::WebSocketOutput:
        return u"websocket_output"_s;
    case ImageKind::DeployOutput:
        return u"deploy_output"_s;
    case ImageKind::FinalOutput:
        return u"final_output"_s;
    }
    return u"unknown"_s;
}

QString protocolErrorCodeName(ProtocolError::Code c)
{
    using C = ProtocolError::Code;
    switch (c) {
    case C::MalformedJson:
        return u"malformed_json"_s;
    case C::NotAnObject:
        return u"not_an_object"_s;
    case C::MissingField:
        return u"missing_field"_s;
    case C::WrongFieldType:
        return u"wrong_field_type"_s;
    case C::TruncatedFrame:
        return u"truncated_frame"_s;
    case C::LyingLength:
        return u"lying_length"_s;
    case C::UnknownFrameType:
        return u"unknown_frame_type"_s;
    case C::OversizedMessage:
        return u"oversized_message"_s;
    case C::BadMetadata:
        return u"bad_metadata"_s;
    case C::EmptyImage:
        return u"empty_image"_s;
    }
    return u"unknown"_s;
}

namespace Protocol {

// --- Event: the variant stays in here, so new alternatives never break users' code ------------

class Event::Private
{
public:
    using Variant = std::variant<ProtocolError, UnknownMessage, StatusEvent, ExecutionStartEvent,
                                 ExecutionCachedEvent, ExecutingEvent, ProgressEvent,
                                 ProgressStateEvent, ExecutedEvent, ExecutionSuccessEvent,
                                 ExecutionErrorEvent, ExecutionInterruptedEvent, FeatureFlags,
                                 LogsEvent, DeployEvent, ImageFrame, ProgressTextEvent>;
    Type type = Type::ProtocolError;
    Variant value;
};

Event::Event()
    : Event(ProtocolError{})
{}

Event::Event(Type type, const void *payload)
{
    auto p = std::make_shared<Private>();
    p->type = type;
    switch (type) {
#define COMFYSCOPE_EVENT_CASE(E, T) \
    case Type::E: \
        static_assert(EventTypeOf<T>::value == Type::E); \
        p->value = *static_cast<const T *>(payload); \
        break;
        COMFYSCOPE_EVENT_CASE(ProtocolError, ComfyScope::ProtocolError)
        COMFYSCOPE_EVENT_CASE(Unknown, UnknownMessage)
        COMFYSCOPE_EVENT_CASE(Status, StatusEvent)
        COMFYSCOPE_EVENT_CASE(ExecutionStart, ExecutionStartEvent)
        COMFYSCOPE_EVENT_CASE(ExecutionCached, ExecutionCachedEvent)
        COMFYSCOPE_EVENT_CASE(Executing, ExecutingEvent)
        COMFYSCOPE_EVENT_CASE(Progress, ProgressEvent)
        COMFYSCOPE_EVENT_CASE(ProgressState, ProgressStateEvent)
        COMFYSCOPE_EVENT_CASE(Executed, ExecutedEvent)
        COMFYSCOPE_EVENT_CASE(ExecutionSuccess, ExecutionSuccessEvent)
        COMFYSCOPE_EVENT_CASE(ExecutionError, ExecutionErrorEvent)
        COMFYSCOPE_EVENT_CASE(ExecutionInterrupted, ExecutionInterruptedEvent)
        COMFYSCOPE_EVENT_CASE(FeatureFlags, ComfyScope::FeatureFlags)
        COMFYSCOPE_EVENT_CASE(Logs, LogsEvent)
        COMFYSCOPE_EVENT_CASE(Deploy, DeployEvent)
        COMFYSCOPE_EVENT_CASE(Image, ImageFrame)
        COMFYSCOPE_EVENT_CASE(ProgressText, ProgressTextEvent)
#undef COMFYSCOPE_EVENT_CASE
    }
    d = std::move(p);
}

Event::Event(const Event &) = default;
Event &Event::operator=(const Event &) = default;
Event::~Event() = default;

Event::Type Event::type() const
{
    return d->type;
}

const void *Event::payload() const
{
    return std::visit([](const auto &v) -> const void * { return &v; }, d->value);
}

namespace {

ProtocolError makeError(ProtocolError::Code code, QString message, QByteArrayView input,
                        QString type = {})
{
    ProtocolError e;
    e.code = code;
    e.message = std::move(message);
    e.messageType = std::move(type);
    e.excerpt = input.first(qMin<qsizetype>(input.size(), 64)).toByteArray();
    return e;
}

// Field readers: absent is fine for optional fields; present with the wrong type is an error.
struct Reader
{
    const QJsonObject &o;
    QString error;
    bool missing = false;

    bool str(QLatin1String key, QString &out, bool required = false)
    {
        const auto it = o.constFind(key);
        if (it == o.constEnd() || it->isNull()) {
            if (required && error.isEmpty()) {
                error = QCoreApplication::translate("ComfyScope", "missing field '%1'").arg(key);
                missing = true;
            }
            return !required;
        }
        if (!it->isString()) {
            if (error.isEmpty())
                error = QCoreApplication::translate("ComfyScope", "field '%1' is not a string")
                            .arg(key);
            return false;
        }
        out = it->toString();
        return true;
    }
    bool num(QLatin1String key, double &out, bool required = false)
    {
        const auto it = o.constFind(key);
        if (it == o.constEnd() || it->isNull()) {
            if (required && error.isEmpty()) {
                error = QCoreApplication::translate("ComfyScope", "missing field '%1'").arg(key);
                missing = true;
            }
            return !required;
        }
        if (!it->isDouble()) {
            if (error.isEmpty())
                error = QCoreApplication::translate("ComfyScope", "field '%1' is not a number")
                            .arg(key);
            return false;
        }
        out = it->toDouble();
        return true;
    }
    bool timestamp(qint64 &out, bool *present = nullptr)
    {
        double d = 0;
        const bool has = o.contains("timestamp"_L1) && !o.value("timestamp"_L1).isNull();
        if (!num("timestamp"_L1, d))
            return false;
        out = qint64(d);
        if (present)
            *present = has;
        return true;
    }
    bool strList(QLatin1String key, QStringList &out)
    {
        const auto it = o.constFind(key);
        if (it == o.constEnd() || it->isNull())
            return true;
        if (!it->isArray()) {
            if (error.isEmpty())
                error =
                    QCoreApplication::translate("ComfyScope", "field '%1' is not a list").arg(key);
            return false;
        }
        const QJsonArray a = it->toArray();
        out.reserve(a.size());
        for (const auto &v : a) {
            if (v.isString())
                out.append(v.toString());
            else if (v.isDouble()) // very old servers used int node ids
                out.append(QString::number(v.toDouble()));
            else {
                if (error.isEmpty())
                    error = QCoreApplication::translate("ComfyScope",
                                                        "field '%1' holds a non-string")
                                .arg(key);
                return false;
            }
        }
        return true;
    }
    bool ok() const { return error.isEmpty(); }
};

Message fail(const Reader &r, const QString &type, const QJsonObject &data)
{
    ProtocolError e;
    e.code = r.missing ? ProtocolError::Code::MissingField : ProtocolError::Code::WrongFieldType;
    e.message = type + u": "_s + r.error;
    e.messageType = type;
    e.excerpt = QJsonDocument(data).toJson(QJsonDocument::Compact).left(64);
    return e;
}

void collectRefs(const QJsonObject &output, QList<ImageRef> &out)
{
    static const QLatin1String keys[] = {"images"_L1, "gifs"_L1, "audio"_L1, "video"_L1,
                                         "animated_images"_L1};
    for (const auto &key : keys) {
        const QJsonValue v = output.value(key);
        if (!v.isArray())
            continue;
        for (const auto &item : v.toArray()) {
            if (!item.isObject())
                continue;
            ImageRef r = ImageRef::fromJson(item.toObject());
            if (r.isValid())
                out.append(r);
        }
    }
}

enum class Type {
    Unknown,
    Status,
    ExecutionStart,
    ExecutionCached,
    Executing,
    Progress,
    ProgressState,
    Executed,
    ExecutionSuccess,
    ExecutionError,
    ExecutionInterrupted,
    FeatureFlags,
    Logs
};

Type typeOf(const QString &t)
{
    static const QHash<QString, Type> table{
        {u"status"_s, Type::Status},
        {u"execution_start"_s, Type::ExecutionStart},
        {u"execution_cached"_s, Type::ExecutionCached},
        {u"executing"_s, Type::Executing},
        {u"progress"_s, Type::Progress},
        {u"progress_state"_s, Type::ProgressState},
        {u"executed"_s, Type::Executed},
        {u"execution_success"_s, Type::ExecutionSuccess},
        {u"execution_error"_s, Type::ExecutionError},
        {u"execution_interrupted"_s, Type::ExecutionInterrupted},
        {u"feature_flags"_s, Type::FeatureFlags},
        {u"logs"_s, Type::Logs},
    };
    return table.value(t, Type::Unknown);
}

} // namespace

Message parseMessageData(const QString &type, const QJsonObject &data)
{
    Reader r{data, {}};
    switch (typeOf(type)) {
    case Type::Status: {
        StatusEvent e;
        r.str("sid"_L1, e.sid);
        const QJsonValue status = data.value("status"_L1);
        if (status.isObject()) {
            const QJsonValue execInfo = status.toObject().value("exec_info"_L1);
            const QJsonValue q = execInfo.toObject().value("queue_remaining"_L1);
            if (!execInfo.isObject() || !q.isDouble()) {
                r.error = QCoreApplication::translate(
                    "ComfyScope", "status.exec_info.queue_remaining is missing or not a number");
                r.missing = !q.isDouble() && q.isUndefined();
            } else {
                e.queueRemaining = int(q.toDouble());
                if (e.queueRemaining < 0)
                    r.error = QCoreApplication::translate("ComfyScope", "negative queue_remaining");
            }
        } else if (!status.isUndefined() && !status.isNull()) {
            r.error = QCoreApplication::translate("ComfyScope", "field 'status' is not an object");
        } else if (e.sid.isEmpty()) {
            // ComfyDeploy's connect status carries only the sid; a bare {} is meaningless.
            r.error = QCoreApplication::translate("ComfyScope", "missing field 'status'");
            r.missing = true;
        }
        if (!r.ok())
            return fail(r, type, data);
        return e;
    }
    case Type::ExecutionStart: {
        ExecutionStartEvent e;
        if (!r.str("prompt_id"_L1, e.promptId, true) || !r.timestamp(e.timestamp))
            return fail(r, type, data);
        return e;
    }
    case Type::ExecutionCached: {
        ExecutionCachedEvent e;
        if (!r.str("prompt_id"_L1, e.promptId, true) || !r.strList("nodes"_L1, e.nodes)
            || !r.timestamp(e.timestamp))
            return fail(r, type, data);
        return e;
    }
    case Type::Executing: {
        ExecutingEvent e;
        if (!data.contains("node"_L1)) {
            r.error = QCoreApplication::translate("ComfyScope", "missing field 'node'");
            r.missing = true;
            return fail(r, type, data);
        }
        if (!r.str("node"_L1, e.node) || !r.str("display_node"_L1, e.displayNode)
            || !r.str("prompt_id"_L1, e.promptId))
            return fail(r, type, data);
        if (e.displayNode.isEmpty())
            e.displayNode = e.node;
        return e;
    }
    case Type::Progress: {
        ProgressEvent e;
        if (!r.num("value"_L1, e.value, true) || !r.num("max"_L1, e.max, true)
            || !r.str("prompt_id"_L1, e.promptId) || !r.str("node"_L1, e.node))
            return fail(r, type, data);
        return e;
    }
    case Type::ProgressState: {
        ProgressStateEvent e;
        if (!r.str("prompt_id"_L1, e.promptId, true))
            return fail(r, type, data);
        const QJsonValue nodes = data.value("nodes"_L1);
        if (!nodes.isObject()) {
            r.error = QCoreApplication::translate("ComfyScope",
                                                  "field 'nodes' is missing or not an object");
            r.missing = nodes.isUndefined();
            return fail(r, type, data);
        }
        const QJsonObject n = nodes.toObject();
        e.nodes.reserve(n.size());
        for (auto it = n.constBegin(); it != n.constEnd(); ++it) {
            if (!it->isObject()) {
                r.error = QCoreApplication::translate("ComfyScope",
                                                      "node entry '%1' is not an object")
                              .arg(it.key());
                return fail(r, type, data);
            }
            const QJsonObject no = it->toObject();
            Reader nr{no, {}};
            NodeProgress p;
            QString state;
            if (!nr.num("value"_L1, p.value) || !nr.num("max"_L1, p.max)
                || !nr.str("state"_L1, state) || !nr.str("node_id"_L1, p.nodeId)
                || !nr.str("display_node_id"_L1, p.displayNodeId)
                || !nr.str("parent_node_id"_L1, p.parentNodeId)
                || !nr.str("real_node_id"_L1, p.realNodeId)
                || !nr.str("prompt_id"_L1, p.promptId)) {
                r.error = QCoreApplication::translate("ComfyScope", "node '%1': %2")
                              .arg(it.key(), nr.error);
                return fail(r, type, data);
            }
            if (p.nodeId.isEmpty())
                p.nodeId = it.key();
            if (p.displayNodeId.isEmpty())
                p.displayNodeId = p.nodeId;
            p.state = NodeProgress::stateFromString(state);
            e.nodes.append(std::move(p));
        }
        return e;
    }
    case Type::Executed: {
        ExecutedEvent e;
        if (!r.str("node"_L1, e.node, true) || !r.str("display_node"_L1, e.displayNode)
            || !r.str("prompt_id"_L1, e.promptId))
            return fail(r, type, data);
        if (e.displayNode.isEmpty())
            e.displayNode = e.node;
        const QJsonValue out = data.value("output"_L1);
        if (out.isObject()) {
            e.output = out.toObject();
            collectRefs(e.output, e.images);
        } else if (out.isNull() || out.isUndefined()) {
            e.outputIsNull = true;
        } else {
            r.error = QCoreApplication::translate("ComfyScope", "field 'output' is not an object");
            return fail(r, type, data);
        }
        return e;
    }
    case Type::ExecutionSuccess: {
        ExecutionSuccessEvent e;
        if (!r.str("prompt_id"_L1, e.promptId, true) || !r.timestamp(e.timestamp))
            return fail(r, type, data);
        return e;
    }
    case Type::ExecutionError: {
        ExecutionErrorEvent e;
        if (!r.str("prompt_id"_L1, e.promptId, true) || !r.str("node_id"_L1, e.nodeId)
            || !r.str("node_type"_L1, e.nodeType) || !r.strList("executed"_L1, e.executed)
            || !r.str("exception_message"_L1, e.exceptionMessage)
            || !r.str("exception_type"_L1, e.exceptionType)
            || !r.strList("traceback"_L1, e.traceback)
            || !r.timestamp(e.timestamp, &e.hasTimestamp))
            return fail(r, type, data);
        e.currentInputs = data.value("current_inputs"_L1);
        e.currentOutputs = data.value("current_outputs"_L1);
        return e;
    }
    case Type::ExecutionInterrupted: {
        ExecutionInterruptedEvent e;
        if (!r.str("prompt_id"_L1, e.promptId, true) || !r.str("node_id"_L1, e.nodeId)
            || !r.str("node_type"_L1, e.nodeType) || !r.strList("executed"_L1, e.executed)
            || !r.timestamp(e.timestamp))
            return fail(r, type, data);
        return e;
    }
    case Type::FeatureFlags: {
        FeatureFlags f;
        f.flags = data;
        f.supportsPreviewMetadata = data.value("supports_preview_metadata"_L1) == QJsonValue(true);
        f.supportsProgressTextMetadata = data.value("supports_progress_text_metadata"_L1)
                                         == QJsonValue(true);
        const QJsonValue m = data.value("max_upload_size"_L1);
        if (!m.isUndefined() && !m.isDouble()) {
            r.error = QCoreApplication::translate("ComfyScope",
                                                  "field 'max_upload_size' is not a number");
            return fail(r, type, data);
        }
        f.maxUploadSize = qint64(m.toDouble());
        return f;
    }
    case Type::Logs: {
        LogsEvent e;
        const QJsonValue entries = data.value("entries"_L1);
        if (!entries.isArray()) {
            r.error = QCoreApplication::translate("ComfyScope",
                                                  "field 'entries' is missing or not a list");
            r.missing = entries.isUndefined();
            return fail(r, type, data);
        }
        for (const auto &v : entries.toArray()) {
            const QJsonObject o = v.toObject();
            e.entries.append({o.value("t"_L1).toString(), o.value("m"_L1).toString()});
        }
        const QJsonObject size = data.value("size"_L1).toObject();
        e.cols = size.value("cols"_L1).toInt();
        e.rows = size.value("rows"_L1).toInt();
        return e;
    }
    case Type::Unknown:
        break;
    }
    return UnknownMessage{type, data, QJsonValue(data)};
}

namespace {

ParsedMessage parseEnvelope(QByteArrayView utf8, QLatin1String key, bool deploy)
{
    ParsedMessage pm;
    QJsonParseError err;
    // No copy: the parser copies what it keeps, and the view outlives this call.
    const QJsonDocument doc = QJsonDocument::fromJson(
        QByteArray::fromRawData(utf8.data(), utf8.size()), &err);
    if (err.error != QJsonParseError::NoError) {
        auto e = makeError(
            ProtocolError::Code::MalformedJson,
            QCoreApplication::translate("ComfyScope", "malformed JSON: %1 at offset %2")
                .arg(err.errorString())
                .arg(err.offset),
            utf8);
        e.deploySocket = deploy;
        pm.message = e;
        return pm;
    }
    if (!doc.isObject()) {
        auto e = makeError(
            ProtocolError::Code::NotAnObject,
            QCoreApplication::translate("ComfyScope", "message is not a JSON object"), utf8);
        e.deploySocket = deploy;
        pm.message = e;
        return pm;
    }
    const QJsonObject root = doc.object();
    const QJsonValue t = root.value(key);
    if (!t.isString() || t.toString().isEmpty()) {
        auto e = makeError(
            t.isUndefined() ? ProtocolError::Code::MissingField
                            : ProtocolError::Code::WrongFieldType,
            QCoreApplication::translate("ComfyScope", "message has no string '%1'").arg(key), utf8);
        e.deploySocket = deploy;
        pm.message = e;
        return pm;
    }
    pm.type = t.toString();
    const QJsonValue data = root.value("data"_L1);
    if (deploy && typeOf(pm.type) == Type::Unknown) {
        // ComfyDeploy's own events: data may be an object or a string (LOGS).
        DeployEvent de;
        de.event = pm.type;
        de.data = data;
        if (data.isObject()) {
            pm.data = data.toObject();
            de.promptId = pm.data.value("prompt_id"_L1).toString();
        }
        pm.message = de;
        return pm;
    }
    if (!data.isObject()) {
        if (typeOf(pm.type) == Type::Unknown) {
            // Custom types may send anything; hand them on as they are.
            pm.message = UnknownMessage{pm.type, {}, data};
            return pm;
        }
        auto e = makeError(
            data.isUndefined() ? ProtocolError::Code::MissingField
                               : ProtocolError::Code::WrongFieldType,
            QCoreApplication::translate("ComfyScope", "%1: 'data' is missing or not an object")
                .arg(pm.type),
            utf8, pm.type);
        e.deploySocket = deploy;
        pm.message = e;
        return pm;
    }
    pm.data = data.toObject();
    pm.message = parseMessageData(pm.type, pm.data);
    if (const auto *e = pm.message.get<ProtocolError>(); e && deploy) {
        ProtocolError marked = *e;
        marked.deploySocket = true;
        pm.message = marked;
    }
    return pm;
}

quint32 readU32(const QByteArray &b, qsizetype offset)
{
    return qFromBigEndian<quint32>(reinterpret_cast<const uchar *>(b.constData()) + offset);
}

ImageFormat formatFromCode(quint32 code)
{
    switch (code) {
    case 1:
        return ImageFormat::Jpeg;
    case 2:
        return ImageFormat::Png;
    case 3:
        return ImageFormat::Webp;
    default:
        return ImageFormat::Unknown;
    }
}

ImageFormat formatFromMime(const QString &mime)
{
    if (mime == "image/jpeg"_L1 || mime == "image/jpg"_L1)
        return ImageFormat::Jpeg;
    if (mime == "image/png"_L1)
        return ImageFormat::Png;
    if (mime == "image/webp"_L1)
        return ImageFormat::Webp;
    if (mime == "image/gif"_L1)
        return ImageFormat::Gif;
    return ImageFormat::Unknown;
}

Frame checkSize(const QByteArray &frame, const FrameOptions &options, bool deploy,
                qsizetype minimum)
{
    if (options.maxFrameSize > 0 && frame.size() > options.maxFrameSize) {
        auto e = makeError(ProtocolError::Code::OversizedMessage,
                           QCoreApplication::translate(
                               "ComfyScope", "binary frame of %1 bytes exceeds the %2 byte cap")
                               .arg(frame.size())
                               .arg(options.maxFrameSize),
                           frame);
        e.deploySocket = deploy;
        return e;
    }
    if (frame.size() < minimum) {
        auto e = makeError(
            ProtocolError::Code::TruncatedFrame,
            QCoreApplication::translate(
                "ComfyScope", "binary frame of %1 bytes is shorter than its %2 byte header")
                .arg(frame.size())
                .arg(minimum),
            frame);
        e.deploySocket = deploy;
        return e;
    }
    return ImageFrame{};
}

} // namespace

ParsedMessage parseMessage(QByteArrayView utf8)
{
    return parseEnvelope(utf8, "type"_L1, false);
}

ParsedMessage parseDeployMessage(QByteArrayView utf8)
{
    return parseEnvelope(utf8, "event"_L1, true);
}

Frame parseFrame(const QByteArray &frame, const FrameOptions &options)
{
    Frame size = checkSize(frame, options, false, 8);
    if (size.isError())
        return size;
    const quint32 type = readU32(frame, 0);
    const quint32 word = readU32(frame, 4);
    switch (type) {
    case 1: {
        ImageFrame f;
        f.frameType = 1;
        f.frame = frame;
        f.imageOffset = 8;
        f.declaredFormat = formatFromCode(word);
        f.format = sniffImageFormat(f.imageView());
        if (f.imageSize() == 0)
            return makeError(
                ProtocolError::Code::EmptyImage,
                QCoreApplication::translate("ComfyScope", "preview frame without image"), frame);
        if (f.format == ImageFormat::Unknown)
            f.format = f.declaredFormat;
        f.kind = f.format == ImageFormat::Png ? ImageKind::WebSocketOutput
                                              : ImageKind::SamplerPreview;
        return f;
    }
    case 4: {
        const qsizetype m = qsizetype(word);
        if (m > frame.size() - 8)
            return makeError(
                ProtocolError::Code::LyingLength,
                QCoreApplication::translate(
                    "ComfyScope", "type 4 metadata length %1 runs past the frame end (%2 bytes)")
                    .arg(word)
                    .arg(frame.size()),
                frame);
        QJsonParseError err;
        const QJsonDocument doc = QJsonDocument::fromJson(frame.mid(8, m), &err);
        if (err.error != QJsonParseError::NoError || !doc.isObject())
            return makeError(
                ProtocolError::Code::BadMetadata,
                QCoreApplication::translate("ComfyScope", "type 4 metadata is not a JSON object"),
                frame);
        ImageFrame f;
        f.frameType = 4;
        f.frame = frame;
        f.imageOffset = 8 + m;
        f.metadata = doc.object();
        Reader r{f.metadata, {}};
        QString imageType;
        if (!r.str("node_id"_L1, f.nodeId) || !r.str("prompt_id"_L1, f.promptId)
            || !r.str("display_node_id"_L1, f.displayNodeId)
            || !r.str("parent_node_id"_L1, f.parentNodeId)
            || !r.str("real_node_id"_L1, f.realNodeId) || !r.str("image_type"_L1, imageType))
            return makeError(
                ProtocolError::Code::BadMetadata,
                QCoreApplication::translate("ComfyScope", "type 4 metadata: %1").arg(r.error),
                frame);
        if (f.imageSize() == 0)
            return makeError(
                ProtocolError::Code::EmptyImage,
                QCoreApplication::translate("ComfyScope", "type 4 frame without image"), frame);
        if (f.displayNodeId.isEmpty())
            f.displayNodeId = f.nodeId;
        f.attributed = !f.promptId.isEmpty();
        f.declaredFormat = formatFromMime(imageType);
        f.format = sniffImageFormat(f.imageView());
        if (f.format == ImageFormat::Unknown)
            f.format = f.declaredFormat;
        f.kind = f.format == ImageFormat::Png ? ImageKind::WebSocketOutput
                                              : ImageKind::SamplerPreview;
        return f;
    }
    case 3: {
        ProgressTextEvent t;
        qsizetype pos = 4;
        if (options.progressTextMetadata) {
            const qsizetype p = qsizetype(word);
            if (p > frame.size() - 8)
                return makeError(
                    ProtocolError::Code::LyingLength,
                    QCoreApplication::translate(
                        "ComfyScope", "TEXT frame prompt id length runs past the frame end"),
                    frame);
            t.promptId = QString::fromUtf8(frame.constData() + 8, p);
            pos = 8 + p;
            if (frame.size() - pos < 4)
                return makeError(ProtocolError::Code::TruncatedFrame,
                                 QCoreApplication::translate(
                                     "ComfyScope", "TEXT frame ends before its node id length"),
                                 frame);
        }
        const qsizetype n = qsizetype(readU32(frame, pos));
        pos += 4;
        if (n > frame.size() - pos)
            return makeError(
                ProtocolError::Code::LyingLength,
                QCoreApplication::translate(
                    "ComfyScope", "TEXT frame node id length %1 runs past the frame end (%2 bytes)")
                    .arg(n)
                    .arg(frame.size()),
                frame);
        t.nodeId = QString::fromUtf8(frame.constData() + pos, n);
        t.text = QString::fromUtf8(frame.constData() + pos + n, frame.size() - pos - n);
        return t;
    }
    default:
        break;
    }
    return makeError(
        ProtocolError::Code::UnknownFrameType,
        QCoreApplication::translate("ComfyScope", "unknown binary event type %1").arg(type), frame);
}

Frame parseDeployFrame(const QByteArray &frame, const FrameOptions &options)
{
    Frame size = checkSize(frame, options, true, 8);
    if (size.isError())
        return size;
    auto err = [&](ProtocolError::Code c, const QString &m) {
        auto e = makeError(c, m, frame);
        e.deploySocket = true;
        return e;
    };
    const quint32 event = readU32(frame, 0);
    if (event != 1)
        return err(ProtocolError::Code::UnknownFrameType,
                   QCoreApplication::translate("ComfyScope", "unknown ComfyDeploy binary event %1")
                       .arg(event));
    ImageFrame f;
    f.kind = ImageKind::DeployOutput;
    f.frameType = 1;
    f.frame = frame;
    f.declaredFormat = formatFromCode(readU32(frame, 4));
    // Only magic bytes that cannot start an ASCII output_id count as "no id" frames.
    const ImageFormat legacy = sniffImageFormat(QByteArrayView(frame).sliced(8));
    if (legacy == ImageFormat::Png || legacy == ImageFormat::Jpeg) {
        // Before 2024-02-29 the frame had no output_id.
        f.imageOffset = 8;
    } else {
        if (frame.size() < 32)
            return err(
                ProtocolError::Code::TruncatedFrame,
                QCoreApplication::translate(
                    "ComfyScope", "ComfyDeploy frame of %1 bytes ends inside its 24-byte output_id")
                    .arg(frame.size()));
        const QByteArray id = frame.mid(8, 24);
        const qsizetype nul = id.indexOf('\0');
        f.outputId = QString::fromLatin1(nul < 0 ? id : id.left(nul)).trimmed();
        f.imageOffset = 32;
    }
    if (f.imageSize() == 0)
        return err(ProtocolError::Code::EmptyImage,
                   QCoreApplication::translate("ComfyScope", "ComfyDeploy frame without image"));
    f.format = sniffImageFormat(f.imageView());
    if (f.format == ImageFormat::Unknown)
        f.format = f.declaredFormat;
    return f;
}

namespace {
void appendU32(QByteArray &b, quint32 v)
{
    const quint32 be = qToBigEndian(v);
    b.append(reinterpret_cast<const char *>(&be), 4);
}
} // namespace

QByteArray makePreviewFrame(int formatCode, QByteArrayView image)
{
    QByteArray b;
    b.reserve(8 + image.size());
    appendU32(b, 1);
    appendU32(b, quint32(formatCode));
    b.append(image.data(), image.size());
    return b;
}

QByteArray makeMetadataPreviewFrame(const QJsonObject &metadata, QByteArrayView image)
{
    return makeMetadataPreviewFrame(QJsonDocument(metadata).toJson(QJsonDocument::Compact), image);
}

QByteArray makeMetadataPreviewFrame(QByteArrayView metadataJson, QByteArrayView image)
{
    QByteArray b;
    b.reserve(8 + metadataJson.size() + image.size());
    appendU32(b, 4);
    appendU32(b, quint32(metadataJson.size()));
    b.append(metadataJson.data(), metadataJson.size());
    b.append(image.data(), image.size());
    return b;
}

QByteArray makeTextFrame(const QString &nodeId, const QString &text)
{
    const QByteArray id = nodeId.toUtf8();
    const QByteArray utf8 = text.toUtf8();
    QByteArray b;
    b.reserve(8 + id.size() + utf8.size());
    appendU32(b, 3);
    appendU32(b, quint32(id.size()));
    b.append(id);
    b.append(utf8);
    return b;
}

QByteArray makeDeployFrame(int typeCode, const QByteArray &outputId, QByteArrayView image)
{
    QByteArray b;
    b.reserve(32 + image.size());
    appendU32(b, 1);
    appendU32(b, quint32(typeCode));
    QByteArray id = outputId.left(24);
    id.append(QByteArray(24 - id.size(), '\0'));
    b.append(id);
    b.append(image.data(), image.size());
    return b;
}

QByteArray featureFlagsMessage()
{
    return QByteArrayLiteral(
        R"({"type":"feature_flags","data":{"supports_preview_metadata":true}})");
}

} // namespace Protocol
} // namespace ComfyScope
