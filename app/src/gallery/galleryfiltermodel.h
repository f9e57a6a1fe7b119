// SPDX-License-Identifier: MIT
#pragma once

#include <comfyscope/events.h>

#include <QtCore/QSet>
#include <QtCore/QSortFilterProxyModel>

namespace ComfyScope::App {

/// Filters the gallery by image kind, prompt and server.
class GalleryFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit GalleryFilterModel(QObject *parent = nullptr);

    void setKindVisible(ImageKind kind, bool visible);
    bool isKindVisible(ImageKind kind) const;
    /// Empty: every prompt.
    void setPromptFilter(const QString &promptId);
    QString promptFilter() const { return m_prompt; }
    /// Empty: every server. Otherwise only images whose ServerRole equals `server`.
    void setServerFilter(const QString &server);
    QString serverFilter() const { return m_server; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QSet<int> m_hiddenKinds;
    QString m_prompt;
    QString m_server;
};

} // namespace ComfyScope::App
