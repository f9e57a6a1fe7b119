// SPDX-License-Identifier: MIT
// The wire parsers against the real captures (tests/data/*.jsonl) and against bad input.
#include <comfyscope/protocol.h>

#include "capturedata.h"

#include <QtCore/QBuffer>
#include <QtCore/QFile>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QtEndian>
#include <QtGui/QImage>
#include <QtGui/QPainter>
#include <QtTest/QTest>

using namespace ComfyScope;
using namespace ComfyScope::TestData;
using namespace Qt::StringLiterals;

namespace {
const QSet<QString> knownTypes{
    u"status"_s,          u"execution_start"_s,       u"execution_cached"_s, u"executing"_s,
    u"progress"_s,        u"progress_state"_s,        u"executed"_s,         u"execution_success"_s,
    u"execution_error"_s, u"execution_interrupted"_s, u"feature_flags"_s,    u"logs"_s};
} // namespace

class TestProtocol : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void realTextMessages_data();
    void realTextMessages();
    void deployTextMessages();
    void realBinaryFrames();
    void typeOneFormatIsReadAtOffsetFour();
    void sniffingBeatsTheHeader();
    void typeFourMetadata();
    void textFrame();
    void textFrameWithPromptIdLayout();
    void deployFrames();
    void legacyDeployFrameWithoutId();
    void unknownTypesAreNotErrors();
    void executingNullAndReplay();
    void eventTypeAndAccess();
    void blockedErrorIsNotTerminal();
    void malformedText_data();
    void malformedText();
    void malformedFrames_data();
    void malformedFrames();
    void buildersRoundTrip();
};

void TestProtocol::realTextMessages_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("type");
    int n = 0;
    for (const QString &file : {u"real-v0.8.0.jsonl"_s, u"real-v0.3.18.jsonl"_s}) {
        for (const QJsonObject &o : readJsonl(file)) {
            if (o.value("kind"_L1).toString() != "ws_text"_L1)
                continue;
            const QJsonObject msg{{u"type"_s, o.value("type"_L1)}, {u"data"_s, o.value("data"_L1)}};
            QTest::addRow("%s#%d-%s", qPrintable(file), n++,
                          qPrintable(o.value("type"_L1).toString()))
                << QJsonDocument(msg).toJson(QJsonDocument::Compact)
                << o.value("type"_L1).toString();
        }
    }
    for (const QJsonObject &o : readJsonl(u"examples.jsonl"_s)) {
        if (!o.contains("type"_L1))
            continue;
        QTest::addRow("examples#%d-%s", n++, qPrintable(o.value("type"_L1).toString()))
            << QJsonDocument(o).toJson(QJsonDocument::Compact) << o.value("type"_L1).toString();
    }
    QVERIFY(n > 300);
}

void TestProtocol::realTextMessages()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, type);
    const Protocol::ParsedMessage pm = Protocol::parseMessage(json);
    if (auto *e = pm.message.get<ProtocolError>())
        QFAIL(qPrintable(e->message));
    QCOMPARE(pm.type, type);
    if (knownTypes.contains(type))
        QVERIFY2(!pm.message.is<Protocol::UnknownMessage>(), qPrintable(type));
    else
        QVERIFY(pm.message.is<Protocol::UnknownMessage>());
}

