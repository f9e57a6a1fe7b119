// SPDX-License-Identifier: MIT
// StationWindow: what the operator does — lock, wall mode, fleet files, exports, settings.
#include "trendsview.h"
#include "stationwindow.h"

#include <comfyscope/fleet/alertengine.h>
#include "common/connectdialog.h"
#include "common/eventlogdock.h"
#include "common/eventlogmodel.h"
#include <comfyscope/fleet/fleetmodel.h>
#include "fleetqueuemodel.h"
#include <comfyscope/fleet/fleetserver.h>
#include "fleettiledelegate.h"
#include "gallery/galleryfiltermodel.h"
#include "gallery/gallerymodel.h"
#include "gallery/galleryview.h"
#include "viewer/mainwindow.h"
#include "viewer/progressdelegate.h"
#include "common/uiutil.h"
#include "wallview.h"

#ifdef COMFYSCOPE_HAVE_SIMULATOR
#include <comfyscope/simulator.h>
#endif

#include <QtCore/QCryptographicHash>
#include <QtCore/QJsonDocument>
#include <QtCore/QRandomGenerator>
#include <QtCore/QSaveFile>
#include <QtGui/QClipboard>
#include <QtGui/QCloseEvent>
#include <QtCore/QDir>
#include <QtGui/QGuiApplication>
#include <QtGui/QKeySequence>
#include <QtGui/QPainter>
#include <QtGui/QScreen>
#include <QtWidgets/QApplication>
#include <QtWidgets/QCheckBox>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QDockWidget>
#include <QtWidgets/QFileDialog>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QHeaderView>
#include <QtWidgets/QInputDialog>
#include <QtWidgets/QLabel>
#include <QtWidgets/QListView>
#include <QtWidgets/QMenu>
#include <QtWidgets/QMenuBar>
#include <QtWidgets/QMessageBox>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QStatusBar>
#include <QtWidgets/QSystemTrayIcon>
#include <QtWidgets/QTableView>
#include <QtWidgets/QToolBar>
#include <QtWidgets/QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ComfyScope::App {

namespace {
QByteArray hashPin(const QString &pin)
{
    return QCryptographicHash::hash(QString(u"comfyscope-lock:"_s + pin).toUtf8(),
                                    QCryptographicHash::Sha256);
}
} // namespace

void StationWindow::lock(const QString &pin)
{
    m_locked = true;
    m_pinHash = pin.isEmpty() ? QByteArray() : hashPin(pin);
    updateActions();
    m_log->info(tr("Station"), tr("Controls locked (read-only)"));
    Q_EMIT lockChanged(true);
}

bool StationWindow::unlock(const QString &pin)
{
    if (!m_locked)
        return true;
    if (!m_pinHash.isEmpty() && hashPin(pin) != m_pinHash)
        return false;
    m_locked = false;
    m_pinHash.clear();
    updateActions();
    m_log->info(tr("Station"), tr("Controls unlocked"));
    Q_EMIT lockChanged(false);
    return true;
}

void StationWindow::toggleLock()
{
    if (!m_locked) {
        bool ok = false;
        const QString pin = QInputDialog::getText(
            this, tr("Lock Controls"),
            tr("Optional PIN to unlock (leave empty to unlock without one):"), QLineEdit::Password,
            QString(), &ok);
        if (ok)
            lock(pin);
        updateActions();
        return;
    }
    QString pin;
    if (!m_pinHash.isEmpty()) {
        bool ok = false;
        pin = QInputDialog::getText(this, tr("Unlock Controls"), tr("PIN:"), QLineEdit::Password,
                                    QString(), &ok);
        if (!ok) {
            updateActions();
            return;
        }
    } else if (QMessageBox::question(this, tr("Unlock Controls"),
                                     tr("Show interrupt, cancel, clear and remove again?"))
               != QMessageBox::Yes) {
        updateActions();
        return;
    }
    if (!unlock(pin))
        QMessageBox::warning(this, tr("Unlock Controls"), tr("Wrong PIN."));
    updateActions();
}

