// SPDX-License-Identifier: MIT
// MainWindow: actions, menus, docks and the status bar.
#include "mainwindow.h"

#include "gallery/autosaver.h"
#include "common/connectdialog.h"
#include "common/connectionindicator.h"
#include "common/eventlogdock.h"
#include "common/eventlogmodel.h"
#include "gallery/galleryfiltermodel.h"
#include "gallery/gallerymodel.h"
#include "gallery/galleryview.h"
#include "historydialog.h"
#include "gallery/lightbox.h"
#include "nodelistmodel.h"
#include "preferencesdialog.h"
#include "progresspanel.h"
#include "queuemodel.h"
#include "queueview.h"
#include "common/uiutil.h"

#include <comfyscope/replies.h>
#ifdef COMFYSCOPE_HAVE_SIMULATOR
#include <comfyscope/simulator.h>
#endif

#include <QtCore/QDir>
#include <QtCore/QJsonArray>
#include <QtCore/QSettings>
#include <QtGui/QAction>
#include <QtGui/QCloseEvent>
#include <QtGui/QScreen>
#include <QtWidgets/QApplication>
#include <QtWidgets/QDockWidget>
#include <QtWidgets/QLabel>
#include <QtWidgets/QListView>
#include <QtWidgets/QMenu>
#include <QtWidgets/QMenuBar>
#include <QtWidgets/QMessageBox>
#include <QtCore/QJsonDocument>
#include <QtCore/QFileInfo>
#include <QtCore/QFile>
#include <QtWidgets/QFileDialog>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QStatusBar>
#include <QtWidgets/QStyle>
#include <QtWidgets/QToolBar>

using namespace Qt::StringLiterals;

namespace ComfyScope::App {

void MainWindow::createActions()
{
    m_connectAct = new QAction(paletteIcon(QStyle::SP_DriveNetIcon), tr("&Connect…"), this);
    m_connectAct->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_O));
    m_connectAct->setToolTip(tr("Connect to a ComfyUI server (Ctrl+O)"));
    connect(m_connectAct, &QAction::triggered, this, &MainWindow::showConnectDialog);

    m_reconnectAct = new QAction(paletteIcon(QStyle::SP_BrowserReload), tr("&Reconnect"), this);
    m_reconnectAct->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    connect(m_reconnectAct, &QAction::triggered, this, &MainWindow::reconnect);

    m_disconnectAct = new QAction(tr("&Disconnect"), this);
    m_disconnectAct->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    connect(m_disconnectAct, &QAction::triggered, this, &MainWindow::disconnectFromServer);

    m_demoAct = new QAction(tr("Start &Demo Server"), this);
    m_demoAct->setToolTip(tr("Run the built-in simulated ComfyUI server with a demo workload"));
    m_demoAct->setEnabled(hasDemo());
    connect(m_demoAct, &QAction::triggered, this, [this] { startDemo(); });

    m_prefsAct = new QAction(tr("&Preferences…"), this);
    m_prefsAct->setShortcuts({QKeySequence::Preferences, QKeySequence(Qt::CTRL | Qt::Key_Comma)});
    m_prefsAct->setMenuRole(QAction::PreferencesRole);
    connect(m_prefsAct, &QAction::triggered, this, &MainWindow::showPreferences);

    m_quitAct = new QAction(tr("&Quit"), this);
    m_quitAct->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_quitAct->setMenuRole(QAction::QuitRole);
    connect(m_quitAct, &QAction::triggered, this, &QWidget::close);

    m_interruptAct = new QAction(paletteIcon(QStyle::SP_MediaStop), tr("&Interrupt"), this);
    m_interruptAct->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_interruptAct->setToolTip(tr("Stop the job that is running on the server (Ctrl+I)"));
    connect(m_interruptAct, &QAction::triggered, this, &MainWindow::interrupt);

    m_queueWorkflowAct = new QAction(paletteIcon(QStyle::SP_DialogOpenButton),
                                     tr("&Queue Workflow…"), this);
    m_queueWorkflowAct->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    m_queueWorkflowAct->setToolTip(
        tr("Queue an API-format workflow (JSON; in ComfyUI: Workflow → Export (API)) on "
           "the server"));
    connect(m_queueWorkflowAct, &QAction::triggered, this, [this] { queueWorkflowFile(); });

    m_clearQueueAct = new QAction(paletteIcon(QStyle::SP_DialogDiscardButton), tr("C&lear Pending"),
                                  this);
    m_clearQueueAct->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Delete));
    m_clearQueueAct->setToolTip(tr("Remove every pending job from the server's queue "
                                   "(Ctrl+Shift+Del)"));
    connect(m_clearQueueAct, &QAction::triggered, this, &MainWindow::clearQueue);

    m_refreshAct = new QAction(tr("&Refresh Queue"), this);
    m_refreshAct->setShortcut(QKeySequence::Refresh);
    connect(m_refreshAct, &QAction::triggered, this, [this] {
        if (m_tracker)
            m_tracker->resync();
    });

    m_clearFinishedAct = new QAction(tr("Forget &Finished Jobs"), this);
    connect(m_clearFinishedAct, &QAction::triggered, this, [this] {
        if (m_tracker)
            m_tracker->clearFinished();
    });

    m_fullScreenAct = new QAction(paletteIcon(QStyle::SP_TitleBarMaxButton), tr("&Full Screen"),
                                  this);
    m_fullScreenAct->setShortcuts({QKeySequence(Qt::Key_F11), QKeySequence::FullScreen});
    m_fullScreenAct->setCheckable(true);
    connect(m_fullScreenAct, &QAction::triggered, this, &MainWindow::toggleFullScreen);

    m_historyAct = new QAction(paletteIcon(QStyle::SP_FileDialogDetailedView), tr("&History…"),
                               this);
    m_historyAct->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    m_historyAct->setToolTip(tr("Browse the server's past jobs (Ctrl+H)"));
    connect(m_historyAct, &QAction::triggered, this, &MainWindow::showHistory);

    m_previewsAct = new QAction(tr("Show Sampler &Previews"), this);
    m_previewsAct->setCheckable(true);
    m_previewsAct->setChecked(true);
    connect(m_previewsAct, &QAction::toggled, this,
            [this](bool on) { m_settings.showPreviews = on; });

    m_openLatestAct = new QAction(paletteIcon(QStyle::SP_FileDialogContentsView),
                                  tr("&Open Latest Image"), this);
    m_openLatestAct->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    connect(m_openLatestAct, &QAction::triggered, this, &MainWindow::openLatestImage);

    m_aboutAct = new QAction(tr("&About ComfyScope"), this);
    m_aboutAct->setMenuRole(QAction::AboutRole);
    connect(m_aboutAct, &QAction::triggered, this, &MainWindow::about);

    // Window-wide shortcuts also work while the menu bar is hidden in full screen.
    for (QAction *a :
         {m_connectAct, m_reconnectAct, m_disconnectAct, m_prefsAct, m_quitAct, m_interruptAct,
          m_clearQueueAct, m_refreshAct, m_fullScreenAct, m_historyAct, m_openLatestAct})
        addAction(a);
}

