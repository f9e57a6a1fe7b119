// SPDX-License-Identifier: MIT
// The job database's read side: queries, samples, trends.
#include <comfyscope/fleet/jobstore.h>

#include "jobstore_p.h"

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
#include <QtCore/QUuid>
#include <QtCore/QWaitCondition>
#include <QtSql/QSqlDatabase>
#include <QtSql/QSqlError>
#include <QtSql/QSqlQuery>

#include <algorithm>
#include <cmath>
#include <deque>
#include <functional>

using namespace Qt::StringLiterals;

namespace ComfyScope {

using namespace JobStoreSql;

namespace {
// WHERE clause (after "WHERE 1") and its bound values for a query.
QString whereOf(const JobQuery &f, QVariantList *binds)
{
    QString sql;
    auto in = [&](const char *col, const QStringList &values) {
        if (values.isEmpty())
            return;
        QStringList marks;
        for (const QString &v : values) {
            marks << u"?"_s;
            *binds << v;
        }
        sql += u" AND %1 IN (%2)"_s.arg(QLatin1String(col), marks.join(u','));
    };
    in("server", f.servers);
    in("outcome", f.outcomes);
    if (f.from.isValid()) {
        sql += u" AND finished_at >= ?"_s;
        *binds << ms(f.from);
    }
    if (f.to.isValid()) {
        sql += u" AND finished_at < ?"_s;
        *binds << ms(f.to);
    }
    // LIKE with the user's text taken literally (% and _ are not wildcards).
    auto like = [](const QString &text) {
        QString t = text;
        t.replace(u"\\"_s, u"\\\\"_s).replace(u"%"_s, u"\\%"_s).replace(u"_"_s, u"\\_"_s);
        return QVariant(u"%"_s + t + u"%"_s);
    };
    if (!f.client.isEmpty()) {
        sql += u" AND client_id LIKE ? ESCAPE '\\'"_s;
        *binds << like(f.client);
    }
    if (!f.workflow.isEmpty()) {
        sql += u" AND (workflow_name LIKE ? ESCAPE '\\' OR workflow_hash = ?)"_s;
        *binds << like(f.workflow) << QVariant(f.workflow);
    }
    if (!f.errorText.isEmpty()) {
        sql += u" AND error_text LIKE ? ESCAPE '\\'"_s;
        *binds << like(f.errorText);
    }
    return sql;
}

QList<StoredJob> queryOn(QSqlDatabase db, const JobQuery &f, QString *error)
{
    QVariantList binds;
    QString sql = u"SELECT server, prompt_id, client_id, workflow_name, workflow_hash, queued_at, "
                  "started_at, finished_at, outcome, error_text, node_durations, outputs, own, "
                  "relayed FROM jobs WHERE 1"_s
                  + whereOf(f, &binds);
    sql += u" ORDER BY finished_at DESC, id DESC LIMIT %1 OFFSET %2"_s.arg(qMax(1, f.limit))
               .arg(qMax(0, f.offset));
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant &b : std::as_const(binds))
        q.addBindValue(b);
    QList<StoredJob> out;
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return out;
    }
    while (q.next()) {
        StoredJob j;
        j.server = q.value(0).toString();
        j.promptId = q.value(1).toString();
        j.clientId = q.value(2).toString();
        j.workflowName = q.value(3).toString();
        j.workflowHash = q.value(4).toString();
        j.queuedAt = fromMs(q.value(5));
        j.startedAt = fromMs(q.value(6));
        j.finishedAt = fromMs(q.value(7));
        j.outcome = q.value(8).toString();
        j.errorText = q.value(9).toString();
        j.nodeDurations = QJsonDocument::fromJson(q.value(10).toString().toUtf8()).object();
        j.outputs = QJsonDocument::fromJson(q.value(11).toString().toUtf8()).array();
        j.own = q.value(12).toInt() != 0;
        j.relayed = q.value(13).toInt() != 0;
        out.append(j);
    }
    return out;
}

