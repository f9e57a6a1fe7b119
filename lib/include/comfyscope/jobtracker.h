// SPDX-License-Identifier: MIT
#pragma once

#include <comfyscope/events.h>
#include <comfyscope/replies.h>

#include <QtCore/QDateTime>
#include <QtCore/QHash>
#include <QtCore/QJsonObject>
#include <QtCore/QObject>
#include <QtCore/QSet>

#include <optional>

namespace ComfyScope {

class Client;
class SubmitReply;

/// Everything known about one prompt on the server.
struct COMFYSCOPE_EXPORT Job
{
    enum class State {
        Queued, ///< pending in the server's queue
        Running,
        Succeeded,
        Failed,
        Interrupted,
        Cancelled, ///< deleted from the queue before it ran (seen to vanish while connected)
        Lost       ///< gone from queue and history (server restarted, or it vanished while
                   ///< we were disconnected): outcome unknown
    };

    QString promptId;
    QString clientId; ///< the client_id it was queued with (empty: none)
    bool own = false; ///< queued with our client id: live events reach us
    /// False for other clients' jobs: the server sends their progress only to them (§10.4), so
    /// only queue position and final outcome are known.
    bool liveDetail = false;
    /// Another client's job whose live events reach us through the ComfyScope relay
    /// (Client::setRelayMode()); liveDetail is then true as well.
    bool relayed = false;
    /// Who queued it as the relay names them (a 12-digit hash unless the server sends raw ids).
    QString relayClient;
    double number = 0; ///< queue priority
    State state = State::Queued;
    QDateTime queuedAt;
    QDateTime startedAt;
    QDateTime finishedAt;

    QHash<QString, QString> nodeClasses; ///< node id → class_type, from the workflow
    QHash<QString, QString> nodeTitles;  ///< node id → _meta.title when the workflow has one
    QString currentNode;
    double nodeValue = 0;
    double nodeMax = 0;
    QSet<QString> executedNodes; ///< finished in this run
    QSet<QString> cachedNodes;
    QStringList nodeOrder;   ///< nodes in the order they started, cached first
    QList<ImageRef> outputs; ///< from `executed`, replaced by /history when read
    /// The same files by the node that wrote them (node id → files, in the order received).
    QHash<QString, QList<ImageRef>> nodeOutputs;
    /// The API-format workflow when known (own submissions, /queue, /history): node classes,
    /// titles, display name and "queue again" come from it.
    QJsonObject workflow;
    /// A name given at submit (e.g. the workflow's file name); empty otherwise.
    QString name;
    /// Identifies "the same workflow" across runs: a hash of its nodes and inputs with seeds
    /// left out (empty when the workflow is unknown).
    QString workflowHash;
    /// Expected share of the run per node (any unit): learned node durations of earlier runs
    /// of the same workflow, else a node's `steps` input, else 1. Filled by JobTracker.
    QHash<QString, double> nodeWeights;
    /// Measured run time of each node of this run that finished (ms).
    QHash<QString, qint64> nodeDurationsMs;
    QDateTime currentNodeStartedAt; ///< when the running node started
    bool outputsConfirmed = false;  ///< outputs come from /history (authoritative)
    int previewCount = 0;
    std::optional<ExecutionErrorEvent> error;
    std::optional<ExecutionInterruptedEvent> interruption;

    bool isFinished() const { return state != State::Queued && state != State::Running; }
    int totalNodes() const { return int(nodeClasses.size()); }
    int doneNodes() const { return int((executedNodes | cachedNodes).size()); }
    /// Overall progress 0..1: finished nodes plus the running node's step fraction, each node
    /// weighted by nodeWeights (learned durations, else steps) over all nodes of the graph.
    double overallProgress() const;
    /// Weight of one node in overallProgress().
    double nodeWeight(const QString &nodeId) const;
    /// Step fraction of the running node, 0..1 (0 when it has no progress bar).
    double nodeProgress() const { return nodeMax > 0 ? qBound(0.0, nodeValue / nodeMax, 1.0) : 0; }
    QString currentNodeClass() const { return nodeClasses.value(currentNode); }
    /// Title, else class, else id of the running node.
    QString currentNodeLabel() const;
    /// Run time so far (or in total once finished); 0 before it started, -1 when the times
    /// make no sense (over kMaxPlausibleDurationMs, or ending well before they start).
    qint64 elapsedMs(const QDateTime &now = QDateTime::currentDateTimeUtc()) const;
    static constexpr qint64 kMaxPlausibleDurationMs = 7LL * 24 * 3600 * 1000;
    static constexpr qint64 kClockToleranceMs = 60 * 1000;

