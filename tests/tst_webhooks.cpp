// SPDX-License-Identifier: MIT
// WebhookSender against a local receiver (QTcpServer on 127.0.0.1:0): each body format, retries
// with backoff, a dead and a silent receiver, the bounded queue, no secrets in the logs.
#include <comfyscope/fleet/alertengine.h>
#include <comfyscope/fleet/webhook.h>
#include <comfyscope/jobtracker.h>

#include <QtCore/QElapsedTimer>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtNetwork/QTcpServer>
#include <QtNetwork/QTcpSocket>
#include <QtTest/QtTest>

using namespace Qt::StringLiterals;
using namespace ComfyScope;

namespace {

/// Records every request; answers with the next status of `statuses` (then 200), or never
/// answers when `silent`.
class Receiver : public QObject
{
public:
    struct Request
    {
        QByteArray method, path;
        QHash<QByteArray, QByteArray> headers;
        QByteArray body;
        QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    };
    QList<Request> requests;
    QList<int> statuses;
    bool silent = false;

    Receiver()
    {
        QVERIFY(m_server.listen(QHostAddress::LocalHost, 0));
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = m_server.nextPendingConnection()) {
                connect(s, &QTcpSocket::readyRead, this, [this, s] { onData(s); });
                connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
            }
        });
    }
    quint16 port() const { return m_server.serverPort(); }
    QUrl url(const QString &path) const
    {
        return QUrl(u"http://127.0.0.1:%1%2"_s.arg(port()).arg(path));
    }

private:
    void onData(QTcpSocket *s)
    {
        QByteArray buf = s->property("buf").toByteArray() + s->readAll();
        s->setProperty("buf", buf);
        const qsizetype end = buf.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        Request r;
        const QList<QByteArray> lines = buf.left(end).split('\n');
        const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
        r.method = first.value(0);
        r.path = first.value(1);
        for (int i = 1; i < lines.size(); ++i) {
            const qsizetype c = lines.at(i).indexOf(':');
            if (c > 0)
                r.headers.insert(lines.at(i).left(c).trimmed().toLower(),
                                 lines.at(i).mid(c + 1).trimmed());
        }
        const int len = r.headers.value("content-length").toInt();
        if (buf.size() < end + 4 + len)
            return;
        r.body = buf.mid(end + 4, len);
        s->setProperty("buf", QByteArray());
        requests.append(r);
        if (silent)
            return;
        const int status = statuses.isEmpty() ? 200 : statuses.takeFirst();
        s->write("HTTP/1.1 " + QByteArray::number(status)
                 + " X\r\nContent-Length: 2\r\nConnection: close\r\n\r\nok");
        s->disconnectFromHost();
    }
    QTcpServer m_server;
};

Alert sampleAlert(AlertRules::Rule rule = AlertRules::ServerDown)
{
    Alert a;
    a.id = 7;
    a.serverKey = u"k1"_s;
    a.serverName = u"gpu-01"_s;
    a.rule = rule;
    a.message = u"Unreachable for more than 30 s: Connection refused"_s;
    a.raisedAt = QDateTime::currentDateTimeUtc();
    return a;
}

QStringList g_logged; // everything qDebug/qWarning printed while a test ran
void captureMessages(QtMsgType, const QMessageLogContext &, const QString &msg)
{
    g_logged << msg;
}

} // namespace

class tst_Webhooks : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void formats_data();
    void formats();
    void jobBody();
    void retriesWithBackoff();
    void permanentErrorIsNotRetried();
    void deadReceiverDoesNotBlock();
    void silentReceiverTimesOutAndOthersStillDeliver();
    void boundedQueue();
    void noSecretsInLogs();
    void badUrlsRefused();
};

void tst_Webhooks::formats_data()
{
    QTest::addColumn<QString>("format");
    QTest::newRow("generic") << u"generic"_s;
    QTest::newRow("slack") << u"slack"_s;
    QTest::newRow("discord") << u"discord"_s;
    QTest::newRow("ntfy") << u"ntfy"_s;
}

