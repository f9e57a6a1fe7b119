// SPDX-License-Identifier: MIT
#pragma once

#include <comfyscope/fleet/alertengine.h>
#include <comfyscope/jobtracker.h>
#include <comfyscope/replies.h>

#include <QtCore/QDateTime>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonObject>
#include <QtCore/QObject>
#include <QtCore/QPointer>
#include <QtCore/QSet>
#include <QtCore/QStringList>
#include <QtCore/QTimer>

#include <functional>
#include <memory>

namespace ComfyScope {

class FleetModel;
class FleetServer;
class Session;

/// One finished job as the database keeps it (a row of `jobs`).
struct StoredJob
{
    QString server;   ///< the fleet's name of the server
    QString promptId; ///< with `server`: unique
    QString clientId;
    QString workflowName; ///< Job::workflowName(), else the short prompt id
    QString workflowHash; ///< 16 hex digits of the SHA-1 of the workflow's compact JSON
    QJsonObject workflow; ///< the API-format workflow when known (kept once per hash)
    QDateTime queuedAt;
    QDateTime startedAt;
    QDateTime finishedAt;
    QString outcome; ///< jobStateName(): succeeded, failed, interrupted, cancelled, lost
    QString errorText;
    QJsonObject nodeDurations; ///< node id → ms (only for jobs whose live events reached us)
    QJsonArray outputs;        ///< [{node, filename, subfolder, type}]
    bool own = false;
    bool relayed = false; ///< another client's job followed live (relay extension)

    qint64 durationMs() const
    {
        return startedAt.isValid() && finishedAt.isValid() ? startedAt.msecsTo(finishedAt) : -1;
    }
    static StoredJob fromJob(const QString &server, const Job &job,
                             const QJsonObject &nodeDurations = {});
    /// A finished entry of GET /history (nullopt when it has no final outcome yet).
    static std::optional<StoredJob> fromHistory(const QString &server, const HistoryEntry &entry);
    static QString hashWorkflow(const QJsonObject &workflow);
};

/// One health sample of a server (a row of `server_samples`).
struct ServerSample
{
    QString server;
    QDateTime time;
    bool up = false;
    int queueDepth = -1;
    double vramPercent = -1; ///< highest over the server's GPUs, -1 unknown
    double ramPercent = -1;
    double gpuLoad = -1; ///< highest over the server's GPUs, -1 unknown
};

/// One time bucket of a trend (jobs by the time they finished, samples by their time).
struct TrendBucket
{
    QDateTime start;
    int succeeded = 0;
    int failed = 0;
    int interrupted = 0;
    int other = 0;     ///< cancelled, lost
    double p50Ms = -1; ///< run time (started → finished), -1 no job
    double p95Ms = -1;
    double queueDepth = -1;  ///< mean of the samples (summed over servers for the fleet)
    double vramPercent = -1; ///< highest sample
    double gpuLoad = -1;     ///< mean of the samples
    int total() const { return succeeded + failed + interrupted + other; }
    /// Failed share of the finished jobs, 0..1 (-1 no job).
    double failureRate() const { return total() ? double(failed) / total() : -1; }
};

/// What to look for in the stored jobs; empty fields match everything.
struct JobQuery
{
    QStringList servers;
    QStringList outcomes;
    QDateTime from; ///< finished at or after
    QDateTime to;   ///< finished before
    QString client;
    QString workflow;  ///< part of the workflow name, or its hash
    QString errorText; ///< part of the error text
    int limit = 10000;
    int offset = 0; ///< skip this many of the newest matches (pages)
};

/// A page of matches and how many match in all (JobStore::readPage()).
struct JobPage
{
    QList<StoredJob> jobs;
    qint64 total = -1; ///< all matches (-1: not counted)
    QString error;     ///< readable; empty when the read worked
};

/*!
 * The fleet's memory: finished jobs, health samples every 10 s and alerts in one SQLite file
 * that a person can query with the sqlite3 shell (see README, "Job database").
 *
 * Only the thread that owns the store talks to it; writes are queued and written in batches by
 * a worker thread with its own connection (WAL mode), so the GUI never waits for the disk.
 * Reads (query(), trends) use a second, read-only connection on the calling thread.
 *
 * One writer at a time: a lock file beside the database (`PATH.lock`) keeps a second station
 * out with a clear message. A file that is not a database, or fails SQLite's check, is renamed
 * aside (`PATH.corrupt-YYYYMMDD-HHMMSS`) and a fresh one is started — never deleted.
 */
class JobStore : public QObject
{
    Q_OBJECT
public:
    static constexpr int SchemaVersion = 3;
    /// Where trend() reads jobs from: the hourly totals the database keeps (`job_hours`,
    /// `job_hour_runs`, `sample_hours`: fast, whole hours only) or the rows themselves.
    enum class TrendSource { Auto, Rows };
    /// `QStandardPaths::AppDataLocation`/jobs.sqlite
    static QString defaultPath();
    /// Open (creating when needed) the database at `path`. nullptr with `error` set when it cannot
    /// be used (in use by another station, newer schema, unwritable place).
    static std::unique_ptr<JobStore> open(const QString &path, QString *error);
    ~JobStore() override;

    QString path() const { return m_path; }
    /// Set when an unreadable file was renamed aside at open: a sentence naming the backup.
    QString notice() const { return m_notice; }
    QString backupPath() const { return m_backupPath; }

