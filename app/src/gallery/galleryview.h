// SPDX-License-Identifier: MIT
#pragma once

#include <QtWidgets/QWidget>

class QComboBox;
class QLabel;
class QListView;
class QSlider;
class QToolButton;

namespace ComfyScope::App {

class GalleryDelegate;
class GalleryFilterModel;
class GalleryModel;

/// The gallery pane: kind and job filters, thumbnail size, and the icon grid.
class GalleryView : public QWidget
{
    Q_OBJECT
public:
    explicit GalleryView(GalleryModel *model, QWidget *parent = nullptr);

    QListView *listView() const { return m_list; }
    GalleryFilterModel *filterModel() const { return m_filter; }
    GalleryDelegate *delegate() const { return m_delegate; }
    void setThumbnailSize(int px);
    int thumbnailSize() const;
    /// Show only this prompt's images (empty: all).
    void setPromptFilter(const QString &promptId);
    /// The id of the selected (or first shown) image, 0 if none.
    quint64 currentId() const;

Q_SIGNALS:
    void openRequested(quint64 id);
    void thumbnailSizeChanged(int px);

private:
    void addPrompt(const QString &promptId);
    void updateCount();
    void showContextMenu(const QPoint &pos);
    void updateGrid();
    bool eventFilter(QObject *watched, QEvent *event) override;

    GalleryModel *m_model;
    GalleryFilterModel *m_filter;
    GalleryDelegate *m_delegate;
    QListView *m_list;
    QComboBox *m_job;
    QSlider *m_size;
    QLabel *m_count;
    QLabel *m_empty;
};

} // namespace ComfyScope::App
