// SPDX-License-Identifier: MIT
#include <comfyscope/fleet/serverprofile.h>

#include <comfyscope/fleet/secretstore.h>

#include <comfyscope/client.h>

#include <QtCore/QCoreApplication>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QLoggingCategory>
#include <QtCore/QSettings>
#include <QtCore/QUrl>

#include <algorithm>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcProfile, "comfyscope.profile", QtInfoMsg)

namespace ComfyScope {

namespace {

// Settings keys of the secrets (plain text: only without a keychain) and where they are.
constexpr auto kSecretsWhere = "secretStorage"; // "keychain", "settings" or absent
const QString kKeychain = QStringLiteral("keychain");
const QString kSettingsFile = QStringLiteral("settings");

struct SecretField
{
    const char *key;
    QString ServerProfile::*member;
};

const SecretField kSecretFields[] = {
    {"bearerToken", &ServerProfile::bearerToken},
    {"basicPassword", &ServerProfile::basicPassword},
    {"queryToken", &ServerProfile::queryToken},
    {"headerValue", &ServerProfile::headerValue},
    {"proxyPassword", &ServerProfile::proxyPassword},
    {"relayToken", &ServerProfile::relayToken},
};

QJsonObject secretsJson(const ServerProfile &p)
{
    QJsonObject o;
    for (const SecretField &f : kSecretFields)
        if (!(p.*f.member).isEmpty())
            o.insert(QLatin1StringView(f.key), p.*f.member);
    return o;
}

void removePlainSecrets(QSettings &s)
{
    for (const SecretField &f : kSecretFields)
        s.remove(QLatin1StringView(f.key));
}

QString proxyModeKey(ServerProfile::ProxyMode m)
{
    switch (m) {
    case ServerProfile::ProxyMode::System:
        return u"system"_s;
    case ServerProfile::ProxyMode::None:
        return u"none"_s;
    case ServerProfile::ProxyMode::Http:
        return u"http"_s;
    case ServerProfile::ProxyMode::Socks5:
        return u"socks5"_s;
    }
    return u"system"_s;
}

ServerProfile::ProxyMode proxyModeFromKey(const QString &k)
{
    if (k == "none"_L1)
        return ServerProfile::ProxyMode::None;
    if (k == "http"_L1)
        return ServerProfile::ProxyMode::Http;
    if (k == "socks5"_L1)
        return ServerProfile::ProxyMode::Socks5;
    return ServerProfile::ProxyMode::System;
}

} // namespace

ServerEndpoint ServerProfile::toEndpoint(QString *error) const
{
    QString err;
    ServerEndpoint ep = ServerEndpoint::fromString(address.trimmed(), &err);
    if (!ep.isValid()) {
        if (error)
            *error = err.isEmpty() ? QCoreApplication::translate("ComfyScope::ServerProfile",
                                                                 "Not a server address.")
                                   : err;
        return {};
    }
    switch (auth) {
    case Auth::None:
        ep.clearAuth();
        break;
    case Auth::Bearer:
        if (!bearerToken.isEmpty())
            ep.setBearerToken(bearerToken);
        break;
    case Auth::Basic:
        if (!basicUser.isEmpty())
            ep.setBasicAuth(basicUser, basicPassword);
        break;
    }
    if (!queryToken.isEmpty())
        ep.setQueryToken(queryToken);
    if (!headerName.trimmed().isEmpty())
        ep.addExtraHeader(headerName.trimmed().toLatin1(), headerValue.toUtf8());
    if (!comfyUser.isEmpty())
        ep.setUser(comfyUser);
    if (!pinnedSha256.isEmpty())
        ep.setPinnedCertificateSha256(pinnedSha256);
    return ep;
}

QString ServerProfile::displayName() const
{
    const ServerEndpoint ep = ServerEndpoint::fromString(address.trimmed());
    if (ep.isValid())
        return ep.displayString();
    // Not an address we understand: still never show user:password@ or ?token=….
    QUrl url(address.trimmed());
    if (url.isValid() && !url.scheme().isEmpty() && !url.host().isEmpty())
        return url.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery);
    QString shown = address.trimmed();
    if (const qsizetype at = shown.lastIndexOf(u'@'); at >= 0)
        shown = shown.mid(at + 1);
    if (const qsizetype q = shown.indexOf(u'?'); q >= 0)
        shown.truncate(q);
    return shown;
}

quint16 ServerProfile::defaultProxyPort(ProxyMode mode)
{
    return mode == ProxyMode::Socks5 ? 1080 : 8080;
}

