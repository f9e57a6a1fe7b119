// SPDX-License-Identifier: MIT
#include "galleryfiltermodel.h"

#include "gallerymodel.h"

namespace ComfyScope::App {

GalleryFilterModel::GalleryFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{}

void GalleryFilterModel::setKindVisible(ImageKind kind, bool visible)
{
    if (visible == isKindVisible(kind))
        return;
    if (visible)
        m_hiddenKinds.remove(int(kind));
    else
        m_hiddenKinds.insert(int(kind));
    invalidateFilter();
}

bool GalleryFilterModel::isKindVisible(ImageKind kind) const
{
    return !m_hiddenKinds.contains(int(kind));
}

void GalleryFilterModel::setPromptFilter(const QString &promptId)
{
    if (promptId == m_prompt)
        return;
    m_prompt = promptId;
    invalidateFilter();
}

void GalleryFilterModel::setServerFilter(const QString &server)
{
    if (server == m_server)
        return;
    m_server = server;
    invalidateFilter();
}

bool GalleryFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex idx = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_hiddenKinds.contains(idx.data(GalleryModel::KindRole).toInt()))
        return false;
    if (!m_prompt.isEmpty() && idx.data(GalleryModel::PromptIdRole).toString() != m_prompt)
        return false;
    if (!m_server.isEmpty() && idx.data(GalleryModel::ServerRole).toString() != m_server)
        return false;
    return true;
}

} // namespace ComfyScope::App
