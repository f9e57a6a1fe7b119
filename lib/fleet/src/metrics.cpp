// SPDX-License-Identifier: MIT
#include <comfyscope/fleet/metrics.h>

#include <comfyscope/fleet/alertengine.h>
#include <comfyscope/fleet/fleetmodel.h>
#include <comfyscope/fleet/fleetserver.h>

#include <QtCore/QCoreApplication>
#include <QtCore/QElapsedTimer>
#include <QtCore/QTimer>
#include <QtNetwork/QTcpServer>
#include <QtNetwork/QTcpSocket>

#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace ComfyScope {

// --- histogram -----------------------------------------------------------------------------

MetricHistogram::MetricHistogram(const QList<double> &b)
    : bounds(b)
    , counts(b.size(), 0)
{}

void MetricHistogram::observe(double v)
{
    if (std::isnan(v))
        return;
    for (int i = 0; i < bounds.size(); ++i) {
        if (v <= bounds.at(i)) {
            ++counts[i];
            break;
        }
    }
    sum += v;
    ++count;
}

const QList<double> &MetricsCollector::jobDurationBuckets()
{
    static const QList<double> b{1, 2.5, 5, 10, 20, 30, 60, 120, 300, 600, 1200, 1800, 3600};
    return b;
}

const QList<double> &MetricsCollector::nodeDurationBuckets()
{
    static const QList<double> b{0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300};
    return b;
}

// --- per-server state ----------------------------------------------------------------------

namespace {
const char *const kOutcomes[] = {"succeeded", "failed", "interrupted", "cancelled", "lost"};

int outcomeIndex(Job::State s)
{
    switch (s) {
    case Job::State::Succeeded:
        return 0;
    case Job::State::Failed:
        return 1;
    case Job::State::Interrupted:
        return 2;
    case Job::State::Cancelled:
        return 3;
    case Job::State::Lost:
        return 4;
    default:
        return -1;
    }
}

struct RunningNode
{
    QString node;
    QString nodeClass;
    qint64 sinceMs = 0;
};
} // namespace

struct MetricsCollector::ServerStats
{
    QPointer<FleetServer> server;
    quint64 outcomes[5] = {0, 0, 0, 0, 0};
    MetricHistogram jobDuration{MetricsCollector::jobDurationBuckets()};
    QHash<QString, MetricHistogram> nodeDuration; ///< by node class
    QHash<QString, RunningNode> running;          ///< prompt id → node running now
    quint64 reconnects = 0;
    bool everUp = false;
    bool up = false;
    QElapsedTimer lastEvent;
    quint64 alertsRaised[AlertRules::RuleCount] = {};
    QElapsedTimer clock;
};

MetricsCollector::MetricsCollector(FleetModel *fleet, AlertEngine *alerts, QObject *parent)
    : QObject(parent)
    , m_fleet(fleet)
    , m_alerts(alerts)
{
    if (fleet) {
        for (FleetServer *s : fleet->servers())
            watchServer(s);
        connect(fleet, &FleetModel::serverAdded, this, &MetricsCollector::watchServer);
        connect(fleet, &FleetModel::serverRemoved, this, &MetricsCollector::forgetServer);
    }
    if (alerts) {
        connect(alerts, &AlertEngine::alertRaised, this, [this](const Alert &a) {
            if (!m_fleet)
                return;
            if (FleetServer *s = m_fleet->serverByKey(a.serverKey))
                if (const auto st = m_stats.value(s))
                    ++st->alertsRaised[a.rule];
        });
    }
}

MetricsCollector::~MetricsCollector() = default;

void MetricsCollector::watchServer(FleetServer *s)
{
    if (!s || m_stats.contains(s))
        return;
    auto st = std::make_shared<ServerStats>();
    st->server = s;
    st->up = s->isUp();
    st->everUp = st->up;
    st->lastEvent.start();
    st->clock.start();
    m_stats.insert(s, st);
    ServerStats *raw = st.get();
    connect(s, &FleetServer::changed, this, [raw] { raw->lastEvent.restart(); });
    connect(s, &FleetServer::stateChanged, this, [raw, s] {
        const bool up = s->isUp();
        if (up && !raw->up) {
            if (raw->everUp)
                ++raw->reconnects;
            raw->everUp = true;
        }
        raw->up = up;
    });
    connect(s, &FleetServer::jobFinished, this,
            [this, raw](const Job &j) { onJobFinished(*raw, j); });
    connect(s->tracker(), &JobTracker::jobChanged, this,
            [this, raw, s](const Job &j) { onJobChanged(*raw, s, j); });
    connect(s, &QObject::destroyed, this, [this, s] { m_stats.remove(s); });
}

