// SPDX-License-Identifier: MIT
#pragma once

#include <comfyscope/serverendpoint.h>

#include <QtCore/QList>
#include <QtCore/QString>

#include <optional>

class QSettings;

namespace ComfyScope::App {

/// What the connect dialog asks for, and what QSettings remembers per server.
struct ServerProfile
{
    enum class Auth { None, Bearer, Basic };
    QString address;          ///< as typed: host[:port][/prefix] or a URL
    Auth auth = Auth::None;
    QString bearerToken;
    QString basicUser;
    QString basicPassword;
    QString queryToken;       ///< ?token= (ComfyUI-Login style)
    QString headerName;       ///< one extra header, e.g. a proxy's API key
    QString headerValue;
    QString comfyUser;        ///< Comfy-User header
    QByteArray pinnedSha256;
    bool rememberSecrets = true;

    /// The endpoint to connect to; invalid (and `error` set) when the address does not parse.
    ServerEndpoint toEndpoint(QString *error = nullptr) const;
    /// The address without secrets.
    QString displayName() const;
    bool operator==(const ServerProfile &o) const;

    void save(QSettings &s) const;
    static ServerProfile load(QSettings &s);
};

/// The recent-servers list in QSettings (most recent first, at most 10).
namespace RecentServers {
QList<ServerProfile> load();
void remember(const ServerProfile &profile);
void clear();
} // namespace RecentServers

} // namespace ComfyScope::App
