// SPDX-License-Identifier: MIT
#include <comfyscope/serverendpoint.h>

#include <QtNetwork/QNetworkRequest>
#include <QtTest/QTest>

using namespace ComfyScope;
using namespace Qt::StringLiterals;

class TestServerEndpoint : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parse_data();
    void parse();
    void prefixAppliesToRestAndSocket();
    void authHeaders();
    void queryToken();
    void secretsStayOutOfDisplay();
    void invalid();
};

void TestServerEndpoint::parse_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("base");
    QTest::newRow("host") << u"gpu1"_s << u"http://gpu1"_s;
    QTest::newRow("host:port") << u"127.0.0.1:8188"_s << u"http://127.0.0.1:8188"_s;
    QTest::newRow("https") << u"https://comfy.example.org"_s << u"https://comfy.example.org"_s;
    QTest::newRow("ws") << u"ws://10.0.0.2:8188/ws"_s << u"http://10.0.0.2:8188"_s;
    QTest::newRow("wss prefix") << u"wss://h/comfy/ws?clientId=x"_s << u"https://h/comfy"_s;
    QTest::newRow("api ws") << u"ws://h:1/api/ws"_s << u"http://h:1"_s;
    QTest::newRow("prefix slash") << u"http://h/a/b/"_s << u"http://h/a/b"_s;
    QTest::newRow("ipv6") << u"http://[::1]:8188"_s << u"http://[::1]:8188"_s;
}

void TestServerEndpoint::parse()
{
    QFETCH(QString, input);
    QFETCH(QString, base);
    const ServerEndpoint e = ServerEndpoint::fromString(input);
    QVERIFY(e.isValid());
    QCOMPARE(e.baseUrl().toString(), base);
}

void TestServerEndpoint::prefixAppliesToRestAndSocket()
{
    const ServerEndpoint e = ServerEndpoint::fromString(u"https://proxy.lan/gpu3"_s);
    QCOMPARE(e.httpUrl(u"/prompt"_s).toString(), u"https://proxy.lan/gpu3/prompt"_s);
    QCOMPARE(e.webSocketUrl(u"/ws"_s, u"abc"_s).toString(),
             u"wss://proxy.lan/gpu3/ws?clientId=abc"_s);
    QCOMPARE(e.webSocketUrl(u"/comfyui-deploy/ws"_s, u"a b"_s).toString(QUrl::FullyEncoded),
             u"wss://proxy.lan/gpu3/comfyui-deploy/ws?clientId=a%20b"_s);
}

void TestServerEndpoint::authHeaders()
{
    ServerEndpoint e = ServerEndpoint::fromString(u"h:1"_s);
    e.setBearerToken(u"tok"_s);
    e.setUser(u"alice_1"_s);
    e.addExtraHeader("X-Api-Key", "k");
    QNetworkRequest r = e.request(e.httpUrl(u"/queue"_s));
    QCOMPARE(r.rawHeader("Authorization"), QByteArray("Bearer tok"));
    QCOMPARE(r.rawHeader("Comfy-User"), QByteArray("alice_1"));
    QCOMPARE(r.rawHeader("X-Api-Key"), QByteArray("k"));
    QVERIFY(!r.hasRawHeader("Origin"));
    e.setBasicAuth(u"bob"_s, u"pw:1"_s);
    r = e.request(e.httpUrl(u"/queue"_s));
    QCOMPARE(r.rawHeader("Authorization"), "Basic " + QByteArray("bob:pw:1").toBase64());
    const ServerEndpoint fromUrl = ServerEndpoint::fromString(u"http://u:p@h:1/x"_s);
    QCOMPARE(fromUrl.authMethod(), ServerEndpoint::AuthMethod::Basic);
    QVERIFY(!fromUrl.baseUrl().toString().contains(u"p@"_s));
}

void TestServerEndpoint::queryToken()
{
    ServerEndpoint e = ServerEndpoint::fromString(u"http://h:1/p?token=s%26cret"_s);
    QCOMPARE(e.queryToken(), u"s&cret"_s);
    const QUrl view = e.httpUrl(u"/view"_s, QUrlQuery{{u"filename"_s, u"a.png"_s}});
    QCOMPARE(QUrlQuery(view).queryItemValue(u"token"_s, QUrl::FullyDecoded), u"s&cret"_s);
    const QUrl ws = e.webSocketUrl(u"/ws"_s, u"id"_s);
    QCOMPARE(QUrlQuery(ws).queryItemValue(u"token"_s, QUrl::FullyDecoded), u"s&cret"_s);
    QCOMPARE(QUrlQuery(ws).queryItemValue(u"clientId"_s), u"id"_s);
}

void TestServerEndpoint::secretsStayOutOfDisplay()
{
    ServerEndpoint e = ServerEndpoint::fromString(u"http://u:pw@h:1/x?token=zzz"_s);
    QVERIFY(!e.displayString().contains(u"pw"_s));
    QVERIFY(!e.displayString().contains(u"zzz"_s));
}

void TestServerEndpoint::invalid()
{
    QString err;
    QVERIFY(!ServerEndpoint::fromString(u""_s, &err).isValid());
    QVERIFY(!err.isEmpty());
    QVERIFY(!ServerEndpoint::fromString(u"ftp://h"_s, &err).isValid());
    QVERIFY(err.contains(u"ftp"_s));
    QVERIFY(!ServerEndpoint::fromString(u"http://"_s).isValid());
}

QTEST_GUILESS_MAIN(TestServerEndpoint)
#include "tst_serverendpoint.moc"