void TestProtocol::deployTextMessages()
{
    int deployOwn = 0, core = 0;
    for (const QJsonObject &o : readJsonl(u"real-comfydeploy.jsonl"_s)) {
        if (o.value("kind"_L1).toString() != "ws_text"_L1)
            continue;
        const QByteArray raw = o.value("raw"_L1).toString().toUtf8();
        const bool deploySocket = o.value("conn"_L1).toString().startsWith("deploy"_L1);
        const auto pm = deploySocket ? Protocol::parseDeployMessage(raw)
                                     : Protocol::parseMessage(raw);
        if (auto *e = pm.message.get<ProtocolError>())
            QFAIL(qPrintable(e->message + u" in "_s + QString::fromUtf8(raw)));
        if (pm.message.is<DeployEvent>())
            ++deployOwn;
        else if (deploySocket)
            ++core;
    }
    for (const QJsonObject &o : readJsonl(u"examples.jsonl"_s)) {
        if (!o.contains("event"_L1))
            continue;
        const auto pm = Protocol::parseDeployMessage(QJsonDocument(o).toJson());
        QVERIFY2(!pm.isError(), QJsonDocument(o).toJson().constData());
        if (pm.message.is<DeployEvent>())
            ++deployOwn;
    }
    QVERIFY(deployOwn >= 27); // live_status, elapsed_time, upload_*, success, failed, LOGS…
    QVERIFY(core > 0);        // core events are copied to the deploy socket with typed payloads
}

void TestProtocol::realBinaryFrames()
{
    int checked = 0;
    for (const QString &file : {u"real-v0.8.0.jsonl"_s, u"real-v0.3.18.jsonl"_s}) {
        for (const QJsonObject &o : readJsonl(file)) {
            if (o.value("kind"_L1).toString() != "ws_binary"_L1)
                continue;
            const int type = o.value("event_type"_L1).toInt();
            const QByteArray header = fromHex(o.value("header_hex"_L1).toString());
            QByteArray frame;
            if (type == 1) {
                const bool png = o.value("image_format"_L1).toString() == "PNG"_L1;
                frame = header + encode(png ? "PNG" : "JPEG");
                const auto parsed = Protocol::parseFrame(frame);
                const auto *f = parsed.get<ImageFrame>();
                QVERIFY(f);
                QCOMPARE(f->frameType, 1);
                QCOMPARE(f->imageOffset, 8);
                QCOMPARE(f->format, png ? ImageFormat::Png : ImageFormat::Jpeg);
                QCOMPARE(f->declaredFormat, png ? ImageFormat::Png : ImageFormat::Jpeg);
                QVERIFY(!f->attributed);
                QVERIFY(!QImage::fromData(f->imageView()).isNull());
            } else if (type == 4) {
                const QJsonObject meta = o.value("metadata"_L1).toObject();
                // Rebuild with the server's separators so the length matches the capture.
                QByteArray json = "{\"node_id\": \"" + meta.value("node_id"_L1).toString().toUtf8()
                                  + "\", \"prompt_id\": \""
                                  + meta.value("prompt_id"_L1).toString().toUtf8()
                                  + "\", \"display_node_id\": \""
                                  + meta.value("display_node_id"_L1).toString().toUtf8()
                                  + "\", \"parent_node_id\": null, \"real_node_id\": \""
                                  + meta.value("real_node_id"_L1).toString().toUtf8()
                                  + "\", \"image_type\": \""
                                  + meta.value("image_type"_L1).toString().toUtf8() + "\"}";
                QCOMPARE(json.size(), o.value("metadata_len"_L1).toInt());
                frame = header + json + encode("JPEG");
                const auto parsed = Protocol::parseFrame(frame);
                const auto *f = parsed.get<ImageFrame>();
                QVERIFY(f);
                QCOMPARE(f->frameType, 4);
                QCOMPARE(f->promptId, meta.value("prompt_id"_L1).toString());
                QCOMPARE(f->nodeId, meta.value("node_id"_L1).toString());
                QVERIFY(f->parentNodeId.isEmpty());
                QVERIFY(f->attributed);
                QCOMPARE(f->format, ImageFormat::Jpeg);
                QVERIFY(!QImage::fromData(f->imageView()).isNull());
            } else if (type == 3) {
                const QByteArray node = o.value("node_id"_L1).toString().toUtf8();
                frame = header + node + o.value("text"_L1).toString().toUtf8();
                QCOMPARE(frame.size(), o.value("len"_L1).toInt());
                QVERIFY(frame.startsWith(fromHex(o.value("first_bytes_hex"_L1).toString())));
                const auto parsed = Protocol::parseFrame(frame);
                const auto *t = parsed.get<ProgressTextEvent>();
                QVERIFY(t);
                QCOMPARE(t->nodeId, o.value("node_id"_L1).toString());
                QCOMPARE(t->text, o.value("text"_L1).toString());
            }
            ++checked;
        }
    }
    QVERIFY(checked >= 10);
}

