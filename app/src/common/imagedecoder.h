// SPDX-License-Identifier: MIT
#pragma once

#include <QtCore/QByteArray>
#include <QtCore/QFuture>
#include <QtCore/QObject>
#include <QtCore/QThreadPool>
#include <QtCore/QMap>
#include <QtCore/QSize>
#include <QtCore/QString>
#include <QtGui/QImage>

#include <atomic>

namespace ComfyScope::App {

/// What a decode may cost. Checked against the image header before any pixel is decoded.
struct DecodeLimits
{
    int maxDimension = 16384;                     ///< per side, in pixels
    qint64 maxDecodedBytes = 256ll * 1024 * 1024; ///< width × height × 4
    QSize thumbnailSize = QSize(256, 256);        ///< bounding box of the thumbnail
    bool wantFullImage = true;                    ///< false: decode straight to thumbnail size
};

struct DecodeResult
{
    bool ok = false;
    QString errorString; ///< translated, readable; set when !ok
    bool refusedAsTooLarge = false;
    QImage image;                ///< full size (null when wantFullImage was false)
    QImage thumbnail;            ///< always set when ok
    QSize size;                  ///< the image's size as the header declared it
    QString format;              ///< "png", "jpeg", "webp", …
    QMap<QString, QString> text; ///< PNG tEXt/iTXt chunks (prompt, workflow, …)
};

/*!
 * Decode encoded image bytes with QImageReader. Thread-safe and meant to run in a worker thread;
 * never call it on the GUI thread (decodeCallsOnGuiThread() counts violations, tests assert it
 * stays 0).
 */
DecodeResult decodeImage(const QByteArray &bytes, const DecodeLimits &limits);

/*!
 * The application's one image-decode service: a bounded thread pool (2 threads by default) that
 * every image consumer shares — the gallery (and through it the lightbox, the wall and the
 * station's tiles, which reuse the gallery's thumbnail instead of decoding again) and the
 * history's thumbnails. decode() returns a future; continue it with `.then(context, …)` on the
 * GUI thread. Nothing here touches pixels on the GUI thread.
 */
class ImageDecodeService
{
public:
    static ImageDecodeService &instance();
    QFuture<DecodeResult> decode(const QByteArray &bytes, const DecodeLimits &limits);
    /// decode(), then `done(result)` on `context`'s thread through its event loop — never
    /// synchronously inside this call, even when the decode is already finished — and not at
    /// all once `context` is destroyed.
    template<typename F>
    void decode(const QByteArray &bytes, const DecodeLimits &limits, QObject *context, F done)
    {
        decode(bytes, limits).then(context, [context, done](const DecodeResult &r) {
            QMetaObject::invokeMethod(
                context, [done, r] { done(r); }, Qt::QueuedConnection);
        });
    }
    /// Decodes waiting or running.
    int pending() const;
    QThreadPool *threadPool() { return &m_pool; }
    void setMaxThreads(int n);

private:
    ImageDecodeService();
    QThreadPool m_pool;
    std::atomic<int> m_pending{0};
};

/// Number of decodeImage() calls that ran on the application's main thread (should be 0).
int decodeCallsOnGuiThread();
/// Number of decodeImage() calls in total.
int decodeCallsTotal();

} // namespace ComfyScope::App
