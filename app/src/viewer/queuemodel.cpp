// SPDX-License-Identifier: MIT
#include "queuemodel.h"

#include "common/uiutil.h"

#include <QtCore/QDate>
#include <QtCore/QLocale>

#include <utility>

using namespace Qt::StringLiterals;

namespace ComfyScope::App {

namespace {
/// What each column shows, in the words every job list uses (common/uiutil).
constexpr JobColumn kQueueColumns[] = {JobColumn::State,   JobColumn::Prompt,  JobColumn::Progress,
                                       JobColumn::Node,    JobColumn::Elapsed, JobColumn::Eta,
                                       JobColumn::Outputs, JobColumn::Queued,  JobColumn::Client};
static_assert(std::size(kQueueColumns) == QueueModel::ColumnCount);
} // namespace

QueueModel::QueueModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, &QueueModel::tick);
}

QueueModel::~QueueModel() = default;

void QueueModel::setTracker(JobTracker *tracker)
{
    beginResetModel();
    if (m_tracker)
        m_tracker->disconnect(this);
    m_tracker = tracker;
    m_jobs.clear();
    m_held.clear();
    if (tracker) {
        m_jobs = tracker->jobs();
        connect(tracker, &JobTracker::jobAdded, this, &QueueModel::onAdded);
        connect(tracker, &JobTracker::jobChanged, this, &QueueModel::onChanged);
        connect(tracker, &JobTracker::jobRemoved, this, &QueueModel::onRemoved);
        connect(tracker, &QObject::destroyed, this, [this] { setTracker(nullptr); });
    }
    reindex();
    endResetModel();
    if (tracker && m_tick.interval() > 0)
        m_tick.start();
    else
        m_tick.stop();
}

void QueueModel::setTickInterval(int ms)
{
    if (ms <= 0) {
        m_tick.stop();
        m_tick.setInterval(0);
        return;
    }
    m_tick.setInterval(ms);
    if (m_tracker)
        m_tick.start();
}

void QueueModel::reindex()
{
    m_rows.clear();
    for (int i = 0; i < m_jobs.size(); ++i)
        m_rows.insert(m_jobs.at(i).promptId, i);
}

int QueueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_jobs.size());
}

int QueueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

std::optional<Job> QueueModel::currentJob() const
{
    const Job *fallback = nullptr;
    for (const Job &j : m_jobs) {
        if (j.state != Job::State::Running)
            continue;
        if (j.liveDetail)
            return j;
        if (!fallback)
            fallback = &j;
    }
    if (fallback)
        return *fallback;
    return std::nullopt;
}

QString QueueModel::errorText(const Job &job)
{
    return jobErrorText(job);
}

QVariant QueueModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Job &j = m_jobs.at(index.row());
    const bool live = j.state == Job::State::Running || j.state == Job::State::Queued;
    switch (role) {
    case PromptIdRole:
        return j.promptId;
    case StateRole:
        return int(j.state);
    case ProgressRole:
        if (j.state == Job::State::Running && !j.liveDetail)
            return -1.0;
        return j.overallProgress();
    case NodeProgressRole:
        return j.nodeProgress();
    case OwnRole:
        return j.own;
    case LiveDetailRole:
        return j.liveDetail;
    case NumberRole:
        return j.number;
    case FinishedAtRole:
        return j.finishedAt;
    case ErrorRole:
        return errorText(j);
    case OutputCountRole:
        return int(j.outputs.size());
    case JobRole:
        return QVariant::fromValue(j);
    default:
        break;
    }

    const int col = index.column();
    if (role == Qt::DisplayRole) {
        switch (col) {
        case ElapsedColumn:
            if (isOffline() && !j.isFinished() && j.startedAt.isValid()) {
                const qint64 ms = j.elapsedMs(m_offlineSince);
                return ms >= 0 ? formatDuration(ms) : QString();
            }
            return jobColumnText(j, JobColumn::Elapsed);
        case EtaColumn: {
            if (!live || !m_tracker)
                return QString();
            if (isOffline() && !j.isFinished())
                return tr("unknown", "ETA while the server is unreachable");
            const qint64 eta = m_tracker->etaMs(j.promptId);
            return eta >= 0 ? formatDuration(eta) : tr("—", "unknown ETA");
        }
        case OutputsColumn:
            return j.outputs.isEmpty() ? QString() : QString::number(j.outputs.size());
        case QueuedColumn: {
            if (!j.queuedAt.isValid())
                return QString();
            const QDateTime t = j.queuedAt.toLocalTime();
            return t.date() == QDate::currentDate()
                       ? QLocale().toString(t.time(), QLocale::ShortFormat)
                       : QLocale().toString(t, QLocale::ShortFormat);
        }
        case ClientColumn:
            if (j.own)
                return tr("this viewer");
            return j.clientId.isEmpty() ? tr("unknown client")
                                        : tr("client %1").arg(j.clientId.left(8));
        default:
            return col >= 0 && col < ColumnCount ? jobColumnText(j, kQueueColumns[col]) : QString();
        }
    } else if (role == Qt::DecorationRole && col == StateColumn) {
        return jobStateIcon(j.state);
    } else if (role == Qt::ToolTipRole) {
        QStringList lines;
        lines << tr("Prompt %1").arg(j.promptId);
        lines << tr("State: %1").arg(jobStateLabel(j.state));
        if (j.relayed)
            lines << tr("Queued by client %1; its live progress and previews come through the "
                        "ComfyScope relay.")
                         .arg(j.relayClient.isEmpty() ? tr("(unknown)") : j.relayClient);
        else if (!j.own)
            lines << tr("Queued by another client: the server sends its progress only to that "
                        "client, so only its place in the queue and its outcome are shown.");
        if (j.queuedAt.isValid())
            lines << tr("Queued: %1")
                         .arg(QLocale().toString(j.queuedAt.toLocalTime(), QLocale::ShortFormat));
        if (j.totalNodes() > 0)
            lines << tr("Nodes: %1 of %2 done (%3 cached)")
                         .arg(j.doneNodes())
                         .arg(j.totalNodes())
                         .arg(j.cachedNodes.size());
        const QString err = errorText(j);
        if (!err.isEmpty())
            lines << err;
        return lines.join(u'\n');
    } else if (role == Qt::TextAlignmentRole) {
        if (col == ElapsedColumn || col == EtaColumn || col == OutputsColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    }
    return {};
}

