// SPDX-License-Identifier: MIT
#include "serverprofile.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QSettings>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ComfyScope::App {

ServerEndpoint ServerProfile::toEndpoint(QString *error) const
{
    QString err;
    ServerEndpoint ep = ServerEndpoint::fromString(address.trimmed(), &err);
    if (!ep.isValid()) {
        if (error)
            *error = err.isEmpty() ? QCoreApplication::translate("ComfyScope::App::ServerProfile", "Not a server address.") : err;
        return {};
    }
    switch (auth) {
    case Auth::None: ep.clearAuth(); break;
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
    return ep.isValid() ? ep.displayString() : address.trimmed();
}

bool ServerProfile::operator==(const ServerProfile &o) const
{
    return address == o.address && auth == o.auth && bearerToken == o.bearerToken
           && basicUser == o.basicUser && basicPassword == o.basicPassword
           && queryToken == o.queryToken && headerName == o.headerName
           && headerValue == o.headerValue && comfyUser == o.comfyUser
           && pinnedSha256 == o.pinnedSha256;
}

void ServerProfile::save(QSettings &s) const
{
    s.setValue(u"address"_s, address);
    s.setValue(u"auth"_s, int(auth));
    s.setValue(u"basicUser"_s, basicUser);
    s.setValue(u"headerName"_s, headerName);
    s.setValue(u"comfyUser"_s, comfyUser);
    s.setValue(u"pinnedSha256"_s, QString::fromLatin1(pinnedSha256));
    s.setValue(u"rememberSecrets"_s, rememberSecrets);
    // Secrets are stored only when the user asked for it (plain text in the settings file).
    s.setValue(u"bearerToken"_s, rememberSecrets ? bearerToken : QString());
    s.setValue(u"basicPassword"_s, rememberSecrets ? basicPassword : QString());
    s.setValue(u"queryToken"_s, rememberSecrets ? queryToken : QString());
    s.setValue(u"headerValue"_s, rememberSecrets ? headerValue : QString());
}

ServerProfile ServerProfile::load(QSettings &s)
{
    ServerProfile p;
    p.address = s.value(u"address"_s).toString();
    p.auth = Auth(qBound(0, s.value(u"auth"_s).toInt(), 2));
    p.bearerToken = s.value(u"bearerToken"_s).toString();
    p.basicUser = s.value(u"basicUser"_s).toString();
    p.basicPassword = s.value(u"basicPassword"_s).toString();
    p.queryToken = s.value(u"queryToken"_s).toString();
    p.headerName = s.value(u"headerName"_s).toString();
    p.headerValue = s.value(u"headerValue"_s).toString();
    p.comfyUser = s.value(u"comfyUser"_s).toString();
    p.pinnedSha256 = s.value(u"pinnedSha256"_s).toString().toLatin1();
    p.rememberSecrets = s.value(u"rememberSecrets"_s, true).toBool();
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
    while (list.size() > 10)
        list.removeLast();
    store(list);
}

void clear()
{
    store({});
}

} // namespace RecentServers

} // namespace ComfyScope::App
