// SPDX-License-Identifier: MIT
#pragma once

#include <comfyscope/fleet/fleetio.h>
#include <comfyscope/fleet/jobstore.h>
#include "fleettiledelegate.h"
#include "stationsettings.h"
#include "wallview.h"

#include <QtCore/QDateTime>
#include <QtCore/QPointer>
#include <QtCore/QTimer>

#include <memory>
#include <QtWidgets/QMainWindow>

class QAction;
class QComboBox;
class QLabel;
class QActionGroup;
class QStackedWidget;
class QSystemTrayIcon;
class QTableView;

namespace ComfyScope {
class FleetSortModel;
class Simulator;
} // namespace ComfyScope

namespace ComfyScope {
class FleetServer;
class FleetModel;
class AlertEngine;
struct Alert;
} // namespace ComfyScope

namespace ComfyScope::App {
namespace Demo {
class DemoFleet;
}

class AlertGroupModel;
class EventLogModel;
class FleetQueueFilterModel;
class FleetQueueModel;
class FleetTableModel;
class FleetTableSortModel;
class GalleryModel;
class TileGridView;
class GalleryView;
class WallView;
class TrendsView;
class HistoryBrowser;

/*!
 * The operator monitoring station: a dashboard tile per watched server (sorted by "needs
 * attention"), fleet totals, alerts (tile, event log, tray notification, optional sound;
 * acknowledged by the operator), a combined queue and gallery filterable by server, wall mode,
 * a read-only lock, exports and a status file / local endpoint for other tools.
 */
class StationWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit StationWindow(QWidget *parent = nullptr);
    ~StationWindow() override;

    FleetModel *fleet() const { return m_fleet; }
    AlertEngine *alerts() const { return m_alerts; }
    EventLogModel *eventLog() const { return m_log; }
    GalleryModel *gallery() const { return m_gallery; }
    StatusPublisher *statusPublisher() const { return m_publisher; }
    /// The job database (trends, history); nullptr when off. Attaches it to the fleet.
    void setJobStore(std::unique_ptr<JobStore> store);
    JobStore *jobStore() const { return m_store.get(); }
    /// The Trends window (created on first use; nullptr without a job database).
    TrendsView *showTrends();
    /// The History browser (created on first use; nullptr without a job database), searching
    /// `query` when given (stationhistory.cpp).
    HistoryBrowser *showHistoryBrowser(const std::optional<JobQuery> &query = std::nullopt);

    FleetServer *addServer(const FleetEntry &entry, bool start = true);
    bool loadFleetFile(const QString &path, QString *error = nullptr);
    /// Starts `count` simulated servers in mixed states (running, idle, failing, down).
    bool startDemoFleet(int count = 8, int workloadMs = 3000);

    bool isLocked() const { return m_locked; }
    /// Read-only: hides interrupt, cancel, clear and remove. `pin` (optional) is asked to unlock.
    void lock(const QString &pin = {});
    bool unlock(const QString &pin = {});

    void setWallMode(bool on);
    /// While locked, leaving the wall, closing or quitting needs the PIN (or, locked without
    /// one, a confirmation). Returns true when allowed.
    bool confirmLeaveLocked();
    /// Quit the application unless a locked station refuses (Quit action). True when quitting.
    bool requestQuit();
    /// Asks the operator for the PIN; returns false when cancelled (replaceable for tests).
    void setPinPrompt(std::function<bool(QString *pin)> prompt) { m_pinPrompt = std::move(prompt); }
    bool isWallMode() const { return m_wall != nullptr; }
    WallView *wallView() const { return m_wall; }

    /// The dense table (state, queue, job and bar, step, ETA, VRAM, RAM, alerts; sortable)
    /// instead of the tiles. Saved in the settings.
    void setTableView(bool on);
    bool isTableView() const { return m_settings.tableView; }
    /// Size of the tiles (View ▸ Tile Size). Saved in the settings.
    void setTileSize(ComfyScope::App::FleetTileDelegate::TileSize size);
    FleetTileDelegate::TileSize tileSize() const;
    TileGridView *tileView() const { return m_tiles; }
    QTableView *tableView() const { return m_table; }
    /// The alerts as the dock shows them: repeats grouped.
    AlertGroupModel *alertGroups() const { return m_alertGroups; }