void MetricsCollector::forgetServer(FleetServer *s)
{
    if (!m_stats.contains(s))
        return;
    s->disconnect(this);
    s->tracker()->disconnect(this);
    m_stats.remove(s);
}

void MetricsCollector::onJobChanged(ServerStats &st, FleetServer *, const Job &job)
{
    // Node durations: only jobs whose node-by-node events reach us (own, or relayed).
    if (!job.liveDetail || job.state != Job::State::Running)
        return;
    const qint64 now = st.clock.elapsed();
    auto it = st.running.find(job.promptId);
    if (it != st.running.end() && it->node == job.currentNode)
        return;
    if (it != st.running.end() && !it->node.isEmpty()) {
        // The class as the job knows it now: events can run ahead of the submit reply that
        // brings the workflow, so the class seen when the node started may have been unknown.
        const QString cls = job.nodeClasses.value(it->node, it->nodeClass);
        auto h = st.nodeDuration.find(cls);
        if (h == st.nodeDuration.end())
            h = st.nodeDuration.insert(cls, MetricHistogram(nodeDurationBuckets()));
        h->observe(double(now - it->sinceMs) / 1000.0);
    }
    if (job.currentNode.isEmpty()) {
        if (it != st.running.end())
            st.running.erase(it);
        return;
    }
    RunningNode rn{job.currentNode, job.currentNodeClass(), now};
    if (rn.nodeClass.isEmpty())
        rn.nodeClass = u"unknown"_s;
    st.running.insert(job.promptId, rn);
}

void MetricsCollector::onJobFinished(ServerStats &st, const Job &job)
{
    const auto it = st.running.find(job.promptId);
    if (it != st.running.end()) {
        // The last node ran until the job ended (a failed or interrupted node included).
        if (!it->node.isEmpty() && (job.state == Job::State::Succeeded)) {
            const QString cls = job.nodeClasses.value(it->node, it->nodeClass);
            auto h = st.nodeDuration.find(cls);
            if (h == st.nodeDuration.end())
                h = st.nodeDuration.insert(cls, MetricHistogram(nodeDurationBuckets()));
            h->observe(double(st.clock.elapsed() - it->sinceMs) / 1000.0);
        }
        st.running.erase(it);
    }
    const int o = outcomeIndex(job.state);
    if (o < 0)
        return;
    ++st.outcomes[o];
    if (o <= 2 && job.startedAt.isValid() && job.finishedAt.isValid()
        && job.finishedAt >= job.startedAt)
        st.jobDuration.observe(double(job.startedAt.msecsTo(job.finishedAt)) / 1000.0);
}

void MetricsCollector::addSection(const QString &name, std::function<QByteArray()> render)
{
    removeSection(name);
    m_sections.append({name, std::move(render)});
}

void MetricsCollector::removeSection(const QString &name)
{
    m_sections.removeIf([&](const auto &p) { return p.first == name; });
}

// --- rendering -----------------------------------------------------------------------------

QByteArray MetricsCollector::escapeLabel(const QString &value)
{
    QByteArray out;
    const QByteArray in = value.toUtf8();
    out.reserve(in.size());
    for (const char c : in) {
        if (c == '\\')
            out += "\\\\";
        else if (c == '"')
            out += "\\\"";
        else if (c == '\n')
            out += "\\n";
        else
            out += c;
    }
    return out;
}

QByteArray MetricsCollector::formatValue(double v)
{
    if (std::isnan(v))
        return "NaN";
    if (std::isinf(v))
        return v > 0 ? "+Inf" : "-Inf";
    if (v == std::floor(v) && std::fabs(v) < 9007199254740992.0)
        return QByteArray::number(qint64(v));
    return QByteArray::number(v, 'g', QLocale::FloatingPointShortest);
}

