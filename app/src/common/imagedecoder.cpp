// SPDX-License-Identifier: MIT
#include "imagedecoder.h"
#include "uiutil.h"

#include <QtConcurrent/QtConcurrentRun>
#include <QtCore/QBuffer>
#include <QtCore/QCoreApplication>
#include <QtCore/QLocale>
#include <QtCore/QThread>
#include <QtGui/QImageReader>

#include <atomic>

using namespace Qt::StringLiterals;

namespace ComfyScope::App {

namespace {
std::atomic<int> g_onGuiThread{0};
std::atomic<int> g_total{0};

QString tr(const char *text)
{
    return QCoreApplication::translate("ComfyScope::App::ImageDecoder", text);
}
} // namespace

int decodeCallsOnGuiThread()
{
    return g_onGuiThread.load();
}
int decodeCallsTotal()
{
    return g_total.load();
}

ImageDecodeService::ImageDecodeService()
{
    m_pool.setMaxThreadCount(2);
    m_pool.setObjectName(u"ComfyScope image decoder"_s);
}

ImageDecodeService &ImageDecodeService::instance()
{
    static ImageDecodeService service;
    return service;
}

QFuture<DecodeResult> ImageDecodeService::decode(const QByteArray &bytes,
                                                 const DecodeLimits &limits)
{
    ++m_pending;
    return QtConcurrent::run(&m_pool, [this, bytes, limits] {
        DecodeResult r = decodeImage(bytes, limits);
        --m_pending;
        return r;
    });
}

int ImageDecodeService::pending() const
{
    return m_pending.load();
}

void ImageDecodeService::setMaxThreads(int n)
{
    m_pool.setMaxThreadCount(qMax(1, n));
}

DecodeResult decodeImage(const QByteArray &bytes, const DecodeLimits &limits)
{
    ++g_total;
    if (const QCoreApplication *app = QCoreApplication::instance();
        app && QThread::currentThread() == app->thread())
        ++g_onGuiThread;

    DecodeResult r;
    if (bytes.isEmpty()) {
        r.errorString = tr("The image is empty.");
        return r;
    }
    QByteArray data = bytes; // shared, not copied
    QBuffer buffer(&data);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setAutoTransform(true);
    r.format = QString::fromLatin1(reader.format());
    // Only the formats a ComfyUI server produces; no SVG, TIFF, … parsers for server bytes.
    static const QStringList allowed{u"png"_s, u"jpeg"_s, u"jpg"_s, u"webp"_s, u"gif"_s, u"bmp"_s};
    if (!allowed.contains(r.format) || !reader.canRead()) {
        r.errorString = tr("Not an image in a format this viewer can read.");
        return r;
    }
    if (r.format == u"jpg"_s)
        r.format = u"jpeg"_s;
    // Header first: refuse decompression bombs before a single pixel is allocated.
    const QSize size = reader.size();
    r.size = size;
    if (size.isValid()) {
        const qint64 decoded = qint64(size.width()) * size.height() * 4;
        if (size.width() > limits.maxDimension || size.height() > limits.maxDimension
            || decoded > limits.maxDecodedBytes) {
            r.refusedAsTooLarge = true;
            r.errorString = tr("Refused to decode a %1 × %2 image: it would need %3 of memory "
                               "(the limit is %4 × %4 pixels and %5).")
                                .arg(size.width())
                                .arg(size.height())
                                .arg(formatBytes(decoded))
                                .arg(limits.maxDimension)
                                .arg(formatBytes(limits.maxDecodedBytes));
            return r;
        }
    }
    // A second line of defence for formats whose header does not give the size.
    reader.setAllocationLimit(int(qMax<qint64>(1, limits.maxDecodedBytes / (1024 * 1024))));

    const QStringList keys = reader.textKeys();
    for (const QString &k : keys)
        r.text.insert(k, reader.text(k));

    if (!limits.wantFullImage && size.isValid() && limits.thumbnailSize.isValid()
        && (size.width() > limits.thumbnailSize.width()
            || size.height() > limits.thumbnailSize.height())) {
        reader.setScaledSize(size.scaled(limits.thumbnailSize, Qt::KeepAspectRatio));
        QImage thumb;
        if (!reader.read(&thumb)) {
            r.errorString = tr("The image could not be decoded: %1").arg(reader.errorString());
            return r;
        }
        r.thumbnail = thumb;
        r.ok = true;
        return r;
    }

    QImage image;
    if (!reader.read(&image)) {
        r.errorString = tr("The image could not be decoded: %1").arg(reader.errorString());
        return r;
    }
    const QStringList imageKeys = image.textKeys(); // includes chunks after IDAT
    for (const QString &k : imageKeys)
        r.text.insert(k, image.text(k));
    if (!r.size.isValid())
        r.size = image.size();
    if (limits.thumbnailSize.isValid()
        && (image.width() > limits.thumbnailSize.width()
            || image.height() > limits.thumbnailSize.height()))
        r.thumbnail = image.scaled(limits.thumbnailSize, Qt::KeepAspectRatio,
                                   Qt::SmoothTransformation);
    else
        r.thumbnail = image;
    if (limits.wantFullImage)
        r.image = image;
    r.ok = true;
    return r;
}

} // namespace ComfyScope::App
