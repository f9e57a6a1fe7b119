// SPDX-License-Identifier: MIT
// TLS: a self-signed server is refused by default and trusted only when its SHA-256 is pinned.
#include <comfyscope/client.h>

#include <QtCore/QFile>
#include <QtNetwork/QSslCertificate>
#include <QtNetwork/QSslConfiguration>
#include <QtNetwork/QSslKey>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>
#include <QtWebSockets/QWebSocket>
#include <QtWebSockets/QWebSocketServer>

using namespace ComfyScope;
using namespace Qt::StringLiterals;

class TestTls : public QObject
{
    Q_OBJECT
    QWebSocketServer *server = nullptr;
    QSslCertificate cert;

private Q_SLOTS:
    void init()
    {
        QFile c(QStringLiteral(COMFYSCOPE_TEST_DATA "/selfsigned.crt"));
        QFile k(QStringLiteral(COMFYSCOPE_TEST_DATA "/selfsigned.key"));
        QVERIFY(c.open(QIODevice::ReadOnly) && k.open(QIODevice::ReadOnly));
        cert = QSslCertificate(&c, QSsl::Pem);
        QSslConfiguration conf = QSslConfiguration::defaultConfiguration();
        conf.setLocalCertificate(cert);
        conf.setPrivateKey(QSslKey(&k, QSsl::Rsa, QSsl::Pem));
        conf.setPeerVerifyMode(QSslSocket::VerifyNone);
        server = new QWebSocketServer(u"tls"_s, QWebSocketServer::SecureMode, this);
        server->setSslConfiguration(conf);
        QVERIFY(server->listen(QHostAddress::LocalHost, 0));
        connect(server, &QWebSocketServer::newConnection, this, [this] {
            QWebSocket *s = server->nextPendingConnection();
            s->sendTextMessage(
                uR"({"type":"status","data":{"status":{"exec_info":{"queue_remaining":0}},"sid":"x"}})"_s);
        });
    }
    void cleanup() { delete server; }

    void selfSignedIsRefusedByDefault()
    {
        Client client;
        client.setEndpoint(
            ServerEndpoint::fromString(u"wss://127.0.0.1:%1"_s.arg(server->serverPort())));
        client.setReconnectDelays(50, 100);
        QSignalSpy rejected(&client, &Client::certificateRejected);
        QSignalSpy session(&client, &Client::sessionStarted);
        client.open();
        QVERIFY(rejected.wait(5000));
        QCOMPARE(rejected.at(0).at(0).toByteArray(),
                 cert.digest(QCryptographicHash::Sha256).toHex());
        QVERIFY(!rejected.at(0).at(1).toStringList().isEmpty());
        QTest::qWait(200);
        QCOMPARE(session.size(), 0);
        QVERIFY(client.lastError().message.contains(u"SHA-256"_s));
    }

    void pinnedFingerprintIsTrusted()
    {
        Client client;
        ServerEndpoint e = ServerEndpoint::fromString(
            u"wss://127.0.0.1:%1"_s.arg(server->serverPort()));
        // Colons and upper case, the way browsers show fingerprints.
        QByteArray pretty = cert.digest(QCryptographicHash::Sha256).toHex(':').toUpper();
        e.setPinnedCertificateSha256(pretty);
        client.setEndpoint(e);
        QSignalSpy session(&client, &Client::sessionStarted);
        client.open();
        QVERIFY(session.wait(5000));
        QCOMPARE(client.state(), Client::State::Connected);
    }

    void wrongPinIsRefused()
    {
        Client client;
        ServerEndpoint e = ServerEndpoint::fromString(
            u"wss://127.0.0.1:%1"_s.arg(server->serverPort()));
        e.setPinnedCertificateSha256(QByteArray(64, 'a'));
        client.setEndpoint(e);
        QSignalSpy rejected(&client, &Client::certificateRejected);
        QSignalSpy session(&client, &Client::sessionStarted);
        client.open();
        QVERIFY(rejected.wait(5000));
        QCOMPARE(session.size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestTls)
#include "tst_tls.moc"
