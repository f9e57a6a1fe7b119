// SPDX-License-Identifier: MIT
#pragma once

#include <comfyscope/error.h>
#include <comfyscope/events.h>

#include <QtCore/QJsonArray>
#include <QtCore/QJsonObject>
#include <QtCore/QObject>
#include <QtCore/QUrl>

#include <optional>

class QNetworkReply;
class QTimer;

namespace ComfyScope {

/*!
 * A REST request in flight (the KJob / libQuotient BaseJob model): connect to finished(), then
 * read error() and the typed result. The reply deletes itself after finished() was emitted
 * (deleteLater), so do not keep the pointer past your slot. abort() finishes it at once.
 *
 * Each subclass turns the body into its result itself, in the protected virtual parseResult()
 * (and parseErrorBody() for 4xx/5xx answers); the results are read-only from outside.
 * error() uses the library-wide ComfyScope::Error: Timeout, Cancelled (abort()), HttpError (with
 * httpStatus()), ValidationFailed (POST /prompt), ProtocolViolation (a 2xx body that is not what
 * the route returns) and the network codes (HostNotFound, ConnectionRefused, TlsRejected, …).
 * Its message (errorString()) is translated and names the route.
 */
class COMFYSCOPE_EXPORT Reply : public QObject
{
    Q_OBJECT
public:
    /// Wraps `reply` (taking ownership). Normally made by Client.
    explicit Reply(QNetworkReply *reply, int timeoutMs, QObject *parent);
    ~Reply() override;

    bool isFinished() const;
    bool isOk() const { return isFinished() && error().isOk(); }
    Error error() const;
    QString errorString() const { return error().message; }
    int httpStatus() const;  ///< 0 when no HTTP answer came
    QByteArray body() const; ///< the raw response body
    QString contentType() const;
    QUrl url() const;
    /// The body parsed as JSON (Undefined if it was empty or not JSON).
    QJsonValue json() const;

    /// Bounds for the whole exchange, on top of the silence timeout given to the constructor
    /// (which progress resets): the reply fails with Error::Code::DeadlineExceeded when it has
    /// not completed `deadlineMs` after it was made (0 = no deadline), and with
    /// Error::Code::ResponseTooLarge as soon as the announced Content-Length or the bytes
    /// received exceed `maxBodyBytes` (0 = no cap). Client sets them per kind of request.
    void setLimits(int deadlineMs, qint64 maxBodyBytes);
    int deadlineMs() const;
    qint64 maxBodyBytes() const;

public Q_SLOTS:
    void abort();

Q_SIGNALS:
    void finished();
    void downloadProgress(qint64 received, qint64 total);
    void uploadProgress(qint64 sent, qint64 total);

protected:
    /// Called on a 2xx answer; parse the body into the typed result. Return false and call
    /// setError() when the body does not fit.
    virtual bool parseResult();
    /// Called on a 4xx/5xx answer before the generic message is built.
    virtual void parseErrorBody();
    void setError(const Error &error);

private:
    friend class Client;
    /// Finishes the reply from the event loop with `error`, without any network exchange
    /// (a request refused before sending). Only for replies made without a QNetworkReply.
    void failBeforeSending(const Error &error, const QByteArray &body = {});
    void onFinished();
    void stop(bool tooLarge);
    class Private;
    std::unique_ptr<Private> d;
};

/// A REST reply whose result is the JSON body itself (system_stats, object_info, …).
class COMFYSCOPE_EXPORT JsonReply : public Reply
{
    Q_OBJECT
public:
    using Reply::Reply;
    QJsonObject object() const { return json().toObject(); }
    QJsonArray array() const { return json().toArray(); }

protected:
    bool parseResult() override;
};

struct COMFYSCOPE_EXPORT NodeErrorDetail
{
    QString type;
    QString message;
    QString details;
    QJsonValue extraInfo;
};

struct COMFYSCOPE_EXPORT NodeError
{
    QString nodeId;
    QString classType;
    QStringList dependentOutputs;
    QList<NodeErrorDetail> errors;
};

/// The `error` + `node_errors` of a POST /prompt answer (structured, or the old string form).
struct COMFYSCOPE_EXPORT PromptError
{
    QString type; ///< invalid_prompt, prompt_no_outputs, prompt_outputs_failed_validation, …
    QString message;
    QString details;
    QJsonValue extraInfo;
    QList<NodeError> nodeErrors;
    bool isEmpty() const { return type.isEmpty() && message.isEmpty() && nodeErrors.isEmpty(); }
    /// One readable paragraph: message, details and every node error.
    QString toString() const;
    static PromptError fromJson(const QJsonObject &body);
    static QList<NodeError> nodeErrorsFromJson(const QJsonValue &v);
};

class COMFYSCOPE_EXPORT SubmitReply : public Reply
{
    Q_OBJECT
public:
    /// `requestedPromptId`: the prompt_id sent in the body.
    SubmitReply(QNetworkReply *reply, int timeoutMs, const QString &requestedPromptId,
                QObject *parent);
    ~SubmitReply() override;
    /// The id the server queued the prompt under (servers before v0.3.45 pick their own).
    QString promptId() const;
    /// The prompt_id that was sent.
    QString requestedPromptId() const;
    double number() const;
    /// Non-empty on 200 too when some outputs failed validation but at least one passed.
    QList<NodeError> nodeErrors() const;
    /// Set on ValidationFailed.
    PromptError promptError() const;

protected:
    bool parseResult() override;
    void parseErrorBody() override;

private:
    class Private;
    std::unique_ptr<Private> d;
};

/// An item of GET /queue or of a history entry's `prompt`.
struct COMFYSCOPE_EXPORT QueueItem
{
    double number = 0;
    QString promptId;
    QJsonObject prompt;
    QJsonObject extraData;
    QStringList outputsToExecute;
    QString clientId() const;
    qint64 createTime() const; ///< epoch ms (v0.3.69+), 0 when unknown
    static std::optional<QueueItem> fromJson(const QJsonValue &v);
};

struct COMFYSCOPE_EXPORT QueueSnapshot
{
    QList<QueueItem> running;
    QList<QueueItem> pending; ///< sorted into execution order (by number, then prompt id)
    int size() const { return int(running.size() + pending.size()); }
    bool contains(const QString &promptId) const;
    bool isRunning(const QString &promptId) const;
    /// Parse a GET /queue body; nullopt when it is not the queue shape.
    static std::optional<QueueSnapshot> fromJson(const QJsonObject &o);
};

class COMFYSCOPE_EXPORT QueueReply : public Reply
{
    Q_OBJECT
public:
    QueueReply(QNetworkReply *reply, int timeoutMs, QObject *parent);
    ~QueueReply() override;
    QueueSnapshot queue() const;

protected:
    bool parseResult() override;

private:
    class Private;
    std::unique_ptr<Private> d;
};

struct COMFYSCOPE_EXPORT NodeOutput
{
    QString nodeId;
    QJsonObject output;
    QList<ImageRef> images;
};

struct COMFYSCOPE_EXPORT HistoryEntry
{
    enum class Outcome { Unknown, Succeeded, Failed, Interrupted };
    QString promptId;
    QueueItem prompt;
    QList<NodeOutput> outputs;
    QString statusStr;
    bool completed = false;
    QList<QPair<QString, QJsonObject>> messages;
    QJsonObject meta;

