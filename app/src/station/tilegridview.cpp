// SPDX-License-Identifier: MIT
#include "tilegridview.h"

#include "fleettiledelegate.h"

#include <QtCore/QEvent>
#include <QtWidgets/QScrollBar>
#include <QtWidgets/QStyle>

namespace ComfyScope::App {

TileGridView::TileGridView(FleetTileDelegate *delegate, QWidget *parent)
    : QListView(parent)
    , m_delegate(delegate)
{
    setViewMode(QListView::IconMode);
    setResizeMode(QListView::Adjust);
    setMovement(QListView::Static);
    setUniformItemSizes(true);
    setSpacing(0);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setItemDelegate(delegate);
    m_relayout.setSingleShot(true);
    m_relayout.setInterval(0);
    connect(&m_relayout, &QTimer::timeout, this, &TileGridView::relayout);
}

void TileGridView::setModel(QAbstractItemModel *model)
{
    if (QAbstractItemModel *old = this->model())
        old->disconnect(this);
    QListView::setModel(model);
    if (model) {
        connect(model, &QAbstractItemModel::rowsInserted, this, &TileGridView::scheduleRelayout);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &TileGridView::scheduleRelayout);
        connect(model, &QAbstractItemModel::modelReset, this, &TileGridView::scheduleRelayout);
    }
    relayout();
}

void TileGridView::setFitAll(bool on)
{
    m_fitAll = on;
    relayout();
}

void TileGridView::scheduleRelayout()
{
    m_relayout.start();
}

void TileGridView::resizeEvent(QResizeEvent *event)
{
    QListView::resizeEvent(event);
    relayout();
}

bool TileGridView::event(QEvent *event)
{
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        scheduleRelayout();
    return QListView::event(event);
}

void TileGridView::relayout()
{
    const int n = model() ? model()->rowCount() : 0;
    const int frame = 2 * frameWidth();
    // From the widget's size, not the viewport's: whether the scroll bar shows depends on the
    // layout, and the layout must not depend on the scroll bar (no flip-flop). QListView keeps
    // room for an as-needed scroll bar, so it is on only when the tiles do not fit.
    // QListView wraps a row when a cell would reach its right edge: one pixel less.
    int w = width() - frame - 1;
    const int h = height() - frame;
    if (w <= 0 || h <= 0)
        return;
    const int bar = style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, verticalScrollBar());
    const int g = m_delegate->gap();
    QSize cell;
    bool scrolls = false;
    if (m_fitAll) {
        // The largest tiles (Large, else Medium, else Small) at the largest scale at which every
        // server fits, over all column counts; then the cells take the whole area.
        const int count = qMax(1, n);
        double best = 0;
        int bestCols = 1;
        QSize unit;
        for (const auto size :
             {FleetTileDelegate::TileSize::Large, FleetTileDelegate::TileSize::Medium,
              FleetTileDelegate::TileSize::Small}) {
            m_delegate->setTileSize(size);
            m_delegate->setScale(1.0);
            const int gs = m_delegate->gap();
            unit = m_delegate->tileSize(font()) + QSize(gs, gs);
            best = 0;
            for (int cols = 1; cols <= count; ++cols) {
                const int rows = (count + cols - 1) / cols;
                const double k = qMin(w / double(cols * unit.width()),
                                      h / double(rows * unit.height()));
                if (k > best) {
                    best = k;
                    bestCols = cols;
                }
            }
            if (best >= 1.0)
                break;
        }
        const int rows = (count + bestCols - 1) / bestCols;
        if (best < 1.0) {
            // Does not fit even at the smallest: smallest tiles, scrolling.
            scrolls = true;
            w -= bar;
            bestCols = qMax(1, w / unit.width());
            cell = QSize(w / bestCols, unit.height());
        } else {
            cell = QSize(w / bestCols, h / rows);
            // Fonts do not scale exactly linearly: shrink until the tile fits its cell.
            double k = qMin(best, 4.0);
            for (int i = 0; i < 30; ++i) {
                m_delegate->setScale(k);
                const int gk = m_delegate->gap();
                const QSize t = m_delegate->tileSize(font()) + QSize(gk, gk);
                if ((t.width() <= cell.width() && t.height() <= cell.height()) || k <= 1.0)
                    break;
                k = qMax(1.0, k * 0.97);
            }
        }
        m_columns = bestCols;
    } else {
        const QSize min = m_delegate->tileSize(font()) + QSize(g, g);
        int cols = qMax(1, w / min.width());
        const int rows = (qMax(1, n) + cols - 1) / cols;
        if (rows * min.height() > h) {
            scrolls = true;
            w -= bar;
            cols = qMax(1, w / min.width());
        }
        // Fewer servers than columns: wider tiles, up to twice the smallest.
        int cellW = w / cols;
        if (n > 0 && n < cols)
            cellW = qMin(w / n, 2 * min.width());
        cell = QSize(qMax(min.width(), cellW), min.height());
        m_columns = cols;
    }
    const Qt::ScrollBarPolicy policy = scrolls ? Qt::ScrollBarAsNeeded : Qt::ScrollBarAlwaysOff;
    if (verticalScrollBarPolicy() != policy)
        setVerticalScrollBarPolicy(policy);
    if (cell != m_delegate->cellSize() || cell != gridSize()) {
        m_delegate->setCellSize(cell);
        setGridSize(cell);
    }
    doItemsLayout();
    viewport()->update();
}

} // namespace ComfyScope::App
