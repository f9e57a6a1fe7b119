// SPDX-License-Identifier: MIT
// Minimal HTTP/1.1 server side: request parsing (Content-Length and chunked bodies, keep-alive,
// Expect: 100-continue) and aiohttp-like responses.
#include "simulator_p.h"

#include <QtCore/QDateTime>
#include <QtCore/QLocale>
#include <QtCore/QUrl>

using namespace Qt::StringLiterals;

namespace ComfyScope::Sim {

namespace {
constexpr qsizetype maxHeadSize = 64 * 1024;

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 100:
        return "Continue";
    case 200:
        return "OK";
    case 204:
        return "No Content";
    case 206:
        return "Partial Content";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 409:
        return "Conflict";
    case 413:
        return "Request Entity Too Large";
    case 416:
        return "Range Not Satisfiable";
    case 500:
        return "Internal Server Error";
    default:
        return "Unknown";
    }
}

QByteArray httpDate()
{
    return QLocale::c()
        .toString(QDateTime::currentDateTimeUtc(), u"ddd, dd MMM yyyy hh:mm:ss 'GMT'"_s)
        .toLatin1();
}
} // namespace

QString percentDecodeQueryValue(const QByteArray &encoded)
{
    QByteArray e = encoded;
    e.replace('+', ' ');
    return QUrl::fromPercentEncoding(e);
}

QUrlQuery parseQueryString(const QByteArray &raw)
{
    // Decode ourselves ("+" means space for aiohttp/yarl) and store decoded pairs.
    QUrlQuery q;
    QList<QPair<QString, QString>> items;
    const QList<QByteArray> parts = raw.split('&');
    for (const QByteArray &part : parts) {
        if (part.isEmpty())
            continue;
        const qsizetype eq = part.indexOf('=');
        const QByteArray k = eq < 0 ? part : part.left(eq);
        const QByteArray v = eq < 0 ? QByteArray() : part.mid(eq + 1);
        items.append({percentDecodeQueryValue(k), percentDecodeQueryValue(v)});
    }
    // QUrlQuery treats '&', '=' and '+' in setQueryItems values specially; encode them.
    for (auto &it : items) {
        it.first.replace(u'%', u"%25"_s)
            .replace(u'&', u"%26"_s)
            .replace(u'=', u"%3D"_s)
            .replace(u'+', u"%2B"_s)
            .replace(u'#', u"%23"_s);
        it.second.replace(u'%', u"%25"_s)
            .replace(u'&', u"%26"_s)
            .replace(u'+', u"%2B"_s)
            .replace(u'#', u"%23"_s);
    }
    q.setQueryItems(items);
    return q;
}

QByteArray HttpRequest::header(const QByteArray &name) const
{
    for (const auto &h : headers)
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    return QByteArray();
}

