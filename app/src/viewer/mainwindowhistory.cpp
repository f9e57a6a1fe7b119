// SPDX-License-Identifier: MIT
// The viewer's own job history in the job database (MainWindow::setJobStore).
#include "mainwindow.h"

#include "historydialog.h"
#include "common/eventlogmodel.h"

using namespace Qt::StringLiterals;

namespace ComfyScope::App {

void MainWindow::setJobStore(std::unique_ptr<JobStore> store)
{
    m_store = std::move(store);
    if (!m_store)
        return;
    m_log->info(tr("History"), tr("Job database: %1").arg(m_store->path()));
    if (!m_store->notice().isEmpty())
        m_log->warning(tr("History"), m_store->notice());
    connect(m_store.get(), &JobStore::writeError, this,
            [this](const QString &message) { m_log->error(tr("History"), message); });
    attachJobStore();
}

void MainWindow::attachJobStore()
{
    if (!m_store || !m_session)
        return;
    // Under the address (as the station names a server given by address), so a later run, or
    // the station, finds the same jobs.
    m_store->attachSession(m_serverName, m_session);
    if (m_history)
        m_history->setJobStore(m_store.get(), m_serverName);
}

} // namespace ComfyScope::App