void TestProtocol::typeOneFormatIsReadAtOffsetFour()
{
    // Bytes 1..4 are 00 00 01 00 in every type 1 frame; a reader at offset 1 sees 256 and calls
    // every frame PNG (the @stable-canvas/comfyui-client bug).
    const QByteArray frame = u32(1) + u32(1) + encode("JPEG");
    const auto parsed = Protocol::parseFrame(frame);
    const auto *f = parsed.get<ImageFrame>();
    QVERIFY(f);
    QCOMPARE(f->declaredFormat, ImageFormat::Jpeg);
    QCOMPARE(f->mimeType(), u"image/jpeg"_s);
    QCOMPARE(f->kind, ImageKind::SamplerPreview);
}

void TestProtocol::sniffingBeatsTheHeader()
{
    const QByteArray frame = u32(1) + u32(2) + encode("JPEG"); // says PNG, is JPEG
    const auto parsed = Protocol::parseFrame(frame);
    const auto *f = parsed.get<ImageFrame>();
    QVERIFY(f);
    QCOMPARE(f->declaredFormat, ImageFormat::Png);
    QCOMPARE(f->format, ImageFormat::Jpeg);
}

void TestProtocol::typeFourMetadata()
{
    const QJsonObject meta{{u"node_id"_s, u"12.0.0.3"_s},      {u"prompt_id"_s, u"p1"_s},
                           {u"display_node_id"_s, u"12"_s},    {u"parent_node_id"_s, u"12"_s},
                           {u"real_node_id"_s, u"12.0.0.3"_s}, {u"image_type"_s, u"image/png"_s}};
    const QByteArray png = encode("PNG");
    const QByteArray frame = Protocol::makeMetadataPreviewFrame(meta, png);
    const auto parsed = Protocol::parseFrame(frame);
    const auto *f = parsed.get<ImageFrame>();
    QVERIFY(f);
    QCOMPARE(f->displayNodeId, u"12"_s);
    QCOMPARE(f->parentNodeId, u"12"_s);
    QCOMPARE(f->realNodeId, u"12.0.0.3"_s);
    QCOMPARE(f->imageBytes(), png);
    QCOMPARE(f->kind, ImageKind::WebSocketOutput);
    // The frame is shared, not copied.
    QCOMPARE(f->frame.constData(), frame.constData());
}

void TestProtocol::textFrame()
{
    const QByteArray frame = Protocol::makeTextFrame(u"57:14"_s,
                                                     u"width: 512, height: 512\n batch size: 1"_s);
    QCOMPARE(frame.left(8), u32(3) + u32(5));
    const auto parsed = Protocol::parseFrame(frame);
    const auto *t = parsed.get<ProgressTextEvent>();
    QVERIFY(t);
    QCOMPARE(t->nodeId, u"57:14"_s);
    QVERIFY(t->text.contains(u'\n'));
    QVERIFY(t->promptId.isEmpty());
}

void TestProtocol::textFrameWithPromptIdLayout()
{
    const QByteArray frame = u32(3) + u32(2) + "p9" + u32(1) + "7" + "hello";
    Protocol::FrameOptions opt;
    opt.progressTextMetadata = true;
    const auto parsed = Protocol::parseFrame(frame, opt);
    const auto *t = parsed.get<ProgressTextEvent>();
    QVERIFY(t);
    QCOMPARE(t->promptId, u"p9"_s);
    QCOMPARE(t->nodeId, u"7"_s);
    QCOMPARE(t->text, u"hello"_s);
}

