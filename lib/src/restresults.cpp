// SPDX-License-Identifier: MIT
// The value types of the REST answers: prompt errors, queue items, history entries, job records.
#include <comfyscope/protocol.h>
#include <comfyscope/replies.h>

#include <QtCore/QCoreApplication>
#include <QtCore/QJsonDocument>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ComfyScope {

// --- prompt errors ---------------------------------------------------------------------------

QList<NodeError> PromptError::nodeErrorsFromJson(const QJsonValue &v)
{
    QList<NodeError> out;
    const QJsonObject o = v.toObject(); // the old form is a (always empty) list
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        const QJsonObject n = it->toObject();
        NodeError ne;
        ne.nodeId = it.key();
        ne.classType = n.value("class_type"_L1).toString();
        for (const auto &x : n.value("dependent_outputs"_L1).toArray())
            ne.dependentOutputs.append(x.isString() ? x.toString() : QString::number(x.toDouble()));
        for (const auto &x : n.value("errors"_L1).toArray()) {
            const QJsonObject e = x.toObject();
            ne.errors.append({e.value("type"_L1).toString(), e.value("message"_L1).toString(),
                              e.value("details"_L1).toString(), e.value("extra_info"_L1)});
        }
        out.append(ne);
    }
    std::sort(out.begin(), out.end(),
              [](const NodeError &a, const NodeError &b) { return a.nodeId < b.nodeId; });
    return out;
}

PromptError PromptError::fromJson(const QJsonObject &body)
{
    PromptError p;
    const QJsonValue e = body.value("error"_L1);
    if (e.isString()) {
        p.type = u"error"_s;
        p.message = e.toString();
    } else if (e.isObject()) {
        const QJsonObject o = e.toObject();
        p.type = o.value("type"_L1).toString();
        p.message = o.value("message"_L1).toString();
        p.details = o.value("details"_L1).toString();
        p.extraInfo = o.value("extra_info"_L1);
    }
    p.nodeErrors = nodeErrorsFromJson(body.value("node_errors"_L1));
    return p;
}

QString PromptError::toString() const
{
    QString s = message.isEmpty() ? type : message;
    if (!details.isEmpty())
        s += u": "_s + details;
    // v0.33 names the node of a top-level error in extra_info (missing_node_type: node_id,
    // class_type, node_title) while node_errors stays empty: say which node it is.
    const QJsonObject extra = extraInfo.toObject();
    const QString node = extra.value("node_id"_L1).toString();
    if (!node.isEmpty()) {
        const QString cls = extra.value("class_type"_L1).toString();
        const QString title = extra.value("node_title"_L1).toString();
        const QString what = type == "missing_node_type"_L1
                                 ? QCoreApplication::translate(
                                       "ComfyScope", "class %1 is not installed on the server")
                                       .arg(cls)
                                 : type;
        s += u"\n  "_s
             + (title.isEmpty() || title == cls
                    ? QCoreApplication::translate("ComfyScope", "node %1: %2").arg(node, what)
                    : QCoreApplication::translate("ComfyScope", "node %1 (%2): %3")
                          .arg(node, title, what));
    }
    for (const NodeError &n : nodeErrors) {
        for (const NodeErrorDetail &e : n.errors) {
            s += u"\n  "_s
                 + (n.classType.isEmpty()
                        ? QCoreApplication::translate("ComfyScope", "node %1: %2")
                              .arg(n.nodeId, e.message)
                        : QCoreApplication::translate("ComfyScope", "node %1 (%2): %3")
                              .arg(n.nodeId, n.classType, e.message));
            if (!e.details.isEmpty())
                s += u" — "_s + e.details;
            else if (e.type == "dependency_cycle"_L1) {
                QStringList cycle;
                for (const QJsonValue &c : e.extraInfo.toObject().value("cycle_nodes"_L1).toArray())
                    cycle << c.toString();
                if (!cycle.isEmpty())
                    s += u" — "_s + cycle.join(u" -> "_s);
            }
        }
    }
    return s;
}

// --- queue -------------------------------------------------------------------------------------

QString QueueItem::clientId() const
{
    return extraData.value("client_id"_L1).toString();
}

