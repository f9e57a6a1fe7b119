// SPDX-License-Identifier: MIT
#include "imagegen_p.h"

#include <QtCore/QBuffer>
#include <QtCore/QHash>
#include <QtCore/QRandomGenerator>
#include <QtGui/QImageWriter>
#include <QtGui/QLinearGradient>
#include <QtGui/QPainter>
#include <QtGui/QRadialGradient>

#include <cmath>

using namespace Qt::StringLiterals;

namespace ComfyScope::Sim {

namespace {
// 5x7 glyphs, one byte per row, bit 4 = leftmost column.
const QHash<QChar, QList<quint8>> &glyphs()
{
    static const QHash<QChar, QList<quint8>> g = {
        {u'0', {0x0e, 0x11, 0x13, 0x15, 0x19, 0x11, 0x0e}},
        {u'1', {0x04, 0x0c, 0x04, 0x04, 0x04, 0x04, 0x0e}},
        {u'2', {0x0e, 0x11, 0x01, 0x02, 0x04, 0x08, 0x1f}},
        {u'3', {0x1f, 0x02, 0x04, 0x02, 0x01, 0x11, 0x0e}},
        {u'4', {0x02, 0x06, 0x0a, 0x12, 0x1f, 0x02, 0x02}},
        {u'5', {0x1f, 0x10, 0x1e, 0x01, 0x01, 0x11, 0x0e}},
        {u'6', {0x06, 0x08, 0x10, 0x1e, 0x11, 0x11, 0x0e}},
        {u'7', {0x1f, 0x01, 0x02, 0x04, 0x08, 0x08, 0x08}},
        {u'8', {0x0e, 0x11, 0x11, 0x0e, 0x11, 0x11, 0x0e}},
        {u'9', {0x0e, 0x11, 0x11, 0x0f, 0x01, 0x02, 0x0c}},
        {u'A', {0x0e, 0x11, 0x11, 0x1f, 0x11, 0x11, 0x11}},
        {u'B', {0x1e, 0x11, 0x11, 0x1e, 0x11, 0x11, 0x1e}},
        {u'C', {0x0e, 0x11, 0x10, 0x10, 0x10, 0x11, 0x0e}},
        {u'D', {0x1c, 0x12, 0x11, 0x11, 0x11, 0x12, 0x1c}},
        {u'E', {0x1f, 0x10, 0x10, 0x1e, 0x10, 0x10, 0x1f}},
        {u'F', {0x1f, 0x10, 0x10, 0x1e, 0x10, 0x10, 0x10}},
        {u'G', {0x0e, 0x11, 0x10, 0x17, 0x11, 0x11, 0x0f}},
        {u'H', {0x11, 0x11, 0x11, 0x1f, 0x11, 0x11, 0x11}},
        {u'I', {0x0e, 0x04, 0x04, 0x04, 0x04, 0x04, 0x0e}},
        {u'J', {0x07, 0x02, 0x02, 0x02, 0x02, 0x12, 0x0c}},
        {u'K', {0x11, 0x12, 0x14, 0x18, 0x14, 0x12, 0x11}},
        {u'L', {0x10, 0x10, 0x10, 0x10, 0x10, 0x10, 0x1f}},
        {u'M', {0x11, 0x1b, 0x15, 0x15, 0x11, 0x11, 0x11}},
        {u'N', {0x11, 0x11, 0x19, 0x15, 0x13, 0x11, 0x11}},
        {u'O', {0x0e, 0x11, 0x11, 0x11, 0x11, 0x11, 0x0e}},
        {u'P', {0x1e, 0x11, 0x11, 0x1e, 0x10, 0x10, 0x10}},
        {u'Q', {0x0e, 0x11, 0x11, 0x11, 0x15, 0x12, 0x0d}},
        {u'R', {0x1e, 0x11, 0x11, 0x1e, 0x14, 0x12, 0x11}},
        {u'S', {0x0f, 0x10, 0x10, 0x0e, 0x01, 0x01, 0x1e}},
        {u'T', {0x1f, 0x04, 0x04, 0x04, 0x04, 0x04, 0x04}},
        {u'U', {0x11, 0x11, 0x11, 0x11, 0x11, 0x11, 0x0e}},
        {u'V', {0x11, 0x11, 0x11, 0x11, 0x11, 0x0a, 0x04}},
        {u'W', {0x11, 0x11, 0x11, 0x15, 0x15, 0x15, 0x0a}},
        {u'X', {0x11, 0x11, 0x0a, 0x04, 0x0a, 0x11, 0x11}},
        {u'Y', {0x11, 0x11, 0x11, 0x0a, 0x04, 0x04, 0x04}},
        {u'Z', {0x1f, 0x01, 0x02, 0x04, 0x08, 0x10, 0x1f}},
        {u'#', {0x0a, 0x0a, 0x1f, 0x0a, 0x1f, 0x0a, 0x0a}},
        {u':', {0x00, 0x0c, 0x0c, 0x00, 0x0c, 0x0c, 0x00}},
        {u'/', {0x01, 0x01, 0x02, 0x04, 0x08, 0x10, 0x10}},
        {u'-', {0x00, 0x00, 0x00, 0x1f, 0x00, 0x00, 0x00}},
        {u'.', {0x00, 0x00, 0x00, 0x00, 0x00, 0x0c, 0x0c}},
        {u' ', {0, 0, 0, 0, 0, 0, 0}},
    };
    return g;
}

quint64 splitmix(quint64 &state)
{
    quint64 z = (state += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

int reflectIndex(int i, int n)
{
    if (n == 1)
        return 0;
    while (i < 0 || i >= n) {
        if (i < 0)
            i = -i;
        if (i >= n)
            i = 2 * (n - 1) - i;
    }
    return i;
}
} // namespace

QImage solidImage(int width, int height, QRgb rgb)
{
    QImage img(qMax(1, width), qMax(1, height), QImage::Format_RGB32);
    img.fill(QColor::fromRgb(rgb));
    return img;
}

void drawPixelText(QImage &image, int x, int y, int scale, const QString &text, QColor color)
{
    const auto &g = glyphs();
    const QRgb c = color.rgb();
    int cx = x;
    for (const QChar ch : text.toUpper()) {
        const auto it = g.constFind(ch);
        if (it != g.constEnd()) {
            for (int row = 0; row < 7; ++row) {
                for (int col = 0; col < 5; ++col) {
                    if (!(it.value().at(row) & (0x10 >> col)))
                        continue;
                    for (int dy = 0; dy < scale; ++dy) {
                        const int py = y + row * scale + dy;
                        if (py < 0 || py >= image.height())
                            continue;
                        for (int dx = 0; dx < scale; ++dx) {
                            const int px = cx + col * scale + dx;
                            if (px >= 0 && px < image.width())
                                image.setPixel(px, py, c);
                        }
                    }
                }
            }
        }
        cx += 6 * scale;
    }
}

QImage renderPicture(int width, int height, quint64 seed, const QString &nodeId, int step,
                     int total, double noise)
{
    width = qMax(1, width);
    height = qMax(1, height);
    QImage img(width, height, QImage::Format_RGB32);
    quint64 state = seed ^ 0x5eedULL;
    auto rnd = [&state] { return double(splitmix(state) >> 11) / double(1ULL << 53); };
    {
        QPainter p(&img);
        p.setRenderHint(QPainter::Antialiasing);
        QLinearGradient bg(0, 0, width, height);
        bg.setColorAt(0, QColor::fromHsvF(rnd(), 0.55, 0.95));
        bg.setColorAt(1, QColor::fromHsvF(rnd(), 0.75, 0.45));
        p.fillRect(img.rect(), bg);
        const int blobs = 3 + int(rnd() * 4);
        for (int i = 0; i < blobs; ++i) {
            const QPointF c(rnd() * width, rnd() * height);
            const double r = (0.15 + rnd() * 0.35) * qMax(width, height);
            QRadialGradient rg(c, r);
            QColor col = QColor::fromHsvF(rnd(), 0.6 + rnd() * 0.4, 0.9);
            rg.setColorAt(0, col);
            col.setAlphaF(0.0);
            rg.setColorAt(1, col);
            p.setPen(Qt::NoPen);
            p.setBrush(rg);
            p.drawEllipse(c, r, r);
        }
        if (total > 0) {
            const int barH = qMax(2, height / 40);
            p.fillRect(QRect(0, height - barH, width, barH), QColor(0, 0, 0, 140));
            p.fillRect(QRect(0, height - barH, width * qBound(0, step, total) / total, barH),
                       QColor(255, 255, 255, 220));
        }
    }
    if (noise > 0.0) {
        quint64 ns = seed * 31 + quint64(step) * 7919 + 1;
        for (int y = 0; y < height; ++y) {
            QRgb *line = reinterpret_cast<QRgb *>(img.scanLine(y));
            for (int x = 0; x < width; ++x) {
                const quint64 r = splitmix(ns);
                const int nr = int(r & 0xff), ng = int((r >> 8) & 0xff), nb = int((r >> 16) & 0xff);
                const QRgb px = line[x];
                line[x] = qRgb(int(qRed(px) * (1 - noise) + nr * noise),
                               int(qGreen(px) * (1 - noise) + ng * noise),
                               int(qBlue(px) * (1 - noise) + nb * noise));
            }
        }
    }
    const int scale = qMax(1, qMin(width, height) / 64);
    QString label = u"#"_s + nodeId;
    if (total > 0)
        label += u" "_s + QString::number(step) + u"/"_s + QString::number(total);
    drawPixelText(img, 2 * scale + scale, 2 * scale + scale, scale, label, QColor(0, 0, 0));
    drawPixelText(img, 2 * scale, 2 * scale, scale, label, QColor(255, 255, 255));
    return img;
}

QByteArray encodeImage(const QImage &image, const char *format, int quality)
{
    QByteArray out;
    QBuffer buffer(&out);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, format);
    if (quality >= 0)
        writer.setQuality(quality);
    QImage img = image;
    if (qstrcmp(format, "jpeg") == 0 && img.hasAlphaChannel())
        img = img.convertToFormat(QImage::Format_RGB32);
    if (!writer.write(img)) {
        // Unsupported format (e.g. no WEBP plugin): fall back to PNG bytes.
        out.clear();
        QBuffer fallback(&out);
        fallback.open(QIODevice::WriteOnly);
        img.save(&fallback, "PNG");
    }
    return out;
}

QImage containImage(const QImage &image, int size)
{
    if (image.isNull() || size <= 0)
        return image;
    int w = size, h = size;
    const double imRatio = double(image.width()) / image.height();
    if (imRatio > 1.0)
        h = qMax(1, int(std::lround(double(image.height()) / image.width() * size)));
    else if (imRatio < 1.0)
        w = qMax(1, int(std::lround(double(image.width()) / image.height() * size)));
    if (w == image.width() && h == image.height())
        return image;
    return image.scaled(w, h, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
}

QImage gaussianBlur(const QImage &source, int radius, double sigma)
{
    if (radius <= 0 || source.isNull())
        return source;
    const QImage src = source.convertToFormat(QImage::Format_ARGB32);
    const int w = src.width(), h = src.height();
    const int k = radius * 2 + 1;
    QList<double> kernel(k);
    double sum = 0;
    for (int i = 0; i < k; ++i) {
        const double x = i - radius;
        kernel[i] = std::exp(-(x * x) / (2 * sigma * sigma));
        sum += kernel[i];
    }
    for (double &v : kernel)
        v /= sum;
    QList<double> tmp(qsizetype(w) * h * 4);
    for (int y = 0; y < h; ++y) {
        const QRgb *line = reinterpret_cast<const QRgb *>(src.constScanLine(y));
        for (int x = 0; x < w; ++x) {
            double acc[4] = {0, 0, 0, 0};
            for (int i = 0; i < k; ++i) {
                const QRgb px = line[reflectIndex(x + i - radius, w)];
                acc[0] += kernel[i] * qRed(px);
                acc[1] += kernel[i] * qGreen(px);
                acc[2] += kernel[i] * qBlue(px);
                acc[3] += kernel[i] * qAlpha(px);
            }
            for (int c = 0; c < 4; ++c)
                tmp[(qsizetype(y) * w + x) * 4 + c] = acc[c];
        }
    }
    QImage out(w, h, source.hasAlphaChannel() ? QImage::Format_ARGB32 : QImage::Format_RGB32);
    for (int y = 0; y < h; ++y) {
        QRgb *line = reinterpret_cast<QRgb *>(out.scanLine(y));
        for (int x = 0; x < w; ++x) {
            double acc[4] = {0, 0, 0, 0};
            for (int i = 0; i < k; ++i) {
                const qsizetype idx = (qsizetype(reflectIndex(y + i - radius, h)) * w + x) * 4;
                for (int c = 0; c < 4; ++c)
                    acc[c] += kernel[i] * tmp[idx + c];
            }
            auto cl = [](double v) { return qBound(0, int(std::lround(v)), 255); };
            line[x] = qRgba(cl(acc[0]), cl(acc[1]), cl(acc[2]), cl(acc[3]));
        }
    }
    return out;
}

QString torchTensorRepr(const QList<QImage> &batch)
{
    if (batch.isEmpty())
        return u"tensor([])"_s;
    const int b = int(batch.size());
    const int h = batch.first().height(), w = batch.first().width();
    const int c = 3;
    const qint64 numel = qint64(b) * h * w * c;
    const bool summarize = numel > 1000;
    const int edge = 3;
    auto value = [&](int bi, int y, int x, int ch) {
        const QRgb px = batch.at(bi).pixel(x, y);
        const int v = ch == 0 ? qRed(px) : ch == 1 ? qGreen(px) : qBlue(px);
        return v / 255.0;
    };
    auto indices = [&](int n) {
        QList<int> idx;
        if (summarize && n > 2 * edge) {
            for (int i = 0; i < edge; ++i)
                idx.append(i);
            idx.append(-1);
            for (int i = n - edge; i < n; ++i)
                idx.append(i);
        } else {
            for (int i = 0; i < n; ++i)
                idx.append(i);
        }
        return idx;
    };
    // Formatter over the (summarised) values, like torch's _Formatter.
    bool intMode = true;
    double nzMax = 0, nzMin = 1e300;
    for (int bi : indices(b)) {
        if (bi < 0)
            continue;
        for (int y : indices(h)) {
            if (y < 0)
                continue;
            for (int x : indices(w)) {
                if (x < 0)
                    continue;
                for (int ch = 0; ch < c; ++ch) {
                    const double v = value(bi, y, x, ch);
                    if (v != 0.0) {
                        nzMax = qMax(nzMax, v);
                        nzMin = qMin(nzMin, v);
                        if (v != std::ceil(v))
                            intMode = false;
                    }
                }
            }
        }
    }
    const bool sci = nzMax > 0 && !intMode && (nzMax / nzMin > 1000.0 || nzMin < 1.0e-4);
    auto fmt = [&](double v) -> QString {
        if (intMode)
            return QString::number(v, 'f', 0) + u'.';
        if (sci)
            return QString::number(v, 'e', 4);
        return QString::number(v, 'f', 4);
    };
    int width = 1;
    if (nzMax > 0)
        width = int(fmt(nzMax).size());
    width = qMax(width, int(fmt(0.0).size()));
    auto pad = [&](const QString &s) -> QString {
        return QString(qMax(0, width - int(s.size())), u' ') + s;
    };

    const int indent0 = 7; // len("tensor(")
    QString out = u"tensor("_s;
    // dims: 0=b (indent 7), 1=h (8), 2=w (9), 3=c (vector)
    auto joinSep = [](int dimsLeft, int indent) -> QString {
        return u","_s + QString(dimsLeft - 1, u'\n') + QString(indent + 1, u' ');
    };
    QStringList bParts;
    for (int bi : indices(b)) {
        if (bi < 0) {
            bParts.append(u"..."_s);
            continue;
        }
        QStringList hParts;
        for (int y : indices(h)) {
            if (y < 0) {
                hParts.append(u"..."_s);
                continue;
            }
            QStringList wParts;
            for (int x : indices(w)) {
                if (x < 0) {
                    wParts.append(u"..."_s);
                    continue;
                }
                QStringList cParts;
                for (int ch = 0; ch < c; ++ch)
                    cParts.append(pad(fmt(value(bi, y, x, ch))));
                wParts.append(u"["_s + cParts.join(u", "_s) + u"]"_s);
            }
            hParts.append(u"["_s + wParts.join(joinSep(2, indent0 + 2)) + u"]"_s);
        }
        bParts.append(u"["_s + hParts.join(joinSep(3, indent0 + 1)) + u"]"_s);
    }
    out += u"["_s + bParts.join(joinSep(4, indent0)) + u"]"_s;
    out += u")"_s;
    return out;
}

} // namespace ComfyScope::Sim
