// SPDX-License-Identifier: MIT
#include "fleettiledelegate.h"

#include "gallery/gallerymodel.h"

#include "common/connectionindicator.h"
#include <comfyscope/fleet/fleetmodel.h>
#include <comfyscope/fleet/fleetserver.h>
#include "common/imagedecoder.h"
#include "common/uiutil.h"

#include <QtGui/QPainter>
#include <QtGui/QPainterPath>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ComfyScope::App {

namespace {
const QColor kUp(0x2e, 0x7d, 0x32);
const QColor kConnecting(0xef, 0x8f, 0x00);
const QColor kPolling(0x15, 0x65, 0xc0);
const QColor kDown(0xc6, 0x28, 0x28);
const QColor kOff(0x78, 0x78, 0x78);

QString ageText(const QDateTime &since)
{
    if (!since.isValid())
        return {};
    return formatDuration(since.msecsTo(QDateTime::currentDateTimeUtc()));
}

void drawBar(QPainter *p, const QRectF &r, double fraction, const QColor &fill, const QPalette &pal)
{
    p->save();
    p->setPen(Qt::NoPen);
    QColor bg = pal.color(QPalette::Text);
    bg.setAlphaF(0.12f);
    p->setBrush(bg);
    p->drawRoundedRect(r, r.height() / 2, r.height() / 2);
    if (fraction > 0) {
        QRectF f = r;
        f.setWidth(r.width() * qBound(0.0, fraction, 1.0));
        p->setBrush(fill);
        p->drawRoundedRect(f, r.height() / 2, r.height() / 2);
    }
    p->restore();
}

// A state colour as text: lighter on a dark card, so green and red stay readable.
QColor readableOn(const QColor &color, const QColor &background)
{
    return background.lightness() < 128 ? color.lighter(170) : color;
}

QColor usageColor(double percent)
{
    if (percent >= 90)
        return kDown;
    if (percent >= 75)
        return kConnecting;
    return kPolling;
}
} // namespace

FleetTileDelegate::FleetTileDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{}

struct FleetTileDelegate::Fonts
{
    QFont base, title, small;
    int lh = 0;      ///< base line height
    int th = 0;      ///< title line height
    int sh = 0;      ///< small line height
    int gap = 0;     ///< between parts: a quarter line
    int pad = 0;     ///< inside the card
    int strip = 0;   ///< state colour strip on the left
    int minBar = 0;  ///< a bar never gets narrower than this
    int barH = 0;    ///< job bar height
    int rowBarH = 0; ///< health bar height
};

FleetTileDelegate::Fonts FleetTileDelegate::fonts(const QFont &font) const
{
    Fonts f;
    f.base = font;
    if (font.pointSizeF() > 0)
        f.base.setPointSizeF(qMax(6.0, font.pointSizeF() * m_scale));
    else
        f.base.setPixelSize(qMax(8, qRound(font.pixelSize() * m_scale)));
    f.title = f.base;
    f.title.setBold(true);
    f.small = f.base;
    if (m_size != TileSize::Small) {
        if (f.base.pointSizeF() > 0) {
            f.title.setPointSizeF(f.base.pointSizeF() * 1.2);
            f.small.setPointSizeF(f.base.pointSizeF() * 0.9);
        } else {
            f.title.setPixelSize(qRound(f.base.pixelSize() * 1.2));
            f.small.setPixelSize(qRound(f.base.pixelSize() * 0.9));
        }
    }
    const QFontMetrics fm(f.base), sfm(f.small), tfm(f.title);
    f.lh = fm.height();
    f.th = tfm.height();
    f.sh = sfm.height();
    f.gap = qMax(2, f.lh / 4);
    f.pad = m_size == TileSize::Small ? qMax(3, f.lh / 4) : qMax(4, f.lh * 2 / 3);
    f.strip = qMax(m_size == TileSize::Small ? 3 : 4, f.lh / 3);
    f.minBar = 5 * sfm.averageCharWidth();
    f.barH = qMax(4, f.lh / 2);
    f.rowBarH = qMax(3, f.sh * 2 / 5);
    return f;
}

