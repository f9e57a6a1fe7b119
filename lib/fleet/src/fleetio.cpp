// SPDX-License-Identifier: MIT
#include <comfyscope/fleet/fleetio.h>

#include <comfyscope/fleet/fleetmodel.h>
#include <comfyscope/fleet/fleetserver.h>
#include <comfyscope/fleet/jobstore.h>

#include <QtCore/QCoreApplication>
#include <QtCore/QFile>
#include <QtCore/QFileInfo>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QRegularExpression>
#include <QtCore/QSaveFile>
#include <QtCore/QSettings>
#include <QtCore/QUrl>
#include <QtNetwork/QHostAddress>
#include <QtNetwork/QTcpServer>
#include <QtNetwork/QTcpSocket>

using namespace Qt::StringLiterals;

namespace ComfyScope {

namespace {
bool isIni(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == "ini"_L1 || suffix == "conf"_L1;
}

// ${NAME} → environment value (so a fleet file need not hold secrets).
QString expand(const QString &v)
{
    static const QRegularExpression re(u"\\$\\{([A-Za-z_][A-Za-z0-9_]*)\\}"_s);
    QString out = v;
    QRegularExpressionMatch m;
    qsizetype from = 0;
    while ((m = re.match(out, from)).hasMatch()) {
        const QString value = qEnvironmentVariable(m.captured(1).toLocal8Bit().constData());
        out.replace(m.capturedStart(), m.capturedLength(), value);
        from = m.capturedStart() + value.size();
    }
    return out;
}

// Reads one server from key/value pairs (JSON object or INI group alike).
template<typename Get>
std::optional<FleetEntry> readEntry(const QString &fallbackName, Get get, QString *error)
{
    FleetEntry e;
    e.profile.address = expand(get("address"_L1)).trimmed();
    if (e.profile.address.isEmpty()) {
        *error = QCoreApplication::translate("ComfyScope::FleetFile",
                                             "server \"%1\" has no address")
                     .arg(fallbackName);
        return std::nullopt;
    }
    e.name = expand(get("name"_L1)).trimmed();
    if (e.name.isEmpty())
        e.name = fallbackName;
    const QString token = expand(get("token"_L1));
    const QString user = expand(get("user"_L1));
    const QString password = expand(get("password"_L1));
    if (!token.isEmpty()) {
        e.profile.auth = ServerProfile::Auth::Bearer;
        e.profile.bearerToken = token;
    } else if (!user.isEmpty()) {
        e.profile.auth = ServerProfile::Auth::Basic;
        e.profile.basicUser = user;
        e.profile.basicPassword = password;
    }
    e.profile.queryToken = expand(get("query_token"_L1));
    const QString header = expand(get("header"_L1));
    if (!header.isEmpty()) {
        const qsizetype colon = header.indexOf(u':');
        if (colon <= 0) {
            *error = QCoreApplication::translate("ComfyScope::FleetFile",
                                                 "server \"%1\": header must be \"Name: value\"")
                         .arg(e.name);
            return std::nullopt;
        }
        e.profile.headerName = header.left(colon).trimmed();
        e.profile.headerValue = header.mid(colon + 1).trimmed();
    }
    e.profile.comfyUser = expand(get("comfy_user"_L1));
    e.profile.pinnedSha256 = expand(get("pin_sha256"_L1)).trimmed().toLatin1();
    const QString proxy = expand(get("proxy"_L1));
    QString perr;
    e.proxy = FleetFile::parseProxy(proxy, &perr);
    if (!perr.isEmpty()) {
        *error = QCoreApplication::translate("ComfyScope::FleetFile", "server \"%1\": %2")
                     .arg(e.name, perr);
        return std::nullopt;
    }
    const QString relay = expand(get("relay"_L1)).trimmed().toLower();
    if (relay == "true"_L1 || relay == "1"_L1 || relay == "yes"_L1 || relay == "on"_L1
        || relay == "auto"_L1) {
        e.profile.relay = true;
    } else if (!relay.isEmpty() && relay != "false"_L1 && relay != "0"_L1 && relay != "no"_L1
               && relay != "off"_L1) {
        *error = QCoreApplication::translate("ComfyScope::FleetFile",
                                             "server \"%1\": relay must be true or false")
                     .arg(e.name);
        return std::nullopt;
    }
    e.profile.relayToken = expand(get("relay_token"_L1));
    const QString enabled = get("enabled"_L1).trimmed().toLower();
    e.enabled = !(enabled == "false"_L1 || enabled == "0"_L1 || enabled == "no"_L1);
    QString epErr;
    if (!e.profile.toEndpoint(&epErr).isValid()) {
        *error = QCoreApplication::translate("ComfyScope::FleetFile", "server \"%1\": %2")
                     .arg(e.name, epErr);
        return std::nullopt;
    }
    return e;
}
} // namespace

std::optional<QNetworkProxy> FleetFile::parseProxy(const QString &text, QString *error)
{
    const QString t = text.trimmed();
    if (t.isEmpty() || t.compare("system"_L1, Qt::CaseInsensitive) == 0)
        return std::nullopt;
    if (t.compare("none"_L1, Qt::CaseInsensitive) == 0
        || t.compare("direct"_L1, Qt::CaseInsensitive) == 0)
        return QNetworkProxy(QNetworkProxy::NoProxy);
    const QUrl u(t);
    const QString scheme = u.scheme().toLower();
    QNetworkProxy::ProxyType type;
    if (scheme == "http"_L1)
        type = QNetworkProxy::HttpProxy;
    else if (scheme == "socks5"_L1 || scheme == "socks"_L1)
        type = QNetworkProxy::Socks5Proxy;
    else {
        *error = QCoreApplication::translate("ComfyScope::FleetFile",
                                             "proxy \"%1\" is not system, none, "
                                             "http://host:port or socks5://host:port")
                     .arg(u.toDisplayString(QUrl::RemoveUserInfo));
        return std::nullopt;
    }
    if (u.host().isEmpty() || u.port() <= 0) {
        *error = QCoreApplication::translate("ComfyScope::FleetFile",
                                             "proxy \"%1\" needs a host and a port")
                     .arg(u.toDisplayString(QUrl::RemoveUserInfo));
        return std::nullopt;
    }
    return QNetworkProxy(type, u.host(), quint16(u.port()), u.userName(), u.password());
}

QString FleetFile::proxyToString(const std::optional<QNetworkProxy> &proxy, bool withSecrets)
{
    if (!proxy)
        return u"system"_s;
    if (proxy->type() == QNetworkProxy::NoProxy)
        return u"none"_s;
    QUrl u;
    u.setScheme(proxy->type() == QNetworkProxy::Socks5Proxy ? u"socks5"_s : u"http"_s);
    u.setHost(proxy->hostName());
    u.setPort(proxy->port());
    if (!proxy->user().isEmpty()) {
        u.setUserName(proxy->user());
        if (withSecrets)
            u.setPassword(proxy->password());
    }
    return u.toString();
}

QList<FleetEntry> FleetFile::load(const QString &path, QString *error)
{
    QString err;
    QList<FleetEntry> out;
    auto fail = [&](const QString &m) {
        if (error)
            *error = m;
        return QList<FleetEntry>();
    };
    if (!QFileInfo::exists(path))
        return fail(
            QCoreApplication::translate("ComfyScope::FleetFile", "%1: no such file").arg(path));
    if (isIni(path)) {
        QSettings ini(path, QSettings::IniFormat);
        if (ini.status() != QSettings::NoError)
            return fail(
                QCoreApplication::translate("ComfyScope::FleetFile", "%1: not a valid INI file")
                    .arg(path));
        for (const QString &group : ini.childGroups()) {
            if (group == "rules"_L1)
                continue; // alert thresholds (loadRules)
            ini.beginGroup(group);
            auto get = [&ini](QLatin1StringView k) { return ini.value(k).toString(); };
            const auto e = readEntry(group, get, &err);
            ini.endGroup();
            if (!e)
                return fail(path + u": "_s + err);
            out.append(*e);
        }
    } else {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return fail(path + u": "_s + f.errorString());
        if (f.size() > 16 * 1024 * 1024)
            return fail(
                QCoreApplication::translate("ComfyScope::FleetFile", "%1: the file is too large")
                    .arg(path));
        QJsonParseError pe;
        const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &pe);
        if (pe.error != QJsonParseError::NoError)
            return fail(QCoreApplication::translate("ComfyScope::FleetFile",
                                                    "%1: invalid JSON at offset %2: %3")
                            .arg(path)
                            .arg(pe.offset)
                            .arg(pe.errorString()));
        const QJsonArray servers = doc.isArray() ? doc.array()
                                                 : doc.object().value("servers"_L1).toArray();
        if (servers.isEmpty())
            return fail(
                QCoreApplication::translate("ComfyScope::FleetFile", "%1: no \"servers\" list")
                    .arg(path));
        int n = 0;
        for (const QJsonValue &v : servers) {
            ++n;
            const QJsonObject o = v.toObject();
            auto get = [&o](QLatin1StringView k) {
                const QJsonValue x = o.value(k);
                if (x.isBool())
                    return x.toBool() ? u"true"_s : u"false"_s;
                if (x.isDouble())
                    return QString::number(x.toDouble());
                return x.toString();
            };
            const auto e = readEntry(
                QCoreApplication::translate("ComfyScope::FleetFile", "server %1").arg(n), get,
                &err);
            if (!e)
                return fail(path + u": "_s + err);
            out.append(*e);
        }
    }
    if (out.isEmpty())
        return fail(
            QCoreApplication::translate("ComfyScope::FleetFile", "%1: no servers").arg(path));
    return out;
}

