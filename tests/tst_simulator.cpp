// SPDX-License-Identifier: MIT
// Drives ComfyScope::Simulator with a plain QWebSocket and QNetworkAccessManager (not the
// ComfyScope client) and checks it against the real server's behaviour (captures in tests/data).
#include <comfyscope/simulator.h>

#include <QtCore/QBuffer>
#include <QtCore/QEventLoop>
#include <QtCore/QFile>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QRegularExpression>
#include <QtCore/QTimer>
#include <QtGui/QImage>
#include <QtNetwork/QHttpMultiPart>
#include <QtNetwork/QNetworkAccessManager>
#include <QtNetwork/QNetworkReply>
#include <QtNetwork/QTcpSocket>
#include <QtTest/QtTest>
#include <QtWebSockets/QWebSocket>

#include <functional>

using namespace Qt::StringLiterals;
using ComfyScope::Simulator;

namespace {

quint32 be32At(const QByteArray &b, int offset)
{
    return (quint32(uchar(b.at(offset))) << 24) | (quint32(uchar(b.at(offset + 1))) << 16)
           | (quint32(uchar(b.at(offset + 2))) << 8) | quint32(uchar(b.at(offset + 3)));
}

struct Frame
{
    bool binary = false;
    QByteArray data;
    QJsonObject json; // text frames
    QString type() const { return json.value(u"type"_s).toString(); }
    QJsonObject payload() const { return json.value(u"data"_s).toObject(); }
    quint32 eventType() const { return binary && data.size() >= 4 ? be32At(data, 0) : 0; }
};

class WsProbe : public QObject
{
public:
    explicit WsProbe(QObject *parent = nullptr)
        : QObject(parent)
    {
        ws.setParent(this);
        connect(&ws, &QWebSocket::textMessageReceived, this, [this](const QString &t) {
            Frame f;
            f.data = t.toUtf8();
            f.json = QJsonDocument::fromJson(f.data).object();
            frames.append(f);
        });
        connect(&ws, &QWebSocket::binaryMessageReceived, this, [this](const QByteArray &b) {
            Frame f;
            f.binary = true;
            f.data = b;
            frames.append(f);
        });
        connect(&ws, &QWebSocket::disconnected, this, [this] { closed = true; });
    }

    bool open(const QUrl &url, const QNetworkRequest &base = QNetworkRequest())
    {
        QNetworkRequest req = base;
        req.setUrl(url);
        ws.open(req);
        return waitUntil([this] { return ws.state() == QAbstractSocket::ConnectedState || closed; },
                         3000)
               && ws.state() == QAbstractSocket::ConnectedState;
    }

    bool waitUntil(const std::function<bool()> &pred, int timeoutMs)
    {
        QElapsedTimer t;
        t.start();
        while (!pred()) {
            if (t.elapsed() > timeoutMs)
                return false;
            QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
            QTest::qWait(1);
        }
        return true;
    }

    // Waits for the next frame (from the cursor on) matching pred; returns its index or -1.
    int next(const std::function<bool(const Frame &)> &pred, int timeoutMs = 5000)
    {
        int found = -1;
        waitUntil(
            [&] {
                for (int i = cursor; i < frames.size(); ++i) {
                    if (pred(frames.at(i))) {
                        found = i;
                        return true;
                    }
                }
                return false;
            },
            timeoutMs);
        if (found >= 0)
            cursor = found + 1;
        return found;
    }
    int nextType(const QString &type, int timeoutMs = 5000)
    {
        return next([&](const Frame &f) { return !f.binary && f.type() == type; }, timeoutMs);
    }
    int waitDone(const QString &promptId, int timeoutMs = 8000)
    {
        return next(
            [&](const Frame &f) {
                return !f.binary && f.type() == "executing"_L1
                       && f.payload().value(u"node"_s).isNull()
                       && f.payload().value(u"prompt_id"_s).toString() == promptId;
            },
            timeoutMs);
    }
    QStringList typesFrom(int from, int to = -1) const
    {
        QStringList out;
        for (int i = from; i < (to < 0 ? frames.size() : to + 1); ++i)
            out.append(frames.at(i).binary ? u"binary%1"_s.arg(frames.at(i).eventType())
                                           : frames.at(i).type());
        return out;
    }

    QWebSocket ws;
    QList<Frame> frames;
    int cursor = 0;
    bool closed = false;
};

struct HttpResult
{
    int status = 0;
    QByteArray body;
    QByteArray contentType;
    QList<QNetworkReply::RawHeaderPair> headers;
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QJsonArray array() const { return QJsonDocument::fromJson(body).array(); }
};

} // namespace

class TestSimulator : public QObject
{
    Q_OBJECT

private:
    QNetworkAccessManager nam;
    std::unique_ptr<Simulator> sim;

    QUrl url(const QString &pathAndQuery) const
    {
        return QUrl(sim->httpUrl().toString() + pathAndQuery);
    }
    QUrl wsUrl(const QString &query = QString(), const QString &path = u"/ws"_s) const
    {
        QUrl u = sim->httpUrl();
        u.setScheme(u"ws"_s);
        u.setPath(u.path() + path);
        if (!query.isEmpty())
            u.setQuery(query);
        return u;
    }

    HttpResult http(const QByteArray &method, const QUrl &u, const QByteArray &body = QByteArray(),
                    const QList<QPair<QByteArray, QByteArray>> &headers = {},
                    QHttpMultiPart *multi = nullptr)
    {
        QNetworkRequest req(u);
        if (!body.isEmpty() && !multi)
            req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        for (const auto &h : headers)
            req.setRawHeader(h.first, h.second);
        QNetworkReply *reply = nullptr;
        if (multi)
            reply = nam.post(req, multi);
        else if (method == "GET")
            reply = nam.get(req);
        else if (method == "POST")
            reply = nam.post(req, body);
        else
            reply = nam.sendCustomRequest(req, method, body);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(8000, &loop, &QEventLoop::quit);
        loop.exec();
        HttpResult r;
        r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        r.body = reply->readAll();
        r.contentType = reply->rawHeader("Content-Type");
        r.headers = reply->rawHeaderPairs();
        reply->deleteLater();
        return r;
    }
    HttpResult get(const QString &path) { return http("GET", url(path)); }
    HttpResult post(const QString &path, const QJsonObject &body)
    {
        return http("POST", url(path), QJsonDocument(body).toJson(QJsonDocument::Compact));
    }
    QString queue(const QJsonObject &workflow, const QString &clientId, QJsonObject extra = {})
    {
        QJsonObject body{{u"prompt"_s, workflow}};
        if (!clientId.isEmpty())
            body.insert(u"client_id"_s, clientId);
        if (!extra.isEmpty())
            body.insert(u"extra_data"_s, extra);
        const HttpResult r = post(u"/prompt"_s, body);
        if (r.status != 200)
            qWarning() << "queue failed" << r.status << r.body;
        return r.json().value(u"prompt_id"_s).toString();
    }
    static QJsonObject node(const char *cls, const QJsonObject &inputs)
    {
        return QJsonObject{{u"class_type"_s, QString::fromLatin1(cls)}, {u"inputs"_s, inputs}};
    }
    static QJsonArray link(const char *id, int slot)
    {
        return QJsonArray{QString::fromLatin1(id), slot};
    }

    // The workflow of the real-v0.8.0 capture (RUN 1 / RUN 2).
    static QJsonObject peerWorkflow()
    {
        QJsonObject wf;
        wf.insert(u"1"_s, node("EmptyImage", {{u"width"_s, 64},
                                              {u"height"_s, 48},
                                              {u"batch_size"_s, 1},
                                              {u"color"_s, 16711680}}));
        wf.insert(u"2"_s,
                  node("ImageBlur",
                       {{u"image"_s, link("1", 0)}, {u"blur_radius"_s, 2}, {u"sigma"_s, 1.0}}));
        wf.insert(u"3"_s, node("ImageInvert", {{u"image"_s, link("2", 0)}}));
        wf.insert(u"4"_s, node("ImageScale", {{u"image"_s, link("3", 0)},
                                              {u"upscale_method"_s, u"bilinear"_s},
                                              {u"width"_s, 32},
                                              {u"height"_s, 24},
                                              {u"crop"_s, u"disabled"_s}}));
        wf.insert(u"5"_s, node("SaveImage",
                               {{u"images"_s, link("4", 0)}, {u"filename_prefix"_s, u"peer"_s}}));
        wf.insert(u"6"_s, node("PreviewImage", {{u"images"_s, link("3", 0)}}));
        wf.insert(u"7"_s, node("SaveImageWebsocket", {{u"images"_s, link("4", 0)}}));
        wf.insert(u"8"_s, node("TestProgressNode",
                               {{u"steps"_s, 4}, {u"delay_ms"_s, 5}, {u"image"_s, link("4", 0)}}));
        wf.insert(u"9"_s, node("TestPreviewNode", {{u"steps"_s, 2},
                                                   {u"delay_ms"_s, 5},
                                                   {u"size"_s, 32},
                                                   {u"format"_s, u"JPEG"_s},
                                                   {u"mode"_s, u"progress_bar"_s},
                                                   {u"send_text"_s, true}}));
        wf.insert(u"10"_s, node("TestPreviewNode", {{u"steps"_s, 1},
                                                    {u"delay_ms"_s, 0},
                                                    {u"size"_s, 16},
                                                    {u"format"_s, u"PNG"_s},
                                                    {u"mode"_s, u"send_sync"_s},
                                                    {u"send_text"_s, false}}));
        return wf;
    }
    static QJsonObject slowWorkflow(int steps = 400, int delay = 10)
    {
        return QJsonObject{
            {u"1"_s, node("TestProgressNode", {{u"steps"_s, steps}, {u"delay_ms"_s, delay}})}};
    }

