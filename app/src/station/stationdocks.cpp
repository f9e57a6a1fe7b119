// SPDX-License-Identifier: MIT
// StationWindow: the docks (alerts, combined queue, combined gallery, event log).
#include "stationwindow.h"

#include "alertgroupmodel.h"
#include "alertstyleproxy.h"

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
    // Repeats as one row ("×14"); bold, red and the alert icon for what needs attention (the
    // engine itself has no Gui).
    m_alertGroups = new AlertGroupModel(m_alerts, this);
    auto *alertStyle = new AlertStyleProxy(m_alertView);
    alertStyle->setSourceModel(m_alertGroups);
    m_alertView->setModel(alertStyle);
    m_alertView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_alertView->verticalHeader()->hide();
    m_alertView->horizontalHeader()->setStretchLastSection(false);
    for (int c : {int(AlertEngine::TimeColumn), int(AlertEngine::ServerColumn),
                  int(AlertEngine::RuleColumn), int(AlertEngine::StatusColumn),
                  AlertGroupModel::CountColumn})
        m_alertView->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    // The count next to the rule it counts.
    m_alertView->horizontalHeader()->moveSection(AlertGroupModel::CountColumn,
                                                 AlertEngine::MessageColumn);
    m_alertView->horizontalHeader()->setSectionResizeMode(AlertEngine::MessageColumn,
                                                          QHeaderView::Stretch);
    m_alertView->setWordWrap(false);
    al->addWidget(m_alertView);
    auto *ab = new QHBoxLayout;
    auto *ack = new QPushButton(tr("&Acknowledge"));
    connect(ack, &QPushButton::clicked, this, [this] {
        // A grouped row acknowledges every alert in it.
        QList<quint64> ids;
        const auto rows = m_alertView->selectionModel()->selectedRows();
        for (const QModelIndex &i : rows)
            for (const QVariant &id : i.data(AlertGroupModel::AlertIdsRole).toList())
                ids.append(id.toULongLong());
        for (quint64 id : std::as_const(ids))
            m_alerts->acknowledge(id);
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

} // namespace ComfyScope::App
