// SPDX-License-Identifier: MIT
// The station's History browser (issue #14): filters and pages over the job database, the
// detail pane, CSV/JSON export, "queue again" reaching the server, "open outputs" (and a file
// the server no longer has), the lock, and a Trends click opening the browser filtered.
#include <comfyscope/fleet/fleetio.h>
#include <comfyscope/fleet/fleetmodel.h>
#include <comfyscope/fleet/fleetserver.h>
#include <comfyscope/fleet/jobstore.h>
#include "gallery/gallerymodel.h"
#include "gallery/lightbox.h"
#include "station/historybrowser.h"
#include "station/stationwindow.h"
#include "station/storedjobsmodel.h"
#include "station/trendsview.h"

#include "apptestutil.h"

#include <comfyscope/simulator.h>

#include <QtCharts/QBarSet>
#include <QtCharts/QChartView>
#include <QtCharts/QStackedBarSeries>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QTemporaryDir>
#include <QtGui/QClipboard>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>
#include <QtWidgets/QApplication>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QTableView>

using namespace Qt::StringLiterals;
using namespace ComfyScope;
using namespace ComfyScope::App;

namespace {
StoredJob job(const QString &server, int i, const QDateTime &finished, const QString &outcome)
{
    StoredJob j;
    j.server = server;
    j.promptId = u"job-%1"_s.arg(i, 3, 10, QChar(u'0'));
    j.clientId = u"client-%1"_s.arg(i % 3);
    j.workflowName = i % 2 ? u"portrait"_s : u"upscale"_s;
    j.startedAt = finished.addSecs(-20);
    j.finishedAt = finished;
    j.outcome = outcome;
    if (outcome == "failed"_L1)
        j.errorText = i % 2 ? u"CUDA out of memory"_s : u"FileNotFoundError: input.png"_s;
    return j;
}

QJsonObject node(const QString &cls, const QJsonObject &inputs)
{
    return QJsonObject{{u"class_type"_s, cls}, {u"inputs"_s, inputs}};
}

QJsonObject imageWorkflow(int color)
{
    return QJsonObject{
        {u"1"_s,
         node(u"EmptyImage"_s,
              {{u"width"_s, 24}, {u"height"_s, 16}, {u"batch_size"_s, 1}, {u"color"_s, color}})},
        {u"2"_s, node(u"SaveImage"_s,
                      {{u"images"_s, QJsonArray{u"1"_s, 0}}, {u"filename_prefix"_s, u"again"_s}})},
    };
}

bool waitSearch(HistoryBrowser &b)
{
    QSignalSpy spy(&b, &HistoryBrowser::searchFinished);
    return spy.wait(5000) || (!b.isSearching() && b.totalMatches() >= 0);
}
} // namespace

class TestHistory : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QDateTime m_hour; ///< start of the hour two hours ago

    std::unique_ptr<JobStore> filledStore(const char *name)
    {
        QString error;
        auto store = JobStore::open(m_dir.filePath(QString::fromLatin1(name)), &error);
        if (!store)
            qFatal("%s", qPrintable(error));
        // 40 jobs in one hour: a (even) and b (odd); every 4th failed, every 10th interrupted.
        for (int i = 0; i < 40; ++i) {
            const QString outcome = i % 10 == 9  ? u"interrupted"_s
                                    : i % 4 == 0 ? u"failed"_s
                                                 : u"succeeded"_s;
            store->recordJob(job(i % 2 ? u"b"_s : u"a"_s, i, m_hour.addSecs(60 + i * 60), outcome));
        }
        // 5 a week ago on c.
        for (int i = 40; i < 45; ++i)
            store->recordJob(job(u"c"_s, i, m_hour.addDays(-7), u"succeeded"_s));
        store->flush();
        return store;
    }

