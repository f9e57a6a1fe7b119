// SPDX-License-Identifier: MIT
#pragma once

#include <comfyscope/fleet/alertengine.h>
#include <comfyscope/fleet/serverprofile.h>

#include <comfyscope/jobtracker.h>

#include <QtCore/QByteArray>
#include <QtCore/QDateTime>
#include <QtCore/QList>
#include <QtCore/QObject>
#include <QtCore/QPointer>
#include <QtCore/QTimer>
#include <QtNetwork/QNetworkProxy>

#include <optional>

class QTcpServer;

namespace ComfyScope {
struct StoredJob;
}

namespace ComfyScope {

class FleetModel;
class FleetServer;

/// One server of a fleet file.
struct FleetEntry
{
    QString name;
    ServerProfile profile;
    std::optional<QNetworkProxy> proxy; ///< unset: application default (system proxy)
    bool enabled = true;
};

/*!
 * Fleet files: the servers to watch, as JSON or INI (by extension; `.ini`/`.conf` are INI).
 *
 * JSON: {"servers": [{"name": "gpu-01", "address": "http://10.0.0.11:8188", "token": "…",
 *        "user": "…", "password": "…", "query_token": "…", "header": "X-Api-Key: …",
 *        "comfy_user": "…", "pin_sha256": "ab:cd:…", "proxy": "socks5://host:1080",
 *        "relay": true, "relay_token": "…", "enabled": true}, …]}
 * INI:  one group per server, the group name is the server name, same keys.
 * Values of the form ${NAME} are read from the environment, so secrets need not be in the file.
 * `proxy` is "system" (default), "none", or a URL http://[user:pass@]host:port or
 * socks5://[user:pass@]host:port.
 */
namespace FleetFile {
QList<FleetEntry> load(const QString &path, QString *error);
/// Writes JSON (or INI by extension). Secrets are written only if `withSecrets`.
bool save(const QString &path, const QList<FleetEntry> &entries, bool withSecrets, QString *error);
std::optional<QNetworkProxy> parseProxy(const QString &text, QString *error);
/// Alert thresholds of a fleet file: a top-level "rules" object (JSON) or a [rules] group
/// (INI; so no server can be called "rules" there), keys AlertRules::key() ("server_down",
/// "stall", "execution_error", "queue_depth", "vram_high", "restarted"), each value a threshold
/// (which also switches the rule on), true/"on" or false/"off". Applied over `rules`; a file
/// without the section leaves them as they are.
bool loadRules(const QString &path, AlertRules *rules, QString *error);
/// One rule override "key=value" as above (also the monitor's --rule).
bool applyRule(AlertRules *rules, const QString &key, const QString &value, QString *error);
QString proxyToString(const std::optional<QNetworkProxy> &proxy, bool withSecrets);
} // namespace FleetFile

/// Exports for other tools. CSV is RFC 4180 with a header row, UTF-8, ISO 8601 UTC times.
namespace FleetExport {
/// One event log line to export; `level` is "info", "warning" or "error".
struct LogRow
{
    QDateTime time;
    QString level;
    QString source;
    QString message;
    QString server; ///< the server the entry is about (empty: not about one server)
};
QByteArray eventLogCsv(const QList<LogRow> &log);
QByteArray eventLogJson(const QList<LogRow> &log);
/// Finished jobs of every server with queue time, start, end, duration and outcome.
QByteArray jobDurationsCsv(const QList<FleetServer *> &servers);
QByteArray jobDurationsJson(const QList<FleetServer *> &servers);
/// Jobs of the job database (the history browser's export), in the order given: CSV with one
/// row per job (outputs as `node:subfolder/filename`, `;`-separated; per-node times as
/// `node=ms`), JSON with every field (outputs and per-node times as objects).
QByteArray storedJobsCsv(const QList<StoredJob> &jobs);
QByteArray storedJobsJson(const QList<StoredJob> &jobs);
/// One RFC 4180 field; a leading = + - @ is quoted with ' (formula injection guard).
QString csvField(const QString &value);
} // namespace FleetExport

/*!
 * Publishes the fleet's state (FleetModel::statusJson()) for other tooling: as a file rewritten
 * atomically every few seconds, and/or on a local HTTP endpoint bound to 127.0.0.1 only
 * (GET /status.json or /; anything else 404). Both are off by default.
 */
class StatusPublisher : public QObject
{
    Q_OBJECT
public:
    explicit StatusPublisher(FleetModel *fleet, QObject *parent = nullptr);
    ~StatusPublisher() override;

    /// Empty path: no file.
    void setStatusFile(const QString &path);
    QString statusFile() const { return m_path; }
    void setInterval(int ms);
    /// Listen on 127.0.0.1:port (0 = any free port); returns false with errorString() set.
    bool startHttp(quint16 port);
    void stopHttp();
    /// The port listened on, 0 when off.
    quint16 httpPort() const;
    QString errorString() const { return m_error; }
    /// Write the file now (also done by the timer).
    bool writeNow();

private:
    void serve();

    FleetModel *m_fleet;
    QString m_path;
    QTimer m_timer;
    QTcpServer *m_http = nullptr;
    QString m_error;
};

} // namespace ComfyScope
