// SPDX-License-Identifier: MIT
#pragma once

#include <QtCore/QFuture>
#include <QtCore/QObject>
#include <QtCore/QPointer>
#include <QtCore/QStringList>
#include <QtCore/QTimer>

#include <atomic>

class QProgressDialog;
class QWidget;

namespace ComfyScope {
class JobStore;
}

namespace ComfyScope::App {

/*!
 * Fills the job database with days of simulated history (`--demo-history`) on a worker thread
 * while a progress dialog shows how far it is (made-up jobs first, then the writes to disk);
 * the station stays responsive and Cancel stops it. Closing the store stops it too.
 */
class DemoHistorySeeder : public QObject
{
    Q_OBJECT
public:
    DemoHistorySeeder(JobStore *store, const QStringList &servers, int days, QWidget *dialogParent);
    ~DemoHistorySeeder() override;
    void start();
    bool isRunning() const { return m_future.isRunning(); }
    /// 0..1
    double progress() const;
    int jobsWritten() const { return m_jobs.load(); }

Q_SIGNALS:
    /// Seeded and on disk (not emitted when cancelled).
    void finished(int jobs);

private:
    void stopAndWait();
    void poll();

    QPointer<JobStore> m_store;
    QStringList m_servers;
    int m_days;
    QPointer<QWidget> m_dialogParent;
    QPointer<QProgressDialog> m_dialog;
    QFuture<void> m_future;
    QTimer m_poll;
    std::atomic<bool> m_cancel{false};
    std::atomic<int> m_generated{0}; ///< share generated, in 1/1000
    std::atomic<int> m_jobs{0};
    std::atomic<bool> m_writing{false};
    qint64 m_peakPending = 0;
};

} // namespace ComfyScope::App
