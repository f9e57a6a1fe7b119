// SPDX-License-Identifier: MIT
// Faults still open against the newest ComfyUI and what v0.33 servers offer: a deaf socket found
// while idle, REST deadlines and size caps, a server with a wrong clock, race-free cancel through
// the jobs API, prompt id validation, v0.33 validation errors shown with their node, and a
// throttled progress stream.
#include <comfyscope/client.h>
#include <comfyscope/jobtracker.h>
#include <comfyscope/replies.h>
#include <comfyscope/simulator.h>

#include <QtCore/QElapsedTimer>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QPointer>
#include <QtCore/QSet>
#include <QtCore/QTimer>
#include <QtCore/QUrlQuery>
#include <QtCore/QUuid>
#include <QtNetwork/QNetworkProxy>
#include <QtNetwork/QTcpServer>
#include <QtNetwork/QTcpSocket>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>
#include <QtWebSockets/QWebSocket>

#include <algorithm>
#include <memory>

using namespace ComfyScope;
using namespace Qt::StringLiterals;

namespace {

QJsonObject node(const QString &cls, const QJsonObject &inputs)
{
    return QJsonObject{{u"class_type"_s, cls}, {u"inputs"_s, inputs}};
}

QJsonObject progressWorkflow(int steps, int color, int delayMs = 1)
{
    return QJsonObject{
        {u"1"_s,
         node(u"EmptyImage"_s,
              {{u"width"_s, 16}, {u"height"_s, 16}, {u"batch_size"_s, 1}, {u"color"_s, color}})},
        {u"2"_s, node(u"TestProgressNode"_s, {{u"steps"_s, steps},
                                              {u"delay_ms"_s, delayMs},
                                              {u"image"_s, QJsonArray{u"1"_s, 0}}})},
        {u"3"_s, node(u"SaveImage"_s,
                      {{u"images"_s, QJsonArray{u"2"_s, 0}}, {u"filename_prefix"_s, u"n"_s}})},
    };
}

template<class R>
R *waitFinished(R *r, int timeout = 10000)
{
    QSignalSpy spy(r, &Reply::finished);
    if (!r->isFinished())
        spy.wait(timeout);
    return r;
}

struct Outcome
{
    bool done = false;
    Error::Code code = Error::Code::NoError;
    QString message;
    qint64 ms = -1;
    QByteArray body;
};

/*!
 * A hand-made HTTP/1.1 server with keep-alive. `mode` decides what each request gets:
 * Normal answers at once; Dribble sends the head and then one body byte every 20 ms, forever
 * (Content-Length is a lie the body never reaches); Huge announces a large body; Silent makes
 * every connection that already exists stop answering while new connections still get Normal.
 */
class HandMadeServer : public QTcpServer
{
public:
    enum class Mode { Normal, Dribble, Huge };
    Mode mode = Mode::Normal;
    bool silenceExisting = false;
    QList<QPointer<QTcpSocket>> connections;
    QSet<QTcpSocket *> silenced;
    int answered = 0;

    HandMadeServer()
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = nextPendingConnection()) {
                connections << s;
                connect(s, &QTcpSocket::readyRead, s, [this, s] { serve(s); });
            }
        });
        listen(QHostAddress::LocalHost, 0);
    }
    QString url() const { return u"http://127.0.0.1:%1"_s.arg(serverPort()); }
    void silenceAll()
    {
        for (const auto &s : std::as_const(connections))
            if (s)
                silenced.insert(s);
    }
    int openConnections() const
    {
        int n = 0;
        for (const auto &s : connections)
            n += s && s->state() == QAbstractSocket::ConnectedState;
        return n;
    }

