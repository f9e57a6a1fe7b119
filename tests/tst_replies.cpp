// SPDX-License-Identifier: MIT
// REST replies fed with the HTTP answers recorded from real servers (tests/data/*.jsonl), plus the
// odd shapes: the old string error form, 500 text/plain, empty bodies, timeouts.
#include "cannedhttpserver.h"

#include <comfyscope/client.h>
#include <comfyscope/replies.h>

#include <QtCore/QFile>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QTimer>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

using namespace ComfyScope;
using namespace Qt::StringLiterals;

namespace {
struct Exchange
{
    QString file;
    QByteArray method;
    QByteArray path;
    int status;
    QByteArray contentType;
    QByteArray body;
};

QList<Exchange> capturedHttp()
{
    QList<Exchange> out;
    for (const QString &name : {u"real-v0.8.0.jsonl"_s, u"real-v0.3.18.jsonl"_s}) {
        QFile f(QStringLiteral(COMFYSCOPE_TEST_DATA) + u'/' + name);
        if (!f.open(QIODevice::ReadOnly))
            qFatal("missing capture");
        while (!f.atEnd()) {
            const QJsonObject o = QJsonDocument::fromJson(f.readLine()).object();
            if (o.value("kind"_L1).toString() != "http"_L1)
                continue;
            Exchange e{name,
                       o.value("method"_L1).toString().toLatin1(),
                       o.value("path"_L1).toString().toUtf8(),
                       o.value("status"_L1).toInt(),
                       o.value("content_type"_L1).toString().toLatin1(),
                       {}};
            if (o.contains("body_text"_L1))
                e.body = o.value("body_text"_L1).toString().toUtf8();
            else if (o.value("body"_L1).isObject() || o.value("body"_L1).isArray()) {
                const QJsonValue b = o.value("body"_L1);
                if (b.toObject().contains("_truncated"_L1))
                    continue; // the capture kept only a sample
                e.body = b.isObject() ? QJsonDocument(b.toObject()).toJson(QJsonDocument::Compact)
                                      : QJsonDocument(b.toArray()).toJson(QJsonDocument::Compact);
            } else if (o.contains("body_magic_hex"_L1)) {
                continue; // binary (/view): covered by the simulator tests
            }
            out << e;
        }
    }
    return out;
}

template<class R>
R *wait(R *r)
{
    QSignalSpy spy(r, &Reply::finished);
    if (!r->isFinished())
        spy.wait(5000);
    return r;
}
} // namespace

class TestReplies : public QObject
{
    Q_OBJECT
    CannedHttpServer *server = nullptr;
    Client *client = nullptr;

    void serve(const QByteArray &key, int status, const QByteArray &body,
               const QByteArray &type = "application/json; charset=utf-8")
    {
        server->responses.insert(key, {status, type, body, 0});
    }

private Q_SLOTS:
    void init()
    {
        server = new CannedHttpServer(this);
        client = new Client(this);
        client->setEndpoint(ServerEndpoint::fromString(server->url()));
    }
    void cleanup()
    {
        delete client;
        delete server;
    }

    void everyCapturedSubmitAnswer()
    {
        int ok = 0, validation = 0, plain500 = 0;
        for (const Exchange &e : capturedHttp()) {
            if (e.method != "POST" || e.path != "/prompt")
                continue;
            serve("POST /prompt", e.status, e.body, e.contentType);
            SubmitReply *r = wait(client->submit(QJsonObject{{u"1"_s, QJsonObject()}}));
            QVERIFY(r->isFinished());
            if (e.status == 200) {
                QVERIFY2(r->isOk(), qPrintable(r->errorString()));
                QVERIFY(!r->promptId().isEmpty());
                ++ok;
            } else if (e.status == 400) {
                QCOMPARE(r->error().code, Error::Code::ValidationFailed);
                const PromptError pe = r->promptError();
                QVERIFY(!pe.message.isEmpty());
                QVERIFY(!r->errorString().isEmpty());
                if (pe.type == "prompt_outputs_failed_validation"_L1) {
                    QVERIFY(!pe.nodeErrors.isEmpty());
                    QVERIFY(!pe.nodeErrors.first().errors.isEmpty());
                    QVERIFY(
                        r->errorString().contains(pe.nodeErrors.first().errors.first().message));
                }
                ++validation;
            } else {
                QCOMPARE(e.status, 500);
                QCOMPARE(r->error().code, Error::Code::HttpError);
                QVERIFY(r->errorString().contains(u"500"_s));
                QVERIFY(r->errorString().contains(u"Server got itself in trouble"_s));
                ++plain500;
            }
        }
        QVERIFY(ok >= 20);
        QVERIFY(validation >= 14);
        QCOMPARE(plain500, 2);
    }