bool HttpRequest::hasHeader(const QByteArray &name) const
{
    for (const auto &h : headers)
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

QString HttpRequest::queryValue(const QString &key) const
{
    return query.queryItemValue(key, QUrl::FullyDecoded);
}

bool HttpRequest::hasQuery(const QString &key) const
{
    return query.hasQueryItem(key);
}

HttpResponse HttpResponse::json(const JVal &v, int status)
{
    HttpResponse r;
    r.status = status;
    r.contentType = QByteArrayLiteral("application/json; charset=utf-8");
    r.body = v.dump();
    return r;
}

HttpResponse HttpResponse::empty(int status)
{
    HttpResponse r;
    r.status = status;
    return r;
}

HttpResponse HttpResponse::text(int status, const QByteArray &text)
{
    HttpResponse r;
    r.status = status;
    r.contentType = QByteArrayLiteral("text/plain; charset=utf-8");
    r.body = text;
    return r;
}

HttpResponse HttpResponse::aiohttpError(int status)
{
    return text(status, QByteArray::number(status) + ": " + reasonPhrase(status));
}

HttpResponse HttpResponse::serverError()
{
    return text(500, "500 Internal Server Error\n\nServer got itself in trouble");
}

HttpConnection::HttpConnection(QTcpSocket *socket, Handlers handlers, QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_handlers(std::move(handlers))
{
    socket->setParent(this);
    connect(socket, &QTcpSocket::readyRead, this, [this] { processInput(); });
    connect(socket, &QTcpSocket::disconnected, this, [this] {
        m_state = State::Done;
        deleteLater();
    });
    scheduleProcess();
}

HttpConnection::~HttpConnection() = default;

void HttpConnection::abort()
{
    m_state = State::Done;
    if (m_socket)
        m_socket->abort();
    deleteLater();
}

void HttpConnection::scheduleProcess()
{
    if (m_processScheduled)
        return;
    m_processScheduled = true;
    QTimer::singleShot(0, this, [this] {
        m_processScheduled = false;
        processInput();
    });
}

void HttpConnection::failAndClose(int status)
{
    HttpResponse r = HttpResponse::aiohttpError(status);
    r.close = true;
    m_state = State::Done;
    respond(HttpRequest(), r);
}

bool HttpConnection::decodeChunked()
{
    // Decodes as much of m_chunkBuffer as is complete; returns true when the last chunk was seen.
    while (true) {
        const qsizetype lineEnd = m_chunkBuffer.indexOf("\r\n");
        if (lineEnd < 0)
            return false;
        QByteArray sizeLine = m_chunkBuffer.left(lineEnd);
        const qsizetype semi = sizeLine.indexOf(';');
        if (semi >= 0)
            sizeLine.truncate(semi);
        bool ok = false;
        const qint64 size = sizeLine.trimmed().toLongLong(&ok, 16);
        if (!ok || size < 0) {
            failAndClose(400);
            return false;
        }
        if (size == 0) {
            const qsizetype trailerEnd = m_chunkBuffer.indexOf("\r\n\r\n", lineEnd);
            if (trailerEnd < 0 && m_chunkBuffer.size() < lineEnd + 4)
                return false;
            m_chunkBuffer.clear();
            return true;
        }
        if (m_chunkBuffer.size() < lineEnd + 2 + size + 2)
            return false;
        m_current.body += m_chunkBuffer.mid(lineEnd + 2, size);
        m_chunkBuffer.remove(0, lineEnd + 2 + size + 2);
        if (m_current.body.size() > m_handlers.maxBodySize()) {
            failAndClose(413);
            return false;
        }
    }
}

void HttpConnection::processInput()
{
    while (!m_busy && m_state != State::Done && m_socket
           && m_socket->state() == QAbstractSocket::ConnectedState) {
        if (m_state == State::Head) {
            const qint64 avail = m_socket->bytesAvailable();
            if (avail <= 0)
                return;
            const QByteArray peeked = m_socket->peek(qMin<qint64>(avail, maxHeadSize + 4));
            // Tolerate stray CRLFs between requests (RFC 9112 2.2).
            if (peeked.startsWith("\r\n")) {
                m_socket->read(2);
                continue;
            }
            const qsizetype end = peeked.indexOf("\r\n\r\n");
            if (end < 0) {
                if (peeked.size() > maxHeadSize)
                    failAndClose(400);
                return;
            }
            const QByteArray head = peeked.left(end);
            QList<QByteArray> lines = head.split('\n');
            for (QByteArray &l : lines)
                if (l.endsWith('\r'))
                    l.chop(1);
            HttpRequest req;
            const QList<QByteArray> requestLine = lines.value(0).split(' ');
            if (requestLine.size() != 3 || requestLine.at(0).isEmpty()
                || !requestLine.at(2).startsWith("HTTP/1.")) {
                m_socket->read(end + 4);
                failAndClose(400);
                return;
            }
            req.method = requestLine.at(0);
            req.target = requestLine.at(1);
            req.version = requestLine.at(2);
            bool badHeader = false;
            for (int i = 1; i < lines.size(); ++i) {
                const QByteArray &l = lines.at(i);
                const qsizetype colon = l.indexOf(':');
                if (colon <= 0) {
                    badHeader = true;
                    break;
                }
                req.headers.append({l.left(colon).trimmed(), l.mid(colon + 1).trimmed()});
            }
            QByteArray rawPath = req.target;
            QByteArray rawQuery;
            if (rawPath.startsWith("http://") || rawPath.startsWith("https://")) {
                const qsizetype slash = rawPath.indexOf('/', rawPath.indexOf("//") + 2);
                rawPath = slash < 0 ? QByteArray("/") : rawPath.mid(slash);
            }
            const qsizetype hash = rawPath.indexOf('#');
            if (hash >= 0)
                rawPath.truncate(hash);
            const qsizetype qm = rawPath.indexOf('?');
            if (qm >= 0) {
                rawQuery = rawPath.mid(qm + 1);
                rawPath.truncate(qm);
            }
            if (badHeader || !rawPath.startsWith('/')) {
                m_socket->read(end + 4);
                failAndClose(400);
                return;
            }
            req.path = QUrl::fromPercentEncoding(rawPath);
            req.query = parseQueryString(rawQuery);

            const bool isUpgrade = req.header("Upgrade").toLower().contains("websocket");
            if (isUpgrade && req.method == "GET" && m_handlers.upgrade) {
                QTcpSocket *s = m_socket;
                // The handler either takes the (unread) socket over or answers like a normal
                // request.
                disconnect(s, nullptr, this, nullptr);
                if (m_handlers.upgrade(this, s, req)) {
                    m_socket = nullptr;
                    m_state = State::Done;
                    deleteLater();
                    return;
                }
                connect(s, &QTcpSocket::readyRead, this, [this] { processInput(); });
                connect(s, &QTcpSocket::disconnected, this, [this] {
                    m_state = State::Done;
                    deleteLater();
                });
                if (m_state == State::Done) // refused (401/403): already answered and closing
                    return;
            }

            m_socket->read(end + 4);
            m_chunked = req.header("Transfer-Encoding").toLower().contains("chunked");
            m_bodyRemaining = 0;
            if (!m_chunked && req.hasHeader("Content-Length")) {
                bool ok = false;
                m_bodyRemaining = req.header("Content-Length").toLongLong(&ok);
                if (!ok || m_bodyRemaining < 0) {
                    failAndClose(400);
                    return;
                }
            }
            if (m_bodyRemaining > m_handlers.maxBodySize()) {
                failAndClose(413);
                return;
            }
            if (req.header("Expect").toLower() == "100-continue")
                m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
            m_current = req;
            m_chunkBuffer.clear();
            m_state = State::Body;
        }
        if (m_state == State::Body) {
            if (m_chunked) {
                m_chunkBuffer += m_socket->readAll();
                if (!decodeChunked())
                    return;
            } else if (m_bodyRemaining > 0) {
                const QByteArray chunk = m_socket->read(m_bodyRemaining);
                m_current.body += chunk;
                m_bodyRemaining -= chunk.size();
                if (m_bodyRemaining > 0)
                    return;
            }
            m_state = State::Head;
            m_busy = true;
            const HttpRequest req = m_current;
            m_current = HttpRequest();
            m_handlers.request(this, req);
        }
    }
}

void HttpConnection::respond(const HttpRequest &request, const HttpResponse &response)
{
    if (!m_socket)
        return;
    bool keepAlive = request.version == "HTTP/1.1";
    const QByteArray conn = request.header("Connection").toLower();
    if (conn.contains("close"))
        keepAlive = false;
    else if (conn.contains("keep-alive"))
        keepAlive = true;
    if (response.close || request.method.isEmpty())
        keepAlive = false;

    QByteArray out;
    out += "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reasonPhrase(response.status)
           + "\r\n";
    out += "Content-Type: " + response.contentType + "\r\n";
    for (const auto &h : response.headers)
        out += h.first + ": " + h.second + "\r\n";
    out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    out += "Date: " + httpDate() + "\r\n";
    out += "Server: Python/3.11 aiohttp/3.9.5\r\n";
    if (!keepAlive)
        out += "Connection: close\r\n";
    out += "\r\n";
    if (request.method != "HEAD")
        out += response.body;
    m_socket->write(out);
    m_busy = false;
    if (!keepAlive) {
        m_state = State::Done;
        m_socket->disconnectFromHost();
        return;
    }
    if (m_state != State::Done)
        scheduleProcess();
}

} // namespace ComfyScope::Sim
