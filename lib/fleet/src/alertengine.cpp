// SPDX-License-Identifier: MIT
#include <comfyscope/fleet/alertengine.h>

#include <comfyscope/fleet/fleetserver.h>

#include <QtCore/QCoreApplication>
#include <QtCore/QLocale>
#include <QtCore/QSettings>

using namespace Qt::StringLiterals;

namespace ComfyScope {

QString AlertRules::name(Rule r)
{
    switch (r) {
    case ServerDown:
        return QCoreApplication::translate("ComfyScope::AlertRules", "Server down");
    case Stall:
        return QCoreApplication::translate("ComfyScope::AlertRules", "Job stalled");
    case ExecutionError:
        return QCoreApplication::translate("ComfyScope::AlertRules", "Execution error");
    case QueueDepth:
        return QCoreApplication::translate("ComfyScope::AlertRules", "Queue depth");
    case VramHigh:
        return QCoreApplication::translate("ComfyScope::AlertRules", "VRAM use");
    case Restarted:
        return QCoreApplication::translate("ComfyScope::AlertRules", "Server restarted");
    case RuleCount:
        break;
    }
    return {};
}

QString AlertRules::thresholdUnit(Rule r)
{
    switch (r) {
    case ServerDown:
    case Stall:
        return QCoreApplication::translate("ComfyScope::AlertRules", " s");
    case QueueDepth:
        return QCoreApplication::translate("ComfyScope::AlertRules", " jobs");
    case VramHigh:
        return QCoreApplication::translate("ComfyScope::AlertRules", " %");
    default:
        return {};
    }
}

QString AlertRules::key(Rule r)
{
    static const char *const keys[] = {"server_down", "stall",     "execution_error",
                                       "queue_depth", "vram_high", "restarted"};
    return QString::fromLatin1(keys[r]);
}

AlertRules AlertRules::load()
{
    AlertRules r;
    QSettings s;
    s.beginGroup(u"alerts"_s);
    for (int i = 0; i < RuleCount; ++i) {
        const QString k = key(Rule(i));
        r.enabled[i] = s.value(k + u"/enabled"_s, r.enabled[i]).toBool();
        r.threshold[i] = qMax(0, s.value(k + u"/threshold"_s, r.threshold[i]).toInt());
    }
    r.trayNotifications = s.value(u"tray"_s, r.trayNotifications).toBool();
    r.sound = s.value(u"sound"_s, r.sound).toBool();
    return r;
}

void AlertRules::save() const
{
    QSettings s;
    s.beginGroup(u"alerts"_s);
    for (int i = 0; i < RuleCount; ++i) {
        const QString k = key(Rule(i));
        s.setValue(k + u"/enabled"_s, enabled[i]);
        s.setValue(k + u"/threshold"_s, threshold[i]);
    }
    s.setValue(u"tray"_s, trayNotifications);
    s.setValue(u"sound"_s, sound);
}

AlertEngine::AlertEngine(QObject *parent)
    : QAbstractTableModel(parent)
{
    m_timer.setInterval(1000);
    connect(&m_timer, &QTimer::timeout, this, &AlertEngine::evaluate);
    m_timer.start();
}

AlertEngine::~AlertEngine() = default;

void AlertEngine::setRules(const AlertRules &rules)
{
    m_rules = rules;
    // Conditions of rules now off end; the rest are re-evaluated with the new thresholds.
    evaluate();
}

void AlertEngine::watch(FleetServer *server)
{
    if (!server || m_servers.contains(server))
        return;
    m_servers.append(server);
    connect(server, &FleetServer::changed, this, [this, server] { evaluateServer(server); });
    connect(server, &FleetServer::jobFailed, this,
            [this, server](const Job &, const QString &message) {
                if (m_rules.enabled[AlertRules::ExecutionError])
                    raise(server, AlertRules::ExecutionError, message);
            });
    connect(server, &FleetServer::restarted, this, [this, server](const QString &why) {
        if (m_rules.enabled[AlertRules::Restarted])
            raise(server, AlertRules::Restarted, tr("The server restarted: %1").arg(why));
    });
    connect(server, &QObject::destroyed, this, [this, server] { unwatch(server); });
}

void AlertEngine::unwatch(FleetServer *server)
{
    m_servers.removeAll(server);
    m_servers.removeAll(nullptr);
    if (server)
        server->disconnect(this);
    // Its conditions end with it.
    for (auto it = m_activeCondition.begin(); it != m_activeCondition.end();) {
        if (server && it.key().first == server->key()) {
            const int row = rowOf(it.value());
            if (row >= 0 && m_alerts[row].isActive()) {
                m_alerts[row].resolvedAt = QDateTime::currentDateTimeUtc();
                Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
            }
            it = m_activeCondition.erase(it);
        } else {
            ++it;
        }
    }
}

void AlertEngine::evaluate()
{
    for (const auto &s : std::as_const(m_servers))
        if (s)
            evaluateServer(s);
}

void AlertEngine::evaluateServer(FleetServer *s)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const bool watching = s->isStarted();