namespace {
// Widest texts each part must hold without clipping (real texts are elided to their part).
const auto kLabelSample = u"VRAM 100 %"_s;
const auto kExtraSample = u"128.0 GB  CPU 100 %"_s;
const auto kBarTextSample = u"100 %  ETA 59 min"_s;
const auto kSmallBarTextSample = u"100 %  59 min"_s;
const auto kStateSample = u"Connected for 59 min"_s;
const auto kQueueSample = u"Q 999"_s;
const auto kFactsSample = u"Queue 99  ·  9 failed/h"_s;
} // namespace

int FleetTileDelegate::gap() const
{
    const Fonts f = fonts(QFont());
    return m_size == TileSize::Small ? qMax(4, f.gap) : qMax(8, f.gap * 2);
}

QSize FleetTileDelegate::tileSize(const QFont &font) const
{
    const Fonts f = fonts(font);
    const QFontMetrics fm(f.base), sfm(f.small), tfm(f.title);
    if (m_size == TileSize::Small) {
        const int content = std::max({fm.horizontalAdvance(kStateSample),
                                      f.minBar + f.gap + fm.horizontalAdvance(kSmallBarTextSample),
                                      tfm.horizontalAdvance(u"gpu-0000"_s) + f.gap
                                          + fm.horizontalAdvance(kQueueSample) + f.gap + f.th});
        return QSize(f.strip + 2 * f.pad + content, 2 * f.pad + f.th + f.gap + f.lh);
    }
    const int lw = sfm.horizontalAdvance(kLabelSample);
    const int ew = sfm.horizontalAdvance(kExtraSample);
    const int rowW = lw + f.gap + f.minBar + f.gap + ew;
    const int barW = f.minBar + f.gap + fm.horizontalAdvance(kBarTextSample);
    const int headerW = tfm.horizontalAdvance(u"gpu-0000"_s) + f.gap
                        + sfm.horizontalAdvance(u"v0.3.18"_s) + f.gap + f.th;
    const int stateW = fm.horizontalAdvance(kStateSample) + 2 * f.gap
                       + fm.horizontalAdvance(kFactsSample);
    const int rows = m_size == TileSize::Large ? 3 : 2;
    const int bodyH = 2 * f.lh + 2 * f.gap + rows * (f.sh + f.gap / 2);
    const int bodyW = std::max({rowW, barW, stateW});
    const int thumb = m_size == TileSize::Large ? bodyH + 2 * f.gap : 0;
    return QSize(f.strip + 2 * f.pad + qMax(thumb + bodyW, qMax(headerW, stateW)),
                 2 * f.pad + f.th + f.gap / 2 + f.lh + f.gap + bodyH);
}

