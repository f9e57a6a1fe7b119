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
    QTimer *deadline = nullptr;
    int deadlineMs = 0;
    qint64 maxBodyBytes = 0;
    bool finished = false;
    bool timedOut = false;
    bool deadlineHit = false;
    bool tooLarge = false;
    qint64 seenBytes = 0;
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
    if (!reply)
        return; // failBeforeSending() follows
    d->url = reply->request().url();
    reply->setParent(this);
    connect(reply, &QNetworkReply::finished, this, &Reply::onFinished);
    connect(reply, &QNetworkReply::downloadProgress, this, &Reply::downloadProgress);
    connect(reply, &QNetworkReply::uploadProgress, this, &Reply::uploadProgress);
    // The size cap: the announced length (headers, or total) or what arrived so far (received).
    connect(reply, &QNetworkReply::metaDataChanged, this, [this] {
        const qint64 announced =
            d->reply ? d->reply->header(QNetworkRequest::ContentLengthHeader).toLongLong() : 0;
        if (d->maxBodyBytes > 0 && !d->finished && announced > d->maxBodyBytes)
            stop(true);
    });
    connect(reply, &QNetworkReply::downloadProgress, this, [this](qint64 received, qint64 total) {
        d->seenBytes = received;
        if (d->maxBodyBytes > 0 && !d->finished
            && (received > d->maxBodyBytes || total > d->maxBodyBytes))
            stop(true);
    });
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

void Reply::setLimits(int deadlineMs, qint64 maxBodyBytes)
{
    d->deadlineMs = qMax(0, deadlineMs);
    d->maxBodyBytes = qMax<qint64>(0, maxBodyBytes);
    if (d->finished || !d->reply)
        return;
    if (d->deadlineMs > 0) {
        if (!d->deadline) {
            d->deadline = new QTimer(this);
            d->deadline->setSingleShot(true);
            // Unlike the silence timeout, progress does not reset it: a body that dribbles
            // forever is cut here.
            connect(d->deadline, &QTimer::timeout, this, [this] { stop(false); });
        }
        d->deadline->start(d->deadlineMs);
    } else if (d->deadline) {
        d->deadline->stop();
    }
    if (d->maxBodyBytes > 0 && d->seenBytes > d->maxBodyBytes)
        stop(true);
}
int Reply::deadlineMs() const
{
    return d->deadlineMs;
}
qint64 Reply::maxBodyBytes() const
{
    return d->maxBodyBytes;
}

void Reply::stop(bool tooLarge)
{
    if (d->finished || !d->reply)
        return;
    (tooLarge ? d->tooLarge : d->deadlineHit) = true;
    d->reply->abort();
}

void Reply::failBeforeSending(const Error &error, const QByteArray &body)
{
    d->error = error;
    d->body = body;
    QTimer::singleShot(0, this, [this] {
        d->finished = true;
        QPointer<Reply> self(this);
        Q_EMIT finished();
        if (self)
            deleteLater();
    });
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
    if (d->deadline)
        d->deadline->stop();
    QNetworkReply *r = d->reply;
    d->httpStatus = r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    d->contentType = r->header(QNetworkRequest::ContentTypeHeader).toString();
    d->body = r->isOpen() ? r->readAll() : QByteArray(); // aborted replies are closed
    const QString what = r->operation() == QNetworkAccessManager::PostOperation ? u"POST "_s
                                                                                : u"GET "_s;
    const QString route = what + d->url.path();
    if (d->tooLarge) {
        d->body.clear();
        setError({Error::Code::ResponseTooLarge,
                  QCoreApplication::translate("ComfyScope",
                                              "%1: the answer is larger than the %2 byte cap")
                      .arg(route)
                      .arg(d->maxBodyBytes)});
    } else if (d->deadlineHit) {
        d->body.clear();
        setError({Error::Code::DeadlineExceeded,
                  QCoreApplication::translate("ComfyScope",
                                              "%1: the answer did not complete within %2 s")
                      .arg(route)
                      .arg(d->deadlineMs / 1000.0)});
    } else if (d->timedOut) {
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
