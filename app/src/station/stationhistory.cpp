// SPDX-License-Identifier: MIT
// The station's History browser window (StationWindow::showHistoryBrowser).
#include "historybrowser.h"
#include "stationwindow.h"

#include "common/eventlogmodel.h"

using namespace Qt::StringLiterals;

namespace ComfyScope::App {

HistoryBrowser *StationWindow::showHistoryBrowser(const std::optional<JobQuery> &query)
{
    if (!m_store)
        return nullptr;
    if (!m_historyBrowser) {
        m_historyBrowser = new HistoryBrowser(m_store.get(), m_fleet, this);
        m_historyBrowser->setWindowFlag(Qt::Window);
        m_historyBrowser->setAttribute(Qt::WA_DeleteOnClose);
        m_historyBrowser->setWindowIcon(windowIcon());
        m_historyBrowser->setLocked(m_locked);
        connect(this, &StationWindow::lockChanged, m_historyBrowser, &HistoryBrowser::setLocked);
        connect(m_historyBrowser, &HistoryBrowser::queuedAgain, this,
                [this](const QString &server, const QString &promptId) {
                    m_log->info(server, tr("Queued again from the history as %1").arg(promptId));
                });
        if (!query)
            m_historyBrowser->search();
    }
    if (query)
        m_historyBrowser->setQuery(*query);
    m_historyBrowser->show();
    m_historyBrowser->raise();
    m_historyBrowser->activateWindow();
    return m_historyBrowser;
}

} // namespace ComfyScope::App
