// SPDX-License-Identifier: MIT
#include "uiutil.h"
#include <QtWidgets/QStyleFactory>
#include <QtWidgets/QStyle>
#include <QtWidgets/QApplication>

#include <QtCore/QElapsedTimer>
#include <QtCore/QHash>
#include <QtCore/QLocale>
#include <QtCore/QThreadPool>
#include <QtCore/QTimer>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

#include <QtCore/QCoreApplication>
#include <QtCore/QFile>
#include <QtCore/QPointer>

#include <cmath>
#include <QtGui/QIconEngine>
#include <QtGui/QPainter>
#include <QtGui/QPixmap>
#include <QtWidgets/QHeaderView>

using namespace Qt::StringLiterals;

namespace ComfyScope::App {

namespace {
QColor onRows(const QColor &accent)
{
    const QPalette p = QGuiApplication::palette();
    return readableOn(accent, {p.color(QPalette::Base), p.color(QPalette::AlternateBase)},
                      kMinGraphicContrast);
}

QColor kindAccentRaw(ImageKind kind)
{
    switch (kind) {
    case ImageKind::SamplerPreview:
        return QColor(0xd9, 0x8c, 0x00);
    case ImageKind::WebSocketOutput:
        return QColor(0x2f, 0x7d, 0xe1);
    case ImageKind::DeployOutput:
        return QColor(0x8e, 0x44, 0xad);
    case ImageKind::FinalOutput:
        return QColor(0x2e, 0x9d, 0x5b);
    }
    return Qt::gray;
}

QColor jobStateAccentRaw(Job::State state)
{
    switch (state) {
    case Job::State::Queued:
        return QColor(0x8a, 0x8f, 0x98);
    case Job::State::Running:
        return QColor(0x2f, 0x7d, 0xe1);
    case Job::State::Succeeded:
        return QColor(0x2e, 0x9d, 0x5b);
    case Job::State::Failed:
        return QColor(0xd6, 0x3a, 0x3a);
    case Job::State::Interrupted:
        return QColor(0xe0, 0x8a, 0x1e);
    case Job::State::Cancelled:
        return QColor(0x8a, 0x8f, 0x98);
    case Job::State::Lost:
        return QColor(0xa0, 0x6a, 0xb4);
    }
    return Qt::gray;
}

double relativeLuminance(const QColor &c)
{
    auto lin = [](double v) {
        return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
    };
    const QColor rgb = c.toRgb();
    return 0.2126 * lin(rgb.redF()) + 0.7152 * lin(rgb.greenF()) + 0.0722 * lin(rgb.blueF());
}
} // namespace

QColor kindAccent(ImageKind kind)
{
    return onRows(kindAccentRaw(kind));
}

QColor jobStateAccent(Job::State state)
{
    return onRows(jobStateAccentRaw(state));
}

double contrastRatio(const QColor &a, const QColor &b)
{
    const double la = relativeLuminance(a), lb = relativeLuminance(b);
    return (qMax(la, lb) + 0.05) / (qMin(la, lb) + 0.05);
}

QColor readableOn(const QColor &color, const QList<QColor> &backgrounds, double minRatio)
{
    if (backgrounds.isEmpty())
        return color;
    auto worst = [&](const QColor &c) {
        double r = 21;
        for (const QColor &bg : backgrounds)
            r = qMin(r, contrastRatio(c, bg));
        return r;
    };
    if (worst(color) >= minRatio)
        return color;
    double bgLum = 0;
    for (const QColor &bg : backgrounds)
        bgLum += relativeLuminance(bg) / backgrounds.size();
    // Away from the backgrounds: lighter on dark rows, darker on light ones, hue kept.
    const bool lighten = bgLum < 0.18;
    float h, sat, l, a;
    color.toHsl().getHslF(&h, &sat, &l, &a);
    QColor best = color;
    for (int i = 1; i <= 50; ++i) {
        const float nl = qBound(0.0f, lighten ? l + (1 - l) * i / 50.0f : l - l * i / 50.0f, 1.0f);
        const QColor c = QColor::fromHslF(h, sat, nl, a).toRgb();
        best = c;
        if (worst(c) >= minRatio)
            break;
    }
    return best;
}

QIcon keptIcon(const QString &key, const std::function<QIcon()> &make)
{
    // Icons are made once per key and kept while the application runs. A new QIcon per data()
    // call is a new icon to QPixmapCache each time it is drawn or measured: tables asked for one
    // per cell per paint, which filled the cache (48 MB of pixmaps plus their keys) over half an
    // hour of the soak, and rendered the SVG again each time.
    static QHash<QString, QIcon> kept;
    // Dropped with the application object: no pixmap outlives it.
    static const bool dropAtExit = (qAddPostRoutine([] { kept = {}; }), true);
    Q_UNUSED(dropAtExit);
    if (const auto it = kept.constFind(key); it != kept.cend())
        return *it;
    if (kept.size() >= 1024) // keys come from a few states, colours and names; bounded all the same
        kept.clear();
    return *kept.insert(key, make());
}

QIcon dotIcon(const QColor &color)
{
    return keptIcon(u"dot:"_s + QString::number(color.rgba(), 16), [&color] {
        QIcon icon;
        for (int size : {12, 16, 24, 32, 48}) {
            QPixmap pm(size, size);
            pm.fill(Qt::transparent);
            QPainter p(&pm);
            p.setRenderHint(QPainter::Antialiasing);
            p.setPen(QPen(color.darker(130), qMax(1.0, size / 12.0)));
            p.setBrush(color);
            const qreal m = size * 0.2;
            p.drawEllipse(QRectF(m, m, size - 2 * m, size - 2 * m));
            p.end();
            icon.addPixmap(pm);
        }
        return icon;
    });
}

QString jobStateLabel(Job::State state)
{
    switch (state) {
    case Job::State::Queued:
        return QCoreApplication::translate("ComfyScope::App::JobState", "Pending", "job state");
    case Job::State::Running:
        return QCoreApplication::translate("ComfyScope::App::JobState", "Running", "job state");
    case Job::State::Succeeded:
        return QCoreApplication::translate("ComfyScope::App::JobState", "Done", "job state");
    case Job::State::Failed:
        return QCoreApplication::translate("ComfyScope::App::JobState", "Failed", "job state");
    case Job::State::Interrupted:
        return QCoreApplication::translate("ComfyScope::App::JobState", "Interrupted", "job state");
    case Job::State::Cancelled:
        return QCoreApplication::translate("ComfyScope::App::JobState", "Cancelled", "job state");
    case Job::State::Lost:
        return QCoreApplication::translate("ComfyScope::App::JobState", "Lost", "job state");
    }
    return {};
}

QString formatDuration(qint64 ms)
{
    if (ms < 0)
        return {};
    const int s = int(qMin<qint64>((ms + 500) / 1000, 1000LL * 3600 * 24));
    if (s < 60)
        return QCoreApplication::translate("ComfyScope::App::Duration", "%1 s").arg(s);
    if (s < 3600)
        return QCoreApplication::translate("ComfyScope::App::Duration", "%1:%2")
            .arg(s / 60)
            .arg(s % 60, 2, 10, QLatin1Char('0'));
    return QCoreApplication::translate("ComfyScope::App::Duration", "%1:%2:%3")
        .arg(s / 3600)
        .arg((s / 60) % 60, 2, 10, QLatin1Char('0'))
        .arg(s % 60, 2, 10, QLatin1Char('0'));
}

QString imageKindLabel(ImageKind kind)
{
    switch (kind) {
    case ImageKind::SamplerPreview:
        return QCoreApplication::translate("ComfyScope::App::GalleryModel", "Preview",
                                           "image kind");
    case ImageKind::WebSocketOutput:
        return QCoreApplication::translate("ComfyScope::App::GalleryModel", "WebSocket",
                                           "image kind");
    case ImageKind::DeployOutput:
        return QCoreApplication::translate("ComfyScope::App::GalleryModel", "Deploy", "image kind");
    case ImageKind::FinalOutput:
        return QCoreApplication::translate("ComfyScope::App::GalleryModel", "Output", "image kind");
    }
    return {};
}

QString formatBytes(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

QString jobLabel(const Job &job)
{
    const QString name = job.displayName();
    if (job.relayed) // followed through the ComfyScope relay: say who queued it
        return QCoreApplication::translate("ComfyScope::App::QueueModel", "%1 · queued by %2",
                                           "job of another client, followed via the relay")
            .arg(name, job.relayClient.isEmpty() ? QCoreApplication::translate(
                           "ComfyScope::App::QueueModel", "another client")
                                                 : job.relayClient);
    return job.own ? name
                   : QCoreApplication::translate("ComfyScope::App::QueueModel", "%1 · other",
                                                 "job of another client")
                         .arg(name);
}

QString jobColumnTitle(JobColumn column)
{
    // Context of the viewer's queue, where these titles were first translated.
    const char *ctx = "ComfyScope::App::QueueModel";
    switch (column) {
    case JobColumn::Server:
        return QCoreApplication::translate("ComfyScope::App::FleetQueueModel", "Server");
    case JobColumn::State:
        return QCoreApplication::translate(ctx, "State");
    case JobColumn::Prompt:
        return QCoreApplication::translate(ctx, "Job");
    case JobColumn::Progress:
        return QCoreApplication::translate(ctx, "Progress");
    case JobColumn::Node:
        return QCoreApplication::translate(ctx, "Node");
    case JobColumn::Elapsed:
        return QCoreApplication::translate(ctx, "Elapsed");
    case JobColumn::Eta:
        return QCoreApplication::translate(ctx, "ETA");
    case JobColumn::Outputs:
        return QCoreApplication::translate(ctx, "Outputs");
    case JobColumn::Result:
        return QCoreApplication::translate("ComfyScope::App::FleetQueueModel", "Result");
    case JobColumn::Queued:
        return QCoreApplication::translate(ctx, "Queued");
    case JobColumn::Client:
        return QCoreApplication::translate(ctx, "Queued By");
    }
    return {};
}

QString jobColumnText(const Job &j, JobColumn column)
{
    const char *ctx = "ComfyScope::App::QueueModel";
    switch (column) {
    case JobColumn::State:
        return jobStateLabel(j.state);
    case JobColumn::Prompt:
        return jobLabel(j);
    case JobColumn::Progress:
        if (j.state == Job::State::Running && !j.liveDetail)
            return QCoreApplication::translate(ctx, "no live detail");
        if (j.state == Job::State::Queued)
            return QString();
        if (j.isFinished() && j.state != Job::State::Succeeded)
            return QCoreApplication::translate(ctx, "%1 at %2 %")
                .arg(jobStateLabel(j.state))
                .arg(qRound(j.overallProgress() * 100));
        return QCoreApplication::translate(ctx, "%1 %").arg(qRound(j.overallProgress() * 100));
    case JobColumn::Node: {
        if (j.state != Job::State::Running)
            return j.error ? jobErrorText(j) : QString();
        if (!j.liveDetail)
            return QCoreApplication::translate(ctx, "running for another client");
        QString label = j.currentNodeLabel();
        if (j.nodeMax > 0)
            label = QCoreApplication::translate(ctx, "%1 (%2/%3)")
                        .arg(label)
                        .arg(int(j.nodeValue))
                        .arg(int(j.nodeMax));
        return label;
    }
    case JobColumn::Elapsed:
        return j.startedAt.isValid() ? formatDuration(j.elapsedMs()) : QString();
    default:
        return QString();
    }
}

QString jobErrorText(const Job &job)
{
    return job.errorText();
}

QString shortId(const QString &id)
{
    return id.left(8);
}

QIcon appIcon()
{
    return QIcon(u":/icons/comfyscope.svg"_s);
}

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x31), base(0x1e, 0x1f, 0x22), text(0xe6, 0xe6, 0xe6);
    const QColor disabled(0x7f, 0x84, 0x8e), accent(0x3d, 0x8b, 0xf2);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x28, 0x2c));
    p.setColor(QPalette::ToolTipBase, QColor(0x3a, 0x3d, 0x42));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0xa0, 0xa4, 0xab));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x35, 0x37, 0x3c));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Light, QColor(0x4a, 0x4d, 0x53));
    p.setColor(QPalette::Midlight, QColor(0x3e, 0x41, 0x46));
    p.setColor(QPalette::Mid, QColor(0x2f, 0x31, 0x35));
    p.setColor(QPalette::Dark, QColor(0x19, 0x1a, 0x1c));
    p.setColor(QPalette::Shadow, Qt::black);
    p.setColor(QPalette::Highlight, accent);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x6c, 0xa8, 0xff));
    p.setColor(QPalette::LinkVisited, QColor(0xb0, 0x8c, 0xf0));
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabled);
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x50, 0x53, 0x58));
    return p;
}