private:
    void serve(QTcpSocket *s)
    {
        QByteArray buf = s->property("buf").toByteArray() + s->readAll();
        qsizetype end;
        while ((end = buf.indexOf("\r\n\r\n")) >= 0) {
            const QByteArray head = buf.left(end);
            buf.remove(0, end + 4);
            qsizetype len = 0;
            for (const QByteArray &line : head.split('\n'))
                if (line.toLower().startsWith("content-length:"))
                    len = line.mid(15).trimmed().toLongLong();
            buf.remove(0, qMin(len, buf.size()));
            if (silenced.contains(s))
                continue; // a server gone silent on this connection
            answer(s);
        }
        s->setProperty("buf", buf);
    }
    void answer(QTcpSocket *s)
    {
        ++answered;
        const QByteArray body = R"({"queue_running": [], "queue_pending": []})";
        switch (mode) {
        case Mode::Normal:
            s->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                     + QByteArray::number(body.size()) + "\r\n\r\n" + body);
            break;
        case Mode::Dribble: {
            s->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                     "100000000\r\n\r\n");
            auto *t = new QTimer(s);
            connect(t, &QTimer::timeout, s, [s] { s->write(" "); });
            t->start(20);
            break;
        }
        case Mode::Huge:
            s->write("HTTP/1.1 200 OK\r\nContent-Type: image/png\r\nContent-Length: "
                     "5000000000\r\n\r\n");
            s->write(QByteArray(4096, 'x'));
            break;
        }
    }
};

} // namespace

class TestNewest : public QObject
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
        QCOMPARE(client->state(), Client::State::Connected);
    }
    void track(Reply *r, Outcome &o, const QElapsedTimer &t)
    {
        connect(r, &Reply::finished, this, [&o, &t, r] {
            o.done = true;
            o.code = r->error().code;
            o.message = r->errorString();
            o.ms = t.elapsed();
            o.body = r->body();
        });
    }
    /// A second socket with the client's id takes the sid over and closes: the server (with the
    /// race enabled) then unregisters the id and the client's socket hears nothing more.
    void takeOverAndRelease()
    {
        QWebSocket intruder;
        QSignalSpy connected(&intruder, &QWebSocket::connected);
        intruder.open(QUrl(sim->httpUrl().toString().replace(u"http"_s, u"ws"_s)
                           + u"/ws?clientId="_s + client->clientId()));
        QVERIFY(connected.wait(3000));
        QTest::qWait(100);
        intruder.close();
        QTRY_VERIFY(intruder.state() == QAbstractSocket::UnconnectedState);
        QTRY_VERIFY_WITH_TIMEOUT(!sim->connectedSids().contains(client->clientId()), 3000);
    }

