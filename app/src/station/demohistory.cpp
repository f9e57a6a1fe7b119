// SPDX-License-Identifier: MIT
#include "demohistory.h"

#include <comfyscope/fleet/jobstore.h>

#include <QtConcurrent/QtConcurrentRun>
#include <QtWidgets/QProgressDialog>

using namespace Qt::StringLiterals;

namespace ComfyScope::App {

DemoHistorySeeder::DemoHistorySeeder(JobStore *store, const QStringList &servers, int days,
                                     QWidget *dialogParent)
    : QObject(dialogParent)
    , m_store(store)
    , m_servers(servers)
    , m_days(days)
    , m_dialogParent(dialogParent)
{
    m_poll.setInterval(100);
    connect(&m_poll, &QTimer::timeout, this, &DemoHistorySeeder::poll);
    // The store goes away (station closing): stop feeding it first.
    connect(store, &JobStore::aboutToClose, this, &DemoHistorySeeder::stopAndWait,
            Qt::DirectConnection);
}

DemoHistorySeeder::~DemoHistorySeeder()
{
    stopAndWait();
    delete m_dialog;
}

void DemoHistorySeeder::stopAndWait()
{
    m_cancel = true;
    m_future.waitForFinished();
    m_poll.stop();
}

double DemoHistorySeeder::progress() const
{
    // Half for making the jobs up, half for writing them.
    const double made = m_generated.load() / 1000.0;
    if (!m_writing.load())
        return 0.5 * made;
    const qint64 pending = m_store ? m_store->pendingWrites() : 0;
    return 0.5 + 0.5 * (m_peakPending > 0 ? 1.0 - double(pending) / double(m_peakPending) : 1.0);
}

void DemoHistorySeeder::start()
{
    if (!m_store || m_future.isRunning())
        return;
    if (m_dialogParent) {
        m_dialog = new QProgressDialog(
            tr("Filling the job history with %n day(s) of simulated jobs…", nullptr, m_days),
            tr("Cancel"), 0, 1000, m_dialogParent);
        m_dialog->setWindowTitle(tr("Demo History"));
        m_dialog->setWindowModality(Qt::NonModal);
        m_dialog->setMinimumDuration(0);
        m_dialog->setAutoClose(false);
        m_dialog->setAutoReset(false);
        connect(m_dialog, &QProgressDialog::canceled, this, [this] { m_cancel = true; });
        m_dialog->show();
    }
    JobStore *store = m_store;
    m_future = QtConcurrent::run([this, store] {
        const int n = seedSimulatedHistory(
            store, m_servers, m_days, QDateTime::currentDateTimeUtc(), 60, 1, [this](double f) {
                m_generated = int(f * 1000);
                return !m_cancel.load();
            });
        m_jobs = n;
        m_writing = true;
        if (!m_cancel.load())
            store->flush();
    });
    m_poll.start();
}

void DemoHistorySeeder::poll()
{
    if (m_writing.load() && m_store)
        m_peakPending = qMax(m_peakPending, m_store->pendingWrites());
    if (m_dialog) {
        m_dialog->setValue(int(progress() * 1000));
        if (m_writing.load())
            m_dialog->setLabelText(
                tr("Writing %n simulated job(s) to the job database…", nullptr, m_jobs.load()));
    }
    if (!m_future.isFinished())
        return;
    m_poll.stop();
    if (m_dialog)
        m_dialog->deleteLater();
    if (!m_cancel.load())
        Q_EMIT finished(m_jobs.load());
}

} // namespace ComfyScope::App
