// SPDX-License-Identifier: MIT
#include "mainwindow.h"

#include "demo/demo.h"

#include "gallery/autosaver.h"
#include "common/connectdialog.h"
#include "common/connectionindicator.h"
#include "common/eventlogdock.h"
#include "common/eventlogmodel.h"
#include "gallery/gallerydelegate.h"
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
#include <QtCore/QMimeData>
#include <QtCore/QRandomGenerator>
#include <QtGui/QDragEnterEvent>
#include <QtGui/QDropEvent>
#include <QtGui/QImageReader>
#include <QtCore/QJsonArray>
#include <QtCore/QSettings>
#include <QtGui/QAction>
#include <QtGui/QCloseEvent>
#include <QtGui/QScreen>
#include <QtWidgets/QApplication>
#include <QtWidgets/QCheckBox>
#include <QtWidgets/QDockWidget>
#include <QtWidgets/QFrame>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QVBoxLayout>
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

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_settings(ViewerSettings::load())
    , m_queueModel(new QueueModel(this))
    , m_gallery(new GalleryModel(this))
    , m_log(new EventLogModel(this))
    , m_saver(new AutoSaver(this))
{
    setObjectName(u"mainWindow"_s);
    setWindowIcon(appIcon());
    setDockOptions(AnimatedDocks | AllowNestedDocks | AllowTabbedDocks);
    setAcceptDrops(true); // a ComfyUI PNG or API JSON dropped here is queued
    for (auto sig : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_queueModel, sig, this, [this] { updateActions(); });
    connect(m_queueModel, &QAbstractItemModel::modelReset, this, [this] { updateActions(); });
    connect(m_queueModel, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &tl, const QModelIndex &, const QList<int> &roles) {
                if (tl.column() == QueueModel::StateColumn && roles.isEmpty())
                    updateActions();
            });

    m_galleryView = new GalleryView(m_gallery);
    // Above the gallery: a plain statement when the server cannot be reached.
    m_banner = new QFrame;
    m_banner->setObjectName(u"offlineBanner"_s);
    m_banner->setAutoFillBackground(true);
    {
        QPalette pal = m_banner->palette();
        pal.setColor(QPalette::Window, QColor(0xd6, 0x3a, 0x3a));
        pal.setColor(QPalette::WindowText, Qt::white);
        m_banner->setPalette(pal);
        auto *bl = new QHBoxLayout(m_banner);
        bl->setContentsMargins(10, 6, 10, 6);
        auto *icon = new QLabel;
        icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(24, 24));
        bl->addWidget(icon);
        m_bannerText = new QLabel;
        m_bannerText->setWordWrap(true);
        m_bannerText->setTextInteractionFlags(Qt::TextSelectableByMouse);
        bl->addWidget(m_bannerText, 1);
        auto *retry = new QPushButton(tr("Retry Now"));
        retry->setObjectName(u"bannerRetry"_s);
        connect(retry, &QPushButton::clicked, this, [this] { reconnect(); });
        bl->addWidget(retry);
        auto *edit = new QPushButton(tr("Edit Address…"));
        edit->setObjectName(u"bannerEdit"_s);
        connect(edit, &QPushButton::clicked, this, [this] { showConnectDialog(); });
        bl->addWidget(edit);
    }
    m_banner->hide();
    auto *central = new QWidget;
    auto *cl = new QVBoxLayout(central);
    cl->setContentsMargins(0, 0, 0, 0);
    cl->setSpacing(0);
    cl->addWidget(m_banner);
    cl->addWidget(m_galleryView, 1);
    setCentralWidget(central);

    createActions();
    createDocks();
    createMenus();
    createStatusBar();
    applySettings();

    connect(m_galleryView, &GalleryView::openRequested, this, &MainWindow::openImage);
    connect(m_galleryView, &GalleryView::thumbnailSizeChanged, this,
            [this](int px) { m_settings.thumbnailSize = px; });
    connect(m_gallery, &GalleryModel::itemAdded, this, &MainWindow::onItemAdded);
    connect(m_gallery, &GalleryModel::decodeFailed, this,
            [this](const QString &msg) { m_log->warning(tr("Gallery"), msg); });
    connect(m_gallery, &GalleryModel::statsChanged, this, [this] {
        if (!m_statsTimer.isActive())
            m_statsTimer.start();
    });
    m_statsTimer.setSingleShot(true);
    m_statsTimer.setInterval(250);
    connect(&m_statsTimer, &QTimer::timeout, this, &MainWindow::updateStats);
    connect(m_saver, &AutoSaver::saved, this, [this](quint64 id, const QString &path) {
        m_gallery->setSavedPath(id, path);
        m_log->info(tr("Auto-save"), tr("Saved %1").arg(QDir::toNativeSeparators(path)));
    });
    connect(m_saver, &AutoSaver::failed, this,
            [this](quint64, const QString &msg) { m_log->error(tr("Auto-save"), msg); });

    QSettings s;
    if (!restoreGeometry(s.value(u"window/geometry"_s).toByteArray())) {
        const QRect avail = screen() ? screen()->availableGeometry() : QRect(0, 0, 1600, 1000);
        resize(avail.size().boundedTo(QSize(1600, 1050)) * 0.94);
        move(avail.center() - rect().center());
    } else if (screen() && !isMaximized() && !isFullScreen()) {
        // Saved on a larger screen or at a smaller scale: shrink it onto this one.
        const QRect avail = screen()->availableGeometry();
        if (width() > avail.width() || height() > avail.height()) {
            resize(size().boundedTo(avail.size() * 0.94));
            move(avail.center() - rect().center());
        }
    }
    restoreState(s.value(u"window/state"_s).toByteArray());
    m_queueView->restoreState();
    m_previewsAct->setChecked(m_settings.showPreviews);

    updateTitle();
    updateStats();
    updateActions();
    m_log->info(tr("App"), tr("ComfyScope %1 started").arg(QCoreApplication::applicationVersion()));
}

