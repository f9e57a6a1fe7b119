// SPDX-License-Identifier: MIT
// Fault injection (issue #6): servers that die, stall, dribble, cut frames, lie about frame
// sizes, flood, send absurd images, race on the sid, or sit behind a proxy. Every case checks a
// clear error or state, bounded memory, no crash, that the client keeps working afterwards and
// that nothing already received is lost.
#include <comfyscope/client.h>
#include <comfyscope/jobtracker.h>
#include <comfyscope/protocol.h>
#include <comfyscope/replies.h>
#include <comfyscope/simulator.h>

#include <QtCore/QBuffer>
#include <QtCore/QCryptographicHash>
#include <QtCore/QElapsedTimer>
#include <QtCore/QFile>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QPointer>
#include <QtCore/QSet>
#include <QtCore/QTimer>
#include <QtCore/QtEndian>
#include <QtGui/QImage>
#include <QtNetwork/QNetworkProxy>
#include <QtNetwork/QTcpServer>
#include <QtNetwork/QTcpSocket>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

#include <functional>
#include <memory>

#ifdef Q_OS_LINUX
#include <unistd.h>
#endif

using namespace ComfyScope;
using namespace Qt::StringLiterals;

namespace {

#if defined(__SANITIZE_ADDRESS__)
#define COMFYSCOPE_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define COMFYSCOPE_ASAN 1
#endif
#endif
#ifdef COMFYSCOPE_ASAN
// AddressSanitizer keeps freed memory in its quarantine (256 MB by default) and pads every
// allocation: RSS then says little about what the client holds. Still bounded, not unbounded.
constexpr qint64 kRssSlack = 320LL * 1024 * 1024;
#else
constexpr qint64 kRssSlack = 64LL * 1024 * 1024;
#endif

/// Resident set size of this process in bytes, -1 where /proc/self/statm does not exist.
qint64 rssBytes()
{
#ifdef Q_OS_LINUX
    QFile f(u"/proc/self/statm"_s);
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> fields = f.readAll().simplified().split(' ');
    if (fields.size() < 2)
        return -1;
    return fields.at(1).toLongLong() * qint64(sysconf(_SC_PAGESIZE));
#else
    return -1;
#endif
}

#define VERIFY_RSS_BOUNDED(before) \
    do { \
        const qint64 after_ = rssBytes(); \
        if ((before) > 0 && after_ > 0) \
            QVERIFY2(after_ - (before) < kRssSlack, \
                     qPrintable(u"RSS grew by %1 MB"_s.arg((after_ - (before)) / 1048576.0))); \
    } while (false)

QJsonObject node(const QString &cls, const QJsonObject &inputs)
{
    return QJsonObject{{u"class_type"_s, cls}, {u"inputs"_s, inputs}};
}

/// EmptyImage → TestProgressNode (steps × max(delay, sim step delay)) → SaveImage.
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
                      {{u"images"_s, QJsonArray{u"2"_s, 0}}, {u"filename_prefix"_s, u"f"_s}})},
    };
}

/// Three nodes, no waiting: finishes within a few event loop turns.
QJsonObject quickWorkflow(int color)
{
    return QJsonObject{
        {u"1"_s,
         node(u"EmptyImage"_s,
              {{u"width"_s, 8}, {u"height"_s, 8}, {u"batch_size"_s, 1}, {u"color"_s, color}})},
        {u"2"_s, node(u"ImageInvert"_s, {{u"image"_s, QJsonArray{u"1"_s, 0}}})},
        {u"3"_s, node(u"SaveImage"_s,
                      {{u"images"_s, QJsonArray{u"2"_s, 0}}, {u"filename_prefix"_s, u"q"_s}})},
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

// ---- raw WebSocket server pieces ------------------------------------------------------------

QByteArray wsAccept(const QByteArray &key)
{
    return QCryptographicHash::hash(QByteArray(key + "258EAFA5-E914-47DA-95CA-C5AB0DC85B11"),
                                    QCryptographicHash::Sha1)
        .toBase64();
}

/// Header of an unmasked server frame (FIN set) announcing `length` payload bytes.
QByteArray wsHeader(int opcode, quint64 length)
{
    QByteArray h;
    h.append(char(0x80 | opcode));
    if (length < 126) {
        h.append(char(length));
    } else if (length <= 0xffff) {
        h.append(char(126));
        char b[2];
        qToBigEndian(quint16(length), b);
        h.append(b, 2);
    } else {
        h.append(char(127));
        char b[8];
        qToBigEndian(quint64(length), b);
        h.append(b, 8);
    }
    return h;
}

QByteArray wsFrame(int opcode, const QByteArray &payload)
{
    return wsHeader(opcode, quint64(payload.size())) + payload;
}

QByteArray statusJson(const QString &sid, int queueRemaining = 0)
{
    QJsonObject data{
        {u"status"_s,
         QJsonObject{{u"exec_info"_s, QJsonObject{{u"queue_remaining"_s, queueRemaining}}}}}};
    if (!sid.isEmpty())
        data.insert(u"sid"_s, sid);
    return QJsonDocument(QJsonObject{{u"type"_s, u"status"_s}, {u"data"_s, data}})
        .toJson(QJsonDocument::Compact);
}

QByteArray messageJson(const QString &type, const QJsonObject &data)
{
    return QJsonDocument(QJsonObject{{u"type"_s, type}, {u"data"_s, data}})
        .toJson(QJsonDocument::Compact);
}

/*!
 * Accepts TCP, answers the WebSocket upgrade by hand and then lets the test script the bytes.
 * `script(socket, n, clientId)` runs after the 101 answer of the n-th connection (0-based).
 */
class RawWsServer : public QObject
{
public:
    std::function<void(QTcpSocket *, int, const QString &)> script;
    int handshakes = 0;
    int otherRequests = 0;
    QList<QPointer<QTcpSocket>> sockets;

    bool listen()
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = m_server.nextPendingConnection()) {
                s->setParent(this);
                sockets << s;
                connect(s, &QTcpSocket::readyRead, this, [this, s] { onData(s); });
            }
        });
        return m_server.listen(QHostAddress::LocalHost, 0);
    }
    quint16 port() const { return m_server.serverPort(); }

