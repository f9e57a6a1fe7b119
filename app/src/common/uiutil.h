// SPDX-License-Identifier: MIT
#pragma once

#include <comfyscope/events.h>
#include <comfyscope/jobtracker.h>

#include <QtGui/QColor>
#include <QtGui/QIcon>
#include <QtGui/QImage>
#include <QtGui/QPalette>
#include <QtCore/QString>
#include <QtWidgets/QStyle>

#include <functional>

class QHeaderView;

namespace ComfyScope::App {

/// Small state accents (the only hard-coded colours; everything else uses the palette), made
/// readable on the current palette's rows: at least kMinGraphicContrast against Base and
/// AlternateBase (lighter on a dark palette, darker on a light one).
QColor kindAccent(ImageKind kind);
QColor jobStateAccent(Job::State state);
/// WCAG 2 contrast ratio of two colours (1 … 21).
double contrastRatio(const QColor &a, const QColor &b);
/// `color`, lightened or darkened until its contrast with every colour of `backgrounds` is at
/// least `minRatio` (as close to the original as that allows).
QColor readableOn(const QColor &color, const QList<QColor> &backgrounds, double minRatio);
/// WCAG's minimum for graphical objects (icons, bars, dots) against what is next to them.
inline constexpr double kMinGraphicContrast = 3.0;
/// A style's standard icon that stays visible on any palette: a glyph too close to the
/// window colour (Fusion's dark media icons on the dark theme) is drawn in the palette's text
/// colour. Follows theme changes (style and palette are read when the icon is drawn).
QIcon paletteIcon(QStyle::StandardPixmap icon);
/// Keep every non-stretched section of `header` at least as wide as its title (from the
/// header's font metrics), now and whenever the font, the style or the titles change: no
/// "Outpu" or "Run…" at larger fonts or in longer languages.
void keepHeadersReadable(QHeaderView *header);
/// A round dot icon in the given colour (crisp at any device pixel ratio).
QIcon dotIcon(const QColor &color);
/// The icon kept under `key`, made by `make` the first time: the same QIcon on every call, so
/// Qt's pixmap cache holds one entry per size instead of one per paint. For icons models return
/// from data().
QIcon keptIcon(const QString &key, const std::function<QIcon()> &make);
/// State and kind icons from the resources (:/icons/ui), a coloured dot when absent.
QIcon jobStateIcon(Job::State state);
QIcon imageKindIcon(ImageKind kind);
QIcon alertIcon();
/// Translated name of a job state.
QString jobStateLabel(Job::State state);
/// What a queue row calls a job: its display name (Job::displayName()), marked when another
/// client queued it ("queued by <client>" when followed through the relay). Viewer and station
/// use this one wording.
QString jobLabel(const Job &job);
/// The columns a job list can have, titled the same in the viewer's and the station's queue.
enum class JobColumn {
    Server,
    State,
    Prompt,
    Progress,
    Node,
    Elapsed,
    Eta,
    Outputs,
    Result,
    Queued,
    Client
};
QString jobColumnTitle(JobColumn column);
/// What a job list shows in the State, Prompt, Progress, Node and Elapsed columns (the same
/// in viewer and station); empty for the other columns.
QString jobColumnText(const Job &job, JobColumn column);
/// Why a job did not succeed, readable (Job::errorText()).
QString jobErrorText(const Job &job);
/// Translated name of an image kind ("Preview", "WebSocket output", …).
QString imageKindLabel(ImageKind kind);
/// Human-readable byte size ("1.4 MB").
QString formatBytes(qint64 bytes);
/// "1:23", "12 s" …
QString formatDuration(qint64 ms);
/// The first 8 characters of a prompt id (enough to tell jobs apart on screen).
QString shortId(const QString &id);
/// The application icon from the resources.
QIcon appIcon();
/// Call once at start-up: large blocks (decoded images) are mapped so that freeing them returns
/// the memory to the system. With glibc's default, the heap keeps freed 4 MB images and RSS
/// grows far past the gallery's budget (bench/ scenario 3 measured +810 MB vs +555 MB).
void tuneAllocatorForImages();
/// Gives the heap's free pages back to the system (glibc's malloc_trim: every arena, pages in
/// the middle of the heap too); returns the milliseconds it took. Elsewhere a no-op.
double trimHeap();
/// Calls trimHeap() on a worker thread every `intervalMs` while `owner` lives. A bursty stream (a
/// stalled GUI thread lets 50 sockets' buffers and the decoder's queue swell for a moment) leaves
/// freed memory in the heap that glibc keeps: RSS then shows the highest burst so far, not what the
/// program holds. The windows start it at 60 s.
void trimHeapPeriodically(QObject *owner, int intervalMs = 60000);
/// Drops `image` on a thread of its own when it is large (512 KB or more) and its data is not
/// shared; a small or shared one is dropped here, now. Large blocks are their own mappings
/// (tuneAllocatorForImages()), and unmapping one costs its thread 50–200 µs: at 200 servers the
/// gallery's replaced previews took 4.8 % of the station's GUI thread in munmap.
void releaseImageLater(QImage &&image);
/// Apply the colour theme: "light", "dark" (Fusion with a dark palette built here; Qt 6.4 has no
/// colour-scheme API) or anything else for the platform's own style and palette.
void applyTheme(const QString &theme);
/// The palette of the "dark" theme.
QPalette darkPalette();

} // namespace ComfyScope::App
