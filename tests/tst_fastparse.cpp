// SPDX-License-Identifier: MIT
// The simdjson fast path for /ws text messages (lib/src/protocolfast.cpp) against the
// QJsonDocument parser it stands in for: the same payloads for every real message, and a
// fallback (never a different answer) for everything the slow parser refuses or reads otherwise.
#include <comfyscope/protocol.h>

#include "capturedata.h"
#include "protocoldelta_p.h"
#include "protocolfast_p.h"

#include <QtCore/QFile>
#include <QtCore/QJsonArray>
#include <QtCore/QRandomGenerator>
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

/// What Client does with a text: the delta first, else a full parse that is then remembered.
struct Pipeline
{
    Protocol::DeltaParser delta;
    Protocol::FastMessageParser fast;
    qint64 cap = 64 << 20;
    bool hit = false;
    QString feed(const QString &text)
    {
        hit = false;
        if (const Protocol::ParsedMessage *pm = delta.match(text, cap)) {
            hit = true;
            return describe(pm->message);
        }
        const QByteArray utf8 = fast.setText(text).toByteArray();
        Protocol::ParsedMessage pm;
        if (!fast.parse(pm))
            pm = Protocol::parseMessage(utf8);
        if (!pm.isError())
            delta.remember(text, utf8.size(), pm);
        return describe(pm.message);
    }
};