void tst_Webhooks::formats()
{
    QFETCH(QString, format);
    Receiver rx;
    WebhookSender w;
    const auto f = WebhookSender::parseFormat(format);
    QVERIFY(f);
    QCOMPARE(w.addTarget(rx.url(u"/hook/alerts"_s), *f), 0);
    Alert a = sampleAlert();
    w.sendAlert(a, false);
    a.resolvedAt = a.raisedAt.addSecs(40);
    w.sendAlert(a, true);
    QTRY_COMPARE(rx.requests.size(), 2);
    for (const auto &r : std::as_const(rx.requests)) {
        QCOMPARE(r.method, QByteArray("POST"));
        QVERIFY(r.headers.value("content-type").startsWith("application/json"));
        QVERIFY2(!r.json().isEmpty(), r.body.constData());
    }
    const QJsonObject raised = rx.requests.at(0).json();
    const QJsonObject resolved = rx.requests.at(1).json();
    if (*f == WebhookSender::Format::Generic) {
        QCOMPARE(rx.requests.at(0).path, QByteArray("/hook/alerts"));
        QCOMPARE(raised.value("source"_L1).toString(), u"comfyscope"_s);
        QCOMPARE(raised.value("kind"_L1).toString(), u"alert"_s);
        QCOMPARE(raised.value("event"_L1).toString(), u"raised"_s);
        const QJsonObject al = raised.value("alert"_L1).toObject();
        QCOMPARE(al.value("rule"_L1).toString(), u"server_down"_s);
        QCOMPARE(al.value("server"_L1).toString(), u"gpu-01"_s);
        QCOMPARE(al.value("message"_L1).toString(), a.message);
        QCOMPARE(al.value("id"_L1).toInt(), 7);
        QVERIFY(al.value("condition"_L1).toBool());
        QVERIFY(!al.contains("resolved_at"_L1));
        QCOMPARE(resolved.value("event"_L1).toString(), u"resolved"_s);
        QVERIFY(
            !resolved.value("alert"_L1).toObject().value("resolved_at"_L1).toString().isEmpty());
    } else if (*f == WebhookSender::Format::Slack) {
        QCOMPARE(raised.keys(), QStringList{u"text"_s});
        QVERIFY(raised.value("text"_L1).toString().contains(u"gpu-01"_s));
        QVERIFY(raised.value("text"_L1).toString().contains(a.message));
        QVERIFY(resolved.value("text"_L1).toString().contains(u"Resolved"_s));
    } else if (*f == WebhookSender::Format::Discord) {
        QCOMPARE(raised.value("username"_L1).toString(), u"ComfyScope"_s);
        QVERIFY(raised.value("content"_L1).toString().contains(a.message));
        QVERIFY(raised.value("content"_L1).toString().size() <= 2000);
    } else {
        // ntfy JSON publishing: to the root, the topic in the body.
        QCOMPARE(rx.requests.at(0).path, QByteArray("/hook/"));
        QCOMPARE(raised.value("topic"_L1).toString(), u"alerts"_s);
        QVERIFY(raised.value("title"_L1).toString().contains(u"gpu-01"_s));
        QCOMPARE(raised.value("message"_L1).toString(), a.message);
        QCOMPARE(raised.value("priority"_L1).toInt(), 5);
        QVERIFY(raised.value("tags"_L1).toArray().contains(u"server_down"_s));
        QCOMPARE(resolved.value("priority"_L1).toInt(), 3);
    }
    QTRY_COMPARE(w.stats(0).delivered, quint64(2));
    QVERIFY(w.stats(0).healthy);
}

void tst_Webhooks::jobBody()
{
    Receiver rx;
    WebhookSender w;
    w.addTarget(rx.url(u"/"_s), WebhookSender::Format::Generic);
    Job j;
    j.promptId = u"1a2b3c4d-0000-0000-0000-000000000000"_s;
    j.state = Job::State::Succeeded;
    j.startedAt = QDateTime::currentDateTimeUtc().addSecs(-12);
    j.finishedAt = j.startedAt.addMSecs(11500);
    j.name = u"portrait.json"_s;
    w.sendJob(u"gpu-02"_s, j);
    QTRY_COMPARE(rx.requests.size(), 1);
    const QJsonObject o = rx.requests.at(0).json();
    QCOMPARE(o.value("kind"_L1).toString(), u"job"_s);
    const QJsonObject job = o.value("job"_L1).toObject();
    QCOMPARE(job.value("server"_L1).toString(), u"gpu-02"_s);
    QCOMPARE(job.value("prompt_id"_L1).toString(), j.promptId);
    QCOMPARE(job.value("state"_L1).toString(), u"succeeded"_s);
    QCOMPARE(job.value("name"_L1).toString(), u"portrait.json"_s);
    QCOMPARE(job.value("duration_s"_L1).toDouble(), 11.5);
}