void applyTheme(const QString &theme)
{
    // The platform's style and palette as they were before any theme was applied.
    static const QString platformStyle = QApplication::style()->name();
    static const QPalette platformPalette = QApplication::palette();
    if (theme == u"dark"_s) {
        QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
        QApplication::setPalette(darkPalette());
    } else if (theme == u"light"_s) {
        QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
        QApplication::setPalette(QApplication::style()->standardPalette());
    } else {
        if (QApplication::style()->name() != platformStyle)
            QApplication::setStyle(QStyleFactory::create(platformStyle));
        QApplication::setPalette(platformPalette);
    }
}

void tuneAllocatorForImages()
{
#if defined(__GLIBC__)
    mallopt(M_MMAP_THRESHOLD, 1024 * 1024);
#endif
}

void releaseImageLater(QImage &&image)
{
    QImage dead = std::move(image);
    if (dead.isNull() || dead.sizeInBytes() < (512 << 10) || !dead.isDetached())
        return;
    // A thread of its own: behind the global pool's long tasks (a history page, the demo
    // history's seeding) hundreds of freed images a second would wait, and memory with them.
    static QThreadPool pool; // joined at exit, after the last image is freed
    static const bool once = [] {
        pool.setObjectName(u"ComfyScope image release"_s);
        pool.setMaxThreadCount(1);
        return true;
    }();
    Q_UNUSED(once);
    pool.start([dead = std::move(dead)]() mutable { dead = QImage(); });
}

