// SPDX-License-Identifier: MIT
#include "fleetqueuemodel.h"

#include <comfyscope/fleet/fleetmodel.h>
#include <comfyscope/fleet/fleetserver.h>
#include "viewer/queuemodel.h"
#include "common/uiutil.h"

#include <QtCore/QLocale>

using namespace Qt::StringLiterals;

namespace ComfyScope::App {

namespace {
/// What each column shows, in the words every job list uses (common/uiutil).
constexpr JobColumn kFleetColumns[] = {JobColumn::Server,   JobColumn::State, JobColumn::Prompt,
                                       JobColumn::Progress, JobColumn::Node,  JobColumn::Elapsed,
                                       JobColumn::Result};
static_assert(std::size(kFleetColumns) == FleetQueueModel::ColumnCount);
} // namespace

FleetQueueModel::FleetQueueModel(FleetModel *fleet, QObject *parent)
    : QAbstractTableModel(parent)
    , m_fleet(fleet)
{
    m_flush.setInterval(250);
    m_flush.setSingleShot(true);
    connect(&m_flush, &QTimer::timeout, this, &FleetQueueModel::flush);
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, [this] {
        for (int i = 0; i < m_rows.size(); ++i)
            if (m_rows.at(i).job.state == Job::State::Running)
                m_dirty.insert(i);
        if (!m_dirty.isEmpty() && !m_flush.isActive())
            m_flush.start();
    });
    m_tick.start();
    for (FleetServer *s : fleet->servers())
        attach(s);
    connect(fleet, &FleetModel::serverAdded, this, &FleetQueueModel::attach);
    connect(fleet, &FleetModel::serverRemoved, this, &FleetQueueModel::detach);
}

QString FleetQueueModel::rowKey(const FleetServer *s, const QString &promptId)
{
    return s->key() + u'/' + promptId;
}

void FleetQueueModel::attach(FleetServer *s)
{
    JobTracker *t = s->tracker();
    for (const Job &j : t->jobs())
        upsert(s, j);
    connect(t, &JobTracker::jobAdded, this, [this, s](const Job &j) { upsert(s, j); });
    connect(t, &JobTracker::jobChanged, this, [this, s](const Job &j) { upsert(s, j); });
    connect(t, &JobTracker::jobFinished, this, [this, s](const Job &j) { upsert(s, j); });
    connect(t, &JobTracker::jobRemoved, this, [this, s](const QString &id) { removeJob(s, id); });
}

void FleetQueueModel::detach(FleetServer *s)
{
    s->tracker()->disconnect(this);
    s->disconnect(this);
    for (int row = int(m_rows.size()) - 1; row >= 0; --row)
        if (m_rows.at(row).server == s)
            removeRow(row);
}

void FleetQueueModel::upsert(FleetServer *s, const Job &job)
{
    const QString k = rowKey(s, job.promptId);
    const auto it = m_index.constFind(k);
    if (it != m_index.constEnd()) {
        Row &r = m_rows[*it];
        if (!r.job.isFinished() && job.isFinished())
            ++m_finishedCount;
        else if (r.job.isFinished() && !job.isFinished())
            --m_finishedCount;
        r.job = job;
        m_dirty.insert(*it);
        if (!m_flush.isActive())
            m_flush.start();
    } else {
        const int row = int(m_rows.size());
        beginInsertRows({}, row, row);
        m_rows.append({s, job});
        m_index.insert(k, row);
        endInsertRows();
        if (job.isFinished())
            ++m_finishedCount;
    }
    if (m_finishedCount > m_finishedLimit)
        trimFinished();
}

void FleetQueueModel::removeJob(FleetServer *s, const QString &promptId)
{
    const int row = m_index.value(rowKey(s, promptId), -1);
    if (row >= 0)
        removeRow(row);
}

void FleetQueueModel::removeRow(int row)
{
    beginRemoveRows({}, row, row);
    const Row gone = m_rows.takeAt(row);
    endRemoveRows();
    if (gone.job.isFinished())
        --m_finishedCount;
    m_index.remove(rowKey(gone.server, gone.job.promptId));
    for (auto it = m_index.begin(); it != m_index.end(); ++it)
        if (*it > row)
            --*it;
    QSet<int> dirty;
    for (int d : std::as_const(m_dirty))
        if (d != row)
            dirty.insert(d > row ? d - 1 : d);
    m_dirty = dirty;
}

