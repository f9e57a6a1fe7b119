// SPDX-License-Identifier: MIT
#include "galleryview.h"

#include "gallerydelegate.h"
#include "galleryfiltermodel.h"
#include "gallerymodel.h"
#include "common/uiutil.h"

#include <QtCore/QEvent>
#include <QtCore/QFileInfo>
#include <QtCore/QTimer>
#include <QtCore/QUrl>
#include <QtGui/QAction>
#include <QtGui/QClipboard>
#include <QtGui/QDesktopServices>
#include <QtGui/QGuiApplication>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QLabel>
#include <QtWidgets/QListView>
#include <QtWidgets/QMenu>
#include <QtWidgets/QSlider>
#include <QtWidgets/QStackedLayout>
#include <QtWidgets/QToolButton>
#include <QtWidgets/QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ComfyScope::App {

GalleryView::GalleryView(GalleryModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_filter(new GalleryFilterModel(this))
    , m_delegate(new GalleryDelegate(this))
    , m_list(new QListView)
    , m_job(new QComboBox)
    , m_size(new QSlider(Qt::Horizontal))
    , m_count(new QLabel)
    , m_empty(new QLabel)
{
    m_filter->setSourceModel(model);
    auto *l = new QVBoxLayout(this);
    l->setContentsMargins(0, 0, 0, 0);
    l->setSpacing(0);

    auto *barWidget = new QWidget;
    barWidget->setBackgroundRole(QPalette::Window);
    auto *bar = new QHBoxLayout(barWidget);
    bar->setContentsMargins(6, 4, 6, 4);
    bar->setSpacing(4);
    auto *showLabel = new QLabel(tr("Show:"));
    bar->addWidget(showLabel);
    for (ImageKind k : {ImageKind::SamplerPreview, ImageKind::WebSocketOutput,
                        ImageKind::DeployOutput, ImageKind::FinalOutput}) {
        auto *b = new QToolButton;
        b->setText(imageKindLabel(k));
        b->setIcon(imageKindIcon(k));
        b->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        b->setCheckable(true);
        b->setChecked(true);
        b->setAutoRaise(true);
        b->setToolTip(tr("Show or hide %1 images").arg(imageKindLabel(k)));
        connect(b, &QToolButton::toggled, this, [this, k](bool on) {
            m_filter->setKindVisible(k, on);
            updateCount();
        });
        bar->addWidget(b);
    }
    bar->addSpacing(12);
    bar->addWidget(new QLabel(tr("Job:")));
    m_job->addItem(tr("All jobs"), QString());
    // A fixed width, not the widest entry: each new prompt adds one, and measuring all of them
    // and re-laying out the window for it took the station's GUI thread 10 ms and more.
    m_job->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_job->setMinimumContentsLength(16); // "Prompt 1234abcd", "Toutes les tâches"
    bar->addWidget(m_job);
    bar->addStretch(1);
    bar->addWidget(m_count);
    bar->addSpacing(8);
    m_size->setRange(96, 384);
    m_size->setSingleStep(16);
    m_size->setPageStep(32);
    m_size->setValue(m_delegate->thumbnailSize());
    m_size->setFixedWidth(110);
    m_size->setToolTip(tr("Thumbnail size"));
    bar->addWidget(m_size);
    auto *clear = new QToolButton;
    clear->setText(tr("Clear"));
    clear->setToolTip(tr("Remove every image from the gallery (saved files stay)"));
    clear->setAutoRaise(true);
    bar->addWidget(clear);
    l->addWidget(barWidget);

    m_list->setModel(m_filter);
    m_list->setItemDelegate(m_delegate);
    m_list->setViewMode(QListView::IconMode);
    m_list->setResizeMode(QListView::Adjust);
    m_list->setMovement(QListView::Static);
    m_list->setUniformItemSizes(true);
    m_list->setSpacing(0);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_list->setMouseTracking(true);
    m_list->setContextMenuPolicy(Qt::CustomContextMenu);
    m_list->setFrameShape(QFrame::NoFrame);
    m_list->setBackgroundRole(QPalette::Base);

    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_empty->setText(tr("No images yet.\nSampler previews, WebSocket and ComfyDeploy outputs and "
                        "the final images of every job appear here as they arrive."));
    auto *stackHost = new QWidget;
    auto *stack = new QStackedLayout(stackHost);
    stack->setStackingMode(QStackedLayout::StackAll);
    stack->addWidget(m_empty);
    stack->addWidget(m_list);
    stack->setCurrentWidget(m_list);
    l->addWidget(stackHost, 1);

    connect(m_job, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setPromptFilter(m_job->currentData().toString());
        updateCount();
    });
    connect(m_size, &QSlider::valueChanged, this, [this](int v) {
        setThumbnailSize(v);
        Q_EMIT thumbnailSizeChanged(v);
    });
    connect(clear, &QToolButton::clicked, model, &GalleryModel::clear);
    connect(model, &GalleryModel::promptSeen, this, &GalleryView::addPrompt);
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        m_job->blockSignals(true);
        m_job->clear();
        m_job->addItem(tr("All jobs"), QString());
        m_job->blockSignals(false);
        m_filter->setPromptFilter(QString());
        updateCount();
    });
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &GalleryView::updateCount);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &GalleryView::updateCount);
    connect(m_list, &QAbstractItemView::activated, this, [this](const QModelIndex &idx) {
        Q_EMIT openRequested(idx.data(GalleryModel::IdRole).toULongLong());
    });
    connect(m_list, &QWidget::customContextMenuRequested, this, &GalleryView::showContextMenu);
    m_list->viewport()->installEventFilter(this);
    updateGrid();
    updateCount();
}

