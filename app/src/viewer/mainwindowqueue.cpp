// SPDX-License-Identifier: MIT
// MainWindow: queueing workflows (files, drops, queue again) and the queue actions.
#include "mainwindow.h"

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

void MainWindow::queueWorkflowFile(const QString &givenPath)
{
    if (!m_client || !m_tracker) {
        QMessageBox::information(this, tr("Queue Workflow"), tr("Connect to a server first."));
        return;
    }
    QString path = givenPath;
    if (path.isEmpty()) {
        QSettings settings;
        path = QFileDialog::getOpenFileName(
            this, tr("Queue Workflow"), settings.value(u"ui/lastWorkflowDir"_s).toString(),
            tr("API-format workflows or ComfyUI images (*.json *.png);;All files (*)"));
        if (path.isEmpty())
            return;
        settings.setValue(u"ui/lastWorkflowDir"_s, QFileInfo(path).absolutePath());
    }
    QString error;
    const QJsonObject wf = readWorkflowFile(path, &error);
    if (wf.isEmpty()) {
        QMessageBox::warning(this, tr("Queue Workflow"), error);
        return;
    }
    submitWorkflow(wf, QFileInfo(path).fileName());
}

QJsonObject MainWindow::readWorkflowFile(const QString &path, QString *error)
{
    const QString shown = QDir::toNativeSeparators(path);
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly) || f.size() > 64 * 1024 * 1024) {
        *error = tr("Cannot read %1: %2").arg(shown, f.errorString());
        return {};
    }
    QByteArray json;
    const QByteArray head = f.peek(8);
    if (head.startsWith("\x89PNG")) {
        QImageReader reader(&f, "png");
        json = reader.text(u"prompt"_s).toUtf8();
        if (json.isEmpty()) {
            *error = tr("%1 holds no workflow: only PNGs saved by ComfyUI carry their prompt.")
                         .arg(shown);
            return {};
        }
    } else {
        json = f.readAll();
    }
    QJsonParseError perr;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &perr);
    QJsonObject wf = doc.object();
    if (wf.value(u"prompt"_s).isObject())
        wf = wf.value(u"prompt"_s).toObject();
    if (perr.error != QJsonParseError::NoError || wf.isEmpty()) {
        *error = tr("%1 is not a JSON workflow: %2").arg(shown, perr.errorString());
        return {};
    }
    if (wf.contains(u"nodes"_s) && wf.contains(u"links"_s)) {
        *error = tr("This is a UI workflow. In ComfyUI, use Workflow → Export (API) and queue "
                    "that file.");
        return {};
    }
    return wf;
}

QJsonObject MainWindow::withNewSeeds(const QJsonObject &workflow)
{
    QJsonObject out = workflow;
    for (auto it = out.begin(); it != out.end(); ++it) {
        QJsonObject node = it->toObject();
        QJsonObject inputs = node.value(u"inputs"_s).toObject();
        bool changed = false;
        for (const QString &key : {u"seed"_s, u"noise_seed"_s}) {
            if (inputs.value(key).isDouble()) {
                // JSON numbers keep 53 bits exactly.
                inputs.insert(key, double(QRandomGenerator::global()->generate64()
                                          & ((quint64(1) << 50) - 1)));
                changed = true;
            }
        }
        if (changed) {
            node.insert(u"inputs"_s, inputs);
            *it = node;
        }
    }
    return out;
}

bool MainWindow::queueAgain(const QString &promptId, bool newSeed)
{
    const std::optional<Job> j = m_tracker ? m_tracker->job(promptId) : std::nullopt;
    if (!j || j->workflow.isEmpty()) {
        m_log->warning(tr("Queue"), tr("The workflow of %1 is not known; it cannot be queued "
                                       "again.")
                                        .arg(promptId.left(8)));
        return false;
    }
    submitWorkflow(newSeed ? withNewSeeds(j->workflow) : j->workflow, j->workflowName());
    return true;
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() == 1 && urls.first().isLocalFile()) {
        const QString suffix = QFileInfo(urls.first().toLocalFile()).suffix().toLower();
        if (suffix == u"json"_s || suffix == u"png"_s) {
            event->acceptProposedAction();
            return;
        }
    }
    QMainWindow::dragEnterEvent(event);
}

void MainWindow::dropEvent(QDropEvent *event)
{
    if (queueDroppedUrls(event->mimeData()->urls()))
        event->acceptProposedAction();
}

bool MainWindow::queueDroppedUrls(const QList<QUrl> &urls)
{
    if (urls.size() != 1 || !urls.first().isLocalFile())
        return false;
    const QString path = urls.first().toLocalFile();
    // Let the drop finish before any dialog opens.
    QTimer::singleShot(0, this, [this, path] { queueWorkflowFile(path); });
    return true;
}

void MainWindow::submitWorkflow(const QJsonObject &wf, const QString &name)
{
    if (!m_session) {
        QMessageBox::information(this, tr("Queue Workflow"), tr("Connect to a server first."));
        return;
    }
    SubmitReply *r = m_session->submit(wf, name);
    connect(r, &Reply::finished, this, [this, r, name] {
        if (r->isOk()) {
            m_log->info(tr("Queue"), tr("Queued %1 as %2").arg(name, r->promptId()));
            return;
        }
        const Error::Code code = r->error().code;
        const bool unreachable = code == Error::Code::ConnectionRefused
                                 || code == Error::Code::HostNotFound
                                 || code == Error::Code::NetworkError
                                 || code == Error::Code::Timeout
                                 || code == Error::Code::ConnectionClosed
                                 || code == Error::Code::ProxyError;
        if (unreachable) {
            m_log->error(tr("Queue"), tr("%1 was not queued: %2 is not reachable (%3)")
                                          .arg(name, m_serverName, r->errorString()));
            QMessageBox::warning(
                this, tr("Queue Workflow"),
                tr("%1 was not queued: the server at %2 is not reachable.").arg(name, m_serverName)
                    + u"\n\n"_s + r->errorString());
            return;
        }
        m_log->error(tr("Queue"), tr("%1 was refused: %2").arg(name, r->errorString()));
        QMessageBox::warning(this, tr("Queue Workflow"),
                             tr("The server refused %1.").arg(name) + u"\n\n"_s + r->errorString());
    });
}

bool MainWindow::confirmAction(const QString &key, const QString &title, const QString &text,
                               const QString &button)
{
    QSettings settings;
    const QString settingsKey = u"confirm/"_s + key;
    if (!settings.value(settingsKey, true).toBool())
        return true;
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::Cancel, this);
    box.setObjectName(u"confirm_"_s + key);
    QPushButton *yes = box.addButton(button, QMessageBox::AcceptRole);
    box.setDefaultButton(QMessageBox::Cancel);
    auto *dontAsk = new QCheckBox(tr("Don't ask again"));
    box.setCheckBox(dontAsk);
    box.exec();
    if (box.clickedButton() != yes)
        return false;
    if (dontAsk->isChecked())
        settings.setValue(settingsKey, false);
    return true;
}

void MainWindow::interrupt()
{
    if (!m_client)
        return;
    if (!confirmAction(u"interrupt"_s, tr("Interrupt"),
                       tr("Stop the job that is running on %1 now?").arg(m_serverName),
                       tr("&Interrupt")))
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
    if (!confirmAction(u"clearPending"_s, tr("Clear Pending"),
                       tr("Remove every job waiting in the queue of %1, also those of other "
                          "clients?")
                           .arg(m_serverName),
                       tr("&Clear Pending")))
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

} // namespace ComfyScope::App