qint64 countOn(QSqlDatabase db, const JobQuery &f, QString *error)
{
    QVariantList binds;
    const QString sql = u"SELECT count(*) FROM jobs WHERE 1"_s + whereOf(f, &binds);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant &b : std::as_const(binds))
        q.addBindValue(b);
    if (!q.exec() || !q.next()) {
        if (error)
            *error = q.lastError().text();
        return -1;
    }
    return q.value(0).toLongLong();
}
} // namespace

QList<StoredJob> JobStore::query(const JobQuery &f) const
{
    return queryOn(QSqlDatabase::database(m_readConn, false), f, nullptr);
}

qint64 JobStore::count(const JobQuery &f) const
{
    return countOn(QSqlDatabase::database(m_readConn, false), f, nullptr);
}

JobPage JobStore::readPage(const QString &path, const JobQuery &f, bool withCount)
{
    JobPage page;
    const QString conn = u"comfyscope-jobstore-page-"_s
                         + QUuid::createUuid().toString(QUuid::WithoutBraces);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, conn);
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"_s);
        if (!QFileInfo::exists(path) || !db.open()) {
            page.error = QCoreApplication::translate("ComfyScope",
                                                     "Cannot open the job database %1: %2")
                             .arg(path, db.lastError().text());
        } else {
            page.jobs = queryOn(db, f, &page.error);
            if (withCount && page.error.isEmpty())
                page.total = countOn(db, f, &page.error);
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(conn);
    return page;
}

qint64 JobStore::jobCount() const
{
    QSqlDatabase db = QSqlDatabase::database(m_readConn, false);
    return scalar(db, u"SELECT count(*) FROM jobs"_s).toLongLong();
}

QList<ServerSample> JobStore::samples(const QString &server, const QDateTime &from,
                                      const QDateTime &to) const
{
    QSqlDatabase db = QSqlDatabase::database(m_readConn, false);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT server, time, up, queue_depth, vram_percent, ram_percent, gpu_load FROM "
              "server_samples WHERE (coalesce(?, '') = '' OR server = ?) AND time >= ? AND time < "
              "? ORDER BY "
              "time"_s);
    q.addBindValue(server);
    q.addBindValue(server);
    q.addBindValue(ms(from));
    q.addBindValue(to.isValid() ? ms(to) : std::numeric_limits<qint64>::max());
    QList<ServerSample> out;
    if (!q.exec())
        return out;
    while (q.next()) {
        ServerSample s;
        s.server = q.value(0).toString();
        s.time = fromMs(q.value(1));
        s.up = q.value(2).toInt() != 0;
        s.queueDepth = q.value(3).isNull() ? -1 : q.value(3).toInt();
        s.vramPercent = q.value(4).isNull() ? -1 : q.value(4).toDouble();
        s.ramPercent = q.value(5).isNull() ? -1 : q.value(5).toDouble();
        s.gpuLoad = q.value(6).isNull() ? -1 : q.value(6).toDouble();
        out.append(s);
    }
    return out;
}

QStringList JobStore::serverNames() const
{
    QSqlDatabase db = QSqlDatabase::database(m_readConn, false);
    QSqlQuery q(db);
    QStringList out;
    if (q.exec(u"SELECT DISTINCT server FROM jobs UNION SELECT DISTINCT server FROM "
               "server_samples ORDER BY 1"_s))
        while (q.next())
            out << q.value(0).toString();
    return out;
}