FleetTileDelegate::Layout FleetTileDelegate::layout(const QRect &rect, const QFont &font,
                                                    int alerts, const QString &version) const
{
    const Fonts f = fonts(font);
    const QFontMetrics fm(f.base), sfm(f.small), tfm(f.title);
    Layout l;
    l.card = rect;
    l.inner = rect.adjusted(f.strip + f.pad, f.pad, -f.pad, -f.pad);
    const QRect in = l.inner;
    int y = in.top();
    // Header: name … version, badge (Small: name … queue, badge)
    int right = in.right() + 1;
    if (alerts > 0) {
        const QString n = alerts > 99 ? u"99+"_s : QString::number(alerts);
        const int bw = qMax(f.th, tfm.horizontalAdvance(n) + f.th / 2);
        l.badge = QRect(right - bw, y, bw, f.th);
        right = l.badge.left() - f.gap;
    }
    if (m_size == TileSize::Small) {
        const int qw = fm.horizontalAdvance(kQueueSample);
        l.queue = QRect(right - qw, y, qw, f.th);
        right = l.queue.left() - f.gap;
    } else if (!version.isEmpty()) {
        const int vw = sfm.horizontalAdvance(version);
        l.version = QRect(right - vw, y, vw, f.th);
        right = l.version.left() - f.gap;
    }
    l.name = QRect(in.left(), y, qMax(0, right - in.left()), f.th);
    y += f.th + (m_size == TileSize::Small ? f.gap : f.gap / 2);

    if (m_size == TileSize::Small) {
        // Second line: the running job's bar and figures, else the state (one or the other).
        const int tw = fm.horizontalAdvance(kSmallBarTextSample);
        l.state = QRect(in.left(), y, in.width(), f.lh);
        l.bar = QRect(in.left(), y + (f.lh - f.barH) / 2, qMax(0, in.width() - tw - f.gap), f.barH);
        l.barText = QRect(l.bar.right() + 1 + f.gap, y, in.right() - l.bar.right() - f.gap, f.lh);
        l.stateOrBar = true;
        return l;
    }

    // State line: state and its age on the left, facts on the right.
    const int sw = qMin(fm.horizontalAdvance(kStateSample), in.width() * 3 / 5);
    l.state = QRect(in.left(), y, sw, f.lh);
    l.facts = QRect(l.state.right() + 1 + f.gap, y, in.right() - l.state.right() - f.gap, f.lh);
    y += f.lh + f.gap;

    // Body: preview (Large) on the left, job and health on the right.
    const int bodyH = in.bottom() + 1 - y;
    int bx = in.left();
    if (m_size == TileSize::Large) {
        const int t = qMax(0, qMin(bodyH, in.width() / 3));
        l.thumb = QRect(in.left(), y, t, t);
        bx = l.thumb.right() + 1 + 2 * f.gap;
    }
    const int bw = in.right() + 1 - bx;
    l.body = QRect(bx, y, bw, bodyH);
    l.job = QRect(bx, y, bw, f.lh);
    y += f.lh + f.gap / 2;
    const int tw = qMin(fm.horizontalAdvance(kBarTextSample), qMax(0, bw - f.minBar - f.gap));
    l.bar = QRect(bx, y + (f.lh - f.barH) / 2, qMax(0, bw - tw - f.gap), f.barH);
    l.barText = QRect(bx + bw - tw, y, tw, f.lh);
    y += f.lh + f.gap + f.gap / 2;
    const int lw = sfm.horizontalAdvance(kLabelSample);
    const int ew = qMax(0,
                        qMin(sfm.horizontalAdvance(kExtraSample), bw - lw - f.minBar - 2 * f.gap));
    while (y + f.sh <= in.bottom() + 1) {
        Layout::Row r;
        r.label = QRect(bx, y, lw, f.sh);
        r.bar = QRect(bx + lw + f.gap, y + (f.sh - f.rowBarH) / 2,
                      qMax(0, bw - lw - ew - 2 * f.gap), f.rowBarH);
        r.extra = QRect(bx + bw - ew, y, ew, f.sh);
        l.rows.append(r);
        y += f.sh + f.gap / 2;
    }
    return l;
}

QList<QRect> FleetTileDelegate::Layout::textRects() const
{
    QList<QRect> out;
    for (const QRect &r : {name, version, badge, queue, stateOrBar ? QRect() : state, facts, thumb,
                           job, bar, barText})
        if (!r.isEmpty())
            out.append(r);
    for (const Row &r : rows)
        for (const QRect &x : {r.label, r.bar, r.extra})
            if (!x.isEmpty())
                out.append(x);
    return out;
}

QSize FleetTileDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    if (m_cell.isValid())
        return m_cell;
    return tileSize(option.font) + QSize(gap(), gap());
}

QString FleetTileDelegate::sizeName(TileSize size)
{
    switch (size) {
    case TileSize::Small:
        return tr("Small");
    case TileSize::Medium:
        return tr("Medium");
    case TileSize::Large:
        break;
    }
    return tr("Large");
}

QColor FleetTileDelegate::stateColor(const FleetServer *s)
{
    if (!s->isStarted())
        return kOff;
    switch (s->state()) {
    case Client::State::Connected:
        return kUp;
    case Client::State::Polling:
        return kPolling;
    case Client::State::Connecting:
        return s->downSince().isValid()
                       && s->downSince().secsTo(QDateTime::currentDateTimeUtc()) > 10
                   ? kDown
                   : kConnecting;
    case Client::State::Reconnecting:
        return kDown;
    case Client::State::Disconnected:
        return kOff;
    }
    return kOff;
}

QString FleetTileDelegate::stateText(const FleetServer *s)
{
    if (!s->isStarted())
        return tr("Not watched");
    if (s->isUp())
        return tr("%1 for %2").arg(connectionStateLabel(s->state()), ageText(s->stateSince()));
    if (s->downSince().isValid())
        return tr("Down for %1").arg(ageText(s->downSince()));
    return connectionStateLabel(s->state());
}

void FleetTileDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const
{
    auto *s = qobject_cast<FleetServer *>(index.data(FleetModel::ServerRole).value<QObject *>());
    if (!s)
        return;
    const int g = gap();
    const QRect r = option.rect.adjusted(g / 2, g / 2, -(g - g / 2), -(g - g / 2));
    painter->save();
    painter->setFont(option.font);
    paintTile(painter, r, s, index.data(FleetModel::AlertCountRole).toInt(),
              option.state & QStyle::State_Selected, option.palette);
    painter->restore();
}

void FleetTileDelegate::paintTile(QPainter *p, const QRect &rect, const FleetServer *s, int alerts,
                                  bool selected, const QPalette &pal) const
{
    ++m_paints[s->name()];
    const Fonts f = fonts(p->font());
    const QString version = s->version().isEmpty() ? QString() : u"v"_s + s->version();
    const Layout l = layout(rect, p->font(), alerts, version);
    const QFontMetrics fm(f.base), sfm(f.small), tfm(f.title);
    p->save();
    p->setRenderHint(QPainter::Antialiasing);

    // Card
    const QColor accent = stateColor(s);
    const double radius = qMax(3, f.lh / 3);
    p->setPen(QPen(selected ? pal.color(QPalette::Highlight) : pal.color(QPalette::Mid),
                   selected ? 2 : 1));
    p->setBrush(pal.color(QPalette::Base));
    p->drawRoundedRect(QRectF(rect).adjusted(0.5, 0.5, -0.5, -0.5), radius, radius);
    // State strip on the left
    p->setPen(Qt::NoPen);
    p->setBrush(accent);
    QPainterPath strip;
    strip.addRoundedRect(QRectF(rect.left(), rect.top(), f.strip, rect.height()), f.strip / 2.0,
                         f.strip / 2.0);
    p->drawPath(strip);

    const QColor text = pal.color(QPalette::Text);
    QColor dim = text;
    dim.setAlphaF(0.7f);
    const QColor accentText = readableOn(accent, pal.color(QPalette::Base));

    // Header: name, version (Small: queue), alert badge
    p->setFont(f.title);
    if (!l.badge.isEmpty()) {
        const QString n = alerts > 99 ? u"99+"_s : QString::number(alerts);
        p->setPen(Qt::NoPen);
        p->setBrush(kDown);
        p->drawRoundedRect(l.badge, l.badge.height() / 2.0, l.badge.height() / 2.0);
        p->setPen(Qt::white);
        p->drawText(l.badge, Qt::AlignCenter, n);
    }
    p->setPen(text);
    // Small: a server that is not up has no queue figure, its name takes that room.
    const QRect nameRect = !l.queue.isEmpty() && !s->isUp() ? l.name.united(l.queue) : l.name;
    p->drawText(nameRect, Qt::AlignLeft | Qt::AlignVCenter,
                tfm.elidedText(s->name(), Qt::ElideRight, nameRect.width()));
    if (!l.version.isEmpty()) {
        p->setFont(f.small);
        p->setPen(dim);
        p->drawText(l.version, Qt::AlignRight | Qt::AlignVCenter, version);
    }
    if (m_size == TileSize::Small) {
        paintSmall(p, l, f, s, pal);
        p->restore();
        return;
    }

    // State line
    p->setFont(f.base);
    QStringList facts;
    if (s->isUp()) {
        if (s->rttMs() >= 0)
            facts << tr("RTT %1 ms").arg(s->rttMs());
        facts << tr("Queue %1").arg(s->queueDepth());
    }
    const int fails = s->failedLastHour();
    if (fails > 0)
        facts << tr("%n failed/h", nullptr, fails);
    // The state takes what it needs (at most its part), the facts the rest of the line.
    const QString state = stateText(s);
    const int stw = qMin(fm.horizontalAdvance(state), l.state.width());
    p->setPen(accentText);
    p->drawText(l.state, Qt::AlignLeft | Qt::AlignVCenter,
                fm.elidedText(state, Qt::ElideRight, l.state.width()));
    QRect factsRect = l.facts;
    factsRect.setLeft(l.state.left() + stw + 2 * f.gap);
    p->setPen(dim);
    p->drawText(factsRect, Qt::AlignRight | Qt::AlignVCenter,
                fm.elidedText(facts.join(u"  ·  "_s), Qt::ElideRight, factsRect.width()));

    // Preview on the left of the body (Large)
    if (!l.thumb.isEmpty()) {
        QColor well = text;
        well.setAlphaF(0.06f);
        p->setPen(Qt::NoPen);
        p->setBrush(well);
        p->drawRoundedRect(l.thumb, radius, radius);
        const QImage img = m_gallery ? m_gallery->sourceThumbnail(s->key()) : QImage();
        if (!img.isNull()) {
            const QSize sz = img.size().scaled(l.thumb.size(), Qt::KeepAspectRatio);
            const QRect target(l.thumb.center().x() - sz.width() / 2 + 1,
                               l.thumb.center().y() - sz.height() / 2 + 1, sz.width(), sz.height());
            p->setRenderHint(QPainter::SmoothPixmapTransform);
            p->drawImage(target, img);
        } else {
            p->setPen(dim);
            p->setFont(f.small);
            p->drawText(l.thumb, Qt::AlignCenter | Qt::TextWordWrap, tr("No preview"));
        }
    }
    p->setFont(f.base);

    if (!s->isUp() && s->isStarted()) {
        p->setPen(text);
        const QString err = s->lastError().isEmpty() ? tr("No connection") : s->lastError();
        p->drawText(l.body, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, err);
        p->restore();
        return;
    }

    // Running job
    const auto job = s->runningJob();
    if (job) {
        QString label = tr("Job %1").arg(shortId(job->promptId));
        if (job->liveDetail && !job->currentNode.isEmpty()) {
            label += u"  "_s + job->currentNodeLabel();
            if (job->nodeMax > 0)
                label += u" %1/%2"_s.arg(job->nodeValue).arg(job->nodeMax);
        } else if (!job->liveDetail) {
            label += u"  "_s + tr("(another client: no live detail)");
        }
        if (job->relayed) // another client's job followed through the relay: say whose
            label += u"  ·  "_s
                     + tr("queued by %1")
                           .arg(job->relayClient.isEmpty() ? tr("another client")
                                                           : job->relayClient);
        p->setPen(text);
        p->drawText(l.job, Qt::AlignLeft | Qt::AlignVCenter,
                    fm.elidedText(label, Qt::ElideRight, l.job.width()));
        const double prog = job->liveDetail ? job->overallProgress() : -1;
        const qint64 eta = s->runningEtaMs();
        QString right = prog >= 0 ? u"%1 %"_s.arg(qRound(prog * 100)) : QString();
        if (eta >= 0)
            right += (right.isEmpty() ? QString() : u"  "_s)
                     + tr("ETA %1").arg(formatDuration(eta));
        drawBar(p, l.bar, qMax(0.0, prog), pal.color(QPalette::Highlight), pal);
        p->setPen(dim);
        p->drawText(l.barText, Qt::AlignRight | Qt::AlignVCenter,
                    fm.elidedText(right, Qt::ElideRight, l.barText.width()));
    } else {
        p->setPen(dim);
        const int pending = s->pendingCount();
        p->drawText(l.job, Qt::AlignLeft | Qt::AlignVCenter,
                    pending > 0 ? tr("%n pending", nullptr, pending) : tr("Idle"));
    }

    // Health
    const ServerHealth h = s->health();
    p->setFont(f.small);
    m_lastHealthRows.clear();
    struct HealthRow
    {
        QString label;
        double percent;
        QString extra;
    };
    QList<HealthRow> rows;
    if (!h.isKnown()) {
        rows.append({tr("No health data yet"), -1, QString()});
    } else {
        // One bar per device: a multi-GPU server shows each GPU's VRAM with its index; a single
        // GPU keeps its load (Large only) and VRAM rows.
        const bool several = h.gpus.size() > 1;
        int position = 0;
        for (const GpuHealth &g : std::as_const(h.gpus)) {
            const int number = g.index >= 0 ? g.index : position;
            ++position;
            QString extra;
            if (g.vramTotal > 0 && g.vramUsed >= 0 && g.vramTotal != 1000)
                extra = formatBytes(g.vramTotal);
            if (g.temperature >= 0)
                extra += (extra.isEmpty() ? QString() : u" "_s)
                         + u"%1 °C"_s.arg(qRound(g.temperature));
            if (several) {
                if (g.utilization >= 0)
                    extra = tr("load %1 %").arg(qRound(g.utilization))
                            + (extra.isEmpty() ? QString() : u" "_s) + extra;
                rows.append({tr("GPU%1").arg(number), g.vramUsedPercent(), extra});
                continue;
            }
            if (g.utilization >= 0 && m_size == TileSize::Large)
                rows.append(
                    {tr("GPU"), g.utilization, g.name.section(u':', -1).trimmed().left(24)});
            rows.append({tr("VRAM"), g.vramUsedPercent(), extra});
        }
        QString ramExtra = h.ramTotal > 0 ? formatBytes(h.ramTotal) : QString();
        if (h.cpuUtilization >= 0)
            ramExtra += (ramExtra.isEmpty() ? QString() : u"  "_s)
                        + tr("CPU %1 %").arg(qRound(h.cpuUtilization));
        // RAM always shows: on the last row when the GPUs would take every row.
        while (rows.size() >= l.rows.size() && !rows.isEmpty())
            rows.removeLast();
        rows.append({tr("RAM"), h.ramUsedPercent(), ramExtra});
    }
    for (int i = 0; i < qMin(rows.size(), l.rows.size()); ++i) {
        const HealthRow &row = rows.at(i);
        const Layout::Row &r = l.rows.at(i);
        m_lastHealthRows.append(row.label);
        p->setPen(dim);
        if (row.percent < 0) { // a sentence, not a figure: the whole row
            p->drawText(
                r.label.united(r.extra), Qt::AlignLeft | Qt::AlignVCenter,
                sfm.elidedText(row.label, Qt::ElideRight, r.extra.right() - r.label.left()));
            continue;
        }
        p->drawText(r.label, Qt::AlignLeft | Qt::AlignVCenter,
                    sfm.elidedText(u"%1 %2 %"_s.arg(row.label).arg(qRound(row.percent)),
                                   Qt::ElideRight, r.label.width()));
        drawBar(p, r.bar, row.percent / 100.0, usageColor(row.percent), pal);
        if (!row.extra.isEmpty())
            p->drawText(r.extra, Qt::AlignRight | Qt::AlignVCenter,
                        sfm.elidedText(row.extra, Qt::ElideRight, r.extra.width()));
    }
    p->restore();
}

