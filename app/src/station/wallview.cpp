// SPDX-License-Identifier: MIT
#include "wallview.h"

#include <comfyscope/fleet/fleetmodel.h>
#include "fleettiledelegate.h"
#include "gallery/gallerymodel.h"
#include "common/uiutil.h"
#include "tilegridview.h"

#include <QtCore/QLocale>

#include <cmath>
#include <QtGui/QCloseEvent>
#include <QtGui/QKeyEvent>
#include <QtGui/QPainter>
#include <QtCore/QtMath>
#include <QtGui/QTextDocument>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QLabel>
#include <QtWidgets/QListView>
#include <QtWidgets/QStackedWidget>
#include <QtWidgets/QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ComfyScope::App {

NewestImagesWidget::NewestImagesWidget(GalleryModel *gallery, QWidget *parent)
    : QWidget(parent)
    , m_gallery(gallery)
{
    connect(gallery, &QAbstractItemModel::rowsInserted, this, [this] { update(); });
    connect(gallery, &QAbstractItemModel::dataChanged, this, [this] { update(); });
    connect(gallery, &QAbstractItemModel::modelReset, this, [this] { update(); });
}

void NewestImagesWidget::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), palette().color(QPalette::Window));
    const int n = qMin(m_count, m_gallery->rowCount());
    if (n == 0) {
        QFont f = font();
        f.setPointSizeF(f.pointSizeF() * 2);
        p.setFont(f);
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(rect(), Qt::AlignCenter, tr("No images yet"));
        return;
    }
    const int cols = n <= 1 ? 1 : n <= 4 ? 2 : 3;
    const int rows = (n + cols - 1) / cols;
    const int gap = 12;
    const QSizeF cell((width() - gap * (cols + 1)) / double(cols),
                      (height() - gap * (rows + 1)) / double(rows));
    QFont label = font();
    label.setPointSizeF(label.pointSizeF() * 1.4);
    label.setBold(true);
    const QFontMetrics fm(label);
    p.setRenderHint(QPainter::SmoothPixmapTransform);
    for (int i = 0; i < n; ++i) {
        const QModelIndex idx = m_gallery->index(i, 0); // row 0 is the newest
        const QRectF c(gap + (i % cols) * (cell.width() + gap),
                       gap + (i / cols) * (cell.height() + gap), cell.width(), cell.height());
        // The full image when it is in memory (a wall is big), else the thumbnail.
        const auto item = m_gallery->item(idx.data(GalleryModel::IdRole).toULongLong());
        QImage img = item && !item->full.isNull()
                         ? item->full
                         : idx.data(GalleryModel::ThumbnailRole).value<QImage>();
        QRectF imgArea = c.adjusted(0, 0, 0, -fm.height() - 6);
        if (!img.isNull()) {
            const QSizeF s = QSizeF(img.size()).scaled(imgArea.size(), Qt::KeepAspectRatio);
            p.drawImage(QRectF(imgArea.center().x() - s.width() / 2,
                               imgArea.center().y() - s.height() / 2, s.width(), s.height()),
                        img);
        }
        p.setFont(label);
        p.setPen(palette().color(QPalette::WindowText));
        const QString text = idx.data(GalleryModel::ServerRole).toString() + u"  ·  "_s
                             + idx.data(GalleryModel::BadgeRole).toString();
        p.drawText(QRectF(c.left(), c.bottom() - fm.height(), c.width(), fm.height()),
                   Qt::AlignCenter, fm.elidedText(text, Qt::ElideMiddle, int(c.width())));
    }
}

