// SPDX-License-Identifier: MIT
#include <comfyscope/fleet/fleetmodel.h>

#include <comfyscope/fleet/alertengine.h>
#include <comfyscope/fleet/fleetserver.h>

#include <comfyscope/jobtracker.h>

#include <QtCore/QCoreApplication>
#include <QtCore/QJsonArray>
#include <QtCore/QMetaEnum>

using namespace Qt::StringLiterals;

namespace ComfyScope {

FleetModel::FleetModel(QObject *parent)
    : QAbstractListModel(parent)
{
    m_refresh.setInterval(250);
    m_refresh.setSingleShot(true);
    connect(&m_refresh, &QTimer::timeout, this, &FleetModel::flush);
    // Precise: a coarse timer may fire up to 5 % late, and the ages show seconds. Every 900 ms,
    // not 1000: a row must be refreshed at least once a second even when the tick comes late
    // behind a busy GUI thread (at 200 servers a 1 000 ms tick left gaps of 1 020 ms), and a
    // seconds counter then never skips a second.
    m_tick.setTimerType(Qt::PreciseTimer);
    m_tick.setInterval(900);
    connect(&m_tick, &QTimer::timeout, this, [this] {
        // Every tile shows an age: how long up or down, the running job's elapsed time and ETA.
        for (FleetServer *s : std::as_const(m_servers))
            if (s->isStarted())
                m_dirty.insert(s);
        flush(); // now, so each row is refreshed at least once per tick
    });
    m_tick.start();
}

FleetModel::~FleetModel()
{
    for (FleetServer *s : std::as_const(m_servers))
        s->disconnect(this);
}

void FleetModel::setAlertEngine(AlertEngine *engine)
{
    if (m_alerts)
        m_alerts->disconnect(this);
    m_alerts = engine;
    if (engine) {
        connect(engine, &AlertEngine::attentionChanged, this, [this] {
            for (FleetServer *s : std::as_const(m_servers))
                markDirty(s);
        });
        for (FleetServer *s : std::as_const(m_servers))
            engine->watch(s);
    }
}

void FleetModel::addServer(FleetServer *server)
{
    if (!server || m_servers.contains(server))
        return;
    server->setParent(this);
    const int row = int(m_servers.size());
    beginInsertRows({}, row, row);
    m_servers.append(server);
    endInsertRows();
    connect(server, &FleetServer::changed, this, [this, server] { markDirty(server); });
    if (m_alerts)
        m_alerts->watch(server);
    Q_EMIT serverAdded(server);
    Q_EMIT totalsChanged();
}

void FleetModel::removeServer(FleetServer *server)
{
    const int row = rowOf(server);
    if (row < 0)
        return;
    if (m_alerts)
        m_alerts->unwatch(server);
    server->disconnect(this);
    server->stop();
    beginRemoveRows({}, row, row);
    m_servers.removeAt(row);
    m_dirty.remove(server);
    endRemoveRows();
    Q_EMIT serverRemoved(server);
    server->deleteLater();
    Q_EMIT totalsChanged();
}

FleetServer *FleetModel::serverByKey(const QString &key) const
{
    for (FleetServer *s : m_servers)
        if (s->key() == key)
            return s;
    return nullptr;
}

void FleetModel::markDirty(FleetServer *s)
{
    m_dirty.insert(s);
    if (!m_refresh.isActive())
        m_refresh.start();
}

void FleetModel::flush()
{
    m_refresh.stop();
    const QSet<FleetServer *> dirty = std::exchange(m_dirty, {});
    // One dataChanged for the span of the changed rows: views and the sort proxy handle a range
    // once instead of once per row (200 rows a second with the tick).
    int first = -1, last = -1;
    for (FleetServer *s : dirty) {
        const int row = rowOf(s);
        if (row < 0)
            continue;
        first = first < 0 ? row : qMin(first, row);
        last = qMax(last, row);
    }
    if (first >= 0)
        Q_EMIT dataChanged(index(first), index(last));
    Q_EMIT totalsChanged();
}

FleetTotals FleetModel::totals() const
{
    FleetTotals t;
    t.servers = int(m_servers.size());
    for (const FleetServer *s : m_servers) {
        if (!s->isStarted())
            continue;
        (s->isUp() ? t.up : t.down) += 1;
        t.running += s->runningCount();
        t.pending += s->pendingCount();
        t.failedLastHour += s->failedLastHour();
        t.finishedLastHour += s->finishedLastHour();
    }
    t.alerts = m_alerts ? m_alerts->attentionCount() : 0;
    return t;
}

int FleetModel::attention(const FleetServer *s) const
{
    int score = 0;
    if (m_alerts)
        score += 100 * qMin(m_alerts->attentionCount(s->key()), 9);
    if (s->isStarted() && !s->isUp())
        score += 500;
    score += 20 * qMin(s->failedLastHour(), 10);
    if (s->runningJob())
        score += 5;
    return score;
}

QJsonObject FleetModel::statusJson() const
{
    const FleetTotals t = totals();
    QJsonArray servers;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const FleetServer *s : m_servers) {
        QJsonObject o{
            {u"key"_s, s->key()},
            {u"name"_s, s->name()},
            {u"address"_s, s->address()},
            {u"state"_s,
             QString::fromLatin1(QMetaEnum::fromType<Client::State>().valueToKey(int(s->state())))
                 .toLower()},
            {u"up"_s, s->isUp()},
            {u"state_since"_s, s->stateSince().toString(Qt::ISODateWithMs)},
            {u"version"_s, s->version()},
            {u"rtt_ms"_s, s->rttMs()},
            {u"queue_remaining"_s, s->queueDepth()},
            {u"failed_last_hour"_s, s->failedLastHour()},
            {u"finished_last_hour"_s, s->finishedLastHour()},
            {u"restarts"_s, s->restarts()},
            {u"alerts"_s, m_alerts ? m_alerts->attentionCount(s->key()) : 0}};
        if (s->downSince().isValid())
            o.insert(u"down_for_s"_s, s->downSince().secsTo(now));
        if (!s->lastError().isEmpty())
            o.insert(u"last_error"_s, s->lastError());
        if (const auto j = s->runningJob()) {
            QJsonObject r{{u"prompt_id"_s, j->promptId},
                          {u"own"_s, j->own},
                          {u"live_detail"_s, j->liveDetail},
                          {u"relayed"_s, j->relayed},
                          {u"elapsed_ms"_s, j->elapsedMs(now)}};
            if (j->liveDetail) {
                r.insert(u"progress"_s, j->overallProgress());
                r.insert(u"node"_s, j->currentNodeLabel());
                r.insert(u"node_progress"_s, j->nodeProgress());
            }
            const qint64 eta = s->runningEtaMs();
            if (eta >= 0)
                r.insert(u"eta_ms"_s, eta);
            o.insert(u"running"_s, r);
        }
        const ServerHealth h = s->health();
        if (h.isKnown()) {
            QJsonArray gpus;
            for (const GpuHealth &g : h.gpus) {
                QJsonObject go{{u"name"_s, g.name}};
                if (g.vramTotal >= 0)
                    go.insert(u"vram_total"_s, g.vramTotal);
                if (g.vramUsed >= 0)
                    go.insert(u"vram_used"_s, g.vramUsed);
                if (g.utilization >= 0)
                    go.insert(u"utilization"_s, g.utilization);
                if (g.temperature >= 0)
                    go.insert(u"temperature"_s, g.temperature);
                gpus.append(go);
            }
            QJsonObject ho{{u"gpus"_s, gpus}};
            if (h.ramTotal >= 0)
                ho.insert(u"ram_total"_s, h.ramTotal);
            if (h.ramUsed >= 0)
                ho.insert(u"ram_used"_s, h.ramUsed);
            if (h.cpuUtilization >= 0)
                ho.insert(u"cpu_utilization"_s, h.cpuUtilization);
            o.insert(u"health"_s, ho);
        }
        servers.append(o);
    }
    return QJsonObject{{u"generated_at"_s, now.toString(Qt::ISODateWithMs)},
                       {u"totals"_s, QJsonObject{{u"servers"_s, t.servers},
                                                 {u"up"_s, t.up},
                                                 {u"down"_s, t.down},
                                                 {u"running"_s, t.running},
                                                 {u"pending"_s, t.pending},
                                                 {u"failed_last_hour"_s, t.failedLastHour},
                                                 {u"finished_last_hour"_s, t.finishedLastHour},
                                                 {u"alerts"_s, t.alerts}}},
                       {u"servers"_s, servers}};
}

int FleetModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_servers.size());
}

QVariant FleetModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    FleetServer *s = m_servers.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return s->name();
    case Qt::ToolTipRole: {
        // The address, then what /system_stats says (newer servers say more).
        QStringList lines{s->address()};
        const ServerHealth h = s->health();
        if (!h.version.isEmpty())
            lines << (h.deployEnvironment.isEmpty()
                          ? QCoreApplication::translate("ComfyScope", "ComfyUI %1").arg(h.version)
                          : QCoreApplication::translate("ComfyScope", "ComfyUI %1 (%2)")
                                .arg(h.version, h.deployEnvironment));
        for (const GpuHealth &g : h.gpus)
            lines << QCoreApplication::translate("ComfyScope", "GPU%1 %2: VRAM %3 %")
                         .arg(g.index)
                         .arg(g.name)
                         .arg(g.vramUsedPercent() >= 0 ? qRound(g.vramUsedPercent()) : 0);
        if (!h.requiredFrontendVersion.isEmpty())
            lines << QCoreApplication::translate("ComfyScope", "frontend required %1")
                         .arg(h.requiredFrontendVersion);
        if (!h.packageVersions.isEmpty())
            lines << QCoreApplication::translate("ComfyScope", "packages: %1")
                         .arg(h.packageVersions.join(u", "_s));
        return lines.join(u'\n');
    }
    case ServerRole:
        return QVariant::fromValue<QObject *>(s);
    case KeyRole:
        return s->key();
    case AttentionRole:
        return attention(s);
    case AlertCountRole:
        return m_alerts ? m_alerts->attentionCount(s->key()) : 0;
    }
    return {};
}

FleetSortModel::FleetSortModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setDynamicSortFilter(true);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    sort(0);
}

void FleetSortModel::setSortByAttention(bool on)
{
    if (m_byAttention == on)
        return;
    m_byAttention = on;
    invalidate();
}

bool FleetSortModel::lessThan(const QModelIndex &l, const QModelIndex &r) const
{
    if (m_byAttention) {
        const int a = l.data(FleetModel::AttentionRole).toInt();
        const int b = r.data(FleetModel::AttentionRole).toInt();
        if (a != b)
            return a > b; // most attention first
    }
    return QString::localeAwareCompare(l.data(FleetModel::NameRole).toString(),
                                       r.data(FleetModel::NameRole).toString())
           < 0;
}

} // namespace ComfyScope
