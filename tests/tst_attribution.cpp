// SPDX-License-Identifier: MIT
// Which prompt and node a binary frame belongs to, and what kind of image it is, decided without a
// socket: the events and frames of real server captures (tests/data/*.jsonl) replayed in order.
#include <comfyscope/protocol.h>

#include "capturedata.h"
#include "frameattribution_p.h"

#include <QtCore/QJsonArray>
#include <QtTest/QTest>

using namespace ComfyScope;
using namespace ComfyScope::TestData;
using namespace Qt::StringLiterals;

namespace {

/// A frame after attribution, next to what the capture says about it.
struct Attributed
{
    ImageFrame frame;
    QString expectedPrompt; ///< the prompt of the latest executing/progress before the frame
    QString expectedNode;
    QString expectedClass; ///< that node's class_type in the queued workflow
};

QJsonObject answerOf(const QJsonObject &http)
{
    // The core captures keep the answer as `body`, the ComfyDeploy capture as `response`.
    return http.contains("body"_L1) ? http.value("body"_L1).toObject()
                                    : http.value("response"_L1).toObject();
}

/// A POST /prompt of `clientId` that was queued: tell the attribution about it. Returns the id.
QString queuePrompt(FrameAttribution &a, const QJsonObject &o, const QString &clientId,
                    QHash<QString, QHash<QString, QString>> &classes)
{
    if (o.value("kind"_L1).toString() != "http"_L1 || o.value("method"_L1).toString() != "POST"_L1
        || o.value("path"_L1).toString() != "/prompt"_L1)
        return {};
    const QJsonObject request = o.value("request"_L1).toObject();
    const QString id = answerOf(o).value("prompt_id"_L1).toString();
    if (id.isEmpty() || request.value("client_id"_L1).toString() != clientId)
        return {};
    const auto graph = FrameAttribution::classesOf(request.value("prompt"_L1).toObject());
    classes.insert(id, graph);
    a.setPromptNodeClasses(id, graph);
    a.addOwnPrompt(id);
    return id;
}

/// Rebuild a /ws binary frame from its capture record (the image itself was not kept).
QByteArray coreFrame(const QJsonObject &o)
{
    const int type = o.value("event_type"_L1).toInt();
    if (type == 1) {
        const bool png = o.value("image_format"_L1).toString() == "PNG"_L1;
        return fromHex(o.value("header_hex"_L1).toString()) + encode(png ? "PNG" : "JPEG");
    }
    if (type == 4) {
        const QJsonObject meta = o.value("metadata"_L1).toObject();
        const QByteArray json = QJsonDocument(meta).toJson(QJsonDocument::Compact);
        const bool png = meta.value("image_type"_L1).toString() == "image/png"_L1;
        return u32(4) + u32(quint32(json.size())) + json + encode(png ? "PNG" : "JPEG");
    }
    return {};
}

/// Replay one /ws connection of a core capture: its text messages into the attribution, each of
/// its image frames through it.
QList<Attributed> replayCore(const QString &file, const QString &conn)
{
    const QString clientId = u"peer-"_s + conn;
    FrameAttribution a;
    QHash<QString, QHash<QString, QString>> classes;
    QString lastPrompt, lastNode;
    QList<Attributed> out;
    for (const QJsonObject &o : readJsonl(file)) {
        queuePrompt(a, o, clientId, classes);
        if (o.value("conn"_L1).toString() != conn)
            continue;
        const QString kind = o.value("kind"_L1).toString();
        if (kind == "ws_text"_L1) {
            const QJsonObject msg{{u"type"_s, o.value("type"_L1)}, {u"data"_s, o.value("data"_L1)}};
            a.observe(Protocol::parseMessage(QJsonDocument(msg).toJson()).message);
            const QString type = o.value("type"_L1).toString();
            const QJsonObject data = o.value("data"_L1).toObject();
            if ((type == "executing"_L1 || type == "progress"_L1)
                && data.value("node"_L1).isString()) {
                lastPrompt = data.value("prompt_id"_L1).toString();
                lastNode = data.value("node"_L1).toString();
            }
        } else if (kind == "ws_binary"_L1) {
            const Protocol::Frame parsed = Protocol::parseFrame(coreFrame(o));
            const auto *image = parsed.get<ImageFrame>();
            if (!image)
                continue; // TEXT frames
            Attributed r{*image, lastPrompt, lastNode, classes.value(lastPrompt).value(lastNode)};
            a.attribute(r.frame);
            out.append(r);
        }
    }
    return out;
}

ImageFrame parsedImage(const QByteArray &frame, bool deploy = false)
{
    const Protocol::Frame parsed = deploy ? Protocol::parseDeployFrame(frame)
                                          : Protocol::parseFrame(frame);
    return parsed.value<ImageFrame>();
}

Protocol::Event message(const char *json)
{
    return Protocol::parseMessage(QByteArray(json)).message;
}

} // namespace