private:
    void onData(QTcpSocket *s)
    {
        if (s->property("upgraded").toBool()) {
            s->readAll(); // client frames (feature_flags, pings, close) are ignored
            return;
        }
        const QByteArray req = s->peek(16384);
        const qsizetype end = req.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        s->read(end + 4);
        const QByteArray head = req.left(end);
        if (!head.toLower().contains("upgrade: websocket") || !head.startsWith("GET /ws?")) {
            ++otherRequests; // no REST API and no /comfyui-deploy/ws here
            s->write("HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
            s->disconnectFromHost();
            return;
        }
        s->setProperty("upgraded", true);
        QByteArray key;
        QString clientId;
        const QList<QByteArray> lines = req.left(end).split('\n');
        for (const QByteArray &line : lines)
            if (line.toLower().startsWith("sec-websocket-key:"))
                key = line.mid(18).trimmed();
        const QList<QByteArray> requestLine = lines.value(0).split(' ');
        const QUrlQuery query(QUrl::fromEncoded(requestLine.value(1)).query());
        clientId = query.queryItemValue(u"clientId"_s);
        s->write("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                 "Sec-WebSocket-Accept: "
                 + wsAccept(key) + "\r\n\r\n");
        const int n = handshakes++;
        if (script)
            script(s, n, clientId);
    }

    QTcpServer m_server;
};

/*!
 * A tiny HTTP proxy: CONNECT host:port tunnels, absolute-URI requests are forwarded with an
 * origin-form request line and "Connection: close". It records every request line it saw.
 */
class TinyProxy : public QObject
{
public:
    QList<QByteArray> requestLines;

    bool listen()
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *c = m_server.nextPendingConnection()) {
                c->setParent(this);
                connect(c, &QTcpSocket::readyRead, this, [this, c] { onClientData(c); });
            }
        });
        return m_server.listen(QHostAddress::LocalHost, 0);
    }
    quint16 port() const { return m_server.serverPort(); }

private:
    void onClientData(QTcpSocket *c)
    {
        if (QPointer<QTcpSocket> up = m_upstream.value(c)) {
            if (up->state() == QAbstractSocket::ConnectedState)
                up->write(c->readAll());
            return; // still connecting: the connected handler flushes
        }
        if (m_upstream.contains(c))
            return;
        const QByteArray peeked = c->peek(16384);
        const qsizetype end = peeked.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        c->read(end + 4);
        const QList<QByteArray> lines = peeked.left(end).split('\n');
        const QByteArray requestLine = lines.value(0).trimmed();
        requestLines << requestLine;
        const QList<QByteArray> parts = requestLine.split(' ');
        if (parts.size() != 3) {
            c->write("HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n");
            c->disconnectFromHost();
            return;
        }
        QString host;
        quint16 port = 0;
        QByteArray firstBytes; // what goes upstream before the client's remaining bytes
        const bool tunnel = parts.at(0) == "CONNECT";
        if (tunnel) {
            const QByteArray hp = parts.at(1);
            const qsizetype colon = hp.lastIndexOf(':');
            host = QString::fromLatin1(hp.left(colon));
            port = quint16(hp.mid(colon + 1).toUInt());
        } else {
            const QUrl url = QUrl::fromEncoded(parts.at(1));
            host = url.host();
            port = quint16(url.port(80));
            firstBytes = parts.at(0) + ' '
                         + url.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority) + ' '
                         + parts.at(2) + "\r\n";
            if (!firstBytes.contains(" /"))
                firstBytes.replace(QByteArray(parts.at(0) + ' '), QByteArray(parts.at(0) + " /"));
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const QByteArray l = lines.at(i).trimmed();
                const QByteArray lower = l.toLower();
                if (lower.startsWith("connection:") || lower.startsWith("proxy-connection:")
                    || lower.startsWith("keep-alive:"))
                    continue;
                firstBytes += l + "\r\n";
            }
            firstBytes += "Connection: close\r\n\r\n";
        }
        auto *up = new QTcpSocket(this);
        up->setProxy(QNetworkProxy::NoProxy);
        m_upstream.insert(c, up);
        connect(up, &QTcpSocket::connected, this, [c, up, tunnel, firstBytes] {
            if (tunnel)
                c->write("HTTP/1.1 200 Connection established\r\n\r\n");
            else
                up->write(firstBytes);
            up->write(c->readAll());
        });
        connect(up, &QTcpSocket::readyRead, this, [c, up] { c->write(up->readAll()); });
        connect(up, &QTcpSocket::disconnected, this, [c, up] {
            c->write(up->readAll());
            c->disconnectFromHost();
        });
        connect(c, &QTcpSocket::disconnected, this, [up] { up->disconnectFromHost(); });
        up->connectToHost(host, port);
    }

    QTcpServer m_server;
    QHash<QTcpSocket *, QPointer<QTcpSocket>> m_upstream;
};

// ---- images ---------------------------------------------------------------------------------

quint32 crc32(const QByteArray &data)
{
    quint32 crc = 0xffffffffu;
    for (char ch : data) {
        crc ^= quint8(ch);
        for (int k = 0; k < 8; ++k)
            crc = (crc >> 1) ^ (0xedb88320u & (0u - (crc & 1u)));
    }
    return ~crc;
}

