// SPDX-License-Identifier: MIT
#pragma once

#include <comfyscope/serverendpoint.h>

#include <QtCore/QList>
#include <QtCore/QString>
#include <QtNetwork/QNetworkProxy>

#include <optional>

class QSettings;

namespace ComfyScope {
class Client;
}

namespace ComfyScope {

/// What the connect dialog asks for, and what QSettings remembers per server.
///
/// Secrets (bearerToken, basicPassword, queryToken, headerValue, proxyPassword, relayToken) are
/// saved only when rememberSecrets is set: in the system keychain when SecretStore has one (one
/// entry per address), else in plain text in the settings file. load() moves plain secrets it finds
/// in the settings file into the keychain when there is one.
struct ServerProfile
{
    enum class Auth { None, Bearer, Basic };
    /// Per-server proxy. System: the application default (the system's proxy settings when
    /// QNetworkProxyFactory::setUseSystemConfiguration(true) was called).
    enum class ProxyMode { System, None, Http, Socks5 };
    QString address; ///< as typed: host[:port][/prefix] or a URL
    Auth auth = Auth::None;
    QString bearerToken;
    QString basicUser;
    QString basicPassword;
    QString queryToken; ///< ?token= (ComfyUI-Login style)
    QString headerName; ///< one extra header, e.g. a proxy's API key
    QString headerValue;
    QString comfyUser; ///< Comfy-User header
    QByteArray pinnedSha256;
    ProxyMode proxyMode = ProxyMode::System;
    QString proxyHost;
    quint16 proxyPort = 0; ///< 0: 8080 (HTTP) or 1080 (SOCKS5)
    QString proxyUser;
    QString proxyPassword;
    /// Follow other clients' prompts through the ComfyScope relay when the server has it
    /// (Client::RelayMode::Auto); off by default.
    bool relay = false;
    QString relayToken; ///< the relay's shared secret (a secret like the others)
    bool rememberSecrets = true;
    /// Set by load() when the secrets are in the keychain but could not be read now (no
    /// keychain in this session); save() then keeps the keychain entry instead of dropping it.
    bool secretsUnread = false;

    /// The endpoint to connect to; invalid (and `error` set) when the address does not parse.
    ServerEndpoint toEndpoint(QString *error = nullptr) const;
    /// The address without secrets.
    QString displayName() const;
    /// The proxy to use; QNetworkProxy::DefaultProxy for ProxyMode::System.
    QNetworkProxy networkProxy() const;
    static quint16 defaultProxyPort(ProxyMode mode);
    /// Sets the endpoint (toEndpoint(); left alone when the address does not parse, check with
    /// toEndpoint() first), the relay mode and token, and the proxy on `client`. ProxyMode::System
    /// leaves the client's default (setProxy() is not called unless the client had another proxy
    /// set).
    void applyTo(ComfyScope::Client *client) const;
    bool hasSecrets() const;
    bool operator==(const ServerProfile &o) const;

    void save(QSettings &s) const;
    static ServerProfile load(QSettings &s);
    /// The keychain entry holding this address's secrets.
    static QString secretKey(const QString &address);
    /// Delete what is stored for `address` in the keychain (if anything).
    static void forgetSecrets(const QString &address);
};

/// The recent-servers list in QSettings (most recent first, at most 10).
namespace RecentServers {
QList<ServerProfile> load();
void remember(const ServerProfile &profile);
void clear();
} // namespace RecentServers

} // namespace ComfyScope
