// SPDX-License-Identifier: MIT
#pragma once

#include <functional>

#include <QtCore/QTimer>
#include <QtWidgets/QWidget>

class QLabel;
class QListView;
class QStackedWidget;
class QAbstractItemModel;

namespace ComfyScope {
class FleetModel;
}

namespace ComfyScope::App {

class FleetTileDelegate;
class GalleryModel;
class TileGridView;

/// The newest images across the fleet as a large mosaic with server labels.
class NewestImagesWidget : public QWidget
{
    Q_OBJECT
public:
    NewestImagesWidget(GalleryModel *gallery, QWidget *parent = nullptr);
    void setCount(int n)
    {
        m_count = n;
        update();
    }

protected:
    void paintEvent(QPaintEvent *) override;

private:
    GalleryModel *m_gallery;
    int m_count = 6;
};

/*!
 * Wall mode: a full-screen kiosk layout for a monitoring wall. Large readable status (clock,
 * servers up/down, running, pending, failures, alerts) over pages that cycle automatically:
 * the server mosaic and the newest images across the fleet. Read-only: it offers no action.
 * Keys: Left/Right switch pages, Space pauses cycling, Esc or F11 leaves.
 */
class WallView : public QWidget
{
    Q_OBJECT
public:
    WallView(FleetModel *fleet, QAbstractItemModel *sortedFleet, GalleryModel *gallery,
             QWidget *parent = nullptr);

    /// Seconds per page (0 = no cycling). Default 20.
    void setCycleSeconds(int s);
    int page() const;
    void setPage(int page);
    /// One more page after the mosaic and the images (e.g. the fleet's trends); takes it over.
    void addPage(QWidget *page);
    bool isCycling() const { return m_cycle.isActive(); }
    /// Asked before the wall closes by any means other than the station itself (window
    /// manager, Alt+F4): false keeps it open (a locked wall).
    void setCloseGuard(std::function<bool()> guard) { m_closeGuard = std::move(guard); }
    /// Close without asking the guard (the station leaves wall mode).
    void closeUnguarded();
    /// The server mosaic (tiles scaled so every server shows, filling the page).
    TileGridView *mosaic() const { return m_mosaic; }

Q_SIGNALS:
    void leaveRequested();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    std::function<bool()> m_closeGuard;
    bool m_unguarded = false;
    void updateHeader();
    void fitHeader();

    FleetModel *m_fleet;
    FleetTileDelegate *m_delegate;
    QLabel *m_title;
    QLabel *m_totals;
    QLabel *m_clock;
    QStackedWidget *m_pages;
    TileGridView *m_mosaic;
    NewestImagesWidget *m_images;
    QTimer m_cycle;
    QTimer m_clockTimer;
    int m_cycleSeconds = 20;
};

} // namespace ComfyScope::App