void MainWindow::createMenus()
{
    QMenu *server = menuBar()->addMenu(tr("&Server"));
    server->addAction(m_connectAct);
    m_recentMenu = server->addMenu(tr("Recent &Servers"));
    server->addAction(m_reconnectAct);
    server->addAction(m_disconnectAct);
    server->addSeparator();
    server->addAction(m_demoAct);
    server->addSeparator();
    server->addAction(m_prefsAct);
    server->addSeparator();
    server->addAction(m_quitAct);
    updateRecentMenu();

    QMenu *queue = menuBar()->addMenu(tr("&Queue"));
    queue->addAction(m_queueWorkflowAct);
    queue->addSeparator();
    queue->addAction(m_interruptAct);
    queue->addAction(m_queueView->cancelAction());
    queue->addAction(m_clearQueueAct);
    queue->addSeparator();
    queue->addAction(m_refreshAct);
    queue->addAction(m_clearFinishedAct);

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    m_viewMenu->addAction(m_openLatestAct);
    m_viewMenu->addAction(m_historyAct);
    m_viewMenu->addAction(m_previewsAct);
    m_viewMenu->addSeparator();
    for (QDockWidget *d : findChildren<QDockWidget *>())
        m_viewMenu->addAction(d->toggleViewAction());
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_fullScreenAct);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_aboutAct);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);

    QToolBar *tb = addToolBar(tr("Main Toolbar"));
    tb->setObjectName(u"mainToolBar"_s);
    tb->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    tb->setIconSize(QSize(18, 18));
    tb->setMovable(false);
    tb->addAction(m_connectAct);
    tb->addSeparator();
    tb->addAction(m_queueWorkflowAct);
    tb->addAction(m_interruptAct);
    tb->addSeparator();
    tb->addAction(m_openLatestAct);
    tb->addAction(m_historyAct);
    tb->addSeparator();
    tb->addAction(m_fullScreenAct);
    m_viewMenu->insertAction(m_viewMenu->actions().value(3), tb->toggleViewAction());
}

void MainWindow::createDocks()
{
    m_queueView = new QueueView(m_queueModel);
    m_queueView->addToolBarActions({m_clearQueueAct});
    auto *queueDock = new QDockWidget(tr("Queue"), this);
    queueDock->setObjectName(u"queueDock"_s);
    queueDock->setWidget(m_queueView);
    addDockWidget(Qt::LeftDockWidgetArea, queueDock);
    connect(m_queueView, &QueueView::cancelRequested, this, &MainWindow::cancelJob);
    connect(m_queueView, &QueueView::queueAgainRequested, this,
            [this](const QString &id, bool newSeed) { queueAgain(id, newSeed); });
    connect(m_queueView, &QueueView::showOutputsRequested, this,
            [this](const QString &id) { m_galleryView->setPromptFilter(id); });
    connect(m_queueView, &QueueView::jobActivated, this, [this](const QString &id) {
        if (!m_tracker)
            return;
        if (const auto j = m_tracker->job(id))
            m_progress->showJob(*j);
    });

    m_progress = new ProgressPanel;
    auto *progressDock = new QDockWidget(tr("Progress"), this);
    progressDock->setObjectName(u"progressDock"_s);
    progressDock->setWidget(m_progress);
    addDockWidget(Qt::LeftDockWidgetArea, progressDock);
    splitDockWidget(queueDock, progressDock, Qt::Vertical);

    m_logDock = new EventLogDock(m_log, this);
    addDockWidget(Qt::BottomDockWidgetArea, m_logDock);

    resizeDocks({queueDock}, {560}, Qt::Horizontal);
    resizeDocks({queueDock, progressDock}, {380, 420}, Qt::Vertical);
    resizeDocks({m_logDock}, {200}, Qt::Vertical);
}

void MainWindow::createStatusBar()
{
    m_indicator = new ConnectionIndicator;
    connect(m_indicator, &ConnectionIndicator::clicked, this, &MainWindow::showConnectDialog);
    statusBar()->addWidget(m_indicator);
    m_queueLabel = new QLabel;
    statusBar()->addWidget(m_queueLabel);
    m_saveLabel = new QLabel;
    statusBar()->addPermanentWidget(m_saveLabel);
    m_memoryLabel = new QLabel;
    statusBar()->addPermanentWidget(m_memoryLabel);
}

} // namespace ComfyScope::App
