// SPDX-License-Identifier: MIT
#include <comfyscope/fleet/webhook.h>

#include <comfyscope/fleet/alertengine.h>
#include <comfyscope/fleet/fleetmodel.h>
#include <comfyscope/fleet/fleetserver.h>
#include <comfyscope/fleet/metrics.h>

#include <QtCore/QCoreApplication>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QMetaEnum>
#include <QtNetwork/QNetworkAccessManager>
#include <QtNetwork/QNetworkReply>
#include <QtNetwork/QNetworkRequest>

using namespace Qt::StringLiterals;

namespace ComfyScope {

struct WebhookSender::Target
{
    int index = 0;
    QUrl url;
    Format format = Format::Generic;
    struct Message
    {
        QByteArray body;
        int attempts = 0;
    };
    QQueue<Message> queue;
    QNetworkReply *inFlight = nullptr;
    QTimer retry;
    Stats stats;
    bool overflowReported = false;
};

WebhookSender::WebhookSender(QObject *parent)
    : QObject(parent)
    , m_nam(new QNetworkAccessManager(this))
{
    // Webhooks go straight out unless the system says otherwise; never to a cache.
    m_nam->setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
}

WebhookSender::~WebhookSender()
{
    for (auto &t : m_targets)
        if (t->inFlight) {
            t->inFlight->disconnect(this);
            t->inFlight->abort();
        }
}

std::optional<WebhookSender::Format> WebhookSender::parseFormat(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n == "generic"_L1 || n == "json"_L1)
        return Format::Generic;
    if (n == "slack"_L1)
        return Format::Slack;
    if (n == "discord"_L1)
        return Format::Discord;
    if (n == "ntfy"_L1)
        return Format::Ntfy;
    return std::nullopt;
}

QString WebhookSender::formatName(Format f)
{
    switch (f) {
    case Format::Generic:
        return u"generic"_s;
    case Format::Slack:
        return u"slack"_s;
    case Format::Discord:
        return u"discord"_s;
    case Format::Ntfy:
        return u"ntfy"_s;
    }
    return {};
}

QString WebhookSender::redact(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty())
        return u"<invalid URL>"_s;
    QString s = url.scheme() + u"://"_s + url.host();
    if (url.port() >= 0)
        s += u':' + QString::number(url.port());
    return s + u"/…"_s;
}

int WebhookSender::addTarget(const QUrl &url, Format format, QString *error)
{
    if (!url.isValid() || url.host().isEmpty()
        || (url.scheme() != "http"_L1 && url.scheme() != "https"_L1)) {
        if (error)
            *error = QCoreApplication::translate("ComfyScope",
                                                 "Webhook %1: not an http:// or https:// URL")
                         .arg(redact(url));
        return -1;
    }
    auto t = std::make_unique<Target>();
    t->index = int(m_targets.size());
    t->url = url;
    t->format = format;
    t->retry.setSingleShot(true);
    Target *raw = t.get();
    connect(&t->retry, &QTimer::timeout, this, [this, raw] { pump(raw); });
    m_targets.push_back(std::move(t));
    return raw->index;
}

int WebhookSender::targetCount() const
{
    return int(m_targets.size());
}

QString WebhookSender::targetName(int index) const
{
    return index >= 0 && index < targetCount() ? redact(m_targets.at(index)->url) : QString();
}

WebhookSender::Format WebhookSender::targetFormat(int index) const
{
    return m_targets.at(index)->format;
}

WebhookSender::Stats WebhookSender::stats(int index) const
{
    Stats s = m_targets.at(index)->stats;
    s.queued = int(m_targets.at(index)->queue.size());
    return s;
}

void WebhookSender::setMaxAttempts(int n)
{
    m_maxAttempts = qMax(1, n);
}

void WebhookSender::setRetryDelay(int ms)
{
    m_retryDelay = qMax(1, ms);
}

void WebhookSender::setQueueLimit(int n)
{
    m_queueLimit = qMax(1, n);
}

void WebhookSender::setTimeout(int ms)
{
    m_timeout = qMax(100, ms);
}