QNetworkProxy ServerProfile::networkProxy() const
{
    switch (proxyMode) {
    case ProxyMode::System:
        break;
    case ProxyMode::None:
        return QNetworkProxy(QNetworkProxy::NoProxy);
    case ProxyMode::Http:
    case ProxyMode::Socks5: {
        QNetworkProxy px(proxyMode == ProxyMode::Http ? QNetworkProxy::HttpProxy
                                                      : QNetworkProxy::Socks5Proxy,
                         proxyHost.trimmed(), proxyPort ? proxyPort : defaultProxyPort(proxyMode),
                         proxyUser, proxyUser.isEmpty() ? QString() : proxyPassword);
        return px;
    }
    }
    return QNetworkProxy(QNetworkProxy::DefaultProxy);
}

void ServerProfile::applyTo(ComfyScope::Client *client) const
{
    if (!client)
        return;
    const ServerEndpoint ep = toEndpoint();
    if (ep.isValid())
        client->setEndpoint(ep);
    client->setRelayToken(relayToken);
    client->setRelayMode(relay ? Client::RelayMode::Auto : Client::RelayMode::Off);
    if (proxyMode != ProxyMode::System)
        client->setProxy(networkProxy());
    else if (client->proxy().type() != QNetworkProxy::DefaultProxy)
        client->setProxy(QNetworkProxy(QNetworkProxy::DefaultProxy)); // undo an earlier profile's
}

bool ServerProfile::hasSecrets() const
{
    for (const SecretField &f : kSecretFields)
        if (!(this->*f.member).isEmpty())
            return true;
    return false;
}

bool ServerProfile::operator==(const ServerProfile &o) const
{
    return address == o.address && auth == o.auth && bearerToken == o.bearerToken
           && basicUser == o.basicUser && basicPassword == o.basicPassword
           && queryToken == o.queryToken && headerName == o.headerName
           && headerValue == o.headerValue && comfyUser == o.comfyUser
           && pinnedSha256 == o.pinnedSha256 && proxyMode == o.proxyMode && proxyHost == o.proxyHost
           && proxyPort == o.proxyPort && proxyUser == o.proxyUser
           && proxyPassword == o.proxyPassword && relay == o.relay && relayToken == o.relayToken
           && rememberSecrets == o.rememberSecrets;
}

QString ServerProfile::secretKey(const QString &address)
{
    return u"server:"_s + address.trimmed();
}

void ServerProfile::forgetSecrets(const QString &address)
{
    if (address.trimmed().isEmpty() || !SecretStore::isCompiledIn())
        return;
    if (SecretStore::keychainAvailable())
        SecretStore::remove(secretKey(address));
}

void ServerProfile::save(QSettings &s) const
{
    s.setValue(u"address"_s, address);
    s.setValue(u"auth"_s, int(auth));
    s.setValue(u"basicUser"_s, basicUser);
    s.setValue(u"headerName"_s, headerName);
    s.setValue(u"comfyUser"_s, comfyUser);
    s.setValue(u"pinnedSha256"_s, QString::fromLatin1(pinnedSha256));
    s.setValue(u"proxyMode"_s, proxyModeKey(proxyMode));
    s.setValue(u"proxyHost"_s, proxyHost);
    s.setValue(u"proxyPort"_s, int(proxyPort));
    s.setValue(u"proxyUser"_s, proxyUser);
    s.setValue(u"relay"_s, relay);
    s.setValue(u"rememberSecrets"_s, rememberSecrets);

    // Secrets: only when the user asked for it; in the keychain when there is one, else (and
    // the user is told so) in plain text here.
    const QString where = s.value(QLatin1StringView(kSecretsWhere)).toString();
    removePlainSecrets(s);
    s.remove(QLatin1StringView(kSecretsWhere));
    const QJsonObject secrets = rememberSecrets ? secretsJson(*this) : QJsonObject();
    if (secrets.isEmpty()) {
        if (secretsUnread && rememberSecrets) {
            s.setValue(QLatin1StringView(kSecretsWhere), kKeychain); // keep what we could not read
        } else if (where == kKeychain
                   || (SecretStore::isProbed() && SecretStore::keychainAvailable())) {
            // Nothing to keep: drop an earlier entry (cheap when the store knows there is none).
            forgetSecrets(address);
        }
        return;
    }
    if (SecretStore::keychainAvailable()) {
        const QString json = QString::fromUtf8(
            QJsonDocument(secrets).toJson(QJsonDocument::Compact));
        if (!SecretStore::write(secretKey(address), json))
            qCWarning(lcProfile, "the secrets of %s are not remembered (keychain refused them)",
                      qUtf8Printable(displayName()));
        // Even when the write failed: never fall back to plain text behind the user's back.
        s.setValue(QLatin1StringView(kSecretsWhere), kKeychain);
        return;
    }
    for (const SecretField &f : kSecretFields)
        if (!(this->*f.member).isEmpty())
            s.setValue(QLatin1StringView(f.key), this->*f.member);
    s.setValue(QLatin1StringView(kSecretsWhere), kSettingsFile);
}

