// SPDX-License-Identifier: MIT
// Client against the in-process simulated ComfyUI server: handshake, every event type, binary
// frames, reconnect, polling, auth, prefix, ComfyDeploy, liveness, malformed input.
#include <comfyscope/client.h>
#include <comfyscope/protocol.h>
#include <comfyscope/replies.h>
#include <comfyscope/simulator.h>

#include <QtCore/QBuffer>
#include <QtCore/QCryptographicHash>
#include <QtCore/QFile>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtGui/QImage>
#include <QtNetwork/QTcpServer>
#include <QtNetwork/QTcpSocket>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>
#include <QtWebSockets/QWebSocket>

using namespace ComfyScope;
using namespace Qt::StringLiterals;

namespace {
QJsonObject previewWorkflow(int steps = 4)
{
    // The real peer's weight-free graph: a preview-frame node and an image saved to disk.
    return QJsonObject{
        {u"1"_s, QJsonObject{{u"class_type"_s, u"EmptyImage"_s},
                             {u"inputs"_s, QJsonObject{{u"width"_s, 64},
                                                       {u"height"_s, 48},
                                                       {u"batch_size"_s, 1},
                                                       {u"color"_s, 255}}}}},
        {u"2"_s, QJsonObject{{u"class_type"_s, u"TestPreviewNode"_s},
                             {u"inputs"_s, QJsonObject{{u"steps"_s, steps},
                                                       {u"delay_ms"_s, 5},
                                                       {u"size"_s, 64},
                                                       {u"format"_s, u"JPEG"_s},
                                                       {u"mode"_s, u"progress_bar"_s},
                                                       {u"send_text"_s, false}}}}},
        {u"3"_s, QJsonObject{{u"class_type"_s, u"SaveImage"_s},
                             {u"inputs"_s, QJsonObject{{u"images"_s, QJsonArray{u"1"_s, 0}},
                                                       {u"filename_prefix"_s, u"t"_s}}}}},
    };
}

QJsonObject failWorkflow()
{
    return QJsonObject{
        {u"1"_s, QJsonObject{{u"class_type"_s, u"EmptyImage"_s},
                             {u"inputs"_s, QJsonObject{{u"width"_s, 8},
                                                       {u"height"_s, 8},
                                                       {u"batch_size"_s, 1},
                                                       {u"color"_s, 0}}}}},
        {u"2"_s, QJsonObject{{u"class_type"_s, u"TestFailNode"_s},
                             {u"inputs"_s, QJsonObject{{u"message"_s, u"deliberate failure"_s},
                                                       {u"image"_s, QJsonArray{u"1"_s, 0}}}}}},
    };
}

QJsonObject saveWebsocketWorkflow()
{
    return QJsonObject{
        {u"1"_s, QJsonObject{{u"class_type"_s, u"EmptyImage"_s},
                             {u"inputs"_s, QJsonObject{{u"width"_s, 40},
                                                       {u"height"_s, 30},
                                                       {u"batch_size"_s, 2},
                                                       {u"color"_s, 0}}}}},
        {u"2"_s, QJsonObject{{u"class_type"_s, u"SaveImageWebsocket"_s},
                             {u"inputs"_s, QJsonObject{{u"images"_s, QJsonArray{u"1"_s, 0}}}}}},
    };
}

ServerEndpoint endpointFor(const Simulator &sim)
{
    return ServerEndpoint::fromString(sim.httpUrl().toString());
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

class TestClient : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<Simulator> sim;
    std::unique_ptr<Client> client;

    /// `e` is refused: a REST call answers 401 and the WebSocket never connects (the /ws upgrade
    /// is answered 401).
    void expectRefused(const ServerEndpoint &e)
    {
        auto other = std::make_unique<Client>();
        other->setEndpoint(e);
        other->setReconnectDelays(50, 200);
        JsonReply *denied = waitFinished(other->fetchSystemStats());
        QCOMPARE(denied->httpStatus(), 401);
        QCOMPARE(denied->error().code, Error::Code::HttpError);
        QSignalSpy started(other.get(), &Client::sessionStarted);
        QSignalSpy errors(other.get(), &Client::errorOccurred);
        other->open();
        QVERIFY(errors.wait(5000));
        QTest::qWait(300);
        QCOMPARE(started.size(), 0);
        QVERIFY(other->state() != Client::State::Connected);
        const Error err = errors.first().at(0).value<Error>();
        QCOMPARE(err.code, Error::Code::HandshakeRejected);
        QCOMPARE(err.httpStatus, 401);
        other->close();
    }

    void connectClient()
    {
        QSignalSpy session(client.get(), &Client::sessionStarted);
        client->open();
        QVERIFY(session.wait(5000));
        QCOMPARE(client->state(), Client::State::Connected);
    }

    QString submitAndWait(const QJsonObject &wf, const QJsonObject &options = {})
    {
        QSignalSpy finished(client.get(), &Client::promptFinished);
        SubmitReply *r = client->submit(wf, options);
        QSignalSpy done(r, &Reply::finished);
        if (!done.wait(5000))
            return {};
        if (!r->isOk()) {
            qWarning() << r->errorString();
            return {};
        }
        const QString id = r->promptId();
        if (!finished.wait(10000))
            return {};
        return id;
    }

private Q_SLOTS:
    void init()
    {
        sim = std::make_unique<Simulator>();
        sim->setStepDelay(5);
        sim->setPreviewMethod(u"auto"_s);
        QVERIFY(sim->listen());
        client = std::make_unique<Client>();
        client->setEndpoint(endpointFor(*sim));
        client->setReconnectDelays(20, 200);
    }
    void cleanup()
    {
        client.reset();
        sim.reset();
    }

    void featureFlagsFirstAndSidAdopted()
    {
        client->setClientId(u"my-stable-id"_s);
        QSignalSpy flags(client.get(), &Client::featureFlagsReceived);
        connectClient();
        QCOMPARE(client->sessionId(), u"my-stable-id"_s);
        QVERIFY(flags.wait(3000) || flags.size() == 1);
        QVERIFY(client->serverFeatures().supportsPreviewMetadata);
        QCOMPARE(client->serverFeatures().maxUploadSize, 104857600);
        const auto sent = sim->textMessagesFrom(u"my-stable-id"_s);
        QVERIFY(!sent.isEmpty());
        QCOMPARE(QJsonDocument::fromJson(sent.first()).object(),
                 QJsonDocument::fromJson(Protocol::featureFlagsMessage()).object());
    }

    void noOriginHeaderAndNoForbidden()
    {
        sim->setOriginCheckEnabled(true);
        connectClient();
        for (const auto &h : sim->lastWebSocketHandshakeHeaders())
            QVERIFY2(h.first.toLower() != "origin", h.second.constData());
        QVERIFY(sim->lastWebSocketRequestUrl().query().contains(client->clientId()));
    }

    void fullRunEmitsEveryTypedSignal()
    {
        connectClient();
        QSignalSpy start(client.get(), &Client::executionStartReceived);
        QSignalSpy cached(client.get(), &Client::executionCachedReceived);
        QSignalSpy executing(client.get(), &Client::executingReceived);
        QSignalSpy progress(client.get(), &Client::progressReceived);
        QSignalSpy state(client.get(), &Client::progressStateReceived);
        QSignalSpy executed(client.get(), &Client::executedReceived);
        QSignalSpy success(client.get(), &Client::executionSuccessReceived);
        QSignalSpy images(client.get(), &Client::imageReceived);
        QSignalSpy status(client.get(), &Client::statusReceived);
        QSignalSpy errors(client.get(), &Client::protocolErrorOccurred);
        const QString id = submitAndWait(previewWorkflow(4));
        QVERIFY(!id.isEmpty());
        QCOMPARE(start.size(), 1);
        QCOMPARE(start.at(0).at(0).value<ExecutionStartEvent>().promptId, id);
        QCOMPARE(cached.size(), 1);
        QVERIFY(executing.size() >= 3);
        QVERIFY(executing.last().at(0).value<ExecutingEvent>().isFinished());
        QCOMPARE(progress.size(), 4);
        const auto p = progress.last().at(0).value<ProgressEvent>();
        QCOMPARE(p.promptId, id);
        QCOMPARE(p.node, u"2"_s);
        QCOMPARE(p.value, 4.0);
        QCOMPARE(p.max, 4.0);
        QVERIFY(state.size() >= 4);
        QCOMPARE(executed.size(), 1);
        const auto ex = executed.at(0).at(0).value<ExecutedEvent>();
        QCOMPARE(ex.node, u"3"_s);
        QCOMPARE(ex.images.size(), 1);
        QCOMPARE(ex.images.at(0).type, u"output"_s);
        QCOMPARE(success.size(), 1);
        QVERIFY(status.size() >= 3);
        QCOMPARE(errors.size(), 0);
        // Negotiated: type 4 previews that name prompt and node.
        QCOMPARE(images.size(), 4);
        for (const auto &args : images) {
            const auto f = args.at(0).value<ImageFrame>();
            QCOMPARE(f.frameType, 4);
            QVERIFY(f.attributed);
            QCOMPARE(f.promptId, id);
            QCOMPARE(f.nodeId, u"2"_s);
            QCOMPARE(f.kind, ImageKind::SamplerPreview);
            QVERIFY(!QImage::fromData(f.imageView()).isNull());
        }
        // Sequence numbers increase.
        QVERIFY(images.last().at(0).value<ImageFrame>().sequence
                > images.first().at(0).value<ImageFrame>().sequence);
    }

    void legacyClientGetsTypeOneAttributedByExecuting()
    {
        client->setRequestPreviewMetadata(false);
        connectClient();
        QSignalSpy images(client.get(), &Client::imageReceived);
        const QString id = submitAndWait(previewWorkflow(3));
        QVERIFY(!id.isEmpty());
        QCOMPARE(images.size(), 3);
        for (const auto &args : images) {
            const auto f = args.at(0).value<ImageFrame>();
            QCOMPARE(f.frameType, 1);
            QVERIFY(!f.attributed);
            QCOMPARE(f.promptId, id);
            QCOMPARE(f.nodeId, u"2"_s);
        }
        QVERIFY(!client->serverAnsweredFeatureFlags());
    }

    void saveImageWebsocketIsAnOutputNotAPreview()
    {
        connectClient();
        QSignalSpy images(client.get(), &Client::imageReceived);
        QVERIFY(!submitAndWait(saveWebsocketWorkflow()).isEmpty());
        QCOMPARE(images.size(), 2);
        for (const auto &args : images) {
            const auto f = args.at(0).value<ImageFrame>();
            QCOMPARE(f.kind, ImageKind::WebSocketOutput);
            QCOMPARE(f.format, ImageFormat::Png);
            QCOMPARE(QImage::fromData(f.imageView()).size(), QSize(40, 30));
        }
    }

    void oldServerVersion()
    {
        sim->setVersion(Simulator::Version::V0_3_18);
        connectClient();
        QSignalSpy state(client.get(), &Client::progressStateReceived);
        QSignalSpy images(client.get(), &Client::imageReceived);
        QSignalSpy errors(client.get(), &Client::protocolErrorOccurred);
        QVERIFY(!submitAndWait(previewWorkflow(2)).isEmpty());
        QCOMPARE(state.size(), 0);
        QCOMPARE(errors.size(), 0);
        QCOMPARE(images.size(), 2);
        QCOMPARE(images.at(0).at(0).value<ImageFrame>().frameType, 1);
        QVERIFY(!client->serverAnsweredFeatureFlags());
        JsonReply *features = waitFinished(client->fetchFeatures());
        QCOMPARE(features->httpStatus(), 404);
    }

    void executionError()
    {
        connectClient();
        QSignalSpy failed(client.get(), &Client::executionErrorReceived);
        const QString id = submitAndWait(failWorkflow());
        QVERIFY(!id.isEmpty());
        QCOMPARE(failed.size(), 1);
        const auto e = failed.at(0).at(0).value<ExecutionErrorEvent>();
        QCOMPARE(e.promptId, id);
        QCOMPARE(e.nodeId, u"2"_s);
        QCOMPARE(e.nodeType, u"TestFailNode"_s);
        QVERIFY(e.isTerminal());
        QVERIFY(!e.traceback.isEmpty());
    }

    void interrupt()
    {
        connectClient();
        QSignalSpy interrupted(client.get(), &Client::executionInterruptedReceived);
        QSignalSpy progress(client.get(), &Client::progressReceived);
        QSignalSpy finished(client.get(), &Client::promptFinished);
        sim->setStepDelay(50);
        SubmitReply *r = waitFinished(client->submit(previewWorkflow(200)));
        QVERIFY(r->isOk());
        const QString id = r->promptId();
        QVERIFY(progress.wait(5000));
        waitFinished(client->interrupt(id));
        QVERIFY(finished.wait(5000));
        QCOMPARE(interrupted.size(), 1);
        QCOMPARE(interrupted.at(0).at(0).value<ExecutionInterruptedEvent>().promptId, id);
    }

    void unknownAndCustomMessages()
    {
        connectClient();
        QSignalSpy unknown(client.get(), &Client::unknownMessageReceived);
        sim->sendText(client->clientId(),
                      R"({"type":"crystools.monitor","data":{"cpu_utilization":3.5,"gpus":[]}})");
        QVERIFY(unknown.wait(3000));
        QCOMPARE(unknown.at(0).at(0).toString(), u"crystools.monitor"_s);
        QCOMPARE(
            unknown.at(0).at(1).toJsonValue().toObject().value("cpu_utilization"_L1).toDouble(),
            3.5);
    }

    void malformedInputKeepsTheConnection()
    {
        connectClient();
        QSignalSpy errors(client.get(), &Client::protocolErrorOccurred);
        QSignalSpy status(client.get(), &Client::statusReceived);
        QSignalSpy states(client.get(), &Client::stateChanged);
        const QString sid = client->clientId();
        sim->sendText(sid, "{not json");
        sim->sendText(sid, R"({"type":"progress","data":{"value":"x","max":1}})");
        sim->sendText(sid, R"([1,2,3])");
        sim->sendBinary(sid, QByteArray("\0\0\0\4\xff\xff\xff\xff", 8));
        sim->sendBinary(sid, QByteArray("\0\0", 2));
        sim->sendBinary(sid, QByteArray("\0\0\0\x09\0\0\0\1abc", 11));
        sim->sendText(sid,
                      R"({"type":"status","data":{"status":{"exec_info":{"queue_remaining":7}}}})");
        QVERIFY(status.wait(3000));
        QCOMPARE(status.last().at(0).value<StatusEvent>().queueRemaining, 7);
        QCOMPARE(errors.size(), 6);
        QCOMPARE(states.size(), 0);
        QCOMPARE(client->state(), Client::State::Connected);
    }

    void oversizedFrameIsRefused()
    {
        client->setMaxFrameSize(64 * 1024);
        connectClient();
        QSignalSpy errors(client.get(), &Client::protocolErrorOccurred);
        QSignalSpy session(client.get(), &Client::sessionStarted);
        sim->sendBinary(client->clientId(),
                        Protocol::makePreviewFrame(1, QByteArray(256 * 1024, 'x')));
        QVERIFY(errors.wait(3000));
        QCOMPARE(int(errors.at(0).at(0).value<ProtocolError>().code),
                 int(ProtocolError::Code::OversizedMessage));
        // QWebSocket closes with 1009 on an oversized message; the client comes back by itself.
        QVERIFY(session.wait(5000));
        QCOMPARE(client->state(), Client::State::Connected);
    }

    void reconnectsAfterDropWithSameIdAndFlagsAgain()
    {
        connectClient();
        QTRY_VERIFY(client->serverAnsweredFeatureFlags());
        const QString id = client->clientId();
        QSignalSpy session(client.get(), &Client::sessionStarted);
        QSignalSpy states(client.get(), &Client::stateChanged);
        sim->dropWebSocketConnections();
        QVERIFY(session.wait(5000));
        QCOMPARE(session.at(0).at(0).toString(), id);
        QCOMPARE(session.at(0).at(1).toBool(), true);
        QCOMPARE(states.first().at(0).value<Client::State>(), Client::State::Reconnecting);
        QCOMPARE(client->state(), Client::State::Connected);
        auto flagsSent = [&] {
            int n = 0;
            for (const QByteArray &m : sim->textMessagesFrom(id))
                n += m.contains("feature_flags");
            return n;
        };
        // The first connection may have been cut before the server read our flags; the new one
        // must send them again.
        QTRY_VERIFY(flagsSent() >= 1);
        QTRY_VERIFY(client->serverAnsweredFeatureFlags());
    }

    void oldSocketClosedBeforeNewOneOpens()
    {
        connectClient();
        const QString id = client->clientId();
        QList<QString> order;
        connect(sim.get(), &Simulator::clientConnected, this, [&](const QString &s) {
            if (s == id)
                order << u"open"_s;
        });
        connect(sim.get(), &Simulator::clientDisconnected, this, [&](const QString &s) {
            if (s == id)
                order << u"close"_s;
        });
        QSignalSpy session(client.get(), &Client::sessionStarted);
        client->reconnectNow();
        QVERIFY(session.wait(5000));
        QTRY_COMPARE(order.size(), 2);
        QCOMPARE(order, (QList<QString>{u"close"_s, u"open"_s}));
    }

    void deadRegistrationIsDetectedAndRepaired()
    {
        // §10.2: a second socket with our id replaces us; when it closes, the server unregisters
        // the id and we hear nothing more. The first submit without a status gives it away.
        sim->setSidReplaceRaceEnabled(true);
        client->setRegistrationTimeout(500);
        connectClient();
        {
            QWebSocket intruder;
            QSignalSpy connected(&intruder, &QWebSocket::connected);
            intruder.open(QUrl(sim->httpUrl().toString().replace(u"http"_s, u"ws"_s)
                               + u"/ws?clientId="_s + client->clientId()));
            QVERIFY(connected.wait(3000));
            QTest::qWait(100);
            intruder.close();
            QTRY_VERIFY(intruder.state() == QAbstractSocket::UnconnectedState);
        }
        QTRY_VERIFY_WITH_TIMEOUT(!sim->connectedSids().contains(client->clientId()), 3000);
        QCOMPARE(client->state(), Client::State::Connected); // it cannot know yet
        QSignalSpy session(client.get(), &Client::sessionStarted);
        QSignalSpy finished(client.get(), &Client::promptFinished);
        SubmitReply *r = waitFinished(client->submit(previewWorkflow(400))); // 400 x 5 ms
        QVERIFY(r->isOk());
        QVERIFY(session.wait(5000));
        QVERIFY(session.at(0).at(1).toBool());
        QVERIFY(client->lastError().message.contains(u"registration"_s));
        QVERIFY(finished.wait(8000)); // events flow again on the repaired registration
    }

    void serverKilledAndRestartedOnSamePort()
    {
        connectClient();
        const quint16 port = sim->port();
        QSignalSpy session(client.get(), &Client::sessionStarted);
        sim->close();
        QTRY_VERIFY(client->state() == Client::State::Reconnecting
                    || client->state() == Client::State::Connecting);
        QTest::qWait(300);
        QVERIFY(sim->listen(QHostAddress::LocalHost, port));
        QVERIFY(session.wait(8000));
        QCOMPARE(client->state(), Client::State::Connected);
    }

    void pollingFallbackWhenSocketRefused()
    {
        sim->setWebSocketEnabled(false);
        QSignalSpy status(client.get(), &Client::statusReceived);
        client->setPollingInterval(100);
        client->open();
        QTRY_COMPARE_WITH_TIMEOUT(client->state(), Client::State::Polling, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(!status.isEmpty(), 3000);
        QVERIFY(status.last().at(0).value<StatusEvent>().fromPolling);
        // The socket keeps being retried; once it works, polling stops.
        sim->setWebSocketEnabled(true);
        QTRY_COMPARE_WITH_TIMEOUT(client->state(), Client::State::Connected, 8000);
        const int before = int(sim->httpRequests().size());
        QTest::qWait(400);
        int polls = 0;
        const auto reqs = sim->httpRequests();
        for (qsizetype i = before; i < reqs.size(); ++i)
            polls += reqs.at(i).path.endsWith("/prompt"_L1);
        QCOMPARE(polls, 0);
    }

    void unreachableServerStaysReconnecting()
    {
        const quint16 port = sim->port();
        sim.reset(); // nothing listens there now
        client->setEndpoint(ServerEndpoint::fromString(u"127.0.0.1:%1"_s.arg(port)));
        QSignalSpy errors(client.get(), &Client::errorOccurred);
        client->open();
        QVERIFY(errors.wait(3000));
        QTRY_COMPARE_WITH_TIMEOUT(client->state(), Client::State::Reconnecting, 3000);
        QVERIFY(client->reconnectAttempts() >= 1);
        QVERIFY(!client->lastError().isOk());
    }

    void authAndHeadersReachEveryRoute()
    {
        sim->setRequiredBearerToken(u"s3cret"_s);
        ServerEndpoint e = endpointFor(*sim);
        e.setBearerToken(u"s3cret"_s);
        e.setUser(u"alice_42"_s);
        e.addExtraHeader("X-Proxy-Key", "abc");
        client->setEndpoint(e);
        connectClient();
        auto header = [](const QList<QPair<QByteArray, QByteArray>> &hs, const QByteArray &n) {
            for (const auto &h : hs)
                if (h.first.toLower() == n.toLower())
                    return h.second;
            return QByteArray();
        };
        const auto wsHeaders = sim->lastWebSocketHandshakeHeaders();
        QCOMPARE(header(wsHeaders, "Authorization"), QByteArray("Bearer s3cret"));
        QCOMPARE(header(wsHeaders, "Comfy-User"), QByteArray("alice_42"));
        QCOMPARE(header(wsHeaders, "X-Proxy-Key"), QByteArray("abc"));
        const QString id = submitAndWait(previewWorkflow(1));
        QVERIFY(!id.isEmpty());
        HistoryReply *h = waitFinished(client->fetchHistory(id));
        QVERIFY(h->isOk());
        const auto refs = h->entry(id)->images();
        QCOMPARE(refs.size(), 1);
        DownloadReply *dl = waitFinished(client->download(refs.first()));
        QVERIFY2(dl->isOk(), qPrintable(dl->errorString()));
        QVERIFY(!QImage::fromData(dl->data()).isNull());
        for (const auto &r : sim->httpRequests()) {
            QCOMPARE(header(r.headers, "Authorization"), QByteArray("Bearer s3cret"));
            QCOMPARE(header(r.headers, "Comfy-User"), QByteArray("alice_42"));
        }
        // Without the token the server says 401 and the client keeps trying.
        auto other = std::make_unique<Client>();
        other->setEndpoint(endpointFor(*sim));
        JsonReply *denied = waitFinished(other->fetchSystemStats());
        QCOMPARE(denied->httpStatus(), 401);
        QCOMPARE(denied->error().code, Error::Code::HttpError);
    }

    void queryTokenAndBasicAuth()
    {
        sim->setRequiredQueryToken(u"t0k"_s);
        ServerEndpoint e = endpointFor(*sim);
        e.setQueryToken(u"t0k"_s);
        client->setEndpoint(e);
        connectClient();
        QVERIFY(QUrlQuery(sim->lastWebSocketRequestUrl()).hasQueryItem(u"token"_s));
        QVERIFY(waitFinished(client->fetchQueue())->isOk());
        // A wrong token is refused over REST and on the WebSocket.
        ServerEndpoint wrong = endpointFor(*sim);
        wrong.setQueryToken(u"nope"_s);
        expectRefused(wrong);
    }

    /// Basic auth end to end: the server wants alice's password; a wrong password and none at
    /// all are refused over REST (401) and on the /ws upgrade, the right one works on both.
    void basicAuth()
    {
        sim->setRequiredBasicAuth(u"alice"_s, u"c0rrect h0rse"_s);
        ServerEndpoint wrong = endpointFor(*sim);
        wrong.setBasicAuth(u"alice"_s, u"wrong"_s);
        expectRefused(wrong);
        ServerEndpoint otherUser = endpointFor(*sim);
        otherUser.setBasicAuth(u"bob"_s, u"c0rrect h0rse"_s);
        expectRefused(otherUser);
        expectRefused(endpointFor(*sim));

        ServerEndpoint right = endpointFor(*sim);
        right.setBasicAuth(u"alice"_s, u"c0rrect h0rse"_s);
        client->setEndpoint(right);
        connectClient();
        const QByteArray expected = "Basic " + QByteArray("alice:c0rrect h0rse").toBase64();
        bool seen = false;
        for (const auto &h : sim->lastWebSocketHandshakeHeaders())
            if (h.first.toLower() == "authorization") {
                QCOMPARE(h.second, expected);
                seen = true;
            }
        QVERIFY(seen);
        QVERIFY(waitFinished(client->fetchQueue())->isOk());
        // A whole job: POST /prompt, its events on the socket, GET /history and /view.
        const QString id = submitAndWait(previewWorkflow(1));
        QVERIFY(!id.isEmpty());
        HistoryReply *h = waitFinished(client->fetchHistory(id));
        QVERIFY(h->isOk());
        const auto refs = h->entry(id)->images();
        QCOMPARE(refs.size(), 1);
        DownloadReply *dl = waitFinished(client->download(refs.first()));
        QVERIFY2(dl->isOk(), qPrintable(dl->errorString()));
        QVERIFY(!QImage::fromData(dl->data()).isNull());
    }

    void pathPrefixForRestAndSocket()
    {
        sim->setPathPrefix(u"/gpu7"_s);
        client->setEndpoint(ServerEndpoint::fromString(sim->httpUrl().toString()));
        QVERIFY(client->endpoint().pathPrefix() == "/gpu7"_L1);
        connectClient();
        QVERIFY(sim->lastWebSocketRequestUrl().path().startsWith("/gpu7/"_L1));
        QVERIFY(waitFinished(client->fetchSystemStats())->isOk());
    }

    void comfyDeploySocket()
    {
        sim->setComfyDeployEnabled(true);
        client->setDeploySocketMode(Client::DeploySocketMode::Auto);
        connectClient();
        QTRY_VERIFY_WITH_TIMEOUT(client->isDeploySocketConnected(), 3000);
        QSignalSpy images(client.get(), &Client::imageReceived);
        QSignalSpy deployEvents(client.get(), &Client::deployEventReceived);
        const QJsonObject wf{
            {u"1"_s, QJsonObject{{u"class_type"_s, u"EmptyImage"_s},
                                 {u"inputs"_s, QJsonObject{{u"width"_s, 64},
                                                           {u"height"_s, 48},
                                                           {u"batch_size"_s, 2},
                                                           {u"color"_s, 16711680}}}}},
            {u"2"_s, QJsonObject{{u"class_type"_s, u"ComfyDeployWebscoketImageOutput"_s},
                                 {u"inputs"_s, QJsonObject{{u"images"_s, QJsonArray{u"1"_s, 0}},
                                                           {u"output_id"_s, u"final_image"_s},
                                                           {u"file_type"_s, u"WEBP"_s},
                                                           {u"quality"_s, 80},
                                                           {u"client_id"_s, client->clientId()}}}}},
        };
        const QString id = submitAndWait(wf);
        QVERIFY(!id.isEmpty());
        QTRY_COMPARE(images.size(), 2);
        for (const auto &args : images) {
            const auto f = args.at(0).value<ImageFrame>();
            QCOMPARE(f.kind, ImageKind::DeployOutput);
            QCOMPARE(f.outputId, u"final_image"_s);
            QCOMPARE(f.format, ImageFormat::Webp);
            QCOMPARE(f.promptId, id);
            QCOMPARE(QImage::fromData(f.imageView()).size(), QSize(64, 48));
        }
    }

    void deploySocketAbsentIsQuiet()
    {
        client->setDeploySocketMode(Client::DeploySocketMode::Auto);
        QSignalSpy states(client.get(), &Client::stateChanged);
        connectClient();
        QTest::qWait(300);
        QVERIFY(!client->isDeploySocketConnected());
        QCOMPARE(client->state(), Client::State::Connected);
        QCOMPARE(states.size(), 2); // Connecting, Connected, nothing else
        QVERIFY(client->lastError().isOk());
    }

    void pingKeepsIdleConnectionAlive()
    {
        client->setPingInterval(50, 2000);
        connectClient();
        QSignalSpy states(client.get(), &Client::stateChanged);
        QTest::qWait(600);
        QVERIFY(client->lastPingMs() >= 0);
        QCOMPARE(states.size(), 0); // idle is not dead
    }

    void deadPeerDetectedByPing()
    {
        // A raw server that completes the handshake and then never reads again: no pongs.
        QTcpServer dead;
        QVERIFY(dead.listen(QHostAddress::LocalHost, 0));
        QList<QTcpSocket *> held;
        connect(&dead, &QTcpServer::newConnection, this, [&] {
            QTcpSocket *s = dead.nextPendingConnection();
            held << s;
            connect(s, &QTcpSocket::readyRead, this, [s] {
                const QByteArray req = s->peek(8192);
                if (!req.contains("\r\n\r\n") || s->property("done").toBool())
                    return;
                s->setProperty("done", true);
                QByteArray key;
                for (const QByteArray &line : req.split('\n'))
                    if (line.toLower().startsWith("sec-websocket-key:"))
                        key = line.mid(18).trimmed();
                const QByteArray accept = QCryptographicHash::hash(
                                              QByteArray(key
                                                         + "258EAFA5-E914-47DA-95CA-C5AB0DC85B11"),
                                              QCryptographicHash::Sha1)
                                              .toBase64();
                s->write("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\n"
                         "Connection: Upgrade\r\nSec-WebSocket-Accept: "
                         + accept + "\r\n\r\n");
                s->readAll();
                s->disconnect(); // never answers again
            });
        });
        client->setEndpoint(ServerEndpoint::fromString(u"127.0.0.1:%1"_s.arg(dead.serverPort())));
        client->setPingInterval(50, 300);
        QSignalSpy errors(client.get(), &Client::errorOccurred);
        client->open();
        QTRY_COMPARE_WITH_TIMEOUT(client->state(), Client::State::Connected, 3000);
        QTRY_VERIFY_WITH_TIMEOUT(client->state() != Client::State::Connected, 3000);
        bool pingError = false;
        for (const auto &e : errors)
            pingError |= e.at(0).value<Error>().message.contains(u"ping"_s);
        QVERIFY(pingError);
        qDeleteAll(held);
    }

    void handshakeTimeout()
    {
        QTcpServer silent; // accepts TCP, never answers the upgrade
        QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
        client->setEndpoint(ServerEndpoint::fromString(u"127.0.0.1:%1"_s.arg(silent.serverPort())));
        client->setConnectTimeout(300);
        QSignalSpy errors(client.get(), &Client::errorOccurred);
        client->open();
        QVERIFY(errors.wait(3000));
        QVERIFY(errors.at(0).at(0).value<Error>().message.contains(u"handshake"_s));
    }

    void realCaptureReplayedOverTheSocket_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("conn");
        QTest::newRow("v0.8.0 negotiated") << u"real-v0.8.0.jsonl"_s << u"modern"_s;
        QTest::newRow("v0.8.0 legacy") << u"real-v0.8.0.jsonl"_s << u"legacy"_s;
        QTest::newRow("v0.3.18 legacy") << u"real-v0.3.18.jsonl"_s << u"legacy"_s;
    }

    void realCaptureReplayedOverTheSocket()
    {
        // Every frame the real server sent to one connection, sent again through the simulator's
        // socket, must come out as the right typed signals in the same order.
        QFETCH(QString, file);
        QFETCH(QString, conn);
        connectClient();
        QTRY_VERIFY(client->serverAnsweredFeatureFlags()); // its reply is not part of the replay
        QSignalSpy errors(client.get(), &Client::protocolErrorOccurred);
        QSignalSpy messages(client.get(), &Client::messageReceived);
        QSignalSpy images(client.get(), &Client::imageReceived);
        QSignalSpy texts(client.get(), &Client::progressTextReceived);
        QSignalSpy finished(client.get(), &Client::promptFinished);
        QFile f(QStringLiteral(COMFYSCOPE_TEST_DATA) + u'/' + file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QStringList expectedTypes;
        int expectedImages = 0, expectedTexts = 0, expectedFinished = 0;
        auto encode = [](const char *fmt) {
            QImage img(32, 24, QImage::Format_RGB32);
            img.fill(Qt::darkCyan);
            QByteArray b;
            QBuffer buf(&b);
            buf.open(QIODevice::WriteOnly);
            img.save(&buf, fmt);
            return b;
        };
        const QString sid = client->clientId();
        while (!f.atEnd()) {
            const QJsonObject o = QJsonDocument::fromJson(f.readLine()).object();
            if (o.value("conn"_L1).toString() != conn)
                continue;
            const QString kind = o.value("kind"_L1).toString();
            if (kind == "ws_text"_L1) {
                const QString type = o.value("type"_L1).toString();
                QJsonObject data = o.value("data"_L1).toObject();
                if (type == "status"_L1)
                    data.remove(u"sid"_s); // keep our own session
                sim->sendText(sid, QJsonDocument(QJsonObject{{u"type"_s, type}, {u"data"_s, data}})
                                       .toJson(QJsonDocument::Compact));
                expectedTypes << type;
                if (type == "executing"_L1 && data.value("node"_L1).isNull()
                    && data.contains("prompt_id"_L1))
                    ++expectedFinished;
            } else if (kind == "ws_binary"_L1) {
                const QByteArray header = QByteArray::fromHex(
                    o.value("header_hex"_L1).toString().toLatin1().replace(' ', ""));
                const int type = o.value("event_type"_L1).toInt();
                if (type == 1) {
                    const bool png = o.value("image_format"_L1).toString() == "PNG"_L1;
                    sim->sendBinary(sid, header + encode(png ? "PNG" : "JPEG"));
                    ++expectedImages;
                } else if (type == 4) {
                    sim->sendBinary(sid, Protocol::makeMetadataPreviewFrame(
                                             o.value("metadata"_L1).toObject(), encode("JPEG")));
                    ++expectedImages;
                } else if (type == 3) {
                    sim->sendBinary(sid, Protocol::makeTextFrame(o.value("node_id"_L1).toString(),
                                                                 o.value("text"_L1).toString()));
                    ++expectedTexts;
                }
            }
        }
        QVERIFY(expectedTypes.size() > 20);
        QTRY_COMPARE_WITH_TIMEOUT(messages.size(), expectedTypes.size(), 5000);
        QTRY_COMPARE(images.size(), expectedImages);
        QTRY_COMPARE(texts.size(), expectedTexts);
        QCOMPARE(errors.size(), 0);
        QStringList gotTypes;
        for (const auto &m : messages)
            gotTypes << m.at(0).toString();
        QCOMPARE(gotTypes, expectedTypes);
        QCOMPARE(finished.size(), expectedFinished);
        for (const auto &args : images) {
            const auto img = args.at(0).value<ImageFrame>();
            QVERIFY(img.format == ImageFormat::Jpeg || img.format == ImageFormat::Png);
            if (img.frameType == 4)
                QVERIFY(!img.promptId.isEmpty());
        }
    }

    void failuresCarryTheirCode()
    {
        // A handshake answered 404 (no /ws behind this address) names its HTTP status.
        sim->setWebSocketEnabled(false);
        QSignalSpy errors(client.get(), &Client::errorOccurred);
        client->open();
        QVERIFY(errors.wait(3000));
        const Error e = errors.at(0).at(0).value<Error>();
        QCOMPARE(e.code, Error::Code::HandshakeRejected);
        QCOMPARE(e.httpStatus, 404);
        QVERIFY(!e.message.isEmpty());
        QCOMPARE(client->lastError(), e);
        client->close();

        // Nothing listening: refused, and the same code for REST calls.
        const quint16 port = sim->port();
        sim.reset();
        client->setEndpoint(ServerEndpoint::fromString(u"127.0.0.1:%1"_s.arg(port)));
        errors.clear();
        client->open();
        QVERIFY(errors.wait(3000));
        QCOMPARE(errors.at(0).at(0).value<Error>().code, Error::Code::ConnectionRefused);
        QueueReply *r = client->fetchQueue();
        QSignalSpy done(r, &Reply::finished);
        Error replyError;
        connect(r, &Reply::finished, this, [&replyError, r] { replyError = r->error(); });
        QVERIFY(done.wait(3000));
        QCOMPARE(replyError.code, Error::Code::ConnectionRefused);
        QCOMPARE(Error::codeName(replyError.code), u"ConnectionRefused"_s);
    }

    void closeFromErrorSlotIsSafe()
    {
        sim->setWebSocketEnabled(false); // every attempt fails with a 404 handshake
        connect(client.get(), &Client::errorOccurred, client.get(), [this] { client->close(); });
        client->open();
        QTRY_COMPARE(client->state(), Client::State::Disconnected);
        QTest::qWait(300);
        QCOMPARE(client->state(), Client::State::Disconnected);
        QCOMPARE(client->millisToReconnect(), -1);
    }

    void deletingTheClientFromAReplySlotIsSafe()
    {
        auto *c = new Client;
        c->setEndpoint(endpointFor(*sim));
        QueueReply *r = c->fetchQueue();
        bool done = false;
        connect(r, &Reply::finished, this, [&] {
            delete c;
            done = true;
        });
        QTRY_VERIFY(done);
        QTest::qWait(50); // deferred deletes run; nothing touches the dead reply
    }

    void closeStopsEverything()
    {
        connectClient();
        client->close();
        QCOMPARE(client->state(), Client::State::Disconnected);
        QSignalSpy states(client.get(), &Client::stateChanged);
        QTest::qWait(300);
        QCOMPARE(states.size(), 0);
        QCOMPARE(client->millisToReconnect(), -1);
        QTRY_VERIFY(sim->connectedSids().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestClient)
#include "tst_client.moc"