MainWindow::~MainWindow()
{
    if (m_session)
        m_session->close();
}

Lightbox *MainWindow::lightbox() const
{
    return m_lightbox.data();
}

HistoryDialog *MainWindow::historyDialog() const
{
    return m_history.data();
}

bool MainWindow::hasDemo()
{
#ifdef COMFYSCOPE_HAVE_SIMULATOR
    return true;
#else
    return false;
#endif
}

// ---- construction ----------------------------------------------------------------------------

void MainWindow::applySettings()
{
    m_gallery->setMemoryBudget(qint64(m_settings.memoryBudgetMb) * 1024 * 1024);
    m_galleryView->setThumbnailSize(m_settings.thumbnailSize);
    const QString dir = m_sessionSaveDir.isEmpty() ? m_settings.effectiveSaveDirectory()
                                                   : m_sessionSaveDir;
    m_saver->setEnabled(m_settings.autoSave || !m_sessionSaveDir.isEmpty());
    m_saver->setDirectory(dir);
    m_saver->setPattern(m_settings.fileNamePattern);
    if (m_saver->isEnabled()) {
        m_saveLabel->setText(tr("Auto-save on"));
        m_saveLabel->setToolTip(
            tr("Outputs are saved to %1 as %2")
                .arg(QDir::toNativeSeparators(dir), m_settings.fileNamePattern));
    } else {
        m_saveLabel->setText(tr("Auto-save off"));
        m_saveLabel->setToolTip(tr("Turn auto-save on in Preferences"));
    }
}

void MainWindow::setSessionSaveDirectory(const QString &dir)
{
    m_sessionSaveDir = QDir(dir).absolutePath();
    applySettings();
    m_log->info(tr("Auto-save"), tr("Saving outputs to %1 for this session")
                                     .arg(QDir::toNativeSeparators(m_sessionSaveDir)));
}

// ---- connection --------------------------------------------------------------------------