    Outcome outcome() const;
    QList<ImageRef> images() const;
    qint64 startTimestamp() const; ///< from execution_start, 0 when unknown
    qint64 endTimestamp() const;   ///< from the terminal message, 0 when unknown
    std::optional<ExecutionErrorEvent> error() const;
    std::optional<ExecutionInterruptedEvent> interruption() const;
    QStringList cachedNodes() const;
    static std::optional<HistoryEntry> fromJson(const QString &promptId, const QJsonObject &o);
    /// Parse a GET /history body, keeping the server's (completion) order, which QJsonObject
    /// would lose. nullopt when the body is not a JSON object.
    static std::optional<QList<HistoryEntry>> listFromJson(const QByteArray &body);
};

class COMFYSCOPE_EXPORT HistoryReply : public Reply
{
    Q_OBJECT
public:
    HistoryReply(QNetworkReply *reply, int timeoutMs, QObject *parent);
    ~HistoryReply() override;
    /// Oldest first, as the server sends them.
    QList<HistoryEntry> entries() const;
    /// The entry for one prompt (for fetchHistory(promptId)); nullopt when the server has none.
    std::optional<HistoryEntry> entry(const QString &promptId) const;

protected:
    bool parseResult() override;

private:
    class Private;
    std::unique_ptr<Private> d;
};

/// One record of GET /api/jobs (v0.6.0+).
struct COMFYSCOPE_EXPORT JobInfo
{
    QString id;
    QString status; ///< pending, in_progress, completed, failed, cancelled
    double priority = 0;
    qint64 createTime = 0;
    qint64 executionStartTime = 0;
    qint64 executionEndTime = 0;
    QJsonObject raw;
    static JobInfo fromJson(const QJsonObject &o);
};

class COMFYSCOPE_EXPORT JobsReply : public Reply
{
    Q_OBJECT
public:
    JobsReply(QNetworkReply *reply, int timeoutMs, QObject *parent);
    ~JobsReply() override;
    QList<JobInfo> jobs() const;
    int total() const;
    bool hasMore() const;
    /// True when the server has no /api/jobs (404: before v0.6.0).
    bool notSupported() const { return httpStatus() == 404; }

protected:
    bool parseResult() override;

private:
    class Private;
    std::unique_ptr<Private> d;
};

/// GET /view: the file's bytes, with progress.
class COMFYSCOPE_EXPORT DownloadReply : public Reply
{
    Q_OBJECT
public:
    DownloadReply(QNetworkReply *reply, int timeoutMs, const ImageRef &ref, QObject *parent);
    ~DownloadReply() override;
    ImageRef ref() const;
    QByteArray data() const { return body(); }
    /// An ImageFrame of kind FinalOutput for the downloaded file.
    ImageFrame toImageFrame() const;

private:
    class Private;
    std::unique_ptr<Private> d;
};

/// POST /upload/image or /upload/mask: the name the server stored the file under.
class COMFYSCOPE_EXPORT UploadReply : public Reply
{
    Q_OBJECT
public:
    UploadReply(QNetworkReply *reply, int timeoutMs, QObject *parent);
    ~UploadReply() override;
    ImageRef uploaded() const;

protected:
    bool parseResult() override;

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace ComfyScope