double trimHeap()
{
#if defined(__GLIBC__)
    QElapsedTimer t;
    t.start();
    malloc_trim(0);
    return t.nsecsElapsed() / 1e6;
#else
    return 0;
#endif
}

void trimHeapPeriodically(QObject *owner, int intervalMs)
{
#if defined(__GLIBC__)
    auto *timer = new QTimer(owner);
    timer->setTimerType(Qt::VeryCoarseTimer);
    // On a worker: a trim of a large heap took 23 ms in the soak, more than a frame.
    QObject::connect(timer, &QTimer::timeout, owner,
                     [] { QThreadPool::globalInstance()->start([] { trimHeap(); }); });
    timer->start(intervalMs);
#else
    Q_UNUSED(owner);
    Q_UNUSED(intervalMs);
#endif
}

namespace {
QIcon resourceIcon(const QString &name, const QColor &fallback)
{
    const QString path = u":/icons/ui/%1.svg"_s.arg(name);
    if (!QFile::exists(path))
        return dotIcon(fallback);
    return keptIcon(u"svg:"_s + name, [&path] { return QIcon(path); });
}
} // namespace

QIcon jobStateIcon(Job::State state)
{
    switch (state) {
    case Job::State::Queued:
        return resourceIcon(u"job-pending"_s, jobStateAccent(state));
    case Job::State::Running:
        return resourceIcon(u"job-running"_s, jobStateAccent(state));
    case Job::State::Succeeded:
        return resourceIcon(u"job-done"_s, jobStateAccent(state));
    case Job::State::Failed:
    case Job::State::Lost:
        return resourceIcon(u"job-failed"_s, jobStateAccent(state));
    case Job::State::Interrupted:
    case Job::State::Cancelled:
        return resourceIcon(u"job-interrupted"_s, jobStateAccent(state));
    }
    return dotIcon(jobStateAccent(state));
}