/// A sampler run as ComfyUI v0.8.0 sends it: per step a progress and a progress_state of every
/// node (the ones before the sampler finished, the sampler running, the rest pending).
QStringList samplerRun(int nodes, int steps, const QString &prompt, int running)
{
    QStringList out;
    for (int step = 1; step <= steps; ++step) {
        out << u"{\"type\": \"progress\", \"data\": {\"value\": %1, \"max\": %2, \"prompt_id\": "
               u"\"%3\", \"node\": \"%4\"}}"_s.arg(step)
                   .arg(steps)
                   .arg(prompt)
                   .arg(running);
        QString m = u"{\"type\": \"progress_state\", \"data\": {\"prompt_id\": \"%1\", "
                    u"\"nodes\": {"_s.arg(prompt);
        for (int id = 1; id <= nodes; ++id) {
            const bool run = id == running;
            m += u"%1\"%2\": {\"value\": %3, \"max\": %4, \"state\": \"%5\", \"node_id\": \"%2\", "
                 u"\"prompt_id\": \"%6\", \"display_node_id\": \"%2\", \"parent_node_id\": "
                 u"null, \"real_node_id\": \"%2\"}"_s.arg(id == 1 ? u""_s : u", "_s)
                     .arg(id)
                     .arg(run            ? QString::number(step)
                          : id < running ? u"1.0"_s
                                         : u"0"_s)
                     .arg(run ? QString::number(steps) : u"1.0"_s)
                     .arg(run            ? u"running"_s
                          : id < running ? u"finished"_s
                                         : u"pending"_s)
                     .arg(prompt);
        }
        out << m + u"}}}"_s;
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
    void deltaGivesTheFullParsersPayload();
    void deltaOnRealCaptures();
    void deltaOnMutatedTexts();
    void deltaRefuses_data();
    void deltaRefuses();
    void deltaNeverChangesAPayloadHandedOut();
    void deltaBacksOffWhenNothingRepeats();
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

void TestFastParse::deltaGivesTheFullParsersPayload()
{
    // Runs of 1, 5 and 30 nodes, 120 steps (1 → 9 → 10 → 99 → 100 changes the length), the
    // sampler moving from node to node, then another prompt: every payload as parseMessage()'s.
    Pipeline p;
    int messages = 0, hits = 0;
    for (const int nodes : {1, 5, 30}) {
        for (int running = 1; running <= qMin(nodes, 3); ++running) {
            const QString prompt = u"0951%1-12ab-4fc8-a778-f6be5bdf6d82"_s.arg(nodes * 10
                                                                               + running);
            for (const QString &text : samplerRun(nodes, 120, prompt, running)) {
                const QString got = p.feed(text);
                QCOMPARE(got, describe(Protocol::parseMessage(text.toUtf8()).message));
                ++messages;
                hits += p.hit;
            }
        }
    }
    // Only the first progress and progress_state of each run are parsed.
    QCOMPARE(messages, 7 * 240);
    QCOMPARE(hits, 7 * 238);
    QCOMPARE(p.delta.hits(), quint64(hits));
}

void TestFastParse::deltaOnRealCaptures()
{
    // Every text message of the real servers' captures, in order: the same payloads with the
    // delta as without it, and some of them (the steps of the samplers) are taken by it.
    for (const QString &file :
         {u"real-v0.8.0.jsonl"_s, u"real-v0.3.18.jsonl"_s, u"real-v0.33.jsonl"_s}) {
        Pipeline p;
        int n = 0;
        for (const QByteArray &raw : rawMessages(file)) {
            const QString text = QString::fromUtf8(raw);
            QCOMPARE(p.feed(text), describe(Protocol::parseMessage(raw).message));
            ++n;
        }
        QVERIFY2(n > 50, qPrintable(file));
        QVERIFY2(p.delta.hits() >= 10, qPrintable(u"%1: %2 hits"_s.arg(file).arg(p.delta.hits())));
    }
}

void TestFastParse::deltaOnMutatedTexts()
{
    // One to three characters of a 10-node progress_state changed at random (digits, signs,
    // exponents, quotes, brackets, spaces): whenever the delta answers, its payload is what
    // parseMessage() reads from the changed text, and the text is valid.
    const QString base = samplerRun(10, 20, u"a40ee756-124a-4e4f-89b5-9dd1f78fde16"_s, 4).at(13);
    const QString progress =
        samplerRun(10, 20, u"a40ee756-124a-4e4f-89b5-9dd1f78fde16"_s, 4).at(12);
    const QString alphabet = u"0123456789001.-+eE ,:\"{}[]nax\\"_s;
    QRandomGenerator rng(16);
    int hits = 0;
    for (int round = 0; round < 20000; ++round) {
        const QString &from = round % 4 == 0 ? progress : base;
        QString text = from;
        const int changes = 1 + int(rng.bounded(3));
        for (int c = 0; c < changes; ++c) {
            // Every other change lands next to a digit (where the numbers are).
            qsizetype at = qsizetype(rng.bounded(quint32(text.size())));
            while (round % 2 == 0 && !text.at(at).isDigit())
                at = qsizetype(rng.bounded(quint32(text.size())));
            const QChar ch = alphabet.at(qsizetype(rng.bounded(quint32(alphabet.size()))));
            switch (rng.bounded(3)) {
            case 0:
                text[at] = ch;
                break;
            case 1:
                text.insert(at, ch);
                break;
            default:
                text.remove(at, 1);
            }
        }
        Pipeline p;
        p.feed(from);
        const QString got = p.feed(text);
        if (!p.hit)
            continue;
        ++hits;
        const Protocol::ParsedMessage slow = Protocol::parseMessage(text.toUtf8());
        QVERIFY2(!slow.isError(), qPrintable(text));
        QCOMPARE(got, describe(slow.message));
    }
    // Digits changed inside a value or max: the delta's case, often enough to count.
    QVERIFY2(hits > 200, qPrintable(QString::number(hits))); // 274 with this seed
}

void TestFastParse::deltaRefuses_data()
{
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("after");
    QTest::addColumn<bool>("taken");
    const QString p = u"{\"type\": \"progress\", \"data\": {\"value\": 12, \"max\": 20, "
                      u"\"prompt_id\": \"p\", \"node\": \"3\"}}"_s;
    auto with = [&](const QString &from, const QString &to) {
        QString t = p;
        return t.replace(from, to);
    };
    QTest::newRow("digit") << p << with(u"12,"_s, u"13,"_s) << true;
    QTest::newRow("longer") << p << with(u"12,"_s, u"123,"_s) << true;
    QTest::newRow("shorter") << p << with(u"12,"_s, u"9,"_s) << true;
    QTest::newRow("fraction") << p << with(u"12,"_s, u"12.75,"_s) << true;
    QTest::newRow("max") << p << with(u"20,"_s, u"25,"_s) << true;
    QTest::newRow("same") << p << p << true;
    QTest::newRow("exponent") << p << with(u"12,"_s, u"1e2,"_s) << false;
    QTest::newRow("leading zero") << p << with(u"12,"_s, u"012,"_s) << false;
    QTest::newRow("sign") << p << with(u"12,"_s, u"-12,"_s) << false;
    QTest::newRow("dot") << p << with(u"12,"_s, u"12.,"_s) << false;
    QTest::newRow("two numbers") << p << with(u"12, \"max\": 20"_s, u"13, \"max\": 21"_s) << false;
    QTest::newRow("space") << p << with(u"12,"_s, u"12 ,"_s) << false;
    QTest::newRow("string") << p << with(u"\"3\"}"_s, u"\"4\"}"_s) << false;
    QTest::newRow("key") << p << with(u"\"max\""_s, u"\"maz\""_s) << false;
    QTest::newRow("null") << p << with(u"12,"_s, u"null,"_s) << false;
    QTest::newRow("huge") << p << with(u"12,"_s, u"1234567890123456789,"_s) << false;
    const QString dup = u"{\"type\": \"progress\", \"data\": {\"value\": 1, \"value\": 2, "
                        u"\"max\": 20}}"_s;
    QTest::newRow("duplicate key (parser keeps one)")
        << dup << QString(dup).replace(u"\"value\": 1,"_s, u"\"value\": 3,"_s) << false;
    const QString escaped = u"{\"type\": \"progress\", \"data\": {\"val\\u0075e\": 1, "
                            u"\"max\": 20}}"_s;
    QTest::newRow("escaped key") << escaped << QString(escaped).replace(u": 1,"_s, u": 2,"_s)
                                 << false;
    const QString twoData = u"{\"type\": \"progress\", \"data\": {\"value\": 1, \"max\": 9}, "
                            u"\"data\": {\"value\": 2, \"max\": 20}}"_s;
    QTest::newRow("second data (parser keeps one)")
        << twoData << QString(twoData).replace(u"\"value\": 1,"_s, u"\"value\": 3,"_s) << false;
    const QString unicodeKey = u"{\"type\": \"progress_state\", \"data\": {\"prompt_id\": \"p\", "
                               u"\"nodes\": {\"\u00e9\": {\"value\": 1, \"max\": 9}, \"z\": "
                               u"{\"value\": 2, \"max\": 9}}}}"_s;
    QTest::newRow("non-ASCII node key")
        << unicodeKey << QString(unicodeKey).replace(u"\"value\": 2,"_s, u"\"value\": 3,"_s)
        << false;
    QTest::newRow("other kind") << p << u"{\"type\": \"executing\", \"data\": {\"node\": \"3\"}}"_s
                                << false;
}

void TestFastParse::deltaRefuses()
{
    QFETCH(QString, before);
    QFETCH(QString, after);
    QFETCH(bool, taken);
    Pipeline p;
    p.feed(before);
    const QString got = p.feed(after);
    QCOMPARE(p.hit, taken);
    QCOMPARE(got, describe(Protocol::parseMessage(after.toUtf8()).message));
}

void TestFastParse::deltaNeverChangesAPayloadHandedOut()
{
    const QStringList run = samplerRun(3, 5, u"p"_s, 2);
    Protocol::DeltaParser delta;
    const Protocol::ParsedMessage first = Protocol::parseMessage(run.at(1).toUtf8());
    delta.remember(run.at(1), run.at(1).toUtf8().size(), first);
    // Kept by nobody else: changed in place (no new payload).
    const Protocol::ParsedMessage *second = delta.match(run.at(3), 1 << 20);
    QVERIFY(second);
    const void *where = second->message.get<ProgressStateEvent>();
    QCOMPARE(second->message.get<ProgressStateEvent>()->nodes.at(1).value, 2.0);
    // Held by a receiver: the next step is a new payload, the held one stays at step 2.
    const Protocol::Message held = second->message;
    const ProgressStateEvent heldCopy = *held.get<ProgressStateEvent>();
    const Protocol::ParsedMessage *third = delta.match(run.at(5), 1 << 20);
    QVERIFY(third);
    QCOMPARE(third->message.get<ProgressStateEvent>()->nodes.at(1).value, 3.0);
    QVERIFY(third->message.get<ProgressStateEvent>() != where);
    QCOMPARE(held.get<ProgressStateEvent>()->nodes.at(1).value, 2.0);
    QCOMPARE(heldCopy.nodes.at(1).value, 2.0);
    // A copy of the struct shares the node list; changing the kept payload detaches it.
    const ProgressStateEvent structCopy = *third->message.get<ProgressStateEvent>();
    QVERIFY(delta.match(run.at(7), 1 << 20));
    QCOMPARE(structCopy.nodes.at(1).value, 3.0);
    // Over the size cap: not answered (the full parse reports the oversize).
    QVERIFY(!delta.match(run.at(9), 100));
}

void TestFastParse::deltaBacksOffWhenNothingRepeats()
{
    // 400 steps whose progress_state changes five numbers each time (never a match), then a
    // sampler run again: the numbers are located for a few of the 400 only, every payload is
    // the full parser's, and matches resume within 16 steps.
    Pipeline p;
    QStringList noisy = samplerRun(5, 400, u"p"_s, 3);
    for (qsizetype i = 1; i < noisy.size(); i += 2)
        noisy[i].replace(
            u"\"value\": 1.0, \"max\": 1.0, \"state\": \"finished\""_s,
            u"\"value\": %1, \"max\": %2, \"state\": \"finished\""_s.arg(i).arg(i * 7));
    for (qsizetype i = 1; i < noisy.size(); i += 2) {
        QCOMPARE(p.feed(noisy.at(i)),
                 describe(Protocol::parseMessage(noisy.at(i).toUtf8()).message));
        QVERIFY2(!p.hit, qPrintable(noisy.at(i)));
    }
    QVERIFY2(p.delta.located() <= 40, qPrintable(QString::number(p.delta.located())));
    const QStringList run = samplerRun(5, 40, u"p"_s, 3);
    int firstHit = -1;
    for (qsizetype i = 1; i < run.size(); i += 2) {
        QCOMPARE(p.feed(run.at(i)), describe(Protocol::parseMessage(run.at(i).toUtf8()).message));
        if (p.hit && firstHit < 0)
            firstHit = int(i / 2);
    }
    QVERIFY2(firstHit >= 0 && firstHit <= 17, qPrintable(QString::number(firstHit)));
    // Once matching, it keeps matching: the rest of the run are hits.
    QCOMPARE(p.delta.hits(), quint64(40 - firstHit));
}

QTEST_GUILESS_MAIN(TestFastParse)
#include "tst_fastparse.moc"