void TestProtocol::deployFrames()
{
    int checked = 0;
    for (const QJsonObject &o : readJsonl(u"real-comfydeploy.jsonl"_s)) {
        if (o.value("kind"_L1).toString() != "ws_binary"_L1)
            continue;
        const QByteArray head = fromHex(o.value("head48_hex"_L1).toString()).left(32);
        const QString typeName = o.value("type_name"_L1).toString();
        const QByteArray image = encode(typeName.toLatin1().constData());
        const auto parsed = Protocol::parseDeployFrame(head + image);
        const auto *f = parsed.get<ImageFrame>();
        QVERIFY(f);
        QCOMPARE(f->kind, ImageKind::DeployOutput);
        QCOMPARE(f->outputId, o.value("output_id"_L1).toString());
        QCOMPARE(f->imageOffset, 32);
        QCOMPARE(imageFormatName(f->format).toUpper(),
                 typeName == "JPEG"_L1 ? u"JPEG"_s : typeName);
        QCOMPARE(f->declaredFormat, f->format);
        const QImage img = QImage::fromData(f->imageView());
        QCOMPARE(img.size(), QSize(64, 48));
        ++checked;
    }
    QVERIFY(checked >= 6);
    // A full 24-byte id has no NUL at all.
    const auto parsed = Protocol::parseDeployFrame(
        Protocol::makeDeployFrame(3, "abcdefghijklmnopqrstuvwx", encode("WEBP")));
    QCOMPARE(parsed.value<ImageFrame>().outputId, u"abcdefghijklmnopqrstuvwx"_s);
}

void TestProtocol::legacyDeployFrameWithoutId()
{
    const QByteArray png = encode("PNG");
    const auto parsed = Protocol::parseDeployFrame(u32(1) + u32(2) + png);
    const auto *f = parsed.get<ImageFrame>();
    QVERIFY(f);
    QVERIFY(f->outputId.isEmpty());
    QCOMPARE(f->imageBytes(), png);
}

void TestProtocol::unknownTypesAreNotErrors()
{
    const auto a = Protocol::parseMessage(
        R"({"type":"crystools.monitor","data":{"cpu_utilization":12.5,"gpus":[]}})");
    const auto *u = a.message.get<Protocol::UnknownMessage>();
    QVERIFY(u);
    QCOMPARE(u->type, u"crystools.monitor"_s);
    QCOMPARE(u->data.value("cpu_utilization"_L1).toDouble(), 12.5);
    const auto b = Protocol::parseMessage(R"({"type":"my.custom","data":"just text"})");
    QVERIFY(b.message.is<Protocol::UnknownMessage>());
    const auto c = Protocol::parseDeployMessage(R"({"event":"LOGS","data":"line one\nline two"})");
    const auto *de = c.message.get<DeployEvent>();
    QVERIFY(de);
    QCOMPARE(de->data.toString(), u"line one\nline two"_s);
}

void TestProtocol::executingNullAndReplay()
{
    auto done = Protocol::parseMessage(
        R"({"type": "executing", "data": {"node": null, "prompt_id": "p"}})");
    QVERIFY(done.message.value<ExecutingEvent>().isFinished());
    auto replay = Protocol::parseMessage(R"({"type": "executing", "data": {"node": "9"}})");
    const auto e = replay.message.value<ExecutingEvent>();
    QVERIFY(e.isReplay());
    QCOMPARE(e.displayNode, u"9"_s);
    auto old = Protocol::parseMessage(R"({"type": "progress", "data": {"value": 3, "max": 20}})");
    QCOMPARE(old.message.value<ProgressEvent>().max, 20.0); // pre-2024 shape
}