void MainWindow::setupClient()
{
    // A fresh session per server: jobs of one server never mix with another's.
    if (m_history)
        m_history->setClient(nullptr);
    m_queueModel->setTracker(nullptr);
    m_progress->setTracker(nullptr);
    if (m_session) {
        m_session->disconnect(this);
        m_session->client()->disconnect(this);
        m_session->close();
        m_session->deleteLater();
    }

    m_session = new Session(this);
    m_client = m_session->client();
    m_tracker = m_session->tracker();
    m_queueModel->setTracker(m_tracker);
    m_progress->setTracker(m_tracker);
    if (m_history)
        m_history->setClient(m_client);
    attachJobStore();

    m_everConnected = false;
    connect(m_session, &Session::stateChanged, this, [this](Client::State s) {
        m_indicator->setState(s);
        m_indicator->setLastError(m_session ? m_session->lastError().message : QString());
        m_log->info(tr("Connection"), connectionStateLabel(s));
        if (s == Client::State::Connected || s == Client::State::Polling) {
            m_everConnected = true;
            // Only an address that answered goes to Recent Servers.
            if (m_rememberOnConnect) {
                m_rememberOnConnect = false;
                RecentServers::remember(m_profile);
                updateRecentMenu();
            }
        }
        updateActions();
    });
    connect(m_session, &Session::logMessage, this,
            [this](LogLevel level, const QString &source, const QString &text) {
                m_indicator->setLastError(m_session ? m_session->lastError().message : QString());
                m_log->add(level == LogLevel::Error     ? EventLogModel::Level::Error
                           : level == LogLevel::Warning ? EventLogModel::Level::Warning
                                                        : EventLogModel::Level::Info,
                           source, text);
            });
    connect(m_session, &Session::imageReceived, this, &MainWindow::onImage);
    connect(m_session, &Session::changed, this, [this] { updateActions(); });
    connect(m_session, &Session::logMessage, this, [this] { updateOffline(); });
    // A dialog, so the viewer asks the user itself.
    connect(m_client, &Client::certificateRejected, this, &MainWindow::onCertificateRejected);
    connect(m_client, &Client::statusReceived, this, [this](const StatusEvent &e) {
        m_queueLabel->setText(tr("Queue: %1").arg(e.queueRemaining));
    });
}

void MainWindow::connectTo(const ServerProfile &profile, bool remember)
{
    QString error;
    const ServerEndpoint ep = profile.toEndpoint(&error);
    if (!ep.isValid()) {
        m_log->error(tr("Connection"),
                     tr("Cannot connect to \"%1\": %2").arg(profile.address, error));
        QMessageBox::warning(this, tr("Connect"),
                             tr("Cannot connect to \"%1\":\n%2").arg(profile.address, error));
        return;
    }
    m_profile = profile;
    m_serverName = ep.displayString();
    setupClient();
    profile.applyTo(m_client);
    m_indicator->setServerName(m_serverName);
    m_indicator->setLastError(QString());
    m_log->info(tr("Connection"), tr("Connecting to %1").arg(m_serverName));
    m_galleryView->delegate()->setCurrentServer(m_serverName);
    m_galleryView->listView()->viewport()->update();
    m_rememberOnConnect = remember;
    m_session->open();
    updateTitle();
    updateActions();
}

bool MainWindow::startDemo(int workloadIntervalMs)
{
    if (!m_demo)
        m_demo = new Demo::DemoServer(this);
    QString error;
    if (!m_demo->start(workloadIntervalMs, &error)) {
        m_log->error(tr("Demo"), error);
        return false;
    }
    ServerProfile p;
    p.address = m_demo->url().toString();
    m_log->info(tr("Demo"), tr("Demo server running at %1; it queues a workflow every %2 s")
                                .arg(p.address)
                                .arg(workloadIntervalMs / 1000.0));
    connectTo(p, false);
    m_demo->setSession(m_session);
    m_serverName = tr("Demo server (%1)").arg(m_demo->url().authority());
    m_indicator->setServerName(m_serverName);
    m_galleryView->delegate()->setCurrentServer(m_serverName);
    updateTitle();
    return true;
}

Simulator *MainWindow::simulator() const
{
    return m_demo ? m_demo->simulator() : nullptr;
}

void MainWindow::showConnectDialog()
{
    ConnectDialog dlg(this);
    if (!m_profile.address.isEmpty() && !m_demo)
        dlg.setProfile(m_profile);
    if (dlg.exec() == QDialog::Accepted)
        connectTo(dlg.profile(), true);
}

void MainWindow::disconnectFromServer()
{
    if (!m_session)
        return;
    m_session->close();
    m_log->info(tr("Connection"), tr("Disconnected from %1").arg(m_serverName));
    updateActions();
}

void MainWindow::reconnect()
{
    if (!m_session)
        return;
    if (m_client->state() == Client::State::Disconnected)
        m_session->open();
    else
        m_client->reconnectNow();
}