QIcon imageKindIcon(ImageKind kind)
{
    switch (kind) {
    case ImageKind::SamplerPreview:
        return resourceIcon(u"kind-preview"_s, kindAccent(kind));
    case ImageKind::WebSocketOutput:
        return resourceIcon(u"kind-websocket-output"_s, kindAccent(kind));
    case ImageKind::DeployOutput:
        return resourceIcon(u"kind-deploy-output"_s, kindAccent(kind));
    case ImageKind::FinalOutput:
        return resourceIcon(u"kind-output"_s, kindAccent(kind));
    }
    return dotIcon(kindAccent(kind));
}

QIcon alertIcon()
{
    return resourceIcon(u"alert"_s, QColor(0xc6, 0x28, 0x28));
}

namespace {
/// The glyph's mean colour (alpha-weighted) and how much of the image it covers.
QColor meanGlyphColor(const QImage &img)
{
    double r = 0, g = 0, b = 0, weight = 0;
    for (int y = 0; y < img.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(img.constScanLine(y));
        for (int x = 0; x < img.width(); ++x) {
            const double a = qAlpha(line[x]) / 255.0;
            if (a <= 0)
                continue;
            // Premultiplied: divide the alpha out again.
            r += qRed(line[x]) / 255.0;
            g += qGreen(line[x]) / 255.0;
            b += qBlue(line[x]) / 255.0;
            weight += a;
        }
    }
    if (weight <= 0)
        return {};
    return QColor::fromRgbF(float(qMin(1.0, r / weight)), float(qMin(1.0, g / weight)),
                            float(qMin(1.0, b / weight)));
}

class PaletteIconEngine : public QIconEngine
{
public:
    explicit PaletteIconEngine(QStyle::StandardPixmap icon)
        : m_icon(icon)
    {}

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        const QPixmap pm = baseIcon().pixmap(size, mode, state);
        const QPalette pal = QGuiApplication::palette();
        QImage img = pm.toImage().convertToFormat(QImage::Format_ARGB32_Premultiplied);
        const QColor mean = meanGlyphColor(img);
        const QColor window = pal.color(QPalette::Window);
        // The styles' icons are drawn for light windows: only a dark window needs help, and
        // only for a glyph that does not stand out from it.
        if (!mean.isValid() || relativeLuminance(window) >= 0.18
            || contrastRatio(mean, window) >= kMinGraphicContrast)
            return pm;
        // Mirror every pixel's lightness (hue, saturation, alpha and all detail kept): a dark
        // glyph turns light, as the text does on a dark palette.
        img = img.convertToFormat(QImage::Format_ARGB32);
        for (int y = 0; y < img.height(); ++y) {
            auto *line = reinterpret_cast<QRgb *>(img.scanLine(y));
            for (int x = 0; x < img.width(); ++x) {
                if (qAlpha(line[x]) == 0)
                    continue;
                float h, s, l, a;
                QColor::fromRgba(line[x]).getHslF(&h, &s, &l, &a);
                line[x] = QColor::fromHslF(h, s, 1.0f - l, a).rgba();
            }
        }
        QPixmap out = QPixmap::fromImage(img);
        out.setDevicePixelRatio(pm.devicePixelRatio());
        return out;
    }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override
    {
        const qreal dpr = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
        QPixmap pm = pixmap(rect.size() * dpr, mode, state);
        pm.setDevicePixelRatio(dpr);
        const QSize logical = (QSizeF(pm.size()) / dpr).toSize();
        painter->drawPixmap(QRect(rect.topLeft()
                                      + QPoint((rect.width() - logical.width()) / 2,
                                               (rect.height() - logical.height()) / 2),
                                  logical),
                            pm);
    }

