// SPDX-License-Identifier: MIT
#pragma once

#include <QtCore/QAbstractTableModel>
#include <QtCore/QDateTime>
#include <QtCore/QHash>
#include <QtCore/QList>
#include <QtCore/QPointer>
#include <QtCore/QTimer>

namespace ComfyScope {

class FleetServer;

/// The alert rules of the monitoring station. Each has an on/off switch and a threshold.
struct AlertRules
{
    enum Rule {
        ServerDown,     ///< unreachable for more than N seconds
        Stall,          ///< a job we have live detail for shows no progress for N seconds
        ExecutionError, ///< a job failed (own jobs from the error event, others from /history)
        QueueDepth,     ///< more than N jobs waiting
        VramHigh,       ///< VRAM use above N percent on any GPU
        Restarted,      ///< the server restarted (history lost, version/argv changed)
        RuleCount
    };
    bool enabled[RuleCount] = {true, true, true, false, false, true};
    int threshold[RuleCount] = {30, 120, 0, 20, 95, 0};
    bool trayNotifications = true;
    bool sound = false;

    static bool hasThreshold(Rule r) { return r != ExecutionError && r != Restarted; }
    static QString name(Rule r);          ///< translated short name
    static QString thresholdUnit(Rule r); ///< translated: "s", "jobs", "%"
    static QString key(Rule r);           ///< settings key: "server_down", …

    static AlertRules load();
    void save() const;
};

struct Alert
{
    quint64 id = 0;
    QString serverKey;
    QString serverName;
    AlertRules::Rule rule = AlertRules::ServerDown;
    QString message;
    QDateTime raisedAt;
    QDateTime resolvedAt;     ///< the condition ended (condition rules only)
    QDateTime acknowledgedAt; ///< the operator saw it
    bool isActive() const { return !resolvedAt.isValid(); }
    bool isAcknowledged() const { return acknowledgedAt.isValid(); }
    /// Needs the operator: not yet acknowledged.
    bool needsAttention() const { return !isAcknowledged(); }
};

/*!
 * Evaluates the alert rules against the watched servers (on their changes and once a second for
 * the time-based rules) and keeps the list of alerts. A condition alert (down, stall, queue depth,
 * VRAM) is raised once when its condition starts and marked resolved when it ends; an event alert
 * (execution error, restart) is raised per event. Alerts stay until acknowledged. The model shows
 * newest first.
 */
class AlertEngine : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TimeColumn, ServerColumn, RuleColumn, MessageColumn, StatusColumn, ColumnCount };
    enum Roles { AlertIdRole = Qt::UserRole + 1, NeedsAttentionRole, ActiveRole, RuleRole };

    explicit AlertEngine(QObject *parent = nullptr);
    ~AlertEngine() override;

    void setRules(const AlertRules &rules);
    AlertRules rules() const { return m_rules; }

    void watch(FleetServer *server);
    void unwatch(FleetServer *server);

    QList<Alert> alerts() const { return m_alerts; }
    std::optional<Alert> alert(quint64 id) const;
    /// Unacknowledged alerts of one server (all servers when key is empty).
    int attentionCount(const QString &serverKey = {}) const;
    void acknowledge(quint64 id);
    void acknowledgeServer(const QString &serverKey);
    void acknowledgeAll();
    /// At most this many alerts are kept; the oldest acknowledged go first (default 1000).
    void setMaxAlerts(int n);
    /// Evaluate the time-based rules now (also runs every second).
    void evaluate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation o, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void alertRaised(const ComfyScope::Alert &alert);
    void alertResolved(const ComfyScope::Alert &alert);
    /// Acknowledged, resolved or raised: the counts changed.
    void attentionChanged();

private:
    void evaluateServer(FleetServer *s);
    void setCondition(FleetServer *s, AlertRules::Rule rule, bool on, const QString &message);
    void raise(FleetServer *s, AlertRules::Rule rule, const QString &message);
    int rowOf(quint64 id) const;
    void trim();

    AlertRules m_rules;
    QList<Alert> m_alerts; ///< newest first
    quint64 m_nextId = 1;
    QList<QPointer<FleetServer>> m_servers;
    /// (server key, rule) → id of the active condition alert.
    QHash<QPair<QString, int>, quint64> m_activeCondition;
    QTimer m_timer;
    int m_maxAlerts = 1000;
};

} // namespace ComfyScope

Q_DECLARE_METATYPE(ComfyScope::Alert)