void MainWindow::onCertificateRejected(const QByteArray &sha256, const QStringList &errors)
{
    if (!m_client)
        return;
    m_log->error(tr("TLS"),
                 tr("Certificate of %1 not trusted: %2").arg(m_serverName, errors.join(u"; "_s)));
    QMessageBox box(this);
    box.setIcon(QMessageBox::Warning);
    box.setWindowTitle(tr("Untrusted Certificate"));
    box.setText(tr("The certificate of %1 could not be verified.").arg(m_serverName));
    box.setInformativeText(tr("Trust it only if this fingerprint is the one of your server:\n\n"
                              "SHA-256: %1")
                               .arg(QString::fromLatin1(sha256)));
    box.setDetailedText(errors.join(u'\n'));
    QPushButton *trust = box.addButton(tr("Trust This Certificate"), QMessageBox::AcceptRole);
    box.addButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != trust) {
        m_session->close();
        return;
    }
    ServerProfile p = m_profile;
    p.pinnedSha256 = sha256;
    connectTo(p, true);
}

// ---- queue actions -------------------------------------------------------------------------

// ---- images --------------------------------------------------------------------------------

void MainWindow::onImage(const SessionImage &image)
{
    if (image.frame.kind == ImageKind::SamplerPreview && !m_previewsAct->isChecked())
        return;
    m_gallery->addImage(image, m_serverName);
}

void MainWindow::onItemAdded(quint64 id)
{
    const std::optional<GalleryItem> it = m_gallery->item(id);
    if (!it)
        return;
    if (AutoSaver::isSaveable(it->kind, it->ref)) {
        AutoSaver::Info info{it->kind,   m_serverName,     it->promptId,  it->nodeId,
                             it->format, it->ref.filename, it->receivedAt};
        m_saver->save(id, it->encoded, info);
    }
    if (!m_openWhenAdded.isEmpty() && it->ref.isValid() && refKey(it->ref) == m_openWhenAdded) {
        m_openWhenAdded.clear();
        openImage(id);
    }
}

void MainWindow::openImage(quint64 id)
{
    if (!id)
        return;
    if (!m_lightbox)
        m_lightbox = new Lightbox(m_gallery, m_galleryView->filterModel(), this);
    m_lightbox->showItem(id);
    m_lightbox->show();
    m_lightbox->raise();
    m_lightbox->activateWindow();
}

void MainWindow::openLatestImage()
{
    openImage(m_galleryView->currentId());
}

void MainWindow::openOutput(const ImageRef &ref, const QString &promptId)
{
    if (m_gallery->containsRef(ref)) {
        for (int r = 0; r < m_gallery->rowCount(); ++r) {
            const quint64 id = m_gallery->idAt(r);
            const auto it = m_gallery->item(id);
            if (it && it->ref == ref) {
                openImage(id);
                return;
            }
        }
    }
    if (!m_session)
        return;
    m_openWhenAdded = refKey(ref);
    m_session->fetchOutput(ref, promptId);
}

// ---- windows -------------------------------------------------------------------------------

void MainWindow::showHistory()
{
    if (!m_history) {
        m_history = new HistoryDialog(this);
        connect(m_history, &HistoryDialog::openOutputRequested, this, &MainWindow::openOutput);
    }
    m_history->setClient(m_client);
    m_history->setJobStore(m_store.get(), m_serverName);
    m_history->show();
    m_history->raise();
    m_history->activateWindow();
    m_history->refresh();
}

void MainWindow::showPreferences()
{
    PreferencesDialog dlg(m_settings, this);
    if (dlg.exec() != QDialog::Accepted)
        return;
    const QString oldTheme = m_settings.theme;
    m_settings = dlg.settings();
    m_settings.save();
    if (m_settings.theme != oldTheme)
        applyTheme(m_settings.theme); // at once, no restart
    applySettings();
    updateStats();
}

void MainWindow::toggleFullScreen()
{
    if (isFullScreen()) {
        menuBar()->show();
        if (m_wasMaximized)
            showMaximized();
        else
            showNormal();
    } else {
        m_wasMaximized = isMaximized();
        showFullScreen();
    }
    m_fullScreenAct->setChecked(isFullScreen());
}

