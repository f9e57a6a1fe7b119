// SPDX-License-Identifier: MIT
// The simdjson fast path for /ws text messages (lib/src/protocolfast.cpp) against the
// QJsonDocument parser it stands in for: the same payloads for every real message, and a
// fallback (never a different answer) for everything the slow parser refuses or reads otherwise.
#include <comfyscope/protocol.h>

#include "capturedata.h"
#include "protocolfast_p.h"

#include <QtCore/QFile>
#include <QtCore/QJsonArray>
#include <QtTest/QTest>

using namespace ComfyScope;
using namespace ComfyScope::TestData;
using namespace Qt::StringLiterals;

namespace {

QString ids(const QStringList &l)
{
    return u'[' + l.join(u',') + u']';
}

/// Every field of a payload, as text: equal texts mean equal payloads.
QString describe(const Protocol::Message &m)
{
    QString s;
    QDebug d(&s);
    d.nospace().noquote();
    if (const auto *e = m.get<ProgressEvent>()) {
        d << "progress " << e->promptId << '|' << e->node << '|' << e->value << '|' << e->max;
    } else if (const auto *e = m.get<ProgressStateEvent>()) {
        d << "progress_state " << e->promptId;
        for (const NodeProgress &p : e->nodes)
            d << " {" << p.nodeId << '|' << p.displayNodeId << '|' << p.parentNodeId << '|'
              << p.realNodeId << '|' << p.promptId << '|' << p.value << '|' << p.max << '|'
              << int(p.state) << '|' << p.parentNodeId.isNull() << '}';
    } else if (const auto *e = m.get<ExecutingEvent>()) {
        d << "executing " << e->promptId << '|' << e->node << '|' << e->displayNode << '|'
          << e->node.isNull();
    } else if (const auto *e = m.get<ExecutedEvent>()) {
        d << "executed " << e->promptId << '|' << e->node << '|' << e->displayNode << '|'
          << QJsonDocument(e->output).toJson(QJsonDocument::Compact) << '|' << e->outputIsNull;
        for (const ImageRef &r : e->images)
            d << " ref " << r.filename << '|' << r.subfolder << '|' << r.type << '|' << r.assetId;
    } else if (const auto *e = m.get<StatusEvent>()) {
        d << "status " << e->sid << '|' << e->queueRemaining << '|' << e->fromPolling;
    } else if (const auto *e = m.get<ExecutionStartEvent>()) {
        d << "execution_start " << e->promptId << '|' << e->timestamp;
    } else if (const auto *e = m.get<ExecutionCachedEvent>()) {
        d << "execution_cached " << e->promptId << '|' << ids(e->nodes) << '|' << e->timestamp;
    } else if (const auto *e = m.get<ExecutionSuccessEvent>()) {
        d << "execution_success " << e->promptId << '|' << e->timestamp;
    } else if (const auto *e = m.get<ExecutionInterruptedEvent>()) {
        d << "execution_interrupted " << e->promptId << '|' << e->nodeId << '|' << e->nodeType
          << '|' << ids(e->executed) << '|' << e->timestamp;
    } else if (const auto *e = m.get<ProtocolError>()) {
        d << "error " << int(e->code) << ' ' << e->message;
    } else {
        d << "other type " << int(m.type());
    }
    return s;
}

struct Outcome
{
    bool fast = false;
    QString type;
    QString payload;
};

Outcome parseFast(Protocol::FastMessageParser &parser, const QByteArray &utf8)
{
    Outcome o;
    const QString text = QString::fromUtf8(utf8);
    const QByteArrayView converted = parser.setText(text);
    if (converted != QByteArrayView(text.toUtf8()))
        qFatal("setText: UTF-8 differs from QString::toUtf8");
    Protocol::ParsedMessage pm;
    o.fast = parser.parse(pm);
    o.type = pm.type;
    o.payload = describe(pm.message);
    return o;
}

/// The text messages of a capture with their bytes as ComfyUI sent them (Python's json.dumps:
/// key order as sent, ", " and ": "), rebuilt from the JSONL line.
QList<QByteArray> rawMessages(const QString &name)
{
    QFile f(QStringLiteral(COMFYSCOPE_TEST_DATA) + u'/' + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot open %s", qPrintable(f.fileName()));
    QList<QByteArray> out;
    while (!f.atEnd()) {
        const QByteArray line = f.readLine().trimmed();
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        if (o.value("kind"_L1).toString() != "ws_text"_L1)
            continue;
        const qsizetype from = line.indexOf("\"data\": ");
        const qsizetype to = line.lastIndexOf(", \"raw_len\"");
        if (from < 0 || to < from)
            continue;
        out << "{\"type\": \"" + o.value("type"_L1).toString().toUtf8()
                   + "\", \"data\": " + line.mid(from + 8, to - from - 8) + '}';
    }
    return out;
}

} // namespace

class TestFastParse : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void realMessages_data();
    void realMessages();
    void hotTypesTakeTheFastPath();
    void nodeOrderIsTheSlowParsersOrder();
    void refusedOrDifferentGoesTheSlowWay_data();
    void refusedOrDifferentGoesTheSlowWay();
    void stringsAreSharedAcrossMessages();
    void hugeTextGoesTheSlowWay();
};