    void oldStringErrorForm()
    {
        serve("POST /prompt", 400, R"({"error": "no prompt", "node_errors": []})");
        SubmitReply *r = wait(client->submit({}));
        QCOMPARE(r->error().code, Error::Code::ValidationFailed);
        QCOMPARE(r->promptError().message, u"no prompt"_s);
        QVERIFY(r->promptError().nodeErrors.isEmpty());
    }

    void nodeErrorsOnSuccess()
    {
        serve(
            "POST /prompt", 200,
            R"({"prompt_id":"p","number":5.0,"node_errors":{"9":{"errors":[{"type":"value_not_in_list","message":"Value not in list","details":"x","extra_info":{}}],"dependent_outputs":["9"],"class_type":"SaveImage"}}})");
        SubmitReply *r = wait(client->submit({}));
        QVERIFY(r->isOk());
        QCOMPARE(r->number(), 5.0);
        QCOMPARE(r->nodeErrors().size(), 1);
        QCOMPARE(r->nodeErrors().first().classType, u"SaveImage"_s);
    }

    void capturedHistoryAndQueue()
    {
        int histories = 0;
        for (const Exchange &e : capturedHttp()) {
            if (e.method == "GET" && e.path.startsWith("/history/")) {
                serve("GET " + e.path, e.status, e.body);
                const QString id = QString::fromUtf8(e.path.mid(9));
                HistoryReply *r = wait(client->fetchHistory(id));
                QVERIFY2(r->isOk(), qPrintable(r->errorString()));
                if (e.body == "{}") {
                    QVERIFY(!r->entry(id));
                    continue;
                }
                const auto h = r->entry(id);
                QVERIFY(h.has_value());
                QCOMPARE(h->prompt.promptId, id);
                QVERIFY(h->outcome() != HistoryEntry::Outcome::Unknown);
                if (h->outcome() == HistoryEntry::Outcome::Failed)
                    QVERIFY(h->error().has_value());
                if (h->outcome() == HistoryEntry::Outcome::Interrupted)
                    QVERIFY(h->interruption().has_value());
                if (h->outcome() == HistoryEntry::Outcome::Succeeded)
                    QVERIFY(h->endTimestamp() >= h->startTimestamp());
                ++histories;
            }
        }
        QVERIFY(histories >= 4);
        serve(
            "GET /queue", 200,
            R"({"queue_running": [[3, "r", {"1": {"class_type": "X", "inputs": {}}}, {"client_id": "c1", "create_time": 1700000000000}, ["1"]]], "queue_pending": [[9, "b", {}, {}, []], [-2, "front", {}, {}, []], [9, "a", {}, {}, []]]})");
        QueueReply *q = wait(client->fetchQueue());
        QVERIFY(q->isOk());
        QCOMPARE(q->queue().running.first().clientId(), u"c1"_s);
        QCOMPARE(q->queue().running.first().createTime(), 1700000000000LL);
        QStringList order;
        for (const auto &i : q->queue().pending)
            order << i.promptId;
        QCOMPARE(order, (QStringList{u"front"_s, u"a"_s, u"b"_s})); // heap sorted into run order
        QVERIFY(q->queue().isRunning(u"r"_s));
    }