void GalleryView::setThumbnailSize(int px)
{
    m_delegate->setThumbnailSize(px);
    if (m_size->value() != px) {
        const QSignalBlocker b(m_size);
        m_size->setValue(px);
    }
    updateGrid();
}

int GalleryView::thumbnailSize() const
{
    return m_delegate->thumbnailSize();
}

void GalleryView::setPromptFilter(const QString &promptId)
{
    if (!promptId.isEmpty() && m_job->findData(promptId) < 0)
        addPrompt(promptId);
    const int i = m_job->findData(promptId);
    m_job->setCurrentIndex(i < 0 ? 0 : i);
}

quint64 GalleryView::currentId() const
{
    QModelIndex idx = m_list->currentIndex();
    if (!idx.isValid())
        idx = m_filter->index(0, 0);
    return idx.isValid() ? idx.data(GalleryModel::IdRole).toULongLong() : 0;
}

bool GalleryView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_list->viewport() && event->type() == QEvent::Resize)
        QTimer::singleShot(0, this, &GalleryView::updateGrid);
    return QWidget::eventFilter(watched, event);
}

void GalleryView::updateGrid()
{
    // Spread the columns over the whole width instead of leaving a gap on the right.
    QStyleOptionViewItem opt;
    opt.initFrom(m_list);
    const QSize cell = m_delegate->sizeHint(opt, QModelIndex());
    const int gap = 8;
    const int width = qMax(1, m_list->viewport()->width() - 2);
    const int columns = qMax(1, width / (cell.width() + gap));
    const QSize grid(qMax(cell.width() + gap, width / columns), cell.height() + gap);
    if (grid != m_list->gridSize())
        m_list->setGridSize(grid);
    m_list->doItemsLayout();
}

void GalleryView::addPrompt(const QString &promptId)
{
    if (m_job->findData(promptId) >= 0)
        return;
    // Newest first, right after "All jobs".
    m_job->insertItem(1, tr("Prompt %1").arg(shortId(promptId)), promptId);
    m_job->setItemData(1, promptId, Qt::ToolTipRole);
    while (m_job->count() > 200)
        m_job->removeItem(m_job->count() - 1);
}

void GalleryView::updateCount()
{
    const int shown = m_filter->rowCount();
    const int total = m_model->rowCount();
    m_count->setText(shown == total ? tr("Images: %1").arg(total)
                                    : tr("Showing %1 of %2 images").arg(shown).arg(total));
    m_empty->setVisible(total == 0);
    m_list->setVisible(total > 0);
}

void GalleryView::showContextMenu(const QPoint &pos)
{
    const QModelIndex idx = m_list->indexAt(pos);
    if (!idx.isValid())
        return;
    const quint64 id = idx.data(GalleryModel::IdRole).toULongLong();
    const QString prompt = idx.data(GalleryModel::PromptIdRole).toString();
    const QString saved = idx.data(GalleryModel::SavedPathRole).toString();
    QMenu menu(this);
    QAction *open = menu.addAction(tr("Open"));
    QAction *copy = menu.addAction(tr("Copy Image"));
    QAction *copyId = menu.addAction(tr("Copy Prompt ID"));
    copyId->setEnabled(!prompt.isEmpty());
    QAction *only = menu.addAction(tr("Show Only This Job"));
    only->setEnabled(!prompt.isEmpty());
    QAction *folder = menu.addAction(tr("Open Containing Folder"));
    folder->setEnabled(!saved.isEmpty());
    QAction *chosen = menu.exec(m_list->viewport()->mapToGlobal(pos));
    if (chosen == open) {
        Q_EMIT openRequested(id);
    } else if (chosen == copy) {
        QImage img = m_model->fullImage(id);
        if (img.isNull())
            img = idx.data(GalleryModel::ThumbnailRole).value<QImage>();
        QGuiApplication::clipboard()->setImage(img);
    } else if (chosen == copyId) {
        QGuiApplication::clipboard()->setText(prompt);
    } else if (chosen == only) {
        setPromptFilter(prompt);
    } else if (chosen == folder) {
        QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(saved).absolutePath()));
    }
}

} // namespace ComfyScope::App
