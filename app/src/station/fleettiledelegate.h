// SPDX-License-Identifier: MIT
#pragma once

#include <QtCore/QHash>
#include <QtCore/QList>
#include <QtCore/QRect>
#include <QtGui/QFont>
#include <QtWidgets/QStyledItemDelegate>

namespace ComfyScope {
class FleetServer;
}

namespace ComfyScope::App {

class GalleryModel;

/*!
 * Paints one server of a FleetModel as a dashboard tile: state and its age, round-trip time,
 * version, queue depth, the running job with progress and ETA, the newest preview, GPU/VRAM/RAM
 * and the number of unacknowledged alerts. Three sizes: Large (with the preview), Medium (no
 * preview, VRAM and RAM only) and Small (two lines: name, queue, alerts; progress or state),
 * in which 150–200 servers fit one 1920×1080 screen. Every measure comes from the font's
 * metrics, so a larger font makes a larger tile instead of overlapping text; `scale` enlarges
 * everything for wall mode.
 */
class FleetTileDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    enum class TileSize { Small, Medium, Large };
    Q_ENUM(TileSize)

    /// Where each part of a tile goes (rect relative to the painted rect; for painting and tests).
    struct Layout
    {
        QRect card, inner;
        QRect name, version, badge, queue; ///< header line (queue: Small only)
        QRect state, facts;                ///< state line (Small: the second line)
        QRect thumb;                       ///< Large only
        QRect job, bar, barText;           ///< running job line, its bar and "45 %  ETA 4 s"
        QRect body;                        ///< right of the preview: the error text when down
        struct Row
        {
            QRect label, bar, extra;
        };
        QList<Row> rows; ///< health rows that fit
        /// Small: the second line shows the state or, while a job runs, bar and barText.
        bool stateOrBar = false;
        /// Every rectangle painted at the same time (none may overlap another; Small: the state
        /// line is left out, it takes the place of the bar).
        QList<QRect> textRects() const;
    };

    explicit FleetTileDelegate(QObject *parent = nullptr);

    /// Where tiles get the newest image of their server (the gallery's thumbnail, keyed by
    /// FleetServer::key()); none: tiles show no preview.
    void setGallery(const GalleryModel *gallery) { m_gallery = gallery; }
    void setScale(double scale) { m_scale = scale; }
    double scale() const { return m_scale; }
    void setTileSize(TileSize size) { m_size = size; }
    TileSize tileSizeMode() const { return m_size; }
    /// The smallest tile in which nothing overlaps or clips, for `font` (default: the
    /// application font) at the current scale and size. Without the gap between tiles.
    QSize tileSize(const QFont &font = QFont()) const;
    /// Space between two tiles (the grid cell is tileSize() + this).
    int gap() const;
    /// The cell the view lays tiles out in (a grid cell, wider than tileSize() to fill the
    /// width); invalid: tileSize() + gap.
    void setCellSize(const QSize &size) { m_cell = size; }
    QSize cellSize() const { return m_cell; }

    Layout layout(const QRect &rect, const QFont &font, int alerts = 0,
                  const QString &version = {}) const;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    /// Paints a tile for `server` into `rect` with the painter's font (also used by tests and
    /// wall mode).
    void paintTile(QPainter *p, const QRect &rect, const FleetServer *server, int alerts,
                   bool selected, const QPalette &palette) const;

    /// Labels of the health rows the last paintTile() drew ("GPU0", "GPU1", …, "RAM"; for tests).
    QStringList lastHealthRows() const { return m_lastHealthRows; }
    /// How often each server (by name) was painted since the last reset (for tests).
    QHash<QString, int> paintCounts() const { return m_paints; }
    void resetPaintCounts() { m_paints.clear(); }

    /// State colour used on tiles and in wall mode.
    static QColor stateColor(const FleetServer *server);
    /// "Connected 12 min", "Down 2 min 13 s", …
    static QString stateText(const FleetServer *server);
    /// Display name for a server size in menus ("Small", …).
    static QString sizeName(TileSize size);

private:
    struct Fonts;
    Fonts fonts(const QFont &font) const;
    void paintSmall(QPainter *p, const Layout &l, const Fonts &f, const FleetServer *s,
                    const QPalette &pal) const;

    double m_scale = 1.0;
    TileSize m_size = TileSize::Large;
    QSize m_cell;
    const GalleryModel *m_gallery = nullptr;
    mutable QStringList m_lastHealthRows;
    mutable QHash<QString, int> m_paints;
};

} // namespace ComfyScope::App