class TestAttribution : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void coreFramesFollowTheRun_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("conn");
        QTest::addColumn<int>("typeFour"); // frames that named their prompt and node themselves
        QTest::newRow("v0.8.0 legacy") << u"real-v0.8.0.jsonl"_s << u"legacy"_s << 0;
        QTest::newRow("v0.8.0 modern") << u"real-v0.8.0.jsonl"_s << u"modern"_s << 3;
        QTest::newRow("v0.3.18 legacy") << u"real-v0.3.18.jsonl"_s << u"legacy"_s << 0;
        QTest::newRow("v0.3.18 modern") << u"real-v0.3.18.jsonl"_s << u"modern"_s << 0;
    }

    void coreFramesFollowTheRun()
    {
        QFETCH(QString, file);
        QFETCH(QString, conn);
        QFETCH(int, typeFour);
        const QList<Attributed> frames = replayCore(file, conn);
        // Two sampler previews of TestPreviewNode 9 (JPEG), one of TestPreviewNode 10 (PNG: the
        // class says preview, not the format), and SaveImageWebsocket 7's output (PNG).
        QCOMPARE(frames.size(), 4);
        QStringList nodes;
        QList<ImageKind> kinds;
        int attributedByFrame = 0;
        for (const Attributed &r : frames) {
            QVERIFY(!r.expectedPrompt.isEmpty());
            QCOMPARE(r.frame.promptId, r.expectedPrompt);
            QCOMPARE(r.frame.nodeId, r.expectedNode);
            QVERIFY(!r.expectedClass.isEmpty());
            QCOMPARE(r.frame.kind, r.expectedClass == "SaveImageWebsocket"_L1
                                       ? ImageKind::WebSocketOutput
                                       : ImageKind::SamplerPreview);
            attributedByFrame += r.frame.attributed;
            nodes << r.frame.nodeId;
            kinds << r.frame.kind;
        }
        QCOMPARE(nodes, (QStringList{u"9"_s, u"9"_s, u"10"_s, u"7"_s}));
        QCOMPARE(kinds, (QList<ImageKind>{ImageKind::SamplerPreview, ImageKind::SamplerPreview,
                                          ImageKind::SamplerPreview, ImageKind::WebSocketOutput}));
        QCOMPARE(frames.at(2).frame.format, ImageFormat::Png);
        QCOMPARE(attributedByFrame, typeFour);
    }

    void framesThatNameTheirNodeKeepIt()
    {
        FrameAttribution a;
        a.setPromptNodeClasses(u"A"_s, {{u"3"_s, u"KSampler"_s}});
        a.setPromptNodeClasses(u"B"_s,
                               {{u"12"_s, u"MySubgraph"_s}, {u"7"_s, u"SaveImageWebsocket"_s}});
        a.observe(message(R"({"type":"executing","data":{"node":"3","prompt_id":"A"}})"));
        // A type 4 frame from inside a subgraph: its real node decides the kind.
        const QByteArray meta =
            R"({"node_id":"12:7","display_node_id":"12","real_node_id":"7","prompt_id":"B","image_type":"image/png"})";
        ImageFrame f = parsedImage(u32(4) + u32(quint32(meta.size())) + meta + encode("PNG"));
        QVERIFY(f.attributed);
        a.attribute(f);
        QCOMPARE(f.promptId, u"B"_s);
        QCOMPARE(f.nodeId, u"12:7"_s);
        QCOMPARE(f.displayNodeId, u"12"_s);
        QCOMPARE(f.kind, ImageKind::WebSocketOutput);
        // A type 1 frame right after belongs to the running node of A.
        ImageFrame g = parsedImage(u32(1) + u32(2) + encode("PNG"));
        a.attribute(g);
        QCOMPARE(g.promptId, u"A"_s);
        QCOMPARE(g.nodeId, u"3"_s);
        QCOMPARE(g.kind, ImageKind::SamplerPreview);
    }

    void unknownClassesKeepTheFormatGuess()
    {
        FrameAttribution a;
        a.observe(message(R"({"type":"execution_start","data":{"prompt_id":"X"}})"));
        a.observe(message(
            R"({"type":"progress","data":{"value":1,"max":4,"prompt_id":"X","node":"5"}})"));
        QCOMPARE(a.currentPrompt(), u"X"_s);
        QCOMPARE(a.currentNode(), u"5"_s);
        ImageFrame jpeg = parsedImage(u32(1) + u32(1) + encode("JPEG"));
        ImageFrame png = parsedImage(u32(1) + u32(2) + encode("PNG"));
        a.attribute(jpeg);
        a.attribute(png);
        QCOMPARE(jpeg.nodeId, u"5"_s);
        QCOMPARE(png.promptId, u"X"_s);
        QCOMPARE(jpeg.kind, ImageKind::SamplerPreview);
        QCOMPARE(png.kind, ImageKind::WebSocketOutput);
        // A progress without ids (servers before 2024-01) does not move the attribution.
        a.observe(message(R"({"type":"progress","data":{"value":2,"max":4}})"));
        QCOMPARE(a.currentNode(), u"5"_s);
        // The end of the run clears it.
        a.observe(message(R"({"type":"executing","data":{"node":null,"prompt_id":"X"}})"));
        QVERIFY(a.currentPrompt().isEmpty());
        QVERIFY(a.currentNode().isEmpty());
    }

    void deployFramesFindTheirPrompt_data()
    {
        QTest::addColumn<QString>("eventConn"); // where the core events came from
        QTest::addColumn<QString>("frameConn"); // where the ComfyDeploy frames came from
        QTest::addColumn<QString>("clientId");  // who queued the prompts
        QTest::addColumn<int>("frames");
        // /ws of peer-ws and a deploy socket: one frame of targeted-JPEG beats execution_start.
        QTest::newRow("targeted") << u"ws"_s << u"deploy-a"_s << u"peer-ws"_s << 6;
        // The deploy socket's own copy of the core events: its frame beats all of them.
        QTest::newRow("prompt-to-deploy")
            << u"deploy-b"_s << u"deploy-b"_s << u"ac86508ad7814776bc3cc355d5ea98ce"_s << 1;
    }

    void deployFramesFindTheirPrompt()
    {
        QFETCH(QString, eventConn);
        QFETCH(QString, frameConn);
        QFETCH(QString, clientId);
        QFETCH(int, frames);
        FrameAttribution a;
        QHash<QString, QHash<QString, QString>> classes;
        QHash<QString, QString> promptOfScenario;
        int checked = 0, beforeStart = 0;
        for (const QJsonObject &o : readJsonl(u"real-comfydeploy.jsonl"_s)) {
            const QString scenario = o.value("scenario"_L1).toString();
            const QString queued = queuePrompt(a, o, clientId, classes);
            if (!queued.isEmpty())
                promptOfScenario.insert(scenario, queued);
            const QString conn = o.value("conn"_L1).toString();
            const QString kind = o.value("kind"_L1).toString();
            if (kind == "ws_text"_L1 && conn == eventConn) {
                const QByteArray raw = o.value("raw"_L1).toString().toUtf8();
                a.observe(eventConn == "ws"_L1 ? Protocol::parseMessage(raw).message
                                               : Protocol::parseDeployMessage(raw).message);
            } else if (kind == "ws_binary"_L1 && conn == frameConn) {
                const QByteArray head = fromHex(o.value("head48_hex"_L1).toString()).left(32);
                const QByteArray type = o.value("type_name"_L1).toString().toLatin1();
                ImageFrame f = parsedImage(head + encode(type.constData()), true);
                QCOMPARE(f.kind, ImageKind::DeployOutput);
                beforeStart += a.currentPrompt().isEmpty();
                a.attributeDeployFrame(f);
                const QString expected = promptOfScenario.value(scenario);
                QVERIFY(!expected.isEmpty());
                QCOMPARE(f.promptId, expected);
                QCOMPARE(classes.value(expected).value(f.nodeId),
                         u"ComfyDeployWebscoketImageOutput"_s);
                QCOMPARE(f.nodeId, u"2"_s);
                QCOMPARE(f.displayNodeId, f.nodeId);
                ++checked;
            }
        }
        QCOMPARE(checked, frames);
        QVERIFY(beforeStart >= 1);                   // the case the own-prompt fallback is for
        QVERIFY(a.ownUnfinishedPrompts().isEmpty()); // every run ended with executing null
    }

    void ownPromptsEndWithTheirRun()
    {
        const QHash<QString, QString> graph{{u"1"_s, u"EmptyImage"_s},
                                            {u"2"_s, u"ComfyDeployWebscoketImageOutput"_s}};
        FrameAttribution a;
        a.setPromptNodeClasses(u"ours"_s, graph);
        a.addOwnPrompt(u"ours"_s);
        // An old server queued it under its own id.
        a.renameOwnPrompt(u"ours"_s, u"server-id"_s);
        a.setPromptNodeClasses(u"server-id"_s, graph);
        const QByteArray deployFrame = u32(1) + u32(2) + QByteArray(24, '\0') + encode("PNG");
        ImageFrame f = parsedImage(deployFrame, true);
        a.attributeDeployFrame(f);
        QCOMPARE(f.promptId, u"server-id"_s);
        QCOMPARE(f.nodeId, u"2"_s);
        a.observe(message(R"({"type":"executing","data":{"node":null,"prompt_id":"server-id"}})"));
        QVERIFY(a.ownUnfinishedPrompts().isEmpty());
        ImageFrame g = parsedImage(deployFrame, true);
        a.attributeDeployFrame(g);
        QVERIFY(g.promptId.isEmpty());
        // A refused prompt is never waited for.
        a.addOwnPrompt(u"refused"_s);
        a.removeOwnPrompt(u"refused"_s);
        QVERIFY(a.ownUnfinishedPrompts().isEmpty());
    }

    void graphsOfFinishedPromptsAreForgotten()
    {
        // A station watches a server for days: one graph per prompt must not pile up (issue 16's
        // soak grew ~4 MB/min with 50 servers while every visible list was at its cap).
        const QHash<QString, QString> graph{{u"3"_s, u"KSampler"_s},
                                            {u"9"_s, u"SaveImageWebsocket"_s}};
        FrameAttribution a;
        for (int i = 0; i < 5000; ++i) {
            const QString id = u"prompt-%1"_s.arg(i);
            a.setPromptNodeClasses(id, graph);
            a.observe(
                message(u"{\"type\":\"execution_start\",\"data\":{\"prompt_id\":\"%1\"}}"_s.arg(id)
                            .toUtf8()
                            .constData()));
            a.observe(message(
                u"{\"type\":\"executing\",\"data\":{\"node\":null,\"prompt_id\":\"%1\"}}"_s.arg(id)
                    .toUtf8()
                    .constData()));
            QVERIFY2(
                a.promptsWithClasses() <= FrameAttribution::KeptFinished,
                qPrintable(
                    u"%1 graphs kept after %2 prompts"_s.arg(a.promptsWithClasses()).arg(i + 1)));
        }
        // The newest finished ones are still known (a late /comfyui-deploy/ws frame), the old not.
        QVERIFY(a.hasNodeClasses(u"prompt-4999"_s));
        QVERIFY(a.hasNodeClasses(u"prompt-%1"_s.arg(5000 - FrameAttribution::KeptFinished)));
        QVERIFY(!a.hasNodeClasses(u"prompt-%1"_s.arg(4999 - FrameAttribution::KeptFinished)));
        // execution_success after executing null counts once.
        a.observe(message(R"({"type":"execution_success","data":{"prompt_id":"prompt-4999"}})"));
        QVERIFY(a.hasNodeClasses(u"prompt-4999"_s));

        // Prompts that never finish (another tool's queue, events missed): at most the cap, and
        // the newest are the ones kept.
        FrameAttribution b;
        for (int i = 0; i < 5000; ++i)
            b.setPromptNodeClasses(u"waiting-%1"_s.arg(i), graph);
        QCOMPARE(b.promptsWithClasses(), FrameAttribution::MaxPromptsWithClasses);
        QVERIFY(b.hasNodeClasses(u"waiting-4999"_s));
        QVERIFY(!b.hasNodeClasses(u"waiting-0"_s));
        QVERIFY(
            !b.hasNodeClasses(u"waiting-%1"_s.arg(4999 - FrameAttribution::MaxPromptsWithClasses)));
        // A prompt ended by an error or an interrupt is forgotten the same way.
        for (int i = 0; i < 100; ++i) {
            const QString id = u"waiting-%1"_s.arg(4999 - i);
            b.observe(message(
                (i % 2
                     ? u"{\"type\":\"execution_interrupted\",\"data\":{\"prompt_id\":\"%1\"}}"_s
                     : u"{\"type\":\"execution_error\",\"data\":{\"prompt_id\":\"%1\",\"timestamp\":1}}"_s)
                    .arg(id)
                    .toUtf8()
                    .constData()));
        }
        QCOMPARE(b.promptsWithClasses(),
                 FrameAttribution::MaxPromptsWithClasses - 100 + FrameAttribution::KeptFinished);
    }
};

QTEST_GUILESS_MAIN(TestAttribution)
#include "tst_attribution.moc"
