// SPDX-License-Identifier: MIT
#include <comfyscope/protocol.h>
#include <comfyscope/replies.h>

#include "error_p.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QJsonDocument>
#include <QtCore/QPointer>
#include <QtCore/QTimer>
#include <QtNetwork/QNetworkReply>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ComfyScope {

class Reply::Private
{
public:
    QPointer<QNetworkReply> reply;
    QTimer *timer = nullptr;
    bool finished = false;
    bool timedOut = false;
    bool aborted = false;
    Error error;
    int httpStatus = 0;
    QByteArray body;
    QString contentType;
    QUrl url;
    mutable std::optional<QJsonValue> json;
};

Reply::Reply(QNetworkReply *reply, int timeoutMs, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
    d->reply = reply;
    d->url = reply->request().url();
    reply->setParent(this);
    connect(reply, &QNetworkReply::finished, this, &Reply::onFinished);
    connect(reply, &QNetworkReply::downloadProgress, this, &Reply::downloadProgress);
    connect(reply, &QNetworkReply::uploadProgress, this, &Reply::uploadProgress);
    if (timeoutMs > 0) {
        d->timer = new QTimer(this);
        d->timer->setSingleShot(true);
        // Progress resets the clock: a big download that keeps moving is not a timeout.
        connect(reply, &QNetworkReply::downloadProgress, d->timer, qOverload<>(&QTimer::start));
        connect(d->timer, &QTimer::timeout, this, [this] {
            d->timedOut = true;
            if (d->reply)
                d->reply->abort();
        });
        d->timer->start(timeoutMs);
    }
}

Reply::~Reply() = default;

bool Reply::isFinished() const
{
    return d->finished;
}
Error Reply::error() const
{
    return d->error;
}
int Reply::httpStatus() const
{
    return d->httpStatus;
}
QByteArray Reply::body() const
{
    return d->body;
}
QString Reply::contentType() const
{
    return d->contentType;
}
QUrl Reply::url() const
{
    return d->url;
}

QJsonValue Reply::json() const
{
    if (!d->json) {
        QJsonParseError err;
        const QJsonDocument doc = QJsonDocument::fromJson(d->body, &err);
        if (err.error != QJsonParseError::NoError)
            d->json = QJsonValue(QJsonValue::Undefined);
        else if (doc.isObject())
            d->json = doc.object();
        else
            d->json = doc.array();
    }
    return *d->json;
}

void Reply::abort()
{
    if (d->finished)
        return;
    d->aborted = true;
    if (d->reply)
        d->reply->abort();
}

bool Reply::parseResult()
{
    return true;
}
void Reply::parseErrorBody() {}

void Reply::setError(const Error &error)
{
    d->error = error;
}

namespace {
// The server's own words, when the body is JSON with an `error` (string or object).
QString serverMessage(const QByteArray &body)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (doc.isObject()) {
        const QJsonValue e = doc.object().value("error"_L1);
        if (e.isString())
            return e.toString();
        if (e.isObject()) {
            const QJsonObject o = e.toObject();
            QString m = o.value("message"_L1).toString();
            const QString details = o.value("details"_L1).toString();
            if (!details.isEmpty())
                m += u": "_s + details;
            return m;
        }
    }
    const QString text = QString::fromUtf8(body.left(300)).simplified();
    return text;
}
} // namespace

