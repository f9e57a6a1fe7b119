// SPDX-License-Identifier: MIT
#pragma once

#include <comfyscope/fleet/serverprofile.h>
#include <comfyscope/session.h>

#include <QtCore/QDateTime>
#include <QtCore/QList>
#include <QtCore/QObject>
#include <QtNetwork/QNetworkProxy>

#include <optional>

namespace ComfyScope {

/*!
 * One watched server of a fleet: a name, the profile it connects with (auth, proxy, TLS pin)
 * and its Session, plus the fleet's own counts (failures and finished jobs of the last hour).
 * Everything about the server itself — connection, jobs, health, restarts, images — is the
 * Session's; the accessors here forward to it so fleet code reads one object.
 */
class FleetServer : public QObject
{
    Q_OBJECT
public:
    FleetServer(const QString &name, const ServerProfile &profile, QObject *parent = nullptr);
    ~FleetServer() override;

    /// Stable id within this run (also used in exported JSON).
    QString key() const { return m_key; }
    QString name() const { return m_name; }
    void setName(const QString &name);
    ServerProfile profile() const { return m_profile; }
    /// A proxy that overrides the profile's (from a fleet file); unset = the profile's.
    void setProxy(const QNetworkProxy &proxy);
    std::optional<QNetworkProxy> proxy() const { return m_proxy; }
    QString address() const;

    Session *session() const { return m_session; }
    Client *client() const { return m_session->client(); }
    JobTracker *tracker() const { return m_session->tracker(); }

    /// Connect (forever, with backoff) / disconnect.
    void start();
    void stop();
    bool isStarted() const { return m_started; }

    Client::State state() const { return m_session->state(); }
    bool isUp() const { return m_session->isUp(); }
    QDateTime stateSince() const { return m_session->stateSince(); }
    QDateTime downSince() const { return m_session->downSince(); }
    QString lastError() const;
    int rttMs() const { return m_session->rttMs(); }
    QString version() const { return m_session->version(); }
    int queueDepth() const { return m_session->queueDepth(); }
    int pendingCount() const { return m_session->pendingCount(); }
    int runningCount() const { return m_session->runningCount(); }
    std::optional<Job> runningJob() const { return m_session->runningJob(); }
    qint64 runningEtaMs() const { return m_session->runningEtaMs(); }
    QDateTime lastProgressAt() const { return m_session->lastProgressAt(); }
    ServerHealth health() const { return m_session->health(); }
    int restarts() const { return m_session->restarts(); }
    QDateTime lastRestartAt() const { return m_session->lastRestartAt(); }
    /// Images the session received or fetched (previews, outputs).
    quint64 imageCount() const { return m_session->imageCount(); }
    int failedLastHour() const;
    int finishedLastHour() const;

    /// GET /system_stats every `ms` while connected (default 10 s; 0 = only on connect).
    void setStatsInterval(int ms) { m_session->setStatsInterval(ms); }

Q_SIGNALS:
    /// Something shown on the tile changed (cheap; the model coalesces).
    void changed();
    void stateChanged(ComfyScope::Client::State state);
    /// A job (own or another client's) ended Failed; `message` is readable.
    void jobFailed(const ComfyScope::Job &job, const QString &message);
    void jobFinished(const ComfyScope::Job &job);
    void restarted(const QString &why);
    void imageReceived(const ComfyScope::SessionImage &image);
    /// What happened, for an event log (see Session::logMessage()).
    void logMessage(ComfyScope::LogLevel level, const QString &source, const QString &text);

private:
    QString m_key;
    QString m_name;
    ServerProfile m_profile;
    std::optional<QNetworkProxy> m_proxy;
    Session *m_session = nullptr;
    bool m_started = false;
    QString m_startError;       ///< the profile's address does not parse
    QList<qint64> m_failedAt;   ///< ms since the epoch, ascending, the last hour
    QList<qint64> m_finishedAt; ///< ms since the epoch, ascending, the last hour
};

} // namespace ComfyScope