QList<TrendBucket> JobStore::trend(const QString &server, const QDateTime &from,
                                   const QDateTime &to, int bucketSeconds, TrendSource source) const
{
    QList<TrendBucket> out;
    const qint64 f = ms(from), t = ms(to), b = qint64(qMax(1, bucketSeconds)) * 1000;
    if (t <= f)
        return out;
    const int n = int((t - f + b - 1) / b);
    out.resize(n);
    for (int i = 0; i < n; ++i)
        out[i].start = QDateTime::fromMSecsSinceEpoch(f + i * b, Qt::UTC);
    QSqlDatabase db = QSqlDatabase::database(m_readConn, false);
    constexpr qint64 hourMs = 3600000;
    if (source == TrendSource::Auto && f % hourMs == 0 && b % hourMs == 0) {
        trendFromHours(server, f, t, b, out);
        return out;
    }
    QList<QList<qint64>> durations(n);
    {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        q.prepare(
            u"SELECT (finished_at - ?) / ?, outcome, finished_at - started_at FROM jobs "
            "WHERE finished_at >= ? AND finished_at < ? AND (coalesce(?, '') = '' OR server = ?)"_s);
        for (const QVariant &v : {QVariant(f), QVariant(b), QVariant(f), QVariant(t),
                                  QVariant(server), QVariant(server)})
            q.addBindValue(v);
        if (!q.exec())
            qWarning("job database: %s", qPrintable(q.lastError().text()));
        else
            while (q.next()) {
                const int i = q.value(0).toInt();
                if (i < 0 || i >= n)
                    continue;
                const QString o = q.value(1).toString();
                TrendBucket &x = out[i];
                if (o == "succeeded"_L1)
                    ++x.succeeded;
                else if (o == "failed"_L1)
                    ++x.failed;
                else if (o == "interrupted"_L1)
                    ++x.interrupted;
                else
                    ++x.other;
                if (!q.value(2).isNull() && q.value(2).toLongLong() >= 0)
                    durations[i].append(q.value(2).toLongLong());
            }
    }
    for (int i = 0; i < n; ++i) {
        QList<qint64> &d = durations[i];
        if (d.isEmpty())
            continue;
        std::sort(d.begin(), d.end());
        auto pct = [&d](double p) {
            return double(d.at(qMin<qsizetype>(d.size() - 1, qsizetype(p * d.size()))));
        };
        out[i].p50Ms = pct(0.5);
        out[i].p95Ms = pct(0.95);
    }
    {
        // Per bucket and server first (mean queue, max VRAM, mean load), then over servers:
        // queue depths add up, VRAM is the highest, load the mean.
        QSqlQuery q(db);
        q.setForwardOnly(true);
        q.prepare(u"SELECT b, sum(qd), max(vr), avg(gl) FROM (SELECT (time - ?) / ? AS b, server, "
                  "avg(queue_depth) AS qd, max(vram_percent) AS vr, avg(gpu_load) AS gl FROM "
                  "server_samples WHERE time >= ? AND time < ? AND (coalesce(?, '') = '' OR server "
                  "= ?) GROUP BY "
                  "b, server) GROUP BY b"_s);
        for (const QVariant &v : {QVariant(f), QVariant(b), QVariant(f), QVariant(t),
                                  QVariant(server), QVariant(server)})
            q.addBindValue(v);
        if (q.exec())
            while (q.next()) {
                const int i = q.value(0).toInt();
                if (i < 0 || i >= n)
                    continue;
                if (!q.value(1).isNull())
                    out[i].queueDepth = q.value(1).toDouble();
                if (!q.value(2).isNull())
                    out[i].vramPercent = q.value(2).toDouble();
                if (!q.value(3).isNull())
                    out[i].gpuLoad = q.value(3).toDouble();
            }
    }
    return out;
}

