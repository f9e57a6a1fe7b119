// SPDX-License-Identifier: MIT
#pragma once

#include <QtCore/QByteArray>
#include <QtCore/QDateTime>
#include <QtCore/QElapsedTimer>
#include <QtCore/QHash>
#include <QtCore/QObject>
#include <QtCore/QPointer>
#include <QtNetwork/QHostAddress>

#include <functional>
#include <memory>

class QTcpServer;
class QTcpSocket;

namespace ComfyScope {

class AlertEngine;
class FleetModel;
class FleetServer;
struct Job;

/// A Prometheus histogram with fixed bucket bounds (in seconds).
struct MetricHistogram
{
    explicit MetricHistogram(const QList<double> &bounds = {});
    void observe(double v);
    QList<double> bounds;
    QList<quint64> counts; ///< per bucket, not cumulative
    double sum = 0;
    quint64 count = 0;
};

/*!
 * Collects what the fleet does into Prometheus metrics and renders them in the text exposition
 * format (version 0.0.4). One series set per server, labelled `server` with its fleet name;
 * never a prompt id as a label. Counters count from the moment the collector watches a server;
 * a removed server's series disappear with it.
 *
 * Metric families (all prefixed `comfyscope_`):
 *  server_up, server_info{version}, server_rtt_seconds, server_reconnects_total,
 *  server_restarts_total, server_last_event_age_seconds, queue_pending_jobs,
 *  queue_running_jobs, jobs_total{outcome}, job_duration_seconds (histogram),
 *  node_duration_seconds{node_class} (histogram; jobs whose progress reaches us: own jobs and
 *  relayed ones), running_job_progress_ratio / running_job_elapsed_seconds /
 *  running_job_eta_seconds (only while a job with live detail runs), ram_used_bytes,
 *  ram_total_bytes, cpu_utilization_ratio, gpu_vram_used_bytes{gpu}, gpu_vram_total_bytes{gpu},
 *  gpu_utilization_ratio{gpu}, gpu_temperature_celsius{gpu}, gpu_info{gpu,name},
 *  alerts_active{rule}, alerts_raised_total{rule}, fleet_servers, plus whatever extra sections
 *  were added with addSection() (the webhook sender's).
 */
class MetricsCollector : public QObject
{
    Q_OBJECT
public:
    MetricsCollector(FleetModel *fleet, AlertEngine *alerts, QObject *parent = nullptr);
    ~MetricsCollector() override;

    /// The whole exposition, ready to serve as text/plain; version=0.0.4.
    QByteArray exposition() const;
    /// Extra families rendered after the fleet's (must be complete HELP/TYPE/sample text).
    void addSection(const QString &name, std::function<QByteArray()> render);
    void removeSection(const QString &name);

    /// Escape a label value (backslash, double quote, newline).
    static QByteArray escapeLabel(const QString &value);
    /// A float as Prometheus writes it (+Inf, -Inf, NaN, shortest round-trip form).
    static QByteArray formatValue(double v);

    static const QList<double> &jobDurationBuckets();
    static const QList<double> &nodeDurationBuckets();

private:
    struct ServerStats;
    void watchServer(FleetServer *s);
    void forgetServer(FleetServer *s);
    void onJobChanged(ServerStats &st, FleetServer *s, const Job &job);
    void onJobFinished(ServerStats &st, const Job &job);

    QPointer<FleetModel> m_fleet;
    QPointer<AlertEngine> m_alerts;
    QHash<const FleetServer *, std::shared_ptr<ServerStats>> m_stats;
    QList<QPair<QString, std::function<QByteArray()>>> m_sections;
};

/*!
 * Serves a MetricsCollector on GET /metrics (HTTP/1.1, one request per connection). Bound to
 * 127.0.0.1 unless told otherwise; with a bearer token set, a request without
 * `Authorization: Bearer TOKEN` gets 401. Anything but /metrics is 404; anything but GET/HEAD
 * is 405. Put a reverse proxy in front for TLS.
 */
class MetricsServer : public QObject
{
    Q_OBJECT
public:
    explicit MetricsServer(MetricsCollector *collector, QObject *parent = nullptr);
    ~MetricsServer() override;

    /// Parse "host:port", ":port" or "port" (host defaults to 127.0.0.1); false on bad input.
    static bool parseAddress(const QString &text, QHostAddress *host, quint16 *port,
                             QString *error);
    void setBearerToken(const QByteArray &token) { m_token = token; }
    bool listen(const QHostAddress &host, quint16 port);
    void close();
    bool isListening() const;
    quint16 port() const;
    QHostAddress address() const;
    QString errorString() const { return m_error; }
    /// Scrapes answered / refused for want of the token.
    quint64 scrapes() const { return m_scrapes; }
    quint64 unauthorized() const { return m_unauthorized; }
    /// Time the last /metrics body took to render, in ms.
    double lastRenderMs() const { return m_lastRenderMs; }

private:
    void serve();
    void answer(QTcpSocket *sock);

    MetricsCollector *m_collector;
    QTcpServer *m_server = nullptr;
    QByteArray m_token;
    QString m_error;
    quint64 m_scrapes = 0;
    quint64 m_unauthorized = 0;
    double m_lastRenderMs = 0;
};

} // namespace ComfyScope
