// SPDX-License-Identifier: MIT
// JobTracker against the simulator: every outcome, other clients, and nothing lost on reconnect.
#include <comfyscope/client.h>
#include <comfyscope/jobtracker.h>
#include <comfyscope/replies.h>
#include <comfyscope/simulator.h>

#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QElapsedTimer>
#include <QtNetwork/QNetworkAccessManager>
#include <QtNetwork/QNetworkReply>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

using namespace ComfyScope;
using namespace Qt::StringLiterals;

namespace {
QJsonObject node(const QString &cls, const QJsonObject &inputs)
{
    return QJsonObject{{u"class_type"_s, cls}, {u"inputs"_s, inputs}};
}

QJsonObject imageWorkflow(int steps, int color = 255,
                          const QString &progressClass = u"TestProgressNode"_s)
{
    return QJsonObject{
        {u"1"_s,
         node(u"EmptyImage"_s,
              {{u"width"_s, 32}, {u"height"_s, 32}, {u"batch_size"_s, 1}, {u"color"_s, color}})},
        {u"2"_s,
         node(progressClass,
              {{u"steps"_s, steps}, {u"delay_ms"_s, 1}, {u"image"_s, QJsonArray{u"1"_s, 0}}})},
        {u"3"_s, node(u"SaveImage"_s,
                      {{u"images"_s, QJsonArray{u"2"_s, 0}}, {u"filename_prefix"_s, u"jt"_s}})},
    };
}

// The same workflow with a seed on its sampler node "2" (not cached between seeds).
QJsonObject seeded(QJsonObject wf, int seed)
{
    QJsonObject n = wf.value(u"2"_s).toObject();
    QJsonObject in = n.value(u"inputs"_s).toObject();
    in.insert(u"seed"_s, seed);
    n.insert(u"inputs"_s, in);
    wf.insert(u"2"_s, n);
    return wf;
}

QJsonObject cacheableWorkflow(int color)
{
    return QJsonObject{
        {u"1"_s,
         node(u"EmptyImage"_s,
              {{u"width"_s, 16}, {u"height"_s, 16}, {u"batch_size"_s, 1}, {u"color"_s, color}})},
        {u"2"_s, node(u"ImageInvert"_s, {{u"image"_s, QJsonArray{u"1"_s, 0}}})},
        {u"3"_s, node(u"SaveImage"_s,
                      {{u"images"_s, QJsonArray{u"2"_s, 0}}, {u"filename_prefix"_s, u"c"_s}})},
    };
}

template<class R>
R *waitFinished(R *r)
{
    QSignalSpy spy(r, &Reply::finished);
    if (!r->isFinished())
        spy.wait(10000);
    return r;
}
} // namespace

class TestJobTracker : public QObject
{
    Q_OBJECT
    std::unique_ptr<Simulator> sim;
    std::unique_ptr<Client> client;
    std::unique_ptr<JobTracker> tracker;

    void connectClient()
    {
        QSignalSpy session(client.get(), &Client::sessionStarted);
        client->open();
        QVERIFY(session.wait(5000));
    }

    QString submit(const QJsonObject &wf)
    {
        SubmitReply *r = waitFinished(tracker->submit(wf));
        if (!r->isOk())
            qWarning() << r->errorString();
        return r->isOk() ? r->promptId() : QString();
    }

    Job waitJob(const QString &id, int timeout = 10000)
    {
        QSignalSpy finished(tracker.get(), &JobTracker::jobFinished);
        auto isDone = [&] {
            for (const auto &args : finished)
                if (args.at(0).value<Job>().promptId == id)
                    return true;
            return false;
        };
        if (!(tracker->job(id) && tracker->job(id)->isFinished())) {
            QElapsedTimer t;
            t.start();
            while (!isDone() && t.elapsed() < timeout)
                QTest::qWait(10);
        }
        if (!tracker->job(id)) {
            qWarning() << "no job" << id;
            return Job();
        }
        return *tracker->job(id);
    }

private Q_SLOTS:
    void init()
    {
        sim = std::make_unique<Simulator>();
        sim->setStepDelay(5);
        QVERIFY(sim->listen());
        client = std::make_unique<Client>();
        client->setEndpoint(ServerEndpoint::fromString(sim->httpUrl().toString()));
        client->setReconnectDelays(20, 200);
        tracker = std::make_unique<JobTracker>(client.get());
    }
    void cleanup()
    {
        tracker.reset();
        client.reset();
        sim.reset();
    }

