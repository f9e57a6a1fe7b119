// SPDX-License-Identifier: MIT
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

// Tray icon: the resource when the icon set has it, else a coloured dot.
QIcon trayIcon(const QString &name, const QColor &fallback)
{
    const QString path = u":/icons/tray/%1.svg"_s.arg(name);
    if (QFile::exists(path))
        return QIcon(path);
    return dotIcon(fallback);
}
} // namespace

StationWindow::StationWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_fleet(new FleetModel(this))
    , m_sorted(new FleetSortModel(this))
    , m_alerts(new AlertEngine(this))
    , m_log(new EventLogModel(this))
    , m_gallery(new GalleryModel(this))
    , m_publisher(new StatusPublisher(m_fleet, this))
    , m_queue(new FleetQueueModel(m_fleet, this))
    , m_queueFilter(new FleetQueueFilterModel(this))
    , m_delegate(new FleetTileDelegate(this))
    , m_tiles(new QListView)
    , m_totals(new QLabel)
    , m_sortBox(new QComboBox)
{
    setWindowTitle(tr("ComfyScope — Monitoring Station"));
    setWindowIcon(appIcon());
    m_fleet->setAlertEngine(m_alerts);
    m_sorted->setSourceModel(m_fleet);
    m_queueFilter->setSourceModel(m_queue);
    // Fleet-wide gallery: smaller thumbnails, the same memory budget as the viewer.
    m_gallery->setMaxItems(2000);

    // Dashboard
    auto *central = new QWidget;
    auto *lay = new QVBoxLayout(central);
    lay->setContentsMargins(6, 6, 6, 0);
    auto *bar = new QHBoxLayout;
    QFont f = m_totals->font();
    f.setPointSizeF(f.pointSizeF() * 1.15);
    m_totals->setFont(f);
    m_totals->setTextFormat(Qt::RichText);
    bar->addWidget(m_totals, 1);
    bar->addWidget(new QLabel(tr("Sort:")));
    m_sortBox->addItem(tr("Needs attention"));
    m_sortBox->addItem(tr("Name"));
    connect(m_sortBox, &QComboBox::currentIndexChanged, this,
            [this](int i) { m_sorted->setSortByAttention(i == 0); });
    bar->addWidget(m_sortBox);
    lay->addLayout(bar);
    m_tiles->setViewMode(QListView::IconMode);
    m_tiles->setResizeMode(QListView::Adjust);
    m_tiles->setMovement(QListView::Static);
    m_tiles->setUniformItemSizes(true);
    m_tiles->setSelectionMode(QAbstractItemView::SingleSelection);
    m_delegate->setGallery(m_gallery);
    connect(m_gallery, &GalleryModel::thumbnailUpdated, this, [this](const QString &key) {
        if (FleetServer *s = m_fleet->serverByKey(key))
            m_fleet->touch(s);
    });
    m_tiles->setItemDelegate(m_delegate);
    m_tiles->setGridSize(m_delegate->tileSize() + QSize(8, 8));
    m_tiles->setModel(m_sorted);
    m_tiles->setContextMenuPolicy(Qt::CustomContextMenu);
    m_tiles->setFrameShape(QFrame::NoFrame);
    m_tiles->setAccessibleName(tr("Servers"));
    connect(m_tiles, &QWidget::customContextMenuRequested, this, &StationWindow::showTileMenu);
    connect(m_tiles, &QAbstractItemView::doubleClicked, this,
            [this] { openInViewer(currentServer()); });
    connect(m_tiles->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this] { updateActions(); });
    lay->addWidget(m_tiles, 1);
    setCentralWidget(central);

    createActions();
    createMenus();
    createDocks();
    createTray();

    connect(m_fleet, &FleetModel::totalsChanged, this, &StationWindow::updateTotals);
    connect(m_alerts, &AlertEngine::alertRaised, this, &StationWindow::onAlertRaised);
    connect(m_alerts, &AlertEngine::alertResolved, this, [this](const Alert &a) {
        m_log->info(a.serverName, tr("Resolved: %1").arg(AlertRules::name(a.rule)));
    });
    connect(m_alerts, &AlertEngine::attentionChanged, this, [this] {
        updateTotals();
        updateTray();
    });
    connect(m_fleet, &FleetModel::serverAdded, this, [this] { refreshServerFilters(); });
    connect(m_fleet, &FleetModel::serverRemoved, this, [this] { refreshServerFilters(); });

    applySettings(StationSettings::load());
    updateTotals();
    updateActions();
    // Most of the screen: a station is usually the only window on its monitor.
    if (const QScreen *screen = QGuiApplication::primaryScreen()) {
        const QRect avail = screen->availableGeometry();
        resize(avail.size() * 0.92);
        move(avail.center() - rect().center());
    } else {
        resize(1400, 900);
    }
}

