// SPDX-License-Identifier: MIT
#include <comfyscope/fleet/jobstore.h>

#include "jobstore_p.h"
#include "jobstorewriter_p.h"

#include <comfyscope/client.h>
#include <comfyscope/fleet/fleetmodel.h>
#include <comfyscope/fleet/fleetserver.h>
#include <comfyscope/session.h>

#include <QtCore/QCoreApplication>
#include <QtCore/QCryptographicHash>
#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QFileInfo>
#include <QtCore/QJsonDocument>
#include <QtCore/QLockFile>
#include <QtCore/QMutex>
#include <QtCore/QStandardPaths>
#include <QtCore/QThread>
#include <QtCore/QUrlQuery>
#include <QtCore/QUuid>
#include <QtCore/QWaitCondition>
#include <QtSql/QSqlDatabase>
#include <QtSql/QSqlError>
#include <QtSql/QSqlQuery>

#include <algorithm>
#include <deque>
#include <functional>

using namespace Qt::StringLiterals;

namespace ComfyScope {

namespace JobStoreSql {

qint64 ms(const QDateTime &t)
{
    return t.isValid() ? t.toMSecsSinceEpoch() : 0;
}
QVariant msOrNull(const QDateTime &t)
{
    return t.isValid() ? QVariant(t.toMSecsSinceEpoch()) : QVariant(QMetaType(QMetaType::LongLong));
}
QDateTime fromMs(const QVariant &v)
{
    return v.isNull() || v.toLongLong() <= 0
               ? QDateTime()
               : QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}
QVariant textOrNull(const QString &s)
{
    return s.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(s);
}
QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}
QString compact(const QJsonArray &a)
{
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

// Schema, one step per version: a file at version N runs steps N+1.. up to SchemaVersion.
const char *const kMigrations[] = {
    // 1: jobs, samples, alerts
    R"(CREATE TABLE jobs (
        id INTEGER PRIMARY KEY,
        server TEXT NOT NULL,
        prompt_id TEXT NOT NULL,
        client_id TEXT,
        workflow_name TEXT,
        workflow_hash TEXT,
        queued_at INTEGER,
        started_at INTEGER,
        finished_at INTEGER NOT NULL,
        outcome TEXT NOT NULL,
        error_text TEXT,
        node_durations TEXT,
        outputs TEXT,
        own INTEGER NOT NULL DEFAULT 0,
        relayed INTEGER NOT NULL DEFAULT 0,
        UNIQUE(server, prompt_id));
    CREATE INDEX jobs_finished ON jobs(finished_at);
    CREATE INDEX jobs_server_finished ON jobs(server, finished_at);
    CREATE TABLE server_samples (
        server TEXT NOT NULL,
        time INTEGER NOT NULL,
        up INTEGER NOT NULL,
        queue_depth INTEGER,
        vram_percent REAL,
        ram_percent REAL,
        gpu_load REAL);
    CREATE INDEX samples_server_time ON server_samples(server, time);
    CREATE INDEX samples_time ON server_samples(time);
    CREATE TABLE alerts (
        id INTEGER PRIMARY KEY,
        server TEXT NOT NULL,
        rule TEXT NOT NULL,
        message TEXT,
        raised_at INTEGER NOT NULL,
        resolved_at INTEGER);
    CREATE INDEX alerts_raised ON alerts(raised_at);)",
    // 2: workflows kept once per hash (for "queue again")
    R"(CREATE TABLE workflows (
        hash TEXT PRIMARY KEY,
        name TEXT,
        json TEXT NOT NULL,
        last_used INTEGER NOT NULL);)",
    // 3: hourly totals kept by triggers, so a trend over a week reads a few thousand rows
    // however many jobs there are. Run times go into bins 15 % wide (bin 0: under 100 ms)
    // with their count and sum; samples into per-hour sums and the highest VRAM.
    R"(CREATE TABLE run_bins (bin INTEGER PRIMARY KEY, lo INTEGER NOT NULL UNIQUE);
    INSERT INTO run_bins(bin, lo) WITH RECURSIVE b(i, lo) AS (VALUES(0, 0) UNION ALL
        SELECT i + 1, CASE WHEN i = 0 THEN 100 ELSE CAST(lo * 1.15 AS INTEGER) + 1 END
        FROM b WHERE i < 120) SELECT i, lo FROM b;
    CREATE TABLE job_hours (
        server TEXT NOT NULL,
        hour INTEGER NOT NULL,
        succeeded INTEGER NOT NULL DEFAULT 0,
        failed INTEGER NOT NULL DEFAULT 0,
        interrupted INTEGER NOT NULL DEFAULT 0,
        other INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY(server, hour)) WITHOUT ROWID;
    CREATE INDEX job_hours_hour ON job_hours(hour);
    CREATE TABLE job_hour_runs (
        server TEXT NOT NULL,
        hour INTEGER NOT NULL,
        bin INTEGER NOT NULL,
        n INTEGER NOT NULL,
        sum_ms INTEGER NOT NULL,
        PRIMARY KEY(server, hour, bin)) WITHOUT ROWID;
    CREATE INDEX job_hour_runs_hour ON job_hour_runs(hour);
    CREATE TABLE sample_hours (
        server TEXT NOT NULL,
        hour INTEGER NOT NULL,
        queue_n INTEGER NOT NULL DEFAULT 0,
        queue_sum REAL NOT NULL DEFAULT 0,
        vram_max REAL,
        load_n INTEGER NOT NULL DEFAULT 0,
        load_sum REAL NOT NULL DEFAULT 0,
        PRIMARY KEY(server, hour)) WITHOUT ROWID;
    CREATE INDEX sample_hours_hour ON sample_hours(hour);
    CREATE TRIGGER jobs_hours_insert AFTER INSERT ON jobs BEGIN
        INSERT INTO job_hours(server, hour, succeeded, failed, interrupted, other)
        VALUES(NEW.server, NEW.finished_at - NEW.finished_at % 3600000,
               NEW.outcome = 'succeeded', NEW.outcome = 'failed', NEW.outcome = 'interrupted',
               NEW.outcome NOT IN ('succeeded', 'failed', 'interrupted'))
        ON CONFLICT(server, hour) DO UPDATE SET succeeded = succeeded + excluded.succeeded,
            failed = failed + excluded.failed, interrupted = interrupted + excluded.interrupted,
            other = other + excluded.other;
        INSERT INTO job_hour_runs(server, hour, bin, n, sum_ms)
        SELECT NEW.server, NEW.finished_at - NEW.finished_at % 3600000,
            (SELECT bin FROM run_bins WHERE lo <= NEW.finished_at - NEW.started_at
             ORDER BY lo DESC LIMIT 1), 1, NEW.finished_at - NEW.started_at
        WHERE NEW.started_at IS NOT NULL AND NEW.finished_at >= NEW.started_at
        ON CONFLICT(server, hour, bin) DO UPDATE SET n = n + 1, sum_ms = sum_ms + excluded.sum_ms;
    END;
    CREATE TRIGGER jobs_hours_delete AFTER DELETE ON jobs BEGIN
        UPDATE job_hours SET succeeded = succeeded - (OLD.outcome = 'succeeded'),
            failed = failed - (OLD.outcome = 'failed'),
            interrupted = interrupted - (OLD.outcome = 'interrupted'),
            other = other - (OLD.outcome NOT IN ('succeeded', 'failed', 'interrupted'))
        WHERE server = OLD.server AND hour = OLD.finished_at - OLD.finished_at % 3600000;
        UPDATE job_hour_runs SET n = n - 1, sum_ms = sum_ms - (OLD.finished_at - OLD.started_at)
        WHERE OLD.started_at IS NOT NULL AND OLD.finished_at >= OLD.started_at
            AND server = OLD.server AND hour = OLD.finished_at - OLD.finished_at % 3600000
            AND bin = (SELECT bin FROM run_bins WHERE lo <= OLD.finished_at - OLD.started_at
                       ORDER BY lo DESC LIMIT 1);
    END;
    CREATE TRIGGER jobs_hours_update AFTER UPDATE OF server, started_at, finished_at, outcome
    ON jobs WHEN OLD.server IS NOT NEW.server OR OLD.started_at IS NOT NEW.started_at
        OR OLD.finished_at IS NOT NEW.finished_at OR OLD.outcome IS NOT NEW.outcome BEGIN
        UPDATE job_hours SET succeeded = succeeded - (OLD.outcome = 'succeeded'),
            failed = failed - (OLD.outcome = 'failed'),
            interrupted = interrupted - (OLD.outcome = 'interrupted'),
            other = other - (OLD.outcome NOT IN ('succeeded', 'failed', 'interrupted'))
        WHERE server = OLD.server AND hour = OLD.finished_at - OLD.finished_at % 3600000;
        UPDATE job_hour_runs SET n = n - 1, sum_ms = sum_ms - (OLD.finished_at - OLD.started_at)
        WHERE OLD.started_at IS NOT NULL AND OLD.finished_at >= OLD.started_at
            AND server = OLD.server AND hour = OLD.finished_at - OLD.finished_at % 3600000
            AND bin = (SELECT bin FROM run_bins WHERE lo <= OLD.finished_at - OLD.started_at
                       ORDER BY lo DESC LIMIT 1);
        INSERT INTO job_hours(server, hour, succeeded, failed, interrupted, other)
        VALUES(NEW.server, NEW.finished_at - NEW.finished_at % 3600000,
               NEW.outcome = 'succeeded', NEW.outcome = 'failed', NEW.outcome = 'interrupted',
               NEW.outcome NOT IN ('succeeded', 'failed', 'interrupted'))
        ON CONFLICT(server, hour) DO UPDATE SET succeeded = succeeded + excluded.succeeded,
            failed = failed + excluded.failed, interrupted = interrupted + excluded.interrupted,
            other = other + excluded.other;
        INSERT INTO job_hour_runs(server, hour, bin, n, sum_ms)
        SELECT NEW.server, NEW.finished_at - NEW.finished_at % 3600000,
            (SELECT bin FROM run_bins WHERE lo <= NEW.finished_at - NEW.started_at
             ORDER BY lo DESC LIMIT 1), 1, NEW.finished_at - NEW.started_at
        WHERE NEW.started_at IS NOT NULL AND NEW.finished_at >= NEW.started_at
        ON CONFLICT(server, hour, bin) DO UPDATE SET n = n + 1, sum_ms = sum_ms + excluded.sum_ms;
    END;
    CREATE TRIGGER samples_hours_insert AFTER INSERT ON server_samples BEGIN
        INSERT INTO sample_hours(server, hour, queue_n, queue_sum, vram_max, load_n, load_sum)
        VALUES(NEW.server, NEW.time - NEW.time % 3600000, NEW.queue_depth IS NOT NULL,
               coalesce(NEW.queue_depth, 0), NEW.vram_percent, NEW.gpu_load IS NOT NULL,
               coalesce(NEW.gpu_load, 0))
        ON CONFLICT(server, hour) DO UPDATE SET queue_n = queue_n + excluded.queue_n,
            queue_sum = queue_sum + excluded.queue_sum,
            vram_max = CASE WHEN vram_max IS NULL THEN excluded.vram_max
                            WHEN excluded.vram_max IS NULL THEN vram_max
                            ELSE max(vram_max, excluded.vram_max) END,
            load_n = load_n + excluded.load_n, load_sum = load_sum + excluded.load_sum;
    END;
    CREATE TRIGGER samples_hours_delete AFTER DELETE ON server_samples BEGIN
        UPDATE sample_hours SET queue_n = queue_n - (OLD.queue_depth IS NOT NULL),
            queue_sum = queue_sum - coalesce(OLD.queue_depth, 0),
            load_n = load_n - (OLD.gpu_load IS NOT NULL),
            load_sum = load_sum - coalesce(OLD.gpu_load, 0)
        WHERE server = OLD.server AND hour = OLD.time - OLD.time % 3600000;
    END;
    INSERT INTO job_hours(server, hour, succeeded, failed, interrupted, other)
        SELECT server, finished_at - finished_at % 3600000, sum(outcome = 'succeeded'),
            sum(outcome = 'failed'), sum(outcome = 'interrupted'),
            sum(outcome NOT IN ('succeeded', 'failed', 'interrupted'))
        FROM jobs GROUP BY 1, 2;
    INSERT INTO job_hour_runs(server, hour, bin, n, sum_ms)
        SELECT server, h, bin, count(*), sum(d) FROM (SELECT server,
            finished_at - finished_at % 3600000 AS h, finished_at - started_at AS d,
            (SELECT bin FROM run_bins WHERE lo <= finished_at - started_at ORDER BY lo DESC
             LIMIT 1) AS bin FROM jobs
            WHERE started_at IS NOT NULL AND finished_at >= started_at) GROUP BY 1, 2, 3;
    INSERT INTO sample_hours(server, hour, queue_n, queue_sum, vram_max, load_n, load_sum)
        SELECT server, time - time % 3600000, count(queue_depth), coalesce(sum(queue_depth), 0),
            max(vram_percent), count(gpu_load), coalesce(sum(gpu_load), 0)
        FROM server_samples GROUP BY 1, 2;)",
};
static_assert(sizeof(kMigrations) / sizeof(kMigrations[0]) == JobStore::SchemaVersion);