    void historyKeepsCompletionOrder()
    {
        // Keys deliberately not in alphabetical order.
        serve(
            "GET /history", 200,
            R"({"zzz": {"prompt": [0, "zzz", {}, {}, []], "outputs": {}, "status": {"status_str": "success", "completed": true, "messages": []}}, "aaa": {"prompt": [1, "aaa", {}, {}, []], "outputs": {}, "status": {"status_str": "success", "completed": true, "messages": []}}, "mmm": {"prompt": [2, "mmm", {}, {}, []], "outputs": {}, "status": {"status_str": "error", "completed": false, "messages": []}}})");
        HistoryReply *r = wait(client->fetchHistory(10));
        QVERIFY(r->isOk());
        QCOMPARE(r->entries().size(), 3);
        QCOMPARE(r->entries().at(0).promptId, u"zzz"_s);
        QCOMPARE(r->entries().at(1).promptId, u"aaa"_s);
        QCOMPARE(r->entries().at(2).promptId, u"mmm"_s);
        QCOMPARE(r->entries().at(2).outcome(), HistoryEntry::Outcome::Failed);
        QVERIFY(server->requests.last().contains("max_items=10"));
    }

    void emptyBodiesOfPostRoutes()
    {
        for (const char *route : {"POST /queue", "POST /interrupt", "POST /history", "POST /free"})
            serve(route, 200, {}, "application/octet-stream");
        QVERIFY(wait(client->clearQueue())->isOk());
        QVERIFY(wait(client->deleteFromQueue({u"a"_s}))->isOk());
        QVERIFY(wait(client->interrupt(u"p"_s))->isOk());
        QVERIFY(wait(client->interrupt())->isOk());
        QVERIFY(wait(client->clearHistory())->isOk());
        QVERIFY(wait(client->deleteFromHistory({u"x"_s}))->isOk());
        QVERIFY(wait(client->freeMemory(true, true))->isOk());
    }

    void simpleJsonRoutes()
    {
        for (const Exchange &e : capturedHttp()) {
            if (e.file.contains(u"v0.8.0"_s) && e.method == "GET" && !e.path.startsWith("/history")
                && !e.path.startsWith("/view"))
                serve("GET " + e.path, e.status, e.body, e.contentType);
        }
        JsonReply *s = wait(client->fetchSystemStats());
        QVERIFY(s->isOk());
        QCOMPARE(s->object().value("system"_L1).toObject().value("comfyui_version"_L1).toString(),
                 u"0.8.0"_s);
        QVERIFY(
            wait(client->fetchFeatures())->object().value("supports_preview_metadata"_L1).toBool());
        QVERIFY(wait(client->fetchEmbeddings())->json().isArray());
        QVERIFY(wait(client->fetchExtensions())->json().isArray());
        JsonReply *oi = wait(client->fetchObjectInfo(u"EmptyImage"_s));
        QVERIFY(oi->object().contains("EmptyImage"_L1));
        JsonReply *p = wait(client->fetchJson(u"/prompt"_s));
        QCOMPARE(p->object().value("exec_info"_L1).toObject().value("queue_remaining"_L1).toInt(),
                 0);
    }

    void viewErrorsAndUrl()
    {
        serve("GET /view", 404, {}, "application/octet-stream");
        DownloadReply *d = wait(client->download({u"nope.png"_s, {}, u"output"_s}));
        QCOMPARE(d->error().code, Error::Code::HttpError);
        QCOMPARE(d->httpStatus(), 404);
        const QUrl u = client->viewUrl({u"a b&c.png"_s, u"sub/dir"_s, u"temp"_s}, u"webp;90"_s,
                                       u"rgb"_s);
        const QUrlQuery q(u);
        QCOMPARE(q.queryItemValue(u"filename"_s, QUrl::FullyDecoded), u"a b&c.png"_s);
        QCOMPARE(q.queryItemValue(u"subfolder"_s, QUrl::FullyDecoded), u"sub/dir"_s);
        QCOMPARE(q.queryItemValue(u"type"_s), u"temp"_s);
        QCOMPARE(q.queryItemValue(u"preview"_s, QUrl::FullyDecoded), u"webp;90"_s);
        QCOMPARE(q.queryItemValue(u"channel"_s), u"rgb"_s);
    }