void JobStore::trendFromHours(const QString &server, qint64 f, qint64 t, qint64 b,
                              QList<TrendBucket> &out) const
{
    // The hourly totals (schema 3), summed into buckets by SQLite: a few rows per bucket.
    QSqlDatabase db = QSqlDatabase::database(m_readConn, false);
    const int n = int(out.size());
    const QString where = server.isEmpty() ? u"hour >= ? AND hour < ?"_s
                                           : u"server = ? AND hour >= ? AND hour < ?"_s;
    auto run = [&](const QString &sql, const std::function<void(QSqlQuery &, int)> &row) {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        q.prepare(sql.arg(where));
        q.addBindValue(f);
        q.addBindValue(b);
        if (!server.isEmpty())
            q.addBindValue(server);
        q.addBindValue(f);
        q.addBindValue(t);
        if (!q.exec()) {
            qWarning("job database: %s", qPrintable(q.lastError().text()));
            return;
        }
        while (q.next()) {
            const int i = q.value(0).toInt();
            if (i >= 0 && i < n)
                row(q, i);
        }
    };
    run(u"SELECT (hour - ?) / ?, sum(succeeded), sum(failed), sum(interrupted), sum(other) "
        "FROM job_hours WHERE %1 GROUP BY 1"_s,
        [&](QSqlQuery &q, int i) {
            out[i].succeeded = q.value(1).toInt();
            out[i].failed = q.value(2).toInt();
            out[i].interrupted = q.value(3).toInt();
            out[i].other = q.value(4).toInt();
        });
    // Percentiles: walk the bins of a bucket in order to the one holding the rank the exact
    // method would take (floor(p × count) of the sorted run times); its mean stands for it.
    struct Bin
    {
        qint64 n;
        double sum;
    };
    QList<QList<Bin>> bins(n);
    run(u"SELECT (hour - ?) / ?, bin, sum(n), sum(sum_ms) FROM job_hour_runs WHERE %1 "
        "GROUP BY 1, 2 HAVING sum(n) > 0 ORDER BY 1, 2"_s,
        [&](QSqlQuery &q, int i) {
            bins[i].append({q.value(2).toLongLong(), q.value(3).toDouble()});
        });
    for (int i = 0; i < n; ++i) {
        qint64 total = 0;
        for (const Bin &x : std::as_const(bins[i]))
            total += x.n;
        if (total == 0)
            continue;
        auto pct = [&](double p) {
            const qint64 rank = qMin(total - 1, qint64(p * double(total)));
            qint64 seen = 0;
            for (const Bin &x : std::as_const(bins[i])) {
                seen += x.n;
                if (seen > rank)
                    return std::round(x.sum / double(x.n));
            }
            return -1.0;
        };
        out[i].p50Ms = pct(0.5);
        out[i].p95Ms = pct(0.95);
    }
    // Samples: per bucket and server first (mean queue, highest VRAM, mean load), then over
    // servers, as the row method does.
    run(u"SELECT bk, sum(qd), max(vr), avg(gl) FROM (SELECT (hour - ?) / ? AS bk, server, "
        "CASE WHEN sum(queue_n) > 0 THEN sum(queue_sum) / sum(queue_n) END AS qd, "
        "max(vram_max) AS vr, CASE WHEN sum(load_n) > 0 THEN sum(load_sum) / sum(load_n) END "
        "AS gl FROM sample_hours WHERE %1 GROUP BY 1, 2) GROUP BY 1"_s,
        [&](QSqlQuery &q, int i) {
            if (!q.value(1).isNull())
                out[i].queueDepth = q.value(1).toDouble();
            if (!q.value(2).isNull())
                out[i].vramPercent = q.value(2).toDouble();
            if (!q.value(3).isNull())
                out[i].gpuLoad = q.value(3).toDouble();
        });
}

QJsonObject JobStore::workflow(const QString &hash) const
{
    QSqlDatabase db = QSqlDatabase::database(m_readConn, false);
    QSqlQuery q(db);
    q.prepare(u"SELECT json FROM workflows WHERE hash = ?"_s);
    q.addBindValue(hash);
    if (q.exec() && q.next())
        return QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
    return {};
}

qint64 JobStore::dataBytes() const
{
    QSqlDatabase db = QSqlDatabase::database(m_readConn, false);
    return (scalar(db, u"PRAGMA page_count"_s).toLongLong()
            - scalar(db, u"PRAGMA freelist_count"_s).toLongLong())
           * scalar(db, u"PRAGMA page_size"_s).toLongLong();
}

} // namespace ComfyScope