bool FleetFile::save(const QString &path, const QList<FleetEntry> &entries, bool withSecrets,
                     QString *error)
{
    auto fields = [withSecrets](const FleetEntry &e) {
        QList<QPair<QString, QString>> f{{u"name"_s, e.name}, {u"address"_s, e.profile.address}};
        if (withSecrets) {
            if (e.profile.auth == ServerProfile::Auth::Bearer)
                f.append({u"token"_s, e.profile.bearerToken});
            if (!e.profile.queryToken.isEmpty())
                f.append({u"query_token"_s, e.profile.queryToken});
            if (!e.profile.headerName.isEmpty())
                f.append({u"header"_s, e.profile.headerName + u": "_s + e.profile.headerValue});
            if (!e.profile.relayToken.isEmpty())
                f.append({u"relay_token"_s, e.profile.relayToken});
        }
        if (e.profile.auth == ServerProfile::Auth::Basic) {
            f.append({u"user"_s, e.profile.basicUser});
            if (withSecrets)
                f.append({u"password"_s, e.profile.basicPassword});
        }
        if (!e.profile.comfyUser.isEmpty())
            f.append({u"comfy_user"_s, e.profile.comfyUser});
        if (!e.profile.pinnedSha256.isEmpty())
            f.append({u"pin_sha256"_s, QString::fromLatin1(e.profile.pinnedSha256)});
        if (e.profile.relay)
            f.append({u"relay"_s, u"true"_s});
        if (e.proxy)
            f.append({u"proxy"_s, FleetFile::proxyToString(e.proxy, withSecrets)});
        if (!e.enabled)
            f.append({u"enabled"_s, u"false"_s});
        return f;
    };
    if (isIni(path)) {
        QFile::remove(path);
        QSettings ini(path, QSettings::IniFormat);
        for (const FleetEntry &e : entries) {
            ini.beginGroup(e.name);
            for (const auto &[k, v] : fields(e))
                if (k != "name"_L1)
                    ini.setValue(k, v);
            ini.endGroup();
        }
        ini.sync();
        if (ini.status() != QSettings::NoError) {
            if (error)
                *error = QCoreApplication::translate("ComfyScope::FleetFile",
                                                     "%1: could not be written")
                             .arg(path);
            return false;
        }
        return true;
    }
    QJsonArray servers;
    for (const FleetEntry &e : entries) {
        QJsonObject o;
        for (const auto &[k, v] : fields(e))
            o.insert(k, k == "enabled"_L1 ? QJsonValue(false) : QJsonValue(v));
        servers.append(o);
    }
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly)) {
        if (error)
            *error = path + u": "_s + f.errorString();
        return false;
    }
    f.write(QJsonDocument(QJsonObject{{u"servers"_s, servers}}).toJson());
    if (!f.commit()) {
        if (error)
            *error = path + u": "_s + f.errorString();
        return false;
    }
    return true;
}