bool exec(QSqlDatabase &db, const QString &sql, QString *error)
{
    // QSqlQuery runs one statement at a time. A trigger's body has statements of its own: a
    // CREATE TRIGGER runs up to its END.
    QStringList statements;
    QString pending;
    for (const QString &piece : sql.split(u';')) {
        pending += piece;
        const QString t = pending.trimmed();
        if (t.startsWith("CREATE TRIGGER"_L1, Qt::CaseInsensitive)
            && !t.endsWith("END"_L1, Qt::CaseInsensitive)) {
            pending += u';';
            continue;
        }
        statements << pending;
        pending.clear();
    }
    for (const QString &s : std::as_const(statements)) {
        if (s.trimmed().isEmpty())
            continue;
        QSqlQuery q(db);
        if (!q.exec(s)) {
            if (error)
                *error = q.lastError().text();
            return false;
        }
    }
    return true;
}

QVariant scalar(QSqlDatabase &db, const QString &sql, bool *ok)
{
    QSqlQuery q(db);
    const bool good = q.exec(sql) && q.next();
    if (ok)
        *ok = good;
    return good ? q.value(0) : QVariant();
}

// Prepared statements of the writer thread's connection, prepared once (the worker is the only
// thread that uses them; cleared before its connection closes).
thread_local QHash<QString, QSqlQuery *> *t_prepared = nullptr;

