// SPDX-License-Identifier: MIT
#pragma once

#include <QtWidgets/QStyledItemDelegate>

namespace ComfyScope {
class FleetServer;
}

namespace ComfyScope::App {

/// Paints one server of a FleetModel as a dashboard tile: state and its age, round-trip time,
/// version, queue depth, the running job with progress and ETA, the newest preview, GPU/VRAM/RAM
/// and the number of unacknowledged alerts. `scale` enlarges everything for wall mode.
class GalleryModel;

class FleetTileDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit FleetTileDelegate(QObject *parent = nullptr);

    /// Where tiles get the newest image of their server (the gallery's thumbnail, keyed by
    /// FleetServer::key()); none: tiles show no preview.
    void setGallery(const GalleryModel *gallery) { m_gallery = gallery; }
    void setScale(double scale) { m_scale = scale; }
    double scale() const { return m_scale; }
    QSize tileSize() const;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    /// Paints a tile for `server` into `rect` (also used by tests and wall mode).
    void paintTile(QPainter *p, const QRect &rect, const FleetServer *server, int alerts,
                   bool selected, const QPalette &palette) const;

    /// Labels of the health rows the last paintTile() drew ("GPU0", "GPU1", …, "RAM"; for tests).
    QStringList lastHealthRows() const { return m_lastHealthRows; }

    /// State colour used on tiles and in wall mode.
    static QColor stateColor(const FleetServer *server);
    /// "Connected 12 min", "Down 2 min 13 s", …
    static QString stateText(const FleetServer *server);

private:
    double m_scale = 1.0;
    const GalleryModel *m_gallery = nullptr;
    mutable QStringList m_lastHealthRows;
};

} // namespace ComfyScope::App
