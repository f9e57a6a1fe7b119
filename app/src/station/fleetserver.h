// SPDX-License-Identifier: MIT
#pragma once

#include "common/serverprofile.h"

#include <comfyscope/client.h>
#include <comfyscope/jobtracker.h>

#include <QtCore/QDateTime>
#include <QtCore/QJsonObject>
#include <QtCore/QList>
#include <QtCore/QObject>
#include <QtCore/QSet>
#include <QtCore/QHash>
#include <QtCore/QPointer>
#include <QtCore/QTimer>
#include <QtGui/QImage>
#include <QtNetwork/QNetworkProxy>

#include <optional>

template<typename T>
class QFutureWatcher;

namespace ComfyScope::App {

struct DecodeResult;

/// One GPU as /system_stats or the crystools monitor reports it.
struct GpuHealth
{
    QString name;
    qint64 vramTotal = -1; ///< bytes, -1 unknown
    qint64 vramUsed = -1;
    double utilization = -1; ///< percent, -1 unknown (only the crystools monitor sends it)
    double temperature = -1; ///< °C, -1 unknown
    double vramUsedPercent() const
    {
        return vramTotal > 0 && vramUsed >= 0 ? 100.0 * double(vramUsed) / double(vramTotal) : -1;
    }
};

/// Machine health of one server, merged from GET /system_stats (polled) and `crystools.monitor`
/// messages (pushed by the ComfyUI-Crystools extension when installed).
struct ServerHealth
{
    qint64 ramTotal = -1;
    qint64 ramUsed = -1;
    double cpuUtilization = -1;
    QList<GpuHealth> gpus;
    QDateTime statsAt;   ///< last /system_stats answer
    QDateTime monitorAt; ///< last crystools.monitor message
    double ramUsedPercent() const
    {
        return ramTotal > 0 && ramUsed >= 0 ? 100.0 * double(ramUsed) / double(ramTotal) : -1;
    }
    /// Highest VRAM use over all GPUs, -1 unknown.
    double maxVramUsedPercent() const;
    bool isKnown() const { return statsAt.isValid() || monitorAt.isValid(); }
};

/*!
 * One watched server of the monitoring station: its own Client and JobTracker, plus what the
 * dashboard and the alert rules need — connection age, round-trip time, version, health, the
 * running job, the newest preview as a small thumbnail (decoded off the GUI thread, at most a few
 * per second however fast previews arrive), failures of the last hour and restarts.
 *
 * A restart is recognised when, after the socket came back, the server no longer knows the newest
 * prompt it had in its history (ComfyUI keeps history in memory only), or when /system_stats
 * reports a different version, argv or total VRAM than before.
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

    Client *client() const { return m_client; }
    JobTracker *tracker() const { return m_tracker; }

    /// Connect (forever, with backoff) / disconnect.
    void start();
    void stop();
    bool isStarted() const { return m_started; }

    Client::State state() const { return m_state; }
    bool isUp() const
    {
        return m_state == Client::State::Connected || m_state == Client::State::Polling;
    }
    QDateTime stateSince() const { return m_stateSince; }
    /// Since when the server is unreachable (invalid while up).
    QDateTime downSince() const { return m_downSince; }
    QString lastError() const { return m_lastError; }
    int rttMs() const;
    QString version() const { return m_version; }
    int queueDepth() const;
    int pendingCount() const { return int(m_pendingIds.size()); }
    int runningCount() const { return int(m_runningIds.size()); }
    std::optional<Job> runningJob() const;
    qint64 runningEtaMs() const;
    /// Last sign of life of the running job (progress, executing, preview), invalid when none.
    QDateTime lastProgressAt() const { return m_lastProgressAt; }
    QImage thumbnail() const { return m_thumbnail; }
    QDateTime thumbnailAt() const { return m_thumbnailAt; }
    quint64 previewFrames() const { return m_previewFrames; }
    quint64 previewsDecoded() const { return m_previewsDecoded; }
    ServerHealth health() const { return m_health; }
    int failedLastHour() const;
    int finishedLastHour() const;
    int restarts() const { return m_restarts; }
    QDateTime lastRestartAt() const { return m_lastRestartAt; }

    /// GET /system_stats every `ms` while connected (default 10 s; 0 = only on connect).
    void setStatsInterval(int ms);
    /// Thumbnails of the newest preview are decoded at most this often (default 400 ms).
    void setThumbnailInterval(int ms) { m_thumbInterval = ms; }
    void setThumbnailSize(int px) { m_thumbSize = px; }

Q_SIGNALS:
    /// Something shown on the tile changed (cheap; the model coalesces).
    void changed();
    void stateChanged(ComfyScope::Client::State state);
    /// A job (own or another client's) ended Failed; `message` is readable.
    void jobFailed(const ComfyScope::Job &job, const QString &message);
    void jobFinished(const ComfyScope::Job &job);
    void restarted(const QString &why);
    void imageReceived(const ComfyScope::ImageFrame &frame);
    /// For the event log: level 0 info, 1 warning, 2 error.
    void logMessage(int level, const QString &message);

private:
    void onState(Client::State s);
    void onImage(const ImageFrame &frame);
    void decodeNextThumbnail();
    void onThumbnailDecoded();
    void pollStats();
    void onStats(const QJsonObject &o);
    void onMonitor(const QJsonObject &o);
    void checkRestartAfterResume();
    void markRestarted(const QString &why);
    void touchProgress() { m_lastProgressAt = QDateTime::currentDateTimeUtc(); }
    void noteJob(const Job &j);

    QString m_key;
    QString m_name;
    ServerProfile m_profile;
    std::optional<QNetworkProxy> m_proxy;
    Client *m_client = nullptr;
    JobTracker *m_tracker = nullptr;
    bool m_started = false;

    Client::State m_state = Client::State::Disconnected;
    QDateTime m_stateSince;
    QDateTime m_downSince;
    QString m_lastError;
    QString m_version;
    int m_statusQueue = -1;
    QDateTime m_lastProgressAt;
    // Job states kept here so the dashboard never copies the tracker's job list.
    QSet<QString> m_pendingIds;
    QHash<QString, bool> m_runningIds; ///< prompt id → live detail

    // thumbnails
    std::optional<ImageFrame> m_pendingFrame;
    QFutureWatcher<DecodeResult> *m_decodeWatcher = nullptr;
    QTimer m_thumbTimer;
    int m_thumbInterval = 400;
    int m_thumbSize = 192;
    QImage m_thumbnail;
    QDateTime m_thumbnailAt;
    quint64 m_previewFrames = 0;
    quint64 m_previewsDecoded = 0;

    // health
    QTimer m_statsTimer;
    ServerHealth m_health;
    QString m_statsFingerprint; ///< version + argv + total VRAM: changes when the server restarts
    bool m_statsInFlight = false;

    // history of outcomes and restarts
    QList<QDateTime> m_failedAt;
    QList<QDateTime> m_finishedAt;
    QString m_newestHistoryId; ///< newest finished prompt the server had in its history
    int m_restarts = 0;
    QDateTime m_lastRestartAt;
    bool m_hadSession = false;
};

} // namespace ComfyScope::App