QSqlQuery &prepared(QSqlDatabase &db, const QString &sql)
{
    if (!t_prepared)
        t_prepared = new QHash<QString, QSqlQuery *>;
    QSqlQuery *&q = (*t_prepared)[sql];
    if (!q) {
        q = new QSqlQuery(db);
        q->prepare(sql);
    }
    return *q;
}

void clearPrepared()
{
    if (t_prepared)
        qDeleteAll(*t_prepared);
    delete t_prepared;
    t_prepared = nullptr;
}

} // namespace JobStoreSql

using namespace JobStoreSql;

// ---------------------------------------------------------------------------------------------
// StoredJob

QString StoredJob::hashWorkflow(const QJsonObject &workflow)
{
    if (workflow.isEmpty())
        return {};
    // QJsonObject keeps its keys sorted, so the compact form is canonical.
    return QString::fromLatin1(
        QCryptographicHash::hash(QJsonDocument(workflow).toJson(QJsonDocument::Compact),
                                 QCryptographicHash::Sha1)
            .toHex()
            .left(16));
}

StoredJob StoredJob::fromJob(const QString &server, const Job &job,
                             const QJsonObject &nodeDurations)
{
    StoredJob s;
    s.server = server;
    s.promptId = job.promptId;
    s.clientId = job.clientId;
    s.workflow = job.workflow;
    s.workflowHash = hashWorkflow(job.workflow);
    // The workflow's name without the prompt id (jobs are grouped by it), else the short id.
    s.workflowName = job.workflowName().isEmpty() ? job.displayName() : job.workflowName();
    s.queuedAt = job.queuedAt;
    s.startedAt = job.startedAt;
    s.finishedAt = job.finishedAt.isValid() ? job.finishedAt : QDateTime::currentDateTimeUtc();
    s.outcome = jobStateName(job.state);
    s.errorText = job.errorText();
    s.nodeDurations = nodeDurations;
    for (auto it = job.nodeOutputs.cbegin(); it != job.nodeOutputs.cend(); ++it)
        for (const ImageRef &r : it.value()) {
            QJsonObject o = r.toJson();
            o.insert("node"_L1, it.key());
            s.outputs.append(o);
        }
    if (s.outputs.isEmpty())
        for (const ImageRef &r : job.outputs)
            s.outputs.append(r.toJson());
    s.own = job.own;
    s.relayed = !job.own && job.liveDetail;
    return s;
}

