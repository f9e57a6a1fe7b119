// SPDX-License-Identifier: MIT
#pragma once

#include <comfyscope/jobtracker.h>

#include <QtCore/QAbstractListModel>

namespace ComfyScope::App {

/// The nodes of one job in the order they ran: cached, done, running, failed.
class NodeListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    /// Stopped: the job ended (lost, failed elsewhere, interrupted) before this node finished.
    enum class NodeState { Cached, Done, Running, Failed, Interrupted, Stopped };
    Q_ENUM(NodeState)
    enum Roles { NodeIdRole = Qt::UserRole + 1, NodeStateRole };

    explicit NodeListModel(QObject *parent = nullptr);

    /// Show this job; a job with the same prompt id updates rows in place.
    void setJob(const Job &job);
    void clear();
    QString promptId() const { return m_promptId; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    static QString nodeLabel(const Job &job, const QString &nodeId);

private:
    struct Row
    {
        QString nodeId;
        QString label;
        NodeState state = NodeState::Done;
        QString detail;
        bool operator==(const Row &o) const
        {
            return nodeId == o.nodeId && label == o.label && state == o.state && detail == o.detail;
        }
    };
    static QList<Row> rowsFor(const Job &job);

    QString m_promptId;
    QList<Row> m_rows;
};

} // namespace ComfyScope::App
