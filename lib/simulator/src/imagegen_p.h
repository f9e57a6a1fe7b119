// SPDX-License-Identifier: MIT
#pragma once

// Image helpers for the simulated nodes: deterministic rendering (no fonts needed, so it works
// in a QCoreApplication), encoding, blur and torch-style tensor printing for error messages.

#include <QtCore/QByteArray>
#include <QtCore/QList>
#include <QtCore/QString>
#include <QtGui/QColor>
#include <QtGui/QImage>

namespace ComfyScope::Sim {

/// A solid RGB image (EmptyImage).
QImage solidImage(int width, int height, QRgb rgb);
/// A "generated" picture: a seed-dependent gradient with soft blobs, the node id and, if
/// total > 0, a step counter and a progress bar. noise in [0,1] blends in sampler noise.
QImage renderPicture(int width, int height, quint64 seed, const QString &nodeId, int step,
                     int total, double noise);
/// Draws text with a built-in 5x7 pixel font (digits, A-Z, and # : / - . space).
void drawPixelText(QImage &image, int x, int y, int scale, const QString &text, QColor color);
/// Encodes with QImageWriter. format: "png", "jpeg", "webp". quality -1 = writer default.
QByteArray encodeImage(const QImage &image, const char *format, int quality = -1);
/// PIL ImageOps.contain: scale (up or down) to fit a size x size box, keeping the aspect ratio.
QImage containImage(const QImage &image, int size);
/// Gaussian blur like ComfyUI's ImageBlur (kernel 2r+1, reflect padding).
QImage gaussianBlur(const QImage &image, int radius, double sigma);
/// str(tensor) for an image batch [B,H,W,C] the way torch prints it (summarised above 1000 values).
QString torchTensorRepr(const QList<QImage> &batch);

} // namespace ComfyScope::Sim
