// SPDX-License-Identifier: MIT
#include "queuefiltermodel.h"

#include "queuemodel.h"

#include <QtCore/QDateTime>

namespace ComfyScope::App {

namespace {
int rank(int state)
{
    switch (Job::State(state)) {
    case Job::State::Running:
        return 0;
    case Job::State::Queued:
        return 1;
    default:
        return 2;
    }
}
} // namespace

QueueFilterModel::QueueFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setDynamicSortFilter(true);
    sort(0, Qt::AscendingOrder);
}

void QueueFilterModel::setShowFinished(bool show)
{
    if (show == m_showFinished)
        return;
    m_showFinished = show;
    invalidateFilter();
}

bool QueueFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_showFinished)
        return true;
    const QModelIndex idx = sourceModel()->index(sourceRow, 0, sourceParent);
    return rank(idx.data(QueueModel::StateRole).toInt()) < 2;
}

bool QueueFilterModel::lessThan(const QModelIndex &l, const QModelIndex &r) const
{
    const int rl = rank(l.data(QueueModel::StateRole).toInt());
    const int rr = rank(r.data(QueueModel::StateRole).toInt());
    if (rl != rr)
        return rl < rr;
    if (rl == 2) // finished: newest first
        return l.data(QueueModel::FinishedAtRole).toDateTime()
               > r.data(QueueModel::FinishedAtRole).toDateTime();
    const double nl = l.data(QueueModel::NumberRole).toDouble();
    const double nr = r.data(QueueModel::NumberRole).toDouble();
    if (nl != nr)
        return nl < nr;
    return l.row() < r.row();
}

} // namespace ComfyScope::App