StationWindow::~StationWindow()
{
    if (m_wall)
        delete m_wall.data();
    for (FleetServer *s : m_fleet->servers())
        s->stop();
#ifdef COMFYSCOPE_HAVE_SIMULATOR
    qDeleteAll(m_demoSims);
#endif
}

void StationWindow::createActions()
{
    m_addAct = new QAction(tr("&Add Server…"), this);
    m_addAct->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_N));
    connect(m_addAct, &QAction::triggered, this, &StationWindow::addServerDialog);
    m_openFleetAct = new QAction(tr("&Open Fleet File…"), this);
    m_openFleetAct->setShortcut(QKeySequence::Open);
    connect(m_openFleetAct, &QAction::triggered, this, &StationWindow::openFleetFileDialog);
    m_saveFleetAct = new QAction(tr("&Save Fleet File…"), this);
    m_saveFleetAct->setShortcut(QKeySequence::Save);
    connect(m_saveFleetAct, &QAction::triggered, this, &StationWindow::saveFleetFileDialog);
    m_removeAct = new QAction(tr("&Remove Server"), this);
    connect(m_removeAct, &QAction::triggered, this, [this] {
        if (FleetServer *s = currentServer()) {
            if (QMessageBox::question(this, tr("Remove Server"),
                                      tr("Stop watching %1?").arg(s->name()))
                == QMessageBox::Yes)
                m_fleet->removeServer(s);
        }
    });
    m_interruptAct = new QAction(tr("&Interrupt Running Job"), this);
    connect(m_interruptAct, &QAction::triggered, this,
            [this] { interruptServer(currentServer()); });
    m_clearAct = new QAction(tr("C&lear Pending Jobs"), this);
    connect(m_clearAct, &QAction::triggered, this, [this] {
        FleetServer *s = currentServer();
        if (!s)
            return;
        if (QMessageBox::question(
                this, tr("Clear Pending Jobs"),
                tr("Remove every pending job from the queue of %1?").arg(s->name()))
            != QMessageBox::Yes)
            return;
        Reply *r = s->client()->clearQueue();
        connect(r, &Reply::finished, this, [this, r, s] {
            if (!r->isOk())
                m_log->error(s->name(), r->errorString());
            s->tracker()->resync();
        });
    });
    m_cancelJobAct = new QAction(tr("&Cancel Job"), this);
    connect(m_cancelJobAct, &QAction::triggered, this, [this] {
        const QModelIndex idx = m_queueView ? m_queueView->currentIndex() : QModelIndex();
        if (!idx.isValid())
            return;
        const int row = m_queueFilter->mapToSource(idx).row();
        FleetServer *s = m_queue->serverAt(row);
        const Job j = m_queue->jobAt(row);
        if (!s || j.isFinished())
            return;
        Reply *r = s->tracker()->cancel(j.promptId);
        connect(r, &Reply::finished, this, [this, r, s] {
            if (!r->isOk())
                m_log->error(s->name(), r->errorString());
        });
    });
    m_wallAct = new QAction(tr("&Wall Mode"), this);
    m_wallAct->setShortcut(QKeySequence(Qt::Key_F11));
    m_wallAct->setCheckable(true);
    connect(m_wallAct, &QAction::toggled, this, &StationWindow::setWallMode);
    m_lockAct = new QAction(tr("&Lock Controls"), this);
    m_lockAct->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_lockAct->setCheckable(true);
    m_lockAct->setToolTip(tr("Read-only: hide interrupt, cancel, clear and remove"));
    connect(m_lockAct, &QAction::triggered, this, &StationWindow::toggleLock);
    m_ackAllAct = new QAction(tr("Ac&knowledge All Alerts"), this);
    m_ackAllAct->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
    connect(m_ackAllAct, &QAction::triggered, m_alerts, &AlertEngine::acknowledgeAll);
    m_settingsAct = new QAction(tr("Station &Settings…"), this);
    m_settingsAct->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    connect(m_settingsAct, &QAction::triggered, this, &StationWindow::showSettings);
    m_exportLogAct = new QAction(tr("Export &Event Log…"), this);
    connect(m_exportLogAct, &QAction::triggered, this, [this] { exportDialog(false); });
    m_exportJobsAct = new QAction(tr("Export &Job Durations…"), this);
    connect(m_exportJobsAct, &QAction::triggered, this, [this] { exportDialog(true); });
    m_viewerAct = new QAction(tr("Open in &Viewer"), this);
    m_viewerAct->setShortcut(QKeySequence(Qt::Key_Return));
    m_viewerAct->setShortcutContext(Qt::WidgetShortcut);
    connect(m_viewerAct, &QAction::triggered, this, [this] { openInViewer(currentServer()); });
    m_tiles->addAction(m_viewerAct);
    m_reconnectAct = new QAction(tr("Reconnect &Now"), this);
    connect(m_reconnectAct, &QAction::triggered, this, [this] {
        if (FleetServer *s = currentServer()) {
            if (!s->isStarted())
                s->start();
            else
                s->client()->reconnectNow();
        }
    });
    m_quitAct = new QAction(tr("&Quit"), this);
    m_quitAct->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_quitAct->setMenuRole(QAction::QuitRole);
    connect(m_quitAct, &QAction::triggered, qApp, &QApplication::quit);
}