WallView::WallView(FleetModel *fleet, QAbstractItemModel *sortedFleet, GalleryModel *gallery,
                   QWidget *parent)
    : QWidget(parent)
    , m_fleet(fleet)
    , m_delegate(new FleetTileDelegate(this))
    , m_title(new QLabel(tr("ComfyScope — fleet")))
    , m_totals(new QLabel)
    , m_clock(new QLabel)
    , m_pages(new QStackedWidget)
    , m_mosaic(new TileGridView(m_delegate))
    , m_images(new NewestImagesWidget(gallery))
{
    m_delegate->setGallery(gallery);
    setWindowTitle(tr("ComfyScope — Wall"));
    setAutoFillBackground(true);
    auto *header = new QHBoxLayout;
    QFont big = font();
    big.setPointSizeF(big.pointSizeF() * 2.2);
    big.setBold(true);
    m_title->setFont(big);
    QFont mid = font();
    mid.setPointSizeF(mid.pointSizeF() * 1.8);
    m_totals->setFont(mid);
    m_totals->setTextFormat(Qt::RichText);
    // A narrow or large-font wall wraps the totals instead of cutting them off.
    m_totals->setWordWrap(true);
    m_totals->setMinimumWidth(1);
    m_clock->setFont(big);
    header->addWidget(m_title);
    header->addSpacing(24);
    header->addWidget(m_totals, 1);
    header->addWidget(m_clock);

    m_mosaic->setSelectionMode(QAbstractItemView::NoSelection);
    m_mosaic->setFocusPolicy(Qt::NoFocus);
    m_mosaic->setFrameShape(QFrame::NoFrame);
    m_mosaic->setModel(sortedFleet);
    m_mosaic->setFitAll(true);
    m_pages->addWidget(m_mosaic);
    m_pages->addWidget(m_images);
    // A page's minimum size (the trends charts) must not make the wall taller than its screen.
    m_pages->setMinimumSize(1, 1);

    auto *lay = new QVBoxLayout(this);
    lay->setContentsMargins(16, 12, 16, 12);
    lay->addLayout(header);
    lay->addWidget(m_pages, 1);

    connect(fleet, &FleetModel::totalsChanged, this, &WallView::updateHeader);
    m_clockTimer.setInterval(1000);
    connect(&m_clockTimer, &QTimer::timeout, this, &WallView::updateHeader);
    m_clockTimer.start();
    connect(&m_cycle, &QTimer::timeout, this, [this] { setPage((page() + 1) % m_pages->count()); });
    setCycleSeconds(m_cycleSeconds);
    updateHeader();
}

void WallView::setCycleSeconds(int s)
{
    m_cycleSeconds = qMax(0, s);
    if (m_cycleSeconds > 0)
        m_cycle.start(m_cycleSeconds * 1000);
    else
        m_cycle.stop();
}

int WallView::page() const
{
    return m_pages->currentIndex();
}

void WallView::addPage(QWidget *page)
{
    m_pages->addWidget(page);
}

void WallView::setPage(int page)
{
    m_pages->setCurrentIndex(qBound(0, page, m_pages->count() - 1));
    updateHeader();
}

void WallView::updateHeader()
{
    const FleetTotals t = m_fleet->totals();
    const QString red = u"#e53935"_s;
    auto span = [](const QString &color, const QString &text) {
        return color.isEmpty() ? text : u"<span style='color:%1'>%2</span>"_s.arg(color, text);
    };
    QStringList parts;
    parts << tr("%1 of %2 up").arg(t.up).arg(t.servers);
    if (t.down > 0)
        parts << span(red, tr("%n down", nullptr, t.down));
    parts << tr("%n running", nullptr, t.running) << tr("%n pending", nullptr, t.pending);
    if (t.failedLastHour > 0)
        parts << span(red, tr("%n failed in the last hour", nullptr, t.failedLastHour));
    if (t.alerts > 0)
        parts << span(red, tr("%n alert(s)", nullptr, t.alerts));
    // Where the wall is, and whether it still turns pages by itself.
    if (m_pages->count() > 1) {
        QString pageText = tr("page %1 of %2").arg(page() + 1).arg(m_pages->count());
        if (!m_cycle.isActive())
            pageText += u' ' + tr("(paused — Space resumes)");
        parts << pageText;
    }
    m_totals->setText(parts.join(u"  ·  "_s));
    m_clock->setText(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat));
    fitHeader();
}

void WallView::fitHeader()
{
    // The totals matter more than the title: on a narrow screen or with a large font the title
    // gives way, so the totals keep one line (they wrap only when even that is not enough).
    QTextDocument doc;
    doc.setDefaultFont(m_totals->font());
    doc.setHtml(m_totals->text());
    const int totals = qCeil(doc.idealWidth());
    const QMargins m = layout()->contentsMargins();
    const int room = width() - m.left() - m.right() - m_clock->sizeHint().width() - 24;
    const bool showTitle = room - totals >= m_title->sizeHint().width() + 24;
    if (m_title->isVisibleTo(this) != showTitle)
        m_title->setVisible(showTitle);
}

void WallView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fitHeader();
}

void WallView::closeUnguarded()
{
    m_unguarded = true;
    close();
}

void WallView::closeEvent(QCloseEvent *event)
{
    if (!m_unguarded && m_closeGuard && !m_closeGuard()) {
        event->ignore();
        return;
    }
    QWidget::closeEvent(event);
}

void WallView::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Escape:
    case Qt::Key_F11:
        Q_EMIT leaveRequested();
        return;
    case Qt::Key_Right:
        setPage((page() + 1) % m_pages->count());
        return;
    case Qt::Key_Left:
        setPage((page() + m_pages->count() - 1) % m_pages->count());
        return;
    case Qt::Key_Space:
        if (m_cycle.isActive())
            m_cycle.stop();
        else
            setCycleSeconds(m_cycleSeconds);
        updateHeader();
        return;
    default:
        QWidget::keyPressEvent(event);
    }
}

} // namespace ComfyScope::App