int WebhookSender::pending() const
{
    int n = 0;
    for (const auto &t : m_targets)
        n += int(t->queue.size());
    return n;
}

// --- events --------------------------------------------------------------------------------

void WebhookSender::watchAlerts(AlertEngine *engine)
{
    connect(engine, &AlertEngine::alertRaised, this,
            [this](const Alert &a) { sendAlert(a, false); });
    connect(engine, &AlertEngine::alertResolved, this,
            [this](const Alert &a) { sendAlert(a, true); });
}

void WebhookSender::watchJobs(FleetModel *fleet)
{
    auto hook = [this](FleetServer *s) {
        connect(s, &FleetServer::jobFinished, this, [this, s](const Job &j) {
            if (j.state == Job::State::Succeeded || j.state == Job::State::Failed
                || j.state == Job::State::Interrupted)
                sendJob(s->name(), j);
        });
    };
    for (FleetServer *s : fleet->servers())
        hook(s);
    connect(fleet, &FleetModel::serverAdded, this, hook);
}

namespace {
QString iso(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}
} // namespace

void WebhookSender::sendAlert(const Alert &a, bool resolved)
{
    const bool isEvent = a.rule == AlertRules::ExecutionError || a.rule == AlertRules::Restarted;
    QJsonObject alert{{u"id"_s, qint64(a.id)},
                      {u"server"_s, a.serverName},
                      {u"rule"_s, AlertRules::key(a.rule)},
                      {u"rule_name"_s, AlertRules::name(a.rule)},
                      {u"message"_s, a.message},
                      {u"raised_at"_s, iso(a.raisedAt)},
                      {u"condition"_s, !isEvent}};
    if (resolved)
        alert.insert(u"resolved_at"_s, iso(a.resolvedAt));
    const QString title = u"%1: %2"_s.arg(a.serverName, AlertRules::name(a.rule));
    const QString text =
        resolved ? QCoreApplication::translate("ComfyScope", "Resolved: %1").arg(a.message)
                 : a.message;
    const QJsonObject generic{{u"source"_s, u"comfyscope"_s},
                              {u"kind"_s, u"alert"_s},
                              {u"event"_s, resolved ? u"resolved"_s : u"raised"_s},
                              {u"time"_s, iso(QDateTime::currentDateTimeUtc())},
                              {u"alert"_s, alert},
                              {u"text"_s, QString(title + u" — "_s + text)}};
    const int prio = resolved ? 3 : (a.rule == AlertRules::ServerDown ? 5 : 4);
    post(generic, title, text, prio,
         {resolved ? u"white_check_mark"_s : u"rotating_light"_s, AlertRules::key(a.rule)});
}

void WebhookSender::sendJob(const QString &serverName, const Job &j)
{
    QJsonObject job{{u"server"_s, serverName},
                    {u"prompt_id"_s, j.promptId},
                    {u"name"_s, j.displayName()},
                    {u"state"_s, jobStateName(j.state)},
                    {u"own"_s, j.own},
                    {u"queued_at"_s, iso(j.queuedAt)},
                    {u"started_at"_s, iso(j.startedAt)},
                    {u"finished_at"_s, iso(j.finishedAt)},
                    {u"outputs"_s, int(j.outputs.size())}};
    if (j.startedAt.isValid() && j.finishedAt.isValid())
        job.insert(u"duration_s"_s, j.startedAt.msecsTo(j.finishedAt) / 1000.0);
    const QString why = j.state == Job::State::Succeeded ? QString() : j.errorText();
    if (!why.isEmpty())
        job.insert(u"error"_s, why);
    const QString title = u"%1: %2"_s.arg(serverName, j.displayName());
    QString text = QCoreApplication::translate("ComfyScope", "Job %1 ended: %2")
                       .arg(j.displayName(), jobStateName(j.state));
    if (!why.isEmpty())
        text += u" — "_s + why;
    const QJsonObject generic{{u"source"_s, u"comfyscope"_s},
                              {u"kind"_s, u"job"_s},
                              {u"event"_s, u"finished"_s},
                              {u"time"_s, iso(QDateTime::currentDateTimeUtc())},
                              {u"job"_s, job},
                              {u"text"_s, QString(title + u" — "_s + text)}};
    const bool ok = j.state == Job::State::Succeeded;
    post(generic, title, text, ok ? 2 : 4, {ok ? u"heavy_check_mark"_s : u"x"_s});
}

