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
    /// Colour the bar by the job state (int(Job::State)) in this role: a failed job's bar is
    /// red, not the running blue.
    void setStateRole(int role) { m_stateRole = role; }
    /// The bar colour used for a row (invalid: the style's own).
    QColor barColor(const QModelIndex &index) const;

private:
    int m_role;
    int m_stateRole = -1;
};

} // namespace ComfyScope::App