void FleetTileDelegate::paintSmall(QPainter *p, const Layout &l, const Fonts &f,
                                   const FleetServer *s, const QPalette &pal) const
{
    const QFontMetrics fm(f.base);
    const QColor text = pal.color(QPalette::Text);
    QColor dim = text;
    dim.setAlphaF(0.7f);
    p->setFont(f.base);
    if (s->isUp()) {
        p->setPen(dim);
        p->drawText(
            l.queue, Qt::AlignRight | Qt::AlignVCenter,
            fm.elidedText(tr("Q %1").arg(s->queueDepth()), Qt::ElideRight, l.queue.width()));
    }
    const auto job = s->isUp() ? s->runningJob() : std::nullopt;
    if (job) {
        const double prog = job->liveDetail ? job->overallProgress() : -1;
        const qint64 eta = s->runningEtaMs();
        QString right = prog >= 0 ? u"%1 %"_s.arg(qRound(prog * 100)) : tr("running");
        if (eta >= 0)
            right += u"  "_s + formatDuration(eta);
        drawBar(p, l.bar, qMax(0.0, prog), pal.color(QPalette::Highlight), pal);
        p->setPen(dim);
        p->drawText(l.barText, Qt::AlignRight | Qt::AlignVCenter,
                    fm.elidedText(right, Qt::ElideRight, l.barText.width()));
        return;
    }
    QString line;
    if (s->isUp()) {
        const int pending = s->pendingCount();
        line = pending > 0 ? tr("%n pending", nullptr, pending) : tr("Idle");
        const double vram = s->health().maxVramUsedPercent();
        if (vram >= 0)
            line += u"  ·  "_s + tr("VRAM %1 %").arg(qRound(vram));
        p->setPen(dim);
    } else {
        line = stateText(s);
        p->setPen(readableOn(stateColor(s), pal.color(QPalette::Base)));
    }
    p->drawText(l.state, Qt::AlignLeft | Qt::AlignVCenter,
                fm.elidedText(line, Qt::ElideRight, l.state.width()));
}

} // namespace ComfyScope::App
