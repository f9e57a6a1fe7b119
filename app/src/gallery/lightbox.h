// SPDX-License-Identifier: MIT
#pragma once

#include <QtCore/QPointer>
#include <QtCore/QTemporaryDir>
#include <QtWidgets/QDialog>

#include <memory>

class QAbstractItemModel;
class QAction;
class QLabel;
class QSplitter;
class QTextBrowser;

namespace ComfyScope::App {

class GalleryModel;
class ImageCanvas;

/*!
 * The image viewer: fit / 100 % / wheel zoom and pan, previous and next through the gallery as
 * filtered, save as, copy, drag out, open the folder of an auto-saved file, and provenance plus
 * PNG text metadata (prompt, workflow) on the side.
 */
class Lightbox : public QDialog
{
    Q_OBJECT
public:
    /// `order` is the (filtered) model the user sees; its rows map to `gallery` items by IdRole.
    Lightbox(GalleryModel *gallery, QAbstractItemModel *order, QWidget *parent = nullptr);
    ~Lightbox() override;

    quint64 currentId() const { return m_id; }
    ImageCanvas *canvas() const { return m_canvas; }
    QString infoText() const;

public Q_SLOTS:
    void showItem(quint64 id);
    void showNext();
    void showPrevious();
    void saveAs();
    void copyToClipboard();
    void openContainingFolder();
    void startDrag();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    int currentRow() const;
    void updateInfo();
    void updateActions();
    QString fileForDrag();

    /// Guarded: a window that owns both may delete the model before this dialog.
    QPointer<GalleryModel> m_gallery;
    QPointer<QAbstractItemModel> m_order;
    quint64 m_id = 0;
    ImageCanvas *m_canvas;
    QTextBrowser *m_info;
    QSplitter *m_splitter;
    QLabel *m_position;
    QLabel *m_zoomLabel;
    QAction *m_prev;
    QAction *m_next;
    QAction *m_openFolder;
    QAction *m_save;
    QAction *m_copy;
    std::unique_ptr<QTemporaryDir> m_dragDir;
};

} // namespace ComfyScope::App
