// SPDX-License-Identifier: MIT
#pragma once

#include <QtGui/QImage>
#include <QtGui/QPixmap>
#include <QtWidgets/QWidget>

namespace ComfyScope::App {

/*!
 * Shows one image: fit to window, 100 % (one image pixel per device pixel), wheel zoom around
 * the cursor and panning by dragging. When the whole image is visible, dragging it (or any
 * Ctrl+drag) emits dragOutRequested() so the owner can start a QDrag.
 */
class ImageCanvas : public QWidget
{
    Q_OBJECT
public:
    explicit ImageCanvas(QWidget *parent = nullptr);

    void setImage(const QImage &image, bool keepView = false);
    QImage image() const { return m_image; }
    /// Shown scaled up, blurred by scaling, while the full image is being decoded.
    void setPlaceholder(const QImage &thumbnail, const QSize &fullSize, const QString &message);

    bool isFitMode() const { return m_fit; }
    /// Image pixels per device pixel × device pixel ratio; 1.0 = 100 %.
    double zoom() const { return m_zoom; }
    QSize sizeHint() const override { return {800, 600}; }

public Q_SLOTS:
    void fitToWindow();
    void actualSize();
    void zoomIn();
    void zoomOut();
    void setZoom(double zoom, const QPointF &anchor = QPointF(-1, -1));

Q_SIGNALS:
    void zoomChanged(double zoom);
    void dragOutRequested();

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;

private:
    QSizeF displaySize() const; ///< size of the image on screen in logical pixels
    double fitZoom() const;
    void clampPan();
    QRectF imageRect() const;
    bool canPan() const;

    QImage m_image;
    QPixmap m_pixmap;
    QSize m_logicalSize; ///< the size the image really has (placeholder: the full size)
    QString m_message;
    double m_zoom = 1.0;
    bool m_fit = true;
    QPointF m_pan; ///< offset of the image centre from the widget centre
    QPoint m_pressPos;
    QPointF m_pressPan;
    bool m_pressing = false;
    bool m_dragStarted = false;
};

} // namespace ComfyScope::App
