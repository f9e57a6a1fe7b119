// SPDX-License-Identifier: MIT
#pragma once
// A loopback HTTP/1.1 server that answers recorded responses (from the real captures) by
// "METHOD path?query", falling back to "METHOD path". Test helper only.

#include <QtCore/QHash>
#include <QtCore/QTimer>
#include <QtNetwork/QTcpServer>
#include <QtNetwork/QTcpSocket>

struct CannedResponse
{
    int status = 200;
    QByteArray contentType = "application/json; charset=utf-8";
    QByteArray body;
    int delayMs = 0;
};

class CannedHttpServer : public QTcpServer
{
public:
    QHash<QByteArray, CannedResponse> responses;
    QList<QByteArray> requests; // request lines seen

    explicit CannedHttpServer(QObject *parent = nullptr)
        : QTcpServer(parent)
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = nextPendingConnection()) {
                connect(s, &QTcpSocket::readyRead, s, [this, s] { serve(s); });
                connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
            }
        });
        listen(QHostAddress::LocalHost, 0);
    }

    QString url() const { return QStringLiteral("http://127.0.0.1:%1").arg(serverPort()); }

private:
    void serve(QTcpSocket *s)
    {
        const QByteArray data = s->peek(1 << 20);
        const qsizetype end = data.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        qsizetype length = 0;
        for (const QByteArray &line : data.left(end).split('\n'))
            if (line.toLower().startsWith("content-length:"))
                length = line.mid(15).trimmed().toLongLong();
        if (data.size() < end + 4 + length)
            return;
        s->read(end + 4 + length);
        const QByteArray requestLine = data.left(data.indexOf("\r\n"));
        const QList<QByteArray> parts = requestLine.split(' ');
        const QByteArray method = parts.value(0);
        QByteArray target = parts.value(1);
        requests << method + ' ' + target;
        CannedResponse r;
        if (responses.contains(method + ' ' + target))
            r = responses.value(method + ' ' + target);
        else if (responses.contains(method + ' ' + target.left(target.indexOf('?'))))
            r = responses.value(method + ' ' + target.left(target.indexOf('?')));
        else
            r = {404, "text/plain; charset=utf-8", "404: Not Found", 0};
        QByteArray reply = "HTTP/1.1 " + QByteArray::number(r.status)
                           + " X\r\nContent-Type: " + r.contentType
                           + "\r\nContent-Length: " + QByteArray::number(r.body.size())
                           + "\r\nConnection: close\r\n\r\n" + r.body;
        if (r.delayMs <= 0) {
            s->write(reply);
            s->disconnectFromHost();
        } else {
            QTimer::singleShot(r.delayMs, s, [s, reply] {
                s->write(reply);
                s->disconnectFromHost();
            });
        }
    }
};