void StationWindow::createMenus()
{
    QMenu *fleet = menuBar()->addMenu(tr("&Fleet"));
    fleet->addAction(m_addAct);
    fleet->addAction(m_openFleetAct);
    fleet->addAction(m_saveFleetAct);
    fleet->addSeparator();
    fleet->addAction(m_exportLogAct);
    fleet->addAction(m_exportJobsAct);
    fleet->addSeparator();
    fleet->addAction(m_settingsAct);
    fleet->addSeparator();
    fleet->addAction(m_quitAct);

    QMenu *server = menuBar()->addMenu(tr("&Server"));
    server->addAction(m_viewerAct);
    server->addAction(m_reconnectAct);
    server->addSeparator();
    server->addAction(m_interruptAct);
    server->addAction(m_clearAct);
    server->addAction(m_removeAct);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_wallAct);
    view->addAction(m_lockAct);
    view->addSeparator();
    view->addAction(m_ackAllAct);
    view->setObjectName(u"viewMenu"_s);

    auto *tb = addToolBar(tr("Station"));
    tb->setObjectName(u"stationToolBar"_s);
    tb->setToolButtonStyle(Qt::ToolButtonTextOnly);
    tb->addAction(m_addAct);
    tb->addAction(m_ackAllAct);
    tb->addSeparator();
    tb->addAction(m_wallAct);
    tb->addAction(m_lockAct);
}