void Reply::onFinished()
{
    if (d->finished || !d->reply)
        return;
    if (d->timer)
        d->timer->stop();
    QNetworkReply *r = d->reply;
    d->httpStatus = r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    d->contentType = r->header(QNetworkRequest::ContentTypeHeader).toString();
    d->body = r->isOpen() ? r->readAll() : QByteArray(); // aborted replies are closed
    const QString what = r->operation() == QNetworkAccessManager::PostOperation ? u"POST "_s
                                                                                : u"GET "_s;
    const QString route = what + d->url.path();
    if (d->timedOut) {
        setError({Error::Code::Timeout,
                  QCoreApplication::translate("ComfyScope", "%1: no answer from the server in time")
                      .arg(route)});
    } else if (d->aborted) {
        setError({Error::Code::Cancelled,
                  QCoreApplication::translate("ComfyScope", "%1: aborted").arg(route)});
    } else if (d->httpStatus >= 400) {
        parseErrorBody();
        if (d->error.isOk()) {
            const QString m = serverMessage(d->body);
            const QString text = m.isEmpty()
                                     ? QCoreApplication::translate("ComfyScope", "%1: HTTP %2")
                                           .arg(route, QString::number(d->httpStatus))
                                     : QCoreApplication::translate("ComfyScope", "%1: HTTP %2 — %3")
                                           .arg(route, QString::number(d->httpStatus), m);
            setError({Error::Code::HttpError, text, m, d->httpStatus});
        }
    } else if (r->error() != QNetworkReply::NoError) {
        setError({errorCodeFor(r->error()),
                  QCoreApplication::translate("ComfyScope", "%1: %2", "route: network error")
                      .arg(route, r->errorString()),
                  r->errorString()});
    } else if (!parseResult() && d->error.isOk()) {
        setError(
            {Error::Code::ProtocolViolation,
             QCoreApplication::translate("ComfyScope", "%1: unexpected response body").arg(route)});
    }
    d->finished = true;
    r->deleteLater();
    QPointer<Reply> self(this); // a slot may delete the client, and this reply with it
    Q_EMIT finished();
    if (self)
        deleteLater();
}

bool JsonReply::parseResult()
{
    if (body().isEmpty())
        return true; // empty 200 bodies are normal for the POST routes
    if (json().isUndefined()) {
        setError({Error::Code::ProtocolViolation,
                  QCoreApplication::translate("ComfyScope", "%1: response is not JSON")
                      .arg(url().path())});
        return false;
    }
    return true;
}

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
        }
    }
    return s;
}

class SubmitReply::Private
{
public:
    QString promptId;
    QString requestedId;
    double number = 0;
    PromptError error;
};

SubmitReply::SubmitReply(QNetworkReply *reply, int timeoutMs, const QString &requestedPromptId,
                         QObject *parent)
    : Reply(reply, timeoutMs, parent)
    , d(std::make_unique<Private>())
{
    d->requestedId = requestedPromptId;
}
SubmitReply::~SubmitReply() = default;
QString SubmitReply::promptId() const
{
    return d->promptId;
}
QString SubmitReply::requestedPromptId() const
{
    return d->requestedId;
}
double SubmitReply::number() const
{
    return d->number;
}
QList<NodeError> SubmitReply::nodeErrors() const
{
    return d->error.nodeErrors;
}
PromptError SubmitReply::promptError() const
{
    return d->error;
}

bool SubmitReply::parseResult()
{
    const QJsonObject o = json().toObject();
    const QJsonValue id = o.value("prompt_id"_L1);
    if (!id.isString() || id.toString().isEmpty()) {
        setError({Error::Code::ProtocolViolation,
                  QCoreApplication::translate("ComfyScope",
                                              "POST /prompt: the answer has no prompt_id")});
        return false;
    }
    d->promptId = id.toString();
    d->number = o.value("number"_L1).toDouble();
    d->error.nodeErrors = PromptError::nodeErrorsFromJson(o.value("node_errors"_L1));
    return true;
}