    void applySettings(const StationSettings &settings);
    StationSettings settings() const { return m_settings; }

    /// Tray notifications shown so far (for tests; the platform may not show them).
    int notificationsShown() const { return m_notifications; }
    /// Held back by the rate limit since the last one shown; summed into the next one.
    int notificationsHeldBack() const { return m_heldBack; }
    /// Title and text of the last notification shown, one line each (for tests).
    QString lastNotification() const { return m_lastNotification; }
    /// At most `count` tray notifications per `windowMs` (default 3 per 10 s).
    void setNotificationLimit(int count, int windowMs);

Q_SIGNALS:
    void lockChanged(bool locked);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createDocks();
    void createDenseView();
    void sizeTableColumns();
    void createTray();
    void updateTotals();
    void updateTray();
    void updateActions();
    void onAlertRaised(const Alert &alert);
    void notify(const QString &title, const QString &message, const QIcon &icon, bool critical);
    void showTileMenu(const QPoint &pos);
    FleetServer *currentServer() const;
    void addServerDialog();
    void openFleetFileDialog();
    void saveFleetFileDialog();
    void exportDialog(bool durations);
    void showSettings();
    void toggleLock();
    void openInViewer(FleetServer *s);
    void refreshServerFilters();
    void interruptServer(FleetServer *s);

    FleetModel *m_fleet;
    FleetSortModel *m_sorted;
    AlertEngine *m_alerts;
    EventLogModel *m_log;
    GalleryModel *m_gallery;
    StatusPublisher *m_publisher;
    FleetQueueModel *m_queue;
    FleetQueueFilterModel *m_queueFilter;
    FleetTileDelegate *m_delegate;
    TileGridView *m_tiles;
    QStackedWidget *m_views = nullptr;
    QTableView *m_table = nullptr;
    FleetTableModel *m_tableModel = nullptr;
    FleetTableSortModel *m_tableSort = nullptr;
    AlertGroupModel *m_alertGroups = nullptr;
    QLabel *m_totals;
    QComboBox *m_sortBox;
    QComboBox *m_queueServer = nullptr;
    QComboBox *m_galleryServer = nullptr;
    GalleryView *m_galleryView = nullptr;
    QTableView *m_alertView = nullptr;
    QTableView *m_queueView = nullptr;
    QSystemTrayIcon *m_tray = nullptr;
    QPointer<WallView> m_wall;
    StationSettings m_settings;
    QList<FleetEntry> m_entries; ///< what was added, for saving the fleet file
    QList<QPointer<FleetServer>> m_entryServers;
    bool m_locked = false;
    QByteArray m_pinHash;
    std::function<bool(QString *pin)> m_pinPrompt;
    bool m_quitting = false;
    int m_notifications = 0;
    std::unique_ptr<JobStore> m_store;
    QPointer<TrendsView> m_trends;
    QPointer<HistoryBrowser> m_historyBrowser;
    QList<QDateTime> m_recentNotifications;
    int m_notifyLimit = 3;
    int m_notifyWindowMs = 10000;
    int m_heldBack = 0;
    QTimer m_heldBackTimer; ///< shows the sum of the held-back ones once the limit allows
    QString m_lastNotification;
    Demo::DemoFleet *m_demo = nullptr;

    QAction *m_addAct = nullptr;
    QAction *m_trendsAct = nullptr;
    QAction *m_historyAct = nullptr;
    QAction *m_openFleetAct = nullptr;
    QAction *m_saveFleetAct = nullptr;
    QAction *m_removeAct = nullptr;
    QAction *m_interruptAct = nullptr;
    QAction *m_clearAct = nullptr;
    QAction *m_cancelJobAct = nullptr;
    QAction *m_wallAct = nullptr;
    QAction *m_lockAct = nullptr;
    QAction *m_ackAllAct = nullptr;
    QAction *m_settingsAct = nullptr;
    QAction *m_exportLogAct = nullptr;
    QAction *m_exportJobsAct = nullptr;
    QAction *m_viewerAct = nullptr;
    QAction *m_reconnectAct = nullptr;
    QAction *m_quitAct = nullptr;
    QAction *m_tableAct = nullptr;
    QActionGroup *m_sizeGroup = nullptr;
};

} // namespace ComfyScope::App