std::optional<StoredJob> StoredJob::fromHistory(const QString &server, const HistoryEntry &e)
{
    Job j;
    j.promptId = e.promptId;
    switch (e.outcome()) {
    case HistoryEntry::Outcome::Succeeded:
        j.state = Job::State::Succeeded;
        break;
    case HistoryEntry::Outcome::Failed:
        j.state = Job::State::Failed;
        break;
    case HistoryEntry::Outcome::Interrupted:
        j.state = Job::State::Interrupted;
        break;
    case HistoryEntry::Outcome::Unknown:
        return std::nullopt;
    }
    j.clientId = e.prompt.clientId();
    j.workflow = e.prompt.prompt;
    if (e.prompt.createTime() > 0)
        j.queuedAt = QDateTime::fromMSecsSinceEpoch(e.prompt.createTime(), Qt::UTC);
    if (e.startTimestamp() > 0)
        j.startedAt = QDateTime::fromMSecsSinceEpoch(e.startTimestamp(), Qt::UTC);
    if (e.endTimestamp() > 0)
        j.finishedAt = QDateTime::fromMSecsSinceEpoch(e.endTimestamp(), Qt::UTC);
    j.error = e.error();
    j.interruption = e.interruption();
    for (const NodeOutput &o : e.outputs)
        for (const ImageRef &r : o.images)
            j.addOutput(o.nodeId, r);
    StoredJob s = fromJob(server, j);
    s.own = false; // decided by whoever saw it live; the merge keeps a stored 1
    return s;
}

// ---------------------------------------------------------------------------------------------

namespace {
// The lock file of each open store, by database path (one per process too).
QHash<QString, QLockFile *> &locks()
{
    static QHash<QString, QLockFile *> l;
    return l;
}
} // namespace

QString JobStore::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/jobs.sqlite"_s;
}

JobStore::JobStore(const QString &path)
    : m_path(path)
    , m_readConn(u"comfyscope-jobstore-r-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    m_sampleTimer.setInterval(10000);
    connect(&m_sampleTimer, &QTimer::timeout, this, &JobStore::sampleAll);
    m_retentionTimer.setInterval(3600 * 1000);
    connect(&m_retentionTimer, &QTimer::timeout, this,
            [this] { setRetention(m_retentionDays, m_retentionBytes); });
}

JobStore::~JobStore()
{
    Q_EMIT aboutToClose();
    if (m_writer)
        m_writer->stop();
    if (QSqlDatabase::contains(m_readConn)) {
        {
            QSqlDatabase r = QSqlDatabase::database(m_readConn, false);
            r.close();
        }
        QSqlDatabase::removeDatabase(m_readConn);
    }
    if (QLockFile *l = locks().take(QFileInfo(m_path).absoluteFilePath())) {
        l->unlock();
        delete l;
    }
}

std::unique_ptr<JobStore> JobStore::open(const QString &path, QString *error)
{
    QString dummy;
    if (!error)
        error = &dummy;
    if (path.isEmpty()) {
        *error = QCoreApplication::translate("ComfyScope", "No job database file given.");
        return nullptr;
    }
    if (!QSqlDatabase::isDriverAvailable(u"QSQLITE"_s)) {
        *error = QCoreApplication::translate(
            "ComfyScope", "The Qt SQLite driver is missing (package libqt6sql6-sqlite); "
                          "the job database is off.");
        return nullptr;
    }
    const QFileInfo fi(path);
    if (fi.isDir()) {
        *error = QCoreApplication::translate("ComfyScope",
                                             "The job database %1 is a folder, not a file.")
                     .arg(path);
        return nullptr;
    }
    if (!QDir().mkpath(fi.absolutePath())) {
        *error = QCoreApplication::translate("ComfyScope",
                                             "Cannot create the folder %1 for the job database.")
                     .arg(fi.absolutePath());
        return nullptr;
    }
    const QString abs = fi.absoluteFilePath();
    if (locks().contains(abs)) {
        *error = QCoreApplication::translate("ComfyScope",
                                             "The job database %1 is already open in this program.")
                     .arg(path);
        return nullptr;
    }
    auto lock = std::make_unique<QLockFile>(abs + u".lock"_s);
    lock->setStaleLockTime(0); // stale only when its process is gone
    if (!lock->tryLock(0)) {
        if (lock->error() == QLockFile::LockFailedError) {
            qint64 pid = 0;
            QString host, app;
            lock->getLockInfo(&pid, &host, &app);
            *error = QCoreApplication::translate(
                         "ComfyScope",
                         "The job database %1 is in use by another ComfyScope (process %2 on %3). "
                         "Only one station can write to it; use --db to choose another file.")
                         .arg(path)
                         .arg(pid)
                         .arg(host);
        } else {
            *error = QCoreApplication::translate(
                         "ComfyScope",
                         "Cannot create the lock file %1.lock beside the job database.")
                         .arg(path);
        }
        return nullptr;
    }

    std::unique_ptr<JobStore> store(new JobStore(abs));
    locks().insert(abs, lock.release());
    if (!store->start(error))
        return nullptr;
    return store;
}