    // Captured HTTP exchanges of a real server, keyed by label.
    static QJsonObject capture(const QString &file, const QString &label)
    {
        QFile f(QStringLiteral(COMFYSCOPE_TEST_DATA) + u'/' + file);
        if (!f.open(QIODevice::ReadOnly))
            return {};
        while (!f.atEnd()) {
            const QJsonObject o = QJsonDocument::fromJson(f.readLine()).object();
            if (o.value(u"label"_s).toString() == label)
                return o;
        }
        return {};
    }

private Q_SLOTS:
    void init()
    {
        sim = std::make_unique<Simulator>();
        sim->setStepDelay(2);
        QVERIFY(sim->listen());
        nam.clearConnectionCache();
    }
    void cleanup()
    {
        sim.reset();
        nam.clearConnectionCache();
    }

    void connectStatusAndSid()
    {
        WsProbe a;
        QVERIFY(a.open(wsUrl(u"clientId=peer-a"_s)));
        QVERIFY(a.nextType(u"status"_s) >= 0);
        QCOMPARE(
            a.frames.first().data,
            QByteArray(
                R"({"type": "status", "data": {"status": {"exec_info": {"queue_remaining": 0}}, "sid": "peer-a"}})"));
        QCOMPARE(sim->connectedSids(), QStringList{u"peer-a"_s});

        WsProbe anon;
        QVERIFY(anon.open(wsUrl()));
        QVERIFY(anon.nextType(u"status"_s) >= 0);
        const QString sid = anon.frames.first().payload().value(u"sid"_s).toString();
        QVERIFY(QRegularExpression(u"^[0-9a-f]{32}$"_s).match(sid).hasMatch());

        WsProbe api; // /api alias
        QVERIFY(api.open(wsUrl(u"clientId=via-api"_s, u"/api/ws"_s)));
        QVERIFY(api.nextType(u"status"_s) >= 0);
        QCOMPARE(sim->lastWebSocketRequestUrl().path(), u"/api/ws"_s);
    }

    void featureFlags()
    {
        WsProbe m;
        QVERIFY(m.open(wsUrl(u"clientId=modern"_s)));
        m.ws.sendTextMessage(
            u"{\"type\":\"feature_flags\",\"data\":{\"supports_preview_metadata\":true}}"_s);
        const int i = m.nextType(u"feature_flags"_s);
        QVERIFY(i >= 0);
        QCOMPARE(
            m.frames.at(i).data,
            QByteArray(
                R"({"type": "feature_flags", "data": {"supports_preview_metadata": true, "max_upload_size": 104857600, "extension": {"manager": {"supports_v4": true}}}})"));
        // Only the first message negotiates.
        m.ws.sendTextMessage(u"{\"type\":\"feature_flags\",\"data\":{}}"_s);
        QCOMPARE(m.nextType(u"feature_flags"_s, 200), -1);
        QCOMPARE(sim->textMessagesFrom(u"modern"_s).size(), 2);

        // A first message that is not feature_flags closes negotiation.
        WsProbe late;
        QVERIFY(late.open(wsUrl(u"clientId=late"_s)));
        late.ws.sendTextMessage(u"{\"type\":\"hello\"}"_s);
        late.ws.sendTextMessage(
            u"{\"type\":\"feature_flags\",\"data\":{\"supports_preview_metadata\":true}}"_s);
        QCOMPARE(late.nextType(u"feature_flags"_s, 200), -1);

        QCOMPARE(get(u"/features"_s).json().value(u"max_upload_size"_s).toInt(), 104857600);
    }

    void legacyRunFrames()
    {
        sim->setComfyDeployEnabled(false);
        WsProbe l;
        QVERIFY(l.open(wsUrl(u"clientId=peer-legacy"_s)));
        QVERIFY(l.nextType(u"status"_s) >= 0);
        const QString pid = queue(peerWorkflow(), u"peer-legacy"_s);
        QVERIFY(!pid.isEmpty());
        const int end = l.waitDone(pid);
        QVERIFY(end >= 0);
        const QStringList types = l.typesFrom(1, end);
        QCOMPARE(types.mid(0, 4), (QStringList{u"status"_s, u"status"_s, u"execution_start"_s,
                                               u"execution_cached"_s}));
        QCOMPARE(types.mid(types.size() - 3),
                 (QStringList{u"execution_success"_s, u"status"_s, u"executing"_s}));
        // The real server's ExecutionList/ux_friendly_pick_node order for outputs taken in prompt
        // key order (QJsonObject sends "1","10","2",...): ready output nodes run first.
        QStringList order;
        for (int i = 1; i <= end; ++i)
            if (l.frames.at(i).type() == "executing"_L1
                && !l.frames.at(i).payload().value(u"node"_s).isNull())
                order.append(l.frames.at(i).payload().value(u"node"_s).toString());
        QCOMPARE(order, (QStringList{u"10"_s, u"9"_s, u"1"_s, u"2"_s, u"3"_s, u"6"_s, u"4"_s,
                                     u"5"_s, u"7"_s, u"8"_s}));

        // TestPreviewNode (progress_bar, JPEG): progress_state -> progress -> type 1 JPEG
        int e9 = -1;
        for (int i = 1; i <= end; ++i)
            if (l.frames.at(i).type() == "executing"_L1
                && l.frames.at(i).payload().value(u"node"_s).toString() == "9"_L1)
                e9 = i;
        QCOMPARE(l.typesFrom(e9 + 1, e9 + 8),
                 (QStringList{u"progress_state"_s, u"progress"_s, u"binary1"_s, u"progress_state"_s,
                              u"progress"_s, u"binary1"_s, u"binary3"_s, u"progress_state"_s}));
        const Frame &jpeg = l.frames.at(e9 + 3);
        QCOMPARE(be32At(jpeg.data, 4), 1u);
        QVERIFY(jpeg.data.mid(8, 3) == QByteArray("\xff\xd8\xff"));
        QImage img = QImage::fromData(jpeg.data.mid(8), "JPEG");
        QCOMPARE(img.size(), QSize(32, 32));
        const Frame &text = l.frames.at(e9 + 7);
        QCOMPARE(be32At(text.data, 4), 1u);
        QCOMPARE(text.data.mid(8), QByteArray("9TestPreviewNode done: 2 frames"));
        // progress JSON shape and Python separators
        QCOMPARE(l.frames.at(e9 + 2).data,
                 QByteArray(R"({"type": "progress", "data": {"value": 1, "max": 2, "prompt_id": ")")
                     + pid.toLatin1() + QByteArray(R"(", "node": "9"}})"));
        // send_sync mode: the raw type 1 PNG comes before progress_state/progress
        int e10 = -1;
        for (int i = 1; i <= end; ++i)
            if (l.frames.at(i).type() == "executing"_L1
                && l.frames.at(i).payload().value(u"node"_s).toString() == "10"_L1)
                e10 = i;
        QCOMPARE(l.typesFrom(e10 + 1, e10 + 3),
                 (QStringList{u"binary1"_s, u"progress_state"_s, u"progress"_s}));
        QCOMPARE(be32At(l.frames.at(e10 + 1).data, 4), 2u);
        QCOMPARE(QImage::fromData(l.frames.at(e10 + 1).data.mid(8)).size(), QSize(16, 16));
        // SaveImageWebsocket: legacy gets progress {0,1} then a full-size PNG type 1
        int e7 = -1;
        for (int i = 1; i <= end; ++i)
            if (l.frames.at(i).type() == "executing"_L1
                && l.frames.at(i).payload().value(u"node"_s).toString() == "7"_L1)
                e7 = i;
        QCOMPARE(l.typesFrom(e7 + 1, e7 + 4), (QStringList{u"progress_state"_s, u"progress"_s,
                                                           u"binary1"_s, u"progress_state"_s}));
        QCOMPARE(l.frames.at(e7 + 2).payload().value(u"value"_s).toInt(), 0);
        QCOMPARE(QImage::fromData(l.frames.at(e7 + 3).data.mid(8), "PNG").size(), QSize(32, 24));

