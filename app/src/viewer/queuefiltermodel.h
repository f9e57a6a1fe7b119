// SPDX-License-Identifier: MIT
#pragma once

#include <QtCore/QSortFilterProxyModel>

namespace ComfyScope::App {

/// Orders the queue the way a person reads it (running, then pending by priority, then finished
/// newest first) and hides finished jobs unless asked.
class QueueFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit QueueFilterModel(QObject *parent = nullptr);

    void setShowFinished(bool show);
    bool showFinished() const { return m_showFinished; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    bool m_showFinished = true;
};

} // namespace ComfyScope::App