bool JobStore::start(QString *error)
{
    auto check = [](QSqlDatabase &db, QString *why) -> int {
        // -1 unreadable (corrupt / not a database), else the schema version.
        bool ok = false;
        const QVariant v = scalar(db, u"PRAGMA user_version"_s, &ok);
        if (!ok) {
            *why = db.lastError().text();
            return -1;
        }
        const QString qc = scalar(db, u"PRAGMA quick_check"_s, &ok).toString();
        if (!ok || qc != "ok"_L1) {
            *why = ok ? qc : db.lastError().text();
            return -1;
        }
        return v.toInt();
    };

    for (int attempt = 0; attempt < 2; ++attempt) {
        m_writer = std::make_unique<Writer>(m_path);
        QString why;
        if (!m_writer->openConnection(&why)) {
            *error = QCoreApplication::translate("ComfyScope",
                                                 "Cannot open the job database %1: %2")
                         .arg(m_path, why);
            m_writer->closeConnection();
            return false;
        }
        QSqlDatabase db = m_writer->db();
        const int version = check(db, &why);
        if (version < 0) {
            db = QSqlDatabase();
            m_writer->closeConnection();
            m_writer.reset();
            if (attempt > 0) {
                *error = QCoreApplication::translate("ComfyScope",
                                                     "Cannot use the job database %1: %2")
                             .arg(m_path, why);
                return false;
            }
            // Rename the file (and its WAL/SHM) aside; never delete it.
            const QString stamp = QDateTime::currentDateTimeUtc().toString(u"yyyyMMdd-HHmmss"_s);
            QString backup = m_path + u".corrupt-"_s + stamp;
            for (int n = 2; QFile::exists(backup); ++n)
                backup = m_path + u".corrupt-"_s + stamp + u"-"_s + QString::number(n);
            why = why.section(u'\n', 0, 0).trimmed();
            if (!QFile::rename(m_path, backup)) {
                *error = QCoreApplication::translate(
                             "ComfyScope",
                             "The job database %1 is unreadable (%2) and could not be renamed "
                             "aside; it was left as it is.")
                             .arg(m_path, why);
                return false;
            }
            for (const char *ext : {"-wal", "-shm"}) {
                const QString side = m_path + QLatin1String(ext);
                if (QFile::exists(side))
                    QFile::rename(side, backup + QLatin1String(ext));
            }
            m_backupPath = backup;
            m_notice = QCoreApplication::translate(
                           "ComfyScope",
                           "The job database %1 was unreadable (%2). It was kept as %3 and a new "
                           "one was started.")
                           .arg(m_path, why, backup);
            continue;
        }
        if (version > SchemaVersion) {
            *error = QCoreApplication::translate(
                         "ComfyScope",
                         "The job database %1 was written by a newer ComfyScope (schema %2, this "
                         "one knows %3); it was left as it is.")
                         .arg(m_path)
                         .arg(version)
                         .arg(SchemaVersion);
            db = QSqlDatabase();
            m_writer->closeConnection();
            m_writer.reset();
            return false;
        }
        if (!exec(db, u"PRAGMA journal_mode=WAL"_s, &why)
            || !exec(db, u"PRAGMA synchronous=NORMAL"_s, &why)) {
            *error = QCoreApplication::translate("ComfyScope", "Cannot use the job database %1: %2")
                         .arg(m_path, why);
            return false;
        }
        if (version == 0)
            exec(db, u"PRAGMA auto_vacuum=INCREMENTAL"_s, nullptr); // before the first table
        for (int v = version; v < SchemaVersion; ++v) {
            if (!exec(db, u"BEGIN IMMEDIATE"_s, &why)
                || !exec(db, QString::fromLatin1(kMigrations[v]), &why)
                || !exec(db, u"PRAGMA user_version=%1"_s.arg(v + 1), &why) || !db.commit()) {
                db.rollback();
                *error = QCoreApplication::translate(
                             "ComfyScope", "Cannot update the job database %1 to schema %2: %3")
                             .arg(m_path)
                             .arg(v + 1)
                             .arg(why);
                return false;
            }
        }
        break;
    }

    QSqlDatabase r = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_readConn);
    r.setDatabaseName(m_path);
    r.setConnectOptions(u"QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"_s);
    if (!r.open()) {
        *error = QCoreApplication::translate("ComfyScope", "Cannot open the job database %1: %2")
                     .arg(m_path, r.lastError().text());
        return false;
    }
    m_writer->closeConnection();
    m_writer->start(this);
    m_retentionTimer.start();
    return true;
}

// --- writing -------------------------------------------------------------------------------

void JobStore::recordJob(const StoredJob &j)
{
    recordJob(j, WhenStored::Merge);
}