bool StationWindow::confirmLeaveLocked()
{
    if (!m_locked)
        return true;
    QString pin;
    bool ok = false;
    if (m_pinPrompt) {
        ok = m_pinPrompt(&pin);
    } else if (!m_pinHash.isEmpty()) {
        pin = QInputDialog::getText(m_wall ? static_cast<QWidget *>(m_wall) : this, tr("Locked"),
                                    tr("The station is locked. PIN:"), QLineEdit::Password,
                                    QString(), &ok);
    } else {
        ok = QMessageBox::question(m_wall ? static_cast<QWidget *>(m_wall) : this, tr("Locked"),
                                   tr("The station is locked. Leave anyway?"))
             == QMessageBox::Yes;
    }
    if (!ok)
        return false;
    if (!m_pinHash.isEmpty() && hashPin(pin) != m_pinHash) {
        m_log->warning(tr("Station"), tr("Wrong PIN: the locked station stays as it is"));
        return false;
    }
    return true;
}

bool StationWindow::requestQuit()
{
    if (!confirmLeaveLocked())
        return false;
    m_quitting = true;
    if (m_wall)
        m_wall->closeUnguarded();
    qApp->quit();
    return true;
}

void StationWindow::setWallMode(bool on)
{
    if (on == isWallMode()) {
        m_wallAct->setChecked(on);
        return;
    }
    if (on) {
        m_wall = new WallView(m_fleet, m_sorted, m_gallery);
        m_wall->setAttribute(Qt::WA_DeleteOnClose);
        m_wall->setWindowIcon(windowIcon());
        m_wall->setCycleSeconds(m_settings.wallCycleSeconds);
        if (m_store) {
            // The fleet's last 24 hours as the third page.
            auto *trends = new TrendsView(m_store.get());
            trends->setRange(TrendsView::Day);
            m_wall->addPage(trends);
        }
        connect(m_wall, &WallView::leaveRequested, this, [this] {
            if (confirmLeaveLocked())
                setWallMode(false);
        });
        m_wall->setCloseGuard([this] { return confirmLeaveLocked(); });
        connect(m_wall, &QObject::destroyed, this, [this] { m_wallAct->setChecked(false); });
        // The whole screen the station is on (also without a window manager).
        if (const QScreen *scr = screen())
            m_wall->setGeometry(scr->geometry());
        m_wall->showFullScreen();
        m_log->info(tr("Station"), tr("Wall mode on (Esc or F11 leaves)"));
    } else {
        if (m_wall)
            m_wall->closeUnguarded();
        m_wall = nullptr;
        showNormal();
        raise();
    }
    m_wallAct->setChecked(on);
}

void StationWindow::addServerDialog()
{
    if (m_locked)
        return;
    ConnectDialog dlg(this);
    dlg.setWindowTitle(tr("Add Server"));
    if (dlg.exec() != QDialog::Accepted)
        return;
    FleetEntry e;
    e.profile = dlg.profile();
    addServer(e);
}

void StationWindow::openFleetFileDialog()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Fleet File"), QString(),
        tr("Fleet files (*.json *.ini *.conf);;All files (*)"));
    if (path.isEmpty())
        return;
    QString err;
    if (!loadFleetFile(path, &err))
        QMessageBox::warning(this, tr("Open Fleet File"), err);
}

void StationWindow::saveFleetFileDialog()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Fleet File"), u"fleet.json"_s,
                                                      tr("JSON (*.json);;INI (*.ini)"));
    if (path.isEmpty())
        return;
    QList<FleetEntry> entries;
    for (int i = 0; i < m_entries.size(); ++i) {
        FleetServer *s = m_entryServers.value(i);
        if (!s)
            continue; // removed
        FleetEntry e = m_entries.at(i);
        e.name = s->name();
        entries.append(e);
    }
    const bool secrets = QMessageBox::question(
                             this, tr("Save Fleet File"),
                             tr("Include tokens and passwords in the file?\n\nWithout them, "
                                "write ${VARIABLE} placeholders into the file by hand and set "
                                "the variables in the environment."),
                             QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
                         == QMessageBox::Yes;
    QString err;
    if (!FleetFile::save(path, entries, secrets, &err))
        QMessageBox::warning(this, tr("Save Fleet File"), err);
}

