// SPDX-License-Identifier: MIT
#pragma once

#include <comfyscope/jobtracker.h>

#include <QtCore/QAbstractTableModel>
#include <QtCore/QHash>
#include <QtCore/QSet>
#include <QtCore/QSortFilterProxyModel>
#include <QtCore/QTimer>

namespace ComfyScope {
class FleetServer;
class FleetModel;
} // namespace ComfyScope

namespace ComfyScope::App {

/*!
 * The jobs of every watched server in one table: running and pending jobs, and the most recent
 * finished ones (fleet-wide limit). Job updates are applied at once but announced to views at
 * most every 250 ms, so a fleet of busy servers does not flood the view. Uses QueueModel's role
 * numbers where they mean the same, so ProgressDelegate can paint the progress column.
 */
class FleetQueueModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        ServerColumn,
        StateColumn,
        PromptColumn,
        ProgressColumn,
        NodeColumn,
        ElapsedColumn,
        ResultColumn,
        ColumnCount
    };
    enum Roles {
        PromptIdRole = Qt::UserRole + 1, ///< same numbers as QueueModel::Roles
        StateRole,
        ProgressRole,
        ServerKeyRole = Qt::UserRole + 50,
        ServerNameRole,
        SortRole,
    };

    explicit FleetQueueModel(FleetModel *fleet, QObject *parent = nullptr);

    /// Finished jobs kept fleet-wide (default 500).
    void setFinishedLimit(int n);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation o, int role = Qt::DisplayRole) const override;

    FleetServer *serverAt(int row) const;
    Job jobAt(int row) const;

private:
    struct Row
    {
        FleetServer *server;
        Job job;
    };
    void attach(FleetServer *s);
    void detach(FleetServer *s);
    void upsert(FleetServer *s, const Job &job);
    void removeJob(FleetServer *s, const QString &promptId);
    void removeRow(int row);
    void trimFinished();
    void flush();
    static QString rowKey(const FleetServer *s, const QString &promptId);

    FleetModel *m_fleet;
    QList<Row> m_rows;
    QHash<QString, int> m_index;
    QSet<int> m_dirty;
    QTimer m_flush;
    QTimer m_tick;
    int m_finishedLimit = 500;
    int m_finishedCount = 0;
};

/// Filters the combined queue by server and by "show finished", sorted live-first.
class FleetQueueFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit FleetQueueFilterModel(QObject *parent = nullptr);
    void setServerKey(const QString &key);
    void setShowFinished(bool show);

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override;

private:
    QString m_serverKey;
    bool m_showFinished = true;
};

} // namespace ComfyScope::App
