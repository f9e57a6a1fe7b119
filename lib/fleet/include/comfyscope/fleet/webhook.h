// SPDX-License-Identifier: MIT
#pragma once

#include <QtCore/QDateTime>
#include <QtCore/QJsonObject>
#include <QtCore/QList>
#include <QtCore/QObject>
#include <QtCore/QQueue>
#include <QtCore/QTimer>
#include <QtCore/QUrl>

#include <memory>

class QNetworkAccessManager;
class QNetworkReply;

namespace ComfyScope {

struct Alert;
struct Job;
class AlertEngine;
class FleetModel;
class FleetServer;

/*!
 * Sends alerts (raised, resolved) and optionally job completions as JSON POSTs to any number of
 * URLs, each in one of four body formats:
 *  - Generic: {"source":"comfyscope","kind":"alert"|"job","event":…,"alert"|"job":{…},"text":…}
 *  - Slack (incoming webhook): {"text": …}
 *  - Discord: {"username":"ComfyScope","content": …} (at most 2000 characters)
 *  - Ntfy: JSON publishing — posted to the server's root with the URL's last path segment as
 *    {"topic": …, "title": …, "message": …, "priority": 1-5, "tags": […]}
 *
 * Each URL has its own bounded queue (oldest dropped when full) and one request in flight, so
 * one dead receiver never delays the others nor blocks the caller: post() only enqueues. A
 * failed delivery (network error, timeout, HTTP status other than 2xx) is retried with
 * exponential backoff; after the last attempt it is dropped and reported (logMessage(), the
 * counters and the `comfyscope_webhook_*` metrics). URLs often carry secrets (tokens in the path
 * or query): they never appear in logs or metrics, only redact()ed (scheme, host, port).
 */
class WebhookSender : public QObject
{
    Q_OBJECT
public:
    enum class Format { Generic, Slack, Discord, Ntfy };
    enum class Level { Info, Warning, Error };

    struct Stats
    {
        quint64 delivered = 0;
        quint64 failedAttempts = 0; ///< attempts that failed (each retry counts)
        quint64 dropped = 0;        ///< gave up after the last attempt
        quint64 overflow = 0;       ///< dropped because the queue was full
        int queued = 0;             ///< waiting or in flight now
        bool healthy = true;        ///< the last attempt succeeded (or none yet)
        QString lastError;          ///< redacted
    };

    explicit WebhookSender(QObject *parent = nullptr);
    ~WebhookSender() override;

    static std::optional<Format> parseFormat(const QString &name);
    static QString formatName(Format f);
    /// "scheme://host[:port]/…": what may be shown of a URL.
    static QString redact(const QUrl &url);

    /// Add a receiver; returns its index. Invalid or non-HTTP(S) URLs are refused (-1 and
    /// `error` set, without the URL's secrets).
    int addTarget(const QUrl &url, Format format, QString *error = nullptr);
    int targetCount() const;
    QString targetName(int index) const; ///< redacted URL
    Format targetFormat(int index) const;
    Stats stats(int index) const;

    /// Attempts per message (default 5), first retry delay (default 1000 ms, doubled each time,
    /// capped at 60 s), queue bound per target (default 200), request timeout (default 10 s).
    void setMaxAttempts(int n);
    void setRetryDelay(int ms);
    void setQueueLimit(int n);
    void setTimeout(int ms);

    /// Raise/resolve of every alert of `engine`.
    void watchAlerts(AlertEngine *engine);
    /// Job completions (success, failure, interrupt) of every server of `fleet`.
    void watchJobs(FleetModel *fleet);

    void sendAlert(const Alert &alert, bool resolved);
    void sendJob(const QString &serverName, const Job &job);
    /// Send a prepared event to every target: `generic` is the generic body; `title`, `text`,
    /// `priority` (1-5) and `tags` feed the chat formats.
    void post(const QJsonObject &generic, const QString &title, const QString &text, int priority,
              const QStringList &tags);

    /// Bodies as sent (exposed for tests and documentation).
    static QByteArray body(Format f, const QJsonObject &generic, const QString &title,
                           const QString &text, int priority, const QStringList &tags,
                           const QUrl &url);
    /// Where a body of this format goes (ntfy: the server root).
    static QUrl postUrl(Format f, const QUrl &url);

    /// Messages waiting or in flight over all targets.
    int pending() const;
    /// The `comfyscope_webhook_*` metric families (Prometheus text).
    QByteArray metrics() const;

Q_SIGNALS:
    /// Delivery problems and recoveries, in plain words, URLs redacted.
    void logMessage(ComfyScope::WebhookSender::Level level, const QString &text);
    void delivered(int target);
    void droppedMessage(int target);
    /// No message waits or is in flight any more.
    void idle();

private:
    struct Target;
    void pump(Target *t);
    void finished(Target *t, QNetworkReply *reply);

    QNetworkAccessManager *m_nam;
    std::vector<std::unique_ptr<Target>> m_targets;
    int m_maxAttempts = 5;
    int m_retryDelay = 1000;
    int m_queueLimit = 200;
    int m_timeout = 10000;
};

} // namespace ComfyScope
