// SPDX-License-Identifier: MIT
#include "progressdelegate.h"

#include "common/uiutil.h"

#include <comfyscope/jobtracker.h>

#include <QtGui/QPainter>
#include <QtWidgets/QApplication>
#include <QtWidgets/QStyle>
#include <QtWidgets/QStyleOptionProgressBar>

namespace ComfyScope::App {

ProgressDelegate::ProgressDelegate(int progressRole, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_role(progressRole)
{}

QSize ProgressDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize s = QStyledItemDelegate::sizeHint(option, index);
    s.setWidth(qMax(s.width(), 120));
    return s;
}

QColor ProgressDelegate::barColor(const QModelIndex &index) const
{
    if (m_stateRole < 0)
        return {};
    const QVariant v = index.data(m_stateRole);
    if (!v.isValid())
        return {};
    const auto state = Job::State(v.toInt());
    switch (state) {
    case Job::State::Queued:
    case Job::State::Running:
        return {};
    default:
        return jobStateAccent(state);
    }
}

void ProgressDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                             const QModelIndex &index) const
{
    const QVariant v = index.data(m_role);
    const QString text = index.data(Qt::DisplayRole).toString();
    QStyleOptionViewItem base = option;
    initStyleOption(&base, index);
    const QWidget *w = option.widget;
    QStyle *style = w ? w->style() : QApplication::style();

    // Background and selection as for any cell, without the text.
    base.text.clear();
    style->drawControl(QStyle::CE_ItemViewItem, &base, painter, w);

    if (!v.isValid() || text.isEmpty())
        return;
    const double value = v.toDouble();
    if (value < 0) {
        painter->save();
        QFont f = option.font;
        f.setItalic(true);
        painter->setFont(f);
        painter->setPen(option.palette.color(QPalette::PlaceholderText));
        painter->drawText(option.rect.adjusted(6, 0, -6, 0), Qt::AlignVCenter | Qt::AlignLeft,
                          text);
        painter->restore();
        return;
    }
    QStyleOptionProgressBar bar;
    if (w)
        bar.initFrom(w);
    bar.state = option.state | QStyle::State_Horizontal;
    bar.state &= ~QStyle::State_Selected;
    bar.direction = option.direction;
    bar.rect = option.rect.adjusted(3, 3, -3, -3);
    bar.fontMetrics = option.fontMetrics;
    bar.palette = option.palette;
    if (const QColor c = barColor(index); c.isValid())
        bar.palette.setColor(QPalette::Highlight, c);
    bar.minimum = 0;
    bar.maximum = 1000;
    bar.progress = qBound(0, qRound(value * 1000), 1000);
    bar.text = text;
    bar.textVisible = true;
    bar.textAlignment = Qt::AlignCenter;
    style->drawControl(QStyle::CE_ProgressBar, &bar, painter, w);
}

} // namespace ComfyScope::App