void tst_Webhooks::retriesWithBackoff()
{
    Receiver rx;
    rx.statuses = {500, 503};
    WebhookSender w;
    w.setRetryDelay(50);
    w.addTarget(rx.url(u"/h"_s), WebhookSender::Format::Generic);
    QStringList log;
    connect(&w, &WebhookSender::logMessage, this,
            [&](WebhookSender::Level, const QString &t) { log << t; });
    QElapsedTimer t;
    t.start();
    w.sendAlert(sampleAlert(), false);
    QTRY_COMPARE(w.stats(0).delivered, quint64(1));
    // Backoff: 50 ms, then 100 ms before the third attempt.
    QVERIFY2(t.elapsed() >= 140, QByteArray::number(t.elapsed()));
    QCOMPARE(rx.requests.size(), 3);
    QCOMPARE(rx.requests.at(0).body, rx.requests.at(2).body); // the same message again
    QCOMPARE(w.stats(0).failedAttempts, quint64(2));
    QCOMPARE(w.stats(0).dropped, quint64(0));
    QVERIFY(w.stats(0).healthy);
    QCOMPARE(log.size(), 2); // failing, then delivering again — not one line per attempt
    QVERIFY(log.at(0).contains(u"HTTP 500"_s));
    QVERIFY(w.metrics().contains(
        "comfyscope_webhook_deliveries_total{webhook=\"1\",host=\"127.0.0.1\"} 1"));
    QVERIFY(w.metrics().contains(
        "comfyscope_webhook_failed_attempts_total{webhook=\"1\",host=\"127.0.0.1\"} 2"));
}

void tst_Webhooks::permanentErrorIsNotRetried()
{
    Receiver rx;
    rx.statuses = {404};
    WebhookSender w;
    w.setRetryDelay(10);
    w.addTarget(rx.url(u"/gone"_s), WebhookSender::Format::Slack);
    w.sendAlert(sampleAlert(), false);
    QTRY_COMPARE(w.stats(0).dropped, quint64(1));
    QTest::qWait(100);
    QCOMPARE(rx.requests.size(), 1);
}

void tst_Webhooks::deadReceiverDoesNotBlock()
{
    quint16 deadPort = 0;
    {
        QTcpServer s;
        QVERIFY(s.listen(QHostAddress::LocalHost, 0));
        deadPort = s.serverPort();
    } // closed: connections are refused
    WebhookSender w;
    w.setMaxAttempts(3);
    w.setRetryDelay(20);
    QCOMPARE(
        w.addTarget(QUrl(u"http://127.0.0.1:%1/x"_s.arg(deadPort)), WebhookSender::Format::Generic),
        0);
    QList<WebhookSender::Level> levels;
    connect(&w, &WebhookSender::logMessage, this,
            [&](WebhookSender::Level l, const QString &) { levels << l; });
    int ticks = 0;
    QTimer ticker;
    connect(&ticker, &QTimer::timeout, this, [&] { ++ticks; });
    ticker.start(10);
    QElapsedTimer t;
    t.start();
    for (int i = 0; i < 3; ++i)
        w.sendAlert(sampleAlert(), false);
    QVERIFY2(t.elapsed() < 50, "post() must only enqueue");
    QTRY_COMPARE(w.stats(0).dropped, quint64(3));
    QVERIFY(ticks > 3); // the event loop kept running meanwhile
    QCOMPARE(w.stats(0).failedAttempts, quint64(9));
    QVERIFY(!w.stats(0).healthy);
    QCOMPARE(w.pending(), 0);
    QVERIFY(levels.contains(WebhookSender::Level::Warning));
    QCOMPARE(levels.count(WebhookSender::Level::Error), 3); // one per dropped message
    const QByteArray m = w.metrics();
    QVERIFY(m.contains("comfyscope_webhook_up{webhook=\"1\",host=\"127.0.0.1\"} 0"));
    QVERIFY(m.contains("comfyscope_webhook_dropped_total{webhook=\"1\",host=\"127.0.0.1\"} 3"));
}