namespace {
/// Writes one metric family: HELP and TYPE once, then its samples.
class Family
{
public:
    Family(QByteArray &out, const char *name, const char *type, const char *help)
        : m_out(out)
        , m_name(name)
    {
        m_out += "# HELP ";
        m_out += name;
        m_out += ' ';
        m_out += help;
        m_out += "\n# TYPE ";
        m_out += name;
        m_out += ' ';
        m_out += type;
        m_out += '\n';
    }
    /// `labels` is the inside of {…} without braces (may be empty).
    void sample(const QByteArray &labels, double v, const char *suffix = nullptr)
    {
        m_out += m_name;
        if (suffix)
            m_out += suffix;
        if (!labels.isEmpty()) {
            m_out += '{';
            m_out += labels;
            m_out += '}';
        }
        m_out += ' ';
        m_out += MetricsCollector::formatValue(v);
        m_out += '\n';
    }
    void histogram(const QByteArray &labels, const MetricHistogram &h)
    {
        quint64 cum = 0;
        const QByteArray sep = labels.isEmpty() ? QByteArray() : labels + ',';
        for (int i = 0; i < h.bounds.size(); ++i) {
            cum += h.counts.at(i);
            sample(sep + "le=\"" + MetricsCollector::formatValue(h.bounds.at(i)) + '"', double(cum),
                   "_bucket");
        }
        sample(sep + "le=\"+Inf\"", double(h.count), "_bucket");
        sample(labels, h.sum, "_sum");
        sample(labels, double(h.count), "_count");
    }

private:
    QByteArray &m_out;
    const char *m_name;
};

QByteArray label(const char *name, const QString &value)
{
    return QByteArray(name) + "=\"" + MetricsCollector::escapeLabel(value) + '"';
}
} // namespace