    // Server down
    {
        const int n = m_rules.threshold[AlertRules::ServerDown];
        const bool down = watching && s->downSince().isValid() && s->downSince().secsTo(now) >= n;
        setCondition(
            s, AlertRules::ServerDown, down,
            s->lastError().isEmpty()
                ? tr("Unreachable for more than %1 s").arg(n)
                : tr("Unreachable for more than %1 s: %2").arg(QString::number(n), s->lastError()));
    }
    // Stall: only jobs whose progress reaches us can be judged.
    {
        const int n = m_rules.threshold[AlertRules::Stall];
        const auto job = s->runningJob();
        const bool stalled = watching && s->isUp() && job && job->liveDetail
                             && s->lastProgressAt().isValid()
                             && s->lastProgressAt().secsTo(now) >= n;
        setCondition(s, AlertRules::Stall, stalled,
                     job ? tr("Job %1 shows no progress for more than %2 s (node %3)")
                               .arg(job->promptId.left(8))
                               .arg(n)
                               .arg(job->currentNodeLabel())
                         : QString());
    }
    // Queue depth
    {
        const int n = m_rules.threshold[AlertRules::QueueDepth];
        const int depth = s->queueDepth();
        setCondition(s, AlertRules::QueueDepth, watching && s->isUp() && depth > n,
                     tr("%1 jobs in the queue (limit %2)").arg(depth).arg(n));
    }
    // VRAM
    {
        const int n = m_rules.threshold[AlertRules::VramHigh];
        const double v = s->health().maxVramUsedPercent();
        setCondition(s, AlertRules::VramHigh, watching && s->isUp() && v >= 0 && v > n,
                     tr("VRAM %1 % used (limit %2 %)").arg(qRound(v)).arg(n));
    }
}

void AlertEngine::setCondition(FleetServer *s, AlertRules::Rule rule, bool on,
                               const QString &message)
{
    const QPair<QString, int> k(s->key(), int(rule));
    const auto it = m_activeCondition.constFind(k);
    const bool active = it != m_activeCondition.constEnd();
    if (on && m_rules.enabled[rule] && !active) {
        raise(s, rule, message);
        m_activeCondition.insert(k, m_alerts.constFirst().id);
    } else if ((!on || !m_rules.enabled[rule]) && active) {
        const int row = rowOf(*it);
        m_activeCondition.remove(k);
        if (row < 0)
            return;
        m_alerts[row].resolvedAt = QDateTime::currentDateTimeUtc();
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        Q_EMIT alertResolved(m_alerts.at(row));
        Q_EMIT attentionChanged();
    }
}

void AlertEngine::raise(FleetServer *s, AlertRules::Rule rule, const QString &message)
{
    Alert a;
    a.id = m_nextId++;
    a.serverKey = s->key();
    a.serverName = s->name();
    a.rule = rule;
    a.message = message;
    a.raisedAt = QDateTime::currentDateTimeUtc();
    if (rule == AlertRules::ExecutionError || rule == AlertRules::Restarted)
        a.resolvedAt = a.raisedAt; // an event, not a condition
    beginInsertRows({}, 0, 0);
    m_alerts.prepend(a);
    endInsertRows();
    trim();
    Q_EMIT alertRaised(a);
    Q_EMIT attentionChanged();
}