void TestFastParse::realMessages_data()
{
    QTest::addColumn<QByteArray>("json");
    int n = 0;
    for (const QString &file : {u"real-v0.8.0.jsonl"_s, u"real-v0.3.18.jsonl"_s}) {
        for (const QByteArray &raw : rawMessages(file))
            QTest::addRow("raw %s#%d", qPrintable(file), n++) << raw;
        for (const QJsonObject &o : readJsonl(file)) {
            if (o.value("kind"_L1).toString() != "ws_text"_L1)
                continue;
            const QJsonObject msg{{u"type"_s, o.value("type"_L1)}, {u"data"_s, o.value("data"_L1)}};
            QTest::addRow("compact %s#%d", qPrintable(file), n++)
                << QJsonDocument(msg).toJson(QJsonDocument::Compact);
        }
    }
    for (const QJsonObject &o : readJsonl(u"examples.jsonl"_s)) {
        if (o.contains("type"_L1))
            QTest::addRow("examples#%d", n++) << QJsonDocument(o).toJson(QJsonDocument::Compact);
    }
    QVERIFY(n > 600);
}

void TestFastParse::realMessages()
{
    QFETCH(QByteArray, json);
    if (!Protocol::FastMessageParser::isAvailable())
        QSKIP("built without simdjson: every message takes parseMessage()");
    Protocol::FastMessageParser parser;
    const Outcome fast = parseFast(parser, json);
    const Protocol::ParsedMessage slow = Protocol::parseMessage(json);
    if (!fast.fast)
        return; // the slow path decides (rare types, execution_error, feature_flags, …)
    QVERIFY2(!slow.isError(), qPrintable(describe(slow.message)));
    QCOMPARE(fast.type, slow.type);
    QCOMPARE(fast.payload, describe(slow.message));
    // A second parse with the ids cached gives the same.
    QCOMPARE(parseFast(parser, json).payload, fast.payload);
}

void TestFastParse::hotTypesTakeTheFastPath()
{
    if (!Protocol::FastMessageParser::isAvailable())
        QSKIP("built without simdjson");
    Protocol::FastMessageParser parser;
    QHash<QString, int> fastByType, allByType;
    for (const QByteArray &raw : rawMessages(u"real-v0.8.0.jsonl"_s)) {
        const QString type = QJsonDocument::fromJson(raw).object().value("type"_L1).toString();
        ++allByType[type];
        if (parseFast(parser, raw).fast)
            ++fastByType[type];
    }
    for (const QString &type :
         {u"progress"_s, u"progress_state"_s, u"executing"_s, u"executed"_s, u"status"_s,
          u"execution_start"_s, u"execution_cached"_s, u"execution_success"_s}) {
        QVERIFY2(allByType.value(type) > 0, qPrintable(type));
        QCOMPARE(fastByType.value(type), allByType.value(type));
    }
    QCOMPARE(fastByType.value(u"execution_error"_s), 0);
}

void TestFastParse::nodeOrderIsTheSlowParsersOrder()
{
    if (!Protocol::FastMessageParser::isAvailable())
        QSKIP("built without simdjson");
    const QByteArray json = R"({"type": "progress_state", "data": {"prompt_id": "p", "nodes": {)"
                            R"("9": {"value": 2, "max": 2, "state": "finished"}, )"
                            R"("10": {"value": 1, "max": 1, "state": "running", "node_id": "x"}, )"
                            R"("2": {"value": 0.5, "max": 1.0, "state": "pending"}, )"
                            R"("11": {"state": "bogus", "display_node_id": "7"}}}})";
    Protocol::FastMessageParser parser;
    const Outcome fast = parseFast(parser, json);
    QVERIFY(fast.fast);
    QCOMPARE(fast.payload, describe(Protocol::parseMessage(json).message));
    QVERIFY2(fast.payload.indexOf(u"{x|") < fast.payload.indexOf(u"{11|"),
             qPrintable(fast.payload));
    QVERIFY(fast.payload.indexOf(u"{11|") < fast.payload.indexOf(u"{2|"));
    QVERIFY(fast.payload.indexOf(u"{2|") < fast.payload.indexOf(u"{9|"));
}

