// SPDX-License-Identifier: MIT
#include "mainwindow.h"

#include "demo/demo.h"

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

    m_galleryView = new GalleryView(m_gallery);
    setCentralWidget(m_galleryView);

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

    connect(m_session, &Session::stateChanged, this, [this](Client::State s) {
        m_indicator->setState(s);
        m_indicator->setLastError(m_session ? m_session->lastError().message : QString());
        m_log->info(tr("Connection"), connectionStateLabel(s));
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
    m_session->open();
    if (remember) {
        RecentServers::remember(profile);
        updateRecentMenu();
    }
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

void MainWindow::queueWorkflowFile(const QString &givenPath)
{
    if (!m_client || !m_tracker) {
        QMessageBox::information(this, tr("Queue Workflow"), tr("Connect to a server first."));
        return;
    }
    QString path = givenPath;
    if (path.isEmpty()) {
        QSettings settings;
        path = QFileDialog::getOpenFileName(this, tr("Queue Workflow"),
                                            settings.value(u"ui/lastWorkflowDir"_s).toString(),
                                            tr("API-format workflows (*.json);;All files (*)"));
        if (path.isEmpty())
            return;
        settings.setValue(u"ui/lastWorkflowDir"_s, QFileInfo(path).absolutePath());
    }
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly) || f.size() > 64 * 1024 * 1024) {
        QMessageBox::warning(
            this, tr("Queue Workflow"),
            tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), f.errorString()));
        return;
    }
    QJsonParseError perr;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &perr);
    QJsonObject wf = doc.object();
    if (wf.value(u"prompt"_s).isObject())
        wf = wf.value(u"prompt"_s).toObject();
    if (perr.error != QJsonParseError::NoError || wf.isEmpty()) {
        QMessageBox::warning(this, tr("Queue Workflow"),
                             tr("%1 is not a JSON workflow: %2")
                                 .arg(QDir::toNativeSeparators(path), perr.errorString()));
        return;
    }
    if (wf.contains(u"nodes"_s) && wf.contains(u"links"_s)) {
        QMessageBox::warning(this, tr("Queue Workflow"),
                             tr("This is a UI workflow. In ComfyUI, use Workflow → Export (API) "
                                "and queue that file."));
        return;
    }
    const QString name = QFileInfo(path).fileName();
    SubmitReply *r = m_session->submit(wf, name);
    connect(r, &Reply::finished, this, [this, r, name] {
        if (r->isOk()) {
            m_log->info(tr("Queue"), tr("Queued %1 as %2").arg(name, r->promptId()));
            return;
        }
        m_log->error(tr("Queue"), tr("%1 was refused: %2").arg(name, r->errorString()));
        QMessageBox::warning(this, tr("Queue Workflow"),
                             tr("The server refused %1.").arg(name) + u"\n\n"_s + r->errorString());
    });
}

void MainWindow::interrupt()
{
    if (!m_client)
        return;
    Reply *r = m_client->interrupt();
    connect(r, &Reply::finished, this, [this, r] {
        if (r->isOk())
            m_log->info(tr("Queue"), tr("Interrupt sent"));
        else
            m_log->error(tr("Queue"), tr("Interrupt failed: %1").arg(r->errorString()));
    });
}

void MainWindow::clearQueue()
{
    if (!m_client)
        return;
    Reply *r = m_client->clearQueue();
    connect(r, &Reply::finished, this, [this, r] {
        if (r->isOk()) {
            m_log->info(tr("Queue"), tr("Pending jobs cleared"));
            if (m_tracker)
                m_tracker->resync();
        } else {
            m_log->error(tr("Queue"), tr("Clearing the queue failed: %1").arg(r->errorString()));
        }
    });
}

void MainWindow::cancelJob(const QString &promptId)
{
    if (!m_tracker)
        return;
    Reply *r = m_tracker->cancel(promptId);
    if (!r)
        return;
    connect(r, &Reply::finished, this, [this, r, promptId] {
        if (r->isOk())
            m_log->info(tr("Job %1").arg(shortId(promptId)), tr("Cancel requested"));
        else
            m_log->error(tr("Job %1").arg(shortId(promptId)),
                         tr("Cancel failed: %1").arg(r->errorString()));
    });
}

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
    m_settings = dlg.settings();
    m_settings.save();
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
    m_interruptAct->setEnabled(up);
    m_clearQueueAct->setEnabled(up);
    m_refreshAct->setEnabled(up);
    if (!open)
        m_queueLabel->clear();
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
