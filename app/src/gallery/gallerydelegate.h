// SPDX-License-Identifier: MIT
#pragma once

#include <QtWidgets/QStyledItemDelegate>

namespace ComfyScope::App {

/// Paints a gallery cell: the thumbnail, a coloured provenance badge and two lines of detail.
class GalleryDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit GalleryDelegate(QObject *parent = nullptr);

    void setThumbnailSize(int px);
    int thumbnailSize() const { return m_thumb; }
    /// Items from any other server name it on their second line (after switching servers).
    void setCurrentServer(const QString &server) { m_server = server; }
    QString currentServer() const { return m_server; }

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    int m_thumb = 192;
    QString m_server;
};

} // namespace ComfyScope::App