    /// Title (`_meta.title`), else class, else id of any node of this job.
    QString nodeLabel(const QString &nodeId) const;
    /// The node that wrote `ref` (empty when unknown).
    QString outputNode(const ImageRef &ref) const;
    /// What to call the job: the name given at submit (a file name), else the `filename_prefix`
    /// of its first output node followed by the short prompt id ("ComfyUI (ba826397)": many jobs
    /// share a prefix), else the first 8 characters of the prompt id.
    QString displayName() const;
    /// The name without the id: given at submit, else the output prefix, else empty. What
    /// "Queue again" names the new job.
    QString workflowName() const;
    /// The `filename_prefix` of the output node with the lowest id (empty when none).
    QString outputPrefix() const;
    /// Why it did not succeed, readable and translated (empty when there is nothing to say).
    QString errorText() const;
    /// Record an output file of `nodeId` (no duplicates).
    void addOutput(const QString &nodeId, const ImageRef &ref);
};

COMFYSCOPE_EXPORT QString jobStateName(Job::State s); ///< "queued", "running", …
/// The `status` of a GET /api/jobs entry as a Job::State: pending → Queued, in_progress →
/// Running, completed → Succeeded, failed → Failed, cancelled (v0.33+: interrupted or
/// dequeued) → Cancelled; anything else → Lost with *known = false.
COMFYSCOPE_EXPORT Job::State jobStateFromJobsApi(const QString &status, bool *known = nullptr);
/// Hash of an API-format workflow that stays the same when only seeds change.
COMFYSCOPE_EXPORT QString workflowHash(const QJsonObject &workflow);

/*!
 * Keeps one Job per prompt from a Client's events and REST, including jobs of other clients,
 * and makes sure no final outcome or output is lost when the socket drops: after every
 * reconnect (and every queue change seen by polling) it reads /queue and /history again.
 */
class COMFYSCOPE_EXPORT JobTracker : public QObject
{
    Q_OBJECT
public:
    explicit JobTracker(Client *client, QObject *parent = nullptr);
    ~JobTracker() override;

    Client *client() const;
    QList<Job> jobs() const; ///< in queue order: running, pending, finished
    std::optional<Job> job(const QString &promptId) const;
    bool contains(const QString &promptId) const;

    /// Submit through the client and track the job from the first event on. `name` becomes
    /// Job::name (e.g. the workflow's file name).
    SubmitReply *submit(const QJsonObject &workflow, const QJsonObject &options = {},
                        const QString &name = {});
    /// Cancel: delete from the queue if pending, interrupt if running.
    Reply *cancel(const QString &promptId);
    /// Read /queue (and /history for jobs that left it) now.
    void resync();
    /// Forget finished jobs (keeps running and queued ones).
    void clearFinished();
    /// How many finished jobs are kept (default 500).
    void setFinishedLimit(int limit);

    /// Expected duration of one run from recent ones: (mean, 75th percentile) in ms; (-1, -1)
    /// before any run finished.
    QPair<qint64, qint64> durationEstimate() const;
    /// Expected duration of a run of the workflow with this hash from earlier runs of it (ms;
    /// -1 when none finished yet).
    qint64 learnedDurationMs(const QString &workflowHash) const;
    /// Time until this job finishes: remaining time of what runs before it plus its own run.
    /// A running job's remaining time comes from learned node durations of the same workflow,
    /// else from its step-weighted progress and elapsed time; -1 when unknown.
    qint64 etaMs(const QString &promptId) const;
    /// Remaining time of a running job alone (ms, -1 when unknown).
    qint64 remainingMs(const Job &job,
                       const QDateTime &now = QDateTime::currentDateTimeUtc()) const;
    int queueRemaining() const;

Q_SIGNALS:
    void jobAdded(const ComfyScope::Job &job);
    void jobChanged(const ComfyScope::Job &job);
    /// The job reached a final state and its outputs are final (read from /history when
    /// possible). Emitted exactly once per job.
    void jobFinished(const ComfyScope::Job &job);
    void jobRemoved(const QString &promptId);
    /// A REST call made for tracking failed (the tracker retries on the next resync).
    void syncError(const QString &message);

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace ComfyScope

Q_DECLARE_METATYPE(ComfyScope::Job)