void tst_Webhooks::silentReceiverTimesOutAndOthersStillDeliver()
{
    Receiver silent;
    silent.silent = true;
    Receiver good;
    WebhookSender w;
    w.setTimeout(300);
    w.setMaxAttempts(2);
    w.setRetryDelay(10);
    w.addTarget(silent.url(u"/"_s), WebhookSender::Format::Generic);
    w.addTarget(good.url(u"/"_s), WebhookSender::Format::Generic);
    QElapsedTimer t;
    t.start();
    w.sendAlert(sampleAlert(), false);
    w.sendAlert(sampleAlert(AlertRules::Stall), false);
    QTRY_COMPARE(good.requests.size(), 2);
    QVERIFY2(t.elapsed() < 250, "a silent receiver must not delay the others");
    QTRY_COMPARE(w.stats(0).dropped, quint64(2));
    QCOMPARE(w.stats(0).lastError, u"OperationCanceledError"_s); // the transfer timeout
}

void tst_Webhooks::boundedQueue()
{
    Receiver silent;
    silent.silent = true;
    WebhookSender w;
    w.setQueueLimit(5);
    w.setTimeout(5000);
    w.addTarget(silent.url(u"/"_s), WebhookSender::Format::Generic);
    int errors = 0;
    connect(&w, &WebhookSender::logMessage, this, [&](WebhookSender::Level l, const QString &) {
        errors += l == WebhookSender::Level::Error;
    });
    for (int i = 0; i < 20; ++i)
        w.sendAlert(sampleAlert(), false);
    QCOMPARE(w.stats(0).queued, 5);
    QCOMPARE(w.stats(0).overflow, quint64(15));
    QCOMPARE(errors, 1); // reported once, not 15 times
    QVERIFY(w.metrics().contains(
        "comfyscope_webhook_queue_messages{webhook=\"1\",host=\"127.0.0.1\"} 5"));
}

void tst_Webhooks::noSecretsInLogs()
{
    const QString secret = u"s3cr3t-T0KEN-98765"_s;
    Receiver rx;
    rx.statuses = {500, 500, 500};
    quint16 deadPort = 0;
    {
        QTcpServer s;
        QVERIFY(s.listen(QHostAddress::LocalHost, 0));
        deadPort = s.serverPort();
    }
    g_logged.clear();
    const auto old = qInstallMessageHandler(captureMessages);
    QStringList log;
    {
        WebhookSender w;
        w.setMaxAttempts(2);
        w.setRetryDelay(10);
        connect(&w, &WebhookSender::logMessage, this,
                [&](WebhookSender::Level, const QString &t) { log << t; });
        w.addTarget(rx.url(u"/services/%1?token=%1"_s.arg(secret)), WebhookSender::Format::Slack);
        w.addTarget(QUrl(u"http://user:%1@127.0.0.1:%2/hook/%1"_s.arg(secret).arg(deadPort)),
                    WebhookSender::Format::Ntfy);
        w.sendAlert(sampleAlert(), false);
        QTRY_COMPARE(w.stats(0).dropped + w.stats(1).dropped, quint64(2));
        log << w.targetName(0) << w.targetName(1) << QString::fromUtf8(w.metrics());
        QVERIFY(rx.requests.first().path.contains(secret.toUtf8())); // it was really used
    }
    qInstallMessageHandler(old);
    QVERIFY(!log.isEmpty());
    for (const QString &l : std::as_const(log) + g_logged)
        QVERIFY2(!l.contains(secret), qPrintable(l));
    QVERIFY(log.join(u'\n').contains(u"http://127.0.0.1:%1/…"_s.arg(rx.port())));
}

void tst_Webhooks::badUrlsRefused()
{
    WebhookSender w;
    QString e;
    QCOMPARE(
        w.addTarget(QUrl(u"ftp://example.org/secret-path"_s), WebhookSender::Format::Generic, &e),
        -1);
    QVERIFY(!e.isEmpty());
    QVERIFY(!e.contains(u"secret-path"_s));
    QCOMPARE(w.addTarget(QUrl(u"not a url"_s), WebhookSender::Format::Generic, &e), -1);
    QVERIFY(!WebhookSender::parseFormat(u"teams"_s));
    QCOMPARE(w.targetCount(), 0);
}

QTEST_GUILESS_MAIN(tst_Webhooks)
#include "tst_webhooks.moc"