void MainWindow::about()
{
    QMessageBox box(this);
    box.setIconPixmap(appIcon().pixmap(64, 64));
    box.setWindowTitle(tr("About ComfyScope"));
    box.setText(tr("<h3>ComfyScope %1</h3>"
                   "<p>A native viewer for ComfyUI servers: live queue, progress, previews and "
                   "outputs.</p><p>Built with Qt %2, running on Qt %3.</p>")
                    .arg(QCoreApplication::applicationVersion(),
                         QString::fromLatin1(QT_VERSION_STR), QString::fromLatin1(qVersion())));
    box.exec();
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QList<ServerProfile> recent = RecentServers::load();
    for (const ServerProfile &p : recent) {
        QAction *a = m_recentMenu->addAction(p.displayName());
        connect(a, &QAction::triggered, this, [this, p] { connectTo(p, true); });
    }
    if (recent.isEmpty()) {
        m_recentMenu->addAction(tr("(none)"))->setEnabled(false);
    } else {
        m_recentMenu->addSeparator();
        m_recentMenu->addAction(tr("Clear List"), this, [this] {
            RecentServers::clear();
            updateRecentMenu();
        });
    }
}

void MainWindow::updateTitle()
{
    setWindowTitle(m_serverName.isEmpty() ? tr("ComfyScope")
                                          : tr("%1 — ComfyScope").arg(m_serverName));
}

void MainWindow::updateStats()
{
    m_memoryLabel->setText(
        tr("Images: %1 · memory %2 of %3")
            .arg(m_gallery->rowCount())
            .arg(formatBytes(m_gallery->fullImageBytes()), formatBytes(m_gallery->memoryBudget())));
    m_memoryLabel->setToolTip(tr("Full-size images in memory: %1 (budget %2)\nThumbnails: %3\n"
                                 "Frames received: %4, decoded: %5, skipped while busy: %6")
                                  .arg(formatBytes(m_gallery->fullImageBytes()),
                                       formatBytes(m_gallery->memoryBudget()),
                                       formatBytes(m_gallery->thumbnailBytes()))
                                  .arg(m_gallery->framesReceived())
                                  .arg(m_gallery->framesDecoded())
                                  .arg(m_gallery->framesSkipped()));
}

void MainWindow::updateActions()
{
    const bool open = m_client && m_client->state() != Client::State::Disconnected;
    const bool up = m_client
                    && (m_client->state() == Client::State::Connected
                        || m_client->state() == Client::State::Polling);
    m_reconnectAct->setEnabled(m_client);
    m_disconnectAct->setEnabled(open);
    // Interrupt only when something runs.
    m_interruptAct->setEnabled(up && m_queueModel->currentJob().has_value());
    m_clearQueueAct->setEnabled(up);
    m_refreshAct->setEnabled(up);
    // Counts from a server we no longer reach are stale.
    if (!up)
        m_queueLabel->clear();
    else if (m_session && m_session->queueDepth() >= 0)
        m_queueLabel->setText(tr("Queue: %1").arg(m_session->queueDepth()));
    updateOffline();
}

void MainWindow::updateOffline()
{
    // Reconnecting: the socket was lost, or the first attempt found no server.
    const bool offline = m_client && m_client->state() == Client::State::Reconnecting;
    m_progress->setOffline(offline);
    m_queueModel->setOffline(offline);
    if (!offline) {
        m_banner->hide();
        return;
    }
    const QString reason = m_session ? m_session->lastError().message : QString();
    QString text = m_everConnected
                       ? tr("<b>The server at %1 is not reachable.</b> Its jobs' progress is "
                            "frozen until it answers again; retrying.")
                             .arg(m_serverName.toHtmlEscaped())
                       : tr("<b>Cannot reach the server at %1.</b> Check the address; retrying.")
                             .arg(m_serverName.toHtmlEscaped());
    if (!reason.isEmpty())
        text += u"<br>"_s + tr("Reason: %1").arg(reason.toHtmlEscaped());
    m_bannerText->setText(text);
    m_banner->show();
}

QString MainWindow::offlineBannerText() const
{
    return m_banner->isHidden() ? QString() : m_bannerText->text();
}

QString MainWindow::queueLabelText() const
{
    return m_queueLabel->text();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings s;
    if (isFullScreen())
        showNormal();
    s.setValue(u"window/geometry"_s, saveGeometry());
    s.setValue(u"window/state"_s, saveState());
    m_queueView->saveState();
    m_settings.save();
    if (m_lightbox)
        m_lightbox->close();
    if (m_history)
        m_history->close();
    QMainWindow::closeEvent(event);
}

} // namespace ComfyScope::App
