// SPDX-License-Identifier: MIT
#pragma once

#include <QtCore/QTimer>
#include <QtWidgets/QListView>

namespace ComfyScope::App {

class FleetTileDelegate;

/*!
 * The server tiles in a grid that uses the whole width: as many columns of the delegate's
 * smallest tile as fit, then every column stretched so the row ends at the right edge. In
 * fit-all mode (wall) the tiles also stretch vertically and scale up so every server shows on
 * one screen, the grid filling it. (The ages on tiles, "Connected for 10 s", come from
 * FleetModel's once-a-second refresh; the view repaints only the tiles it shows.)
 */
class TileGridView : public QListView
{
    Q_OBJECT
public:
    explicit TileGridView(FleetTileDelegate *delegate, QWidget *parent = nullptr);

    FleetTileDelegate *tileDelegate() const { return m_delegate; }
    /// Wall mode: the largest tile size and scale at which all fit (Large, else Medium, else
    /// Small), the cells filling the viewport in both directions.
    void setFitAll(bool on);
    bool fitAll() const { return m_fitAll; }
    /// Number of columns of the current layout.
    int columns() const { return m_columns; }
    /// Lay the tiles out again now (after a change of tile size or font).
    void relayout();

    void setModel(QAbstractItemModel *model) override;

protected:
    void resizeEvent(QResizeEvent *event) override;
    bool event(QEvent *event) override;

private:
    void scheduleRelayout();

    FleetTileDelegate *m_delegate;
    bool m_fitAll = false;
    int m_columns = 1;
    QTimer m_relayout;
};

} // namespace ComfyScope::App