qint64 QueueItem::createTime() const
{
    return qint64(extraData.value("create_time"_L1).toDouble());
}

std::optional<QueueItem> QueueItem::fromJson(const QJsonValue &v)
{
    const QJsonArray a = v.toArray();
    if (a.size() < 3 || !a.at(0).isDouble() || !a.at(1).isString())
        return std::nullopt;
    QueueItem q;
    q.number = a.at(0).toDouble();
    q.promptId = a.at(1).toString();
    q.prompt = a.at(2).toObject();
    q.extraData = a.at(3).toObject();
    for (const auto &x : a.at(4).toArray())
        q.outputsToExecute.append(x.toString());
    return q;
}

bool QueueSnapshot::contains(const QString &promptId) const
{
    auto has = [&](const QList<QueueItem> &l) {
        return std::any_of(l.begin(), l.end(),
                           [&](const QueueItem &q) { return q.promptId == promptId; });
    };
    return has(running) || has(pending);
}

bool QueueSnapshot::isRunning(const QString &promptId) const
{
    return std::any_of(running.begin(), running.end(),
                       [&](const QueueItem &q) { return q.promptId == promptId; });
}

std::optional<QueueSnapshot> QueueSnapshot::fromJson(const QJsonObject &o)
{
    if (!o.value("queue_running"_L1).isArray() || !o.value("queue_pending"_L1).isArray())
        return std::nullopt;
    QueueSnapshot s;
    for (const auto &v : o.value("queue_running"_L1).toArray())
        if (auto q = QueueItem::fromJson(v))
            s.running.append(*q);
    for (const auto &v : o.value("queue_pending"_L1).toArray())
        if (auto q = QueueItem::fromJson(v))
            s.pending.append(*q);
    // The server sends the pending heap as is; sort it into execution order (§2.3).
    std::stable_sort(
        s.pending.begin(), s.pending.end(), [](const QueueItem &a, const QueueItem &b) {
            return a.number != b.number ? a.number < b.number : a.promptId < b.promptId;
        });
    return s;
}

// --- history -----------------------------------------------------------------------------------

std::optional<HistoryEntry> HistoryEntry::fromJson(const QString &promptId, const QJsonObject &o)
{
    HistoryEntry h;
    h.promptId = promptId;
    if (auto q = QueueItem::fromJson(o.value("prompt"_L1)))
        h.prompt = *q;
    const QJsonObject outputs = o.value("outputs"_L1).toObject();
    for (auto it = outputs.constBegin(); it != outputs.constEnd(); ++it) {
        NodeOutput no;
        no.nodeId = it.key();
        no.output = it->toObject();
        const auto parsed = Protocol::parseMessageData(
            u"executed"_s, QJsonObject{{u"node"_s, it.key()}, {u"output"_s, no.output}});
        if (const auto *ev = parsed.get<ExecutedEvent>())
            no.images = ev->images;
        h.outputs.append(no);
    }
    const QJsonObject status = o.value("status"_L1).toObject();
    h.statusStr = status.value("status_str"_L1).toString();
    h.completed = status.value("completed"_L1).toBool();
    for (const auto &m : status.value("messages"_L1).toArray()) {
        const QJsonArray pair = m.toArray();
        if (pair.size() >= 2 && pair.at(0).isString())
            h.messages.append({pair.at(0).toString(), pair.at(1).toObject()});
    }
    h.meta = o.value("meta"_L1).toObject();
    return h;
}

HistoryEntry::Outcome HistoryEntry::outcome() const
{
    for (auto it = messages.crbegin(); it != messages.crend(); ++it) {
        if (it->first == "execution_success"_L1)
            return Outcome::Succeeded;
        if (it->first == "execution_interrupted"_L1)
            return Outcome::Interrupted;
        if (it->first == "execution_error"_L1)
            return Outcome::Failed;
    }
    if (statusStr == "success"_L1)
        return Outcome::Succeeded;
    if (statusStr == "error"_L1)
        return Outcome::Failed;
    return Outcome::Unknown;
}

