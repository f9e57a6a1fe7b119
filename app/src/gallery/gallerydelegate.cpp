// SPDX-License-Identifier: MIT
#include "gallerydelegate.h"

#include "gallerymodel.h"
#include "common/uiutil.h"

#include <QtCore/QLocale>
#include <QtGui/QPainter>
#include <QtGui/QPainterPath>
#include <QtWidgets/QApplication>
#include <QtWidgets/QStyle>

using namespace Qt::StringLiterals;

namespace ComfyScope::App {

namespace {
constexpr int kMargin = 6;
}

GalleryDelegate::GalleryDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{}

void GalleryDelegate::setThumbnailSize(int px)
{
    m_thumb = qBound(64, px, 512);
}

QSize GalleryDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    const int lineH = option.fontMetrics.height();
    return QSize(m_thumb + 2 * kMargin, m_thumb + 2 * kMargin + 2 * lineH + 4);
}

void GalleryDelegate::paint(QPainter *p, const QStyleOptionViewItem &option,
                            const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QWidget *w = opt.widget;
    QStyle *style = w ? w->style() : QApplication::style();
    const QPalette &pal = opt.palette;

    p->save();
    p->setRenderHint(QPainter::Antialiasing);
    p->setRenderHint(QPainter::SmoothPixmapTransform);

    // Cell background: a card in the base colour, highlighted when selected.
    const QRectF card = QRectF(opt.rect).adjusted(2, 2, -2, -2);
    const bool selected = opt.state & QStyle::State_Selected;
    const bool hover = opt.state & QStyle::State_MouseOver;
    QColor bg = pal.color(QPalette::AlternateBase);
    if (hover)
        bg = pal.color(QPalette::Midlight);
    p->setPen(QPen(selected ? pal.color(QPalette::Highlight) : pal.color(QPalette::Mid),
                   selected ? 2.5 : 1.0));
    p->setBrush(bg);
    p->drawRoundedRect(card, 6, 6);

    const QRect thumbArea(opt.rect.left() + kMargin, opt.rect.top() + kMargin, m_thumb, m_thumb);
    const QPixmap pm = qvariant_cast<QPixmap>(index.data(Qt::DecorationRole));
    const QString error = index.data(GalleryModel::ErrorRole).toString();
    if (!pm.isNull()) {
        QSizeF s = QSizeF(pm.size()) / pm.devicePixelRatio();
        s.scale(thumbArea.size(), Qt::KeepAspectRatio);
        if (s.width() > pm.width() * 2) // tiny previews: do not blow them up beyond 2×
            s = QSizeF(pm.size()) * 2;
        QRectF target(QPointF(), s);
        target.moveCenter(QRectF(thumbArea).center());
        // checkerboard-free: a subtle frame behind transparent images
        p->fillRect(target, pal.color(QPalette::Base));
        p->drawPixmap(target, pm, QRectF(pm.rect()));
    } else {
        p->setPen(pal.color(QPalette::PlaceholderText));
        QRect r = thumbArea.adjusted(8, 8, -8, -8);
        if (!error.isEmpty()) {
            const QIcon icon = style->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, w);
            const int is = 32;
            icon.paint(p, QRect(r.center().x() - is / 2, r.top() + 8, is, is));
            r.setTop(r.top() + is + 16);
            p->drawText(r, Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, error);
        } else {
            p->drawText(r, Qt::AlignCenter, tr("Decoding…"));
        }
    }

    // Badge: kind (and preview count) in a coloured pill at the top left of the thumbnail.
    const auto kind = ImageKind(index.data(GalleryModel::KindRole).toInt());
    const QString badge = index.data(GalleryModel::BadgeRole).toString();
    QFont badgeFont = opt.font;
    badgeFont.setPointSizeF(qMax(6.0, badgeFont.pointSizeF() * 0.85));
    badgeFont.setBold(true);
    const QFontMetrics bfm(badgeFont);
    const QRectF pill(thumbArea.left() + 4, thumbArea.top() + 4, bfm.horizontalAdvance(badge) + 12,
                      bfm.height() + 4);
    QColor accent = kindAccent(kind);
    accent.setAlpha(225);
    p->setPen(Qt::NoPen);
    p->setBrush(accent);
    p->drawRoundedRect(pill, pill.height() / 2, pill.height() / 2);
    p->setPen(Qt::white);
    p->setFont(badgeFont);
    p->drawText(pill, Qt::AlignCenter, badge);

    if (!index.data(GalleryModel::SavedPathRole).toString().isEmpty()) {
        const QIcon saved = style->standardIcon(QStyle::SP_DialogSaveButton, nullptr, w);
        const int is = bfm.height();
        saved.paint(p, QRect(thumbArea.right() - is - 4, thumbArea.top() + 6, is, is));
    }

    // Two lines: node, then format · size · time.
    const QFontMetrics fm(opt.font);
    QRect text(opt.rect.left() + kMargin, thumbArea.bottom() + 4, m_thumb, fm.height());
    QFont bold = opt.font;
    bold.setBold(true);
    p->setFont(bold);
    p->setPen(pal.color(QPalette::Text));
    QString line1 = index.data(GalleryModel::NodeLabelRole).toString();
    const QString node = index.data(GalleryModel::NodeIdRole).toString();
    if (line1.isEmpty())
        line1 = node.isEmpty() ? index.data(GalleryModel::FileNameRole).toString()
                               : tr("Node %1").arg(node);
    if (line1.isEmpty())
        line1 = imageKindLabel(kind);
    else if (!node.isEmpty())
        line1 = tr("%1 #%2").arg(line1, node);
    p->drawText(text, Qt::AlignLeft | Qt::AlignVCenter,
                QFontMetrics(bold).elidedText(line1, Qt::ElideRight, text.width()));

    text.translate(0, fm.height());
    p->setFont(opt.font);
    p->setPen(pal.color(QPalette::PlaceholderText));
    const QSize sz = index.data(GalleryModel::ImageSizeRole).toSize();
    const QDateTime at = index.data(GalleryModel::ReceivedAtRole).toDateTime().toLocalTime();
    QStringList parts;
    const QString server = index.data(GalleryModel::ServerRole).toString();
    if (!m_server.isEmpty() && !server.isEmpty() && server != m_server)
        parts << server;
    const QString fmt = index.data(GalleryModel::FormatRole).toString().toUpper();
    if (!fmt.isEmpty())
        parts << fmt;
    if (sz.isValid())
        parts << tr("%1×%2").arg(sz.width()).arg(sz.height());
    const QString prompt = index.data(GalleryModel::PromptIdRole).toString();
    if (!prompt.isEmpty())
        parts << shortId(prompt);
    parts << QLocale().toString(at.time(), QLocale::ShortFormat);
    p->drawText(text, Qt::AlignLeft | Qt::AlignVCenter,
                fm.elidedText(parts.join(u" · "_s), Qt::ElideRight, text.width()));

    if ((opt.state & QStyle::State_HasFocus) && w) {
        QStyleOptionFocusRect fr;
        fr.initFrom(w);
        fr.rect = opt.rect.adjusted(3, 3, -3, -3);
        fr.backgroundColor = bg;
        style->drawPrimitive(QStyle::PE_FrameFocusRect, &fr, p, w);
    }
    p->restore();
}

} // namespace ComfyScope::App
