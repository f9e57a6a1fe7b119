// SPDX-License-Identifier: MIT
// The text message parsers (docs/protocol.md §4, §7.2): envelope, then each type's `data`.
#include <comfyscope/protocol.h>

#include "protocol_p.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QHash>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonParseError>

using namespace Qt::StringLiterals;

namespace ComfyScope::Protocol {

ProtocolError makeError(ProtocolError::Code code, QString message, QByteArrayView input,
                        QString type)
{
    ProtocolError e;
    e.code = code;
    e.message = std::move(message);
    e.messageType = std::move(type);
    e.excerpt = input.first(qMin<qsizetype>(input.size(), 64)).toByteArray();
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

namespace {

Message fail(const Reader &r, const QString &type, const QJsonObject &data)
{
    ProtocolError e;
    e.code = r.missing ? ProtocolError::Code::MissingField : ProtocolError::Code::WrongFieldType;
    e.message = type + u": "_s + r.error;
    e.messageType = type;
    e.excerpt = QJsonDocument(data).toJson(QJsonDocument::Compact).left(64);
    return e;
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

} // namespace

ParsedMessage parseMessage(QByteArrayView utf8)
{
    return parseEnvelope(utf8, "type"_L1, false);
}

ParsedMessage parseDeployMessage(QByteArrayView utf8)
{
    return parseEnvelope(utf8, "event"_L1, true);
}
} // namespace ComfyScope::Protocol