QByteArray MetricsCollector::exposition() const
{
    QByteArray out;
    out.reserve(4096 + 3072 * m_stats.size());
    struct Row
    {
        const FleetServer *s;
        const ServerStats *st;
        QByteArray server; ///< server="name"
        ServerHealth health;
        std::optional<Job> running;
    };
    QList<Row> rows;
    const QList<FleetServer *> servers = m_fleet ? m_fleet->servers() : QList<FleetServer *>();
    rows.reserve(servers.size());
    for (const FleetServer *s : servers) {
        const auto st = m_stats.value(s);
        if (!st)
            continue;
        rows.append({s, st.get(), label("server", s->name()), s->health(), s->runningJob()});
    }

    {
        Family f(out, "comfyscope_fleet_servers", "gauge", "Servers in the fleet file.");
        f.sample({}, double(rows.size()));
    }
    {
        Family f(out, "comfyscope_server_up", "gauge",
                 "1 when the server is reachable (WebSocket or HTTP polling), else 0.");
        for (const Row &r : rows)
            f.sample(r.server, r.s->isUp() ? 1 : 0);
    }
    {
        Family f(out, "comfyscope_server_info", "gauge",
                 "Always 1; the ComfyUI version the server reports (empty until known).");
        for (const Row &r : rows)
            f.sample(r.server + ',' + label("version", r.s->version()), 1);
    }
    {
        Family f(out, "comfyscope_server_rtt_seconds", "gauge",
                 "Round-trip time of the last WebSocket ping.");
        for (const Row &r : rows)
            if (r.s->rttMs() >= 0)
                f.sample(r.server, r.s->rttMs() / 1000.0);
    }
    {
        Family f(out, "comfyscope_server_reconnects_total", "counter",
                 "Times the connection came back after it was lost.");
        for (const Row &r : rows)
            f.sample(r.server, double(r.st->reconnects));
    }
    {
        Family f(out, "comfyscope_server_restarts_total", "counter",
                 "Server restarts detected (history lost, version or command line changed).");
        for (const Row &r : rows)
            f.sample(r.server, double(r.s->restarts()));
    }
    {
        Family f(out, "comfyscope_server_last_event_age_seconds", "gauge",
                 "Seconds since anything was last heard from the server.");
        for (const Row &r : rows)
            f.sample(r.server, r.st->lastEvent.elapsed() / 1000.0);
    }
    {
        Family f(out, "comfyscope_queue_pending_jobs", "gauge", "Jobs waiting in the queue.");
        for (const Row &r : rows)
            f.sample(r.server, r.s->pendingCount());
    }
    {
        Family f(out, "comfyscope_queue_running_jobs", "gauge", "Jobs running.");
        for (const Row &r : rows)
            f.sample(r.server, r.s->runningCount());
    }
    {
        Family f(out, "comfyscope_jobs_total", "counter",
                 "Jobs that ended, by outcome (own and other clients' jobs).");
        for (const Row &r : rows)
            for (int i = 0; i < 5; ++i)
                f.sample(r.server + ",outcome=\"" + kOutcomes[i] + '"', double(r.st->outcomes[i]));
    }
    {
        Family f(out, "comfyscope_job_duration_seconds", "histogram",
                 "Run time of jobs that succeeded, failed or were interrupted.");
        for (const Row &r : rows)
            f.histogram(r.server, r.st->jobDuration);
    }
    {
        Family f(out, "comfyscope_node_duration_seconds", "histogram",
                 "Run time of nodes, by class, of jobs whose progress reaches the monitor.");
        for (const Row &r : rows) {
            QStringList classes = r.st->nodeDuration.keys();
            classes.sort();
            for (const QString &c : std::as_const(classes))
                f.histogram(r.server + ',' + label("node_class", c), r.st->nodeDuration.value(c));
        }
    }
    {
        Family f(out, "comfyscope_running_job_progress_ratio", "gauge",
                 "Progress (0-1) of the running job, when its progress reaches the monitor.");
        for (const Row &r : rows)
            if (r.running && r.running->liveDetail)
                f.sample(r.server, r.running->overallProgress());
    }
    {
        Family f(out, "comfyscope_running_job_elapsed_seconds", "gauge",
                 "Seconds the running job has been running.");
        for (const Row &r : rows)
            if (r.running && r.running->startedAt.isValid())
                f.sample(r.server, r.running->elapsedMs() / 1000.0);
    }
    {
        Family f(out, "comfyscope_running_job_eta_seconds", "gauge",
                 "Estimated seconds until the running job ends (from recent runs).");
        for (const Row &r : rows)
            if (r.running && r.s->runningEtaMs() >= 0)
                f.sample(r.server, r.s->runningEtaMs() / 1000.0);
    }
    {
        Family f(out, "comfyscope_ram_used_bytes", "gauge", "System RAM in use.");
        for (const Row &r : rows)
            if (r.health.ramUsed >= 0)
                f.sample(r.server, double(r.health.ramUsed));
    }
    {
        Family f(out, "comfyscope_ram_total_bytes", "gauge", "System RAM.");
        for (const Row &r : rows)
            if (r.health.ramTotal >= 0)
                f.sample(r.server, double(r.health.ramTotal));
    }
    {
        Family f(out, "comfyscope_cpu_utilization_ratio", "gauge",
                 "CPU load (0-1), from the crystools monitor when installed.");
        for (const Row &r : rows)
            if (r.health.cpuUtilization >= 0)
                f.sample(r.server, r.health.cpuUtilization / 100.0);
    }
    auto gpuLabel = [](const Row &r, const GpuHealth &g, int i) -> QByteArray {
        return r.server + ',' + label("gpu", QString::number(g.index >= 0 ? g.index : i));
    };
    {
        Family f(out, "comfyscope_gpu_info", "gauge", "Always 1; the GPU's name.");
        for (const Row &r : rows)
            for (int i = 0; i < r.health.gpus.size(); ++i)
                f.sample(gpuLabel(r, r.health.gpus.at(i), i) + ','
                             + label("name", r.health.gpus.at(i).name),
                         1);
    }
    {
        Family f(out, "comfyscope_gpu_vram_used_bytes", "gauge", "VRAM in use.");
        for (const Row &r : rows)
            for (int i = 0; i < r.health.gpus.size(); ++i)
                if (r.health.gpus.at(i).vramUsed >= 0)
                    f.sample(gpuLabel(r, r.health.gpus.at(i), i),
                             double(r.health.gpus.at(i).vramUsed));
    }
    {
        Family f(out, "comfyscope_gpu_vram_total_bytes", "gauge", "VRAM.");
        for (const Row &r : rows)
            for (int i = 0; i < r.health.gpus.size(); ++i)
                if (r.health.gpus.at(i).vramTotal >= 0)
                    f.sample(gpuLabel(r, r.health.gpus.at(i), i),
                             double(r.health.gpus.at(i).vramTotal));
    }
    {
        Family f(out, "comfyscope_gpu_utilization_ratio", "gauge",
                 "GPU load (0-1), from the crystools monitor when installed.");
        for (const Row &r : rows)
            for (int i = 0; i < r.health.gpus.size(); ++i)
                if (r.health.gpus.at(i).utilization >= 0)
                    f.sample(gpuLabel(r, r.health.gpus.at(i), i),
                             r.health.gpus.at(i).utilization / 100.0);
    }
    {
        Family f(out, "comfyscope_gpu_temperature_celsius", "gauge",
                 "GPU temperature, from the crystools monitor when installed.");
        for (const Row &r : rows)
            for (int i = 0; i < r.health.gpus.size(); ++i)
                if (r.health.gpus.at(i).temperature >= 0)
                    f.sample(gpuLabel(r, r.health.gpus.at(i), i), r.health.gpus.at(i).temperature);
    }
    {
        // Active condition alerts per server and rule (0 for rules without one).
        QHash<QString, QList<int>> active;
        if (m_alerts)
            for (const Alert &a : m_alerts->alerts())
                if (a.isActive()) {
                    auto &v = active[a.serverKey];
                    if (v.isEmpty())
                        v.fill(0, AlertRules::RuleCount);
                    ++v[a.rule];
                }
        Family f(out, "comfyscope_alerts_active", "gauge",
                 "Alerts whose condition is still on, by rule (acknowledged or not).");
        for (const Row &r : rows) {
            const QList<int> v = active.value(r.s->key());
            for (int i = 0; i < AlertRules::RuleCount; ++i)
                if (AlertRules::hasThreshold(AlertRules::Rule(i)))
                    f.sample(r.server + ',' + label("rule", AlertRules::key(AlertRules::Rule(i))),
                             v.isEmpty() ? 0 : v.at(i));
        }
    }
    {
        Family f(out, "comfyscope_alerts_raised_total", "counter", "Alerts raised, by rule.");
        for (const Row &r : rows)
            for (int i = 0; i < AlertRules::RuleCount; ++i)
                f.sample(r.server + ',' + label("rule", AlertRules::key(AlertRules::Rule(i))),
                         double(r.st->alertsRaised[i]));
    }
    for (const auto &sec : m_sections)
        out += sec.second();
    return out;
}