        // executed for SaveImage, then the file through /view
        const int ex = [&] {
            for (int i = 1; i <= end; ++i)
                if (l.frames.at(i).type() == "executed"_L1
                    && l.frames.at(i).payload().value(u"node"_s).toString() == "5"_L1)
                    return i;
            return -1;
        }();
        QVERIFY(ex > 0);
        const QJsonObject out = l.frames.at(ex).payload().value(u"output"_s).toObject();
        const QJsonObject imgRef = out.value(u"images"_s).toArray().first().toObject();
        QCOMPARE(imgRef.value(u"filename"_s).toString(), u"peer_00001_.png"_s);
        QCOMPARE(imgRef.value(u"type"_s).toString(), u"output"_s);
        const HttpResult view = get(u"/view?filename=peer_00001_.png&subfolder=&type=output"_s);
        QCOMPARE(view.status, 200);
        QCOMPARE(view.contentType, QByteArray("image/png"));
        const QImage saved = QImage::fromData(view.body, "PNG");
        QCOMPARE(saved.size(), QSize(32, 24));
        // red -> blurred -> inverted = cyan
        QCOMPARE(QColor(saved.pixel(16, 12)), QColor(0, 255, 255));
        const HttpResult webp = get(
            u"/view?filename=peer_00001_.png&type=output&preview=webp;50"_s);
        QCOMPARE(webp.contentType, QByteArray("image/webp"));
        QVERIFY(webp.body.startsWith("RIFF"));
        QCOMPARE(get(u"/view?filename=nope.png&type=output"_s).status, 404);
        QCOMPARE(get(u"/view?filename=../../etc/passwd&type=output"_s).status, 400);
        QCOMPARE(get(u"/view?filename=peer_00001_.png&type=output&subfolder=../x"_s).status, 403);
        // PreviewImage -> temp with random suffix
        const QJsonObject hist = get(u"/history/"_s + pid).json().value(pid).toObject();
        const QString tempName = hist.value(u"outputs"_s)
                                     .toObject()
                                     .value(u"6"_s)
                                     .toObject()
                                     .value(u"images"_s)
                                     .toArray()
                                     .first()
                                     .toObject()
                                     .value(u"filename"_s)
                                     .toString();
        QVERIFY(QRegularExpression(u"^ComfyUI_temp_[a-z]{5}_00001_\\.png$"_s)
                    .match(tempName)
                    .hasMatch());
        QCOMPARE(get(u"/view?type=temp&filename="_s + tempName).status, 200);
        QCOMPARE(hist.value(u"status"_s).toObject().value(u"status_str"_s).toString(),
                 u"success"_s);
        QCOMPARE(hist.value(u"prompt"_s).toArray().size(), 5);
        QCOMPARE(hist.value(u"meta"_s)
                     .toObject()
                     .value(u"5"_s)
                     .toObject()
                     .value(u"display_node"_s)
                     .toString(),
                 u"5"_s);
    }

    void modernRunAndCache()
    {
        WsProbe m;
        QVERIFY(m.open(wsUrl(u"clientId=peer-modern"_s)));
        m.ws.sendTextMessage(
            u"{\"type\":\"feature_flags\",\"data\":{\"supports_preview_metadata\":true}}"_s);
        QVERIFY(m.nextType(u"feature_flags"_s) >= 0);
        const QString p1 = queue(peerWorkflow(), u"peer-modern"_s);
        const int end1 = m.waitDone(p1);
        QVERIFY(end1 >= 0);
        // type 4 for progress-bar previews: progress_state -> type 4 -> progress
        int type4 = -1;
        for (int i = 0; i <= end1; ++i)
            if (m.frames.at(i).eventType() == 4) {
                type4 = i;
                break;
            }
        QVERIFY(type4 > 0);
        QCOMPARE(m.frames.at(type4 - 1).type(), u"progress_state"_s);
        QCOMPARE(m.frames.at(type4 + 1).type(), u"progress"_s);
        const QByteArray f4 = m.frames.at(type4).data;
        const quint32 len = be32At(f4, 4);
        const QByteArray metaJson = f4.mid(8, int(len));
        QCOMPARE(
            metaJson,
            QByteArray(R"({"node_id": "9", "prompt_id": ")") + p1.toLatin1()
                + QByteArray(
                    R"(", "display_node_id": "9", "parent_node_id": null, "real_node_id": "9", "image_type": "image/jpeg"})"));
        QCOMPARE(len, 166u); // same length as the capture (uuid prompt ids)
        QVERIFY(!QImage::fromData(f4.mid(8 + int(len))).isNull());
        // send_sync mode still sends type 1 to a negotiated client
        bool sawType1 = false;
        for (int i = 0; i <= end1; ++i)
            if (m.frames.at(i).eventType() == 1)
                sawType1 = true;
        QVERIFY(sawType1);

        // Rerun: cache hits like RUN 2 of the capture
        const QString p2 = queue(peerWorkflow(), u"peer-modern"_s);
        const int start2 = m.nextType(u"execution_cached"_s);
        QVERIFY(start2 >= 0);
        QCOMPARE(m.frames.at(start2).payload().value(u"nodes"_s).toArray(),
                 (QJsonArray{u"1"_s, u"2"_s, u"3"_s, u"4"_s, u"5"_s, u"6"_s}));
        const int end2 = m.waitDone(p2);
        QVERIFY(end2 >= 0);
        QStringList executing, executed;
        for (int i = start2; i <= end2; ++i) {
            const Frame &f = m.frames.at(i);
            if (f.type() == "executing"_L1 && !f.payload().value(u"node"_s).isNull())
                executing.append(f.payload().value(u"node"_s).toString());
            if (f.type() == "executed"_L1)
                executed.append(f.payload().value(u"node"_s).toString());
        }
        QCOMPARE(executing, (QStringList{u"10"_s, u"7"_s, u"8"_s, u"9"_s}));
        QCOMPARE(executed, (QStringList{u"5"_s, u"6"_s}));
        // the cached SaveImage reports the same file
        for (int i = start2; i <= end2; ++i)
            if (m.frames.at(i).type() == "executed"_L1
                && m.frames.at(i).payload().value(u"node"_s).toString() == "5"_L1) {
                QCOMPARE(m.frames.at(i + 1).type(), u"progress_state"_s);
                QCOMPARE(m.frames.at(i)
                             .payload()
                             .value(u"output"_s)
                             .toObject()
                             .value(u"images"_s)
                             .toArray()
                             .first()
                             .toObject()
                             .value(u"filename"_s)
                             .toString(),
                         u"peer_00001_.png"_s);
            }

        // POST /free {"free_memory": true} drops the cache
        QCOMPARE(post(u"/free"_s, QJsonObject{{u"free_memory"_s, true}}).status, 200);
        const QString p3 = queue(peerWorkflow(), u"peer-modern"_s);
        const int c3 = m.nextType(u"execution_cached"_s);
        QCOMPARE(m.frames.at(c3).payload().value(u"nodes"_s).toArray().size(), 0);
        QVERIFY(m.waitDone(p3) >= 0);
    }

    void samplerPreviews()
    {
        WsProbe m;
        QVERIFY(m.open(wsUrl(u"clientId=sampler"_s)));
        m.ws.sendTextMessage(
            u"{\"type\":\"feature_flags\",\"data\":{\"supports_preview_metadata\":true}}"_s);
        QVERIFY(m.nextType(u"feature_flags"_s) >= 0);
        QJsonObject wf = Simulator::demoWorkflow(0);
        // server default preview method is "none": progress but no previews
        const QString p1 = queue(wf, u"sampler"_s);
        int end = m.waitDone(p1);
        QVERIFY(end >= 0);
        int progress = 0, images = 0;
        for (const Frame &f : std::as_const(m.frames)) {
            progress += f.type() == "progress"_L1 ? 1 : 0;
            images += f.binary ? 1 : 0;
        }
        QCOMPARE(progress, 12);
        QCOMPARE(images, 0);
        // per-prompt override (v0.5.0+): preview_method auto -> JPEG previews <= 512 px as type 4
        QJsonObject sampler = wf.value(u"3"_s).toObject();
        QJsonObject in = sampler.value(u"inputs"_s).toObject();
        in.insert(u"seed"_s, 42);
        sampler.insert(u"inputs"_s, in);
        wf.insert(u"3"_s, sampler);
        const int before = int(m.frames.size());
        const QString p2 = queue(wf, u"sampler"_s, QJsonObject{{u"preview_method"_s, u"auto"_s}});
        end = m.waitDone(p2);
        QVERIFY(end >= 0);
        images = 0;
        for (int i = before; i <= end; ++i) {
            const Frame &f = m.frames.at(i);
            if (!f.binary)
                continue;
            QCOMPARE(f.eventType(), 4u);
            const int len = int(be32At(f.data, 4));
            const QJsonObject meta = QJsonDocument::fromJson(f.data.mid(8, len)).object();
            QCOMPARE(meta.value(u"node_id"_s).toString(), u"3"_s);
            QCOMPARE(meta.value(u"image_type"_s).toString(), u"image/jpeg"_s);
            const QImage img = QImage::fromData(f.data.mid(8 + len), "JPEG");
            QVERIFY(!img.isNull());
            QVERIFY(img.width() <= 512 && img.height() <= 512);
            ++images;
        }
        QCOMPARE(images, 12);
        const QJsonObject hist = get(u"/history/"_s + p2).json().value(p2).toObject();
        const QJsonObject ref = hist.value(u"outputs"_s)
                                    .toObject()
                                    .value(u"9"_s)
                                    .toObject()
                                    .value(u"images"_s)
                                    .toArray()
                                    .first()
                                    .toObject();
        const QImage out = QImage::fromData(
            get(u"/view?filename="_s + ref.value(u"filename"_s).toString() + u"&type=output"_s)
                .body);
        QCOMPARE(out.size(), QSize(512, 512));
    }

    void errorRun()
    {
        WsProbe l;
        QVERIFY(l.open(wsUrl(u"clientId=err"_s)));
        QJsonObject wf{
            {u"1"_s,
             node("EmptyImage",
                  {{u"width"_s, 8}, {u"height"_s, 8}, {u"batch_size"_s, 1}, {u"color"_s, 0}})},
            {u"2"_s, node("TestFailNode",
                          {{u"message"_s, u"deliberate failure"_s}, {u"image"_s, link("1", 0)}})},
            {u"3"_s, node("PreviewImage", {{u"images"_s, link("2", 0)}})}};
        const QString pid = queue(wf, u"err"_s);
        const int e = l.nextType(u"execution_error"_s);
        QVERIFY(e >= 0);
        const QJsonObject err = l.frames.at(e).payload();
        const QJsonObject cap = capture(u"real-v0.8.0.jsonl"_s, u"history/{id} failed run"_s)
                                    .value(u"body"_s)
                                    .toObject()
                                    .begin()
                                    ->toObject()
                                    .value(u"status"_s)
                                    .toObject()
                                    .value(u"messages"_s)
                                    .toArray()
                                    .at(2)
                                    .toArray()
                                    .at(1)
                                    .toObject();
        QCOMPARE(err.keys(), cap.keys());
        QCOMPARE(err.value(u"exception_message"_s).toString(), u"deliberate failure\n"_s);
        QCOMPARE(err.value(u"exception_type"_s).toString(), u"RuntimeError"_s);
        QCOMPARE(err.value(u"executed"_s).toArray(), QJsonArray{u"1"_s});
        QCOMPARE(err.value(u"current_inputs"_s).toObject(),
                 cap.value(u"current_inputs"_s).toObject());
        QCOMPARE(err.value(u"traceback"_s).toArray(), cap.value(u"traceback"_s).toArray());
        QCOMPARE(l.typesFrom(e + 1, e + 2), (QStringList{u"status"_s, u"executing"_s}));
        QVERIFY(l.waitDone(pid) >= 0);
        const QJsonObject hist = get(u"/history/"_s + pid).json().value(pid).toObject();
        QCOMPARE(hist.value(u"status"_s).toObject().value(u"status_str"_s).toString(), u"error"_s);
        QCOMPARE(hist.value(u"status"_s).toObject().value(u"completed"_s).toBool(), false);
        for (const Frame &f : std::as_const(l.frames))
            QVERIFY(f.type() != "execution_success"_L1);
    }

    void interrupt()
    {
        WsProbe l;
        QVERIFY(l.open(wsUrl(u"clientId=intr"_s)));
        const QString pid = queue(slowWorkflow(), u"intr"_s);
        QVERIFY(l.nextType(u"progress"_s) >= 0);
        const QJsonArray running = get(u"/queue"_s).json().value(u"queue_running"_s).toArray();
        QCOMPARE(running.size(), 1);
        QCOMPARE(running.first().toArray().at(1).toString(), pid);
        QCOMPARE(running.first().toArray().size(), 5);
        // targeted at another prompt: nothing happens
        const HttpResult r = post(u"/interrupt"_s,
                                  QJsonObject{{u"prompt_id"_s, u"not-the-running-one"_s}});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.body, QByteArray());
        QCOMPARE(r.contentType, QByteArray("application/octet-stream"));
        QCOMPARE(l.nextType(u"execution_interrupted"_s, 150), -1);
        QCOMPARE(post(u"/interrupt"_s, QJsonObject{{u"prompt_id"_s, pid}}).status, 200);
        const int i = l.nextType(u"execution_interrupted"_s);
        QVERIFY(i >= 0);
        const QJsonObject d = l.frames.at(i).payload();
        QCOMPARE(d.value(u"node_id"_s).toString(), u"1"_s);
        QCOMPARE(d.value(u"node_type"_s).toString(), u"TestProgressNode"_s);
        QCOMPARE(d.keys(), (QStringList{u"executed"_s, u"node_id"_s, u"node_type"_s, u"prompt_id"_s,
                                        u"timestamp"_s}));
        QCOMPARE(l.typesFrom(i + 1, i + 2), (QStringList{u"status"_s, u"executing"_s}));
        const QJsonObject hist = get(u"/history/"_s + pid).json().value(pid).toObject();
        QCOMPARE(hist.value(u"status"_s).toObject().value(u"status_str"_s).toString(), u"error"_s);
        QCOMPARE(hist.value(u"status"_s)
                     .toObject()
                     .value(u"messages"_s)
                     .toArray()
                     .last()
                     .toArray()
                     .first()
                     .toString(),
                 u"execution_interrupted"_s);
        // global interrupt (empty body)
        const QString p2 = queue(slowWorkflow(), u"intr"_s);
        QVERIFY(l.next([&](const Frame &f) {
            return f.type() == "progress"_L1 && f.payload().value(u"prompt_id"_s).toString() == p2;
        }) >= 0);
        QCOMPARE(http("POST", url(u"/interrupt"_s)).status, 200);
        QVERIFY(l.nextType(u"execution_interrupted"_s) >= 0);
        QVERIFY(l.waitDone(p2) >= 0);
    }

    void queueOperations()
    {
        WsProbe l;
        QVERIFY(l.open(wsUrl(u"clientId=q"_s)));
        QVERIFY(l.nextType(u"status"_s) >= 0);
        const QString running = queue(slowWorkflow(), u"q"_s);
        QVERIFY(l.nextType(u"execution_start"_s) >= 0);
        const QString a = queue(slowWorkflow(2, 1), u"q"_s);
        const QString b = queue(slowWorkflow(3, 1), u"q"_s);
        const QString c = queue(slowWorkflow(4, 1), u"q"_s);
        const HttpResult front = post(u"/prompt"_s, QJsonObject{{u"prompt"_s, slowWorkflow(1, 0)},
                                                                {u"client_id"_s, u"q"_s},
                                                                {u"front"_s, true}});
        QCOMPARE(front.json().value(u"number"_s).toInt(), -4);
        const HttpResult explicitNumber = post(
            u"/prompt"_s, QJsonObject{{u"prompt"_s, slowWorkflow(1, 0)}, {u"number"_s, 2}});
        QVERIFY(explicitNumber.body.contains("\"number\": 2.0"));
        QCOMPARE(sim->queueRemaining(), 6);
        const QJsonArray pending = get(u"/queue"_s).json().value(u"queue_pending"_s).toArray();
        QCOMPARE(pending.size(), 5);
        QCOMPARE(pending.first().toArray().at(0).toInt(), -4); // heap root
        QCOMPARE(sim->pendingPromptIds().at(1), a);
        // delete one pending item: one status broadcast
        QTest::qWait(20);
        l.cursor = int(l.frames.size());
        QCOMPARE(post(u"/queue"_s, QJsonObject{{u"delete"_s, QJsonArray{b}}}).status, 200);
        const int st = l.nextType(u"status"_s);
        QVERIFY(st >= 0);
        QCOMPARE(l.frames.at(st)
                     .payload()
                     .value(u"status"_s)
                     .toObject()
                     .value(u"exec_info"_s)
                     .toObject()
                     .value(u"queue_remaining"_s)
                     .toInt(),
                 5);
        QVERIFY(!sim->pendingPromptIds().contains(b));
        QCOMPARE(post(u"/queue"_s, QJsonObject{{u"clear"_s, true}}).status, 200);
        QVERIFY(l.next([](const Frame &f) {
            return f.type() == "status"_L1
                   && f.payload()
                              .value(u"status"_s)
                              .toObject()
                              .value(u"exec_info"_s)
                              .toObject()
                              .value(u"queue_remaining"_s)
                              .toInt()
                          == 1;
        }) >= 0);
        QCOMPARE(sim->queueRemaining(), 1);
        Q_UNUSED(c);
        QCOMPARE(post(u"/interrupt"_s, QJsonObject()).status, 200);
        QVERIFY(l.waitDone(running) >= 0);
        // history paging
        const QJsonObject last = get(u"/history?max_items=1"_s).json();
        QCOMPARE(last.keys(), QStringList{running});
        QCOMPARE(get(u"/history?max_items=abc"_s).status, 500);
        QCOMPARE(get(u"/history/does-not-exist"_s).body, QByteArray("{}"));
        QCOMPARE(post(u"/history"_s, QJsonObject{{u"clear"_s, true}}).status, 200);
        QCOMPARE(get(u"/history"_s).body, QByteArray("{}"));
    }

    void validationErrors_data()
    {
        QTest::addColumn<QString>("label");
        QTest::newRow("unknown class") << u"invalid: unknown class_type"_s;
        QTest::newRow("missing inputs") << u"invalid: missing required inputs"_s;
        QTest::newRow("above max") << u"invalid: value above max"_s;
        QTest::newRow("missing link") << u"invalid: link to missing node"_s;
        QTest::newRow("no outputs") << u"invalid: no output node"_s;
        QTest::newRow("bad combo") << u"invalid: bad combo value + self link"_s;
        QTest::newRow("no prompt") << u"invalid: no prompt key"_s;
    }
    void validationErrors()
    {
        QFETCH(QString, label);
        const QJsonObject cap = capture(u"real-v0.8.0.jsonl"_s, label);
        QVERIFY(!cap.isEmpty());
        const HttpResult r = post(u"/prompt"_s, cap.value(u"request"_s).toObject());
        QCOMPARE(r.status, cap.value(u"status"_s).toInt());
        QCOMPARE(r.contentType, cap.value(u"content_type"_s).toString().toLatin1());
        QCOMPARE(r.json(), cap.value(u"body"_s).toObject());
        // byte-exact Python formatting (the capture tool shortened server paths in tracebacks)
        if (!r.body.contains("File \\\""))
            QCOMPARE(r.body.size(), cap.value(u"body_len"_s).toInt());
    }

    void malformedAndGarbage()
    {
        const HttpResult r = http("POST", url(u"/prompt"_s), "{not json");
        QCOMPARE(r.status, 500);
        QCOMPARE(r.contentType, QByteArray("text/plain; charset=utf-8"));
        QCOMPARE(r.body, QByteArray("500 Internal Server Error\n\nServer got itself in trouble"));
        QCOMPARE(get(u"/no/such/route"_s).status, 404);
        QCOMPARE(get(u"/no/such/route"_s).body, QByteArray("404: Not Found"));
        QCOMPARE(http("GET", url(u"/interrupt"_s)).status, 405);
        // raw garbage on the socket must not crash the server (the server runs on this thread:
        // never block in waitForReadyRead here)
        auto exchange = [this](const QByteArray &bytes, int expectedResponses) {
            QTcpSocket s;
            s.connectToHost(QHostAddress::LocalHost, sim->port());
            (void)QTest::qWaitFor([&] { return s.state() == QAbstractSocket::ConnectedState; },
                                  2000);
            s.write(bytes);
            QByteArray answer;
            (void)QTest::qWaitFor(
                [&] {
                    answer += s.readAll();
                    return answer.count("HTTP/1.1 ") >= expectedResponses
                           || s.state() == QAbstractSocket::UnconnectedState;
                },
                2000);
            answer += s.readAll();
            return answer;
        };
        const QList<QByteArray> junks = {
            QByteArray("\x00\x01\x02garbage\r\n\r\n", 14),
            QByteArray("GET\r\n\r\n"),
            QByteArray("POST /prompt HTTP/1.1\r\nContent-Length: -5\r\n\r\n"),
            QByteArray("POST /prompt HTTP/1.1\r\nContent-Length: 999999999999\r\n\r\n"),
            QByteArray("GET /prompt HTTP/1.1\r\nbroken header line\r\n\r\n"),
            QByteArray(70000, 'A')};
        for (const QByteArray &junk : junks) {
            const QByteArray answer = exchange(junk, 1);
            QVERIFY2(answer.startsWith("HTTP/1.1 4"),
                     QByteArray(junk.left(40).toHex() + " -> " + answer).constData());
        }
        // keep-alive and pipelining: two requests on one connection
        const QByteArray two = exchange("GET /prompt HTTP/1.1\r\nHost: x\r\n\r\nGET /embeddings "
                                        "HTTP/1.1\r\nHost: x\r\n\r\n",
                                        2);
        QCOMPARE(two.count("HTTP/1.1 200 OK"), 2);
        // chunked request body
        const QByteArray chunked = exchange(
            "POST /free HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n"
            "5\r\n{\"unl\r\n12\r\noad_models\": true}\r\n0\r\n\r\n",
            1);
        QVERIFY2(chunked.startsWith("HTTP/1.1 200 OK"), chunked.constData());
        QVERIFY(get(u"/system_stats"_s)
                    .json()
                    .value(u"system"_s)
                    .toObject()
                    .value(u"comfyui_version"_s)
                    .toString()
                == "0.8.0"_L1);
    }

    void pathPrefixAuthOrigin()
    {
        sim->setPathPrefix(u"/comfy"_s);
        QCOMPARE(sim->httpUrl().path(), u"/comfy"_s);
        QCOMPARE(get(u"/prompt"_s).status, 200);
        QCOMPARE(http("GET", QUrl(u"http://127.0.0.1:%1/prompt"_s.arg(sim->port()))).status, 404);
        WsProbe p;
        QVERIFY(p.open(wsUrl(u"clientId=pre"_s)));
        QVERIFY(p.nextType(u"status"_s) >= 0);
        WsProbe outside;
        QVERIFY(!outside.open(QUrl(u"ws://127.0.0.1:%1/ws"_s.arg(sim->port()))));

        sim->setRequiredBearerToken(u"s3cret"_s);
        QCOMPARE(get(u"/prompt"_s).status, 401);
        QCOMPARE(http("GET", url(u"/prompt"_s), {}, {{"Authorization", "Bearer s3cret"}}).status,
                 200);
        WsProbe noAuth;
        QVERIFY(!noAuth.open(wsUrl(u"clientId=x"_s)));
        QNetworkRequest authReq;
        authReq.setRawHeader("Authorization", "Bearer s3cret");
        WsProbe withAuth;
        QVERIFY(withAuth.open(wsUrl(u"clientId=y"_s), authReq));
        sim->setRequiredBearerToken(QString());
        sim->setRequiredQueryToken(u"tok"_s);
        QCOMPARE(get(u"/prompt"_s).status, 401);
        QCOMPARE(get(u"/prompt?token=tok"_s).status, 200);
        WsProbe q;
        QVERIFY(q.open(wsUrl(u"clientId=z&token=tok"_s)));
        sim->setRequiredQueryToken(QString());

        // origin check: mismatching Origin on a loopback Host -> 403, also for the upgrade
        QCOMPARE(http("GET", url(u"/prompt"_s), {}, {{"Origin", "http://evil.example"}}).status,
                 403);
        QCOMPARE(http("GET", url(u"/prompt"_s), {},
                      {{"Origin", "http://127.0.0.1:" + QByteArray::number(sim->port())}})
                     .status,
                 200);
        QNetworkRequest originReq;
        originReq.setRawHeader("Origin", "http://evil.example");
        WsProbe evil;
        QVERIFY(!evil.open(wsUrl(u"clientId=evil"_s), originReq));
        sim->setOriginCheckEnabled(false);
        QCOMPARE(http("GET", url(u"/prompt"_s), {}, {{"Origin", "http://evil.example"}}).status,
                 200);

        sim->setWebSocketEnabled(false);
        WsProbe off;
        QElapsedTimer refusedIn;
        refusedIn.start();
        QVERIFY(!off.open(wsUrl(u"clientId=off"_s)));
        QVERIFY2(refusedIn.elapsed() < 1000, QByteArray::number(refusedIn.elapsed()).constData());
        QCOMPARE(get(u"/queue"_s).status, 200);
    }

    void legacyVersion()
    {
        sim->setVersion(Simulator::Version::V0_3_18);
        QCOMPARE(get(u"/features"_s).status, 404);
        QCOMPARE(get(u"/api/jobs"_s).status, 404);
        QCOMPARE(get(u"/system_stats"_s)
                     .json()
                     .value(u"system"_s)
                     .toObject()
                     .value(u"comfyui_version"_s)
                     .toString(),
                 u"0.3.18"_s);
        WsProbe m;
        QVERIFY(m.open(wsUrl(u"clientId=old"_s)));
        m.ws.sendTextMessage(
            u"{\"type\":\"feature_flags\",\"data\":{\"supports_preview_metadata\":true}}"_s);
        QCOMPARE(m.nextType(u"feature_flags"_s, 200), -1);
        const HttpResult noPrompt = post(u"/prompt"_s, QJsonObject{{u"client_id"_s, u"old"_s}});
        QCOMPARE(noPrompt.status, 400);
        QCOMPARE(noPrompt.body, QByteArray(R"({"error": "no prompt", "node_errors": []})"));
        const HttpResult r = post(u"/prompt"_s, QJsonObject{{u"prompt"_s, peerWorkflow()},
                                                            {u"client_id"_s, u"old"_s},
                                                            {u"prompt_id"_s, u"mine"_s}});
        const QString pid = r.json().value(u"prompt_id"_s).toString();
        QVERIFY(pid != "mine"_L1);
        const int end = m.waitDone(pid);
        QVERIFY(end >= 0);
        for (int i = 0; i <= end; ++i) {
            QVERIFY(m.frames.at(i).type() != "progress_state"_L1);
            QVERIFY(m.frames.at(i).eventType() != 4 && m.frames.at(i).eventType() != 3);
        }
        const QJsonObject hist = get(u"/history/"_s + pid).json().value(pid).toObject();
        QVERIFY(!hist.value(u"prompt"_s).toArray().at(3).toObject().contains(u"create_time"_s));
        // /interrupt ignores prompt_id
        const QString slow = queue(slowWorkflow(), u"old"_s);
        QVERIFY(m.nextType(u"progress"_s) >= 0);
        post(u"/interrupt"_s, QJsonObject{{u"prompt_id"_s, u"other"_s}});
        QVERIFY(m.nextType(u"execution_interrupted"_s) >= 0);
        QVERIFY(m.waitDone(slow) >= 0);
    }

    void reconnectReplayAndNoClient()
    {
        WsProbe rc1;
        QVERIFY(rc1.open(wsUrl(u"clientId=peer-reconnect"_s)));
        const QString pid = queue(slowWorkflow(), u"peer-reconnect"_s);
        QVERIFY(rc1.nextType(u"progress"_s) >= 0);
        WsProbe rc2;
        QVERIFY(rc2.open(wsUrl(u"clientId=peer-reconnect"_s)));
        QVERIFY(rc2.nextType(u"status"_s) >= 0);
        const int replay = rc2.nextType(u"executing"_s);
        QVERIFY(replay >= 0);
        QCOMPARE(rc2.frames.at(replay).data,
                 QByteArray(R"({"type": "executing", "data": {"node": "1"}})"));
        QVERIFY(rc2.nextType(u"progress"_s) >= 0);
        const int rc1Count = int(rc1.frames.size());
        QTest::qWait(60);
        QCOMPARE(int(rc1.frames.size()), rc1Count); // the replaced socket is deaf
        QCOMPARE(sim->connectedSids().count(u"peer-reconnect"_s), 1);
        post(u"/interrupt"_s, QJsonObject());
        QVERIFY(rc2.waitDone(pid) >= 0);

        // prompt without client_id: progress is broadcast, targeted messages are not sent
        WsProbe watcher;
        QVERIFY(watcher.open(wsUrl(u"clientId=watcher"_s)));
        QSignalSpy finished(sim.get(), &Simulator::promptFinished);
        const QString anon = queue(slowWorkflow(3, 1), QString());
        QVERIFY(finished.wait(3000));
        QCOMPARE(finished.first().at(0).toString(), anon);
        QStringList types;
        for (const Frame &f : std::as_const(watcher.frames))
            types.append(f.type());
        QVERIFY(types.contains(u"progress"_s));
        QVERIFY(types.contains(u"progress_state"_s));
        QVERIFY(!types.contains(u"executing"_s));
        QVERIFY(!types.contains(u"execution_start"_s));
    }

    void dropAndRestart()
    {
        WsProbe a;
        QVERIFY(a.open(wsUrl(u"clientId=drop"_s)));
        QVERIFY(a.nextType(u"status"_s) >= 0);
        sim->dropWebSocketConnections();
        QVERIFY(a.waitUntil([&] { return a.closed; }, 2000));
        QVERIFY(sim->connectedSids().isEmpty());
        const quint16 port = sim->port();
        const QString pid = sim->queuePrompt(slowWorkflow(50, 2), u"drop"_s);
        QVERIFY(!pid.isEmpty());
        sim->close();
        QCOMPARE(http("GET", url(u"/prompt"_s)).status, 0);
        QVERIFY(sim->listen(QHostAddress::LocalHost, port));
        WsProbe b;
        QVERIFY(b.open(wsUrl(u"clientId=drop"_s)));
        QVERIFY(b.waitDone(pid) >= 0); // kept executing while the server was "down"
    }

    void uploadAndLoadImage()
    {
        QImage src(20, 10, QImage::Format_ARGB32);
        src.fill(qRgba(10, 200, 30, 255));
        QByteArray png;
        QBuffer buf(&png);
        buf.open(QIODevice::WriteOnly);
        src.save(&buf, "PNG");
        auto upload = [&](const QByteArray &data, const QByteArray &overwrite) {
            auto *multi = new QHttpMultiPart(QHttpMultiPart::FormDataType);
            QHttpPart image;
            image.setHeader(QNetworkRequest::ContentDispositionHeader,
                            QByteArray(R"(form-data; name="image"; filename="up.png")"));
            image.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("image/png"));
            image.setBody(data);
            multi->append(image);
            if (!overwrite.isEmpty()) {
                QHttpPart ow;
                ow.setHeader(QNetworkRequest::ContentDispositionHeader,
                             QByteArray(R"(form-data; name="overwrite")"));
                ow.setBody(overwrite);
                multi->append(ow);
            }
            HttpResult r = http("POST", url(u"/upload/image"_s), {}, {}, multi);
            delete multi;
            return r;
        };
        HttpResult r = upload(png, {});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.body, QByteArray(R"({"name": "up.png", "subfolder": "", "type": "input"})"));
        QCOMPARE(upload(png, {}).json().value(u"name"_s).toString(),
                 u"up.png"_s); // same content: reused
        QByteArray other = png;
        other.append("trailing");
        QCOMPARE(upload(other, {}).json().value(u"name"_s).toString(), u"up (1).png"_s);
        QCOMPARE(upload(other, "true").json().value(u"name"_s).toString(), u"up.png"_s);
        const QJsonArray files = get(u"/object_info/LoadImage"_s)
                                     .json()
                                     .value(u"LoadImage"_s)
                                     .toObject()
                                     .value(u"input"_s)
                                     .toObject()
                                     .value(u"required"_s)
                                     .toObject()
                                     .value(u"image"_s)
                                     .toArray()
                                     .first()
                                     .toArray();
        QCOMPARE(files, (QJsonArray{u"up (1).png"_s, u"up.png"_s}));

        WsProbe l;
        QVERIFY(l.open(wsUrl(u"clientId=load"_s)));
        QJsonObject wf{{u"1"_s, node("LoadImage", {{u"image"_s, u"up (1).png"_s}})},
                       {u"2"_s, node("GetImageSize", {{u"image"_s, link("1", 0)}})},
                       {u"3"_s, node("PreviewAny", {{u"source"_s, link("2", 0)}})}};
        const QString pid = queue(wf, u"load"_s);
        const int text = l.next([](const Frame &f) { return f.eventType() == 3; });
        QVERIFY(text >= 0);
        QCOMPARE(l.frames.at(text).data.mid(8),
                 QByteArray("2width: 20, height: 10\n batch size: 1"));
        const int ex = l.nextType(u"executed"_s);
        QCOMPARE(l.frames.at(ex).payload().value(u"output"_s).toObject(),
                 (QJsonObject{{u"text"_s, QJsonArray{u"20"_s}}}));
        QVERIFY(l.waitDone(pid) >= 0);
        // missing file -> custom validation error
        const HttpResult bad = post(
            u"/prompt"_s,
            QJsonObject{
                {u"prompt"_s,
                 QJsonObject{{u"1"_s, node("LoadImage", {{u"image"_s, u"nope.png"_s}})},
                             {u"2"_s, node("PreviewImage", {{u"images"_s, link("1", 0)}})}}}});
        QCOMPARE(bad.status, 400);
        QCOMPARE(bad.json()
                     .value(u"node_errors"_s)
                     .toObject()
                     .value(u"1"_s)
                     .toObject()
                     .value(u"errors"_s)
                     .toArray()
                     .first()
                     .toObject()
                     .value(u"type"_s)
                     .toString(),
                 u"custom_validation_failed"_s);
    }

    void comfyDeploy()
    {
        sim->setComfyDeployEnabled(true);
        WsProbe d;
        QVERIFY(d.open(wsUrl(u"clientId=cd-a"_s, u"/comfyui-deploy/ws"_s)));
        QVERIFY(d.waitUntil([&] { return !d.frames.isEmpty(); }, 2000));
        QCOMPARE(d.frames.first().data,
                 QByteArray(R"({"event": "status", "data": {"sid": "cd-a"}})"));
        WsProbe core;
        QVERIFY(core.open(wsUrl(u"clientId=peer-ws"_s)));
        QJsonObject wf{
            {u"1"_s, node("EmptyImage", {{u"width"_s, 64},
                                         {u"height"_s, 48},
                                         {u"batch_size"_s, 2},
                                         {u"color"_s, 16711680}})},
            {u"2"_s, node("ComfyDeployWebscoketImageOutput", {{u"output_id"_s, u"out-1"_s},
                                                              {u"images"_s, link("1", 0)},
                                                              {u"file_type"_s, u"WEBP"_s},
                                                              {u"quality"_s, 80},
                                                              {u"client_id"_s, u"cd-a"_s}})}};
        const QString pid = queue(wf, u"peer-ws"_s);
        QVERIFY(core.waitDone(pid) >= 0);
        QVERIFY(d.waitUntil(
            [&] {
                int n = 0;
                for (const Frame &f : std::as_const(d.frames))
                    n += f.binary ? 1 : 0;
                return n == 2;
            },
            2000));
        for (const Frame &f : std::as_const(d.frames)) {
            if (!f.binary)
                continue;
            QCOMPARE(be32At(f.data, 0), 1u);
            QCOMPARE(be32At(f.data, 4), 3u);
            QCOMPARE(f.data.mid(8, 24), QByteArray("out-1").append(QByteArray(19, '\0')));
            QVERIFY(f.data.mid(32).startsWith("RIFF"));
            QCOMPARE(QImage::fromData(f.data.mid(32)).size(), QSize(64, 48));
        }
        for (const Frame &f : std::as_const(core.frames))
            QVERIFY(!f.binary);
        // JSON mirrored as {"event": ...}: status broadcasts reach the deploy socket
        bool sawStatus = false;
        for (const Frame &f : std::as_const(d.frames))
            if (!f.binary && f.json.value(u"event"_s).toString() == "status"_L1
                && f.json.value(u"data"_s).toObject().contains(u"status"_s))
                sawStatus = true;
        QVERIFY(sawStatus);
        // a prompt whose client_id is the deploy sid: every event goes to the deploy socket
        const QString pid2 = queue(
            QJsonObject{
                {u"1"_s, node("EmptyImage", {{u"width"_s, 32},
                                             {u"height"_s, 16},
                                             {u"batch_size"_s, 1},
                                             {u"color"_s, 8421504}})},
                {u"2"_s, node("ComfyDeployWebscoketImageOutput", {{u"output_id"_s, u"out-b"_s},
                                                                  {u"images"_s, link("1", 0)},
                                                                  {u"file_type"_s, u"PNG"_s},
                                                                  {u"quality"_s, 80},
                                                                  {u"client_id"_s, u"cd-a"_s}})}},
            u"cd-a"_s);
        QVERIFY(d.next([&](const Frame &f) {
            return f.json.value(u"event"_s).toString() == "executing"_L1
                   && f.json.value(u"data"_s).toObject().value(u"node"_s).isNull()
                   && f.json.value(u"data"_s).toObject().value(u"prompt_id"_s).toString() == pid2;
        }) >= 0);
        // output_id longer than 24 bytes: 400 from VALIDATE_INPUTS
        const HttpResult bad = post(
            u"/prompt"_s,
            QJsonObject{
                {u"prompt"_s,
                 QJsonObject{{u"1"_s, node("EmptyImage", {{u"width"_s, 8},
                                                          {u"height"_s, 8},
                                                          {u"batch_size"_s, 1},
                                                          {u"color"_s, 0}})},
                             {u"2"_s, node("ComfyDeployWebscoketImageOutput",
                                           {{u"output_id"_s, u"xxxxxxxxxxxxxxxxxxxxxxxxx"_s},
                                            {u"images"_s, link("1", 0)},
                                            {u"file_type"_s, u"PNG"_s},
                                            {u"quality"_s, 80},
                                            {u"client_id"_s, u"cd-a"_s}})}}},
                {u"client_id"_s, u"peer-ws"_s}});
        QCOMPARE(bad.status, 400);
        const QJsonObject err = bad.json().value(u"error"_s).toObject();
        QCOMPARE(err.value(u"details"_s).toString(),
                 u"Exception when validating node: output_id size is greater than 24 bytes"_s);
        QCOMPARE(bad.json()
                     .value(u"node_errors"_s)
                     .toObject()
                     .value(u"2"_s)
                     .toObject()
                     .value(u"errors"_s)
                     .toArray()
                     .first()
                     .toObject()
                     .value(u"type"_s)
                     .toString(),
                 u"exception_during_validation"_s);
    }

    void jobsApi()
    {
        const QString pid = sim->queuePrompt(slowWorkflow(2, 1), u"jobs"_s);
        QSignalSpy finished(sim.get(), &Simulator::promptFinished);
        QVERIFY(finished.wait(3000));
        const QJsonObject jobs = get(u"/api/jobs"_s).json();
        QCOMPARE(jobs.value(u"jobs"_s).toArray().size(), 1);
        const QJsonObject job = jobs.value(u"jobs"_s).toArray().first().toObject();
        QCOMPARE(job.value(u"id"_s).toString(), pid);
        QCOMPARE(job.value(u"status"_s).toString(), u"completed"_s);
        QCOMPARE(jobs.value(u"pagination"_s).toObject().value(u"total"_s).toInt(), 1);
        QCOMPARE(get(u"/api/jobs?status=bogus"_s).status, 400);
        QCOMPARE(
            get(u"/api/jobs/"_s + pid).json().value(u"workflow"_s).toObject().contains(u"prompt"_s),
            true);
        QCOMPARE(get(u"/api/jobs/nope"_s).status, 404);
        QCOMPARE(get(u"/api/api/jobs"_s).status, 200);
        QCOMPARE(get(u"/jobs"_s).status, 404);
    }

    void objectInfoShapes()
    {
        const QJsonObject all = get(u"/object_info"_s).json();
        for (const char *cls :
             {"EmptyImage", "EmptyLatentImage", "ImageInvert", "ImageBlur", "ImageScale",
              "SaveImage", "PreviewImage", "SaveImageWebsocket", "GetImageSize", "PreviewAny",
              "LoadImage", "KSampler", "CheckpointLoaderSimple", "CLIPTextEncode", "VAEDecode",
              "TestProgressNode", "TestPreviewNode", "TestFailNode"})
            QVERIFY2(all.contains(QString::fromLatin1(cls)), cls);
        QVERIFY(!all.contains(u"ComfyDeployWebscoketImageOutput"_s));
        for (const QString &label :
             {u"object_info/EmptyImage"_s, u"object_info/SaveImage"_s,
              u"object_info/SaveImageWebsocket"_s, u"object_info/TestProgressNode"_s}) {
            const QJsonObject cap = capture(u"real-v0.8.0.jsonl"_s, label);
            const HttpResult r = get(cap.value(u"path"_s).toString());
            QCOMPARE(r.json(), cap.value(u"body"_s).toObject());
            QCOMPARE(r.body.size(), cap.value(u"body_len"_s).toInt());
        }
        QCOMPARE(get(u"/object_info/Nope"_s).body, QByteArray("{}"));
        QCOMPARE(get(u"/api/object_info/KSampler"_s)
                     .json()
                     .value(u"KSampler"_s)
                     .toObject()
                     .value(u"input"_s)
                     .toObject()
                     .value(u"required"_s)
                     .toObject()
                     .value(u"seed"_s)
                     .toArray()
                     .at(1)
                     .toObject()
                     .value(u"max"_s)
                     .toDouble(),
                 18446744073709551615.0);
        QCOMPARE(get(u"/models/checkpoints"_s).array().size(), 2);
        QCOMPARE(get(u"/models/nope"_s).status, 404);
    }

    void sidReplaceRace()
    {
        sim->setSidReplaceRaceEnabled(true);
        WsProbe first;
        QVERIFY(first.open(wsUrl(u"clientId=racy"_s)));
        WsProbe second;
        QVERIFY(second.open(wsUrl(u"clientId=racy"_s)));
        QVERIFY(second.nextType(u"status"_s) >= 0);
        first.ws.close();
        QVERIFY(first.waitUntil([&] { return first.closed; }, 2000));
        QTRY_VERIFY(
            sim->connectedSids().isEmpty()); // the old socket's cleanup unregistered the new one
        const QString pid = sim->queuePrompt(slowWorkflow(2, 1), u"racy"_s);
        QCOMPARE(second.waitDone(pid, 400), -1); // deaf: not even the status broadcasts arrive
        QCOMPARE(second.nextType(u"status"_s, 10), -1);
    }

    void responseDelayAndBodyLimit()
    {
        sim->setResponseDelay(150);
        QElapsedTimer t;
        t.start();
        QCOMPARE(get(u"/prompt"_s).status, 200);
        QVERIFY(t.elapsed() >= 140);
        sim->setResponseDelay(0);
        const QByteArray big(101 * 1024 * 1024, ' ');
        const HttpResult r = http("POST", url(u"/prompt"_s), big);
        QVERIFY(r.status == 413
                || r.status == 0); // the server may close while the client still sends
        QCOMPARE(get(u"/prompt"_s).status, 200);
    }

    void inputConversionsAndPartialTargets()
    {
        WsProbe l;
        QVERIFY(l.open(wsUrl(u"clientId=conv"_s)));
        // FLOAT given as an int is stored as a float, INT given as a string is converted,
        // like the real validate_inputs() which writes converted values back into the prompt.
        QJsonObject wf{
            {u"1"_s,
             node("EmptyImage",
                  {{u"width"_s, u"16"_s}, {u"height"_s, 8}, {u"batch_size"_s, 1}, {u"color"_s, 0}})},
            {u"2"_s, node("ImageBlur",
                          {{u"image"_s, link("1", 0)}, {u"blur_radius"_s, 1}, {u"sigma"_s, 2}})},
            {u"3"_s, node("PreviewImage", {{u"images"_s, link("2", 0)}})},
            {u"4"_s, node("SaveImage",
                          {{u"images"_s, link("1", 0)}, {u"filename_prefix"_s, u"sub/dir/x"_s}})}};
        const HttpResult r = post(
            u"/prompt"_s, QJsonObject{{u"prompt"_s, wf},
                                      {u"client_id"_s, u"conv"_s},
                                      {u"prompt_id"_s, u"my-id"_s},
                                      {u"partial_execution_targets"_s, QJsonArray{u"3"_s}}});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(u"prompt_id"_s).toString(), u"my-id"_s);
        QVERIFY(l.waitDone(u"my-id"_s) >= 0);
        const HttpResult h = get(u"/history/my-id"_s);
        QVERIFY(h.body.contains("\"sigma\": 2.0"));
        QVERIFY(h.body.contains("\"width\": 16}") || h.body.contains("\"width\": 16,"));
        const QJsonArray item = h.json().value(u"my-id"_s).toObject().value(u"prompt"_s).toArray();
        QCOMPARE(item.at(4).toArray(), QJsonArray{u"3"_s}); // only the partial target ran
        QVERIFY(
            !h.json().value(u"my-id"_s).toObject().value(u"outputs"_s).toObject().contains(u"4"_s));
        // non-empty node_errors on 200: one output fails, the other runs
        QJsonObject mixed = wf;
        mixed.insert(u"5"_s, node("SaveImage", {{u"images"_s, link("1", 0)}}));
        const HttpResult m = post(u"/prompt"_s, QJsonObject{{u"prompt"_s, mixed}});
        QCOMPARE(m.status, 200);
        QCOMPARE(m.json().value(u"node_errors"_s).toObject().keys(), QStringList{u"5"_s});
        // subfolder from the filename prefix
        const QString pid = queue(wf, u"conv"_s);
        QVERIFY(l.waitDone(pid) >= 0);
        const QJsonObject ref = get(u"/history/"_s + pid)
                                    .json()
                                    .value(pid)
                                    .toObject()
                                    .value(u"outputs"_s)
                                    .toObject()
                                    .value(u"4"_s)
                                    .toObject()
                                    .value(u"images"_s)
                                    .toArray()
                                    .first()
                                    .toObject();
        QCOMPARE(ref.value(u"subfolder"_s).toString(), u"sub/dir"_s);
        QCOMPARE(get(u"/view?filename=x_00001_.png&subfolder=sub/dir&type=output"_s).status, 200);
        QCOMPARE(get(u"/view?filename=x_00001_.png&subfolder=sub/dir&type=output&channel=a"_s)
                     .contentType,
                 QByteArray("image/png"));
    }

    void deployEdgeCases()
    {
        sim->setComfyDeployEnabled(true);
        WsProbe d;
        QVERIFY(d.open(wsUrl(QString(), u"/comfyui-deploy/ws"_s)));
        QVERIFY(d.waitUntil([&] { return !d.frames.isEmpty(); }, 2000));
        QVERIFY(
            QRegularExpression(u"^[0-9a-f]{32}$"_s)
                .match(d.frames.first().json.value(u"data"_s).toObject().value(u"sid"_s).toString())
                .hasMatch());
        WsProbe core;
        QVERIFY(core.open(wsUrl(u"clientId=edge"_s)));
        auto wf = [](const QJsonObject &extra) {
            QJsonObject in{{u"output_id"_s, u"out-x"_s},
                           {u"images"_s, link("1", 0)},
                           {u"file_type"_s, u"PNG"_s},
                           {u"quality"_s, 80}};
            for (auto it = extra.begin(); it != extra.end(); ++it)
                in.insert(it.key(), it.value());
            return QJsonObject{{u"1"_s, node("EmptyImage", {{u"width"_s, 16},
                                                            {u"height"_s, 16},
                                                            {u"batch_size"_s, 1},
                                                            {u"color"_s, 0}})},
                               {u"2"_s, node("ComfyDeployWebscoketImageOutput", in)}};
        };
        // empty client_id: the frame is dropped, not broadcast
        const QString p1 = queue(wf({{u"client_id"_s, u""_s}}), u"edge"_s);
        QVERIFY(core.waitDone(p1) >= 0);
        // no client_id input at all: the node fails with TypeError
        const QString p2 = queue(wf({}), u"edge"_s);
        const int e = core.nextType(u"execution_error"_s);
        QVERIFY(e >= 0);
        QCOMPARE(core.frames.at(e).payload().value(u"exception_type"_s).toString(), u"TypeError"_s);
        QVERIFY(core.waitDone(p2) >= 0);
        QTest::qWait(30);
        for (const Frame &f : std::as_const(d.frames))
            QVERIFY(!f.binary);
        // without deploy support the class and the socket do not exist
        sim->setComfyDeployEnabled(false);
        QCOMPARE(post(u"/prompt"_s, QJsonObject{{u"prompt"_s, wf({})}}).status, 400);
        WsProbe gone;
        QVERIFY(!gone.open(wsUrl(QString(), u"/comfyui-deploy/ws"_s)));
    }

    void autoWorkload()
    {
        WsProbe w;
        QVERIFY(w.open(wsUrl(u"clientId=demo"_s)));
        QSignalSpy queued(sim.get(), &Simulator::promptQueued);
        sim->startAutoWorkload(60);
        QVERIFY(queued.wait(2000));
        sim->stopAutoWorkload();
        QVERIFY(w.nextType(u"execution_start"_s, 3000) >= 0);
        for (int v = 0; v < 6; ++v) {
            const HttpResult r = post(u"/prompt"_s,
                                      QJsonObject{{u"prompt"_s, Simulator::demoWorkflow(v)}});
            QVERIFY2(r.status == 200, r.body.constData());
        }
        QCOMPARE(post(u"/queue"_s, QJsonObject{{u"clear"_s, true}}).status, 200);
        post(u"/interrupt"_s, QJsonObject());
    }

    void autoWorkloadKeepsABoundedQueue()
    {
        // A starved simulator (here: very slow steps) must not pile up prompts when a limit is set.
        sim->setStepDelay(5000);
        sim->setAutoWorkloadMaxPending(2);
        QSignalSpy queued(sim.get(), &Simulator::promptQueued);
        sim->startAutoWorkload(20);
        QTest::qWait(400); // ~20 turns
        QCOMPARE(sim->pendingPromptIds().size(), 2);
        QCOMPARE(queued.size(), 3); // the running one and two waiting
        // No limit: every turn queues.
        sim->setAutoWorkloadMaxPending(0);
        QTRY_VERIFY_WITH_TIMEOUT(sim->pendingPromptIds().size() >= 6, 2000);
        sim->stopAutoWorkload();
        QCOMPARE(post(u"/queue"_s, QJsonObject{{u"clear"_s, true}}).status, 200);
        post(u"/interrupt"_s, QJsonObject());
    }
};

QTEST_GUILESS_MAIN(TestSimulator)
#include "tst_simulator.moc"
