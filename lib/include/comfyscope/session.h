// SPDX-License-Identifier: MIT
#pragma once

#include <comfyscope/client.h>
#include <comfyscope/jobtracker.h>

#include <QtCore/QDateTime>
#include <QtCore/QList>
#include <QtCore/QObject>

#include <memory>
#include <optional>

namespace ComfyScope {

/// One GPU as /system_stats or the crystools monitor reports it.
struct COMFYSCOPE_EXPORT GpuHealth
{
    QString name;
    int index = -1;          ///< device index as the server numbers it
    qint64 vramTotal = -1;   ///< bytes, -1 unknown
    qint64 vramUsed = -1;    ///< bytes, -1 unknown
    double utilization = -1; ///< percent, -1 unknown (only the crystools monitor sends it)
    double temperature = -1; ///< °C, -1 unknown
    double vramUsedPercent() const
    {
        return vramTotal > 0 && vramUsed >= 0 ? 100.0 * double(vramUsed) / double(vramTotal) : -1;
    }
};

/*!
 * Machine health of one server, merged from GET /system_stats (polled) and `crystools.monitor`
 * messages (pushed by the ComfyUI-Crystools extension when installed). Each figure has one
 * source at a time: the monitor while it is fresh (it is pushed every second or so and knows
 * utilisation and temperature), /system_stats otherwise — so a figure never flips between two
 * readings.
 */
struct COMFYSCOPE_EXPORT ServerHealth
{
    qint64 ramTotal = -1;
    qint64 ramUsed = -1;
    double cpuUtilization = -1;
    QList<GpuHealth> gpus;
    QString version;       ///< comfyui_version
    QString pythonVersion; ///< system.python_version
    QString os;            ///< system.os
    QDateTime statsAt;     ///< last /system_stats answer
    QDateTime monitorAt;   ///< last crystools.monitor message
    double ramUsedPercent() const
    {
        return ramTotal > 0 && ramUsed >= 0 ? 100.0 * double(ramUsed) / double(ramTotal) : -1;
    }
    /// Highest VRAM use over all GPUs, -1 unknown.
    double maxVramUsedPercent() const;
    bool isKnown() const { return statsAt.isValid() || monitorAt.isValid(); }
};

/// An image of the session, attributed and labelled for display: sampler previews,
/// SaveImageWebsocket and ComfyDeploy outputs as they stream in, and final outputs fetched
/// from /view once their job finished.
struct COMFYSCOPE_EXPORT SessionImage
{
    ImageFrame frame;  ///< the encoded image and where it came from (kind, prompt, node, ref)
    QString nodeLabel; ///< title, else class of the producing node, when known
    QString nodeClass; ///< class_type of the producing node, when known
    QString jobName;   ///< Job::displayName() of the prompt, when known
};

/// Severity of a Session::logMessage().
enum class LogLevel { Info, Warning, Error };

/*!
 * Everything about one watched ComfyUI server, for a UI or a headless monitor: its Client and
 * JobTracker, frame attribution and labels, the final outputs of finished jobs fetched from
 * /view (each once, with the node that wrote it), /system_stats polling merged with the
 * crystools monitor, restart detection, connection age and a log of what happened in plain
 * words. The viewer's window, each station tile and the CLI are built on it; nothing above it
 * needs to talk to the Client for these.
 *
 * Like Client it lives on the thread that created it and starts no threads.
 *
 * A restart is recognised when, after the socket came back, the server no longer knows the
 * newest prompt it had in its history (ComfyUI keeps history in memory only), or when
 * /system_stats reports another version, command line or total RAM than before.
 */
class COMFYSCOPE_EXPORT Session : public QObject
{
    Q_OBJECT
public:
    explicit Session(QObject *parent = nullptr);
    ~Session() override;

    Client *client() const;
    JobTracker *tracker() const;

    /// Connect (forever, with backoff) and poll /system_stats; close() stops both.
    void open();
    void close();
    bool isOpen() const;

    // --- connection -----------------------------------------------------------------------
    Client::State state() const;
    /// Connected, or reachable over HTTP polling.
    bool isUp() const;
    QDateTime stateSince() const;
    /// Since when the server is unreachable (invalid while up).
    QDateTime downSince() const;
    /// Why the server is not reachable (isOk() while up).
    Error lastError() const;
    /// Round-trip time of the last WebSocket ping, -1 when unknown or down.
    int rttMs() const;

    // --- queue and jobs -------------------------------------------------------------------
    /// Jobs waiting or running as the server counts them (its `status`), else as tracked.
    int queueDepth() const;
    int pendingCount() const;
    int runningCount() const;
    /// The running job; one we have live detail for is preferred.
    std::optional<Job> runningJob() const;
    qint64 runningEtaMs() const;
    /// Last sign of life of the running job (progress, executing, preview), invalid when none.
    QDateTime lastProgressAt() const;
    /// Submit with a display name (Job::name), e.g. the workflow's file name.
    SubmitReply *submit(const QJsonObject &workflow, const QString &name = {},
                        const QJsonObject &options = {});
    /// Title, else class, else id of a node of a tracked prompt (empty when unknown).
    QString nodeLabel(const QString &promptId, const QString &nodeId) const;
    /// Job::displayName() of a tracked prompt, else the first 8 characters of its id.
    QString jobName(const QString &promptId) const;

    // --- images -----------------------------------------------------------------------------
    /// Which final outputs of finished jobs (own and other clients') are fetched from /view and
    /// emitted as imageReceived(): none, images (png, jpeg, webp, gif, bmp; the default) or
    /// every file (video, audio, 3D… too — for saving, not for a gallery).
    enum class OutputFetch { None, Images, All };
    void setOutputFetch(OutputFetch mode);
    OutputFetch outputFetch() const; /// Fetch one output now (e.g. from the history) and emit it as
                                     /// imageReceived(); a file
    /// already fetched in this session is fetched again only when `force` is set.
    void fetchOutput(const ImageRef &ref, const QString &promptId, bool force = true);
    /// Images received or fetched (previews, websocket, deploy and final outputs).
    quint64 imageCount() const;

    // --- health -----------------------------------------------------------------------------
    ServerHealth health() const;
    /// ComfyUI version from /system_stats (empty until known).
    QString version() const;
    /// GET /system_stats every `ms` while open (default 10 s; 0 = only on connect).
    void setStatsInterval(int ms);
    int restarts() const;
    QDateTime lastRestartAt() const;

Q_SIGNALS:
    /// Something a dashboard shows changed (cheap and frequent; coalesce in the view).
    void changed();
    void stateChanged(ComfyScope::Client::State state);
    void imageReceived(const ComfyScope::SessionImage &image);
    /// A job (own or another client's) ended Failed; `message` is readable.
    void jobFailed(const ComfyScope::Job &job, const QString &message);
    void jobFinished(const ComfyScope::Job &job);
    /// Every output fetch started for a finished job has ended (at once when there were none).
    /// `failed` counts the files that could not be fetched (each also in outputFetchFailed()).
    void jobOutputsFetched(const QString &promptId, int fetched, int failed);
    void outputFetchFailed(const ComfyScope::ImageRef &ref, const QString &promptId,
                           const ComfyScope::Error &error);
    void healthChanged();
    void restarted(const QString &why);
    /// What happened, in plain (translated) words, for an event log: `source` is the topic
    /// ("Connection", "Job 1a2b3c4d", "Protocol", "Download", …).
    void logMessage(ComfyScope::LogLevel level, const QString &source, const QString &text);

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace ComfyScope

Q_DECLARE_METATYPE(ComfyScope::SessionImage)