// --- exports ---------------------------------------------------------------------------------

QString FleetExport::csvField(const QString &value)
{
    // Formula injection guard for spreadsheets: a leading = + - @ is quoted with a '.
    QString v = value;
    if (!v.isEmpty() && QStringView(u"=+-@").contains(v.at(0)))
        v.prepend(u'\'');
    if (v.contains(u',') || v.contains(u'"') || v.contains(u'\n') || v.contains(u'\r')) {
        v.replace(u"\""_s, u"\"\""_s);
        v = u'"' + v + u'"';
    }
    return v;
}

namespace {
struct DurationRow
{
    QString server;
    Job job;
};

QList<DurationRow> finishedJobs(const QList<FleetServer *> &servers)
{
    QList<DurationRow> rows;
    for (FleetServer *s : servers)
        for (const Job &j : s->tracker()->jobs())
            if (j.isFinished())
                rows.append({s->name(), j});
    std::sort(rows.begin(), rows.end(), [](const DurationRow &a, const DurationRow &b) {
        return a.job.finishedAt < b.job.finishedAt;
    });
    return rows;
}

QString iso(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

qint64 runMs(const Job &j)
{
    return j.startedAt.isValid() && j.finishedAt.isValid() ? j.startedAt.msecsTo(j.finishedAt) : -1;
}
} // namespace

QByteArray FleetExport::eventLogCsv(const QList<LogRow> &log)
{
    QString out = u"time,level,server,source,message\r\n"_s;
    for (const LogRow &e : log) {
        out += csvField(iso(e.time)) + u',' + e.level + u',' + csvField(e.server) + u','
               + csvField(e.source) + u',' + csvField(e.message) + u"\r\n"_s;
    }
    return out.toUtf8();
}

QByteArray FleetExport::eventLogJson(const QList<LogRow> &log)
{
    QJsonArray a;
    for (const LogRow &e : log) {
        a.append(QJsonObject{{u"time"_s, iso(e.time)},
                             {u"level"_s, e.level},
                             {u"server"_s, e.server},
                             {u"source"_s, e.source},
                             {u"message"_s, e.message}});
    }
    return QJsonDocument(a).toJson();
}

QByteArray FleetExport::jobDurationsCsv(const QList<FleetServer *> &servers)
{
    QString out =
        u"server,prompt_id,own,state,queued_at,started_at,finished_at,run_ms,outputs\r\n"_s;
    for (const DurationRow &r : finishedJobs(servers)) {
        const Job &j = r.job;
        out += csvField(r.server) + u',' + j.promptId + u',' + (j.own ? u"1"_s : u"0"_s) + u','
               + jobStateName(j.state) + u',' + iso(j.queuedAt) + u',' + iso(j.startedAt) + u','
               + iso(j.finishedAt) + u',' + (runMs(j) >= 0 ? QString::number(runMs(j)) : QString())
               + u',' + QString::number(j.outputs.size()) + u"\r\n"_s;
    }
    return out.toUtf8();
}

QByteArray FleetExport::jobDurationsJson(const QList<FleetServer *> &servers)
{
    QJsonArray a;
    for (const DurationRow &r : finishedJobs(servers)) {
        const Job &j = r.job;
        QJsonObject o{{u"server"_s, r.server},
                      {u"prompt_id"_s, j.promptId},
                      {u"own"_s, j.own},
                      {u"state"_s, jobStateName(j.state)},
                      {u"queued_at"_s, iso(j.queuedAt)},
                      {u"started_at"_s, iso(j.startedAt)},
                      {u"finished_at"_s, iso(j.finishedAt)},
                      {u"outputs"_s, int(j.outputs.size())}};
        if (runMs(j) >= 0)
            o.insert(u"run_ms"_s, runMs(j));
        a.append(o);
    }
    return QJsonDocument(a).toJson();
}

bool FleetFile::applyRule(AlertRules *rules, const QString &key, const QString &value,
                          QString *error)
{
    for (int i = 0; i < AlertRules::RuleCount; ++i) {
        const auto r = AlertRules::Rule(i);
        if (AlertRules::key(r) != key.trimmed())
            continue;
        const QString v = value.trimmed().toLower();
        if (v == "on"_L1 || v == "true"_L1 || v == "yes"_L1) {
            rules->enabled[i] = true;
            return true;
        }
        if (v == "off"_L1 || v == "false"_L1 || v == "no"_L1) {
            rules->enabled[i] = false;
            return true;
        }
        bool ok = false;
        const int n = v.toInt(&ok);
        if (ok && n >= 0 && AlertRules::hasThreshold(r)) {
            rules->enabled[i] = true;
            rules->threshold[i] = n;
            return true;
        }
        if (error)
            *error = QCoreApplication::translate("ComfyScope::FleetFile",
                                                 "rule %1: \"%2\" is not %3")
                         .arg(key, value,
                              AlertRules::hasThreshold(r) ? u"on, off or a number ≥ 0"_s
                                                          : u"on or off"_s);
        return false;
    }
    QStringList keys;
    for (int i = 0; i < AlertRules::RuleCount; ++i)
        keys << AlertRules::key(AlertRules::Rule(i));
    if (error)
        *error = QCoreApplication::translate("ComfyScope::FleetFile",
                                             "unknown rule \"%1\" (known: %2)")
                     .arg(key, keys.join(u", "_s));
    return false;
}

bool FleetFile::loadRules(const QString &path, AlertRules *rules, QString *error)
{
    AlertRules r = *rules;
    QString err;
    if (isIni(path)) {
        QSettings ini(path, QSettings::IniFormat);
        ini.beginGroup(u"rules"_s);
        for (const QString &k : ini.childKeys())
            if (!applyRule(&r, k, ini.value(k).toString(), &err)) {
                if (error)
                    *error = path + u": "_s + err;
                return false;
            }
    } else {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly) || f.size() > 16 * 1024 * 1024) {
            if (error)
                *error = path + u": "_s + f.errorString();
            return false;
        }
        const QJsonDocument doc = QJsonDocument::fromJson(f.readAll());
        const QJsonValue v = doc.object().value(u"rules"_s);
        if (!v.isUndefined() && !v.isObject()) {
            if (error)
                *error = path + u": \"rules\" must be an object"_s;
            return false;
        }
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            const QString value = it->isBool()     ? (it->toBool() ? u"on"_s : u"off"_s)
                                  : it->isDouble() ? QString::number(it->toInt(-1))
                                                   : it->toString();
            if (!applyRule(&r, it.key(), value, &err)) {
                if (error)
                    *error = path + u": "_s + err;
                return false;
            }
        }
    }
    *rules = r;
    return true;
}