void StationWindow::createDocks()
{
    QMenu *view = menuBar()->findChild<QMenu *>(u"viewMenu"_s);
    if (view)
        view->addSeparator();

    // Alerts
    auto *alertDock = new QDockWidget(tr("Alerts"), this);
    alertDock->setObjectName(u"alertsDock"_s);
    auto *aw = new QWidget;
    auto *al = new QVBoxLayout(aw);
    al->setContentsMargins(0, 0, 0, 0);
    m_alertView = new QTableView;
    m_alertView->setModel(m_alerts);
    m_alertView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_alertView->verticalHeader()->hide();
    m_alertView->horizontalHeader()->setStretchLastSection(false);
    for (int c : {int(AlertEngine::TimeColumn), int(AlertEngine::ServerColumn),
                  int(AlertEngine::RuleColumn), int(AlertEngine::StatusColumn)})
        m_alertView->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_alertView->horizontalHeader()->setSectionResizeMode(AlertEngine::MessageColumn,
                                                          QHeaderView::Stretch);
    m_alertView->setWordWrap(false);
    al->addWidget(m_alertView);
    auto *ab = new QHBoxLayout;
    auto *ack = new QPushButton(tr("&Acknowledge"));
    connect(ack, &QPushButton::clicked, this, [this] {
        const auto rows = m_alertView->selectionModel()->selectedRows();
        for (const QModelIndex &i : rows)
            m_alerts->acknowledge(i.data(AlertEngine::AlertIdRole).toULongLong());
    });
    auto *ackAll = new QPushButton(tr("Acknowledge A&ll"));
    connect(ackAll, &QPushButton::clicked, m_alerts, &AlertEngine::acknowledgeAll);
    ab->addStretch(1);
    ab->addWidget(ack);
    ab->addWidget(ackAll);
    al->addLayout(ab);
    alertDock->setWidget(aw);
    addDockWidget(Qt::BottomDockWidgetArea, alertDock);

    // Combined queue
    auto *queueDock = new QDockWidget(tr("Queue (all servers)"), this);
    queueDock->setObjectName(u"queueDock"_s);
    auto *qw = new QWidget;
    auto *ql = new QVBoxLayout(qw);
    ql->setContentsMargins(0, 0, 0, 0);
    auto *qbar = new QHBoxLayout;
    m_queueServer = new QComboBox;
    m_queueServer->setAccessibleName(tr("Show the queue of"));
    connect(m_queueServer, &QComboBox::currentIndexChanged, this,
            [this] { m_queueFilter->setServerKey(m_queueServer->currentData().toString()); });
    auto *finished = new QCheckBox(tr("Show &finished"));
    finished->setChecked(true);
    connect(finished, &QCheckBox::toggled, m_queueFilter, &FleetQueueFilterModel::setShowFinished);
    auto *cancel = new QPushButton(tr("&Cancel Job"));
    connect(cancel, &QPushButton::clicked, m_cancelJobAct, &QAction::trigger);
    connect(this, &StationWindow::lockChanged, cancel, &QWidget::setHidden);
    qbar->addWidget(m_queueServer);
    qbar->addWidget(finished);
    qbar->addStretch(1);
    qbar->addWidget(cancel);
    ql->addLayout(qbar);
    m_queueView = new QTableView;
    m_queueView->setModel(m_queueFilter);
    m_queueView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_queueView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_queueView->verticalHeader()->hide();
    m_queueView->setItemDelegateForColumn(
        FleetQueueModel::ProgressColumn,
        new ProgressDelegate(FleetQueueModel::ProgressRole, m_queueView));
    m_queueView->horizontalHeader()->setSectionResizeMode(FleetQueueModel::ResultColumn,
                                                          QHeaderView::Stretch);
    ql->addWidget(m_queueView);
    queueDock->setWidget(qw);
    addDockWidget(Qt::BottomDockWidgetArea, queueDock);

    // Combined gallery
    auto *galleryDock = new QDockWidget(tr("Gallery (all servers)"), this);
    galleryDock->setObjectName(u"galleryDock"_s);
    auto *gw = new QWidget;
    auto *gl = new QVBoxLayout(gw);
    gl->setContentsMargins(0, 0, 0, 0);
    m_galleryServer = new QComboBox;
    m_galleryServer->setAccessibleName(tr("Show the images of"));
    m_galleryView = new GalleryView(m_gallery);
    m_galleryView->setThumbnailSize(112);
    connect(m_galleryServer, &QComboBox::currentIndexChanged, this, [this] {
        m_galleryView->filterModel()->setServerFilter(
            m_galleryServer->currentData(Qt::UserRole + 1).toString());
    });
    gl->addWidget(m_galleryServer);
    gl->addWidget(m_galleryView, 1);
    galleryDock->setWidget(gw);
    addDockWidget(Qt::BottomDockWidgetArea, galleryDock);

    auto *logDock = new EventLogDock(m_log, this);
    logDock->setObjectName(u"eventLogDock"_s);
    addDockWidget(Qt::BottomDockWidgetArea, logDock);
    // The dashboard gets the width; the docks share the bottom as tabs.
    tabifyDockWidget(alertDock, queueDock);
    tabifyDockWidget(queueDock, galleryDock);
    tabifyDockWidget(galleryDock, logDock);
    alertDock->raise();
    resizeDocks({alertDock}, {240}, Qt::Vertical);

    if (view)
        for (QDockWidget *d :
             {alertDock, queueDock, galleryDock, static_cast<QDockWidget *>(logDock)})
            view->addAction(d->toggleViewAction());
    refreshServerFilters();
}

