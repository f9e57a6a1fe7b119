// SPDX-License-Identifier: MIT
#pragma once

#include <comfyscope/jobtracker.h>

#include <QtCore/QAbstractTableModel>
#include <QtCore/QPointer>
#include <QtCore/QDateTime>
#include <QtCore/QTimer>

namespace ComfyScope::App {

/*!
 * The server's queue as the JobTracker sees it: one row per job (running, pending, finished),
 * in the order the tracker reported them. Rows change with dataChanged() on the columns that
 * changed; elapsed time and ETA tick once a second for live jobs only.
 */
class QueueModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        StateColumn,
        PromptColumn,
        ProgressColumn,
        NodeColumn,
        ElapsedColumn,
        EtaColumn,
        OutputsColumn,
        QueuedColumn, ///< when it was submitted
        ClientColumn, ///< who queued it: this viewer or another client
        ColumnCount
    };
    Q_ENUM(Column)
    enum Roles {
        PromptIdRole = Qt::UserRole + 1,
        StateRole,        ///< int(Job::State)
        ProgressRole,     ///< double 0..1; -1 when the server sends us no live detail
        NodeProgressRole, ///< double 0..1 of the running node's steps
        OwnRole,
        LiveDetailRole,
        NumberRole, ///< queue priority
        FinishedAtRole,
        ErrorRole, ///< readable error text of a failed job
        OutputCountRole,
        JobRole, ///< the whole ComfyScope::Job
    };
    Q_ENUM(Roles)

    explicit QueueModel(QObject *parent = nullptr);
    ~QueueModel() override;

    /// Switch to another tracker (or none). Resets the model.
    void setTracker(JobTracker *tracker);
    JobTracker *tracker() const { return m_tracker; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    int rowOf(const QString &promptId) const { return m_rows.value(promptId, -1); }
    Job jobAt(int row) const { return m_jobs.value(row); }
    /// The running job we have live detail for (own first), else any running job.
    std::optional<Job> currentJob() const;

    /// Tick interval of elapsed/ETA updates (default 1000 ms; 0 stops).
    void setTickInterval(int ms);

    static QString errorText(const Job &job);

    /// Hold rows still (the pointer is over the list): jobs added meanwhile are kept back and
    /// inserted when unfrozen, so a row never moves between two clicks.
    void setFrozen(bool frozen);
    bool isFrozen() const { return m_frozen; }
    int heldCount() const { return int(m_held.size()); }

    /// The server is unreachable: running jobs' elapsed time stops at this moment and their
    /// ETA reads "unknown" (as in the progress panel) until it answers again.
    void setOffline(bool offline);
    bool isOffline() const { return m_offlineSince.isValid(); }

private:
    void onAdded(const Job &job);
    void onChanged(const Job &job);
    void onRemoved(const QString &promptId);
    void tick();
    void reindex();

    QPointer<JobTracker> m_tracker;
    QList<Job> m_jobs;
    QHash<QString, int> m_rows;
    QList<Job> m_held; ///< added while frozen
    bool m_frozen = false;
    QTimer m_tick;
    QDateTime m_offlineSince;
};

} // namespace ComfyScope::App