// --- status publisher ------------------------------------------------------------------------

StatusPublisher::StatusPublisher(FleetModel *fleet, QObject *parent)
    : QObject(parent)
    , m_fleet(fleet)
{
    m_timer.setInterval(5000);
    connect(&m_timer, &QTimer::timeout, this, [this] { writeNow(); });
}

StatusPublisher::~StatusPublisher() = default;

void StatusPublisher::setStatusFile(const QString &path)
{
    m_path = path;
    if (m_path.isEmpty()) {
        m_timer.stop();
        return;
    }
    writeNow();
    m_timer.start();
}

void StatusPublisher::setInterval(int ms)
{
    m_timer.setInterval(qMax(200, ms));
}

bool StatusPublisher::writeNow()
{
    if (m_path.isEmpty())
        return false;
    QSaveFile f(m_path);
    if (!f.open(QIODevice::WriteOnly)) {
        m_error = m_path + u": "_s + f.errorString();
        return false;
    }
    f.write(QJsonDocument(m_fleet->statusJson()).toJson());
    if (!f.commit()) {
        m_error = m_path + u": "_s + f.errorString();
        return false;
    }
    return true;
}

bool StatusPublisher::startHttp(quint16 port)
{
    stopHttp();
    m_http = new QTcpServer(this);
    if (!m_http->listen(QHostAddress::LocalHost, port)) {
        m_error = tr("Cannot listen on 127.0.0.1:%1: %2").arg(port).arg(m_http->errorString());
        delete m_http;
        m_http = nullptr;
        return false;
    }
    connect(m_http, &QTcpServer::newConnection, this, &StatusPublisher::serve);
    return true;
}