void StationWindow::refreshServerFilters()
{
    for (QComboBox *box : {m_queueServer, m_galleryServer}) {
        if (!box)
            continue;
        const QString current = box->currentData().toString();
        const QSignalBlocker block(box);
        box->clear();
        box->addItem(tr("All servers"), QString());
        for (FleetServer *s : m_fleet->servers()) {
            box->addItem(s->name(), s->key());
            box->setItemData(box->count() - 1, s->name(), Qt::UserRole + 1);
        }
        const int i = box->findData(current);
        box->setCurrentIndex(i < 0 ? 0 : i);
    }
    if (m_galleryServer && m_galleryView)
        m_galleryView->filterModel()->setServerFilter(
            m_galleryServer->currentData(Qt::UserRole + 1).toString());
    if (m_queueServer)
        m_queueFilter->setServerKey(m_queueServer->currentData().toString());
}

void StationWindow::createTray()
{
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return;
    m_tray = new QSystemTrayIcon(this);
    auto *menu = new QMenu(this);
    menu->addAction(tr("Show Station"), this, [this] {
        showNormal();
        raise();
        activateWindow();
    });
    menu->addAction(m_ackAllAct);
    menu->addAction(m_wallAct);
    menu->addSeparator();
    menu->addAction(m_quitAct);
    m_tray->setContextMenu(menu);
    connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason r) {
        if (r == QSystemTrayIcon::Trigger) {
            showNormal();
            raise();
            activateWindow();
        }
    });
    updateTray();
    m_tray->show();
}

void StationWindow::updateTray()
{
    if (!m_tray)
        return;
    const FleetTotals t = m_fleet->totals();
    QIcon icon;
    if (t.alerts > 0)
        icon = trayIcon(u"tray-attention"_s, QColor(0xc6, 0x28, 0x28));
    else if (t.servers > 0 && t.up == 0)
        icon = trayIcon(u"tray-offline"_s, QColor(0x78, 0x78, 0x78));
    else if (t.running > 0)
        icon = trayIcon(u"tray-busy"_s, QColor(0x15, 0x65, 0xc0));
    else
        icon = trayIcon(u"tray-idle"_s, QColor(0x2e, 0x7d, 0x32));
    m_tray->setIcon(icon);
    m_tray->setToolTip(tr("ComfyScope: %1 of %2 servers up, %3 running, %4 alert(s)")
                           .arg(t.up)
                           .arg(t.servers)
                           .arg(t.running)
                           .arg(t.alerts));
}

void StationWindow::updateTotals()
{
    const FleetTotals t = m_fleet->totals();
    const QString red = u"#c62828"_s;
    auto warn = [&](bool bad, const QString &text) {
        return bad ? u"<b style='color:%1'>%2</b>"_s.arg(red, text.toHtmlEscaped())
                   : text.toHtmlEscaped();
    };
    QStringList parts;
    parts << tr("<b>%1</b> of %2 servers up").arg(t.up).arg(t.servers);
    if (t.down > 0)
        parts << warn(true, tr("%n down", nullptr, t.down));
    parts << tr("%n running", nullptr, t.running) << tr("%n pending", nullptr, t.pending);
    parts << warn(t.failedLastHour > 0,
                  tr("%n failed in the last hour", nullptr, t.failedLastHour));
    parts << warn(t.alerts > 0, tr("%n unacknowledged alert(s)", nullptr, t.alerts));
    m_totals->setText(parts.join(u"  ·  "_s));
    updateTray();
}

