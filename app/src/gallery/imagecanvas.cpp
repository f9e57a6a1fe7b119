// SPDX-License-Identifier: MIT
#include "imagecanvas.h"

#include <QtGui/QMouseEvent>
#include <QtGui/QPainter>
#include <QtGui/QWheelEvent>
#include <QtWidgets/QApplication>

#include <cmath>

using namespace Qt::StringLiterals;

namespace ComfyScope::App {

ImageCanvas::ImageCanvas(QWidget *parent)
    : QWidget(parent)
{
    setBackgroundRole(QPalette::Dark);
    setAutoFillBackground(true);
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(false);
    setMinimumSize(200, 150);
}

void ImageCanvas::setImage(const QImage &image, bool keepView)
{
    m_image = image;
    m_pixmap = QPixmap::fromImage(image);
    m_logicalSize = image.size();
    m_message.clear();
    if (!keepView) {
        m_fit = true;
        m_pan = {};
    }
    if (m_fit)
        m_zoom = fitZoom();
    clampPan();
    Q_EMIT zoomChanged(m_zoom);
    update();
}

void ImageCanvas::setPlaceholder(const QImage &thumbnail, const QSize &fullSize,
                                 const QString &message)
{
    m_image = QImage();
    m_pixmap = QPixmap::fromImage(thumbnail);
    m_logicalSize = fullSize.isValid() ? fullSize : thumbnail.size();
    m_message = message;
    m_fit = true;
    m_pan = {};
    m_zoom = fitZoom();
    Q_EMIT zoomChanged(m_zoom);
    update();
}

double ImageCanvas::fitZoom() const
{
    if (m_logicalSize.isEmpty())
        return 1.0;
    const double dpr = devicePixelRatioF();
    const double sx = width() * dpr / m_logicalSize.width();
    const double sy = height() * dpr / m_logicalSize.height();
    return qMin(1.0, qMin(sx, sy)); // never blow small images up when fitting
}

QSizeF ImageCanvas::displaySize() const
{
    return QSizeF(m_logicalSize) * m_zoom / devicePixelRatioF();
}

QRectF ImageCanvas::imageRect() const
{
    const QSizeF s = displaySize();
    QRectF r(QPointF(), s);
    r.moveCenter(QRectF(rect()).center() + m_pan);
    return r;
}

bool ImageCanvas::canPan() const
{
    const QSizeF s = displaySize();
    return s.width() > width() + 0.5 || s.height() > height() + 0.5;
}

void ImageCanvas::clampPan()
{
    const QSizeF s = displaySize();
    const double mx = qMax(0.0, (s.width() - width()) / 2);
    const double my = qMax(0.0, (s.height() - height()) / 2);
    m_pan.setX(qBound(-mx, m_pan.x(), mx));
    m_pan.setY(qBound(-my, m_pan.y(), my));
}

void ImageCanvas::fitToWindow()
{
    m_fit = true;
    m_pan = {};
    m_zoom = fitZoom();
    Q_EMIT zoomChanged(m_zoom);
    update();
}

void ImageCanvas::actualSize()
{
    setZoom(1.0);
}

void ImageCanvas::zoomIn()
{
    setZoom(m_zoom * 1.25);
}

void ImageCanvas::zoomOut()
{
    setZoom(m_zoom / 1.25);
}

void ImageCanvas::setZoom(double zoom, const QPointF &anchor)
{
    zoom = qBound(0.02, zoom, 32.0);
    const QPointF a = anchor.x() < 0 ? QRectF(rect()).center() : anchor;
    // Keep the image point under the anchor where it is.
    const QPointF centre = QRectF(rect()).center() + m_pan;
    const QPointF rel = (a - centre) / m_zoom;
    m_zoom = zoom;
    m_fit = false;
    m_pan = a - rel * m_zoom - QRectF(rect()).center();
    clampPan();
    Q_EMIT zoomChanged(m_zoom);
    update();
}

void ImageCanvas::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    if (m_pixmap.isNull()) {
        p.setPen(palette().color(QPalette::BrightText));
        p.drawText(rect(), Qt::AlignCenter, m_message.isEmpty() ? tr("No image") : m_message);
        return;
    }
    const QRectF target = imageRect();
    // A checkerboard shows transparency.
    const int cell = 8;
    QPixmap checker(cell * 2, cell * 2);
    checker.fill(palette().color(QPalette::Mid));
    {
        QPainter cp(&checker);
        cp.fillRect(0, 0, cell, cell, palette().color(QPalette::Midlight));
        cp.fillRect(cell, cell, cell, cell, palette().color(QPalette::Midlight));
    }
    if (m_pixmap.hasAlphaChannel())
        p.fillRect(target, QBrush(checker));
    p.setRenderHint(QPainter::SmoothPixmapTransform, m_zoom < 2.0);
    p.drawPixmap(target, m_pixmap, QRectF(m_pixmap.rect()));
    if (!m_message.isEmpty()) {
        const QRect band(0, height() - 32, width(), 32);
        QColor shade = palette().color(QPalette::Shadow);
        shade.setAlpha(160);
        p.fillRect(band, shade);
        p.setPen(Qt::white);
        p.drawText(band, Qt::AlignCenter, m_message);
    }
}

void ImageCanvas::resizeEvent(QResizeEvent *)
{
    if (m_fit)
        m_zoom = fitZoom();
    clampPan();
    Q_EMIT zoomChanged(m_zoom);
}

void ImageCanvas::wheelEvent(QWheelEvent *event)
{
    const double steps = event->angleDelta().y() / 120.0;
    if (steps == 0) {
        event->ignore();
        return;
    }
    setZoom(m_zoom * std::pow(1.15, steps), event->position());
    event->accept();
}

void ImageCanvas::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        m_pressing = true;
        m_dragStarted = false;
        m_pressPos = event->position().toPoint();
        m_pressPan = m_pan;
        if (canPan() && !(event->modifiers() & Qt::ControlModifier))
            setCursor(Qt::ClosedHandCursor);
    }
    QWidget::mousePressEvent(event);
}

void ImageCanvas::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_pressing || m_dragStarted)
        return;
    const QPoint delta = event->position().toPoint() - m_pressPos;
    if (canPan() && !(event->modifiers() & Qt::ControlModifier)) {
        m_pan = m_pressPan + delta;
        clampPan();
        update();
    } else if (delta.manhattanLength() >= QApplication::startDragDistance() && !m_image.isNull()) {
        m_dragStarted = true;
        m_pressing = false;
        Q_EMIT dragOutRequested();
    }
}

void ImageCanvas::mouseReleaseEvent(QMouseEvent *event)
{
    m_pressing = false;
    unsetCursor();
    QWidget::mouseReleaseEvent(event);
}

void ImageCanvas::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (m_fit)
        setZoom(1.0, event->position());
    else
        fitToWindow();
}

} // namespace ComfyScope::App
