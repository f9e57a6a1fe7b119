// SPDX-License-Identifier: MIT
#include "queueview.h"
#include "common/uiutil.h"

#include "progressdelegate.h"
#include "queuefiltermodel.h"
#include "queuemodel.h"

#include <QtCore/QSettings>
#include <QtGui/QAction>
#include <QtGui/QClipboard>
#include <QtGui/QGuiApplication>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QHeaderView>
#include <QtWidgets/QMenu>
#include <QtWidgets/QMessageBox>
#include <QtWidgets/QToolButton>
#include <QtWidgets/QTreeView>
#include <QtWidgets/QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ComfyScope::App {

QueueView::QueueView(QueueModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_filter(new QueueFilterModel(this))
    , m_view(new QTreeView)
    , m_toolbar(new QWidget)
{
    m_filter->setSourceModel(model);
    auto *l = new QVBoxLayout(this);
    l->setContentsMargins(4, 4, 4, 4);
    l->setSpacing(4);

    m_cancel = new QAction(tr("&Cancel Job"), this);
    m_cancel->setToolTip(tr("Remove the selected job from the queue, or interrupt it if it is "
                            "running (Delete)"));
    m_cancel->setShortcut(QKeySequence::Delete);
    m_cancel->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_cancel->setEnabled(false);
    m_showFinished = new QAction(tr("Show &Finished"), this);
    m_showFinished->setCheckable(true);
    m_showFinished->setChecked(true);
    m_showFinished->setToolTip(tr("Also list jobs that have finished"));
    addAction(m_cancel);

    auto *bar = new QHBoxLayout(m_toolbar);
    bar->setContentsMargins(0, 0, 0, 0);
    bar->setSpacing(2);
    for (QAction *a : {m_cancel, m_showFinished}) {
        auto *b = new QToolButton;
        b->setDefaultAction(a);
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);
        bar->addWidget(b);
    }
    bar->addStretch(1);
    l->addWidget(m_toolbar);

    m_view->setModel(m_filter);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSortingEnabled(false);
    m_view->setAllColumnsShowFocus(true);
    m_view->setItemDelegateForColumn(QueueModel::ProgressColumn,
                                     new ProgressDelegate(QueueModel::ProgressRole, m_view));
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    QHeaderView *h = m_view->header();
    h->setStretchLastSection(false);
    h->setSectionResizeMode(QHeaderView::Interactive);
    h->setSectionResizeMode(QueueModel::NodeColumn, QHeaderView::Stretch);
    const int em = fontMetrics().horizontalAdvance(u'M');
    m_view->setColumnWidth(QueueModel::StateColumn, em * 8);
    m_view->setColumnWidth(QueueModel::PromptColumn, em * 11);
    m_view->setColumnWidth(QueueModel::ProgressColumn, em * 8);
    m_view->setColumnWidth(QueueModel::ElapsedColumn, em * 5);
    m_view->setColumnWidth(QueueModel::EtaColumn, em * 4);
    m_view->setColumnWidth(QueueModel::OutputsColumn, em * 5);
    l->addWidget(m_view, 1);

    connect(m_view, &QWidget::customContextMenuRequested, this, &QueueView::showContextMenu);
    connect(m_showFinished, &QAction::toggled, m_filter, &QueueFilterModel::setShowFinished);
    connect(m_cancel, &QAction::triggered, this, [this] {
        const QString id = selectedPromptId();
        if (!id.isEmpty())
            Q_EMIT cancelRequested(id);
    });
    auto updateActions = [this] {
        const QModelIndex idx = m_view->currentIndex();
        const auto state = Job::State(idx.data(QueueModel::StateRole).toInt());
        m_cancel->setEnabled(idx.isValid()
                             && (state == Job::State::Queued || state == Job::State::Running));
    };
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, updateActions);
    connect(m_filter, &QAbstractItemModel::dataChanged, this, updateActions);
    connect(m_view, &QAbstractItemView::activated, this, [this](const QModelIndex &idx) {
        Q_EMIT jobActivated(idx.data(QueueModel::PromptIdRole).toString());
    });
}

QString QueueView::selectedPromptId() const
{
    const QModelIndex idx = m_view->currentIndex();
    return idx.isValid() ? idx.data(QueueModel::PromptIdRole).toString() : QString();
}

void QueueView::addToolBarActions(const QList<QAction *> &actions)
{
    auto *bar = static_cast<QHBoxLayout *>(m_toolbar->layout());
    for (QAction *a : actions) {
        auto *b = new QToolButton;
        b->setDefaultAction(a);
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);
        bar->insertWidget(bar->count() - 1, b);
    }
}

void QueueView::showContextMenu(const QPoint &pos)
{
    const QModelIndex idx = m_view->indexAt(pos);
    if (!idx.isValid())
        return;
    const QString id = idx.data(QueueModel::PromptIdRole).toString();
    const auto state = Job::State(idx.data(QueueModel::StateRole).toInt());
    const QString error = idx.data(QueueModel::ErrorRole).toString();
    QMenu menu(this);
    QAction *copy = menu.addAction(tr("Copy Prompt ID"));
    QAction *outputs = menu.addAction(tr("Show Outputs in Gallery"));
    QAction *err = menu.addAction(tr("Show Error…"));
    err->setEnabled(!error.isEmpty());
    menu.addSeparator();
    QAction *cancel = menu.addAction(state == Job::State::Running ? tr("Interrupt")
                                                                  : tr("Remove from Queue"));
    cancel->setEnabled(state == Job::State::Queued || state == Job::State::Running);
    QAction *chosen = menu.exec(m_view->viewport()->mapToGlobal(pos));
    if (chosen == copy)
        QGuiApplication::clipboard()->setText(id);
    else if (chosen == outputs)
        Q_EMIT showOutputsRequested(id);
    else if (chosen == err)
        showError(id);
    else if (chosen == cancel)
        Q_EMIT cancelRequested(id);
}

void QueueView::showError(const QString &promptId)
{
    const int row = m_model->rowOf(promptId);
    if (row < 0)
        return;
    const Job job = m_model->jobAt(row);
    QMessageBox box(this);
    box.setIcon(QMessageBox::Warning);
    box.setWindowTitle(tr("Job %1").arg(promptId.left(8)));
    box.setText(jobErrorText(job));
    if (job.error && !job.error->traceback.isEmpty())
        box.setDetailedText(job.error->traceback.join(QString()));
    box.setTextInteractionFlags(Qt::TextSelectableByMouse);
    box.exec();
}

void QueueView::saveState() const
{
    QSettings s;
    s.setValue(u"queue/header"_s, m_view->header()->saveState());
    s.setValue(u"queue/showFinished"_s, m_showFinished->isChecked());
}

void QueueView::restoreState()
{
    QSettings s;
    const QByteArray h = s.value(u"queue/header"_s).toByteArray();
    if (!h.isEmpty())
        m_view->header()->restoreState(h);
    m_showFinished->setChecked(s.value(u"queue/showFinished"_s, true).toBool());
}

} // namespace ComfyScope::App