void StationWindow::updateActions()
{
    FleetServer *s = currentServer();
    const bool any = s != nullptr;
    m_viewerAct->setEnabled(any);
    m_reconnectAct->setEnabled(any);
    for (QAction *a : {m_interruptAct, m_clearAct, m_removeAct, m_cancelJobAct}) {
        a->setVisible(!m_locked);
        a->setEnabled(!m_locked && any);
    }
    m_cancelJobAct->setEnabled(!m_locked);
    m_addAct->setEnabled(!m_locked);
    m_openFleetAct->setEnabled(!m_locked);
    m_settingsAct->setEnabled(!m_locked);
    m_lockAct->setChecked(m_locked);
    m_lockAct->setText(m_locked ? tr("Un&lock Controls…") : tr("&Lock Controls"));
}

FleetServer *StationWindow::currentServer() const
{
    const QModelIndex idx = m_tiles->currentIndex();
    if (!idx.isValid())
        return nullptr;
    return qobject_cast<FleetServer *>(idx.data(FleetModel::ServerRole).value<QObject *>());
}

FleetServer *StationWindow::addServer(const FleetEntry &entry, bool start)
{
    QString name = entry.name.trimmed();
    if (name.isEmpty()) {
        QString err;
        const ServerEndpoint ep = entry.profile.toEndpoint(&err);
        name = ep.isValid() ? ep.displayString() : entry.profile.address;
    }
    auto *s = new FleetServer(name, entry.profile);
    if (entry.proxy)
        s->setProxy(*entry.proxy);
    s->setStatsInterval(m_settings.statsIntervalSeconds * 1000);
    connect(s, &FleetServer::logMessage, this,
            [this, s](LogLevel level, const QString &source, const QString &msg) {
                m_log->add(level == LogLevel::Error     ? EventLogModel::Level::Error
                           : level == LogLevel::Warning ? EventLogModel::Level::Warning
                                                        : EventLogModel::Level::Info,
                           s->name(), source + u": "_s + msg);
            });
    // One decode per frame: the gallery decodes it, the tile shows the gallery's thumbnail.
    connect(s, &FleetServer::imageReceived, this, [this, s](const SessionImage &image) {
        m_gallery->addImage(image, s->name(), s->key());
    });
    connect(s, &FleetServer::jobFinished, this, [this, s](const Job &j) {
        if (j.state == Job::State::Succeeded && j.own) {
            m_log->info(s->name(), tr("Job %1 finished in %2")
                                       .arg(shortId(j.promptId),
                                            formatDuration(j.startedAt.msecsTo(j.finishedAt))));
            if (m_settings.rules.trayNotifications) {
                const QImage thumb = m_gallery->sourceThumbnail(s->key());
                notify(tr("Job finished on %1").arg(s->name()),
                       tr("Job %1: %n output(s)", nullptr, int(j.outputs.size()))
                           .arg(shortId(j.promptId)),
                       thumb.isNull() ? appIcon() : QIcon(QPixmap::fromImage(thumb)), false);
            }
        }
    });
    m_entries.append(entry);
    m_entryServers.append(s);
    m_fleet->addServer(s);
    m_log->info(name, tr("Watching %1").arg(s->address()));
    if (start)
        s->start();
    return s;
}

bool StationWindow::loadFleetFile(const QString &path, QString *error)
{
    QString err;
    const QList<FleetEntry> entries = FleetFile::load(path, &err);
    if (entries.isEmpty()) {
        m_log->error(tr("Fleet"), err);
        if (error)
            *error = err;
        return false;
    }
    for (const FleetEntry &e : entries) {
        FleetServer *s = addServer(e, e.enabled);
        Q_UNUSED(s);
    }
    m_log->info(tr("Fleet"), tr("Loaded %n server(s) from %1", nullptr, int(entries.size()))
                                 .arg(QDir::toNativeSeparators(path)));
    return true;
}