    void successWithOutputsFromHistory()
    {
        connectClient();
        QSignalSpy finished(tracker.get(), &JobTracker::jobFinished);
        const QString id = submit(imageWorkflow(5));
        QVERIFY(!id.isEmpty());
        const Job j = waitJob(id);
        QCOMPARE(j.state, Job::State::Succeeded);
        QVERIFY(j.own);
        QVERIFY(j.liveDetail);
        QVERIFY(j.outputsConfirmed);
        QCOMPARE(j.outputs.size(), 1);
        QCOMPARE(j.outputs.first().type, u"output"_s);
        QCOMPARE(j.totalNodes(), 3);
        QCOMPARE(j.doneNodes(), 3);
        QCOMPARE(j.overallProgress(), 1.0);
        QVERIFY(j.startedAt.isValid() && j.finishedAt.isValid());
        QCOMPARE(finished.size(), 1); // exactly once
        QTest::qWait(300);
        QCOMPARE(finished.size(), 1);
        QVERIFY(tracker->durationEstimate().first >= 0);
    }

    void progressIsDerivedFromNodesAndSteps()
    {
        connectClient();
        sim->setStepDelay(30);
        QList<double> overall;
        connect(tracker.get(), &JobTracker::jobChanged, this, [&](const Job &j) {
            if (j.state == Job::State::Running)
                overall << j.overallProgress();
        });
        const QString id = submit(imageWorkflow(10));
        const Job j = waitJob(id);
        QCOMPARE(j.state, Job::State::Succeeded);
        QVERIFY(overall.size() >= 10);
        for (qsizetype i = 1; i < overall.size(); ++i)
            QVERIFY2(overall.at(i) >= overall.at(i - 1) - 1e-9, "overall progress went backwards");
        // Mid-run values strictly between the node boundaries exist (steps count).
        bool fractional = false;
        for (double v : overall)
            fractional |= v > 1.0 / 3 + 0.01 && v < 2.0 / 3 - 0.01;
        QVERIFY(fractional);
    }

    void progressIsWeightedBySteps()
    {
        // A loader that finished and a 60-step sampler at step 8: about 15 %, not 57 %.
        Job j;
        j.state = Job::State::Running;
        j.nodeClasses = {{u"1"_s, u"Loader"_s}, {u"2"_s, u"KSampler"_s}};
        j.nodeWeights.insert(u"2"_s, 60);
        j.executedNodes.insert(u"1"_s);
        j.currentNode = u"2"_s;
        j.nodeValue = 8;
        j.nodeMax = 60;
        QVERIFY2(qAbs(j.overallProgress() - 9.0 / 61) < 1e-9,
                 qPrintable(QString::number(j.overallProgress())));
        // Same graph without weights counts nodes.
        j.nodeWeights.clear();
        QVERIFY(qAbs(j.overallProgress() - (1 + 8.0 / 60) / 2) < 1e-9);
        // Seeds do not change the workflow's identity; other inputs do.
        QCOMPARE(workflowHash(imageWorkflow(5, 1)), workflowHash(imageWorkflow(5, 1)));
        QCOMPARE(workflowHash(seeded(imageWorkflow(5, 1), 42)), workflowHash(imageWorkflow(5, 1)));
        QVERIFY(workflowHash(imageWorkflow(6, 1)) != workflowHash(imageWorkflow(5, 1)));
    }

    void trackerWeighsStepsThenLearnedDurations()
    {
        connectClient();
        sim->setStepDelay(5);
        double atStep8 = -1;
        auto conn = connect(tracker.get(), &JobTracker::jobChanged, this, [&](const Job &j) {
            if (j.state == Job::State::Running && j.currentNode == u"2"_s && j.nodeValue == 8
                && atStep8 < 0)
                atStep8 = j.overallProgress();
        });
        const QString a = submit(seeded(imageWorkflow(60, 3), 1));
        const Job first = waitJob(a);
        QCOMPARE(first.state, Job::State::Succeeded);
        QCOMPARE(first.nodeWeights.value(u"2"_s), 60.0); // from the steps input
        QVERIFY2(atStep8 > 0.05 && atStep8 < 0.25, qPrintable(QString::number(atStep8)));
        QVERIFY(first.nodeDurationsMs.contains(u"2"_s));
        const qint64 learned = tracker->learnedDurationMs(first.workflowHash);
        QVERIFY(learned > 0);
        disconnect(conn);

        // The second run of the same workflow is weighed by the first run's node times, and
        // its ETA comes from them while it runs.
        sim->setStepDelay(20);
        qint64 midEta = -1;
        conn = connect(tracker.get(), &JobTracker::jobChanged, this, [&](const Job &j) {
            if (j.state == Job::State::Running && j.currentNode == u"2"_s && j.nodeValue == 30
                && midEta < 0)
                midEta = tracker->etaMs(j.promptId);
        });
        const QString b = submit(seeded(imageWorkflow(60, 3), 2));
        QTRY_VERIFY(tracker->job(b) && !tracker->job(b)->nodeWeights.isEmpty());
        const Job second = waitJob(b);
        QCOMPARE(second.state, Job::State::Succeeded);
        QVERIFY(second.nodeWeights.value(u"2"_s) != 60.0); // learned ms, not steps
        QVERIFY(second.nodeWeights.value(u"2"_s) >= second.nodeWeights.value(u"1"_s));
        QVERIFY2(midEta > 0, qPrintable(QString::number(midEta)));
        // The first run's steps took 5 ms, this one's 20 ms: halfway through the sampler, the
        // learned times alone say ~300 ms are left in all; the node's own pace ~600 ms. The ETA
        // takes the larger, so a fast (or burst-delivered) earlier run cannot claim "0 s left".
        QVERIFY2(midEta >= 450, qPrintable(QString::number(midEta)));
        disconnect(conn);
    }

