// SPDX-License-Identifier: MIT
#pragma once

#include <comfyscope/comfyscope_export.h>

#include <QtCore/QByteArray>
#include <QtCore/QList>
#include <QtCore/QMetaType>
#include <QtCore/QPair>
#include <QtCore/QString>
#include <QtCore/QUrl>
#include <QtCore/QUrlQuery>

class QNetworkRequest;

namespace ComfyScope {

/*!
 * Where a ComfyUI server is and how to authenticate to it. The same settings are applied to REST
 * calls, /view downloads and the WebSocket handshakes, so a reverse proxy sees one client.
 *
 * The address may be given as "host", "host:port", "http(s)://host:port/prefix" or
 * "ws(s)://host:port/prefix[/ws]". A path is taken as the reverse-proxy prefix and is applied to
 * every route, /ws included.
 */
class COMFYSCOPE_EXPORT ServerEndpoint
{
public:
    enum class AuthMethod { None, Bearer, Basic };

    ServerEndpoint() = default;
    /// Parse an address; see the class description. Invalid input gives !isValid().
    static ServerEndpoint fromString(const QString &address, QString *errorMessage = nullptr);

    bool isValid() const { return m_base.isValid() && !m_base.host().isEmpty(); }
    /// http(s)://host:port/prefix (no trailing slash)
    QUrl baseUrl() const { return m_base; }
    void setBaseUrl(const QUrl &url);
    bool isSecure() const { return m_base.scheme() == QLatin1String("https"); }
    QString pathPrefix() const;

    QString user() const { return m_user; } ///< Comfy-User header (a user id)
    void setUser(const QString &userId) { m_user = userId; }

    AuthMethod authMethod() const { return m_auth; }
    void setBearerToken(const QString &token);
    void setBasicAuth(const QString &user, const QString &password);
    void clearAuth();
    QString bearerToken() const { return m_auth == AuthMethod::Bearer ? m_secret : QString(); }
    QString basicUser() const { return m_basicUser; }

    /// ComfyUI-Login style `?token=` added to every request URL (REST, /view, WebSocket).
    QString queryToken() const { return m_queryToken; }
    void setQueryToken(const QString &token) { m_queryToken = token; }

    /// Extra headers sent with every request, e.g. a proxy's API key.
    QList<QPair<QByteArray, QByteArray>> extraHeaders() const { return m_extraHeaders; }
    void setExtraHeaders(const QList<QPair<QByteArray, QByteArray>> &headers)
    {
        m_extraHeaders = headers;
    }
    void addExtraHeader(const QByteArray &name, const QByteArray &value);

    /// Trust a self-signed (or otherwise unverifiable) server certificate only if its SHA-256
    /// fingerprint is this (hex, colons and case ignored). Empty: normal verification only.
    /// There is deliberately no "ignore all TLS errors" switch.
    QByteArray pinnedCertificateSha256() const { return m_pin; }
    void setPinnedCertificateSha256(const QByteArray &hex);

    /// URL of a REST route, e.g. httpUrl("/history/abc", {{"max_items","5"}}).
    QUrl httpUrl(const QString &route, const QUrlQuery &query = {}) const;
    /// URL of a WebSocket route (/ws or /comfyui-deploy/ws) with clientId.
    QUrl webSocketUrl(const QString &route, const QString &clientId) const;
    /// A request for `url` with auth, Comfy-User and extra headers set.
    QNetworkRequest request(const QUrl &url) const;
    /// Apply auth and headers to an existing request.
    void apply(QNetworkRequest &request) const;

    /// The address with secrets removed, for logs and titles.
    QString displayString() const;

    bool operator==(const ServerEndpoint &o) const;
    bool operator!=(const ServerEndpoint &o) const { return !(*this == o); }

private:
    QUrl m_base;
    QString m_user;
    AuthMethod m_auth = AuthMethod::None;
    QString m_basicUser;
    QString m_secret;
    QString m_queryToken;
    QList<QPair<QByteArray, QByteArray>> m_extraHeaders;
    QByteArray m_pin;
};

} // namespace ComfyScope

Q_DECLARE_METATYPE(ComfyScope::ServerEndpoint)