void StationWindow::exportDialog(bool durations)
{
    const QString title = durations ? tr("Export Job Durations") : tr("Export Event Log");
    QString filter;
    const QString path = QFileDialog::getSaveFileName(
        this, title, durations ? u"job-durations.csv"_s : u"event-log.csv"_s,
        tr("CSV (*.csv);;JSON (*.json)"), &filter);
    if (path.isEmpty())
        return;
    const bool json = path.endsWith(u".json"_s, Qt::CaseInsensitive);
    const QByteArray data = durations ? (json ? FleetExport::jobDurationsJson(m_fleet->servers())
                                              : FleetExport::jobDurationsCsv(m_fleet->servers()))
                                      : (json ? FleetExport::eventLogJson(m_log->exportRows())
                                              : FleetExport::eventLogCsv(m_log->exportRows()));
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size() || !f.commit()) {
        QMessageBox::warning(this, title, tr("Cannot write %1: %2").arg(path, f.errorString()));
        return;
    }
    statusBar()->showMessage(tr("Written %1").arg(QDir::toNativeSeparators(path)), 5000);
}

void StationWindow::showSettings()
{
    StationSettingsDialog dlg(m_settings, this);
    if (dlg.exec() != QDialog::Accepted)
        return;
    const StationSettings s = dlg.settings();
    s.save();
    applySettings(s);
}

void StationWindow::applySettings(const StationSettings &settings)
{
    m_settings = settings;
    m_alerts->setRules(settings.rules);
    setTileSize(FleetTileDelegate::TileSize(qBound(0, settings.tileSize, 2)));
    setTableView(settings.tableView);
    for (FleetServer *s : m_fleet->servers())
        s->setStatsInterval(settings.statsIntervalSeconds * 1000);
    m_publisher->setStatusFile(settings.statusFile);
    if (settings.httpEnabled) {
        if (m_publisher->httpPort() != settings.httpPort
            && !m_publisher->startHttp(quint16(settings.httpPort)))
            m_log->error(tr("Status"), m_publisher->errorString());
        else if (m_publisher->httpPort())
            m_log->info(
                tr("Status"),
                tr("Fleet status at http://127.0.0.1:%1/status.json").arg(m_publisher->httpPort()));
    } else {
        m_publisher->stopHttp();
    }
    if (m_wall)
        m_wall->setCycleSeconds(settings.wallCycleSeconds);
    if (m_store)
        m_store->setRetention(settings.historyDays, qint64(settings.historyMegabytes) << 20);
}

TrendsView *StationWindow::showTrends()
{
    if (!m_store)
        return nullptr;
    if (!m_trends) {
        m_trends = new TrendsView(m_store.get(), this);
        m_trends->setWindowFlag(Qt::Window);
        m_trends->setAttribute(Qt::WA_DeleteOnClose);
        m_trends->resize(1500, 900);
        connect(m_trends, &TrendsView::jobsRequested, this,
                [this](const JobQuery &q) { showHistoryBrowser(q); });
    }
    m_trends->show();
    m_trends->raise();
    m_trends->activateWindow();
    return m_trends;
}

void StationWindow::setJobStore(std::unique_ptr<JobStore> store)
{
    m_store = std::move(store);
    if (!m_store)
        return;
    m_store->attach(m_fleet);
    m_store->setRetention(m_settings.historyDays, qint64(m_settings.historyMegabytes) << 20);
    m_log->info(tr("History"), tr("Job database: %1").arg(m_store->path()));
    if (m_trendsAct)
        m_trendsAct->setEnabled(true);
    if (m_historyAct)
        m_historyAct->setEnabled(true);
    if (!m_store->notice().isEmpty())
        m_log->warning(tr("History"), m_store->notice());
    connect(m_store.get(), &JobStore::writeError, this,
            [this](const QString &message) { m_log->error(tr("History"), message); });
}

} // namespace ComfyScope::App