    void cachedRerun()
    {
        connectClient();
        const QString a = submit(cacheableWorkflow(7));
        QCOMPARE(waitJob(a).state, Job::State::Succeeded);
        const QString b = submit(cacheableWorkflow(7));
        const Job j = waitJob(b);
        QCOMPARE(j.state, Job::State::Succeeded);
        QCOMPARE(j.cachedNodes.size(), 3);
        QCOMPARE(j.outputs.size(), 1); // the cached output node still reports its image
        QCOMPARE(j.overallProgress(), 1.0);
    }

    void executionError()
    {
        connectClient();
        QJsonObject wf = imageWorkflow(2);
        wf.insert(u"2"_s, node(u"TestFailNode"_s, {{u"message"_s, u"deliberate failure"_s},
                                                   {u"image"_s, QJsonArray{u"1"_s, 0}}}));
        const Job j = waitJob(submit(wf));
        QCOMPARE(j.state, Job::State::Failed);
        QVERIFY(j.error.has_value());
        QCOMPARE(j.error->nodeId, u"2"_s);
        QCOMPARE(j.error->nodeType, u"TestFailNode"_s);
        QVERIFY(!j.error->exceptionMessage.isEmpty());
    }

    void interruptRunningAndCancelPending()
    {
        connectClient();
        sim->setStepDelay(40);
        const QString running = submit(imageWorkflow(500));
        const QString pending = submit(imageWorkflow(500, 1));
        QTRY_VERIFY_WITH_TIMEOUT(
            tracker->job(running) && tracker->job(running)->state == Job::State::Running, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(
            tracker->job(pending) && tracker->job(pending)->state == Job::State::Queued, 5000);
        QCOMPARE(tracker->jobs().first().promptId, running);
        QVERIFY(waitFinished(tracker->cancel(pending))->isOk());
        QCOMPARE(waitJob(pending).state, Job::State::Cancelled);
        QVERIFY(waitFinished(tracker->cancel(running))->isOk());
        const Job j = waitJob(running);
        QCOMPARE(j.state, Job::State::Interrupted);
        QVERIFY(j.interruption.has_value());
    }

    void validationFailure()
    {
        connectClient();
        QJsonObject wf = imageWorkflow(2);
        wf.insert(
            u"1"_s,
            node(u"EmptyImage"_s,
                 {{u"width"_s, 999999}, {u"height"_s, 8}, {u"batch_size"_s, 1}, {u"color"_s, 0}}));
        QSignalSpy added(tracker.get(), &JobTracker::jobAdded);
        SubmitReply *r = waitFinished(tracker->submit(wf));
        QCOMPARE(r->error().code, Error::Code::ValidationFailed);
        QCOMPARE(r->httpStatus(), 400);
        QVERIFY(!r->promptError().nodeErrors.isEmpty());
        QCOMPARE(r->promptError().nodeErrors.first().nodeId, u"1"_s);
        QVERIFY(r->errorString().contains(u"width"_s) || r->errorString().contains(u"bigger"_s));
        QTest::qWait(200);
        QCOMPARE(added.size(), 0);
        // Unknown node class: invalid_prompt.
        QJsonObject bad{{u"1"_s, node(u"NoSuchNode"_s, {})}};
        r = waitFinished(tracker->submit(bad));
        QCOMPARE(r->error().code, Error::Code::ValidationFailed);
        QCOMPARE(r->promptError().type, u"invalid_prompt"_s);
    }

    void severalQueuedPromptsInOrder()
    {
        connectClient();
        sim->setStepDelay(10);
        QStringList ids;
        for (int i = 0; i < 4; ++i)
            ids << submit(imageWorkflow(3, i));
        QStringList finishedOrder;
        connect(tracker.get(), &JobTracker::jobFinished, this,
                [&](const Job &j) { finishedOrder << j.promptId; });
        QTRY_COMPARE_WITH_TIMEOUT(finishedOrder.size(), 4, 15000);
        QCOMPARE(finishedOrder, ids);
        for (const QString &id : ids)
            QCOMPARE(tracker->job(id)->state, Job::State::Succeeded);
    }

    void otherClientsJobHasNoLiveDetail()
    {
        connectClient();
        sim->setStepDelay(30);
        // Another tool queues a prompt under its own id.
        QNetworkAccessManager nam;
        QNetworkRequest req(QUrl(sim->httpUrl().toString() + u"/prompt"_s));
        req.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
        const QJsonObject body{{u"prompt"_s, imageWorkflow(20)},
                               {u"client_id"_s, u"someone-else"_s}};
        QNetworkReply *r = nam.post(req, QJsonDocument(body).toJson());
        QSignalSpy done(r, &QNetworkReply::finished);
        QVERIFY(done.wait(5000));
        const QString id =
            QJsonDocument::fromJson(r->readAll()).object().value("prompt_id"_L1).toString();
        QVERIFY(!id.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(tracker->contains(id), 5000);
        Job j = *tracker->job(id);
        QVERIFY(!j.own);
        QVERIFY(!j.liveDetail);
        QCOMPARE(j.clientId, u"someone-else"_s);
        QCOMPARE(j.previewCount, 0);
        j = waitJob(id, 15000);
        QCOMPARE(j.state, Job::State::Succeeded);
        QCOMPARE(j.outputs.size(), 1); // the outcome and outputs still arrive, from /history
        r->deleteLater();
    }

    void droppedMidRunStillEndsWithRealOutputs()
    {
        connectClient();
        sim->setStepDelay(20);
        const QString id = submit(imageWorkflow(30));
        QTRY_VERIFY_WITH_TIMEOUT(tracker->job(id) && tracker->job(id)->state == Job::State::Running,
                                 5000);
        // The socket is cut (and the server is unreachable) while the prompt runs and finishes.
        const quint16 port = sim->port();
        client->setReconnectDelays(400, 800);
        sim->dropWebSocketConnections();
        sim->close();
        QTRY_VERIFY_WITH_TIMEOUT(sim->queueRemaining() == 0, 10000); // it finished without us
        QVERIFY(tracker->job(id)->state == Job::State::Running);
        QVERIFY(sim->listen(QHostAddress::LocalHost, port));
        const Job j = waitJob(id, 10000);
        QCOMPARE(j.state, Job::State::Succeeded);
        QVERIFY(j.outputsConfirmed);
        QCOMPARE(j.outputs.size(), 1);
    }

    void historyPaging()
    {
        connectClient();
        QStringList ids;
        for (int i = 0; i < 5; ++i)
            ids << submit(cacheableWorkflow(100 + i));
        QTRY_COMPARE_WITH_TIMEOUT(sim->queueRemaining(), 0, 10000);
        QTRY_VERIFY(tracker->job(ids.last()) && tracker->job(ids.last())->isFinished());
        HistoryReply *all = waitFinished(client->fetchHistory());
        QCOMPARE(all->entries().size(), 5);
        for (int i = 0; i < 5; ++i)
            QCOMPARE(all->entries().at(i).promptId, ids.at(i)); // completion order kept
        HistoryReply *last2 = waitFinished(client->fetchHistory(2));
        QCOMPARE(last2->entries().size(), 2);
        QCOMPARE(last2->entries().at(1).promptId, ids.at(4));
        HistoryReply *page = waitFinished(client->fetchHistory(2, 1));
        QCOMPARE(page->entries().size(), 2);
        QCOMPARE(page->entries().at(0).promptId, ids.at(1));
        QCOMPARE(page->entries().at(1).promptId, ids.at(2));
        HistoryReply *none = waitFinished(client->fetchHistory(u"no-such-id"_s));
        QVERIFY(none->isOk());
        QVERIFY(!none->entry(u"no-such-id"_s));
    }

    void etaFromRecentRuns()
    {
        connectClient();
        sim->setStepDelay(10);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(waitJob(submit(imageWorkflow(5, i))).state, Job::State::Succeeded);
        const auto est = tracker->durationEstimate();
        QVERIFY(est.first > 0);
        QVERIFY(est.second >= est.first / 2);
        sim->setStepDelay(50);
        const QString a = submit(imageWorkflow(50, 9));
        const QString b = submit(imageWorkflow(50, 10));
        QTRY_VERIFY(tracker->job(b) && tracker->job(b)->state == Job::State::Queued);
        QVERIFY(tracker->etaMs(b) >= tracker->etaMs(a));
        waitFinished(client->clearQueue());
        waitFinished(client->interrupt());
    }
};

QTEST_GUILESS_MAIN(TestJobTracker)
#include "tst_jobtracker.moc"
