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

QSize FleetTileDelegate::tileSize() const
{
    return QSize(qRound(360 * m_scale), qRound(184 * m_scale));
}

QSize FleetTileDelegate::sizeHint(const QStyleOptionViewItem &, const QModelIndex &) const
{
    return tileSize() + QSize(8, 8);
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
    const QRect r = option.rect.adjusted(4, 4, -4, -4);
    paintTile(painter, r, s, index.data(FleetModel::AlertCountRole).toInt(),
              option.state & QStyle::State_Selected, option.palette);
}

void FleetTileDelegate::paintTile(QPainter *p, const QRect &rect, const FleetServer *s, int alerts,
                                  bool selected, const QPalette &pal) const
{
    const double k = m_scale;
    auto px = [k](double v) { return qRound(v * k); };
    p->save();
    p->setRenderHint(QPainter::Antialiasing);

    // Card
    const QColor accent = stateColor(s);
    QColor card = pal.color(QPalette::Base);
    p->setPen(QPen(selected ? pal.color(QPalette::Highlight) : pal.color(QPalette::Mid),
                   selected ? 2 : 1));
    p->setBrush(card);
    p->drawRoundedRect(QRectF(rect).adjusted(0.5, 0.5, -0.5, -0.5), px(6), px(6));
    // State strip on the left
    p->setPen(Qt::NoPen);
    p->setBrush(accent);
    QPainterPath strip;
    strip.addRoundedRect(QRectF(rect.left(), rect.top(), px(6), rect.height()), px(3), px(3));
    p->drawPath(strip);

    const int pad = px(10);
    QRect inner = rect.adjusted(px(6) + pad, pad, -pad, -pad);
    const QColor text = pal.color(QPalette::Text);
    QColor dim = text;
    dim.setAlphaF(0.65f);

    QFont base = p->font();
    base.setPointSizeF(qMax(6.0, base.pointSizeF() * k));
    QFont title = base;
    title.setBold(true);
    title.setPointSizeF(base.pointSizeF() * 1.2);
    QFont small = base;
    small.setPointSizeF(base.pointSizeF() * 0.9);

    // Header: name, version, alert badge
    p->setFont(title);
    const QFontMetrics tfm(title);
    int badgeW = 0;
    if (alerts > 0) {
        const QString n = alerts > 99 ? u"99+"_s : QString::number(alerts);
        badgeW = qMax(tfm.height(), tfm.horizontalAdvance(n) + px(10));
        const QRect badge(inner.right() - badgeW + 1, inner.top(), badgeW, tfm.height());
        p->setPen(Qt::NoPen);
        p->setBrush(kDown);
        p->drawRoundedRect(badge, badge.height() / 2.0, badge.height() / 2.0);
        p->setPen(Qt::white);
        p->drawText(badge, Qt::AlignCenter, n);
        badgeW += px(6);
    }
    p->setFont(small);
    const QFontMetrics sfm(small);
    const QString version = s->version().isEmpty() ? QString() : u"v"_s + s->version();
    const int vw = sfm.horizontalAdvance(version);
    p->setPen(dim);
    p->drawText(QRect(inner.right() - badgeW - vw, inner.top(), vw, tfm.height()),
                Qt::AlignRight | Qt::AlignVCenter, version);
    p->setFont(title);
    p->setPen(text);
    const QRect nameRect(inner.left(), inner.top(), inner.width() - badgeW - vw - px(8),
                         tfm.height());
    p->drawText(nameRect, Qt::AlignLeft | Qt::AlignVCenter,
                tfm.elidedText(s->name(), Qt::ElideRight, nameRect.width()));
    int y = inner.top() + tfm.height() + px(2);

    // State line
    p->setFont(base);
    const QFontMetrics fm(base);
    const int lh = fm.height();
    QStringList facts;
    if (s->isUp()) {
        if (s->rttMs() >= 0)
            facts << tr("RTT %1 ms").arg(s->rttMs());
        facts << tr("Queue %1").arg(s->queueDepth());
    }
    const int fails = s->failedLastHour();
    if (fails > 0)
        facts << tr("%n failed/h", nullptr, fails);
    p->setPen(accent);
    const QString st = stateText(s);
    p->drawText(QRect(inner.left(), y, inner.width(), lh), Qt::AlignLeft | Qt::AlignVCenter, st);
    p->setPen(dim);
    const int stw = fm.horizontalAdvance(st) + px(12);
    p->drawText(QRect(inner.left() + stw, y, inner.width() - stw, lh),
                Qt::AlignRight | Qt::AlignVCenter,
                fm.elidedText(facts.join(u"  ·  "_s), Qt::ElideLeft, inner.width() - stw));
    y += lh + px(6);

    // Thumbnail on the left of the body
    const int bodyH = inner.bottom() - y;
    const int thumb = qMax(0, bodyH);
    const QRect thumbRect(inner.left(), y, thumb, thumb);
    QColor well = text;
    well.setAlphaF(0.06f);
    p->setPen(Qt::NoPen);
    p->setBrush(well);
    p->drawRoundedRect(thumbRect, px(4), px(4));
    const QImage img = m_gallery ? m_gallery->sourceThumbnail(s->key()) : QImage();
    if (!img.isNull() && thumb > 0) {
        const QSize sz = img.size().scaled(thumbRect.size(), Qt::KeepAspectRatio);
        const QRect target(thumbRect.center().x() - sz.width() / 2 + 1,
                           thumbRect.center().y() - sz.height() / 2 + 1, sz.width(), sz.height());
        p->setRenderHint(QPainter::SmoothPixmapTransform);
        p->drawImage(target, img);
    } else {
        p->setPen(dim);
        p->setFont(small);
        p->drawText(thumbRect, Qt::AlignCenter | Qt::TextWordWrap, tr("No preview"));
    }
    const int bx = thumbRect.right() + px(10);
    const int bw = inner.right() - bx;
    int by = y;
    p->setFont(base);

    if (!s->isUp() && s->isStarted()) {
        p->setPen(text);
        const QString err = s->lastError().isEmpty() ? tr("No connection") : s->lastError();
        p->drawText(QRect(bx, by, bw, bodyH), Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, err);
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
        p->setPen(text);
        p->drawText(QRect(bx, by, bw, lh), Qt::AlignLeft | Qt::AlignVCenter,
                    fm.elidedText(label, Qt::ElideRight, bw));
        by += lh + px(2);
        const double prog = job->liveDetail ? job->overallProgress() : -1;
        const qint64 eta = s->runningEtaMs();
        QString right = prog >= 0 ? u"%1 %"_s.arg(qRound(prog * 100)) : QString();
        if (eta >= 0)
            right += (right.isEmpty() ? QString() : u"  "_s)
                     + tr("ETA %1").arg(formatDuration(eta));
        const int rw = fm.horizontalAdvance(right) + px(6);
        drawBar(p, QRectF(bx, by + lh / 2.0 - px(4), bw - rw, px(8)), qMax(0.0, prog),
                pal.color(QPalette::Highlight), pal);
        p->setPen(dim);
        p->drawText(QRect(bx + bw - rw, by, rw, lh), Qt::AlignRight | Qt::AlignVCenter, right);
        by += lh + px(6);
        if (job->relayed) {
            // Another client's job followed through the relay: say whose.
            const QString who = tr("queued by %1")
                                    .arg(job->relayClient.isEmpty() ? tr("another client")
                                                                    : job->relayClient);
            p->drawText(QRect(bx, by - px(4), bw, lh), Qt::AlignLeft | Qt::AlignVCenter,
                        fm.elidedText(who, Qt::ElideRight, bw));
            by += lh;
        }
    } else {
        p->setPen(dim);
        const int pending = s->pendingCount();
        p->drawText(QRect(bx, by, bw, lh), Qt::AlignLeft | Qt::AlignVCenter,
                    pending > 0 ? tr("%n pending", nullptr, pending) : tr("Idle"));
        by += 2 * lh + px(8);
    }

    // Health
    const ServerHealth h = s->health();
    p->setFont(small);
    const int sh = sfm.height();
    m_lastHealthRows.clear();
    auto row = [&](const QString &label, double percent, const QString &extra) {
        if (by + sh > inner.bottom() + 1)
            return;
        m_lastHealthRows.append(label);
        const int lw = sfm.horizontalAdvance(u"VRAM 100 %"_s) + px(6);
        p->setPen(dim);
        p->drawText(QRect(bx, by, lw, sh), Qt::AlignLeft | Qt::AlignVCenter,
                    percent >= 0 ? u"%1 %2 %"_s.arg(label).arg(qRound(percent)) : label);
        const int ew = extra.isEmpty() ? 0 : sfm.horizontalAdvance(extra) + px(6);
        if (percent >= 0)
            drawBar(p, QRectF(bx + lw, by + sh / 2.0 - px(3), bw - lw - ew, px(6)), percent / 100.0,
                    usageColor(percent), pal);
        if (ew)
            p->drawText(QRect(bx + bw - ew, by, ew, sh), Qt::AlignRight | Qt::AlignVCenter, extra);
        by += sh + px(2);
    };
    if (!h.isKnown()) {
        row(tr("No health data yet"), -1, QString());
    } else {
        // One bar per device: a multi-GPU server shows each GPU's VRAM with its index; a single
        // GPU keeps its load and VRAM rows.
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
                row(tr("GPU%1").arg(number), g.vramUsedPercent(), extra);
                continue;
            }
            if (g.utilization >= 0)
                row(tr("GPU"), g.utilization, g.name.section(u':', -1).trimmed().left(24));
            row(tr("VRAM"), g.vramUsedPercent(), extra);
        }
        QString ramExtra = h.ramTotal > 0 ? formatBytes(h.ramTotal) : QString();
        if (h.cpuUtilization >= 0)
            ramExtra += (ramExtra.isEmpty() ? QString() : u"  "_s)
                        + tr("CPU %1 %").arg(qRound(h.cpuUtilization));
        row(tr("RAM"), h.ramUsedPercent(), ramExtra);
    }
    p->restore();
}

} // namespace ComfyScope::App