void JobStore::recordJob(const StoredJob &j, WhenStored whenStored)
{
    const bool keep = whenStored == WhenStored::Keep;
    m_writer->enqueue([j, keep](QSqlDatabase &db, QString *error) {
        if (!j.workflow.isEmpty()) {
            QSqlQuery &w = prepared(
                db,
                u"INSERT INTO workflows(hash, name, json, last_used) VALUES(?,?,?,?) "
                "ON CONFLICT(hash) DO UPDATE SET last_used=max(last_used, excluded.last_used)"_s);
            w.addBindValue(j.workflowHash);
            w.addBindValue(j.workflowName);
            w.addBindValue(compact(j.workflow));
            w.addBindValue(ms(j.finishedAt));
            if (!w.exec()) {
                *error = w.lastError().text();
                return false;
            }
        }
        // Seen again (live, then /history after a reconnect): the row is kept and only what
        // is known better fills in. An outcome is never replaced by "lost".
        if (keep) {
            // A job already stored (live, or from /history) is known better: leave it.
            QSqlQuery &e = prepared(db, u"SELECT 1 FROM jobs WHERE server=? AND prompt_id=?"_s);
            e.addBindValue(j.server);
            e.addBindValue(j.promptId);
            if (!e.exec()) {
                *error = e.lastError().text();
                return false;
            }
            const bool stored = e.next();
            e.finish();
            if (stored)
                return true;
        }
        QSqlQuery &q = prepared(
            db, uR"(INSERT INTO jobs(server, prompt_id, client_id, workflow_name, workflow_hash,
                queued_at, started_at, finished_at, outcome, error_text, node_durations, outputs,
                own, relayed) VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?)
            ON CONFLICT(server, prompt_id) DO UPDATE SET
                client_id = coalesce(excluded.client_id, client_id),
                workflow_name = coalesce(excluded.workflow_name, workflow_name),
                workflow_hash = coalesce(excluded.workflow_hash, workflow_hash),
                queued_at = coalesce(queued_at, excluded.queued_at),
                started_at = coalesce(started_at, excluded.started_at),
                finished_at = CASE WHEN outcome = 'lost' THEN excluded.finished_at
                                   ELSE finished_at END,
                outcome = CASE WHEN excluded.outcome = 'lost' THEN outcome
                               ELSE excluded.outcome END,
                error_text = CASE WHEN excluded.outcome = 'lost' THEN error_text
                                  ELSE coalesce(excluded.error_text, error_text) END,
                node_durations = coalesce(node_durations, excluded.node_durations),
                outputs = coalesce(excluded.outputs, outputs),
                own = max(own, excluded.own),
                relayed = max(relayed, excluded.relayed))"_s);
        q.addBindValue(j.server);
        q.addBindValue(j.promptId);
        q.addBindValue(textOrNull(j.clientId));
        q.addBindValue(textOrNull(j.workflowName));
        q.addBindValue(textOrNull(j.workflowHash));
        q.addBindValue(msOrNull(j.queuedAt));
        q.addBindValue(msOrNull(j.startedAt));
        q.addBindValue(ms(j.finishedAt));
        q.addBindValue(j.outcome);
        q.addBindValue(textOrNull(j.errorText));
        q.addBindValue(j.nodeDurations.isEmpty() ? QVariant(QMetaType(QMetaType::QString))
                                                 : QVariant(compact(j.nodeDurations)));
        q.addBindValue(j.outputs.isEmpty() ? QVariant(QMetaType(QMetaType::QString))
                                           : QVariant(compact(j.outputs)));
        q.addBindValue(j.own ? 1 : 0);
        q.addBindValue(j.relayed ? 1 : 0);
        if (!q.exec()) {
            *error = q.lastError().text();
            return false;
        }
        return true;
    });
}

void JobStore::recordSample(const ServerSample &s)
{
    m_writer->enqueue([s](QSqlDatabase &db, QString *error) {
        QSqlQuery &q = prepared(
            db, u"INSERT INTO server_samples(server, time, up, queue_depth, vram_percent, "
                "ram_percent, gpu_load) VALUES(?,?,?,?,?,?,?)"_s);
        auto num = [](double v) {
            return v < 0 ? QVariant(QMetaType(QMetaType::Double)) : QVariant(v);
        };
        q.addBindValue(s.server);
        q.addBindValue(ms(s.time));
        q.addBindValue(s.up ? 1 : 0);
        q.addBindValue(s.queueDepth < 0 ? QVariant(QMetaType(QMetaType::Int))
                                        : QVariant(s.queueDepth));
        q.addBindValue(num(s.vramPercent));
        q.addBindValue(num(s.ramPercent));
        q.addBindValue(num(s.gpuLoad));
        if (!q.exec()) {
            *error = q.lastError().text();
            return false;
        }
        return true;
    });
}

void JobStore::recordAlert(const Alert &a)
{
    m_writer->enqueue([a](QSqlDatabase &db, QString *error) {
        QSqlQuery q(db);
        if (a.resolvedAt.isValid()) {
            q.prepare(
                u"UPDATE alerts SET resolved_at=? WHERE server=? AND rule=? AND raised_at=?"_s);
            q.addBindValue(ms(a.resolvedAt));
            q.addBindValue(a.serverName);
            q.addBindValue(AlertRules::key(a.rule));
            q.addBindValue(ms(a.raisedAt));
            if (q.exec() && q.numRowsAffected() > 0)
                return true;
            q = QSqlQuery(db);
        }
        q.prepare(u"INSERT INTO alerts(server, rule, message, raised_at, resolved_at) "
                  "VALUES(?,?,?,?,?)"_s);
        q.addBindValue(a.serverName);
        q.addBindValue(AlertRules::key(a.rule));
        q.addBindValue(a.message);
        q.addBindValue(ms(a.raisedAt));
        q.addBindValue(msOrNull(a.resolvedAt));
        if (!q.exec()) {
            *error = q.lastError().text();
            return false;
        }
        return true;
    });
}