QByteArray pngChunk(const QByteArray &type, const QByteArray &data)
{
    char len[4], crc[4];
    qToBigEndian(quint32(data.size()), len);
    qToBigEndian(crc32(type + data), crc);
    return QByteArray(len, 4) + type + data + QByteArray(crc, 4);
}

/// A PNG whose IHDR claims width × height (8-bit RGB) with a token IDAT: decoding it would need
/// width × height × 3 bytes.
QByteArray bogusPng(quint32 width, quint32 height)
{
    QByteArray ihdr(13, '\0');
    qToBigEndian(width, ihdr.data());
    qToBigEndian(height, ihdr.data() + 4);
    ihdr[8] = 8;                                                           // bit depth
    ihdr[9] = 2;                                                           // colour type RGB
    const QByteArray idat = QByteArray::fromHex("789c636000000002000185"); // zlib of one 0 byte-ish
    return QByteArray("\x89PNG\r\n\x1a\n", 8) + pngChunk("IHDR", ihdr) + pngChunk("IDAT", idat)
           + pngChunk("IEND", {});
}

QSize pngHeaderSize(QByteArrayView png)
{
    if (png.size() < 24 || !png.startsWith(QByteArrayView("\x89PNG\r\n\x1a\n", 8))
        || png.sliced(12, 4) != QByteArrayView("IHDR"))
        return {};
    return QSize(int(qFromBigEndian<quint32>(png.data() + 16)),
                 int(qFromBigEndian<quint32>(png.data() + 20)));
}

QByteArray smallJpeg()
{
    QImage img(24, 16, QImage::Format_RGB32);
    img.fill(Qt::darkMagenta);
    QByteArray b;
    QBuffer buf(&b);
    buf.open(QIODevice::WriteOnly);
    img.save(&buf, "JPEG");
    return b;
}

} // namespace

class TestFaults : public QObject
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

    QString submit(const QJsonObject &wf)
    {
        SubmitReply *r = waitFinished(tracker->submit(wf));
        if (!r->isOk())
            qWarning() << r->errorString();
        return r->isOk() ? r->promptId() : QString();
    }

    /// What the server's /history says about a prompt, read through the client.
    std::optional<HistoryEntry> serverHistory(const QString &id)
    {
        HistoryReply *r = waitFinished(client->fetchHistory(id));
        if (!r->isOk()) {
            qWarning() << "history" << r->errorString();
            return std::nullopt;
        }
        return r->entry(id);
    }

