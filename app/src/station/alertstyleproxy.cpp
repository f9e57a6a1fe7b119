// SPDX-License-Identifier: MIT
#include "alertstyleproxy.h"

#include "common/uiutil.h"

#include <comfyscope/fleet/alertengine.h>

#include <QtGui/QBrush>
#include <QtGui/QColor>
#include <QtGui/QFont>
#include <QtGui/QIcon>

namespace ComfyScope::App {

AlertStyleProxy::AlertStyleProxy(QObject *parent)
    : QIdentityProxyModel(parent)
{}

QVariant AlertStyleProxy::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    switch (role) {
    case Qt::FontRole:
        if (index.data(AlertEngine::NeedsAttentionRole).toBool()) {
            QFont f;
            f.setBold(true);
            return f;
        }
        break;
    case Qt::ForegroundRole:
        if (index.column() == AlertEngine::StatusColumn
            && index.data(AlertEngine::ActiveRole).toBool())
            return QBrush(jobStateAccent(Job::State::Failed));
        break;
    case Qt::DecorationRole:
        if (index.column() == AlertEngine::TimeColumn
            && index.data(AlertEngine::NeedsAttentionRole).toBool())
            return alertIcon();
        break;
    default:
        break;
    }
    return QIdentityProxyModel::data(index, role);
}

} // namespace ComfyScope::App