void TestProtocol::eventTypeAndAccess()
{
    const auto pm = Protocol::parseMessage(
        R"({"type": "progress", "data": {"value": 3, "max": 20, "prompt_id": "p", "node": "5"}})");
    QCOMPARE(pm.message.type(), Protocol::Event::Type::Progress);
    QVERIFY(pm.message.is<ProgressEvent>());
    QVERIFY(!pm.message.is<ExecutingEvent>());
    QCOMPARE(pm.message.get<ExecutingEvent>(), nullptr);
    QCOMPARE(pm.message.value<ExecutingEvent>().node, QString()); // another type: a default value
    const Protocol::Event copy = pm.message;                      // shares the payload
    QCOMPARE(copy.get<ProgressEvent>(), pm.message.get<ProgressEvent>());
    QCOMPARE(copy.get<ProgressEvent>()->node, u"5"_s);
    const Protocol::Event none;
    QVERIFY(none.isError());
    const Protocol::Event built = ProgressTextEvent{u"7"_s, {}, u"hello"_s};
    QCOMPARE(built.type(), Protocol::Event::Type::ProgressText);
    QCOMPARE(built.value<ProgressTextEvent>().text, u"hello"_s);
}

void TestProtocol::blockedErrorIsNotTerminal()
{
    auto blocked = Protocol::parseMessage(
        R"({"type":"execution_error","data":{"prompt_id":"p","node_id":"5","node_type":"X","executed":[],"exception_message":"blocked","exception_type":"ExecutionBlocked","traceback":[],"current_inputs":[],"current_outputs":[]}})");
    const auto b = blocked.message.value<ExecutionErrorEvent>();
    QVERIFY(b.isBlocked());
    QVERIFY(!b.isTerminal());
    auto real = Protocol::parseMessage(
        R"({"type":"execution_error","data":{"prompt_id":"p","node_id":"5","node_type":"X","executed":["1"],"exception_message":"boom\n","exception_type":"RuntimeError","traceback":["a","b"],"current_inputs":{},"current_outputs":[],"timestamp":1700000000000}})");
    const auto r = real.message.value<ExecutionErrorEvent>();
    QVERIFY(r.isTerminal());
    QCOMPARE(r.traceback.size(), 2);
    QCOMPARE(r.timestamp, 1700000000000LL);
}

