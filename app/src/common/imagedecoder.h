// SPDX-License-Identifier: MIT
#pragma once

#include <QtCore/QByteArray>
#include <QtCore/QFuture>
#include <QtCore/QFutureWatcher>
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
 * Calls `done(result)` on `context`'s thread, through its event loop (never inside this call),
 * when `future` has finished; not at all once `context` is destroyed.
 *
 * A QFutureWatcher, not `QFuture::then(context, …)`: in Qt 6.4 a continuation attached while the
 * future finishes on another thread can run twice (setContinuation() runs it at once because the
 * state is already Finished, then stores it, and the finishing thread's runContinuation() runs
 * the stored copy, whose QPromise the first run moved out): the second run dereferences a null
 * QFutureInterface in reportStarted(). A soak of the station (170 decodes per second, a loaded
 * machine) died once with exactly that fault. A watcher has no continuation to run twice.
 */
template<typename T, typename F>
void whenFinished(const QFuture<T> &future, QObject *context, F done)
{
    auto *watcher = new QFutureWatcher<T>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context,
                     [watcher, done = std::move(done)]() mutable {
                         watcher->deleteLater();
                         const QFuture<T> f = watcher->future();
                         done(f.resultCount() > 0 ? f.result() : T{});
                     });
    watcher->setFuture(future);
}

/*!
 * The application's one image-decode service: a bounded thread pool (2 threads by default) that
 * every image consumer shares — the gallery (and through it the lightbox, the wall and the
 * station's tiles, which reuse the gallery's thumbnail instead of decoding again) and the
 * history's thumbnails. decode() returns a future; continue it with whenFinished() on the
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
        whenFinished(decode(bytes, limits), context, std::move(done));
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