QVariant QueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    return section >= 0 && section < ColumnCount ? jobColumnTitle(kQueueColumns[section])
                                                 : QVariant();
}

void QueueModel::setFrozen(bool frozen)
{
    if (frozen == m_frozen)
        return;
    m_frozen = frozen;
    if (frozen || m_held.isEmpty())
        return;
    const QList<Job> held = std::exchange(m_held, {});
    for (const Job &j : held)
        onAdded(j);
}

void QueueModel::onAdded(const Job &job)
{
    if (m_rows.contains(job.promptId)) {
        onChanged(job);
        return;
    }
    if (m_frozen) {
        for (Job &h : m_held)
            if (h.promptId == job.promptId) {
                h = job;
                return;
            }
        m_held.append(job);
        return;
    }
    const int row = int(m_jobs.size());
    beginInsertRows({}, row, row);
    m_jobs.append(job);
    m_rows.insert(job.promptId, row);
    endInsertRows();
}

void QueueModel::onChanged(const Job &job)
{
    const int row = m_rows.value(job.promptId, -1);
    if (row < 0) {
        onAdded(job); // also updates a held job
        return;
    }
    const Job old = m_jobs.at(row);
    m_jobs[row] = job;

    // Tell the views exactly which columns changed.
    QList<int> cols;
    if (old.state != job.state)
        cols << StateColumn << ProgressColumn << NodeColumn << ElapsedColumn << EtaColumn;
    if (old.own != job.own || old.liveDetail != job.liveDetail || old.relayed != job.relayed
        || old.clientId != job.clientId)
        cols << PromptColumn << ProgressColumn << NodeColumn << ClientColumn;
    if (old.queuedAt != job.queuedAt)
        cols << QueuedColumn;
    if (old.name != job.name || old.nodeClasses.isEmpty() != job.nodeClasses.isEmpty())
        cols << PromptColumn;
    if (old.overallProgress() != job.overallProgress())
        cols << ProgressColumn;
    if (old.currentNode != job.currentNode || old.nodeValue != job.nodeValue
        || old.nodeMax != job.nodeMax || old.error.has_value() != job.error.has_value())
        cols << NodeColumn;
    if (old.startedAt != job.startedAt || old.finishedAt != job.finishedAt)
        cols << ElapsedColumn << EtaColumn;
    if (old.outputs.size() != job.outputs.size())
        cols << OutputsColumn;
    if (cols.isEmpty())
        return;
    int lo = ColumnCount, hi = -1;
    for (int c : std::as_const(cols)) {
        lo = qMin(lo, c);
        hi = qMax(hi, c);
    }
    Q_EMIT dataChanged(index(row, lo), index(row, hi));
}

void QueueModel::onRemoved(const QString &promptId)
{
    m_held.removeIf([&](const Job &j) { return j.promptId == promptId; });
    const int row = m_rows.value(promptId, -1);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_jobs.removeAt(row);
    reindex();
    endRemoveRows();
}

void QueueModel::setOffline(bool offline)
{
    if (offline == isOffline())
        return;
    m_offlineSince = offline ? QDateTime::currentDateTimeUtc() : QDateTime();
    tick();
}

void QueueModel::tick()
{
    for (int r = 0; r < m_jobs.size(); ++r) {
        const Job &j = m_jobs.at(r);
        if (j.state == Job::State::Running || j.state == Job::State::Queued)
            Q_EMIT dataChanged(index(r, ElapsedColumn), index(r, EtaColumn), {Qt::DisplayRole});
    }
}

} // namespace ComfyScope::App