void TestProtocol::malformedText_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<int>("code");
    using C = ProtocolError::Code;
    QTest::newRow("empty") << QByteArray() << int(C::MalformedJson);
    QTest::newRow("truncated") << QByteArray(R"({"type":"progress","data":{"value":1)")
                               << int(C::MalformedJson);
    QTest::newRow("garbage") << QByteArray("\xff\xfe\x00garbage", 10) << int(C::MalformedJson);
    QTest::newRow("array") << QByteArray("[1,2]") << int(C::NotAnObject);
    QTest::newRow("number") << QByteArray("42") << int(C::MalformedJson);
    QTest::newRow("no type") << QByteArray(R"({"data":{}})") << int(C::MissingField);
    QTest::newRow("type not string")
        << QByteArray(R"({"type":5,"data":{}})") << int(C::WrongFieldType);
    QTest::newRow("empty type") << QByteArray(R"({"type":"","data":{}})") << int(C::WrongFieldType);
    QTest::newRow("no data") << QByteArray(R"({"type":"progress"})") << int(C::MissingField);
    QTest::newRow("data array") << QByteArray(R"({"type":"progress","data":[]})")
                                << int(C::WrongFieldType);
    QTest::newRow("progress value string")
        << QByteArray(R"({"type":"progress","data":{"value":"x","max":1}})")
        << int(C::WrongFieldType);
    QTest::newRow("progress no value")
        << QByteArray(R"({"type":"progress","data":{"max":1}})") << int(C::MissingField);
    QTest::newRow("progress node number")
        << QByteArray(R"({"type":"progress","data":{"value":1,"max":2,"node":3}})")
        << int(C::WrongFieldType);
    QTest::newRow("status no count")
        << QByteArray(R"({"type":"status","data":{"status":{"exec_info":{}}}})")
        << int(C::MissingField);
    QTest::newRow("status not object")
        << QByteArray(R"({"type":"status","data":{"status":"x"}})") << int(C::WrongFieldType);
    QTest::newRow("status negative")
        << QByteArray(R"({"type":"status","data":{"status":{"exec_info":{"queue_remaining":-1}}}})")
        << int(C::WrongFieldType);
    QTest::newRow("status empty") << QByteArray(R"({"type":"status","data":{}})")
                                  << int(C::MissingField);
    QTest::newRow("executing no node")
        << QByteArray(R"({"type":"executing","data":{"prompt_id":"p"}})") << int(C::MissingField);
    QTest::newRow("executing node number")
        << QByteArray(R"({"type":"executing","data":{"node":5}})") << int(C::WrongFieldType);
    QTest::newRow("start no prompt")
        << QByteArray(R"({"type":"execution_start","data":{}})") << int(C::MissingField);
    QTest::newRow("start prompt number")
        << QByteArray(R"({"type":"execution_start","data":{"prompt_id":1}})")
        << int(C::WrongFieldType);
    QTest::newRow("start timestamp string")
        << QByteArray(R"({"type":"execution_start","data":{"prompt_id":"p","timestamp":"now"}})")
        << int(C::WrongFieldType);
    QTest::newRow("cached nodes object")
        << QByteArray(R"({"type":"execution_cached","data":{"prompt_id":"p","nodes":[{}]}})")
        << int(C::WrongFieldType);
    QTest::newRow("state nodes list")
        << QByteArray(R"({"type":"progress_state","data":{"prompt_id":"p","nodes":[]}})")
        << int(C::WrongFieldType);
    QTest::newRow("state node number")
        << QByteArray(R"({"type":"progress_state","data":{"prompt_id":"p","nodes":{"1":5}}})")
        << int(C::WrongFieldType);
    QTest::newRow("state value string") << QByteArray(
        R"({"type":"progress_state","data":{"prompt_id":"p","nodes":{"1":{"value":"a"}}}})")
                                        << int(C::WrongFieldType);
    QTest::newRow("executed output string")
        << QByteArray(R"({"type":"executed","data":{"node":"1","output":"x"}})")
        << int(C::WrongFieldType);
    QTest::newRow("executed no node")
        << QByteArray(R"({"type":"executed","data":{"output":{}}})") << int(C::MissingField);
    QTest::newRow("error traceback string")
        << QByteArray(R"({"type":"execution_error","data":{"prompt_id":"p","traceback":"x"}})")
        << int(C::WrongFieldType);
    QTest::newRow("flags size string")
        << QByteArray(R"({"type":"feature_flags","data":{"max_upload_size":"big"}})")
        << int(C::WrongFieldType);
    QTest::newRow("logs no entries")
        << QByteArray(R"({"type":"logs","data":{}})") << int(C::MissingField);
    QTest::newRow("deep nesting") << QByteArray(2000, '[') << int(C::MalformedJson);
}

void TestProtocol::malformedText()
{
    QFETCH(QByteArray, json);
    QFETCH(int, code);
    const auto pm = Protocol::parseMessage(json);
    const auto *e = pm.message.get<ProtocolError>();
    QVERIFY2(e, "accepted malformed input");
    QCOMPARE(int(e->code), code);
    QVERIFY(!e->message.isEmpty());
    QVERIFY(e->excerpt.size() <= 64);
}

