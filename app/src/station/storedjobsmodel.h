// SPDX-License-Identifier: MIT
#pragma once

#include <comfyscope/fleet/jobstore.h>

#include <QtCore/QAbstractTableModel>

namespace ComfyScope::App {

/// A page of jobs from the job database (the History browser's list), in the order given.
class StoredJobsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        FinishedColumn,
        ServerColumn,
        WorkflowColumn,
        OutcomeColumn,
        RunTimeColumn,
        ClientColumn,
        ErrorColumn,
        PromptColumn,
        ColumnCount
    };
    enum Roles { PromptIdRole = Qt::UserRole + 1, ServerRole, OutcomeRole };

    explicit StoredJobsModel(QObject *parent = nullptr);
    void setJobs(const QList<StoredJob> &jobs);
    const QList<StoredJob> &jobs() const { return m_jobs; }
    StoredJob jobAt(int row) const { return m_jobs.value(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    /// The translated word for a stored outcome ("succeeded", "failed", …).
    static QString outcomeLabel(const QString &outcome);
    static QColor outcomeColor(const QString &outcome);

private:
    QList<StoredJob> m_jobs;
};

} // namespace ComfyScope::App