// --- HTTP ----------------------------------------------------------------------------------

MetricsServer::MetricsServer(MetricsCollector *collector, QObject *parent)
    : QObject(parent)
    , m_collector(collector)
{}

MetricsServer::~MetricsServer()
{
    close();
}

bool MetricsServer::parseAddress(const QString &text, QHostAddress *host, quint16 *port,
                                 QString *error)
{
    QString h = u"127.0.0.1"_s;
    QString p = text.trimmed();
    const int colon = p.lastIndexOf(u':');
    if (colon >= 0) {
        h = p.left(colon);
        p = p.mid(colon + 1);
        if (h.startsWith(u'[') && h.endsWith(u']'))
            h = h.mid(1, h.size() - 2);
        if (h.isEmpty())
            h = u"127.0.0.1"_s;
    }
    bool ok = false;
    const uint n = p.toUInt(&ok);
    QHostAddress a;
    if (h == "localhost"_L1)
        a = QHostAddress::LocalHost;
    else
        a = QHostAddress(h);
    if (!ok || n > 65535 || a.isNull()) {
        if (error)
            *error = QCoreApplication::translate(
                         "ComfyScope",
                         "\"%1\" is not an address: use HOST:PORT, e.g. 127.0.0.1:9464")
                         .arg(text);
        return false;
    }
    *host = a;
    *port = quint16(n);
    return true;
}

