// SPDX-License-Identifier: MIT
// The ComfyScope relay (installer/comfyui-relay) against the simulator's implementation of it:
// another client's prompt gets live progress, previews and outputs; the token is enforced; a
// server without the relay keeps "no live detail"; our own prompts are not doubled.
#include <comfyscope/client.h>
#include <comfyscope/fleet/fleetio.h>
#include <comfyscope/fleet/serverprofile.h>
#include <comfyscope/jobtracker.h>
#include <comfyscope/replies.h>
#include <comfyscope/session.h>
#include <comfyscope/simulator.h>

#include <QtCore/QJsonArray>
#include <QtCore/QTemporaryDir>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

#include <algorithm>

using namespace ComfyScope;
using namespace Qt::StringLiterals;

namespace {
QJsonObject node(const QString &cls, const QJsonObject &inputs)
{
    return QJsonObject{{u"class_type"_s, cls}, {u"inputs"_s, inputs}};
}

/// EmptyImage → TestPreviewNode (previews + progress text) and TestProgressNode → SaveImage.
QJsonObject workflow(int steps, int delayMs, int color = 10)
{
    return QJsonObject{
        {u"1"_s,
         node(u"EmptyImage"_s,
              {{u"width"_s, 32}, {u"height"_s, 24}, {u"batch_size"_s, 1}, {u"color"_s, color}})},
        {u"2"_s, node(u"TestPreviewNode"_s, {{u"steps"_s, steps},
                                             {u"delay_ms"_s, delayMs},
                                             {u"size"_s, 96},
                                             {u"format"_s, u"JPEG"_s},
                                             {u"mode"_s, u"progress_bar"_s},
                                             {u"send_text"_s, true}})},
        {u"3"_s, node(u"TestProgressNode"_s, {{u"steps"_s, steps},
                                              {u"delay_ms"_s, delayMs},
                                              {u"image"_s, QJsonArray{u"1"_s, 0}}})},
        {u"4"_s, node(u"SaveImage"_s,
                      {{u"images"_s, QJsonArray{u"3"_s, 0}}, {u"filename_prefix"_s, u"rel"_s}})},
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

/// What a client saw of one prompt.
struct Seen
{
    int progress = 0;
    int relayedProgress = 0;
    int relayedMessages = 0;
    int plainPromptMessages = 0; // messageReceived for this prompt
    int relayedImages = 0;
    int images = 0;
    int relayedTexts = 0;
    QStringList imageNodes;
    QString imageRelayClient;
    QList<double> overall; // Job::overallProgress() while running
    double maxNodeValue = 0;
    bool sawRunningRelayed = false;
};
} // namespace

class TestRelay : public QObject
{
    Q_OBJECT
    std::unique_ptr<Simulator> sim;

    void watch(Client *c, JobTracker *t, const QString *promptId, Seen &s)
    {
        connect(c, &Client::progressReceived, this, [c, promptId, &s](const ProgressEvent &e) {
            if (e.promptId != *promptId)
                return;
            ++s.progress;
            if (c->currentRelay().relayed)
                ++s.relayedProgress;
        });
        connect(c, &Client::relayedMessageReceived, this,
                [promptId, &s](const RelayEnvelope &r, const QString &, const QJsonObject &) {
                    if (r.promptId == *promptId)
                        ++s.relayedMessages;
                });
        connect(c, &Client::messageReceived, this,
                [promptId, &s](const QString &, const QJsonObject &data) {
                    if (!promptId->isEmpty() && data.value("prompt_id"_L1).toString() == *promptId)
                        ++s.plainPromptMessages;
                });
        connect(c, &Client::progressTextReceived, this,
                [c, promptId, &s](const ProgressTextEvent &e) {
                    if (e.promptId == *promptId && c->currentRelay().relayed)
                        ++s.relayedTexts;
                });
        connect(c, &Client::imageReceived, this, [promptId, &s](const ImageFrame &f) {
            if (f.promptId != *promptId)
                return;
            ++s.images;
            if (f.relayed) {
                ++s.relayedImages;
                s.imageRelayClient = f.relayClient;
                if (!s.imageNodes.contains(f.nodeId))
                    s.imageNodes.append(f.nodeId);
            }
        });
        connect(t, &JobTracker::jobChanged, this, [promptId, &s](const Job &j) {
            if (j.promptId != *promptId)
                return;
            if (j.state == Job::State::Running && j.relayed && j.liveDetail)
                s.sawRunningRelayed = true;
            if (j.state == Job::State::Running) {
                s.overall.append(j.overallProgress());
                s.maxNodeValue = qMax(s.maxNodeValue, j.nodeValue);
            }
        });
    }

    static bool waitState(Client *c, Client::RelayState state, int ms = 5000)
    {
        return QTest::qWaitFor([&] { return c->relayState() == state; }, ms);
    }

    std::optional<Job> waitJobFinished(JobTracker *t, const QString &id, int ms = 15000)
    {
        QTest::qWaitFor(
            [&] {
                const auto j = t->job(id);
                return j && j->isFinished() && j->outputsConfirmed;
            },
            ms);
        return t->job(id);
    }

private Q_SLOTS:
    void init()
    {
        sim = std::make_unique<Simulator>();
        sim->setStepDelay(5);
        QVERIFY(sim->listen());
    }
    void cleanup() { sim.reset(); }

    void anotherClientsPromptIsLive()
    {
        sim->setRelayEnabled(true, u"s3cret"_s);
        Session session;
        Client *c = session.client();
        c->setEndpoint(ServerEndpoint::fromString(sim->httpUrl().toString()));
        c->setRelayMode(Client::RelayMode::Auto);
        c->setRelayToken(u"s3cret"_s);
        QString pid;
        Seen s;
        watch(c, session.tracker(), &pid, s);
        QList<SessionImage> sessionImages;
        connect(&session, &Session::imageReceived, this, [&](const SessionImage &i) {
            if (i.frame.promptId == pid)
                sessionImages.append(i);
        });
        session.open();
        QVERIFY(waitState(c, Client::RelayState::Connected));
        QCOMPARE(sim->relayObserverCount(), 1);
        // The observer socket excludes our own id.
        QVERIFY(QTest::qWaitFor([&] { return sim->connectedSids().contains(c->clientId()); }));

        pid = sim->queuePrompt(workflow(6, 40), u"other-client"_s);
        QVERIFY(!pid.isEmpty());
        const auto j = waitJobFinished(session.tracker(), pid);
        QVERIFY(j);
        QCOMPARE(j->state, Job::State::Succeeded);
        QVERIFY(!j->own);
        QVERIFY(j->relayed);
        QVERIFY(j->liveDetail);
        QCOMPARE(j->relayClient, sim->relayClientLabel(u"other-client"_s));
        QCOMPARE(j->clientId, u"other-client"_s); // raw, from /queue
        QVERIFY(j->outputsConfirmed);
        QCOMPARE(j->outputs.size(), 1);
        QCOMPARE(j->outputNode(j->outputs.first()), u"4"_s);
        // Live detail: progress of both nodes, a running overall bar, previews and text.
        QVERIFY(s.sawRunningRelayed);
        QCOMPARE(s.progress, 12);
        QCOMPARE(s.relayedProgress, 12);
        QVERIFY(std::any_of(s.overall.cbegin(), s.overall.cend(),
                            [](double v) { return v > 0.2 && v < 0.8; }));
        QVERIFY(std::is_sorted(s.overall.cbegin(), s.overall.cend()));
        QCOMPARE(s.maxNodeValue, 6.0);
        QCOMPARE(s.relayedImages, 6);
        QCOMPARE(s.imageNodes, QStringList{u"2"_s});
        QCOMPARE(s.imageRelayClient, j->relayClient);
        QVERIFY(s.relayedTexts > 0);
        QVERIFY(s.relayedMessages > 12);
        QCOMPARE(s.plainPromptMessages, 0); // relayed copies never pose as our /ws messages
        QCOMPARE(j->previewCount, 6);
        // Session hands the previews on, attributed and labelled; then the final output.
        QTRY_VERIFY_WITH_TIMEOUT(sessionImages.size() >= 7, 5000);
        QCOMPARE(sessionImages.first().frame.nodeId, u"2"_s);
        QVERIFY(sessionImages.first().frame.relayed);
        QCOMPARE(sessionImages.at(5).nodeClass, u"TestPreviewNode"_s); // the graph is known by now
        QCOMPARE(sessionImages.last().frame.kind, ImageKind::FinalOutput);
        session.close();
    }

    void lateObserverAttachesToTheRunningPrompt()
    {
        sim->setRelayEnabled(true);
        const QString pid = sim->queuePrompt(workflow(40, 25), u"early-bird"_s);
        QVERIFY(QTest::qWaitFor([&] { return sim->runningPromptId() == pid; }));
        Client c;
        JobTracker t(&c);
        c.setEndpoint(ServerEndpoint::fromString(sim->httpUrl().toString()));
        c.setRelayMode(Client::RelayMode::Auto);
        QSignalSpy hello(&c, &Client::relayConnected);
        c.open();
        QVERIFY(hello.wait(5000));
        const auto running = hello.first().first().value<QList<RelayEnvelope>>();
        QCOMPARE(running.size(), 1);
        QCOMPARE(running.first().promptId, pid);
        QCOMPARE(running.first().client, sim->relayClientLabel(u"early-bird"_s));
        QVERIFY(QTest::qWaitFor([&] {
            const auto j = t.job(pid);
            return j && j->relayed && j->nodeValue > 0;
        }));
        const auto j = waitJobFinished(&t, pid);
        QVERIFY(j && j->relayed);
        QCOMPARE(j->state, Job::State::Succeeded);
        c.close();
    }

    void wrongTokenIsRefused_data()
    {
        QTest::addColumn<QString>("token");
        QTest::addColumn<int>("status");
        QTest::newRow("wrong") << u"guess"_s << 403;
        QTest::newRow("none") << QString() << 0;
    }
    void wrongTokenIsRefused()
    {
        QFETCH(QString, token);
        QFETCH(int, status);
        sim->setRelayEnabled(true, u"s3cret"_s);
        Client c;
        JobTracker t(&c);
        c.setEndpoint(ServerEndpoint::fromString(sim->httpUrl().toString()));
        c.setRelayMode(Client::RelayMode::Auto);
        c.setRelayToken(token);
        QSignalSpy errors(&c, &Client::relayErrorOccurred);
        QSignalSpy hello(&c, &Client::relayConnected);
        QString pid;
        Seen s;
        watch(&c, &t, &pid, s);
        c.open();
        QVERIFY(errors.wait(5000));
        const Error e = errors.first().first().value<Error>();
        QCOMPARE(e.code, Error::Code::HandshakeRejected);
        QCOMPARE(e.httpStatus, status);
        QVERIFY2(e.message.contains(u"token"_s), qPrintable(e.message));
        QCOMPARE(c.relayState(), Client::RelayState::Refused);
        QCOMPARE(c.state(), Client::State::Connected); // /ws is not affected
        // Long enough to be seen in /queue (other clients' jobs are found there).
        pid = sim->queuePrompt(workflow(10, 40), u"other-client"_s);
        const auto j = waitJobFinished(&t, pid);
        QVERIFY(j);
        QCOMPARE(j->state, Job::State::Succeeded);
        QVERIFY(!j->relayed);
        QVERIFY(!j->liveDetail);
        QCOMPARE(s.progress, 0);
        QCOMPARE(s.images, 0);
        QCOMPARE(hello.size(), 0);
        QCOMPARE(sim->relayObserverCount(), 0);
        QCOMPARE(errors.size(), 1); // refused once, not retried in a loop
        c.close();
    }

    void withoutTheRelayNoLiveDetail()
    {
        // Not installed (404): quietly Absent, other clients' jobs as before.
        Client c;
        JobTracker t(&c);
        c.setEndpoint(ServerEndpoint::fromString(sim->httpUrl().toString()));
        c.setRelayMode(Client::RelayMode::Auto);
        QSignalSpy errors(&c, &Client::relayErrorOccurred);
        QString pid;
        Seen s;
        watch(&c, &t, &pid, s);
        c.open();
        QVERIFY(waitState(&c, Client::RelayState::Absent));
        // Long enough to be seen in /queue (other clients' jobs are found there).
        pid = sim->queuePrompt(workflow(10, 40), u"other-client"_s);
        const auto j = waitJobFinished(&t, pid);
        QVERIFY(j);
        QCOMPARE(j->state, Job::State::Succeeded);
        QVERIFY(!j->relayed);
        QVERIFY(!j->liveDetail);
        QCOMPARE(j->outputs.size(), 1); // the outcome still comes from /history
        QCOMPARE(s.progress, 0);
        QCOMPARE(s.images, 0);
        QCOMPARE(errors.size(), 0);
        c.close();
    }

    void relayOffByDefault()
    {
        sim->setRelayEnabled(true);
        Client c;
        c.setEndpoint(ServerEndpoint::fromString(sim->httpUrl().toString()));
        QSignalSpy session(&c, &Client::sessionStarted);
        c.open();
        QVERIFY(session.wait(5000));
        QTest::qWait(200);
        QCOMPARE(c.relayMode(), Client::RelayMode::Off);
        QCOMPARE(c.relayState(), Client::RelayState::Off);
        QCOMPARE(sim->relayObserverCount(), 0);
        for (const auto &r : sim->httpRequests())
            QVERIFY(!r.path.startsWith(u"/comfyscope"_s));
        c.close();
    }

    void ownPromptsAreNotDoubled()
    {
        sim->setRelayEnabled(true);
        Client c;
        JobTracker t(&c);
        c.setEndpoint(ServerEndpoint::fromString(sim->httpUrl().toString()));
        c.setRelayMode(Client::RelayMode::Auto);
        QString pid;
        Seen s;
        watch(&c, &t, &pid, s);
        c.open();
        QVERIFY(waitState(&c, Client::RelayState::Connected));
        SubmitReply *r = waitFinished(t.submit(workflow(5, 5)));
        QVERIFY(r->isOk());
        pid = r->promptId();
        const auto j = waitJobFinished(&t, pid);
        QVERIFY(j);
        QCOMPARE(j->state, Job::State::Succeeded);
        QVERIFY(j->own);
        QVERIFY(!j->relayed);
        QCOMPARE(s.progress, 10); // once each, from /ws
        QCOMPARE(s.relayedProgress, 0);
        QCOMPARE(s.relayedMessages, 0);
        QCOMPARE(s.images, 5);
        QCOMPARE(s.relayedImages, 0);
        QVERIFY(s.plainPromptMessages > 10);
        c.close();
    }

    void fleetFileAndProfileCarryTheRelay()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"fleet.json"_s);
        qputenv("TST_RELAY_SECRET", "from-env");
        auto write = [&](const QByteArray &json) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(json);
        };
        write(R"({"servers": [{"name": "a", "address": "127.0.0.1:1", "relay": true,
                   "relay_token": "${TST_RELAY_SECRET}"},
                  {"name": "b", "address": "127.0.0.1:2"}]})");
        QString error;
        const QList<FleetEntry> entries = FleetFile::load(path, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(entries.size(), 2);
        QVERIFY(entries.at(0).profile.relay);
        QCOMPARE(entries.at(0).profile.relayToken, u"from-env"_s);
        QVERIFY(!entries.at(1).profile.relay);
        Client c;
        entries.at(0).profile.applyTo(&c);
        QCOMPARE(c.relayMode(), Client::RelayMode::Auto);
        QCOMPARE(c.relayToken(), u"from-env"_s);
        entries.at(1).profile.applyTo(&c);
        QCOMPARE(c.relayMode(), Client::RelayMode::Off);
        QVERIFY(entries.at(0).profile.hasSecrets()); // the token is a secret
        // Saved without secrets: the switch stays, the token does not.
        const QString out = dir.filePath(u"out.json"_s);
        QVERIFY(FleetFile::save(out, entries, false, &error));
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray saved = f.readAll();
        QVERIFY(saved.contains("\"relay\""));
        QVERIFY(!saved.contains("from-env"));
        // A value that is neither true nor false is refused clearly.
        write(R"({"servers": [{"name": "a", "address": "127.0.0.1:1", "relay": "maybe"}]})");
        QVERIFY(FleetFile::load(path, &error).isEmpty());
        QVERIFY2(error.contains(u"relay"_s), qPrintable(error));
    }

    void relayDropReconnects()
    {
        sim->setRelayEnabled(true);
        Client c;
        c.setReconnectDelays(50, 200);
        c.setEndpoint(ServerEndpoint::fromString(sim->httpUrl().toString()));
        c.setRelayMode(Client::RelayMode::Auto);
        QSignalSpy hello(&c, &Client::relayConnected);
        c.open();
        QVERIFY(hello.wait(5000));
        // The whole server's sockets go: /ws and the observer come back.
        sim->dropWebSocketConnections();
        QVERIFY(hello.wait(5000));
        QVERIFY(waitState(&c, Client::RelayState::Connected));
        QCOMPARE(sim->relayObserverCount(), 1);
        c.close();
        QVERIFY(QTest::qWaitFor([&] { return sim->relayObserverCount() == 0; }));
        QCOMPARE(c.relayState(), Client::RelayState::Off);
    }
};

QTEST_GUILESS_MAIN(TestRelay)
#include "tst_relay.moc"
