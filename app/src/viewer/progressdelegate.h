// SPDX-License-Identifier: MIT
#pragma once

#include <QtWidgets/QStyledItemDelegate>

namespace ComfyScope::App {

/*!
 * Paints a progress bar with the widget style (QStyleOptionProgressBar + CE_ProgressBar) from a
 * 0..1 value in `progressRole`; a negative value means "unknown" and is painted as text only.
 * One delegate for all rows: no widget per row.
 */
class ProgressDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit ProgressDelegate(int progressRole, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    int m_role;
};

} // namespace ComfyScope::App
