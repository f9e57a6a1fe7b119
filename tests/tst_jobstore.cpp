// SPDX-License-Identifier: MIT
// The job database: every job exactly once with its true outcome across station and server
// restarts, retention, a corrupt file, a second writer.
#include <comfyscope/fleet/fleetio.h>
#include <comfyscope/fleet/fleetmodel.h>
#include <comfyscope/fleet/fleetserver.h>
#include <comfyscope/fleet/jobstore.h>
#include <comfyscope/simulator.h>

#include <QtCore/QFile>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QProcess>
#include <QtCore/QTemporaryDir>
#include <QtCore/QThread>
#include <QtSql/QSqlDatabase>
#include <QtSql/QSqlQuery>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

#include <tuple>

using namespace ComfyScope;
using namespace Qt::StringLiterals;

namespace {
QJsonObject node(const QString &cls, const QJsonObject &inputs)
{
    return QJsonObject{{u"class_type"_s, cls}, {u"inputs"_s, inputs}};
}

QJsonObject workflow(int i, bool fail)
{
    QJsonObject wf{
        {u"1"_s,
         node(u"EmptyImage"_s,
              {{u"width"_s, 16}, {u"height"_s, 16}, {u"batch_size"_s, 1}, {u"color"_s, i}})},
        {u"3"_s, node(u"SaveImage"_s, {{u"images"_s, QJsonArray{u"1"_s, 0}},
                                       {u"filename_prefix"_s, u"wf%1"_s.arg(i)}})},
    };
    if (fail)
        wf.insert(u"2"_s, node(u"TestFailNode"_s, {{u"message"_s, u"deliberate failure"_s},
                                                   {u"image"_s, QJsonArray{u"1"_s, 0}}}));
    return wf;
}

QString outcomeOf(const QString &statusStr)
{
    return statusStr == "success"_L1 ? u"succeeded"_s : u"failed"_s;
}

StoredJob synthetic(const QString &server, int i, const QDateTime &finished, int errorBytes = 0)
{
    StoredJob j;
    j.server = server;
    j.promptId = u"p-%1"_s.arg(i);
    j.workflowName = u"synthetic"_s;
    j.startedAt = finished.addSecs(-10);
    j.finishedAt = finished;
    j.outcome = errorBytes ? u"failed"_s : u"succeeded"_s;
    j.errorText = QString(errorBytes, u'x');
    return j;
}
} // namespace

class TestJobStore : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    QString dbPath(const char *name) { return m_dir.filePath(QString::fromLatin1(name)); }