bool MetricsServer::listen(const QHostAddress &host, quint16 port)
{
    close();
    m_server = new QTcpServer(this);
    if (!m_server->listen(host, port)) {
        m_error = QCoreApplication::translate("ComfyScope", "Cannot listen on %1:%2: %3")
                      .arg(host.toString())
                      .arg(port)
                      .arg(m_server->errorString());
        delete m_server;
        m_server = nullptr;
        return false;
    }
    connect(m_server, &QTcpServer::newConnection, this, &MetricsServer::serve);
    return true;
}

void MetricsServer::close()
{
    delete m_server;
    m_server = nullptr;
}

bool MetricsServer::isListening() const
{
    return m_server && m_server->isListening();
}

quint16 MetricsServer::port() const
{
    return m_server ? m_server->serverPort() : 0;
}

QHostAddress MetricsServer::address() const
{
    return m_server ? m_server->serverAddress() : QHostAddress();
}

void MetricsServer::serve()
{
    while (QTcpSocket *sock = m_server->nextPendingConnection()) {
        connect(sock, &QTcpSocket::disconnected, sock, &QObject::deleteLater);
        // Give up on clients that never finish their request.
        QTimer::singleShot(10000, sock, [sock] {
            sock->abort();
            sock->deleteLater();
        });
        connect(sock, &QTcpSocket::readyRead, sock, [this, sock] { answer(sock); });
    }
}

namespace {
bool constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return diff == 0;
}
} // namespace

void MetricsServer::answer(QTcpSocket *sock)
{
    if (sock->property("answered").toBool())
        return;
    QByteArray buf = sock->property("buf").toByteArray() + sock->readAll();
    const qsizetype end = buf.indexOf("\r\n\r\n");
    if (end < 0) {
        if (buf.size() > 16384)
            sock->abort();
        else
            sock->setProperty("buf", buf);
        return;
    }
    sock->setProperty("answered", true);
    const QList<QByteArray> lines = buf.left(end).split('\n');
    const QList<QByteArray> parts = lines.value(0).trimmed().split(' ');
    QByteArray auth;
    for (int i = 1; i < lines.size(); ++i) {
        const QByteArray l = lines.at(i).trimmed();
        const qsizetype c = l.indexOf(':');
        if (c > 0 && l.left(c).trimmed().toLower() == "authorization")
            auth = l.mid(c + 1).trimmed();
    }
    QByteArray status = "200 OK";
    QByteArray body;
    QByteArray type = "text/plain; charset=utf-8";
    QByteArray extra;
    const QByteArray path = parts.value(1).split('?').value(0);
    if (parts.size() < 2 || (parts.at(0) != "GET" && parts.at(0) != "HEAD")) {
        status = "405 Method Not Allowed";
        body = "only GET\n";
        extra = "Allow: GET, HEAD\r\n";
    } else if (!m_token.isEmpty()
               && !(auth.startsWith("Bearer ")
                    && constantTimeEquals(auth.mid(7).trimmed(), m_token))) {
        ++m_unauthorized;
        status = "401 Unauthorized";
        body = "a bearer token is required\n";
        extra = "WWW-Authenticate: Bearer realm=\"comfyscope\"\r\n";
    } else if (path != "/metrics") {
        status = "404 Not Found";
        body = "try /metrics\n";
    } else {
        QElapsedTimer t;
        t.start();
        body = m_collector->exposition();
        m_lastRenderMs = t.nsecsElapsed() / 1e6;
        ++m_scrapes;
        type = "text/plain; version=0.0.4; charset=utf-8";
    }
    QByteArray head = "HTTP/1.1 " + status + "\r\nContent-Type: " + type
                      + "\r\nContent-Length: " + QByteArray::number(body.size())
                      + "\r\nCache-Control: no-store\r\n" + extra + "Connection: close\r\n\r\n";
    sock->write(head);
    if (parts.value(0) != "HEAD")
        sock->write(body);
    sock->disconnectFromHost();
}

} // namespace ComfyScope