private Q_SLOTS:
    void initTestCase()
    {
        // An explicit proxy per client is under test; never pick one up from the environment.
        QNetworkProxy::setApplicationProxy(QNetworkProxy::NoProxy);
    }

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

    // 1 ------------------------------------------------------------------------------------
    void serverKilledMidRunTwentyTimes()
    {
        connectClient();
        const qint64 rssBefore = rssBytes();
        const quint16 port = sim->port();
        QHash<QString, int> finishedCount;
        QHash<QString, Job> finished;
        connect(tracker.get(), &JobTracker::jobFinished, this, [&](const Job &j) {
            ++finishedCount[j.promptId];
            finished.insert(j.promptId, j);
        });
        QSignalSpy sessions(client.get(), &Client::sessionStarted);
        QSignalSpy errors(client.get(), &Client::errorOccurred);
        QStringList all;
        int lost = 0, succeededAfterOutage = 0;

        for (int cycle = 0; cycle < 20; ++cycle) {
            // 0: outage (the server keeps running while unreachable, like a proxy restart);
            // 1: crash, restarted process still has history on record (kept across restart);
            // 2: crash, restarted process knows nothing.
            const int mode = cycle % 3;
            const int color = 1000 * (cycle + 1);
            const QString a = submit(quickWorkflow(color));
            // mode 0 lets b finish while we are away; modes 1 and 2 kill it mid-run.
            const QString b = submit(progressWorkflow(mode == 0 ? 30 : 4000, color + 1));
            const QString c = submit(quickWorkflow(color + 2)); // pending behind b
            QVERIFY(!a.isEmpty() && !b.isEmpty() && !c.isEmpty());
            all << a << b << c;

            // a finished before the fault, with the outputs /history has.
            QTRY_VERIFY_WITH_TIMEOUT(finished.contains(a), 5000);
            const auto ha = serverHistory(a);
            QVERIFY(ha);
            QCOMPARE(finished.value(a).state, Job::State::Succeeded);
            QVERIFY(finished.value(a).outputsConfirmed);
            QCOMPARE(finished.value(a).outputs, ha->images());
            QCOMPARE(finished.value(a).outputs.size(), 1);

            QTRY_VERIFY_WITH_TIMEOUT(sim->runningPromptId() == b && tracker->job(b)
                                         && tracker->job(b)->state == Job::State::Running,
                                     5000);
            QVERIFY(tracker->job(c) && tracker->job(c)->state == Job::State::Queued);
            QVERIFY(sim->pendingPromptIds().contains(c));

            const qsizetype sessionsBefore = sessions.size();
            const qsizetype errorsBefore = errors.size();
            if (mode == 0) {
                QElapsedTimer outage;
                outage.start();
                sim->close();
                // b and c finish on the unreachable server; the client retries meanwhile, with
                // a retry scheduled between attempts rather than a tight loop.
                QTRY_VERIFY_WITH_TIMEOUT(sim->queueRemaining() == 0, 10000);
                QTRY_VERIFY_WITH_TIMEOUT(client->millisToReconnect() >= 0, 2000);
                const qsizetype attempts = errors.size() - errorsBefore;
                QVERIFY2(attempts >= 1 && attempts <= 6 + outage.elapsed() / 60,
                         qPrintable(u"%1 attempts in %2 ms"_s.arg(attempts).arg(outage.elapsed())));
            } else {
                QCOMPARE(sim->runningPromptId(), b); // really mid-run
                sim->kill(mode == 1);
            }
            QTRY_VERIFY_WITH_TIMEOUT(client->state() != Client::State::Connected, 3000);
            QTRY_VERIFY_WITH_TIMEOUT(errors.size() > errorsBefore, 3000);
            QVERIFY(client->reconnectAttempts() >= 1);
            QVERIFY(!finished.contains(b) && !finished.contains(c)); // nothing decided while away
            QVERIFY(sim->listen(QHostAddress::LocalHost, port));
            QTRY_VERIFY_WITH_TIMEOUT(sessions.size() > sessionsBefore, 5000);
            QVERIFY(sessions.last().at(1).toBool()); // a resumed session: resync

            QTRY_VERIFY_WITH_TIMEOUT(finished.contains(b) && finished.contains(c), 8000);
            for (const QString &id : {b, c}) {
                const Job j = finished.value(id);
                const auto h = serverHistory(id);
                if (mode == 0) {
                    QVERIFY2(h, qPrintable(id));
                    QCOMPARE(j.state, Job::State::Succeeded);
                    QVERIFY(j.outputsConfirmed);
                    QCOMPARE(j.outputs, h->images());
                    QCOMPARE(j.outputs.size(), 1);
                    ++succeededAfterOutage;
                } else {
                    // The restarted server has no record of it: a clear terminal state.
                    QVERIFY(!h);
                    QVERIFY(!sim->pendingPromptIds().contains(id) && sim->runningPromptId() != id);
                    QVERIFY2(j.state == Job::State::Lost,
                             qPrintable(id + u" ended "_s + jobStateName(j.state)));
                    QVERIFY(j.isFinished());
                    ++lost;
                }
            }
            // What the restarted server kept is still there (mode 1) or gone (mode 2); either
            // way a's finished record in the tracker is unchanged.
            QCOMPARE(bool(serverHistory(a)), mode != 2);
            QCOMPARE(tracker->job(a)->outputs, ha->images());
            QCOMPARE(client->state(), Client::State::Connected);
        }

        QTest::qWait(300); // late duplicates would show up here
        QCOMPARE(finishedCount.size(), all.size());
        for (const QString &id : std::as_const(all)) {
            QVERIFY2(finishedCount.value(id) == 1, qPrintable(id));
            QSet<QString> distinct;
            const auto outs = tracker->job(id)->outputs;
            for (const ImageRef &r : outs)
                distinct.insert(r.type + u'/' + r.subfolder + u'/' + r.filename);
            QCOMPARE(distinct.size(), outs.size()); // no output listed twice
            QVERIFY(tracker->job(id)->isFinished());
        }
        QCOMPARE(succeededAfterOutage, 2 * 7);
        QCOMPARE(lost, 2 * 13);
        // And the client still works: a fresh job runs to the end.
        const QString z = submit(quickWorkflow(424242));
        QTRY_VERIFY_WITH_TIMEOUT(finished.contains(z), 5000);
        QCOMPARE(finished.value(z).state, Job::State::Succeeded);
        VERIFY_RSS_BOUNDED(rssBefore);
    }

    // 2 ------------------------------------------------------------------------------------
    void silentServer()
    {
        const qint64 rssBefore = rssBytes();
        QTcpServer silent; // accepts TCP, never sends a byte
        QList<QPointer<QTcpSocket>> accepted;
        QHash<QTcpSocket *, QByteArray> received; // sockets live as long as `silent`
        connect(&silent, &QTcpServer::newConnection, this, [&] {
            while (QTcpSocket *s = silent.nextPendingConnection()) {
                accepted << s;
                connect(s, &QTcpSocket::readyRead, this,
                        [&received, s] { received[s] += s->readAll(); });
            }
        });
        QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
        client->setEndpoint(ServerEndpoint::fromString(u"127.0.0.1:%1"_s.arg(silent.serverPort())));
        client->setConnectTimeout(300);
        client->setRequestTimeout(300);
        client->setReconnectDelays(100, 400);
        QSignalSpy errors(client.get(), &Client::errorOccurred);
        QElapsedTimer t;
        t.start();
        client->open();
        QCOMPARE(client->state(), Client::State::Connecting);
        QVERIFY(errors.wait(5000));
        QVERIFY2(t.elapsed() >= 250, qPrintable(QString::number(t.elapsed())));
        QVERIFY(client->lastError().message.contains(u"handshake"_s));
        QVERIFY(client->state() != Client::State::Connected);
        QVERIFY(client->reconnectAttempts() >= 1);
        QVERIFY(client->millisToReconnect() >= 0); // a retry is scheduled, not a busy loop
        // It keeps trying (with backoff) and each try times out the same way.
        QTRY_VERIFY_WITH_TIMEOUT(errors.size() >= 3, 5000);
        QCOMPARE(client->state(), Client::State::Reconnecting);

        // REST: every call ends with Timeout, none hangs.
        QList<Error::Code> results;
        for (int i = 0; i < 20; ++i) {
            Reply *r = i % 2 ? static_cast<Reply *>(client->fetchQueue())
                             : static_cast<Reply *>(client->fetchSystemStats());
            connect(r, &Reply::finished, this, [&results, r] { results << r->error().code; });
        }
        QTRY_COMPARE_WITH_TIMEOUT(results.size(), 20, 5000);
        for (Error::Code e : std::as_const(results))
            QCOMPARE(e, Error::Code::Timeout);

        // Nothing is left behind: after close() every connection the client made is closed.
        client->close();
        QCOMPARE(client->millisToReconnect(), -1);
        QVERIFY(!accepted.isEmpty());
        auto open = [&](bool webSocket) {
            int n = 0;
            for (const auto &s : std::as_const(accepted))
                if (s && s->state() == QAbstractSocket::ConnectedState
                    && received.value(s).contains("Upgrade: websocket") == webSocket)
                    ++n;
            return n;
        };
        QTRY_COMPARE_WITH_TIMEOUT(open(true), 0, 5000); // every handshake attempt was closed
        // REST connections whose request timed out before they were even established may stay
        // in QNetworkAccessManager's keep-alive pool: bounded by its 6 connections per host.
        QVERIFY2(open(false) <= 6, qPrintable(QString::number(open(false))));
        client->networkAccessManager()->clearConnectionCache();
        QTRY_COMPARE_WITH_TIMEOUT(open(false), 0, 5000);
        VERIFY_RSS_BOUNDED(rssBefore);
    }

    // 3 ------------------------------------------------------------------------------------
    void slowHttpWhileTheSocketFlows()
    {
        connectClient();
        QSignalSpy progress(client.get(), &Client::progressReceived);
        QSignalSpy finishedSpy(client.get(), &Client::promptFinished);
        sim->setResponseDelay(1000);
        // A prompt queued on the server side under our id: its events come over the socket.
        const QString id = sim->queuePrompt(progressWorkflow(60, 7, 20), client->clientId());
        QVERIFY(!id.isEmpty());

        // Replies delete themselves after finished(): record what they said from the slot.
        struct Outcome
        {
            bool done = false;
            Error::Code error = Error::Code::NoError;
            QString errorString;
            qint64 ms = -1;
            qsizetype progressSeen = -1;
            bool listsPrompt = false;
        };
        QElapsedTimer t;
        t.start();
        auto track = [&](Reply *r, Outcome &o) {
            connect(r, &Reply::finished, this, [&o, &t, &progress, &id, r] {
                o.done = true;
                o.error = r->error().code;
                o.errorString = r->errorString();
                o.ms = t.elapsed();
                o.progressSeen = progress.size();
                if (auto *q = qobject_cast<QueueReply *>(r))
                    o.listsPrompt = q->queue().contains(id);
            });
        };
        Outcome slowOk, tooSlow, tooSlow2;
        const qsizetype progressAtStart = progress.size();
        client->setRequestTimeout(5000);
        track(client->fetchQueue(), slowOk);
        client->setRequestTimeout(250);
        track(client->fetchQueue(), tooSlow);
        track(client->fetchSystemStats(), tooSlow2);
        QTRY_VERIFY_WITH_TIMEOUT(tooSlow.done && tooSlow2.done, 5000);
        QCOMPARE(tooSlow.error, Error::Code::Timeout);
        QCOMPARE(tooSlow2.error, Error::Code::Timeout);
        QVERIFY(!tooSlow.errorString.isEmpty());
        QVERIFY(!slowOk.done); // the server answers after 1000 ms
        QTRY_VERIFY_WITH_TIMEOUT(slowOk.done, 5000);
        QVERIFY2(slowOk.error == Error::Code::NoError, qPrintable(slowOk.errorString));
        QVERIFY(slowOk.ms >= 900);
        QVERIFY(slowOk.listsPrompt);
        // While the requests waited for the server, the socket kept delivering.
        QVERIFY2(slowOk.progressSeen - progressAtStart >= 3,
                 qPrintable(u"%1 progress events during the slow request"_s.arg(
                     slowOk.progressSeen - progressAtStart)));
        QVERIFY(finishedSpy.wait(10000) || !finishedSpy.isEmpty());
        QCOMPARE(progress.size(), 60); // every step arrived
        QCOMPARE(client->state(), Client::State::Connected);
        // Back to normal speed: the client works as before.
        sim->setResponseDelay(0);
        QVERIFY(waitFinished(client->fetchQueue())->isOk());
    }

    void dribblingHttpBody()
    {
        // A raw HTTP server that sends the head at once and then the body one byte every 30 ms:
        // GET /queue gets all of it, GET /system_stats half of it and then silence.
        QTcpServer dribbler;
        const QByteArray body = R"({"queue_running": [], "queue_pending": []})";
        connect(&dribbler, &QTcpServer::newConnection, this, [&] {
            while (QTcpSocket *s = dribbler.nextPendingConnection()) {
                connect(s, &QTcpSocket::readyRead, s, [s, body] {
                    const QByteArray req = s->peek(8192);
                    if (!req.contains("\r\n\r\n") || s->property("answered").toBool())
                        return;
                    s->setProperty("answered", true);
                    s->readAll();
                    const qsizetype sendBytes = req.startsWith("GET /queue ") ? body.size()
                                                                              : body.size() / 2;
                    s->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                             + QByteArray::number(body.size()) + "\r\n\r\n");
                    auto *timer = new QTimer(s);
                    auto sent = std::make_shared<qsizetype>(0);
                    connect(timer, &QTimer::timeout, s, [s, timer, sent, sendBytes, body] {
                        if (*sent >= sendBytes) {
                            timer->stop(); // and never another byte
                            return;
                        }
                        s->write(body.mid((*sent)++, 1));
                    });
                    timer->start(30);
                });
            }
        });
        QVERIFY(dribbler.listen(QHostAddress::LocalHost, 0));
        client->setEndpoint(
            ServerEndpoint::fromString(u"127.0.0.1:%1"_s.arg(dribbler.serverPort())));
        client->setRequestTimeout(500);
        struct Outcome
        {
            bool done = false;
            Error::Code error = Error::Code::NoError;
            QString errorString;
            qint64 ms = -1;
            int pending = -1;
        };
        Outcome full, stalled;
        QElapsedTimer t;
        t.start();
        auto track = [&](Reply *r, Outcome &o) {
            connect(r, &Reply::finished, this, [&o, &t, r] {
                o.done = true;
                o.error = r->error().code;
                o.errorString = r->errorString();
                o.ms = t.elapsed();
                if (auto *q = qobject_cast<QueueReply *>(r))
                    o.pending = int(q->queue().pending.size());
            });
        };
        track(client->fetchQueue(), full);
        track(client->fetchSystemStats(), stalled);
        QTRY_VERIFY_WITH_TIMEOUT(full.done && stalled.done, 8000);
        // The timeout counts silence, not total time: a body that keeps moving completes even
        // though it takes several timeouts' worth of time...
        QVERIFY2(full.error == Error::Code::NoError, qPrintable(full.errorString));
        QCOMPARE(full.pending, 0);
        QVERIFY2(full.ms >= 2 * 500, qPrintable(QString::number(full.ms)));
        // ...and one that stops half-way fails with Timeout after the silence.
        QCOMPARE(stalled.error, Error::Code::Timeout);
        QVERIFY(stalled.ms >= 500);
    }

    // 4 ------------------------------------------------------------------------------------
    void socketClosedMidFrame()
    {
        RawWsServer raw;
        const QByteArray jpeg = smallJpeg();
        const QByteArray fullFrame = Protocol::makePreviewFrame(1, jpeg);
        raw.script = [&](QTcpSocket *s, int n, const QString &sid) {
            s->write(wsFrame(0x1, statusJson(sid)));
            if (n > 0)
                return; // the reconnect: a healthy server
            s->write(wsFrame(0x1, messageJson(u"executing"_s, {{u"node"_s, u"5"_s},
                                                               {u"display_node"_s, u"5"_s},
                                                               {u"prompt_id"_s, u"p4"_s}})));
            s->write(wsFrame(0x1, messageJson(u"progress"_s, {{u"value"_s, 1},
                                                              {u"max"_s, 3},
                                                              {u"node"_s, u"5"_s},
                                                              {u"prompt_id"_s, u"p4"_s}})));
            s->write(wsFrame(0x2, fullFrame));
            // A frame announcing 100000 bytes, of which only 3000 come, then the connection ends.
            QByteArray partial = Protocol::makePreviewFrame(
                1, QByteArray(jpeg + QByteArray(100000, 'j')));
            s->write(wsHeader(0x2, 100000) + partial.left(3000));
            s->flush();
            s->disconnectFromHost();
        };
        QVERIFY(raw.listen());
        client->setEndpoint(ServerEndpoint::fromString(u"127.0.0.1:%1"_s.arg(raw.port())));
        QStringList types;
        connect(client.get(), &Client::messageReceived, this,
                [&](const QString &type, const QJsonObject &) { types << type; });
        QSignalSpy images(client.get(), &Client::imageReceived);
        QSignalSpy sessions(client.get(), &Client::sessionStarted);
        QSignalSpy states(client.get(), &Client::stateChanged);
        QSignalSpy errors(client.get(), &Client::errorOccurred);
        QSignalSpy protoErrors(client.get(), &Client::protocolErrorOccurred);
        client->open();
        QTRY_COMPARE_WITH_TIMEOUT(sessions.size(), 2, 5000);
        QCOMPARE(sessions.at(0).at(1).toBool(), false);
        QCOMPARE(sessions.at(1).at(1).toBool(), true);
        QCOMPARE(raw.handshakes, 2);
        // The drop was reported.
        QVERIFY(!errors.isEmpty());
        bool sawReconnecting = false;
        for (const auto &s : states)
            sawReconnecting |= s.at(0).value<Client::State>() == Client::State::Reconnecting;
        QVERIFY(sawReconnecting);
        QCOMPARE(client->state(), Client::State::Connected);
        // Everything before the cut arrived, in order; the cut frame was not delivered.
        QCOMPARE(types, (QStringList{u"status"_s, u"executing"_s, u"progress"_s, u"status"_s}));
        QTest::qWait(100);
        QCOMPARE(images.size(), 1);
        const auto f = images.at(0).at(0).value<ImageFrame>();
        QCOMPARE(f.frame, fullFrame);
        QCOMPARE(f.imageBytes(), jpeg);
        QCOMPARE(f.promptId, u"p4"_s);
        QCOMPARE(f.nodeId, u"5"_s);
        QCOMPARE(protoErrors.size(), 0);
    }

    // 5 ------------------------------------------------------------------------------------
    void twoGigabyteFrameIsRefused()
    {
        RawWsServer raw;
        raw.script = [&](QTcpSocket *s, int n, const QString &sid) {
            s->write(wsFrame(0x1, statusJson(sid)));
            if (n > 0)
                return;
            s->write(wsHeader(0x2, quint64(1) << 31) + QByteArray("\0\0\0\1\0\0\0\1", 8)
                     + QByteArray(4096, 'x'));
            s->flush(); // and then nothing: the rest never comes, the socket stays open
        };
        QVERIFY(raw.listen());
        const qint64 rssBefore = rssBytes();
        client->setEndpoint(ServerEndpoint::fromString(u"127.0.0.1:%1"_s.arg(raw.port())));
        client->setPingInterval(10000, 10000); // the refusal must not wait for liveness checks
        QSignalSpy sessions(client.get(), &Client::sessionStarted);
        QSignalSpy protoErrors(client.get(), &Client::protocolErrorOccurred);
        QSignalSpy images(client.get(), &Client::imageReceived);
        QSignalSpy errors(client.get(), &Client::errorOccurred);
        client->open();
        QTRY_COMPARE_WITH_TIMEOUT(sessions.size(), 2, 5000);
        QVERIFY(sessions.at(1).at(1).toBool());
        QCOMPARE(protoErrors.size(), 1);
        const auto e = protoErrors.at(0).at(0).value<ProtocolError>();
        QCOMPARE(int(e.code), int(ProtocolError::Code::OversizedMessage));
        QVERIFY(!e.message.isEmpty());
        QVERIFY(!errors.isEmpty());
        QCOMPARE(images.size(), 0);
        QCOMPARE(client->state(), Client::State::Connected);
        VERIFY_RSS_BOUNDED(rssBefore);
    }

    // 6 ------------------------------------------------------------------------------------
    void tenThousandMessageBurst()
    {
        connectClient();
        QTRY_VERIFY(client->serverAnsweredFeatureFlags());
        const qint64 rssBefore = rssBytes();
        QList<int> got;
        int progressCount = 0, statusCount = 0, executingCount = 0, malformedCount = 0;
        connect(client.get(), &Client::progressReceived, this, [&](const ProgressEvent &e) {
            ++progressCount;
            got << int(e.value);
        });
        connect(client.get(), &Client::statusReceived, this, [&](const StatusEvent &e) {
            ++statusCount;
            got << e.queueRemaining;
        });
        connect(client.get(), &Client::executingReceived, this, [&](const ExecutingEvent &e) {
            ++executingCount;
            got << e.node.mid(1).toInt();
        });
        connect(client.get(), &Client::protocolErrorOccurred, this, [&](const ProtocolError &e) {
            ++malformedCount;
            QCOMPARE(int(e.code), int(ProtocolError::Code::MalformedJson));
            got << e.excerpt.mid(10).split(' ').value(0).toInt(); // "{not json N ,,"
        });
        constexpr int N = 10000;
        int expP = 0, expS = 0, expE = 0, expM = 0;
        const QString sid = client->clientId();
        for (int i = 0; i < N; ++i) {
            QByteArray m;
            if (i % 97 == 13) {
                m = "{not json " + QByteArray::number(i) + " ,,";
                ++expM;
            } else if (i % 3 == 0) {
                m = messageJson(u"progress"_s, {{u"value"_s, i},
                                                {u"max"_s, N},
                                                {u"node"_s, u"7"_s},
                                                {u"prompt_id"_s, u"burst"_s}});
                ++expP;
            } else if (i % 3 == 1) {
                m = R"({"type":"status","data":{"status":{"exec_info":{"queue_remaining":)"
                    + QByteArray::number(i) + "}}}}";
                ++expS;
            } else {
                m = messageJson(u"executing"_s, {{u"node"_s, QString(u"n"_s + QString::number(i))},
                                                 {u"prompt_id"_s, u"burst"_s}});
                ++expE;
            }
            sim->sendText(sid, m);
        }
        QTRY_COMPARE_WITH_TIMEOUT(got.size(), N, 20000);
        QCOMPARE(progressCount, expP);
        QCOMPARE(statusCount, expS);
        QCOMPARE(executingCount, expE);
        QCOMPARE(malformedCount, expM);
        QVERIFY(expM > 50);
        for (int i = 0; i < N; ++i)
            QVERIFY2(got.at(i) == i, qPrintable(u"position %1 holds %2"_s.arg(i).arg(got.at(i))));
        QTest::qWait(100);
        QCOMPARE(got.size(), N); // nothing extra
        QCOMPARE(client->state(), Client::State::Connected);
        VERIFY_RSS_BOUNDED(rssBefore);
    }

    // 7 ------------------------------------------------------------------------------------
    void hugeImageHeaderIsDeliveredNotDecoded()
    {
        connectClient();
        QTRY_VERIFY(client->serverAnsweredFeatureFlags());
        const qint64 rssBefore = rssBytes();
        const QByteArray png = bogusPng(30000, 30000);
        QCOMPARE(pngHeaderSize(png), QSize(30000, 30000));
        QSignalSpy images(client.get(), &Client::imageReceived);
        QSignalSpy protoErrors(client.get(), &Client::protocolErrorOccurred);
        QSignalSpy status(client.get(), &Client::statusReceived);
        const QString sid = client->clientId();
        sim->sendText(sid, messageJson(u"executing"_s, {{u"node"_s, u"9"_s},
                                                        {u"display_node"_s, u"9"_s},
                                                        {u"prompt_id"_s, u"p7"_s}}));
        sim->sendBinary(sid, Protocol::makePreviewFrame(2, png));
        const QJsonObject meta{{u"image_type"_s, u"image/png"_s},
                               {u"prompt_id"_s, u"p7b"_s},
                               {u"node_id"_s, u"12"_s},
                               {u"display_node_id"_s, u"13"_s},
                               {u"real_node_id"_s, u"12"_s}};
        sim->sendBinary(sid, Protocol::makeMetadataPreviewFrame(meta, png));
        sim->sendText(sid, statusJson(QString(), 3));
        QVERIFY(status.wait(5000));
        QCOMPARE(images.size(), 2);
        QCOMPARE(protoErrors.size(), 0);

        const auto f1 = images.at(0).at(0).value<ImageFrame>();
        QCOMPARE(f1.frameType, 1);
        QCOMPARE(f1.format, ImageFormat::Png);
        QCOMPARE(f1.imageBytes(), png); // intact, byte for byte
        QVERIFY(!f1.attributed);
        QCOMPARE(f1.promptId, u"p7"_s); // from the preceding executing
        QCOMPARE(f1.nodeId, u"9"_s);
        QCOMPARE(pngHeaderSize(f1.imageView()), QSize(30000, 30000));

        const auto f2 = images.at(1).at(0).value<ImageFrame>();
        QCOMPARE(f2.frameType, 4);
        QCOMPARE(f2.format, ImageFormat::Png);
        QCOMPARE(f2.declaredFormat, ImageFormat::Png);
        QCOMPARE(f2.imageBytes(), png);
        QVERIFY(f2.attributed);
        QCOMPARE(f2.promptId, u"p7b"_s);
        QCOMPARE(f2.nodeId, u"12"_s);
        QCOMPARE(f2.displayNodeId, u"13"_s);
        QCOMPARE(f2.metadata, meta);
        QVERIFY(f2.sequence > f1.sequence);
        QCOMPARE(pngHeaderSize(f2.imageView()), QSize(30000, 30000));
        QCOMPARE(client->state(), Client::State::Connected);
        VERIFY_RSS_BOUNDED(rssBefore); // 30000 x 30000 x 4 would be 3.4 GB
    }

    // 8 ------------------------------------------------------------------------------------
    void sameClientIdRaceEndToEnd()
    {
        sim->setSidReplaceRaceEnabled(true);
        client->setClientId(u"shared-id"_s);
        client->setRegistrationTimeout(400);
        connectClient();
        // A second client (e.g. another window) with the same id replaces our registration;
        // when it goes away, the server unregisters the id: we are connected but deaf.
        {
            Client other;
            other.setClientId(u"shared-id"_s);
            other.setEndpoint(client->endpoint());
            QSignalSpy otherSession(&other, &Client::sessionStarted);
            other.open();
            QVERIFY(otherSession.wait(5000));
            other.close();
            QTRY_VERIFY_WITH_TIMEOUT(!sim->connectedSids().contains(u"shared-id"_s), 3000);
        }
        QCOMPARE(client->state(), Client::State::Connected); // it cannot know yet

        QSignalSpy sessions(client.get(), &Client::sessionStarted);
        QSignalSpy finishedSpy(client.get(), &Client::promptFinished);
        QSignalSpy jobFinished(tracker.get(), &JobTracker::jobFinished);
        int progressAfterRepair = 0;
        QString id;
        connect(client.get(), &Client::progressReceived, this, [&](const ProgressEvent &e) {
            if (!sessions.isEmpty() && e.promptId == id)
                ++progressAfterRepair;
        });
        id = submit(progressWorkflow(120, 77, 15)); // 120 x 15 ms: runs well past the repair
        QVERIFY(!id.isEmpty());
        QVERIFY(sessions.wait(5000));
        QVERIFY(sessions.at(0).at(1).toBool());
        QVERIFY(client->lastError().message.contains(u"registration"_s));
        QVERIFY(sim->connectedSids().contains(u"shared-id"_s));
        // The repaired registration hears the rest of the run, and the job completes.
        QTRY_VERIFY_WITH_TIMEOUT(!jobFinished.isEmpty(), 10000);
        const Job j = jobFinished.at(0).at(0).value<Job>();
        QCOMPARE(j.promptId, id);
        QCOMPARE(j.state, Job::State::Succeeded);
        QVERIFY(j.outputsConfirmed);
        QCOMPARE(j.outputs.size(), 1);
        QVERIFY(progressAfterRepair > 0);
        bool liveEnd = false;
        for (const auto &args : finishedSpy)
            liveEnd |= args.at(0).toString() == id;
        QVERIFY(liveEnd);             // executing{node:null} came live, not only via /history
        QCOMPARE(sessions.size(), 1); // one repair, no reconnect loop
    }

    // 9 ------------------------------------------------------------------------------------
    void throughAnHttpProxy()
    {
        TinyProxy proxy;
        QVERIFY(proxy.listen());
        client->setProxy(QNetworkProxy(QNetworkProxy::HttpProxy, u"127.0.0.1"_s, proxy.port()));
        QCOMPARE(client->proxy().port(), proxy.port());
        QSignalSpy status(client.get(), &Client::statusReceived);
        connectClient();
        QVERIFY(!status.isEmpty());
        const QByteArray target = "127.0.0.1:" + QByteArray::number(sim->port());
        QVERIFY2(proxy.requestLines.contains("CONNECT " + target + " HTTP/1.1"),
                 proxy.requestLines.join(" | ").constData());

        QueueReply *q = waitFinished(client->fetchQueue());
        QVERIFY2(q->isOk(), qPrintable(q->errorString()));
        bool sawQueue = false;
        for (const QByteArray &l : std::as_const(proxy.requestLines))
            sawQueue |= l.startsWith(QByteArray("GET http://" + target + "/queue "));
        QVERIFY2(sawQueue, proxy.requestLines.join(" | ").constData());
        bool serverSawQueue = false;
        for (const auto &r : sim->httpRequests())
            serverSawQueue |= r.path == "/queue"_L1;
        QVERIFY(serverSawQueue);

        // Events flow through the tunnel: a job submitted via the proxy completes.
        const QString id = submit(quickWorkflow(99));
        QVERIFY(!id.isEmpty());
        QSignalSpy jobFinished(tracker.get(), &JobTracker::jobFinished);
        QTRY_VERIFY_WITH_TIMEOUT(
            !jobFinished.isEmpty() || (tracker->job(id) && tracker->job(id)->isFinished()), 5000);
        QCOMPARE(tracker->job(id)->state, Job::State::Succeeded);
        bool sawPost = false;
        for (const QByteArray &l : std::as_const(proxy.requestLines))
            sawPost |= l.startsWith(QByteArray("POST http://" + target + "/prompt "));
        QVERIFY(sawPost);
    }
};

QTEST_GUILESS_MAIN(TestFaults)
#include "tst_faults.moc"