QUrl WebhookSender::postUrl(Format f, const QUrl &url)
{
    if (f != Format::Ntfy)
        return url;
    // ntfy's JSON publishing: POST to the root (or the prefix above the topic).
    QUrl u = url;
    QString path = u.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    path = path.left(path.lastIndexOf(u'/') + 1);
    u.setPath(path.isEmpty() ? u"/"_s : path);
    return u;
}

QByteArray WebhookSender::body(Format f, const QJsonObject &generic, const QString &title,
                               const QString &text, int priority, const QStringList &tags,
                               const QUrl &url)
{
    switch (f) {
    case Format::Generic:
        return QJsonDocument(generic).toJson(QJsonDocument::Compact);
    case Format::Slack:
        return QJsonDocument(QJsonObject{{u"text"_s, u"*%1*\n%2"_s.arg(title, text)}})
            .toJson(QJsonDocument::Compact);
    case Format::Discord: {
        QString content = u"**%1**\n%2"_s.arg(title, text);
        if (content.size() > 2000)
            content = content.left(1999) + u'…';
        return QJsonDocument(QJsonObject{{u"username"_s, u"ComfyScope"_s}, {u"content"_s, content}})
            .toJson(QJsonDocument::Compact);
    }
    case Format::Ntfy: {
        QString path = url.path();
        while (path.endsWith(u'/'))
            path.chop(1);
        const QString topic = path.mid(path.lastIndexOf(u'/') + 1);
        return QJsonDocument(QJsonObject{{u"topic"_s, topic},
                                         {u"title"_s, title},
                                         {u"message"_s, text},
                                         {u"priority"_s, qBound(1, priority, 5)},
                                         {u"tags"_s, QJsonArray::fromStringList(tags)}})
            .toJson(QJsonDocument::Compact);
    }
    }
    return {};
}

void WebhookSender::post(const QJsonObject &generic, const QString &title, const QString &text,
                         int priority, const QStringList &tags)
{
    for (auto &tp : m_targets) {
        Target *t = tp.get();
        if (t->queue.size() >= m_queueLimit) {
            // Keep the newest: drop the oldest one that is not in flight.
            const int victim = t->inFlight ? 1 : 0;
            if (victim < t->queue.size()) {
                t->queue.removeAt(victim);
                ++t->stats.overflow;
                if (!t->overflowReported) {
                    t->overflowReported = true;
                    Q_EMIT logMessage(Level::Error,
                                      QCoreApplication::translate(
                                          "ComfyScope",
                                          "Webhook %1 (%2): queue full (%3 messages), dropping "
                                          "the oldest")
                                          .arg(t->index + 1)
                                          .arg(redact(t->url))
                                          .arg(m_queueLimit));
                }
            }
        }
        t->queue.enqueue({body(t->format, generic, title, text, priority, tags, t->url), 0});
        pump(t);
    }
}

void WebhookSender::pump(Target *t)
{
    if (t->inFlight || t->retry.isActive() || t->queue.isEmpty())
        return;
    QNetworkRequest req(postUrl(t->format, t->url));
    req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    req.setHeader(QNetworkRequest::UserAgentHeader, QByteArray("ComfyScope"));
    req.setTransferTimeout(m_timeout);
    // The query of the configured URL stays (tokens); ntfy's root keeps it too.
    ++t->queue.head().attempts;
    t->inFlight = m_nam->post(req, t->queue.head().body);
    QNetworkReply *reply = t->inFlight;
    connect(reply, &QNetworkReply::finished, this, [this, t, reply] { finished(t, reply); });
}