void SubmitReply::parseErrorBody()
{
    if (httpStatus() != 400)
        return; // 500 text/plain for malformed JSON etc. gets the generic message
    const QJsonObject o = json().toObject();
    if (!o.contains("error"_L1))
        return;
    d->error = PromptError::fromJson(o);
    setError(
        {Error::Code::ValidationFailed,
         QCoreApplication::translate("ComfyScope", "POST /prompt: %1").arg(d->error.toString()),
         d->error.message, httpStatus()});
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

class QueueReply::Private
{
public:
    QueueSnapshot queue;
};

QueueReply::QueueReply(QNetworkReply *reply, int timeoutMs, QObject *parent)
    : Reply(reply, timeoutMs, parent)
    , d(std::make_unique<Private>())
{}
QueueReply::~QueueReply() = default;
QueueSnapshot QueueReply::queue() const
{
    return d->queue;
}

bool QueueReply::parseResult()
{
    auto s = QueueSnapshot::fromJson(json().toObject());
    if (!s) {
        setError({Error::Code::ProtocolViolation,
                  QCoreApplication::translate("ComfyScope",
                                              "GET /queue: no queue_running/queue_pending lists")});
        return false;
    }
    d->queue = *s;
    return true;
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

class HistoryReply::Private
{
public:
    QList<HistoryEntry> entries;
};

HistoryReply::HistoryReply(QNetworkReply *reply, int timeoutMs, QObject *parent)
    : Reply(reply, timeoutMs, parent)
    , d(std::make_unique<Private>())
{}
HistoryReply::~HistoryReply() = default;
QList<HistoryEntry> HistoryReply::entries() const
{
    return d->entries;
}

bool HistoryReply::parseResult()
{
    auto list = HistoryEntry::listFromJson(body());
    if (!list) {
        setError({Error::Code::ProtocolViolation,
                  QCoreApplication::translate("ComfyScope",
                                              "GET /history: the answer is not a JSON object")});
        return false;
    }
    d->entries = *list;
    return true;
}

std::optional<HistoryEntry> HistoryReply::entry(const QString &promptId) const
{
    for (const auto &e : std::as_const(d->entries))
        if (e.promptId == promptId)
            return e;
    return std::nullopt;
}

// --- jobs, uploads, downloads -----------------------------------------------------------------

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

class JobsReply::Private
{
public:
    QList<JobInfo> jobs;
    int total = 0;
    bool hasMore = false;
};

JobsReply::JobsReply(QNetworkReply *reply, int timeoutMs, QObject *parent)
    : Reply(reply, timeoutMs, parent)
    , d(std::make_unique<Private>())
{}
JobsReply::~JobsReply() = default;
QList<JobInfo> JobsReply::jobs() const
{
    return d->jobs;
}
int JobsReply::total() const
{
    return d->total;
}
bool JobsReply::hasMore() const
{
    return d->hasMore;
}

bool JobsReply::parseResult()
{
    const QJsonObject o = json().toObject();
    if (!o.value("jobs"_L1).isArray()) {
        setError({Error::Code::ProtocolViolation,
                  QCoreApplication::translate("ComfyScope", "GET /api/jobs: no jobs list")});
        return false;
    }
    for (const auto &v : o.value("jobs"_L1).toArray())
        d->jobs.append(JobInfo::fromJson(v.toObject()));
    const QJsonObject p = o.value("pagination"_L1).toObject();
    d->total = p.value("total"_L1).toInt(int(d->jobs.size()));
    d->hasMore = p.value("has_more"_L1).toBool();
    return true;
}

class DownloadReply::Private
{
public:
    ImageRef ref;
};

DownloadReply::DownloadReply(QNetworkReply *reply, int timeoutMs, const ImageRef &ref,
                             QObject *parent)
    : Reply(reply, timeoutMs, parent)
    , d(std::make_unique<Private>())
{
    d->ref = ref;
}
DownloadReply::~DownloadReply() = default;
ImageRef DownloadReply::ref() const
{
    return d->ref;
}

ImageFrame DownloadReply::toImageFrame() const
{
    ImageFrame f;
    f.kind = ImageKind::FinalOutput;
    f.frame = body();
    f.imageOffset = 0;
    f.format = sniffImageFormat(f.frame);
    f.declaredFormat = f.format;
    f.ref = d->ref;
    f.attributed = true;
    f.receivedAt = QDateTime::currentDateTimeUtc();
    return f;
}

class UploadReply::Private
{
public:
    ImageRef ref;
};

UploadReply::UploadReply(QNetworkReply *reply, int timeoutMs, QObject *parent)
    : Reply(reply, timeoutMs, parent)
    , d(std::make_unique<Private>())
{}
UploadReply::~UploadReply() = default;
ImageRef UploadReply::uploaded() const
{
    return d->ref;
}

bool UploadReply::parseResult()
{
    const QJsonObject o = json().toObject();
    d->ref.filename = o.value("name"_L1).toString();
    d->ref.subfolder = o.value("subfolder"_L1).toString();
    d->ref.type = o.value("type"_L1).toString();
    if (d->ref.filename.isEmpty()) {
        setError({Error::Code::ProtocolViolation,
                  QCoreApplication::translate("ComfyScope", "upload: the answer has no name")});
        return false;
    }
    return true;
}

} // namespace ComfyScope
