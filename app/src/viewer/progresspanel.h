// SPDX-License-Identifier: MIT
#pragma once

#include <comfyscope/jobtracker.h>

#include <QtCore/QPointer>
#include <QtCore/QTimer>
#include <QtWidgets/QWidget>

class QLabel;
class QListView;
class QProgressBar;

namespace ComfyScope::App {

class NodeListModel;

/// The job being watched: overall bar (nodes + steps), running node and its steps, node list.
class ProgressPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ProgressPanel(QWidget *parent = nullptr);

    void setTracker(JobTracker *tracker);
    QString promptId() const { return m_job ? m_job->promptId : QString(); }
    int overallValue() const;
    /// The colour of the overall bar (the palette's highlight, a state accent once failed).
    QColor overallBarColor() const;
    int stepValue() const;
    QString nodeText() const;
    NodeListModel *nodeModel() const { return m_nodes; }
    QString summaryText() const;
    /// The server is unreachable: freeze the running job's clock at the moment it went away
    /// and say its time left is unknown, instead of counting on.
    void setOffline(bool offline);
    bool isOffline() const { return m_offlineSince.isValid(); }

public Q_SLOTS:
    /// Follow this job (normally the panel follows the running one by itself).
    void showJob(const ComfyScope::Job &job);

private:
    void onJob(const Job &job);
    void refresh();

    QPointer<JobTracker> m_tracker;
    std::optional<Job> m_job;
    QLabel *m_title;
    QLabel *m_summary;
    QProgressBar *m_overall;
    QLabel *m_node;
    QProgressBar *m_steps;
    QListView *m_list;
    NodeListModel *m_nodes;
    QTimer m_tick;
    QDateTime m_offlineSince;
};

} // namespace ComfyScope::App