private Q_SLOTS:
    void initTestCase()
    {
        AppTest::isolateSettings();
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        m_hour = QDateTime::fromSecsSinceEpoch((now / 3600 - 2) * 3600, Qt::UTC);
    }

    void filtersPagesAndDetails()
    {
        auto store = filledStore("filters.sqlite");
        HistoryBrowser b(store.get(), nullptr);
        b.show();
        b.search();
        QVERIFY(waitSearch(b));
        QCOMPARE(b.totalMatches(), 45);
        QCOMPARE(b.model()->rowCount(), 45);
        QCOMPARE(b.countText(), u"Jobs 1–45 of 45"_s);

        // Server + outcome, set as a Trends click would.
        JobQuery q;
        q.servers = {u"a"_s};
        q.outcomes = {u"failed"_s};
        b.setQuery(q);
        QVERIFY(waitSearch(b));
        QCOMPARE(b.totalMatches(), 10); // even i, i % 4 == 0
        for (const StoredJob &j : b.model()->jobs())
            QVERIFY(j.server == "a"_L1 && j.outcome == "failed"_L1);
        QCOMPARE(b.findChild<QComboBox *>(u"historyServer"_s)->currentText(), u"a"_s);

        // The filters of the window itself: error text typed, then the outcome box.
        auto *error = b.findChild<QLineEdit *>(u"historyErrorText"_s);
        QVERIFY(error);
        QTest::keyClicks(error, u"out of memory"_s);
        QVERIFY(waitSearch(b)); // after the typing pause
        QCOMPARE(b.currentQuery().errorText, u"out of memory"_s);
        QCOMPARE(b.totalMatches(), 0); // a's failures are the even ones: FileNotFoundError
        b.findChild<QComboBox *>(u"historyServer"_s)->setCurrentIndex(0); // all servers
        QVERIFY(waitSearch(b));
        QCOMPARE(b.totalMatches(), 0); // odd i never has i % 4 == 0
        error->clear();
        QTest::keyClicks(error, u"input.png"_s);
        QVERIFY(waitSearch(b));
        QCOMPARE(b.totalMatches(), 10);

        // Client, workflow and period.
        q = {};
        q.client = u"client-1"_s;
        q.workflow = u"portrait"_s;
        b.setQuery(q);
        QVERIFY(waitSearch(b));
        // i % 3 == 1 and i odd, i < 45: 1, 7, 13, 19, 25, 31, 37, 43
        QCOMPARE(b.totalMatches(), 8);
        q = {};
        q.from = m_hour.addDays(-8);
        q.to = m_hour.addDays(-6);
        b.setQuery(q);
        QVERIFY(waitSearch(b));
        QCOMPARE(b.totalMatches(), 5);
        QCOMPARE(b.findChild<QComboBox *>(u"historyPeriod"_s)->currentData().toInt(),
                 int(HistoryBrowser::CustomPeriod));
        b.findChild<QComboBox *>(u"historyPeriod"_s)
            ->setCurrentIndex(b.findChild<QComboBox *>(u"historyPeriod"_s)
                                  ->findData(int(HistoryBrowser::LastDay)));
        QVERIFY(waitSearch(b));
        QCOMPARE(b.totalMatches(), 40);

        // Pages of 15: newest first, a visible count, newer/older.
        b.setPageSize(15);
        b.setQuery({});
        QVERIFY(waitSearch(b));
        QCOMPARE(b.model()->rowCount(), 15);
        QCOMPARE(b.model()->jobAt(0).promptId, u"job-039"_s);
        b.nextPage();
        QVERIFY(waitSearch(b));
        QCOMPARE(b.countText(), u"Jobs 16–30 of 45"_s);
        QCOMPARE(b.model()->jobAt(0).promptId, u"job-024"_s);
        b.nextPage();
        QVERIFY(waitSearch(b));
        QCOMPARE(b.model()->rowCount(), 15);
        b.nextPage(); // no fourth page
        QVERIFY(!b.isSearching());
        QCOMPARE(b.page(), 2);
        b.previousPage();
        QVERIFY(waitSearch(b));
        QCOMPARE(b.page(), 1);

        // The detail pane: the error, copyable.
        q = {};
        q.outcomes = {u"failed"_s};
        b.setQuery(q);
        QVERIFY(waitSearch(b));
        b.view()->setCurrentIndex(b.model()->index(0, 0));
        QCOMPARE(b.currentJob().promptId, u"job-036"_s);
        auto *copy = b.findChildren<QPushButton *>().value(0);
        for (QPushButton *p : b.findChildren<QPushButton *>())
            if (p->text() == "&Copy Error"_L1)
                copy = p;
        QVERIFY(copy->isEnabled());
        copy->click();
        QCOMPARE(QApplication::clipboard()->text(), u"FileNotFoundError: input.png"_s);
    }

    void exportSelectionAndAllMatches()
    {
        auto store = filledStore("export.sqlite");
        HistoryBrowser b(store.get(), nullptr);
        JobQuery q;
        q.servers = {u"b"_s};
        b.setQuery(q);
        QVERIFY(waitSearch(b));
        QCOMPARE(b.totalMatches(), 20);
        QString error;
        b.view()->clearSelection();
        QVERIFY(!b.exportJobs(m_dir.filePath(u"none.csv"_s), false, &error));
        QVERIFY(error.contains(u"no job is selected"_s));

        b.view()->selectRow(1);
        b.view()->selectionModel()->select(b.model()->index(3, 0),
                                           QItemSelectionModel::Select | QItemSelectionModel::Rows);
        QCOMPARE(b.selectedJobs().size(), 2);
        const QString csvPath = m_dir.filePath(u"selected.csv"_s);
        QVERIFY2(b.exportJobs(csvPath, false, &error), qPrintable(error));
        QFile csv(csvPath);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QByteArray body = csv.readAll();
        QCOMPARE(body, FleetExport::storedJobsCsv(b.selectedJobs()));
        const QList<QByteArray> lines = body.split('\n');
        QCOMPARE(lines.size(), 4); // header, two rows, the empty rest
        QVERIFY(lines.at(1).startsWith("b,job-037,client-1,portrait,"));
        QVERIFY(lines.at(2).startsWith("b,job-033,client-0,portrait,"));

        const QString jsonPath = m_dir.filePath(u"all.json"_s);
        QVERIFY2(b.exportJobs(jsonPath, true, &error), qPrintable(error));
        QFile json(jsonPath);
        QVERIFY(json.open(QIODevice::ReadOnly));
        const QJsonArray all = QJsonDocument::fromJson(json.readAll()).array();
        QCOMPARE(all.size(), 20); // every match, not only the page or the selection
        for (const QJsonValue &v : all)
            QCOMPARE(v.toObject().value(u"server"_s).toString(), u"b"_s);
        QCOMPARE(all.first().toObject().value(u"prompt_id"_s).toString(), u"job-039"_s);
        QVERIFY(b.statusMessage().contains(u"20"_s));
    }

    void queueAgainAndOpenOutputs()
    {
        Simulator sim;
        sim.setStepDelay(1);
        QVERIFY(sim.listen());
        QString error;
        auto store = JobStore::open(m_dir.filePath(u"live.sqlite"_s), &error);
        QVERIFY2(store, qPrintable(error));
        FleetModel fleet;
        ServerProfile p;
        p.address = sim.httpUrl().toString();
        auto *server = new FleetServer(u"gpu-1"_s, p);
        server->client()->setReconnectDelays(50, 200);
        fleet.addServer(server);
        store->attach(&fleet);
        server->start();
        QTRY_VERIFY_WITH_TIMEOUT(server->isUp(), 5000);

        // A job of this station, stored with its workflow and output.
        const QJsonObject wf = imageWorkflow(0x3366cc);
        QSignalSpy finished(server->session(), &Session::jobFinished);
        SubmitReply *r = server->session()->submit(wf, u"first"_s);
        QString firstId;
        connect(r, &Reply::finished, r,
                [r, &firstId] { firstId = r->isOk() ? r->promptId() : u"-"_s; });
        QTRY_VERIFY_WITH_TIMEOUT(!firstId.isEmpty(), 5000);
        QVERIFY(firstId != "-"_L1);
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(store->count({}), 1, 5000);

        HistoryBrowser b(store.get(), &fleet);
        b.show();
        b.search();
        QVERIFY(waitSearch(b));
        QCOMPARE(b.totalMatches(), 1);
        const StoredJob stored = b.currentJob();
        QCOMPARE(stored.promptId, firstId);
        QCOMPARE(stored.workflowHash, StoredJob::hashWorkflow(wf));
        QCOMPARE(stored.outputs.size(), 1);

        // Queue again: the stored workflow, to the same server.
        QSignalSpy queued(&b, &HistoryBrowser::queuedAgain);
        QSignalSpy serverQueued(&sim, &Simulator::promptQueued);
        QVERIFY(b.queueAgain(stored));
        QVERIFY(queued.wait(5000));
        QCOMPARE(queued.first().at(0).toString(), u"gpu-1"_s);
        const QString againId = queued.first().at(1).toString();
        QVERIFY(againId != firstId);
        QTRY_VERIFY(!serverQueued.isEmpty());
        QCOMPARE(serverQueued.last().at(0).toString(), againId);
        // What reached the server is the stored workflow.
        QTRY_VERIFY_WITH_TIMEOUT(finished.size() >= 2, 10000);
        HistoryReply *h = server->client()->fetchHistory(againId);
        std::optional<HistoryEntry> entry;
        bool answered = false;
        connect(h, &Reply::finished, h, [h, &entry, &answered, againId] {
            answered = true;
            entry = h->entry(againId);
        });
        QTRY_VERIFY_WITH_TIMEOUT(answered, 5000);
        QVERIFY(entry);
        QCOMPARE(entry->prompt.prompt, wf);

        // Locked: no Queue Again.
        b.setLocked(true);
        QString why;
        QVERIFY(!b.queueAgain(stored, &why));
        QVERIFY(why.contains(u"locked"_s));
        for (QPushButton *btn : b.findChildren<QPushButton *>())
            if (btn->text() == "&Queue Again"_L1)
                QVERIFY(btn->isHidden());
        b.setLocked(false);

        // Open outputs: fetched from the server and shown in the lightbox.
        QSignalSpy fetched(&b, &HistoryBrowser::outputsFetched);
        QVERIFY(b.openOutputs(stored, &why));
        QVERIFY(fetched.wait(5000));
        QCOMPARE(fetched.first().at(0).toInt(), 1);
        QCOMPARE(fetched.first().at(1).toInt(), 0);
        QTRY_COMPARE(b.outputsModel()->rowCount(), 1);
        QTRY_VERIFY(b.lightbox() && b.lightbox()->isVisible());
        QCOMPARE(b.outputsModel()->item(b.lightbox()->currentId())->ref.filename,
                 stored.outputs.first().toObject().value(u"filename"_s).toString());

        // A file the server no longer has: a clear message.
        StoredJob gone = stored;
        gone.promptId = u"gone"_s;
        QJsonObject o = gone.outputs.first().toObject();
        o.insert(u"filename"_s, u"deleted_00001_.png"_s);
        gone.outputs = QJsonArray{o};
        fetched.clear();
        QVERIFY(b.openOutputs(gone));
        QVERIFY(fetched.wait(5000));
        QCOMPARE(fetched.first().at(1).toInt(), 1);
        QCOMPARE(b.statusMessage(), u"deleted_00001_.png is no longer on gpu-1."_s);

        // A server no longer in the fleet; a workflow not stored.
        gone.server = u"retired"_s;
        QVERIFY(!b.openOutputs(gone, &why));
        QCOMPARE(why, u"retired is no longer in the fleet: its outputs cannot be fetched."_s);
        StoredJob unknown = stored;
        unknown.workflowHash = u"0000000000000000"_s;
        QVERIFY(!b.queueAgain(unknown, &why));
        QVERIFY(why.contains(u"not stored"_s));
        // The server down.
        sim.close();
        QTRY_VERIFY_WITH_TIMEOUT(!server->isUp(), 5000);
        QVERIFY(!b.queueAgain(stored, &why));
        QCOMPARE(why, u"gpu-1 is not reachable now."_s);
    }

    void trendsClickOpensFilteredBrowser()
    {
        StationWindow sw;
        sw.setJobStore(filledStore("trends.sqlite"));
        TrendsView *t = sw.showTrends();
        QVERIFY(t);
        t->setServer(u"a"_s);
        t->setRange(TrendsView::Day);
        int bucket = -1;
        for (int i = 0; i < t->buckets().size(); ++i)
            if (t->buckets().at(i).start == m_hour)
                bucket = i;
        QVERIFY(bucket >= 0);
        QCOMPARE(t->buckets().at(bucket).failed, 10);
        // Click the "failed" segment of that hour's bar.
        QBarSet *failedSet = nullptr;
        for (QChartView *v : t->findChildren<QChartView *>())
            for (QAbstractSeries *s : v->chart()->series())
                if (auto *bars = qobject_cast<QStackedBarSeries *>(s))
                    for (QBarSet *set : bars->barSets())
                        if (set->label() == "failed"_L1)
                            failedSet = set;
        QVERIFY(failedSet);
        Q_EMIT failedSet->clicked(bucket);
        HistoryBrowser *b = sw.findChild<HistoryBrowser *>();
        QVERIFY(b);
        QVERIFY(b->isVisible());
        QTRY_VERIFY(!b->isSearching() && b->totalMatches() >= 0);
        const JobQuery q = b->currentQuery();
        QCOMPARE(q.servers, QStringList{u"a"_s});
        QCOMPARE(q.outcomes, QStringList{u"failed"_s});
        QCOMPARE(q.from, m_hour);
        QCOMPARE(q.to, m_hour.addSecs(3600));
        QCOMPARE(b->totalMatches(), 10);
        // The whole period ("Jobs…"): the server, no outcome.
        for (QPushButton *btn : t->findChildren<QPushButton *>())
            if (btn->text() == u"&Jobs…"_s)
                btn->click();
        QTRY_VERIFY(!b->isSearching());
        QTRY_COMPARE(b->totalMatches(), 20);
        QVERIFY(b->currentQuery().outcomes.isEmpty());

        // The View menu opens it too, and the lock reaches it.
        QCOMPARE(sw.showHistoryBrowser(), b);
        sw.lock();
        QVERIFY(b->isLocked());
        sw.unlock();
        QVERIFY(!b->isLocked());
    }
};

QTEST_MAIN(TestHistory)
#include "tst_history.moc"