    /// Record every server of the fleet, present and future: finished jobs (live and from
    /// /history on every (re)connect), a health sample every 10 s, and the engine's alerts.
    void attach(FleetModel *fleet);
    /// Record one session under `serverName` (the viewer's single server).
    void attachSession(const QString &serverName, Session *session);
    /// How often each server is sampled (default 10 000 ms).
    void setSampleInterval(int ms);

    void recordJob(const StoredJob &job);
    /// Merge: what is known better fills in (live, then /history). Keep: a job already stored
    /// is left as it is (the short records of /api/jobs).
    enum class WhenStored { Merge, Keep };
    void recordJob(const StoredJob &job, WhenStored whenStored);
    /// How many of the newest /history entries are read on every (re)connect (default 1000).
    /// When that read is full and the server has /api/jobs (v0.6.0+), the finished jobs it lists
    /// beyond are stored too, with outcome, times and error text (up to the 10 000 a server keeps).
    void setHistoryReadLimit(int entries);
    void recordSample(const ServerSample &sample);
    void recordAlert(const Alert &alert);

    /// Keep `days` of history (0 = forever) and at most `maxBytes` of data (0 = no cap);
    /// applied now and hourly.
    void setRetention(int days, qint64 maxBytes);
    int retentionDays() const { return m_retentionDays; }
    qint64 retentionBytes() const { return m_retentionBytes; }
    /// Wait until every queued write is on disk (any thread).
    void flush();
    /// Writes queued and not yet on disk (any thread).
    qint64 pendingWrites() const;

    // --- reading (calling thread, read connection) -------------------------------------------
    QList<StoredJob> query(const JobQuery &q) const;
    /// How many stored jobs match `q` (its limit and offset do not count).
    qint64 count(const JobQuery &q) const;
    /// query() and count() on a connection of its own, opened and closed for the call: safe on
    /// any thread (e.g. a worker, so a search never waits on the GUI thread).
    static JobPage readPage(const QString &path, const JobQuery &q, bool withCount = true);
    qint64 jobCount() const;
    QList<ServerSample> samples(const QString &server, const QDateTime &from,
                                const QDateTime &to) const;
    QStringList serverNames() const;
    /// Jobs and samples of `server` (empty: the whole fleet) in buckets of `bucketSeconds`
    /// from `from` to `to`; every bucket is there, empty ones too. When `from` and the bucket
    /// are whole hours the hourly totals are read (as fast for 100 000 jobs as for 100): counts
    /// are exact, p50/p95 are the mean run time of the 15 %-wide run-time bin the percentile
    /// falls in (exact when that bin holds one distinct value). Otherwise the rows are read.
    QList<TrendBucket> trend(const QString &server, const QDateTime &from, const QDateTime &to,
                             int bucketSeconds, TrendSource source = TrendSource::Auto) const;
    /// The stored workflow for a hash (empty when unknown).
    QJsonObject workflow(const QString &hash) const;
    /// Bytes the data takes in the file (pages in use).
    qint64 dataBytes() const;
    /// The read connection's name (for QSqlQuery on it; same thread only).
    QString readConnection() const { return m_readConn; }

Q_SIGNALS:
    /// Emitted first thing in the destructor (on the owner's thread): whoever feeds the store
    /// from another thread stops now.
    void aboutToClose();
    /// A write failed (disk full, file removed); the message is readable.
    void writeError(const QString &message);

private:
    explicit JobStore(const QString &path);
    bool start(QString *error);
    void watch(FleetServer *server);
    void watchSession(const QString &name, Session *session, QObject *context);
    void sampleAll();
    void readJobsApi(Client *client, const std::function<QString()> &serverName,
                     const QSet<QString> &seen, int offset);
    void trendFromHours(const QString &server, qint64 from, qint64 to, qint64 bucketMs,
                        QList<TrendBucket> &out) const;

    class Writer;
    QString m_path;
    QString m_notice;
    QString m_backupPath;
    QString m_readConn;
    std::unique_ptr<Writer> m_writer;
    QPointer<FleetModel> m_fleet;
    QList<QPair<QString, QPointer<Session>>> m_sessions;
    QTimer m_sampleTimer;
    QTimer m_retentionTimer;
    int m_retentionDays = 90;
    int m_historyLimit = 1000;
    qint64 m_retentionBytes = 0;
    /// server → prompt → node → (started ms, ended ms), from live `executing` events
    QHash<QString, QHash<QString, QList<QPair<QString, qint64>>>> m_nodeTimes;
};

} // namespace ComfyScope

namespace ComfyScope {
/*!
 * Fill `store` with `days` of made-up history for `servers`, ending at `end`: jobs (a daily
 * rhythm, each server its own load, failure rate and run time, one that fails often) and a
 * health sample every `sampleSeconds`. For the demo (`--demo-history`) and the benchmarks.
 * Returns the number of jobs written (queued; flush() to wait for them). `progress` (optional)
 * is called now and then with the share done (0..1); returning false stops the seeding. Any
 * thread may seed: the writes are queued to the writer thread.
 */
int seedSimulatedHistory(JobStore *store, const QStringList &servers, int days,
                         const QDateTime &end = QDateTime::currentDateTimeUtc(),
                         int sampleSeconds = 60, quint32 seed = 1,
                         const std::function<bool(double)> &progress = {});

} // namespace ComfyScope