void TestFastParse::refusedOrDifferentGoesTheSlowWay_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<bool>("fast"); // may the fast path answer?
    const QList<QPair<const char *, QByteArray>> slow{
        {"empty", QByteArray()},
        {"truncated", R"({"type":"progress","data":{"value":1)"},
        {"garbage", QByteArray("\xff\xfe\x00garbage", 10)},
        {"trailing", R"({"type":"progress","data":{"value":1,"max":2}} x)"},
        {"array", "[1,2]"},
        {"no type", R"({"data":{}})"},
        {"type not string", R"({"type":5,"data":{}})"},
        {"duplicate type", R"({"type":"progress","type":"progress","data":{"value":1,"max":2}})"},
        {"no data", R"({"type":"progress"})"},
        {"data array", R"({"type":"progress","data":[]})"},
        {"duplicate field", R"({"type":"progress","data":{"value":1,"value":null,"max":2}})"},
        {"value string", R"({"type":"progress","data":{"value":"x","max":1}})"},
        {"no value", R"({"type":"progress","data":{"max":1}})"},
        {"value null", R"({"type":"progress","data":{"value":null,"max":1}})"},
        {"node number", R"({"type":"progress","data":{"value":1,"max":2,"node":3}})"},
        {"bad literal", R"({"type":"progress","data":{"value":1,"max":2,"x":tru}})"},
        {"huge number", R"({"type":"progress","data":{"value":1e400,"max":2}})"},
        {"status no count", R"({"type":"status","data":{"status":{"exec_info":{}}}})"},
        {"status not object", R"({"type":"status","data":{"status":"x"}})"},
        {"status negative",
         R"({"type":"status","data":{"status":{"exec_info":{"queue_remaining":-1}}}})"},
        {"status empty", R"({"type":"status","data":{}})"},
        {"executing no node", R"({"type":"executing","data":{"prompt_id":"p"}})"},
        {"executing node number", R"({"type":"executing","data":{"node":5}})"},
        {"start no prompt", R"({"type":"execution_start","data":{}})"},
        {"start timestamp string",
         R"({"type":"execution_start","data":{"prompt_id":"p","timestamp":"now"}})"},
        {"cached nodes object",
         R"({"type":"execution_cached","data":{"prompt_id":"p","nodes":[{}]}})"},
        {"state nodes list", R"({"type":"progress_state","data":{"prompt_id":"p","nodes":[]}})"},
        {"state no nodes", R"({"type":"progress_state","data":{"prompt_id":"p"}})"},
        {"state node number",
         R"({"type":"progress_state","data":{"prompt_id":"p","nodes":{"1":5}}})"},
        {"state duplicate node",
         R"({"type":"progress_state","data":{"prompt_id":"p","nodes":{"1":{},"1":{"value":2}}}})"},
        {"state non-ascii key",
         R"({"type":"progress_state","data":{"prompt_id":"p","nodes":{"é":{},"z":{}}}})"},
        {"state value string",
         R"({"type":"progress_state","data":{"prompt_id":"p","nodes":{"1":{"value":"a"}}}})"},
        {"executed output string", R"({"type":"executed","data":{"node":"1","output":"x"}})"},
        {"executed no node", R"({"type":"executed","data":{"output":{}}})"},
        {"error", R"({"type":"execution_error","data":{"prompt_id":"p"}})"},
        {"flags", R"({"type":"feature_flags","data":{"max_upload_size":1}})"},
        {"logs", R"({"type":"logs","data":{"entries":[]}})"},
        {"unknown", R"({"type":"crystools.monitor","data":{"cpu":1}})"},
        {"deep nesting", QByteArray(2000, '[')},
    };
    for (const auto &[name, json] : slow)
        QTest::newRow(name) << json << false;
    const QList<QPair<const char *, QByteArray>> fast{
        {"executing null node", R"({"type":"executing","data":{"node":null,"prompt_id":"p"}})"},
        {"status sid only", R"({"type":"status","data":{"sid":"abc"}})"},
        {"status null", R"({"type":"status","data":{"status":null,"sid":"abc"}})"},
        {"executed null output", R"({"type":"executed","data":{"node":"1","output":null}})"},
        {"executed duplicate output key",
         R"({"type":"executed","data":{"node":"1","output":{"a":1,"a":[2.5,"x",true,null]}}})"},
        {"cached int ids",
         R"({"type":"execution_cached","data":{"prompt_id":"p","nodes":[3,"4"]}})"},
        {"interrupted", R"({"type":"execution_interrupted","data":{"prompt_id":"p","node_id":"3",)"
                        R"("node_type":"KSampler","executed":["1"],"timestamp":1.5e12}})"},
        {"data before type", R"({"data":{"value":1,"max":2},"type":"progress"})"},
        {"unicode ids", R"({"type":"progress","data":{"value":1,"max":2,"node":"ü\u00e9"}})"},
        {"long id (not kept)", R"({"type":"progress","data":{"value":1,"max":2,"node":")"
                                   + QByteArray(300, 'n') + "\"}}"},
    };
    for (const auto &[name, json] : fast)
        QTest::newRow(name) << json << true;
}