private Q_SLOTS:
    void initTestCase() { QNetworkProxy::setApplicationProxy(QNetworkProxy::NoProxy); }

    void init()
    {
        sim = std::make_unique<Simulator>();
        sim->setStepDelay(5);
        QVERIFY(sim->listen());
        client = std::make_unique<Client>();
        client->setEndpoint(ServerEndpoint::fromString(sim->httpUrl().toString()));
        client->setReconnectDelays(10, 100);
        client->setRequestTimeout(5000);
        tracker = std::make_unique<JobTracker>(client.get());
    }

    void cleanup()
    {
        tracker.reset();
        client.reset();
        sim.reset();
    }

    // 1 --- the deaf socket, found while idle ---------------------------------------------------
    void deafSocketIsFoundWhileIdle()
    {
        sim->setSidReplaceRaceEnabled(true);
        client->setDeafProbeInterval(200);
        connectClient();
        QTest::qWait(300); // the probe's baseline
        takeOverAndRelease();
        QCOMPARE(client->state(), Client::State::Connected); // still open, but deaf

        // We submit nothing. Another client's prompt moves the server's queue and history;
        // every change is broadcast, none reaches us: the probe notices and reconnects.
        QSignalSpy sessions(client.get(), &Client::sessionStarted);
        QSignalSpy errors(client.get(), &Client::errorOccurred);
        QVERIFY(!sim->queuePrompt(progressWorkflow(2, 3), u"someone-else"_s).isEmpty());
        QVERIFY(sessions.wait(8000));
        QVERIFY(sessions.at(0).at(1).toBool()); // resumed with the same id
        bool lost = false;
        for (const auto &e : std::as_const(errors))
            lost |= e.at(0).value<Error>().code == Error::Code::RegistrationLost;
        QVERIFY(lost);
        QVERIFY(sim->connectedSids().contains(client->clientId()));
        // Registered again: broadcasts reach us.
        QSignalSpy status(client.get(), &Client::statusReceived);
        QVERIFY(!sim->queuePrompt(progressWorkflow(2, 4), u"someone-else"_s).isEmpty());
        QVERIFY(status.wait(3000));
    }

    void healthySocketIsNotReconnectedByTheProbe()
    {
        client->setDeafProbeInterval(100);
        connectClient();
        QSignalSpy sessions(client.get(), &Client::sessionStarted);
        QSignalSpy errors(client.get(), &Client::errorOccurred);
        // Other clients keep the queue moving; we hear every broadcast: no false alarm.
        for (int i = 0; i < 5; ++i) {
            QVERIFY(!sim->queuePrompt(progressWorkflow(3, i), u"someone-else"_s).isEmpty());
            QTest::qWait(250);
        }
        QTest::qWait(2000);
        QCOMPARE(sessions.size(), 0);
        QCOMPARE(errors.size(), 0);
        QCOMPARE(client->state(), Client::State::Connected);
    }

    void probeOffLeavesTheDeafSocketAlone()
    {
        // The same takeover with the probe off: nothing notices until our own submit. This is
        // what the probe changes.
        sim->setSidReplaceRaceEnabled(true);
        client->setDeafProbeInterval(0);
        connectClient();
        takeOverAndRelease();
        QSignalSpy sessions(client.get(), &Client::sessionStarted);
        QVERIFY(!sim->queuePrompt(progressWorkflow(2, 3), u"someone-else"_s).isEmpty());
        QVERIFY(!sessions.wait(2500));
        QVERIFY(!sim->connectedSids().contains(client->clientId()));
    }

    // 2 --- REST bodies that never end, oversized answers, pooled connections -----------------
    void dribblingBodyHitsTheDeadline()
    {
        HandMadeServer server;
        server.mode = HandMadeServer::Mode::Dribble;
        client->setEndpoint(ServerEndpoint::fromString(server.url()));
        client->setRequestTimeout(300); // silence timeout: never reached, bytes keep coming
        client->setRequestLimits(Client::RequestKind::Json, 900, 0);
        QCOMPARE(client->requestDeadline(Client::RequestKind::Json), 900);
        QElapsedTimer t;
        t.start();
        Outcome o;
        track(client->fetchQueue(), o, t);
        QTRY_VERIFY_WITH_TIMEOUT(o.done, 5000);
        QCOMPARE(o.code, Error::Code::DeadlineExceeded);
        QVERIFY2(o.ms >= 850 && o.ms < 3000, qPrintable(QString::number(o.ms)));
        QVERIFY(o.message.contains(u"/queue"_s));
        QVERIFY(o.body.isEmpty());
        // Downloads have their own, longer deadline: the JSON one does not apply to them.
        client->setRequestLimits(Client::RequestKind::Download, 1500, 0);
        Outcome d;
        t.restart();
        track(client->download(ImageRef{u"a.png"_s, {}, u"output"_s}), d, t);
        QTRY_VERIFY_WITH_TIMEOUT(d.done, 5000);
        QCOMPARE(d.code, Error::Code::DeadlineExceeded);
        QVERIFY2(d.ms >= 1400, qPrintable(QString::number(d.ms)));
    }

    void oversizedAnswersAreCut()
    {
        HandMadeServer server;
        server.mode = HandMadeServer::Mode::Huge; // announces 5 GB
        client->setEndpoint(ServerEndpoint::fromString(server.url()));
        client->setRequestTimeout(30000); // silence never ends these; only the cap can
        client->setRequestLimits(Client::RequestKind::Download, 60000, 10 << 20);
        QElapsedTimer t;
        t.start();
        Outcome o;
        track(client->download(ImageRef{u"big.png"_s, {}, u"output"_s}), o, t);
        QTRY_VERIFY_WITH_TIMEOUT(o.done, 20000);
        QCOMPARE(o.code, Error::Code::ResponseTooLarge);
        QVERIFY2(o.ms < 10000, qPrintable(QString::number(o.ms))); // not the 30 s silence
        // Another kind, its own cap: a JSON answer announcing 5 GB is cut by the JSON cap.
        client->setRequestLimits(Client::RequestKind::Json, 60000, 1 << 20);
        Outcome j;
        track(client->fetchQueue(), j, t);
        QTRY_VERIFY_WITH_TIMEOUT(j.done, 20000);
        QCOMPARE(j.code, Error::Code::ResponseTooLarge);
        QVERIFY(j.message.contains(u"1048576"_s));
        // Within the cap the same route works.
        server.mode = HandMadeServer::Mode::Normal;
        QueueReply *ok = waitFinished(client->fetchQueue());
        QVERIFY2(ok->isOk(), qPrintable(ok->errorString()));
    }

    void silentPooledConnectionsAreDropped()
    {
        HandMadeServer server;
        client->setEndpoint(ServerEndpoint::fromString(server.url()));
        client->setRequestTimeout(400);
        // Fill the keep-alive pool with several connections.
        QList<Outcome> warm(4);
        QElapsedTimer t;
        t.start();
        for (Outcome &o : warm)
            track(client->fetchQueue(), o, t);
        QTRY_VERIFY_WITH_TIMEOUT(
            std::all_of(warm.cbegin(), warm.cend(), [](const Outcome &o) { return o.done; }), 5000);
        for (const Outcome &o : std::as_const(warm))
            QCOMPARE(o.code, Error::Code::NoError);
        const int pooled = server.openConnections();
        QVERIFY2(pooled >= 2, qPrintable(QString::number(pooled)));
        // The server goes silent on every connection it has (a half-dead peer or a proxy that
        // forgot them) but still answers new ones.
        server.silenceAll();
        Outcome first;
        track(client->fetchQueue(), first, t);
        QTRY_VERIFY_WITH_TIMEOUT(first.done, 5000);
        QCOMPARE(first.code, Error::Code::Timeout);
        // After that timeout the pool is dropped: the next requests open fresh connections and
        // succeed instead of timing out one by one on the other dead pooled connections.
        QTRY_VERIFY_WITH_TIMEOUT(server.openConnections() == 0, 5000);
        QList<Outcome> after(3);
        for (Outcome &o : after)
            track(client->fetchQueue(), o, t);
        QTRY_VERIFY_WITH_TIMEOUT(
            std::all_of(after.cbegin(), after.cend(), [](const Outcome &o) { return o.done; }),
            5000);
        for (const Outcome &o : std::as_const(after))
            QVERIFY2(o.code == Error::Code::NoError, qPrintable(o.message));
    }

    // 3 --- a server whose clock is off -------------------------------------------------------
    void skewedServerClockGivesSaneTimes_data()
    {
        QTest::addColumn<qint64>("skew");
        const qint64 day = 24LL * 3600 * 1000;
        QTest::newRow("1000 days ahead") << 1000 * day;
        QTest::newRow("3 hours behind") << -3 * 3600 * 1000LL;
        QTest::newRow("in sync") << qint64(0);
    }
    void skewedServerClockGivesSaneTimes()
    {
        QFETCH(qint64, skew);
        sim->setClockSkew(skew);
        connectClient();
        QSignalSpy finished(tracker.get(), &JobTracker::jobFinished);
        QSignalSpy changed(tracker.get(), &JobTracker::jobChanged);
        QElapsedTimer t;
        t.start();
        SubmitReply *r = waitFinished(tracker->submit(progressWorkflow(30, 1, 10)));
        QVERIFY(r->isOk());
        const QString id = r->promptId();
        // While it runs: elapsed time within what really passed, ETA sane.
        QTRY_VERIFY_WITH_TIMEOUT(tracker->job(id) && tracker->job(id)->state == Job::State::Running,
                                 5000);
        QTest::qWait(100);
        const qint64 runningElapsed = tracker->job(id)->elapsedMs();
        QVERIFY2(runningElapsed >= 0 && runningElapsed <= t.elapsed(),
                 qPrintable(QString::number(runningElapsed)));
        QVERIFY(finished.wait(10000));
        const Job j = finished.at(0).at(0).value<Job>();
        QCOMPARE(j.state, Job::State::Succeeded);
        const qint64 wall = t.elapsed();
        QVERIFY2(j.elapsedMs() >= 200 && j.elapsedMs() <= wall,
                 qPrintable(u"%1 of %2"_s.arg(j.elapsedMs()).arg(wall)));
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        QVERIFY(qAbs(j.finishedAt.toMSecsSinceEpoch() - now) < 5000);
        QVERIFY(qAbs(j.queuedAt.toMSecsSinceEpoch() - now) < 10000);
        // The ETA of the next job uses the measured duration, not the clock difference.
        const auto est = tracker->durationEstimate();
        QVERIFY2(est.first >= 0 && est.first <= wall, qPrintable(QString::number(est.first)));

        // A job that finished while we were away is read from /history: placed on our clock,
        // with the server's own duration.
        QSignalSpy simDone(sim.get(), &Simulator::promptFinished);
        const QString other = sim->queuePrompt(progressWorkflow(60, 2, 10), u"someone-else"_s);
        QTRY_VERIFY_WITH_TIMEOUT(
            tracker->job(other) && tracker->job(other)->state == Job::State::Running, 5000);
        client->close();
        QVERIFY(simDone.wait(8000));
        QElapsedTimer away;
        away.start();
        client->open();
        QTRY_VERIFY_WITH_TIMEOUT(tracker->job(other) && tracker->job(other)->isFinished(), 8000);
        const Job h = *tracker->job(other);
        QCOMPARE(h.state, Job::State::Succeeded);
        QVERIFY2(h.elapsedMs() >= 300 && h.elapsedMs() < 5000,
                 qPrintable(QString::number(h.elapsedMs())));
        const qint64 now2 = QDateTime::currentMSecsSinceEpoch();
        QVERIFY2(qAbs(h.finishedAt.toMSecsSinceEpoch() - now2) < 10000,
                 qPrintable(h.finishedAt.toString(Qt::ISODateWithMs)));
    }

    void implausibleTimesAreUnknownNotNonsense()
    {
        Job j;
        j.startedAt = QDateTime::currentDateTimeUtc().addDays(-1000);
        QCOMPARE(j.elapsedMs(), -1);
        j.startedAt = QDateTime::currentDateTimeUtc().addSecs(3600); // starts in an hour
        QCOMPARE(j.elapsedMs(), -1);
        j.startedAt = QDateTime::currentDateTimeUtc().addSecs(-90);
        QVERIFY(qAbs(j.elapsedMs() - 90000) < 2000);
        j.startedAt = QDateTime();
        QCOMPARE(j.elapsedMs(), 0);
    }

    // 4 --- race-free cancel where the server has it -------------------------------------------
    void cancelUsesTheJobsApiOnNewestServers_data()
    {
        QTest::addColumn<bool>("newest");
        QTest::addColumn<QString>("via");
        QTest::newRow("v0.33") << true << u"jobs_api"_s;
        QTest::newRow("v0.8.0") << false << u"queue_interrupt"_s;
    }
    void cancelUsesTheJobsApiOnNewestServers()
    {
        QFETCH(bool, newest);
        QFETCH(QString, via);
        sim->setNewestFeaturesEnabled(newest);
        connectClient();
        QSignalSpy finished(tracker.get(), &JobTracker::jobFinished);
        const QString running =
            waitFinished(tracker->submit(progressWorkflow(400, 1, 10)))->promptId();
        const QString pending = waitFinished(tracker->submit(progressWorkflow(5, 2)))->promptId();
        QVERIFY(!running.isEmpty() && !pending.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(sim->runningPromptId(), running, 5000);
        sim->clearHttpRequests();

        JsonReply *c = waitFinished(client->cancelPrompt(pending));
        QVERIFY2(c->isOk(), qPrintable(c->errorString()));
        QCOMPARE(c->object().value("via"_L1).toString(), via);
        QVERIFY(c->object().value("cancelled"_L1).toBool());
        QVERIFY(!sim->pendingPromptIds().contains(pending));
        QCOMPARE(sim->runningPromptId(), running); // the running one is untouched

        Reply *c2 = waitFinished(tracker->cancel(running));
        QVERIFY(c2->isOk());
        QTRY_VERIFY_WITH_TIMEOUT(finished.size() >= 2, 10000);
        QHash<QString, Job::State> states;
        for (const auto &a : std::as_const(finished)) {
            const Job j = a.at(0).value<Job>();
            states.insert(j.promptId, j.state);
        }
        QCOMPARE(states.value(running), Job::State::Interrupted);
        QCOMPARE(states.value(pending), Job::State::Cancelled);
        int cancelPosts = 0;
        bool usedInterrupt = false;
        for (const auto &req : sim->httpRequests()) {
            cancelPosts += req.path.endsWith("/cancel"_L1) && req.method == "POST";
            usedInterrupt |= req.path.endsWith("/interrupt"_L1);
        }
        // v0.33: both cancels through the jobs API. Older: one try (405), remembered, then the
        // old way for both.
        QCOMPARE(cancelPosts, newest ? 2 : 1);
        QCOMPARE(usedInterrupt, !newest);

        // Cancelling something already finished is a no-op, not an error.
        JsonReply *c3 = waitFinished(client->cancelPrompt(running));
        QVERIFY(c3->isOk());
        QVERIFY(!c3->object().value("cancelled"_L1).toBool());

        // /api/jobs: the interrupted run is `cancelled` on v0.33, `failed` before.
        JobsReply *jr = waitFinished(client->fetchJobs());
        QVERIFY(jr->isOk());
        QString status;
        for (const JobInfo &ji : jr->jobs())
            if (ji.id == running)
                status = ji.status;
        QCOMPARE(status, newest ? u"cancelled"_s : u"failed"_s);
        // v0.8.0 refuses `cancelled` as a filter value (as the real server does); v0.33 takes it.
        QUrlQuery onlyCancelled;
        onlyCancelled.addQueryItem(u"status"_s, u"cancelled"_s);
        JobsReply *jc = waitFinished(client->fetchJobs(onlyCancelled));
        QCOMPARE(jc->isOk(), newest);
        if (!newest)
            QCOMPARE(jc->httpStatus(), 400);
        bool known = false;
        QCOMPARE(jobStateFromJobsApi(status, &known),
                 newest ? Job::State::Cancelled : Job::State::Failed);
        QVERIFY(known);
    }

    void jobsApiStatesMap()
    {
        bool known = true;
        QCOMPARE(jobStateFromJobsApi(u"cancelled"_s, &known), Job::State::Cancelled);
        QVERIFY(known);
        QCOMPARE(jobStateFromJobsApi(u"pending"_s), Job::State::Queued);
        QCOMPARE(jobStateFromJobsApi(u"in_progress"_s), Job::State::Running);
        QCOMPARE(jobStateFromJobsApi(u"completed"_s), Job::State::Succeeded);
        QCOMPARE(jobStateFromJobsApi(u"failed"_s), Job::State::Failed);
        QCOMPARE(jobStateFromJobsApi(u"exploded"_s, &known), Job::State::Lost);
        QVERIFY(!known);
    }

    // 5 --- prompt ids and v0.33's validation errors ------------------------------------------
    void promptIdIsValidatedBeforeSending()
    {
        QVERIFY(Client::isValidPromptId(u"c3df5ecf-7669-447b-a418-f9e91d115513"_s));
        QVERIFY(!Client::isValidPromptId(u"C3DF5ECF-7669-447B-A418-F9E91D115513"_s));
        QVERIFY(!Client::isValidPromptId(u"{c3df5ecf-7669-447b-a418-f9e91d115513}"_s));
        QVERIFY(!Client::isValidPromptId(u"c3df5ecf7669447ba418f9e91d115513"_s));
        QVERIFY(!Client::isValidPromptId(u"my-job-1"_s));
        QVERIFY(!Client::isValidPromptId(QString()));
        sim->setNewestFeaturesEnabled(true);
        sim->clearHttpRequests();
        SubmitReply *bad = waitFinished(
            client->submit(progressWorkflow(1, 1), QJsonObject{{u"prompt_id"_s, u"my-job-1"_s}}));
        QCOMPARE(bad->error().code, Error::Code::InvalidRequest);
        QVERIFY(bad->errorString().contains(u"my-job-1"_s));
        QVERIFY(bad->errorString().contains(u"UUID"_s));
        QVERIFY(sim->httpRequests().isEmpty()); // nothing was sent
        SubmitReply *notString = waitFinished(
            client->submit(progressWorkflow(1, 1), QJsonObject{{u"prompt_id"_s, 42}}));
        QCOMPARE(notString->error().code, Error::Code::InvalidRequest);
        const QString good = QUuid::createUuid().toString(QUuid::WithoutBraces);
        SubmitReply *ok = waitFinished(
            client->submit(progressWorkflow(1, 1), QJsonObject{{u"prompt_id"_s, good}}));
        QVERIFY2(ok->isOk(), qPrintable(ok->errorString()));
        QCOMPARE(ok->promptId(), good);
        // The server agrees: an upper-case id sent raw is refused by a v0.33 server.
        JsonReply *raw = waitFinished(
            client->postJson(u"/prompt"_s, QJsonObject{{u"prompt"_s, progressWorkflow(1, 1)},
                                                       {u"prompt_id"_s, good.toUpper()}}));
        QCOMPARE(raw->httpStatus(), 400);
        QVERIFY(raw->body().contains("invalid_prompt_id"));
    }

    void newestValidationErrorsNameTheirNode()
    {
        // The bodies a real v0.33 answered (captures/real-v0.33.jsonl).
        const QByteArray missing =
            R"j({"error": {"type": "missing_node_type", "message": "Node 'NoSuchNode' not found. The custom node may not be installed.", "details": "Node ID '#1'", "extra_info": {"node_id": "1", "class_type": "NoSuchNode", "node_title": "NoSuchNode"}}, "node_errors": {}})j";
        const PromptError m = PromptError::fromJson(QJsonDocument::fromJson(missing).object());
        QCOMPARE(m.type, u"missing_node_type"_s);
        const QString mt = m.toString();
        QVERIFY2(mt.contains(u"node 1"_s) && mt.contains(u"NoSuchNode"_s)
                     && mt.contains(u"not installed"_s),
                 qPrintable(mt));
        const QByteArray cycle =
            R"j({"error": {"type": "prompt_outputs_failed_validation", "message": "Prompt outputs failed validation", "details": "", "extra_info": {}}, "node_errors": {"1": {"errors": [{"type": "dependency_cycle", "message": "Dependency cycle detected", "details": "1 (ImageScale) -> 1 (ImageScale)", "extra_info": {"node_id": "1", "cycle_nodes": ["1"]}}], "dependent_outputs": ["2"], "class_type": "ImageScale"}}})j";
        const PromptError c = PromptError::fromJson(QJsonDocument::fromJson(cycle).object());
        const QString ct = c.toString();
        QVERIFY2(ct.contains(u"node 1 (ImageScale)"_s) && ct.contains(u"Dependency cycle"_s)
                     && ct.contains(u"1 (ImageScale) -> 1 (ImageScale)"_s),
                 qPrintable(ct));
        QCOMPARE(c.nodeErrors.size(), 1);
        QCOMPARE(c.nodeErrors.at(0).errors.at(0).type, u"dependency_cycle"_s);
        // Without details the cycle is spelled out from extra_info.
        const QByteArray noDetails = QByteArray(cycle).replace(
            R"j("details": "1 (ImageScale) -> 1 (ImageScale)")j", R"j("details": "")j");
        const QString nt =
            PromptError::fromJson(QJsonDocument::fromJson(noDetails).object()).toString();
        QVERIFY2(nt.contains(u"Dependency cycle detected — 1"_s), qPrintable(nt));
    }

    // 6 --- assets: seed broadcasts and asset ids on outputs ----------------------------------
    void assetsSeedIsATypedEvent()
    {
        connectClient();
        QSignalSpy seed(client.get(), &Client::assetsSeedReceived);
        QSignalSpy unknown(client.get(), &Client::unknownMessageReceived);
        sim->sendText(
            {},
            R"({"type": "assets.seed.started", "data": {"roots": ["models"], "total": 12, "phase": "full"}})");
        sim->sendText(
            {},
            R"({"type": "assets.seed.error", "data": {"message": "Database dependencies not available"}})");
        sim->sendText({}, R"({"type": "crystools.monitor", "data": {}})");
        QTRY_COMPARE_WITH_TIMEOUT(seed.size(), 2, 3000);
        const auto started = seed.at(0).at(0).value<AssetsSeedEvent>();
        QCOMPARE(started.phase, u"started"_s);
        QCOMPARE(started.total, qint64(12));
        QVERIFY(!started.isFinished());
        const auto error = seed.at(1).at(0).value<AssetsSeedEvent>();
        QVERIFY(error.isError() && error.isFinished());
        QCOMPARE(error.message, u"Database dependencies not available"_s);
        QTRY_COMPARE_WITH_TIMEOUT(unknown.size(), 1, 3000); // only crystools stays unknown
        QCOMPARE(unknown.at(0).at(0).toString(), u"crystools.monitor"_s);
    }

    void assetIdsRoundTrip()
    {
        const QJsonObject entry{{u"filename"_s, u"ComfyUI_00001_.png"_s},
                                {u"subfolder"_s, QString()},
                                {u"type"_s, u"output"_s},
                                {u"id"_s, u"0b7c7e43-33c5-4a52-9b8e-2a3f7c2b9d10"_s}};
        const ImageRef r = ImageRef::fromJson(entry);
        QCOMPARE(r.assetId, u"0b7c7e43-33c5-4a52-9b8e-2a3f7c2b9d10"_s);
        QCOMPARE(r.toJson(), entry);
        QVERIFY(!r.isAssetHash());
        // Without an id nothing is added.
        QVERIFY(!ImageRef::fromJson(QJsonObject{{u"filename"_s, u"a.png"_s}})
                     .toJson()
                     .contains("id"_L1));
        // A content hash as file name goes to /view unchanged (v0.33 resolves it).
        sim->addFile(u"output"_s, u"hashed.png"_s, QByteArray("\x89PNG\r\n\x1a\n", 8));
        const ImageRef hash{
            u"blake3:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"_s,
            {},
            u"output"_s};
        QVERIFY(hash.isAssetHash());
        const QUrl url = client->viewUrl(hash);
        QVERIFY2(QUrlQuery(url).queryItemValue(u"filename"_s, QUrl::FullyDecoded) == hash.filename,
                 qPrintable(url.toString()));
        sim->clearHttpRequests();
        DownloadReply *d = waitFinished(client->download(hash));
        QVERIFY(d->isFinished());
        const auto reqs = sim->httpRequests();
        QVERIFY(!reqs.isEmpty());
        QCOMPARE(reqs.last().query.queryItemValue(u"filename"_s, QUrl::FullyDecoded),
                 hash.filename);
        QCOMPARE(d->ref().filename, hash.filename);
    }

    // 7 --- progress throttled like v0.33 -------------------------------------------------------
    void throttledProgressKeepsEtaAndStallSane()
    {
        sim->setProgressThrottle(100);
        connectClient();
        QList<qint64> gaps;
        QElapsedTimer since;
        int progressEvents = 0;
        double lastValue = -1, lastMax = 0;
        connect(client.get(), &Client::progressReceived, this, [&](const ProgressEvent &e) {
            if (progressEvents++ > 0)
                gaps << since.elapsed();
            since.start();
            lastValue = e.value;
            lastMax = e.max;
        });
        QSignalSpy finished(tracker.get(), &JobTracker::jobFinished);
        // 150 steps x 10 ms = 1.5 s of progress: about 15 messages instead of 150.
        const QString id = waitFinished(tracker->submit(progressWorkflow(150, 1, 10)))->promptId();
        QVERIFY(!id.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(progressEvents >= 3, 5000);
        // Mid-run: the tracker's view of the job is sane, and progress keeps arriving well
        // inside the stall threshold (alerts use 120 s; here we check the spacing itself).
        const auto mid = tracker->job(id);
        QVERIFY(mid && mid->state == Job::State::Running);
        QVERIFY(mid->overallProgress() > 0 && mid->overallProgress() < 1);
        QVERIFY(mid->elapsedMs() >= 0);
        QVERIFY(finished.wait(10000));
        QVERIFY2(progressEvents >= 5 && progressEvents <= 40,
                 qPrintable(QString::number(progressEvents)));
        QCOMPARE(lastValue, lastMax); // the final update always goes out
        qint64 maxGap = 0;
        for (qint64 g : std::as_const(gaps))
            maxGap = qMax(maxGap, g);
        QVERIFY2(maxGap < 1000, qPrintable(QString::number(maxGap)));
        int shortGaps = 0;
        for (qint64 g : std::as_const(gaps))
            shortGaps += g < 60;
        QVERIFY2(shortGaps <= 2, qPrintable(QString::number(shortGaps))); // really throttled
        const Job j = finished.at(0).at(0).value<Job>();
        QCOMPARE(j.state, Job::State::Succeeded);
        QCOMPARE(j.overallProgress(), 1.0);
        // The ETA comes from run durations, which throttling does not change.
        const auto est = tracker->durationEstimate();
        QVERIFY2(est.first >= 1000 && est.first < 10000, qPrintable(QString::number(est.first)));
    }
};

QTEST_GUILESS_MAIN(TestNewest)
#include "tst_newest.moc"