QList<ImageRef> HistoryEntry::images() const
{
    QList<ImageRef> out;
    for (const auto &o : outputs)
        out += o.images;
    return out;
}

namespace {
qint64 messageTimestamp(const QList<QPair<QString, QJsonObject>> &messages, QLatin1String type)
{
    for (const auto &m : messages)
        if (m.first == type)
            return qint64(m.second.value("timestamp"_L1).toDouble());
    return 0;
}
} // namespace

qint64 HistoryEntry::startTimestamp() const
{
    return messageTimestamp(messages, "execution_start"_L1);
}

qint64 HistoryEntry::endTimestamp() const
{
    for (auto t : {"execution_success"_L1, "execution_error"_L1, "execution_interrupted"_L1})
        if (qint64 ts = messageTimestamp(messages, t))
            return ts;
    return 0;
}

std::optional<ExecutionErrorEvent> HistoryEntry::error() const
{
    for (const auto &m : messages)
        if (m.first == "execution_error"_L1) {
            auto parsed = Protocol::parseMessageData(m.first, m.second);
            if (const auto *e = parsed.get<ExecutionErrorEvent>())
                return *e;
        }
    return std::nullopt;
}

std::optional<ExecutionInterruptedEvent> HistoryEntry::interruption() const
{
    for (const auto &m : messages)
        if (m.first == "execution_interrupted"_L1) {
            auto parsed = Protocol::parseMessageData(m.first, m.second);
            if (const auto *e = parsed.get<ExecutionInterruptedEvent>())
                return *e;
        }
    return std::nullopt;
}

QStringList HistoryEntry::cachedNodes() const
{
    for (const auto &m : messages)
        if (m.first == "execution_cached"_L1) {
            QStringList out;
            for (const auto &n : m.second.value("nodes"_L1).toArray())
                out.append(n.toString());
            return out;
        }
    return {};
}

std::optional<QList<HistoryEntry>> HistoryEntry::listFromJson(const QByteArray &raw)
{
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(raw, &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    const QJsonObject o = doc.object();
    // QJsonObject sorts keys; recover the server's order with one pass over the text that notes
    // each top-level key (linear in the body: a full history has up to 10000 entries).
    QList<QPair<qsizetype, QString>> order;
    order.reserve(o.size());
    int depth = 0;
    const char *p = raw.constData();
    const qsizetype n = raw.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char c = p[i];
        if (c == '"') {
            const qsizetype start = i;
            for (++i; i < n && p[i] != '"'; ++i)
                if (p[i] == '\\')
                    ++i;
            if (depth != 1)
                continue;
            qsizetype j = i + 1;
            while (j < n && (p[j] == ' ' || p[j] == '\n' || p[j] == '\r' || p[j] == '\t'))
                ++j;
            if (j < n && p[j] == ':') {
                const QJsonDocument k = QJsonDocument::fromJson(
                    '[' + QByteArray(p + start, qMin(i, n - 1) - start + 1) + ']');
                const QString key = k.array().at(0).toString();
                if (o.contains(key))
                    order.append({start, key});
            }
        } else if (c == '{' || c == '[') {
            ++depth;
        } else if (c == '}' || c == ']') {
            --depth;
        }
    }
    std::sort(order.begin(), order.end());
    QList<HistoryEntry> out;
    for (const auto &p : order) {
        const QJsonValue e = o.value(p.second);
        if (!e.isObject())
            continue;
        if (auto h = HistoryEntry::fromJson(p.second, e.toObject()))
            out.append(*h);
    }
    return out;
}

JobInfo JobInfo::fromJson(const QJsonObject &o)
{
    JobInfo j;
    j.raw = o;
    j.id = o.value("id"_L1).toString();
    if (j.id.isEmpty())
        j.id = o.value("prompt_id"_L1).toString();
    j.status = o.value("status"_L1).toString();
    j.priority = o.value("priority"_L1).toDouble();
    j.createTime = qint64(o.value("create_time"_L1).toDouble());
    j.executionStartTime = qint64(o.value("execution_start_time"_L1).toDouble());
    j.executionEndTime = qint64(o.value("execution_end_time"_L1).toDouble());
    return j;
}

} // namespace ComfyScope