    QSize actualSize(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return baseIcon().actualSize(size, mode, state);
    }

    QList<QSize> availableSizes(QIcon::Mode mode, QIcon::State state) override
    {
        return baseIcon().availableSizes(mode, state);
    }

    QIconEngine *clone() const override { return new PaletteIconEngine(m_icon); }

private:
    QIcon baseIcon() const { return QApplication::style()->standardIcon(m_icon); }

    QStyle::StandardPixmap m_icon;
};

/// Widens a header's sections to their titles; refits on font, style and title changes.
class HeaderFitter : public QObject
{
public:
    explicit HeaderFitter(QHeaderView *header)
        : QObject(header)
        , m_header(header)
    {
        header->installEventFilter(this);
        connect(header, &QHeaderView::sectionCountChanged, this, &HeaderFitter::fit);
        connect(header, &QHeaderView::geometriesChanged, this, &HeaderFitter::fit);
        connect(header, &QHeaderView::headerDataChanged, this, &HeaderFitter::fit);
        fit();
    }

    void fit()
    {
        if (!m_header || m_fitting)
            return;
        m_fitting = true;
        for (int i = 0; i < m_header->count(); ++i) {
            if (m_header->isSectionHidden(i)
                || m_header->sectionResizeMode(i) == QHeaderView::Stretch
                || (m_header->stretchLastSection()
                    && m_header->visualIndex(i) == m_header->count() - 1))
                continue;
            const int need = m_header->sectionSizeHint(i);
            if (m_header->sectionSize(i) < need)
                m_header->resizeSection(i, need);
        }
        m_fitting = false;
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_header
            && (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange
                || event->type() == QEvent::Polish || event->type() == QEvent::Show))
            QMetaObject::invokeMethod(this, &HeaderFitter::fit, Qt::QueuedConnection);
        return false;
    }

private:
    QPointer<QHeaderView> m_header;
    bool m_fitting = false;
};
} // namespace

QIcon paletteIcon(QStyle::StandardPixmap icon)
{
    return QIcon(new PaletteIconEngine(icon));
}

void keepHeadersReadable(QHeaderView *header)
{
    if (!header
        || header->findChild<QObject *>(u"comfyscope-header-fitter"_s, Qt::FindDirectChildrenOnly))
        return;
    auto *f = new HeaderFitter(header);
    f->setObjectName(u"comfyscope-header-fitter"_s);
}

} // namespace ComfyScope::App
