// SPDX-License-Identifier: MIT
#include "nodelistmodel.h"

#include "common/uiutil.h"

using namespace Qt::StringLiterals;

namespace ComfyScope::App {

NodeListModel::NodeListModel(QObject *parent)
    : QAbstractListModel(parent)
{}

QString NodeListModel::nodeLabel(const Job &job, const QString &nodeId)
{
    QString name = job.nodeTitles.value(nodeId);
    if (name.isEmpty())
        name = job.nodeClasses.value(nodeId);
    if (name.isEmpty())
        return tr("Node %1").arg(nodeId);
    return tr("%1 #%2").arg(name, nodeId);
}

QList<NodeListModel::Row> NodeListModel::rowsFor(const Job &job)
{
    QList<Row> rows;
    QStringList order = job.nodeOrder;
    const QString failedNode = job.error ? job.error->nodeId : QString();
    const QString interruptedNode = job.interruption ? job.interruption->nodeId : QString();
    if (!failedNode.isEmpty() && !order.contains(failedNode))
        order.append(failedNode);
    for (const QString &id : std::as_const(order)) {
        Row r;
        r.nodeId = id;
        r.label = nodeLabel(job, id);
        if (id == failedNode) {
            r.state = NodeState::Failed;
            r.detail = job.error->exceptionMessage.trimmed();
        } else if (id == interruptedNode) {
            r.state = NodeState::Interrupted;
        } else if (job.cachedNodes.contains(id)) {
            r.state = NodeState::Cached;
        } else if (id == job.currentNode && job.state == Job::State::Running
                   && !job.executedNodes.contains(id)) {
            r.state = NodeState::Running;
            if (job.nodeMax > 0)
                r.detail = tr("%1 / %2").arg(int(job.nodeValue)).arg(int(job.nodeMax));
        } else if (job.state == Job::State::Succeeded || job.executedNodes.contains(id)) {
            r.state = NodeState::Done;
        } else if (job.state == Job::State::Running) {
            // Started before and left without an executed: done (old servers send none for
            // nodes without outputs).
            r.state = NodeState::Done;
        } else {
            // The run ended while this node was still going: it never finished.
            r.state = NodeState::Stopped;
            if (id == order.constLast() && job.nodeMax > 0)
                r.detail = tr("at %1 / %2").arg(int(job.nodeValue)).arg(int(job.nodeMax));
        }
        rows.append(r);
    }
    return rows;
}

void NodeListModel::setJob(const Job &job)
{
    const QList<Row> rows = rowsFor(job);
    if (job.promptId != m_promptId || rows.size() < m_rows.size()) {
        beginResetModel();
        m_promptId = job.promptId;
        m_rows = rows;
        endResetModel();
        return;
    }
    // Same job: update what changed, then append new nodes.
    const int common = int(m_rows.size());
    for (int i = 0; i < common; ++i) {
        if (!(m_rows.at(i) == rows.at(i))) {
            m_rows[i] = rows.at(i);
            Q_EMIT dataChanged(index(i), index(i));
        }
    }
    if (rows.size() > common) {
        beginInsertRows({}, common, int(rows.size()) - 1);
        for (int i = common; i < rows.size(); ++i)
            m_rows.append(rows.at(i));
        endInsertRows();
    }
}

void NodeListModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_promptId.clear();
    endResetModel();
}

int NodeListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant NodeListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole: {
        QString state;
        switch (r.state) {
        case NodeState::Cached:
            state = tr("cached");
            break;
        case NodeState::Done:
            state = tr("done");
            break;
        case NodeState::Running:
            state = tr("running");
            break;
        case NodeState::Failed:
            state = tr("failed");
            break;
        case NodeState::Interrupted:
            state = tr("interrupted");
            break;
        case NodeState::Stopped:
            state = tr("stopped, not finished");
            break;
        }
        if (!r.detail.isEmpty() && r.state != NodeState::Failed)
            state += u' ' + r.detail;
        return tr("%1 — %2").arg(r.label, state);
    }
    case Qt::ToolTipRole:
        return r.detail.isEmpty() ? r.label : r.label + u'\n' + r.detail;
    case Qt::DecorationRole:
        switch (r.state) {
        case NodeState::Cached:
            return dotIcon(QColor(0x8a, 0x8f, 0x98));
        case NodeState::Done:
            return dotIcon(jobStateAccent(Job::State::Succeeded));
        case NodeState::Running:
            return dotIcon(jobStateAccent(Job::State::Running));
        case NodeState::Failed:
            return dotIcon(jobStateAccent(Job::State::Failed));
        case NodeState::Interrupted:
            return dotIcon(jobStateAccent(Job::State::Interrupted));
        case NodeState::Stopped:
            return dotIcon(jobStateAccent(Job::State::Lost));
        }
        break;
    case NodeIdRole:
        return r.nodeId;
    case NodeStateRole:
        return int(r.state);
    default:
        break;
    }
    return {};
}

} // namespace ComfyScope::App