std::optional<Alert> AlertEngine::alert(quint64 id) const
{
    const int row = rowOf(id);
    if (row < 0)
        return std::nullopt;
    return m_alerts.at(row);
}

int AlertEngine::attentionCount(const QString &serverKey) const
{
    int n = 0;
    for (const Alert &a : m_alerts)
        if (a.needsAttention() && (serverKey.isEmpty() || a.serverKey == serverKey))
            ++n;
    return n;
}

void AlertEngine::acknowledge(quint64 id)
{
    const int row = rowOf(id);
    if (row < 0 || m_alerts.at(row).isAcknowledged())
        return;
    m_alerts[row].acknowledgedAt = QDateTime::currentDateTimeUtc();
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    Q_EMIT attentionChanged();
}

void AlertEngine::acknowledgeServer(const QString &serverKey)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    bool any = false;
    for (int row = 0; row < m_alerts.size(); ++row) {
        Alert &a = m_alerts[row];
        if (a.isAcknowledged() || (!serverKey.isEmpty() && a.serverKey != serverKey))
            continue;
        a.acknowledgedAt = now;
        any = true;
    }
    if (!any)
        return;
    Q_EMIT dataChanged(index(0, 0), index(int(m_alerts.size()) - 1, ColumnCount - 1));
    Q_EMIT attentionChanged();
}

void AlertEngine::acknowledgeAll()
{
    acknowledgeServer({});
}

void AlertEngine::setMaxAlerts(int n)
{
    m_maxAlerts = qMax(10, n);
    trim();
}

int AlertEngine::rowOf(quint64 id) const
{
    for (int i = 0; i < m_alerts.size(); ++i)
        if (m_alerts.at(i).id == id)
            return i;
    return -1;
}

void AlertEngine::trim()
{
    // Drop the oldest acknowledged (or, failing that, resolved) alerts beyond the limit.
    while (m_alerts.size() > m_maxAlerts) {
        int victim = -1;
        for (int i = int(m_alerts.size()) - 1; i >= 0 && victim < 0; --i)
            if (m_alerts.at(i).isAcknowledged() && !m_alerts.at(i).isActive())
                victim = i;
        for (int i = int(m_alerts.size()) - 1; i >= 0 && victim < 0; --i)
            if (!m_alerts.at(i).isActive())
                victim = i;
        if (victim < 0)
            victim = int(m_alerts.size()) - 1;
        beginRemoveRows({}, victim, victim);
        const Alert gone = m_alerts.takeAt(victim);
        endRemoveRows();
        m_activeCondition.remove({gone.serverKey, int(gone.rule)});
    }
}

int AlertEngine::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_alerts.size());
}

int AlertEngine::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AlertEngine::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Alert &a = m_alerts.at(index.row());
    switch (role) {
    case AlertIdRole:
        return a.id;
    case NeedsAttentionRole:
        return a.needsAttention();
    case ActiveRole:
        return a.isActive();
    case RuleRole:
        return int(a.rule);
    case Qt::ToolTipRole:
        return a.message;
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return QLocale().toString(a.raisedAt.toLocalTime(), QLocale::ShortFormat);
        case ServerColumn:
            return a.serverName;
        case RuleColumn:
            return AlertRules::name(a.rule);
        case MessageColumn:
            return a.message;
        case StatusColumn:
            if (a.isAcknowledged())
                return a.isActive() ? tr("Acknowledged, still active") : tr("Acknowledged");
            if (a.rule == AlertRules::ExecutionError || a.rule == AlertRules::Restarted)
                return tr("New");
            return a.isActive() ? tr("Active") : tr("Resolved");
        }
        return {};
    }
    return {};
}

QVariant AlertEngine::headerData(int section, Qt::Orientation o, int role) const
{
    if (o != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case ServerColumn:
        return tr("Server");
    case RuleColumn:
        return tr("Rule");
    case MessageColumn:
        return tr("Message");
    case StatusColumn:
        return tr("Status");
    }
    return {};
}

} // namespace ComfyScope