ServerProfile ServerProfile::load(QSettings &s)
{
    ServerProfile p;
    p.address = s.value(u"address"_s).toString();
    p.auth = Auth(qBound(0, s.value(u"auth"_s).toInt(), 2));
    p.basicUser = s.value(u"basicUser"_s).toString();
    p.headerName = s.value(u"headerName"_s).toString();
    p.comfyUser = s.value(u"comfyUser"_s).toString();
    p.pinnedSha256 = s.value(u"pinnedSha256"_s).toString().toLatin1();
    p.proxyMode = proxyModeFromKey(s.value(u"proxyMode"_s).toString());
    p.proxyHost = s.value(u"proxyHost"_s).toString();
    p.proxyPort = quint16(qBound(0, s.value(u"proxyPort"_s).toInt(), 65535));
    p.proxyUser = s.value(u"proxyUser"_s).toString();
    p.relay = s.value(u"relay"_s, false).toBool();
    p.rememberSecrets = s.value(u"rememberSecrets"_s, true).toBool();

    for (const SecretField &f : kSecretFields)
        p.*f.member = s.value(QLatin1StringView(f.key)).toString();
    const bool plain = p.hasSecrets();
    const QString where = s.value(QLatin1StringView(kSecretsWhere)).toString();

    if (plain) {
        // Plain secrets in the settings file (older versions, or no keychain back then): move
        // them into the keychain when there is one now.
        if (!p.rememberSecrets) {
            // Not to be kept at all (older versions wrote them anyway): drop them from the file.
            removePlainSecrets(s);
            for (const SecretField &f : kSecretFields)
                (p.*f.member).clear();
        } else if (SecretStore::keychainAvailable()) {
            const QString json = QString::fromUtf8(
                QJsonDocument(secretsJson(p)).toJson(QJsonDocument::Compact));
            if (SecretStore::write(secretKey(p.address), json)) {
                removePlainSecrets(s);
                s.setValue(QLatin1StringView(kSecretsWhere), kKeychain);
                qCInfo(lcProfile, "moved the saved secrets of %s into the keychain",
                       qUtf8Printable(p.displayName()));
            }
        }
        return p;
    }
    if (where == kKeychain && p.rememberSecrets) {
        const std::optional<QString> json = SecretStore::read(secretKey(p.address));
        if (!json) {
            p.secretsUnread = !SecretStore::keychainAvailable();
            return p;
        }
        const QJsonObject o = QJsonDocument::fromJson(json->toUtf8()).object();
        for (const SecretField &f : kSecretFields)
            p.*f.member = o.value(QLatin1StringView(f.key)).toString();
    }
    return p;
}

namespace RecentServers {

QList<ServerProfile> load()
{
    QSettings s;
    QList<ServerProfile> list;
    const int n = s.beginReadArray(u"recentServers"_s);
    for (int i = 0; i < n; ++i) {
        s.setArrayIndex(i);
        ServerProfile p = ServerProfile::load(s);
        if (!p.address.isEmpty())
            list.append(p);
    }
    s.endArray();
    return list;
}

static void store(const QList<ServerProfile> &list)
{
    QSettings s;
    s.remove(u"recentServers"_s);
    s.beginWriteArray(u"recentServers"_s, int(list.size()));
    for (int i = 0; i < list.size(); ++i) {
        s.setArrayIndex(i);
        list.at(i).save(s);
    }
    s.endArray();
}

void remember(const ServerProfile &profile)
{
    QList<ServerProfile> list = load();
    list.erase(std::remove_if(list.begin(), list.end(),
                              [&](const ServerProfile &p) {
                                  return p.address.trimmed() == profile.address.trimmed();
                              }),
               list.end());
    list.prepend(profile);
    while (list.size() > 10) {
        const ServerProfile dropped = list.takeLast();
        if (dropped.hasSecrets() || dropped.secretsUnread)
            ServerProfile::forgetSecrets(dropped.address);
    }
    store(list);
}

void clear()
{
    {
        // Delete the keychain entries too (without reading them first).
        QSettings s;
        const int n = s.beginReadArray(u"recentServers"_s);
        for (int i = 0; i < n; ++i) {
            s.setArrayIndex(i);
            if (s.value(QLatin1StringView(kSecretsWhere)).toString() == kKeychain)
                ServerProfile::forgetSecrets(s.value(u"address"_s).toString());
        }
        s.endArray();
    }
    store({});
}

} // namespace RecentServers

} // namespace ComfyScope