void StatusPublisher::stopHttp()
{
    delete m_http;
    m_http = nullptr;
}

quint16 StatusPublisher::httpPort() const
{
    return m_http ? m_http->serverPort() : 0;
}

void StatusPublisher::serve()
{
    while (QTcpSocket *sock = m_http->nextPendingConnection()) {
        connect(sock, &QTcpSocket::disconnected, sock, &QObject::deleteLater);
        // Give up on clients that never finish their request line.
        QTimer::singleShot(5000, sock, [sock] {
            sock->abort();
            sock->deleteLater();
        });
        connect(sock, &QTcpSocket::readyRead, sock, [this, sock] {
            if (sock->property("answered").toBool())
                return;
            if (sock->bytesAvailable() > 8192 && !sock->canReadLine()) {
                sock->abort();
                return;
            }
            if (!sock->canReadLine())
                return;
            const QList<QByteArray> parts = sock->readLine(8192).trimmed().split(' ');
            sock->setProperty("answered", true);
            QByteArray status = "200 OK";
            QByteArray body;
            QByteArray type = "application/json";
            if (parts.size() < 2 || (parts.at(0) != "GET" && parts.at(0) != "HEAD")) {
                status = "405 Method Not Allowed";
                body = "only GET\n";
                type = "text/plain";
            } else if (parts.at(1) != "/" && parts.at(1) != "/status.json") {
                status = "404 Not Found";
                body = "try /status.json\n";
                type = "text/plain";
            } else {
                body = QJsonDocument(m_fleet->statusJson()).toJson(QJsonDocument::Compact);
            }
            QByteArray head = "HTTP/1.1 " + status + "\r\nContent-Type: " + type
                              + "\r\nContent-Length: " + QByteArray::number(body.size())
                              + "\r\nCache-Control: no-store\r\nConnection: close\r\n\r\n";
            sock->write(head);
            if (parts.value(0) != "HEAD")
                sock->write(body);
            sock->disconnectFromHost();
        });
    }
}

