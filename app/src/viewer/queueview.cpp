// SPDX-License-Identifier: MIT
#include "queueview.h"
#include "common/uiutil.h"

#include "progressdelegate.h"
#include "queuefiltermodel.h"
#include "queuemodel.h"

#include <QtCore/QEvent>
#include <QtCore/QSettings>
#include <QtGui/QAction>
#include <QtGui/QClipboard>
#include <QtGui/QGuiApplication>
#include <QtGui/QFontDatabase>
#include <QtGui/QScreen>
#include <QtWidgets/QDialog>
#include <QtWidgets/QDialogButtonBox>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QLabel>
#include <QtWidgets/QPlainTextEdit>
#include <QtWidgets/QPushButton>
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
    auto *progress = new ProgressDelegate(QueueModel::ProgressRole, m_view);
    progress->setStateRole(QueueModel::StateRole);
    m_view->setItemDelegateForColumn(QueueModel::ProgressColumn, progress);
    // Rows hold still while the pointer is busy over the list (see eventFilter()).
    m_view->viewport()->installEventFilter(this);
    m_view->viewport()->setMouseTracking(true);
    m_rest.setSingleShot(true);
    m_rest.setInterval(3000);
    connect(&m_rest, &QTimer::timeout, this, [this] { setRowsFrozen(false); });
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    QHeaderView *h = m_view->header();
    h->setStretchLastSection(false);
    h->setSectionResizeMode(QHeaderView::Interactive);
    h->setSectionResizeMode(QueueModel::NodeColumn, QHeaderView::Stretch);
    const int em = fontMetrics().horizontalAdvance(u'M');
    m_view->setColumnWidth(QueueModel::StateColumn, em * 8);
    m_view->setColumnWidth(QueueModel::PromptColumn, em * 16);   // "ComfyUI (1a2b3c4d)"
    m_view->setColumnWidth(QueueModel::ProgressColumn, em * 10); // "Failed at 67 %"
    m_view->setColumnWidth(QueueModel::ElapsedColumn, em * 5);
    m_view->setColumnWidth(QueueModel::EtaColumn, em * 6); // "unknown" while offline
    m_view->setColumnWidth(QueueModel::OutputsColumn, em * 5);
    m_view->setColumnWidth(QueueModel::QueuedColumn, em * 6);
    m_view->setColumnWidth(QueueModel::ClientColumn, em * 8);
    keepHeadersReadable(h); // no cut titles at larger fonts or in longer languages
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

bool QueueView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport()) {
        switch (event->type()) {
        case QEvent::Enter:
        case QEvent::MouseMove:
        case QEvent::MouseButtonPress:
        case QEvent::MouseButtonDblClick:
        case QEvent::Wheel:
            setRowsFrozen(true);
            m_rest.start(); // catch up once the pointer rests
            break;
        case QEvent::Leave:
            m_rest.stop();
            setRowsFrozen(false);
            break;
        default:
            break;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void QueueView::setRowsFrozen(bool frozen)
{
    if (frozen == m_model->isFrozen())
        return;
    // Neither new rows nor re-sorting while frozen; both catch up when the pointer leaves.
    m_model->setFrozen(frozen);
    m_filter->setDynamicSortFilter(!frozen);
    if (!frozen)
        m_filter->invalidate();
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
    const int row = m_model->rowOf(id);
    const bool known = row >= 0 && !m_model->jobAt(row).workflow.isEmpty();
    const bool ended = state == Job::State::Succeeded || state == Job::State::Failed
                       || state == Job::State::Interrupted || state == Job::State::Lost
                       || state == Job::State::Cancelled;
    QAction *again = menu.addAction(tr("Queue &Again"));
    QAction *againSeed = menu.addAction(tr("Queue Again with a New &Seed"));
    again->setEnabled(known && ended);
    againSeed->setEnabled(known && ended);
    if (!known) {
        again->setToolTip(tr("The workflow of this job is not known"));
        againSeed->setToolTip(again->toolTip());
    }
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
    else if (chosen == again)
        Q_EMIT queueAgainRequested(id, false);
    else if (chosen == againSeed)
        Q_EMIT queueAgainRequested(id, true);
    else if (chosen == cancel)
        Q_EMIT cancelRequested(id);
}

QString QueueView::errorReport(const Job &job)
{
    QStringList lines;
    lines << tr("Job: %1 (%2)").arg(job.displayName(), job.promptId);
    lines << tr("State: %1").arg(jobStateLabel(job.state));
    const QString err = jobErrorText(job);
    if (!err.isEmpty())
        lines << err;
    if (job.error) {
        const ExecutionErrorEvent &e = *job.error;
        if (!e.nodeId.isEmpty())
            lines << tr("Node: %1 (%2)").arg(job.nodeLabel(e.nodeId), e.nodeId);
        if (!e.exceptionType.isEmpty() || !e.exceptionMessage.isEmpty())
            lines << tr("Exception: %1: %2").arg(e.exceptionType, e.exceptionMessage.trimmed());
        if (!e.traceback.isEmpty()) {
            lines << QString() << tr("Traceback:");
            lines << e.traceback.join(QString()).trimmed();
        }
    }
    return lines.join(u'\n');
}

QDialog *QueueView::createErrorDialog(const Job &job, QWidget *parent)
{
    auto *dlg = new QDialog(parent);
    dlg->setWindowTitle(tr("Error of %1").arg(job.displayName()));
    dlg->setSizeGripEnabled(true);
    auto *l = new QVBoxLayout(dlg);
    auto *head = new QLabel(jobErrorText(job).toHtmlEscaped());
    head->setWordWrap(true);
    head->setTextInteractionFlags(Qt::TextSelectableByMouse);
    l->addWidget(head);
    auto *text = new QPlainTextEdit;
    text->setObjectName(u"errorText"_s);
    text->setReadOnly(true);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    // Wrapped at the window's width: the exception line is read whole, no sideways scrolling.
    text->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    text->setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    text->setPlainText(errorReport(job));
    l->addWidget(text, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    QPushButton *copy = buttons->addButton(tr("&Copy"), QDialogButtonBox::ActionRole);
    copy->setObjectName(u"copyError"_s);
    connect(copy, &QPushButton::clicked, dlg,
            [text] { QGuiApplication::clipboard()->setText(text->toPlainText()); });
    connect(buttons, &QDialogButtonBox::rejected, dlg, &QDialog::reject);
    l->addWidget(buttons);
    // Room for a traceback: 100 columns by 30 lines of the fixed font, within the screen.
    const QFontMetrics fm(text->font());
    QSize size(fm.horizontalAdvance(QString(100, u'x')) + 48, fm.lineSpacing() * 30 + 120);
    if (const QScreen *screen = parent ? parent->screen() : QGuiApplication::primaryScreen())
        size = size.boundedTo(screen->availableSize() * 0.85);
    dlg->resize(size);
    return dlg;
}

void QueueView::showError(const QString &promptId)
{
    const int row = m_model->rowOf(promptId);
    if (row < 0)
        return;
    QDialog *dlg = createErrorDialog(m_model->jobAt(row), this);
    dlg->setAttribute(Qt::WA_DeleteOnClose);
    dlg->show();
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
    keepHeadersReadable(m_view->header());
    m_showFinished->setChecked(s.value(u"queue/showFinished"_s, true).toBool());
}

} // namespace ComfyScope::App