void TestProtocol::malformedFrames_data()
{
    QTest::addColumn<QByteArray>("frame");
    QTest::addColumn<bool>("deploy");
    QTest::addColumn<int>("code");
    using C = ProtocolError::Code;
    const QByteArray jpg = encode("JPEG", 8, 8);
    QTest::newRow("empty") << QByteArray() << false << int(C::TruncatedFrame);
    QTest::newRow("3 bytes") << QByteArray("\0\0\0", 3) << false << int(C::TruncatedFrame);
    QTest::newRow("7 bytes") << QByteArray(7, '\0') << false << int(C::TruncatedFrame);
    QTest::newRow("type1 header only") << u32(1) + u32(1) << false << int(C::EmptyImage);
    QTest::newRow("type2 never on wire")
        << u32(2) + u32(1) + jpg << false << int(C::UnknownFrameType);
    QTest::newRow("type99") << u32(99) + u32(1) + jpg << false << int(C::UnknownFrameType);
    QTest::newRow("little endian type")
        << QByteArray("\x01\0\0\0", 4) + u32(1) + jpg << false << int(C::UnknownFrameType);
    QTest::newRow("type4 len 4GiB")
        << u32(4) + u32(0xFFFFFFFFu) + jpg << false << int(C::LyingLength);
    QTest::newRow("type4 len 2GiB")
        << u32(4) + u32(0x80000000u) + "{}" << false << int(C::LyingLength);
    QTest::newRow("type4 len off by one") << u32(4) + u32(3) + "{}" << false << int(C::LyingLength);
    QTest::newRow("type4 bad json")
        << u32(4) + u32(5) + "{nope" + jpg << false << int(C::BadMetadata);
    QTest::newRow("type4 array") << u32(4) + u32(2) + "[]" + jpg << false << int(C::BadMetadata);
    QTest::newRow("type4 no image") << u32(4) + u32(2) + "{}" << false << int(C::EmptyImage);
    QTest::newRow("type4 node number")
        << u32(4) + u32(13) + R"({"node_id":5})" + jpg << false << int(C::BadMetadata);
    QTest::newRow("type3 node len past end")
        << u32(3) + u32(100) + "ab" << false << int(C::LyingLength);
    QTest::newRow("type3 len 4GiB") << u32(3) + u32(0xFFFFFFFFu) << false << int(C::LyingLength);
    QTest::newRow("deploy 8 bytes") << u32(1) + u32(3) << true << int(C::TruncatedFrame);
    QTest::newRow("deploy inside id")
        << u32(1) + u32(3) + "out-1\0\0\0" << true << int(C::TruncatedFrame);
    QTest::newRow("deploy id no image")
        << Protocol::makeDeployFrame(3, "x", {}) << true << int(C::EmptyImage);
    QTest::newRow("deploy event 2")
        << u32(2) + u32(3) + QByteArray(24, '\0') + jpg << true << int(C::UnknownFrameType);
    QTest::newRow("deploy 4 bytes") << u32(1) << true << int(C::TruncatedFrame);
}

void TestProtocol::malformedFrames()
{
    QFETCH(QByteArray, frame);
    QFETCH(bool, deploy);
    QFETCH(int, code);
    const auto parsed = deploy ? Protocol::parseDeployFrame(frame) : Protocol::parseFrame(frame);
    const auto *e = parsed.get<ProtocolError>();
    QVERIFY2(e, "accepted a malformed frame");
    QCOMPARE(int(e->code), code);
    QCOMPARE(e->deploySocket, deploy);
}

void TestProtocol::buildersRoundTrip()
{
    Protocol::FrameOptions small;
    small.maxFrameSize = 1024;
    const QByteArray big = Protocol::makePreviewFrame(2, QByteArray(4096, 'x'));
    const auto parsed = Protocol::parseFrame(big, small);
    QCOMPARE(int(parsed.value<ProtocolError>().code), int(ProtocolError::Code::OversizedMessage));
    QCOMPARE(Protocol::featureFlagsMessage(),
             QByteArray(R"({"type":"feature_flags","data":{"supports_preview_metadata":true}})"));
}

QTEST_GUILESS_MAIN(TestProtocol)
#include "tst_protocol.moc"