void JobStore::flush()
{
    m_writer->flush();
}

qint64 JobStore::pendingWrites() const
{
    QMutexLocker l(&m_writer->mutex);
    return qint64(m_writer->queued - m_writer->written);
}

void JobStore::setRetention(int days, qint64 maxBytes)
{
    m_retentionDays = qMax(0, days);
    m_retentionBytes = qMax<qint64>(0, maxBytes);
    const qint64 cutoff = days > 0
                              ? QDateTime::currentDateTimeUtc().addDays(-days).toMSecsSinceEpoch()
                              : 0;
    m_writer->enqueue([cutoff, maxBytes](QSqlDatabase &db, QString *error) {
        if (cutoff > 0) {
            for (const char *sql : {"DELETE FROM jobs WHERE finished_at < ?",
                                    "DELETE FROM server_samples WHERE time < ?",
                                    "DELETE FROM alerts WHERE raised_at < ?",
                                    "DELETE FROM workflows WHERE last_used < ?"}) {
                QSqlQuery q(db);
                q.prepare(QString::fromLatin1(sql));
                q.addBindValue(cutoff);
                if (!q.exec()) {
                    *error = q.lastError().text();
                    return false;
                }
            }
        }
        if (maxBytes > 0) {
            auto used = [&db] {
                return (scalar(db, u"PRAGMA page_count"_s).toLongLong()
                        - scalar(db, u"PRAGMA freelist_count"_s).toLongLong())
                       * scalar(db, u"PRAGMA page_size"_s).toLongLong();
            };
            // Oldest first, a tenth at a time, until the data fits.
            for (int round = 0; round < 64 && used() > maxBytes; ++round) {
                const qint64 jobs = scalar(db, u"SELECT count(*) FROM jobs"_s).toLongLong();
                const qint64 samples =
                    scalar(db, u"SELECT count(*) FROM server_samples"_s).toLongLong();
                if (jobs == 0 && samples == 0)
                    break;
                QSqlQuery q(db);
                q.exec(u"DELETE FROM jobs WHERE id IN (SELECT id FROM jobs ORDER BY finished_at "
                       "LIMIT %1)"_s.arg(qMax<qint64>(1, jobs / 10)));
                q.exec(
                    u"DELETE FROM server_samples WHERE rowid IN (SELECT rowid FROM "
                    "server_samples ORDER BY time LIMIT %1)"_s.arg(qMax<qint64>(1, samples / 10)));
                q.exec(u"DELETE FROM workflows WHERE hash NOT IN (SELECT workflow_hash FROM jobs "
                       "WHERE workflow_hash IS NOT NULL)"_s);
            }
        }
        // The highest VRAM of an hour cannot be taken back sample by sample: the hour the cut
        // went through (by days, and the oldest left after the size cap) is read again.
        exec(
            db,
            u"UPDATE sample_hours SET vram_max = (SELECT max(s.vram_percent) FROM server_samples s "
            "WHERE s.server = sample_hours.server AND s.time >= sample_hours.hour AND s.time < "
            "sample_hours.hour + 3600000) WHERE hour <= (SELECT min(time) - min(time) % 3600000 "
            "FROM server_samples)"_s,
            nullptr);
        // Hours whose jobs and samples are all gone.
        exec(db,
             u"DELETE FROM job_hours WHERE succeeded + failed + interrupted + other <= 0;"
             "DELETE FROM job_hour_runs WHERE n <= 0;"
             "DELETE FROM sample_hours WHERE queue_n <= 0 AND load_n <= 0 AND NOT EXISTS (SELECT 1 "
             "FROM server_samples s WHERE s.server = sample_hours.server AND s.time >= "
             "sample_hours.hour AND s.time < sample_hours.hour + 3600000)"_s,
             nullptr);
        exec(db, u"PRAGMA incremental_vacuum"_s, nullptr);
        return true;
    });
}

// --- watching ------------------------------------------------------------------------------

void JobStore::setSampleInterval(int ms)
{
    m_sampleTimer.setInterval(qMax(100, ms));
}

void JobStore::attach(FleetModel *fleet)
{
    m_fleet = fleet;
    for (FleetServer *s : fleet->servers())
        watch(s);
    connect(fleet, &FleetModel::serverAdded, this, &JobStore::watch);
    if (AlertEngine *alerts = fleet->alertEngine()) {
        connect(alerts, &AlertEngine::alertRaised, this, &JobStore::recordAlert);
        connect(alerts, &AlertEngine::alertResolved, this, &JobStore::recordAlert);
    }
    if (!m_sampleTimer.isActive())
        m_sampleTimer.start();
}

void JobStore::watch(FleetServer *server)
{
    watchSession(server->name(), server->session(), server);
}

void JobStore::attachSession(const QString &serverName, Session *session)
{
    watchSession(serverName, session, session);
    m_sessions.append({serverName, session});
    if (!m_sampleTimer.isActive())
        m_sampleTimer.start();
}