void TestFastParse::refusedOrDifferentGoesTheSlowWay()
{
    QFETCH(QByteArray, json);
    QFETCH(bool, fast);
    if (!Protocol::FastMessageParser::isAvailable())
        QSKIP("built without simdjson");
    Protocol::FastMessageParser parser;
    // The bytes as they would come out of the socket's QString.
    const QString text = QString::fromUtf8(json);
    QByteArray utf8 = text.toUtf8();
    QCOMPARE(parser.setText(text), QByteArrayView(utf8));
    Protocol::ParsedMessage pm;
    const bool took = parser.parse(pm);
    const Protocol::ParsedMessage slow = Protocol::parseMessage(utf8);
    QCOMPARE(took, fast);
    if (took) {
        QVERIFY(!slow.isError());
        QCOMPARE(describe(pm.message), describe(slow.message));
    }
}

void TestFastParse::stringsAreSharedAcrossMessages()
{
    if (!Protocol::FastMessageParser::isAvailable())
        QSKIP("built without simdjson");
    const QByteArray json =
        R"({"type": "progress_state", "data": {"prompt_id": "abc", "nodes": )"
        R"({"3": {"value": 1, "max": 20, "state": "running", "node_id": "3", )"
        R"("prompt_id": "abc", "display_node_id": "3", "parent_node_id": null, )"
        R"("real_node_id": "3"}}}})";
    Protocol::FastMessageParser parser;
    auto nodeOf = [&] {
        parser.setText(QString::fromUtf8(json));
        Protocol::ParsedMessage pm;
        if (!parser.parse(pm))
            qFatal("not parsed");
        return pm.message.get<ProgressStateEvent>()->nodes.value(0);
    };
    const NodeProgress a = nodeOf();
    const NodeProgress b = nodeOf();
    QCOMPARE(a.nodeId, u"3"_s);
    QVERIFY(a.nodeId.isSharedWith(b.nodeId));
    QVERIFY(a.nodeId.isSharedWith(a.displayNodeId));
    QVERIFY(a.nodeId.isSharedWith(a.realNodeId));
    QVERIFY(a.promptId.isSharedWith(b.promptId));
    QVERIFY(a.parentNodeId.isNull());
}

void TestFastParse::hugeTextGoesTheSlowWay()
{
    Protocol::FastMessageParser parser;
    const QByteArray pad(2 << 20, 'x');
    const QString text = u"{\"type\":\"progress\",\"data\":{\"value\":1,\"max\":2,\"x\":\""_s
                         + QString::fromLatin1(pad) + u"\"}}"_s;
    QCOMPARE(parser.setText(text).size(), text.size());
    Protocol::ParsedMessage pm;
    QVERIFY(!parser.parse(pm));
    // The next small one is fast again.
    parser.setText(u"{\"type\":\"progress\",\"data\":{\"value\":1,\"max\":2}}"_s);
    QCOMPARE(parser.parse(pm), Protocol::FastMessageParser::isAvailable());
}

QTEST_GUILESS_MAIN(TestFastParse)
#include "tst_fastparse.moc"