bool StationWindow::startDemoFleet(int count, int workloadMs)
{
#ifdef COMFYSCOPE_HAVE_SIMULATOR
    count = qBound(1, count, 200);
    auto *rng = QRandomGenerator::global();
    for (int i = 0; i < count; ++i) {
        auto *sim = new Simulator;
        const int kind = i % 8; // 0-4 running, 5 idle, 6 failing, 7 down
        sim->setVersion(i % 3 == 2 ? Simulator::Version::V0_3_18 : Simulator::Version::V0_8_0);
        sim->setPreviewMethod(u"auto"_s);
        sim->setStepDelay(300 + 60 * (i % 5));
        if (!sim->listen()) {
            delete sim;
            m_log->error(tr("Demo"), tr("A demo server could not listen on a local port."));
            return false;
        }
        FleetEntry e;
        e.name = tr("gpu-%1").arg(i + 1, 2, 10, QChar(u'0'));
        e.profile.address = sim->httpUrl().toString();
        if (kind == 7) {
            // A server that went away: nothing listens on its port any more.
            sim->close();
            delete sim;
            e.name += tr(" (offline)");
            addServer(e);
            continue;
        }
        m_demoSims.append(sim);
        FleetServer *s = addServer(e);
        if (kind <= 4) {
            // A steady stream of txt2img runs (sometimes with a SaveImageWebsocket output),
            // queued as this station's client so every preview and step reaches it.
            auto *t = new QTimer(sim);
            auto *n = new int(0);
            QObject::connect(t, &QTimer::destroyed, [n] { delete n; });
            QObject::connect(t, &QTimer::timeout, sim, [sim, s, n, i] {
                if (sim->queueRemaining() > 1 || !s->client()->isConnected())
                    return;
                QJsonObject wf = Simulator::demoWorkflow(*n % 3 == 2 ? 2 : 0);
                QJsonObject k = wf.value(u"3"_s).toObject();
                QJsonObject in = k.value(u"inputs"_s).toObject();
                in.insert(u"seed"_s, 1000 * i + (*n)++);
                k.insert(u"inputs"_s, in);
                wf.insert(u"3"_s, k);
                sim->queuePrompt(wf, s->client()->clientId(),
                                 QJsonObject{{u"preview_method"_s, u"auto"_s}});
            });
            t->start(workloadMs / 2);
        }
        if (kind == 6) {
            // A server whose workflow keeps failing (execution errors).
            auto *t = new QTimer(sim);
            QObject::connect(t, &QTimer::timeout, sim, [sim, s] {
                if (s->client()->isConnected())
                    sim->queuePrompt(Simulator::demoWorkflow(3), s->client()->clientId());
            });
            t->start(workloadMs * 3);
        }
        // Imitate the ComfyUI-Crystools extension: GPU, VRAM, RAM and CPU every 2 s.
        auto *mon = new QTimer(sim);
        const double vramBase = kind == 3 ? 88 : 25 + 8 * (i % 6);
        QObject::connect(mon, &QTimer::timeout, sim, [sim, rng, vramBase, kind, i] {
            const bool busy = kind <= 4 || kind == 6;
            const double util = busy ? 70 + rng->bounded(30) : rng->bounded(4);
            const double vram = qMin(99.0, vramBase + (busy ? rng->bounded(8) : 0));
            const qint64 vramTotal = (i % 2 ? 24LL : 48LL) * 1024 * 1024 * 1024;
            const qint64 ramTotal = 128LL * 1024 * 1024 * 1024;
            const QJsonObject data{
                {u"cpu_utilization"_s, 5 + rng->bounded(20)},
                {u"ram_total"_s, double(ramTotal)},
                {u"ram_used"_s, double(ramTotal) * (0.3 + 0.02 * (i % 10))},
                {u"ram_used_percent"_s, 30 + 2 * (i % 10)},
                {u"device_type"_s, u"cuda"_s},
                {u"gpus"_s, QJsonArray{QJsonObject{{u"gpu_utilization"_s, util},
                                                   {u"gpu_temperature"_s, 45 + util / 3},
                                                   {u"vram_total"_s, double(vramTotal)},
                                                   {u"vram_used"_s, double(vramTotal) * vram / 100},
                                                   {u"vram_used_percent"_s, vram}}}}};
            sim->sendText(QString(), QJsonDocument(QJsonObject{{u"type"_s, u"crystools.monitor"_s},
                                                               {u"data"_s, data}})
                                         .toJson(QJsonDocument::Compact));
        });
        mon->start(2000);
    }
    m_log->info(tr("Demo"), tr("%n simulated server(s) started on 127.0.0.1", nullptr, count));
    return true;
#else
    Q_UNUSED(count);
    Q_UNUSED(workloadMs);
    m_log->error(tr("Demo"), tr("This build has no demo server."));
    return false;
#endif
}

