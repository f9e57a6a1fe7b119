// SPDX-License-Identifier: MIT
#include "stationwindow.h"

#include "demo/demo.h"

#include <comfyscope/fleet/alertengine.h>
#include "common/connectdialog.h"
#include "common/eventlogdock.h"
#include "common/eventlogmodel.h"
#include <comfyscope/fleet/fleetmodel.h>
#include "fleetqueuemodel.h"
#include <comfyscope/fleet/fleetserver.h>
#include "fleettablemodel.h"
#include "fleettiledelegate.h"
#include "gallery/galleryfiltermodel.h"
#include "gallery/gallerymodel.h"
#include "gallery/galleryview.h"
#include "viewer/mainwindow.h"
#include "viewer/progressdelegate.h"
#include "common/uiutil.h"
#include "tilegridview.h"
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
#include <QtWidgets/QStackedWidget>
#include <QtWidgets/QStatusBar>
#include <QtWidgets/QSystemTrayIcon>
#include <QtWidgets/QTableView>
#include <QtWidgets/QToolBar>
#include <QtWidgets/QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ComfyScope::App {

namespace {
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
    , m_tiles(new TileGridView(m_delegate))
    , m_totals(new QLabel)
    , m_sortBox(new QComboBox)
{
    setWindowTitle(tr("ComfyScope — Monitoring Station"));
    setWindowIcon(appIcon());
    m_heldBackTimer.setSingleShot(true);
    connect(&m_heldBackTimer, &QTimer::timeout, this, [this] {
        if (m_heldBack > 0)
            notify(windowTitle(), QString(), QIcon(), false);
    });
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
    m_tiles->setSelectionMode(QAbstractItemView::SingleSelection);
    m_delegate->setGallery(m_gallery);
    connect(m_gallery, &GalleryModel::thumbnailUpdated, this, [this](const QString &key) {
        if (FleetServer *s = m_fleet->serverByKey(key))
            m_fleet->touch(s);
    });
    m_tiles->setModel(m_sorted);
    m_tiles->setContextMenuPolicy(Qt::CustomContextMenu);
    m_tiles->setFrameShape(QFrame::NoFrame);
    m_tiles->setAccessibleName(tr("Servers"));
    connect(m_tiles, &QWidget::customContextMenuRequested, this, &StationWindow::showTileMenu);
    connect(m_tiles, &QAbstractItemView::doubleClicked, this,
            [this] { openInViewer(currentServer()); });
    connect(m_tiles->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this] { updateActions(); });
    // The tiles, or the dense table in their place (View ▸ Dense Table).
    m_views = new QStackedWidget;
    m_views->addWidget(m_tiles);
    lay->addWidget(m_views, 1);
    setCentralWidget(central);

    createActions();
    createMenus();
    createDenseView();
    createDocks();
    createTray();

