// SPDX-License-Identifier: MIT
#include <comfyscope/serverendpoint.h>

#include <QtCore/QCoreApplication>
#include <QtNetwork/QNetworkRequest>

#include <cctype>

using namespace Qt::StringLiterals;

namespace ComfyScope {

ServerEndpoint ServerEndpoint::fromString(const QString &address, QString *errorMessage)
{
    ServerEndpoint e;
    QString text = address.trimmed();
    if (text.isEmpty()) {
        if (errorMessage)
            *errorMessage = QCoreApplication::translate("ComfyScope", "empty server address");
        return e;
    }
    if (!text.contains("://"_L1))
        text.prepend("http://"_L1);
    QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty()) {
        if (errorMessage)
            *errorMessage = QCoreApplication::translate("ComfyScope",
                                                        "not a valid server address: %1")
                                .arg(address);
        return e;
    }
    const QString scheme = url.scheme().toLower();
    if (scheme == "ws"_L1)
        url.setScheme(u"http"_s);
    else if (scheme == "wss"_L1)
        url.setScheme(u"https"_s);
    else if (scheme != "http"_L1 && scheme != "https"_L1) {
        if (errorMessage)
            *errorMessage = QCoreApplication::translate(
                                "ComfyScope",
                                "unsupported scheme '%1' (use http, https, ws or wss)")
                                .arg(scheme);
        return e;
    }
    // A trailing /ws (someone pasted the socket URL) is not part of the prefix.
    QString path = url.path();
    if (path.endsWith("/api/ws"_L1))
        path.chop(7);
    else if (path.endsWith("/ws"_L1))
        path.chop(3);
    QUrlQuery q(url);
    if (q.hasQueryItem(u"token"_s)) {
        e.m_queryToken = q.queryItemValue(u"token"_s, QUrl::FullyDecoded);
    }
    if (!url.userName().isEmpty()) {
        e.setBasicAuth(url.userName(QUrl::FullyDecoded), url.password(QUrl::FullyDecoded));
    }
    url.setUserInfo({});
    url.setQuery(QString());
    url.setFragment(QString());
    url.setPath(path);
    e.setBaseUrl(url);
    return e;
}

void ServerEndpoint::setBaseUrl(const QUrl &url)
{
    QUrl u = url;
    if (u.host().isEmpty())
        return;
    QString path = u.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    u.setPath(path);
    m_base = u;
}

QString ServerEndpoint::pathPrefix() const
{
    return m_base.path();
}

void ServerEndpoint::setBearerToken(const QString &token)
{
    m_auth = AuthMethod::Bearer;
    m_secret = token;
    m_basicUser.clear();
}

void ServerEndpoint::setBasicAuth(const QString &user, const QString &password)
{
    m_auth = AuthMethod::Basic;
    m_basicUser = user;
    m_secret = password;
}

void ServerEndpoint::clearAuth()
{
    m_auth = AuthMethod::None;
    m_basicUser.clear();
    m_secret.clear();
}

void ServerEndpoint::addExtraHeader(const QByteArray &name, const QByteArray &value)
{
    m_extraHeaders.append({name, value});
}

void ServerEndpoint::setPinnedCertificateSha256(const QByteArray &hex)
{
    QByteArray clean;
    for (char c : hex)
        if (std::isxdigit(static_cast<unsigned char>(c)))
            clean.append(char(std::tolower(static_cast<unsigned char>(c))));
    m_pin = clean;
}

QUrl ServerEndpoint::httpUrl(const QString &route, const QUrlQuery &query) const
{
    QUrl u = m_base;
    QString path = m_base.path();
    if (!route.startsWith(u'/'))
        path += u'/';
    path += route;
    // Routes carry ids already percent-encoded; do not encode the '%' again.
    u.setPath(path, QUrl::TolerantMode);
    QUrlQuery q = query;
    if (!m_queryToken.isEmpty())
        q.addQueryItem(u"token"_s, QString::fromLatin1(QUrl::toPercentEncoding(m_queryToken)));
    if (!q.isEmpty())
        u.setQuery(q);
    return u;
}

QUrl ServerEndpoint::webSocketUrl(const QString &route, const QString &clientId) const
{
    QUrlQuery q;
    if (!clientId.isEmpty())
        q.addQueryItem(u"clientId"_s, QString::fromLatin1(QUrl::toPercentEncoding(clientId)));
    QUrl u = httpUrl(route, q);
    u.setScheme(isSecure() ? u"wss"_s : u"ws"_s);
    return u;
}

void ServerEndpoint::apply(QNetworkRequest &request) const
{
    switch (m_auth) {
    case AuthMethod::Bearer:
        request.setRawHeader("Authorization", "Bearer " + m_secret.toUtf8());
        break;
    case AuthMethod::Basic:
        request.setRawHeader("Authorization",
                             "Basic " + (m_basicUser + u':' + m_secret).toUtf8().toBase64());
        break;
    case AuthMethod::None:
        break;
    }
    if (!m_user.isEmpty())
        request.setRawHeader("Comfy-User", m_user.toUtf8());
    for (const auto &h : m_extraHeaders)
        request.setRawHeader(h.first, h.second);
}

QNetworkRequest ServerEndpoint::request(const QUrl &url) const
{
    QNetworkRequest r(url);
    apply(r);
    return r;
}

QString ServerEndpoint::displayString() const
{
    return m_base.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery);
}

bool ServerEndpoint::operator==(const ServerEndpoint &o) const
{
    return m_base == o.m_base && m_user == o.m_user && m_auth == o.m_auth
           && m_basicUser == o.m_basicUser && m_secret == o.m_secret
           && m_queryToken == o.m_queryToken && m_extraHeaders == o.m_extraHeaders
           && m_pin == o.m_pin;
}

} // namespace ComfyScope