namespace {
QString outputPath(const QJsonObject &o)
{
    const QString sub = o.value("subfolder"_L1).toString();
    const QString file = o.value("filename"_L1).toString();
    return sub.isEmpty() ? file : sub + u'/' + file;
}
} // namespace

QByteArray FleetExport::storedJobsCsv(const QList<StoredJob> &jobs)
{
    QString out = u"server,prompt_id,client_id,workflow,workflow_hash,outcome,queued_at,"
                  "started_at,finished_at,run_ms,error,node_ms,outputs,own\r\n"_s;
    for (const StoredJob &j : jobs) {
        QStringList outputs;
        for (const QJsonValue &v : j.outputs) {
            const QJsonObject o = v.toObject();
            const QString node = o.value("node"_L1).toString();
            outputs << (node.isEmpty() ? QString() : node + u':') + outputPath(o);
        }
        QStringList nodes;
        for (auto it = j.nodeDurations.constBegin(); it != j.nodeDurations.constEnd(); ++it)
            nodes << it.key() + u'=' + QString::number(it->toInteger());
        const qint64 run = j.durationMs();
        const QStringList fields = {csvField(j.server),
                                    csvField(j.promptId),
                                    csvField(j.clientId),
                                    csvField(j.workflowName),
                                    csvField(j.workflowHash),
                                    csvField(j.outcome),
                                    iso(j.queuedAt),
                                    iso(j.startedAt),
                                    iso(j.finishedAt),
                                    run >= 0 ? QString::number(run) : QString(),
                                    csvField(j.errorText),
                                    csvField(nodes.join(u';')),
                                    csvField(outputs.join(u';')),
                                    j.own ? u"1"_s : u"0"_s};
        out += fields.join(u',') + u"\r\n"_s;
    }
    return out.toUtf8();
}

QByteArray FleetExport::storedJobsJson(const QList<StoredJob> &jobs)
{
    QJsonArray a;
    for (const StoredJob &j : jobs) {
        QJsonObject o{{u"server"_s, j.server},
                      {u"prompt_id"_s, j.promptId},
                      {u"client_id"_s, j.clientId},
                      {u"workflow"_s, j.workflowName},
                      {u"workflow_hash"_s, j.workflowHash},
                      {u"outcome"_s, j.outcome},
                      {u"queued_at"_s, iso(j.queuedAt)},
                      {u"started_at"_s, iso(j.startedAt)},
                      {u"finished_at"_s, iso(j.finishedAt)},
                      {u"error"_s, j.errorText},
                      {u"node_ms"_s, j.nodeDurations},
                      {u"outputs"_s, j.outputs},
                      {u"own"_s, j.own}};
        if (j.durationMs() >= 0)
            o.insert(u"run_ms"_s, j.durationMs());
        a.append(o);
    }
    return QJsonDocument(a).toJson();
}

} // namespace ComfyScope