    connect(m_fleet, &FleetModel::totalsChanged, this, &StationWindow::updateTotals);
    connect(m_alerts, &AlertEngine::alertRaised, this, &StationWindow::onAlertRaised);
    connect(m_alerts, &AlertEngine::alertResolved, this, [this](const Alert &a) {
        m_log->addForServer(EventLogModel::Level::Info, a.serverName, tr("Alerts"),
                            tr("Resolved: %1").arg(AlertRules::name(a.rule)));
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
                m_log->addForServer(EventLogModel::Level::Error, s->name(), QString(),
                                    r->errorString());
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
                m_log->addForServer(EventLogModel::Level::Error, s->name(), QString(),
                                    r->errorString());
        });
    });
    m_trendsAct = new QAction(tr("&Trends…"), this);
    m_trendsAct->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    m_trendsAct->setEnabled(false); // until a job database is open
    connect(m_trendsAct, &QAction::triggered, this, [this] { showTrends(); });
    m_historyAct = new QAction(tr("&History…"), this);
    m_historyAct->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    m_historyAct->setEnabled(false); // until a job database is open
    connect(m_historyAct, &QAction::triggered, this, [this] { showHistoryBrowser(); });
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
    connect(m_quitAct, &QAction::triggered, this, [this] { requestQuit(); });
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
    view->addAction(m_trendsAct);
    view->addAction(m_historyAct);
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
    const QModelIndex idx = isTableView() && m_table ? m_table->currentIndex()
                                                     : m_tiles->currentIndex();
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
        // host:port (and a path prefix), not the URL: lists show the start of a name, and two
        // servers must not both read "http…".
        if (ep.isValid()) {
            const QUrl url = ep.baseUrl();
            name = url.host() + (url.port() > 0 ? u":"_s + QString::number(url.port()) : QString());
            const QString path = url.path();
            if (!path.isEmpty() && path != u"/"_s)
                name += path.endsWith(u'/') ? path.chopped(1) : path;
        } else {
            name = entry.profile.address;
        }
    }
    auto *s = new FleetServer(name, entry.profile);
    if (entry.proxy)
        s->setProxy(*entry.proxy);
    s->setStatsInterval(m_settings.statsIntervalSeconds * 1000);
    connect(s, &FleetServer::logMessage, this,
            [this, s](LogLevel level, const QString &source, const QString &msg) {
                m_log->addForServer(level == LogLevel::Error     ? EventLogModel::Level::Error
                                    : level == LogLevel::Warning ? EventLogModel::Level::Warning
                                                                 : EventLogModel::Level::Info,
                                    s->name(), source, msg);
            });
    // One decode per frame: the gallery decodes it, the tile shows the gallery's thumbnail.
    connect(s, &FleetServer::imageReceived, this, [this, s](const SessionImage &image) {
        m_gallery->addImage(image, s->name(), s->key());
    });
    connect(s, &FleetServer::jobFinished, this, [this, s](const Job &j) {
        if (j.state == Job::State::Succeeded && j.own) {
            m_log->addForServer(
                EventLogModel::Level::Info, s->name(), QString(),
                tr("Job %1 finished in %2")
                    .arg(shortId(j.promptId), formatDuration(j.startedAt.msecsTo(j.finishedAt))));
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
    m_log->addForServer(EventLogModel::Level::Info, name, QString(),
                        tr("Watching %1").arg(s->address()));
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
    if (!m_demo)
        m_demo = new Demo::DemoFleet(this);
    QString error;
    if (!m_demo->start(
            count, workloadMs, [this](const FleetEntry &e) { return addServer(e); }, &error)) {
        m_log->error(tr("Demo"), error);
        return false;
    }
    m_log->info(tr("Demo"), tr("%n simulated server(s) started on 127.0.0.1", nullptr, count));
    return true;
}

void StationWindow::onAlertRaised(const Alert &a)
{
    const bool critical = a.rule == AlertRules::ServerDown || a.rule == AlertRules::ExecutionError;
    m_log->addForServer(critical ? EventLogModel::Level::Error : EventLogModel::Level::Warning,
                        a.serverName, tr("Alerts"),
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
    // At most 3 notifications per 10 s; the rest are held back and summed up in the next one
    // shown, at the latest when the limit allows one again (m_heldBackTimer: the sum alone).
    const bool sumOnly = message.isEmpty() && m_heldBack > 0;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    while (!m_recentNotifications.isEmpty()
           && m_recentNotifications.constFirst().msecsTo(now) >= m_notifyWindowMs)
        m_recentNotifications.removeFirst();
    if (m_recentNotifications.size() >= m_notifyLimit) {
        if (!sumOnly)
            ++m_heldBack;
        const qint64 age = m_recentNotifications.constFirst().msecsTo(now);
        m_heldBackTimer.start(int(qMax<qint64>(1, m_notifyWindowMs - age + 1)));
        return;
    }
    QString text = message;
    if (m_heldBack > 0) {
        const QString more = tr("%n more notification(s) held back", nullptr, m_heldBack);
        text = text.isEmpty() ? more : text + u'\n' + more;
        m_heldBack = 0;
        m_heldBackTimer.stop();
    }
    m_recentNotifications.append(now);
    ++m_notifications;
    m_lastNotification = title + u'\n' + text;
    if (!m_tray || !QSystemTrayIcon::supportsMessages())
        return;
    if (!icon.isNull())
        m_tray->showMessage(title, text, icon, 8000);
    else
        m_tray->showMessage(title, text,
                            critical ? QSystemTrayIcon::Critical : QSystemTrayIcon::Warning, 8000);
}

void StationWindow::setNotificationLimit(int count, int windowMs)
{
    m_notifyLimit = qMax(1, count);
    m_notifyWindowMs = qMax(1, windowMs);
}

void StationWindow::showTileMenu(const QPoint &pos)
{
    QAbstractItemView *view = isTableView() ? static_cast<QAbstractItemView *>(m_table) : m_tiles;
    const QModelIndex idx = view->indexAt(pos);
    if (idx.isValid())
        view->setCurrentIndex(idx);
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
    menu.exec(view->viewport()->mapToGlobal(pos));
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
            m_log->addForServer(EventLogModel::Level::Error, s->name(), QString(),
                                r->errorString());
    });
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
    // Locked means locked: no closing without the PIN.
    if (!m_quitting && !confirmLeaveLocked()) {
        event->ignore();
        return;
    }
    if (m_wall)
        m_wall->closeUnguarded();
    QMainWindow::closeEvent(event);
}

} // namespace ComfyScope::App
