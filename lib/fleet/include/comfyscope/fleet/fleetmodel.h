// SPDX-License-Identifier: MIT
#pragma once

#include <QtCore/QAbstractListModel>
#include <comfyscope/fleet/alertengine.h>
#include <QtCore/QElapsedTimer>
#include <QtCore/QJsonObject>
#include <QtCore/QList>
#include <QtCore/QPointer>
#include <QtCore/QSet>
#include <QtCore/QSortFilterProxyModel>
#include <QtCore/QTimer>

namespace ComfyScope {

class AlertEngine;
class FleetServer;

/// Fleet-wide totals for the dashboard header and the status export.
struct FleetTotals
{
    int servers = 0;
    int up = 0;
    int down = 0;
    int running = 0;
    int pending = 0;
    int failedLastHour = 0;
    int finishedLastHour = 0;
    int alerts = 0; ///< unacknowledged
};

/*!
 * The watched servers, one row each, for the dashboard tiles, wall mode and the status export.
 * Servers change many times a second under load; rows are refreshed at most every 250 ms, in
 * one dataChanged spanning the rows that changed, so 200 busy servers cost the GUI little.
 * Every watched server's row is also refreshed at least once a second (every 900 ms): each tile
 * shows an age ("Connected for 3:12", "Down for 0:40", the running job's elapsed time and ETA).
 */
class FleetModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Roles {
        ServerRole = Qt::UserRole + 1, ///< FleetServer* (QObject*)
        KeyRole,
        NameRole,
        AttentionRole, ///< int: higher = needs the operator more
        AlertCountRole,
    };

    explicit FleetModel(QObject *parent = nullptr);
    ~FleetModel() override;

    void setAlertEngine(AlertEngine *engine);
    AlertEngine *alertEngine() const { return m_alerts; }

    /// Takes ownership.
    void addServer(FleetServer *server);
    /// Stops and deletes it.
    void removeServer(FleetServer *server);
    QList<FleetServer *> servers() const { return m_servers; }
    FleetServer *server(int row) const { return m_servers.value(row); }
    FleetServer *serverByKey(const QString &key) const;
    int rowOf(const FleetServer *server) const { return int(m_servers.indexOf(server)); }

    FleetTotals totals() const;
    /// Attention score of one server: alerts, down, failures, stalls rank first.
    int attention(const FleetServer *server) const;
    /// The fleet's state as JSON (for the status file / local endpoint).
    QJsonObject statusJson() const;

    /// Repaint `server`'s row with the next refresh (e.g. its newest image changed).
    void touch(FleetServer *server) { markDirty(server); }
    /// Refresh interval of changed rows (default 250 ms).
    void setRefreshInterval(int ms) { m_refresh.setInterval(ms); }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    /// Totals may have changed (emitted with the coalesced refresh).
    void totalsChanged();
    void serverAdded(ComfyScope::FleetServer *server);
    void serverRemoved(ComfyScope::FleetServer *server);

private:
    void markDirty(FleetServer *s);
    void flush();

    QList<FleetServer *> m_servers;
    QSet<FleetServer *> m_dirty;
    QTimer m_refresh;
    QTimer m_tick; ///< ages and ETAs tick every 900 ms, for every watched server
    QPointer<AlertEngine> m_alerts;
};

/// Sorts the fleet by "needs attention" (then name), or by name only.
class FleetSortModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit FleetSortModel(QObject *parent = nullptr);
    void setSortByAttention(bool on);
    bool sortByAttention() const { return m_byAttention; }

protected:
    bool lessThan(const QModelIndex &l, const QModelIndex &r) const override;

private:
    bool m_byAttention = true;
};

} // namespace ComfyScope
