// SPDX-License-Identifier: MIT
// The viewer keeps its server's jobs in the job database (issue #14): a job survives a restart
// of the viewer and of the server, and shows in the History dialog marked and searchable.
#include "viewer/historydialog.h"
#include "viewer/historymodel.h"
#include "viewer/mainwindow.h"

#include "apptestutil.h"

#include <comfyscope/fleet/jobstore.h>
#include <comfyscope/simulator.h>

#include <QtCore/QJsonArray>
#include <QtCore/QTemporaryDir>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>
#include <QtWidgets/QApplication>

using namespace Qt::StringLiterals;
using namespace ComfyScope;
using namespace ComfyScope::App;

namespace {
QJsonObject node(const QString &cls, const QJsonObject &inputs)
{
    return QJsonObject{{u"class_type"_s, cls}, {u"inputs"_s, inputs}};
}

QJsonObject workflow(int color, bool fail = false)
{
    QJsonObject wf{
        {u"1"_s,
         node(u"EmptyImage"_s,
              {{u"width"_s, 16}, {u"height"_s, 16}, {u"batch_size"_s, 1}, {u"color"_s, color}})},
        {u"3"_s, node(u"SaveImage"_s,
                      {{u"images"_s, QJsonArray{u"1"_s, 0}}, {u"filename_prefix"_s, u"viewer"_s}})},
    };
    if (fail)
        wf.insert(u"2"_s, node(u"TestFailNode"_s, {{u"message"_s, u"deliberate failure"_s},
                                                   {u"image"_s, QJsonArray{u"1"_s, 0}}}));
    return wf;
}

/// Queue a workflow from the window and wait until its job has finished (and was reported).
QString runJob(MainWindow &w, const QJsonObject &wf)
{
    QSet<QString> finished;
    const QMetaObject::Connection c = QObject::connect(
        w.session(), &Session::jobFinished, &w,
        [&finished](const Job &j) { finished.insert(j.promptId); });
    SubmitReply *r = w.session()->submit(wf, u"test"_s);
    QString id;
    bool done = false;
    QObject::connect(r, &Reply::finished, r, [r, &id, &done] {
        done = true;
        if (r->isOk())
            id = r->promptId();
    });
    if (!QTest::qWaitFor([&done] { return done; }, 5000) || id.isEmpty())
        return {};
    const bool ok = QTest::qWaitFor([&] { return finished.contains(id); }, 10000);
    QObject::disconnect(c);
    return ok ? id : QString();
}
} // namespace

class TestViewerHistory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { AppTest::isolateSettings(); }

    void jobSurvivesViewerAndServerRestart()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"viewer.sqlite"_s);
        Simulator sim;
        sim.setStepDelay(1);
        QVERIFY(sim.listen());
        const quint16 port = sim.port();
        ServerProfile p;
        p.address = sim.httpUrl().toString();

        QString okId, failedId;
        {
            MainWindow w;
            QString error;
            auto store = JobStore::open(path, &error);
            QVERIFY2(store, qPrintable(error));
            w.setJobStore(std::move(store));
            w.show();
            w.connectTo(p, false);
            QTRY_COMPARE_WITH_TIMEOUT(w.client()->state(), Client::State::Connected, 5000);
            okId = runJob(w, workflow(1));

            failedId = runJob(w, workflow(2, true));
            QVERIFY(!okId.isEmpty() && !failedId.isEmpty());
            w.close();
        } // the viewer quits: its database is closed (every queued write on disk first)

        // The server restarts too and forgets its history.
        sim.kill();
        QVERIFY(sim.listen(QHostAddress::LocalHost, port));

        MainWindow w;
        QString error;
        auto store = JobStore::open(path, &error);
        QVERIFY2(store, qPrintable(error));
        w.setJobStore(std::move(store));
        w.show();
        w.connectTo(p, false);
        QTRY_COMPARE_WITH_TIMEOUT(w.client()->state(), Client::State::Connected, 5000);
        const QString newId = runJob(w, workflow(3));
        QVERIFY(!newId.isEmpty());

        w.showHistory();
        HistoryDialog *h = w.historyDialog();
        QVERIFY(h);
        HistoryModel *m = h->model();
        QTRY_VERIFY_WITH_TIMEOUT(m->rowCount() >= 3, 5000);
        QCOMPARE(m->rowCount(), 3);
        auto rowOf = [m](const QString &id) {
            for (int r = 0; r < m->rowCount(); ++r)
                if (m->entryAt(r).promptId == id)
                    return r;
            return -1;
        };
        // Newest first: the new job (from the server), then the two stored ones.
        QCOMPARE(rowOf(newId), 0);
        QVERIFY(!m->isStored(0));
        const int ok = rowOf(okId), failed = rowOf(failedId);
        QVERIFY(ok > 0 && failed > 0);
        QVERIFY(m->isStored(ok) && m->isStored(failed));
        QCOMPARE(m->index(failed, 0).data(HistoryModel::StoredRole).toBool(), true);
        QCOMPARE(m->index(ok, HistoryModel::SourceColumn).data().toString(), u"Job database"_s);
        QCOMPARE(m->index(0, HistoryModel::SourceColumn).data().toString(), u"Server"_s);
        QCOMPARE(m->index(ok, HistoryModel::StatusColumn).data().toString(),
                 HistoryModel::outcomeLabel(HistoryEntry::Outcome::Succeeded));
        QCOMPARE(m->index(failed, HistoryModel::StatusColumn).data().toString(),
                 HistoryModel::outcomeLabel(HistoryEntry::Outcome::Failed));
        QVERIFY(m->entryAt(failed).error()->exceptionMessage.contains(u"deliberate failure"_s));
        QCOMPARE(m->entryAt(ok).images().size(), 1);
        QVERIFY(m->entryAt(ok).endTimestamp() > 0);

        // Searchable, by the marker and by id.
        h->setSearchText(u"job database"_s);
        QCOMPARE(h->visibleRows(), 2);
        h->setSearchText(failedId);
        QCOMPARE(h->visibleRows(), 1);
        h->setSearchText({});
        QCOMPARE(h->visibleRows(), 3);
    }
};

QTEST_MAIN(TestViewerHistory)
#include "tst_viewerhistory.moc"
