// SPDX-License-Identifier: MIT
#include "fleettablemodel.h"

#include "fleettiledelegate.h"

#include "common/uiutil.h"
#include <comfyscope/fleet/fleetmodel.h>
#include <comfyscope/fleet/fleetserver.h>

#include <QtGui/QIcon>

using namespace Qt::StringLiterals;

namespace ComfyScope::App {

FleetTableModel::FleetTableModel(FleetModel *fleet, QObject *parent)
    : QAbstractTableModel(parent)
    , m_fleet(fleet)
{
    // The fleet's rows are this model's rows: forward its changes, a row at a time.
    connect(fleet, &QAbstractItemModel::rowsAboutToBeInserted, this,
            [this](const QModelIndex &, int first, int last) { beginInsertRows({}, first, last); });
    connect(fleet, &QAbstractItemModel::rowsInserted, this, [this] { endInsertRows(); });
    connect(fleet, &QAbstractItemModel::rowsAboutToBeRemoved, this,
            [this](const QModelIndex &, int first, int last) { beginRemoveRows({}, first, last); });
    connect(fleet, &QAbstractItemModel::rowsRemoved, this, [this] { endRemoveRows(); });
    connect(fleet, &QAbstractItemModel::modelAboutToBeReset, this, [this] { beginResetModel(); });
    connect(fleet, &QAbstractItemModel::modelReset, this, [this] { endResetModel(); });
    connect(fleet, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &tl, const QModelIndex &br) {
                if (tl.isValid() && br.isValid())
                    Q_EMIT dataChanged(index(tl.row(), 0), index(br.row(), ColumnCount - 1));
            });
}

FleetServer *FleetTableModel::serverAt(int row) const
{
    return m_fleet ? m_fleet->server(row) : nullptr;
}

int FleetTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_fleet ? 0 : m_fleet->rowCount();
}

int FleetTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FleetTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    FleetServer *s = serverAt(index.row());
    if (!s)
        return {};
    if (role == ServerRole || role == FleetModel::ServerRole)
        return QVariant::fromValue<QObject *>(s);
    const int col = index.column();
    if (role == Qt::TextAlignmentRole) {
        switch (col) {
        case QueueColumn:
        case StepColumn:
        case EtaColumn:
        case AlertsColumn:
            return int(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return {};
        }
    }
    if (role == Qt::DecorationRole && col == ServerColumn)
        return dotIcon(FleetTileDelegate::stateColor(s));
    if (role == Qt::ToolTipRole)
        return m_fleet->data(m_fleet->index(index.row()), Qt::ToolTipRole);
    const bool up = s->isUp();
    const std::optional<Job> job = up ? s->runningJob() : std::nullopt;
    const double progress = job && job->liveDetail ? job->overallProgress() : -1;
    const ServerHealth health = (col == VramColumn || col == RamColumn) ? s->health()
                                                                        : ServerHealth();
    const double vram = health.maxVramUsedPercent();
    const double ram = health.ramUsedPercent();
    const qint64 eta = job ? s->runningEtaMs() : -1;
    const int alerts =
        m_fleet->data(m_fleet->index(index.row()), FleetModel::AlertCountRole).toInt();
    if (role == ProgressRole) {
        switch (col) {
        case ProgressColumn:
            return job ? QVariant(progress) : QVariant();
        case VramColumn:
            return vram >= 0 ? QVariant(vram / 100.0) : QVariant();
        case RamColumn:
            return ram >= 0 ? QVariant(ram / 100.0) : QVariant();
        default:
            return {};
        }
    }
    if (role == SortRole) {
        switch (col) {
        case ServerColumn:
            return s->name();
        case StateColumn: // attention first when sorted descending
            return m_fleet->attention(s);
        case QueueColumn:
            return up ? s->queueDepth() : -1;
        case JobColumn:
            return job ? job->displayName() : QString();
        case ProgressColumn:
            return job ? progress : -2.0;
        case StepColumn:
            return job && job->nodeMax > 0 ? job->nodeValue / job->nodeMax : -1.0;
        case EtaColumn:
            return eta;
        case VramColumn:
            return vram;
        case RamColumn:
            return ram;
        case AlertsColumn:
            return alerts;
        }
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (col) {
    case ServerColumn:
        return s->name();
    case StateColumn:
        return FleetTileDelegate::stateText(s);
    case QueueColumn:
        return up ? QVariant(s->queueDepth()) : QVariant();
    case JobColumn:
        if (!job)
            return up && s->pendingCount() > 0 ? tr("%n pending", nullptr, s->pendingCount())
                                               : QVariant();
        return job->currentNode.isEmpty()
                   ? job->displayName()
                   : u"%1 — %2"_s.arg(job->displayName(), job->currentNodeLabel());
    case ProgressColumn:
        if (!job)
            return {};
        return progress >= 0 ? u"%1 %"_s.arg(qRound(progress * 100))
                             : tr("another client: no live detail");
    case StepColumn:
        return job && job->nodeMax > 0 ? u"%1/%2"_s.arg(job->nodeValue).arg(job->nodeMax)
                                       : QVariant();
    case EtaColumn:
        return eta >= 0 ? formatDuration(eta) : QVariant();
    case VramColumn:
        return vram >= 0 ? u"%1 %"_s.arg(qRound(vram)) : QVariant();
    case RamColumn:
        return ram >= 0 ? u"%1 %"_s.arg(qRound(ram)) : QVariant();
    case AlertsColumn:
        return alerts > 0 ? QVariant(alerts) : QVariant();
    }
    return {};
}

QVariant FleetTableModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, o, role);
    switch (section) {
    case ServerColumn:
        return tr("Server");
    case StateColumn:
        return tr("State");
    case QueueColumn:
        return tr("Queue");
    case JobColumn:
        return tr("Running job");
    case ProgressColumn:
        return tr("Progress");
    case StepColumn:
        return tr("Step");
    case EtaColumn:
        return tr("ETA");
    case VramColumn:
        return tr("VRAM");
    case RamColumn:
        return tr("RAM");
    case AlertsColumn:
        return tr("Alerts");
    }
    return {};
}

FleetTableSortModel::FleetTableSortModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(FleetTableModel::SortRole);
    setDynamicSortFilter(true);
}

bool FleetTableSortModel::lessThan(const QModelIndex &l, const QModelIndex &r) const
{
    const QVariant a = l.data(sortRole());
    const QVariant b = r.data(sortRole());
    if (a.typeId() == QMetaType::QString || b.typeId() == QMetaType::QString) {
        const int c = QString::localeAwareCompare(a.toString(), b.toString());
        if (c != 0)
            return c < 0;
    } else if (a.toDouble() != b.toDouble()) {
        return a.toDouble() < b.toDouble();
    }
    // Ties in server-name order, so equal rows do not swap places under the pointer.
    return QString::localeAwareCompare(
               l.sibling(l.row(), FleetTableModel::ServerColumn).data().toString(),
               r.sibling(r.row(), FleetTableModel::ServerColumn).data().toString())
           < 0;
}

} // namespace ComfyScope::App
