// SPDX-License-Identifier: MIT
#pragma once

#include <QtCore/QAbstractTableModel>
#include <QtCore/QPointer>
#include <QtCore/QSortFilterProxyModel>

namespace ComfyScope {
class FleetModel;
class FleetServer;
} // namespace ComfyScope

namespace ComfyScope::App {

/*!
 * The fleet as a dense table, one row per server (the rows of FleetModel, in its order): state,
 * queue, the running job with its progress, step and ETA, VRAM and alerts. Sort it through
 * FleetTableSortModel (SortRole holds numbers where the column is a number).
 */
class FleetTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        ServerColumn,
        StateColumn,
        QueueColumn,
        JobColumn,
        ProgressColumn,
        StepColumn,
        EtaColumn,
        VramColumn,
        RamColumn,
        AlertsColumn,
        ColumnCount
    };
    enum Roles {
        SortRole = Qt::UserRole + 40,
        ProgressRole, ///< 0..1, -1 unknown (running job; VRAM and RAM use as a fraction)
        ServerRole,   ///< FleetServer* (QObject*)
    };

    explicit FleetTableModel(FleetModel *fleet, QObject *parent = nullptr);

    FleetServer *serverAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation o, int role = Qt::DisplayRole) const override;

private:
    QPointer<FleetModel> m_fleet;
};

/// Sorts FleetTableModel by any column (numbers as numbers, names in locale order).
class FleetTableSortModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit FleetTableSortModel(QObject *parent = nullptr);

protected:
    bool lessThan(const QModelIndex &l, const QModelIndex &r) const override;
};

} // namespace ComfyScope::App