void StationWindow::onAlertRaised(const Alert &a)
{
    const bool critical = a.rule == AlertRules::ServerDown || a.rule == AlertRules::ExecutionError;
    m_log->add(critical ? EventLogModel::Level::Error : EventLogModel::Level::Warning, a.serverName,
               tr("Alert: %1 — %2").arg(AlertRules::name(a.rule), a.message));
    if (m_settings.rules.sound)
        QApplication::beep();
    if (m_settings.rules.trayNotifications)
        notify(tr("%1: %2").arg(a.serverName, AlertRules::name(a.rule)), a.message, QIcon(),
               critical);
}

void StationWindow::notify(const QString &title, const QString &message, const QIcon &icon,
                           bool critical)
{
    // At most 3 notifications per 10 s; the rest are summed up in the next one.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    while (!m_recentNotifications.isEmpty() && m_recentNotifications.constFirst().secsTo(now) > 10)
        m_recentNotifications.removeFirst();
    if (m_recentNotifications.size() >= 3)
        return;
    m_recentNotifications.append(now);
    ++m_notifications;
    if (!m_tray || !QSystemTrayIcon::supportsMessages())
        return;
    if (!icon.isNull())
        m_tray->showMessage(title, message, icon, 8000);
    else
        m_tray->showMessage(title, message,
                            critical ? QSystemTrayIcon::Critical : QSystemTrayIcon::Warning, 8000);
}

void StationWindow::showTileMenu(const QPoint &pos)
{
    const QModelIndex idx = m_tiles->indexAt(pos);
    if (idx.isValid())
        m_tiles->setCurrentIndex(idx);
    FleetServer *s = currentServer();
    QMenu menu(this);
    if (s) {
        menu.addAction(m_viewerAct);
        menu.addAction(tr("Acknowledge Alerts of This Server"), this,
                       [this, s] { m_alerts->acknowledgeServer(s->key()); });
        menu.addAction(m_reconnectAct);
        menu.addAction(tr("Copy Address"), this,
                       [s] { QGuiApplication::clipboard()->setText(s->address()); });
        if (!m_locked) {
            menu.addSeparator();
            menu.addAction(m_interruptAct);
            menu.addAction(m_clearAct);
            menu.addAction(m_removeAct);
        }
        menu.addSeparator();
    }
    menu.addAction(m_addAct);
    menu.exec(m_tiles->viewport()->mapToGlobal(pos));
}

void StationWindow::interruptServer(FleetServer *s)
{
    if (!s || m_locked)
        return;
    const auto job = s->runningJob();
    if (!job)
        return;
    if (QMessageBox::question(this, tr("Interrupt"),
                              tr("Interrupt job %1 on %2?").arg(shortId(job->promptId), s->name()))
        != QMessageBox::Yes)
        return;
    Reply *r = s->tracker()->cancel(job->promptId);
    connect(r, &Reply::finished, this, [this, r, s] {
        if (!r->isOk())
            m_log->error(s->name(), r->errorString());
    });
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
}

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
        connect(m_wall, &WallView::leaveRequested, this, [this] { setWallMode(false); });
        connect(m_wall, &QObject::destroyed, this, [this] { m_wallAct->setChecked(false); });
        // The whole screen the station is on (also without a window manager).
        if (const QScreen *scr = screen())
            m_wall->setGeometry(scr->geometry());
        m_wall->showFullScreen();
        m_log->info(tr("Station"), tr("Wall mode on (Esc or F11 leaves)"));
    } else {
        if (m_wall)
            m_wall->close();
        m_wall = nullptr;
        showNormal();
        raise();
    }
    m_wallAct->setChecked(on);
}

void StationWindow::openInViewer(FleetServer *s)
{
    if (!s)
        return;
    auto *w = new MainWindow;
    w->setAttribute(Qt::WA_DeleteOnClose);
    w->show();
    w->connectTo(s->profile(), false);
}

void StationWindow::closeEvent(QCloseEvent *event)
{
    if (m_wall)
        m_wall->close();
    QMainWindow::closeEvent(event);
}

} // namespace ComfyScope::App