void WebhookSender::finished(Target *t, QNetworkReply *reply)
{
    reply->deleteLater();
    if (t->inFlight != reply)
        return;
    t->inFlight = nullptr;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const bool ok = reply->error() == QNetworkReply::NoError && status >= 200 && status < 300;
    if (ok) {
        t->queue.dequeue();
        ++t->stats.delivered;
        if (!t->stats.healthy)
            Q_EMIT logMessage(Level::Info, QCoreApplication::translate(
                                               "ComfyScope", "Webhook %1 (%2) delivers again")
                                               .arg(t->index + 1)
                                               .arg(redact(t->url)));
        t->stats.healthy = true;
        t->stats.lastError.clear();
        t->overflowReported = false;
        Q_EMIT delivered(t->index);
    } else {
        // Never errorString(): it quotes the URL, secrets and all.
        QString why;
        if (status > 0)
            why = u"HTTP %1"_s.arg(status);
        else
            why = QString::fromLatin1(
                QMetaEnum::fromType<QNetworkReply::NetworkError>().valueToKey(reply->error()));
        ++t->stats.failedAttempts;
        t->stats.lastError = why;
        if (t->stats.healthy)
            Q_EMIT logMessage(
                Level::Warning,
                QCoreApplication::translate("ComfyScope", "Webhook %1 (%2) failed: %3; retrying")
                    .arg(t->index + 1)
                    .arg(redact(t->url), why));
        t->stats.healthy = false;
        // 4xx other than 408/429 will not get better by retrying.
        const bool permanent = status >= 400 && status < 500 && status != 408 && status != 429;
        if (permanent || t->queue.head().attempts >= m_maxAttempts) {
            const int attempts = t->queue.dequeue().attempts;
            ++t->stats.dropped;
            Q_EMIT logMessage(
                Level::Error,
                QCoreApplication::translate(
                    "ComfyScope", "Webhook %1 (%2): message dropped after %3 attempts (%4)")
                    .arg(t->index + 1)
                    .arg(redact(t->url))
                    .arg(attempts)
                    .arg(why));
            Q_EMIT droppedMessage(t->index);
        } else {
            const int n = t->queue.head().attempts;
            t->retry.start(qMin(60000, m_retryDelay << qMin(n - 1, 16)));
            return;
        }
    }
    pump(t);
    if (pending() == 0)
        Q_EMIT idle();
}

QByteArray WebhookSender::metrics() const
{
    QByteArray out;
    auto fam = [&](const char *name, const char *type, const char *help) {
        out += QByteArray("# HELP ") + name + ' ' + help + "\n# TYPE " + name + ' ' + type + '\n';
    };
    auto lbl = [&](const Target &t) -> QByteArray {
        return "{webhook=\"" + QByteArray::number(t.index + 1) + "\",host=\""
               + MetricsCollector::escapeLabel(t.url.host()) + "\"}";
    };
    fam("comfyscope_webhook_up", "gauge",
        "1 when the last delivery attempt to the webhook worked.");
    for (const auto &t : m_targets)
        out += "comfyscope_webhook_up" + lbl(*t) + (t->stats.healthy ? " 1\n" : " 0\n");
    fam("comfyscope_webhook_deliveries_total", "counter", "Messages delivered to the webhook.");
    for (const auto &t : m_targets)
        out += "comfyscope_webhook_deliveries_total" + lbl(*t) + ' '
               + QByteArray::number(t->stats.delivered) + '\n';
    fam("comfyscope_webhook_failed_attempts_total", "counter",
        "Delivery attempts that failed (each retry counts).");
    for (const auto &t : m_targets)
        out += "comfyscope_webhook_failed_attempts_total" + lbl(*t) + ' '
               + QByteArray::number(t->stats.failedAttempts) + '\n';
    fam("comfyscope_webhook_dropped_total", "counter",
        "Messages given up on: after the last retry, or dropped from a full queue.");
    for (const auto &t : m_targets)
        out += "comfyscope_webhook_dropped_total" + lbl(*t) + ' '
               + QByteArray::number(t->stats.dropped + t->stats.overflow) + '\n';
    fam("comfyscope_webhook_queue_messages", "gauge", "Messages waiting or in flight.");
    for (const auto &t : m_targets)
        out += "comfyscope_webhook_queue_messages" + lbl(*t) + ' '
               + QByteArray::number(t->queue.size()) + '\n';
    return out;
}

} // namespace ComfyScope