    void jobsApiAndItsAbsence()
    {
        serve(
            "GET /api/jobs", 200,
            R"({"jobs":[{"id":"j1","status":"completed","priority":3,"create_time":1,"execution_start_time":2,"execution_end_time":5}],"pagination":{"offset":0,"limit":10,"total":1,"has_more":false}})");
        JobsReply *r = wait(client->fetchJobs());
        QVERIFY(r->isOk());
        QCOMPARE(r->jobs().size(), 1);
        QCOMPARE(r->jobs().first().status, u"completed"_s);
        QCOMPARE(r->jobs().first().executionEndTime, 5);
        server->responses.remove("GET /api/jobs");
        JobsReply *old = wait(client->fetchJobs());
        QVERIFY(old->notSupported());
    }

    void uploadMultipart()
    {
        serve("POST /upload/image", 200,
              R"({"name": "peer_upload (1).png", "subfolder": "", "type": "input"})");
        UploadReply *u = wait(
            client->uploadImage(QByteArray("\x89PNG\r\n\x1a\nxxxx", 12), u"peer_upload.png"_s));
        QVERIFY(u->isOk());
        QCOMPARE(u->uploaded().filename, u"peer_upload (1).png"_s);
        serve("POST /upload/image", 500, "500 Internal Server Error", "text/plain");
        u = wait(client->uploadImage("x", u"a.png"_s, {}, u"bogus"_s));
        QCOMPARE(u->error().code, Error::Code::HttpError);
    }

    void badBodies()
    {
        serve("GET /queue", 200, "not json");
        QCOMPARE(wait(client->fetchQueue())->error().code, Error::Code::ProtocolViolation);
        serve("GET /history", 200, "[]");
        QCOMPARE(wait(client->fetchHistory())->error().code, Error::Code::ProtocolViolation);
        serve("POST /prompt", 200, R"({"number": 1})");
        QCOMPARE(wait(client->submit({}))->error().code, Error::Code::ProtocolViolation);
        serve("GET /system_stats", 200, "<html>");
        QCOMPARE(wait(client->fetchSystemStats())->error().code, Error::Code::ProtocolViolation);
    }

    void timeoutAndAbort()
    {
        server->responses.insert("GET /queue", {200, "application/json", "{}", 3000});
        client->setRequestTimeout(200);
        QueueReply *r = wait(client->fetchQueue());
        QCOMPARE(r->error().code, Error::Code::Timeout);
        client->setRequestTimeout(5000);
        QueueReply *a = client->fetchQueue();
        QSignalSpy done(a, &Reply::finished);
        QTimer::singleShot(50, a, &Reply::abort);
        QVERIFY(done.wait(3000));
        QCOMPARE(a->error().code, Error::Code::Cancelled);
    }

    void refusedConnection()
    {
        const QString url = server->url();
        delete server;
        server = nullptr;
        client->setEndpoint(ServerEndpoint::fromString(url));
        JsonReply *r = wait(client->fetchSystemStats());
        QCOMPARE(r->error().code, Error::Code::ConnectionRefused);
        QVERIFY(!r->errorString().isEmpty());
        server = new CannedHttpServer(this);
    }

    void repliesDeleteThemselves()
    {
        serve("GET /queue", 200, R"({"queue_running":[],"queue_pending":[]})");
        QPointer<QueueReply> r = client->fetchQueue();
        QSignalSpy done(r.data(), &Reply::finished);
        QVERIFY(done.wait(3000));
        QTRY_VERIFY(r.isNull());
    }
};

QTEST_GUILESS_MAIN(TestReplies)
#include "tst_replies.moc"