void JobStore::watchSession(const QString &name, Session *session, QObject *context)
{
    // The server's name may change (FleetServer::setName): read it when a row is written.
    QPointer<QObject> ctx(context);
    auto serverName = [name, ctx] {
        if (auto *fs = qobject_cast<FleetServer *>(ctx.data()))
            return fs->name();
        return name;
    };
    Client *client = session->client();
    connect(client, &Client::executingReceived, this, [this, serverName](const ExecutingEvent &e) {
        if (e.promptId.isEmpty() || e.isFinished())
            return;
        auto &nodes = m_nodeTimes[serverName()][e.promptId];
        nodes.append({e.node, QDateTime::currentMSecsSinceEpoch()});
    });
    connect(session, &Session::jobFinished, this, [this, serverName](const Job &job) {
        const QString server = serverName();
        QJsonObject durations;
        auto perServer = m_nodeTimes.find(server);
        if (perServer != m_nodeTimes.end()) {
            const auto nodes = perServer->take(job.promptId);
            const qint64 end = ms(job.finishedAt) > 0 ? ms(job.finishedAt)
                                                      : QDateTime::currentMSecsSinceEpoch();
            for (int i = 0; i < nodes.size(); ++i) {
                const qint64 until = i + 1 < nodes.size() ? nodes[i + 1].second : end;
                durations.insert(nodes[i].first, durations.value(nodes[i].first).toInteger()
                                                     + qMax<qint64>(0, until - nodes[i].second));
            }
        }
        recordJob(StoredJob::fromJob(server, job, durations));
    });
    // Every (re)connect: what finished while we were away is in the server's history, and,
    // where the server has /api/jobs (v0.6.0+), in its job list beyond the history read.
    connect(client, &Client::sessionStarted, this, [this, client, serverName] {
        HistoryReply *r = client->fetchHistory(m_historyLimit);
        connect(r, &Reply::finished, this, [this, r, client, serverName] {
            r->deleteLater();
            if (!r->isOk())
                return;
            const QString server = serverName();
            QSet<QString> seen;
            for (const HistoryEntry &e : r->entries()) {
                seen.insert(e.promptId);
                if (auto s = StoredJob::fromHistory(server, e))
                    recordJob(*s);
            }
            // Fewer entries than asked for: the history holds all the server remembers.
            if (r->entries().size() >= m_historyLimit)
                readJobsApi(client, serverName, seen, 0);
        });
    });
}

void JobStore::readJobsApi(Client *client, const std::function<QString()> &serverName,
                           const QSet<QString> &seen, int offset)
{
    constexpr int kPage = 500;
    constexpr int kMaxJobs = 10000; // ComfyUI keeps at most 10 000 history items
    QUrlQuery query;
    // No status filter: v0.8.0 refuses `cancelled` in it (400), v0.33 adds it; the unfinished
    // entries are skipped below.
    query.addQueryItem(u"sort_by"_s, u"created_at"_s);
    query.addQueryItem(u"sort_order"_s, u"desc"_s);
    query.addQueryItem(u"limit"_s, QString::number(kPage));
    query.addQueryItem(u"offset"_s, QString::number(offset));
    QPointer<Client> guard(client);
    JobsReply *r = client->fetchJobs(query);
    connect(r, &Reply::finished, this, [this, r, guard, serverName, seen, offset] {
        r->deleteLater();
        if (!r->isOk())
            return; // no /api/jobs (404 before v0.6.0), or it failed: /history was read
        const QString server = serverName();
        for (const JobInfo &info : r->jobs()) {
            if (info.id.isEmpty() || seen.contains(info.id))
                continue;
            bool known = false;
            Job j;
            j.promptId = info.id;
            j.state = jobStateFromJobsApi(info.status, &known);
            if (!known || !j.isFinished())
                continue;
            if (info.createTime > 0)
                j.queuedAt = QDateTime::fromMSecsSinceEpoch(info.createTime, Qt::UTC);
            if (info.executionStartTime > 0)
                j.startedAt = QDateTime::fromMSecsSinceEpoch(info.executionStartTime, Qt::UTC);
            if (info.executionEndTime > 0)
                j.finishedAt = QDateTime::fromMSecsSinceEpoch(info.executionEndTime, Qt::UTC);
            StoredJob s = StoredJob::fromJob(server, j);
            const QJsonObject err = info.raw.value("execution_error"_L1).toObject();
            if (s.errorText.isEmpty() && !err.isEmpty())
                s.errorText = err.value("exception_message"_L1).toString().trimmed();
            s.own = false;
            recordJob(s, WhenStored::Keep);
        }
        const int next = offset + int(r->jobs().size());
        if (guard && r->hasMore() && !r->jobs().isEmpty() && next < kMaxJobs)
            readJobsApi(guard, serverName, seen, next);
    });
}

void JobStore::setHistoryReadLimit(int entries)
{
    m_historyLimit = qMax(1, entries);
}

void JobStore::sampleAll()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto sample = [&](const QString &name, Session *s) {
        ServerSample x;
        x.server = name;
        x.time = now;
        x.up = s->isUp();
        x.queueDepth = x.up ? s->queueDepth() : -1;
        const ServerHealth h = s->health();
        if (h.isKnown()) {
            x.vramPercent = h.maxVramUsedPercent();
            x.ramPercent = h.ramUsedPercent();
            for (const GpuHealth &g : h.gpus)
                x.gpuLoad = qMax(x.gpuLoad, g.utilization);
        }
        recordSample(x);
    };
    if (m_fleet)
        for (FleetServer *s : m_fleet->servers())
            if (s->isStarted())
                sample(s->name(), s->session());
    for (const auto &[name, session] : std::as_const(m_sessions))
        if (session)
            sample(name, session);
}

// --- reading -------------------------------------------------------------------------------

} // namespace ComfyScope
