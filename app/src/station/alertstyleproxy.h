// SPDX-License-Identifier: MIT
#pragma once

#include <QtCore/QIdentityProxyModel>

namespace ComfyScope::App {

/*!
 * The look of the alert list on top of AlertEngine (which lives in the Widgets-free fleet
 * library): alerts that need attention are bold with the alert icon, an active alert's status
 * is red.
 */
class AlertStyleProxy : public QIdentityProxyModel
{
    Q_OBJECT
public:
    explicit AlertStyleProxy(QObject *parent = nullptr);
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
};

} // namespace ComfyScope::App