private Q_SLOTS:
    void exactlyOnceAcrossRestarts()
    {
        Simulator sim;
        QVERIFY(sim.listen());
        sim.setStepDelay(1);
        const quint16 port = sim.port();
        QHash<QString, QString> truth; // prompt → outcome
        connect(
            &sim, &Simulator::promptFinished, this,
            [&](const QString &id, const QString &status) { truth.insert(id, outcomeOf(status)); });
        auto queue = [&](int from, int n) {
            QStringList ids;
            for (int i = from; i < from + n; ++i) {
                const QString id = sim.queuePrompt(workflow(i, i % 3 == 0), u"other-client"_s);
                if (id.isEmpty())
                    return QStringList();
                ids << id;
            }
            return ids;
        };
        auto allDone = [&](const QStringList &ids) {
            return QTest::qWaitFor(
                [&] {
                    for (const QString &id : ids)
                        if (!truth.contains(id))
                            return false;
                    return true;
                },
                20000);
        };

        const QString path = dbPath("restarts.sqlite");
        FleetModel fleet;
        ServerProfile p;
        p.address = sim.httpUrl().toString();
        auto *server = new FleetServer(u"gpu-1"_s, p);
        server->client()->setReconnectDelays(50, 200);
        server->client()->setConnectTimeout(2000);
        fleet.addServer(server);

        QStringList all;
        {
            // 1. Live: the station watches while jobs run.
            QString error;
            auto store = JobStore::open(path, &error);
            QVERIFY2(store, qPrintable(error));
            store->attach(&fleet);
            server->start();
            QVERIFY(QTest::qWaitFor([&] { return server->isUp(); }, 10000));
            const QStringList ids = queue(0, 9);
            QCOMPARE(ids.size(), 9);
            all += ids;
            QVERIFY(allDone(ids));
            QVERIFY(QTest::qWaitFor(
                [&] {
                    store->flush();
                    return store->jobCount() == all.size();
                },
                10000));
            // 2. Station stops (store closed, server unwatched) while jobs go on.
            server->stop();
        }
        const QStringList whileAway = queue(100, 6);
        QCOMPARE(whileAway.size(), 6);
        all += whileAway;
        QVERIFY(allDone(whileAway));
        {
            // 3. Station comes back: /history on connect brings what it missed.
            QString error;
            auto store = JobStore::open(path, &error);
            QVERIFY2(store, qPrintable(error));
            store->attach(&fleet);
            server->start();
            QVERIFY(QTest::qWaitFor(
                [&] {
                    store->flush();
                    return store->jobCount() == all.size();
                },
                10000));
            // 4. The server restarts (history gone); new jobs after it.
            sim.kill(false);
            QVERIFY(sim.listen(QHostAddress::LocalHost, port));
            QVERIFY(QTest::qWaitFor([&] { return server->isUp(); }, 10000));
            const QStringList after = queue(200, 6);
            QCOMPARE(after.size(), 6);
            all += after;
            QVERIFY(allDone(after));
            // 5. A blip: the socket drops and /history is read again (all seen twice now).
            sim.dropWebSocketConnections();
            QTest::qWait(300);
            QVERIFY(QTest::qWaitFor([&] { return server->isUp(); }, 10000));
            QTest::qWait(500);
            QVERIFY(QTest::qWaitFor(
                [&] {
                    store->flush();
                    return store->jobCount() == all.size();
                },
                10000));
            server->stop();
        }

        // Every job once, with its outcome as the server ended it.
        QString error;
        auto store = JobStore::open(path, &error);
        QVERIFY2(store, qPrintable(error));
        const QList<StoredJob> rows = store->query({});
        QCOMPARE(rows.size(), all.size());
        QSet<QString> seen;
        int failed = 0;
        for (const StoredJob &j : rows) {
            QVERIFY2(all.contains(j.promptId), qPrintable(j.promptId));
            QVERIFY(!seen.contains(j.promptId));
            seen.insert(j.promptId);
            QCOMPARE(j.server, u"gpu-1"_s);
            QCOMPARE(j.outcome, truth.value(j.promptId));
            QCOMPARE(j.clientId, u"other-client"_s);
            QVERIFY(j.finishedAt.isValid());
            if (j.outcome == "failed"_L1) {
                ++failed;
                QVERIFY2(j.errorText.contains(u"deliberate failure"_s), qPrintable(j.errorText));
            } else {
                QVERIFY(!j.outputs.isEmpty());
            }
            QVERIFY(j.workflowName.startsWith(u"wf"_s));
            QVERIFY(!store->workflow(j.workflowHash).isEmpty());
        }
        QCOMPARE(failed, 7); // i % 3 == 0 of 0..8, 100..105, 200..205
        JobQuery byOutcome;
        byOutcome.outcomes = {u"failed"_s};
        QCOMPARE(store->query(byOutcome).size(), failed);
        JobQuery byError;
        byError.errorText = u"deliberate"_s;
        QCOMPARE(store->query(byError).size(), failed);
    }

    void jobsApiBeyondTheHistoryRead_data()
    {
        QTest::addColumn<bool>("jobsApi");
        QTest::newRow("v0.8.0: /api/jobs") << true;
        QTest::newRow("v0.3.18: no /api/jobs") << false;
    }

    void jobsApiBeyondTheHistoryRead()
    {
        // The station was away while more jobs finished than it reads of /history: where the
        // server has /api/jobs the rest come from there (outcome, times, error), each once.
        QFETCH(bool, jobsApi);
        Simulator sim;
        if (!jobsApi)
            sim.setVersion(Simulator::Version::V0_3_18);
        QVERIFY(sim.listen());
        sim.setStepDelay(1);
        QHash<QString, QString> truth;
        connect(
            &sim, &Simulator::promptFinished, this,
            [&](const QString &id, const QString &status) { truth.insert(id, outcomeOf(status)); });
        QStringList ids;
        for (int i = 0; i < 7; ++i)
            ids << sim.queuePrompt(workflow(i, i % 3 == 0), u"other-client"_s);
        QVERIFY(!ids.contains(QString()));
        QVERIFY(QTest::qWaitFor([&] { return truth.size() == ids.size(); }, 20000));

        QString error;
        auto store = JobStore::open(dbPath(jobsApi ? "jobsapi.sqlite" : "nojobsapi.sqlite"),
                                    &error);
        QVERIFY2(store, qPrintable(error));
        store->setHistoryReadLimit(2);
        FleetModel fleet;
        ServerProfile p;
        p.address = sim.httpUrl().toString();
        auto *server = new FleetServer(u"gpu-1"_s, p);
        fleet.addServer(server);
        store->attach(&fleet);
        server->start();
        QVERIFY(QTest::qWaitFor([&] { return server->isUp(); }, 10000));
        const int expected = jobsApi ? 7 : 2;
        QVERIFY(QTest::qWaitFor(
            [&] {
                store->flush();
                return store->jobCount() == expected;
            },
            10000));
        QTest::qWait(300); // nothing more arrives
        store->flush();
        QCOMPARE(store->jobCount(), expected);
        const QList<StoredJob> rows = store->query({});
        for (const StoredJob &j : rows) {
            QVERIFY(ids.contains(j.promptId));
            QCOMPARE(j.outcome, truth.value(j.promptId));
            QVERIFY(j.finishedAt.isValid());
            if (j.outcome == "failed"_L1)
                QVERIFY2(j.errorText.contains(u"deliberate failure"_s), qPrintable(j.errorText));
        }
        server->stop();
    }

    void liveOwnJobHasNodeDurations()
    {
        Simulator sim;
        QVERIFY(sim.listen());
        sim.setStepDelay(1);
        FleetModel fleet;
        ServerProfile p;
        p.address = sim.httpUrl().toString();
        auto *server = new FleetServer(u"own"_s, p);
        fleet.addServer(server);
        QString error;
        auto store = JobStore::open(dbPath("own.sqlite"), &error);
        QVERIFY2(store, qPrintable(error));
        store->attach(&fleet);
        server->start();
        QVERIFY(QTest::qWaitFor([&] { return server->isUp(); }, 10000));
        QSignalSpy finished(server, &FleetServer::jobFinished);
        server->session()->submit(workflow(1, false), u"mine"_s);
        QVERIFY(finished.wait(10000));
        QVERIFY(QTest::qWaitFor(
            [&] {
                store->flush();
                return store->jobCount() == 1;
            },
            5000));
        const StoredJob j = store->query({}).value(0);
        QVERIFY(j.own);
        QCOMPARE(j.workflowName, u"mine"_s);
        QCOMPARE(j.outcome, u"succeeded"_s);
        QVERIFY2(j.nodeDurations.contains(u"3"_s),
                 QJsonDocument(j.nodeDurations).toJson().constData());
        QVERIFY(j.startedAt.isValid());
    }

    void samplesAndPlainSchema()
    {
        const QString path = dbPath("samples.sqlite");
        {
            QString error;
            auto store = JobStore::open(path, &error);
            QVERIFY2(store, qPrintable(error));
            ServerSample s;
            s.server = u"a"_s;
            s.time = QDateTime::currentDateTimeUtc();
            s.up = true;
            s.queueDepth = 4;
            s.vramPercent = 50;
            store->recordSample(s);
            store->flush();
            QCOMPARE(store->samples(u"a"_s, s.time.addSecs(-1), {}).size(), 1);
            QCOMPARE(store->samples(u"a"_s, s.time.addSecs(-1), {}).value(0).queueDepth, 4);
            QCOMPARE(store->samples(u"a"_s, s.time.addSecs(-1), {}).value(0).gpuLoad, -1.0);
        }
        // A plain SQLite file: any client reads it, schema version set, WAL on.
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"plain"_s);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        {
            QSqlQuery q(db);
            QVERIFY(q.exec(u"PRAGMA user_version"_s) && q.next());
            QCOMPARE(q.value(0).toInt(), JobStore::SchemaVersion);
            QVERIFY(q.exec(u"PRAGMA journal_mode"_s) && q.next());
            QCOMPARE(q.value(0).toString(), u"wal"_s);
            QVERIFY(q.exec(u"SELECT queue_depth FROM server_samples WHERE server='a'"_s)
                    && q.next());
            QCOMPARE(q.value(0).toInt(), 4);
        }
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(u"plain"_s);
    }

    void migratesVersionOne()
    {
        // A file of schema 1 (no workflows table) is brought up to date, its rows kept.
        const QString path = dbPath("v1.sqlite");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"v1"_s);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(u"CREATE TABLE jobs (id INTEGER PRIMARY KEY, server TEXT NOT NULL, "
                           "prompt_id TEXT NOT NULL, client_id TEXT, workflow_name TEXT, "
                           "workflow_hash TEXT, queued_at INTEGER, started_at INTEGER, "
                           "finished_at INTEGER NOT NULL, outcome TEXT NOT NULL, error_text TEXT, "
                           "node_durations TEXT, outputs TEXT, own INTEGER NOT NULL DEFAULT 0, "
                           "relayed INTEGER NOT NULL DEFAULT 0, UNIQUE(server, prompt_id))"_s));
            QVERIFY(q.exec(u"CREATE TABLE server_samples (server TEXT NOT NULL, time INTEGER NOT "
                           "NULL, up INTEGER NOT NULL, queue_depth INTEGER, vram_percent REAL, "
                           "ram_percent REAL, gpu_load REAL)"_s));
            QVERIFY(q.exec(u"CREATE TABLE alerts (id INTEGER PRIMARY KEY, server TEXT NOT NULL, "
                           "rule TEXT NOT NULL, message TEXT, raised_at INTEGER NOT NULL, "
                           "resolved_at INTEGER)"_s));
            QVERIFY(q.exec(u"INSERT INTO jobs(server, prompt_id, finished_at, outcome) VALUES"
                           "('old', 'x', 1000, 'succeeded')"_s));
            QVERIFY(q.exec(u"PRAGMA user_version=1"_s));
            q = QSqlQuery();
            db.close();
        }
        QSqlDatabase::removeDatabase(u"v1"_s);
        QString error;
        auto store = JobStore::open(path, &error);
        QVERIFY2(store, qPrintable(error));
        QCOMPARE(store->jobCount(), 1);
        // Schema 3's hourly totals were filled from the rows already there.
        const QDateTime epoch = QDateTime::fromMSecsSinceEpoch(0, Qt::UTC);
        const auto hours = store->trend({}, epoch, epoch.addSecs(3600), 3600);
        QCOMPARE(hours.value(0).succeeded, 1);
        QCOMPARE(store->trend({}, epoch, epoch.addSecs(3600), 3600, JobStore::TrendSource::Rows)
                     .value(0)
                     .succeeded,
                 1);
        StoredJob j = synthetic(u"new"_s, 1, QDateTime::currentDateTimeUtc());
        j.workflow = workflow(1, false);
        j.workflowHash = StoredJob::hashWorkflow(j.workflow);
        store->recordJob(j);
        store->flush();
        QCOMPARE(store->workflow(j.workflowHash), j.workflow);
    }

    void retention()
    {
        QString error;
        auto store = JobStore::open(dbPath("retention.sqlite"), &error);
        QVERIFY2(store, qPrintable(error));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (int i = 0; i < 50; ++i)
            store->recordJob(synthetic(u"s"_s, i, now.addDays(-i)));
        store->flush();
        QCOMPARE(store->jobCount(), 50);
        store->setRetention(10, 0);
        store->flush();
        // Days 0..9 stay (day 10 is just past the cut).
        QCOMPARE(store->jobCount(), 10);
        JobQuery oldest;
        oldest.from = now.addDays(-30);
        oldest.to = now.addDays(-9).addSecs(1);
        QCOMPARE(store->query(oldest).size(), 1);

        // Size cap: the oldest go first until the data fits.
        for (int i = 100; i < 1100; ++i)
            store->recordJob(synthetic(u"s"_s, i, now.addSecs(-i), 2000));
        store->flush();
        const qint64 before = store->dataBytes();
        QVERIFY2(before > 1500 * 1000, qPrintable(QString::number(before)));
        store->setRetention(0, 512 * 1024);
        store->flush();
        QVERIFY2(store->dataBytes() <= 512 * 1024, qPrintable(QString::number(store->dataBytes())));
        const qint64 left = store->jobCount();
        QVERIFY(left > 50 && left < 1010);
        // The newest are the ones kept.
        JobQuery newest;
        newest.limit = 1;
        QCOMPARE(store->query(newest).value(0).promptId, u"p-0"_s);
        JobQuery veryOld;
        veryOld.to = now.addSecs(-1000);
        QVERIFY(store->query(veryOld).isEmpty());
    }

    void trendBuckets()
    {
        QString error;
        auto store = JobStore::open(dbPath("trend.sqlite"), &error);
        QVERIFY2(store, qPrintable(error));
        const QDateTime t0 = QDateTime::fromSecsSinceEpoch(1700000000 / 3600 * 3600, Qt::UTC);
        // Reads before the writes must not pin an old snapshot.
        QVERIFY(store->serverNames().isEmpty());
        QCOMPARE(store->trend({}, t0, t0.addSecs(3 * 3600), 3600).value(0).total(), 0);
        QCOMPARE(store->jobCount(), 0);
        // Hour 0 on a: 3 ok (10, 20, 30 s), 1 failed; hour 2 on b: 1 ok (100 s). Hour 1 empty.
        int i = 0;
        for (int secs : {10, 20, 30}) {
            StoredJob j = synthetic(u"a"_s, i++, t0.addSecs(600 + secs));
            j.startedAt = j.finishedAt.addSecs(-secs);
            store->recordJob(j);
        }
        store->recordJob(synthetic(u"a"_s, i++, t0.addSecs(1200), 10));
        StoredJob late = synthetic(u"b"_s, i++, t0.addSecs(2 * 3600 + 5));
        late.startedAt = late.finishedAt.addSecs(-100);
        store->recordJob(late);
        for (const auto &[server, depth, vram] :
             {std::tuple{u"a"_s, 2, 50.0}, std::tuple{u"a"_s, 4, 70.0},
              std::tuple{u"b"_s, 1, 90.0}}) {
            ServerSample smp;
            smp.server = server;
            smp.time = t0.addSecs(60 + depth);
            smp.up = true;
            smp.queueDepth = depth;
            smp.vramPercent = vram;
            store->recordSample(smp);
        }
        store->flush();
        const auto fleet = store->trend({}, t0, t0.addSecs(3 * 3600), 3600);
        QCOMPARE(fleet.size(), 3);
        QCOMPARE(fleet[0].succeeded, 3);
        QCOMPARE(fleet[0].failed, 1);
        QCOMPARE(fleet[0].failureRate(), 0.25);
        QCOMPARE(fleet[0].p50Ms, 20000.0);
        QCOMPARE(fleet[0].queueDepth, 3.0 + 1.0); // mean of a's (3) plus b's (1)
        QCOMPARE(fleet[0].vramPercent, 90.0);
        QCOMPARE(fleet[1].total(), 0);
        QCOMPARE(fleet[1].p50Ms, -1.0);
        QCOMPARE(fleet[2].succeeded, 1);
        QCOMPARE(fleet[2].p95Ms, 100000.0);
        const auto a = store->trend(u"a"_s, t0, t0.addSecs(3 * 3600), 3600);
        QCOMPARE(a[0].queueDepth, 3.0);
        QCOMPARE(a[0].vramPercent, 70.0);
        QCOMPARE(a[2].total(), 0);
    }

    void hourlyTotalsMatchRows()
    {
        // The trend from the hourly totals (kept by triggers) equals the one from the rows:
        // after seeding, after jobs seen again with a better outcome, after retention.
        QString error;
        auto store = JobStore::open(dbPath("hours.sqlite"), &error);
        QVERIFY2(store, qPrintable(error));
        const qint64 nowS = QDateTime::currentSecsSinceEpoch();
        const QDateTime end = QDateTime::fromSecsSinceEpoch((nowS / 86400 + 1) * 86400, Qt::UTC);
        const QDateTime begin = end.addDays(-3);
        seedSimulatedHistory(store.get(), {u"x"_s, u"y"_s}, 2, end.addSecs(-3600), 60, 7);
        store->flush();
        // Jobs in the range, or -1 (and a warning naming the difference) when they differ.
        auto compare = [&](const QString &server, int bucket) {
            const auto fast = store->trend(server, begin, end, bucket);
            const auto rows = store->trend(server, begin, end, bucket, JobStore::TrendSource::Rows);
            if (fast.size() != rows.size())
                return -1;
            int jobs = 0;
            for (int i = 0; i < fast.size(); ++i) {
                const TrendBucket &a = fast.at(i), &b = rows.at(i);
                jobs += b.total();
                // A run-time bin is 15 % wide: its mean is within that of the exact value.
                auto near = [](double x, double y, double rel) {
                    return (x < 0) == (y < 0) && qAbs(x - y) <= rel * qAbs(y) + 1e-6;
                };
                if (a.succeeded != b.succeeded || a.failed != b.failed
                    || a.interrupted != b.interrupted || a.other != b.other
                    || !near(a.p50Ms, b.p50Ms, 0.15) || !near(a.p95Ms, b.p95Ms, 0.15)
                    || !near(a.queueDepth, b.queueDepth, 0)
                    || !near(a.vramPercent, b.vramPercent, 0) || !near(a.gpuLoad, b.gpuLoad, 0)) {
                    qWarning("bucket %d of %s: %d/%d/%d/%d p50 %.0f p95 %.0f q %.3f vs "
                             "%d/%d/%d/%d p50 %.0f p95 %.0f q %.3f",
                             i, qPrintable(server), a.succeeded, a.failed, a.interrupted, a.other,
                             a.p50Ms, a.p95Ms, a.queueDepth, b.succeeded, b.failed, b.interrupted,
                             b.other, b.p50Ms, b.p95Ms, b.queueDepth);
                    return -1;
                }
            }
            return jobs;
        };
        QVERIFY(compare({}, 3600) > 500);
        QVERIFY(compare(u"y"_s, 3600) > 100);
        QVERIFY(compare({}, 86400) > 500);

        // A job first stored as lost, then seen with its real outcome: counted once, as failed.
        StoredJob lost = synthetic(u"x"_s, 900001, end.addSecs(-1800));
        lost.outcome = u"lost"_s;
        lost.startedAt = {};
        store->recordJob(lost);
        store->flush();
        QCOMPARE(store->trend(u"x"_s, end.addSecs(-3600), end, 3600).value(0).other, 1);
        StoredJob real = synthetic(u"x"_s, 900001, end.addSecs(-1700), 10);
        store->recordJob(real);
        store->recordJob(real); // seen again: nothing changes
        store->flush();
        const TrendBucket last = store->trend(u"x"_s, end.addSecs(-3600), end, 3600).value(0);
        QCOMPARE(last.other, 0);
        QCOMPARE(last.failed, 1);
        QCOMPARE(last.p50Ms, 10000.0);
        QVERIFY(compare({}, 3600) > 500);

        // Retention removes rows; the totals follow.
        store->setRetention(1, 0);
        store->flush();
        QVERIFY(compare({}, 3600) > 0);
        QCOMPARE(compare({}, 86400), int(store->jobCount()));
    }

    void queryPagesAndFilters()
    {
        QString error;
        auto store = JobStore::open(dbPath("pages.sqlite"), &error);
        QVERIFY2(store, qPrintable(error));
        const QDateTime t0 = QDateTime::currentDateTimeUtc().addSecs(-1000);
        for (int i = 0; i < 30; ++i) {
            StoredJob j = synthetic(i % 2 ? u"odd"_s : u"even"_s, i, t0.addSecs(i), i % 5 ? 0 : 8);
            j.clientId = u"client_%1"_s.arg(i % 3);
            if (i == 7)
                j.errorText = u"100% of VRAM_used"_s;
            store->recordJob(j);
        }
        store->flush();
        JobQuery all;
        all.limit = 10;
        QCOMPARE(store->count(all), 30);
        QCOMPARE(store->query(all).first().promptId, u"p-29"_s); // newest first
        all.offset = 25;
        const auto tail = store->query(all);
        QCOMPARE(tail.size(), 5);
        QCOMPARE(tail.last().promptId, u"p-0"_s);
        JobQuery odd;
        odd.servers = {u"odd"_s};
        odd.outcomes = {u"failed"_s};
        QCOMPARE(store->count(odd), 3); // 5, 15, 25
        // The text is taken literally: % and _ are no wildcards.
        JobQuery pct;
        pct.errorText = u"0% of VRAM_"_s;
        QCOMPARE(store->count(pct), 1);
        pct.errorText = u"0%_"_s;
        QCOMPARE(store->count(pct), 0);
        JobQuery client;
        client.client = u"client_2"_s;
        QCOMPARE(store->count(client), 10);
        // The same from a worker thread with its own connection.
        JobPage page;
        std::unique_ptr<QThread> worker(QThread::create([&] {
            JobQuery q;
            q.servers = {u"even"_s};
            q.limit = 4;
            page = JobStore::readPage(store->path(), q);
        }));
        worker->start();
        QVERIFY(worker->wait(10000));
        QVERIFY2(page.error.isEmpty(), qPrintable(page.error));
        QCOMPARE(page.total, 15);
        QCOMPARE(page.jobs.size(), 4);
        QCOMPARE(page.jobs.first().promptId, u"p-28"_s);
        const JobPage missing = JobStore::readPage(dbPath("no-such-file.sqlite"), {});
        QVERIFY(!missing.error.isEmpty());
    }

    void exportStoredJobs()
    {
        StoredJob j = synthetic(u"=cmd|' /C calc'!A0"_s, 1,
                                QDateTime(QDate(2026, 11, 30), QTime(10, 0), Qt::UTC), 0);
        j.errorText = u"line one,\n\"two\""_s;
        j.outcome = u"failed"_s;
        j.clientId = u"@me"_s;
        j.nodeDurations = QJsonObject{{u"3"_s, 1500}, {u"9"_s, 20}};
        j.outputs = QJsonArray{QJsonObject{{u"node"_s, u"9"_s},
                                           {u"filename"_s, u"a.png"_s},
                                           {u"subfolder"_s, u"sub"_s},
                                           {u"type"_s, u"output"_s}}};
        const QString csv = QString::fromUtf8(FleetExport::storedJobsCsv({j}));
        const QStringList lines = csv.split(u"\r\n"_s);
        QCOMPARE(lines.first(),
                 u"server,prompt_id,client_id,workflow,workflow_hash,outcome,"
                 "queued_at,started_at,finished_at,run_ms,error,node_ms,outputs,own"_s);
        QCOMPARE(csv,
                 lines.first() + u"\r\n"_s
                     + u"'=cmd|' /C calc'!A0,p-1,'@me,synthetic,,failed,,2026-11-30T09:59:50.000Z,"
                       "2026-11-30T10:00:00.000Z,10000,\"line one,\n\"\"two\"\"\",3=1500;9=20,"
                       "9:sub/a.png,0\r\n"_s);
        const QJsonArray json = QJsonDocument::fromJson(FleetExport::storedJobsJson({j})).array();
        QCOMPARE(json.size(), 1);
        const QJsonObject o = json.first().toObject();
        QCOMPARE(o.value(u"server"_s).toString(), j.server); // JSON is not a spreadsheet
        QCOMPARE(o.value(u"run_ms"_s).toInteger(), 10000);
        QCOMPARE(o.value(u"error"_s).toString(), j.errorText);
        QCOMPARE(o.value(u"node_ms"_s).toObject(), j.nodeDurations);
        QCOMPARE(o.value(u"outputs"_s).toArray(), j.outputs);
    }

    void seededHistory()
    {
        QString error;
        auto store = JobStore::open(dbPath("seed.sqlite"), &error);
        QVERIFY2(store, qPrintable(error));
        const QDateTime end = QDateTime::currentDateTimeUtc();
        const int n = seedSimulatedHistory(store.get(), {u"x"_s, u"y"_s, u"z"_s}, 1, end, 60);
        QVERIFY(n > 1000);
        store->trend({}, end.addDays(-1), end, 3600); // while the worker writes
        store->flush();
        QCOMPARE(store->jobCount(), qint64(n));
        const auto day = store->trend({}, end.addDays(-1), end, 3600);
        int total = 0, failed = 0;
        for (const TrendBucket &b : day) {
            total += b.total();
            failed += b.failed;
        }
        QCOMPARE(total, n);
        QVERIFY(failed > 0);
        QCOMPARE(store->serverNames(), (QStringList{u"x"_s, u"y"_s, u"z"_s}));
    }

    void corruptFileIsKeptAside()
    {
        const QString path = dbPath("corrupt.sqlite");
        const QByteArray garbage = QByteArray("this is not a database\n").repeated(300);
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(garbage);
        }
        QString error;
        auto store = JobStore::open(path, &error);
        QVERIFY2(store, qPrintable(error));
        QVERIFY(!store->notice().isEmpty());
        QVERIFY(store->notice().contains(store->backupPath()));
        QFile backup(store->backupPath());
        QVERIFY(backup.open(QIODevice::ReadOnly));
        QCOMPARE(backup.readAll(), garbage); // the old file is untouched
        store->recordJob(synthetic(u"s"_s, 1, QDateTime::currentDateTimeUtc()));
        store->flush();
        QCOMPARE(store->jobCount(), 1);
        store.reset();

        // Damage inside a real database (pages overwritten): the same path, no crash.
        {
            auto s2 = JobStore::open(path, &error);
            QVERIFY2(s2, qPrintable(error));
            for (int i = 0; i < 300; ++i)
                s2->recordJob(synthetic(u"s"_s, i, QDateTime::currentDateTimeUtc(), 500));
            s2->flush();
        }
        {
            // Fold the WAL in, then scribble over the middle of the file.
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"ckpt"_s);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery(db).exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
            db.close();
        }
        QSqlDatabase::removeDatabase(u"ckpt"_s);
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadWrite));
            QVERIFY(f.size() > 40000);
            f.seek(4096 * 2);
            f.write(QByteArray(4096 * 4, '\xAB'));
        }
        auto s3 = JobStore::open(path, &error);
        QVERIFY2(s3, qPrintable(error));
        QVERIFY2(!s3->backupPath().isEmpty(), "damaged pages not noticed");
        QVERIFY(QFile::exists(s3->backupPath()));
        QCOMPARE(s3->jobCount(), 0);
    }

    void unusablePathIsAClearError()
    {
        QString error;
        QVERIFY(!JobStore::open(m_dir.path(), &error)); // a folder
        QVERIFY(error.contains(m_dir.path()));
        error.clear();
        QVERIFY(!JobStore::open({}, &error));
        QVERIFY(!error.isEmpty());
    }

    void newerSchemaIsLeftAlone()
    {
        const QString path = dbPath("newer.sqlite");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"newer"_s);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery(db).exec(u"PRAGMA user_version=99"_s);
            db.close();
        }
        QSqlDatabase::removeDatabase(u"newer"_s);
        QString error;
        QVERIFY(!JobStore::open(path, &error));
        QVERIFY2(error.contains(u"newer"_s), qPrintable(error));
    }

    void secondWriterRefused()
    {
        const QString path = dbPath("shared.sqlite");
        QString error;
        auto first = JobStore::open(path, &error);
        QVERIFY2(first, qPrintable(error));
        // Same process.
        QVERIFY(!JobStore::open(path, &error));
        QVERIFY(!error.isEmpty());
        // Another process: this test binary as a child, asked to open the same file.
        QProcess child;
        child.setProcessChannelMode(QProcess::MergedChannels);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"JOBSTORE_CHILD_OPEN"_s, path);
        child.setProcessEnvironment(env);
        child.start(QCoreApplication::applicationFilePath(), {u"-silent"_s});
        QVERIFY(child.waitForFinished(20000));
        const QString out = QString::fromUtf8(child.readAll());
        QCOMPARE(child.exitCode(), 3);
        QVERIFY2(out.contains(u"in use by another ComfyScope"_s), qPrintable(out));
        // Once the first closes, the file is free.
        first.reset();
        auto second = JobStore::open(path, &error);
        QVERIFY2(second, qPrintable(error));
    }
};

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QString childPath = qEnvironmentVariable("JOBSTORE_CHILD_OPEN");
    if (!childPath.isEmpty()) {
        QString error;
        auto store = JobStore::open(childPath, &error);
        std::fputs(qPrintable(error + u'\n'), stdout);
        return store ? 0 : 3;
    }
    TestJobStore t;
    return QTest::qExec(&t, argc, argv);
}

#include "tst_jobstore.moc"
