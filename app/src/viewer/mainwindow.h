// SPDX-License-Identifier: MIT
#pragma once

#include "common/appsettings.h"
#include <comfyscope/fleet/jobstore.h>
#include <comfyscope/fleet/serverprofile.h>

#include <comfyscope/client.h>
#include <comfyscope/jobtracker.h>
#include <comfyscope/session.h>

#include <QtCore/QPointer>
#include <QtCore/QTimer>
#include <QtCore/QUrl>
#include <QtWidgets/QMainWindow>

class QAction;
class QLabel;
class QMenu;

namespace ComfyScope {
class Simulator;
}

namespace ComfyScope::App {
namespace Demo {
class DemoServer;
}

class AutoSaver;
class ConnectionIndicator;
class EventLogDock;
class EventLogModel;
class GalleryModel;
class GalleryView;
class HistoryDialog;
class Lightbox;
class ProgressPanel;
class QueueModel;
class QueueView;

/// The viewer's main window: gallery in the middle, queue and progress on the left, event log
/// at the bottom, connection state in the status bar.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Connect to a server (closing any current connection). `remember` adds it to the recent
    /// servers list.
    void connectTo(const ServerProfile &profile, bool remember = true);
    /// Start the built-in simulated server with a demo workload and connect to it. Returns
    /// false when this build has no simulator or it cannot listen.
    bool startDemo(int workloadIntervalMs = 5000);
    static bool hasDemo();
    /// Read an API-format workflow from a JSON file (plain, or {"prompt": …}) or from the
    /// `prompt` text chunk ComfyUI embeds in its PNGs. Empty with `error` set when it has none.
    static QJsonObject readWorkflowFile(const QString &path, QString *error);
    /// The workflow with every `seed`/`noise_seed` input set to a new random value.
    static QJsonObject withNewSeeds(const QJsonObject &workflow);
    /// Auto-save into this folder for this session (the --save-dir option).
    void setSessionSaveDirectory(const QString &dir);

    Session *session() const { return m_session; }
    /// Keep this server's finished jobs in the job database (as the station does), so the
    /// History dialog lists them across restarts (mainwindowhistory.cpp). nullptr: off.
    void setJobStore(std::unique_ptr<JobStore> store);
    JobStore *jobStore() const { return m_store.get(); }
    /// The "server unreachable" banner above the gallery (hidden while connected).
    QWidget *offlineBanner() const { return m_banner; }
    QString offlineBannerText() const;
    QString queueLabelText() const;
    Client *client() const { return m_client; }
    JobTracker *tracker() const { return m_tracker; }
    QueueModel *queueModel() const { return m_queueModel; }
    GalleryModel *galleryModel() const { return m_gallery; }
    GalleryView *galleryView() const { return m_galleryView; }
    EventLogModel *eventLog() const { return m_log; }
    ProgressPanel *progressPanel() const { return m_progress; }
    QueueView *queueView() const { return m_queueView; }
    ConnectionIndicator *connectionIndicator() const { return m_indicator; }
    AutoSaver *autoSaver() const { return m_saver; }
    Lightbox *lightbox() const;
    HistoryDialog *historyDialog() const;
    /// The demo server's simulator (null unless startDemo() ran).
    Simulator *simulator() const;
    QString serverName() const { return m_serverName; }

public Q_SLOTS:
    void showConnectDialog();
    void disconnectFromServer();
    void reconnect();
    void interrupt();
    void clearQueue();
    /// Queue an API-format workflow file with this window's client id, so its progress,
    /// previews and outputs all reach the viewer.
    /// A ComfyUI PNG (its embedded `prompt`) is accepted too.
    void queueWorkflowFile(const QString &path = QString());
    void cancelJob(const QString &promptId);
    /// Queue a known job's workflow again; `newSeed` gives every seed input a new random value.
    /// Returns false (and says why) when the job's workflow is unknown.
    bool queueAgain(const QString &promptId, bool newSeed);
    /// What a drop on the window does: queue the one local file dropped (a ComfyUI PNG or an
    /// API JSON). False when the drop is not one local file.
    bool queueDroppedUrls(const QList<QUrl> &urls);
    void toggleFullScreen();
    void openImage(quint64 id);
    void openLatestImage();
    void showHistory();
    void showPreferences();
    void about();

protected:
    void closeEvent(QCloseEvent *event) override;

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void submitWorkflow(const QJsonObject &workflow, const QString &name);
    /// Ask before a destructive action unless the user ticked "Don't ask again" for `key`.
    bool confirmAction(const QString &key, const QString &title, const QString &text,
                       const QString &button);
    void createActions();
    QAction *m_queueWorkflowAct = nullptr;
    void createMenus();
    void createDocks();
    void createStatusBar();
    void setupClient();
    void applySettings();
    void updateRecentMenu();
    void updateTitle();
    void updateStats();
    void updateActions();
    void updateOffline();
    void onImage(const SessionImage &image);
    void onItemAdded(quint64 id);
    void onCertificateRejected(const QByteArray &sha256, const QStringList &errors);
    void openOutput(const ImageRef &ref, const QString &promptId);
    /// Record the current session in the job database and point the History dialog at it.
    void attachJobStore();

    ViewerSettings m_settings;
    QString m_sessionSaveDir;
    ServerProfile m_profile;
    QString m_serverName;
    QPointer<Session> m_session;
    QPointer<Client> m_client;      ///< m_session's
    QPointer<JobTracker> m_tracker; ///< m_session's
    Demo::DemoServer *m_demo = nullptr;

    QueueModel *m_queueModel;
    GalleryModel *m_gallery;
    EventLogModel *m_log;
    AutoSaver *m_saver;
    GalleryView *m_galleryView;
    QueueView *m_queueView = nullptr;
    ProgressPanel *m_progress = nullptr;
    EventLogDock *m_logDock = nullptr;
    ConnectionIndicator *m_indicator = nullptr;
    QLabel *m_queueLabel = nullptr;
    QWidget *m_banner = nullptr;
    QLabel *m_bannerText = nullptr;
    bool m_rememberOnConnect = false; ///< add m_profile to Recent Servers once it connects
    bool m_everConnected = false;     ///< this session reached the server at least once
    QLabel *m_memoryLabel = nullptr;
    QLabel *m_saveLabel = nullptr;
    QPointer<Lightbox> m_lightbox;
    QPointer<HistoryDialog> m_history;
    std::unique_ptr<JobStore> m_store;
    QTimer m_statsTimer;
    QString m_openWhenAdded; ///< refKey to open in the viewer once decoded
    bool m_wasMaximized = false;

    QAction *m_connectAct = nullptr;
    QAction *m_reconnectAct = nullptr;
    QAction *m_disconnectAct = nullptr;
    QAction *m_demoAct = nullptr;
    QAction *m_prefsAct = nullptr;
    QAction *m_quitAct = nullptr;
    QAction *m_interruptAct = nullptr;
    QAction *m_clearQueueAct = nullptr;
    QAction *m_refreshAct = nullptr;
    QAction *m_clearFinishedAct = nullptr;
    QAction *m_fullScreenAct = nullptr;
    QAction *m_historyAct = nullptr;
    QAction *m_previewsAct = nullptr;
    QAction *m_openLatestAct = nullptr;
    QAction *m_aboutAct = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
};

} // namespace ComfyScope::App