void FleetQueueModel::trimFinished()
{
    while (m_finishedCount > m_finishedLimit) {
        int oldest = -1;
        for (int i = 0; i < m_rows.size(); ++i) {
            const Job &j = m_rows.at(i).job;
            if (j.isFinished() && (oldest < 0 || j.finishedAt < m_rows.at(oldest).job.finishedAt))
                oldest = i;
        }
        if (oldest < 0)
            break;
        removeRow(oldest);
    }
}

void FleetQueueModel::setFinishedLimit(int n)
{
    m_finishedLimit = qMax(0, n);
    trimFinished();
}

void FleetQueueModel::flush()
{
    const QSet<int> dirty = std::exchange(m_dirty, {});
    for (int row : dirty)
        if (row >= 0 && row < m_rows.size())
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

FleetServer *FleetQueueModel::serverAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).server : nullptr;
}

Job FleetQueueModel::jobAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).job : Job();
}

int FleetQueueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int FleetQueueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FleetQueueModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    const Job &j = r.job;
    switch (role) {
    case PromptIdRole:
        return j.promptId;
    case StateRole:
        return int(j.state);
    case ProgressRole:
        if (j.state == Job::State::Succeeded)
            return 1.0;
        if (j.state == Job::State::Running)
            return j.liveDetail ? j.overallProgress() : -1.0;
        return 0.0;
    case ServerKeyRole:
        return r.server->key();
    case ServerNameRole:
        return r.server->name();
    case SortRole: {
        // Running first, then pending by number, then finished newest first.
        const int rank = j.state == Job::State::Running ? 0 : j.state == Job::State::Queued ? 1 : 2;
        const qint64 t = rank == 2 ? -j.finishedAt.toMSecsSinceEpoch() : qint64(j.number);
        return QString(QString::number(rank)
                       + QString::number(t + (qint64(1) << 52)).rightJustified(20, u'0'));
    }
    case Qt::DecorationRole:
        if (index.column() == StateColumn)
            return jobStateIcon(j.state);
        return {};
    case Qt::ToolTipRole:
        if (j.state == Job::State::Failed || j.state == Job::State::Lost
            || j.state == Job::State::Interrupted)
            return jobErrorText(j);
        return j.promptId;
    case Qt::DisplayRole:
        switch (index.column()) {
        case ServerColumn:
            return r.server->name();
        case ResultColumn:
            if (j.state == Job::State::Succeeded)
                return tr("%n output(s)", nullptr, int(j.outputs.size()));
            return jobErrorText(j);
        default:
            return index.column() < ColumnCount ? jobColumnText(j, kFleetColumns[index.column()])
                                                : QString();
        }
    }
    return {};
}

QVariant FleetQueueModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section >= 0 && section < ColumnCount ? jobColumnTitle(kFleetColumns[section])
                                                 : QVariant();
}

FleetQueueFilterModel::FleetQueueFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(FleetQueueModel::SortRole);
    setDynamicSortFilter(true);
    sort(0);
}

void FleetQueueFilterModel::setServerKey(const QString &key)
{
    if (key == m_serverKey)
        return;
    m_serverKey = key;
    invalidateFilter();
}

void FleetQueueFilterModel::setShowFinished(bool show)
{
    if (show == m_showFinished)
        return;
    m_showFinished = show;
    invalidateFilter();
}

bool FleetQueueFilterModel::filterAcceptsRow(int row, const QModelIndex &parent) const
{
    const QModelIndex idx = sourceModel()->index(row, 0, parent);
    if (!m_serverKey.isEmpty()
        && idx.data(FleetQueueModel::ServerKeyRole).toString() != m_serverKey)
        return false;
    if (!m_showFinished) {
        const auto s = Job::State(idx.data(FleetQueueModel::StateRole).toInt());
        if (s != Job::State::Running && s != Job::State::Queued)
            return false;
    }
    return true;
}

} // namespace ComfyScope::App
