// SPDX-License-Identifier: MIT
#include "lightbox.h"

#include "autosaver.h"
#include "gallerymodel.h"
#include "imagecanvas.h"
#include "common/uiutil.h"

#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QFileInfo>
#include <QtCore/QJsonDocument>
#include <QtCore/QLocale>
#include <QtCore/QMimeData>
#include <QtCore/QSettings>
#include <QtCore/QStandardPaths>
#include <QtCore/QUrl>
#include <QtGui/QAction>
#include <QtGui/QClipboard>
#include <QtGui/QCloseEvent>
#include <QtGui/QDesktopServices>
#include <QtGui/QDrag>
#include <QtGui/QGuiApplication>
#include <QtGui/QImageWriter>
#include <QtWidgets/QFileDialog>
#include <QtWidgets/QLabel>
#include <QtWidgets/QMessageBox>
#include <QtWidgets/QSplitter>
#include <QtWidgets/QStatusBar>
#include <QtWidgets/QStyle>
#include <QtWidgets/QTextBrowser>
#include <QtWidgets/QToolBar>
#include <QtWidgets/QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ComfyScope::App {

Lightbox::Lightbox(GalleryModel *gallery, QAbstractItemModel *order, QWidget *parent)
    : QDialog(parent, Qt::Window)
    , m_gallery(gallery)
    , m_order(order)
    , m_canvas(new ImageCanvas)
    , m_info(new QTextBrowser)
    , m_splitter(new QSplitter)
    , m_position(new QLabel)
    , m_zoomLabel(new QLabel)
{
    setWindowTitle(tr("Image Viewer"));
    setObjectName(u"lightbox"_s);
    setAttribute(Qt::WA_DeleteOnClose, false);

    auto *tb = new QToolBar;
    tb->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    tb->setIconSize(QSize(16, 16));
    m_prev = tb->addAction(paletteIcon(QStyle::SP_ArrowBack), tr("Newer"));
    m_prev->setShortcuts({QKeySequence(Qt::Key_Left), QKeySequence(Qt::Key_PageUp)});
    m_prev->setToolTip(tr("Previous (newer) image (Left)"));
    m_next = tb->addAction(paletteIcon(QStyle::SP_ArrowForward), tr("Older"));
    m_next->setShortcuts({QKeySequence(Qt::Key_Right), QKeySequence(Qt::Key_PageDown)});
    m_next->setToolTip(tr("Next (older) image (Right)"));
    tb->addSeparator();
    QAction *fit = tb->addAction(tr("Fit"));
    fit->setShortcut(QKeySequence(Qt::Key_F));
    fit->setToolTip(tr("Fit the image to the window (F)"));
    QAction *actual = tb->addAction(tr("100%"));
    actual->setShortcuts({QKeySequence(Qt::Key_1), QKeySequence(Qt::CTRL | Qt::Key_0)});
    actual->setToolTip(tr("Show one image pixel per screen pixel (1)"));
    QAction *zin = tb->addAction(tr("Zoom In"));
    zin->setShortcuts({QKeySequence::ZoomIn, QKeySequence(Qt::Key_Plus)});
    QAction *zout = tb->addAction(tr("Zoom Out"));
    zout->setShortcuts({QKeySequence::ZoomOut, QKeySequence(Qt::Key_Minus)});
    tb->addSeparator();
    m_save = tb->addAction(paletteIcon(QStyle::SP_DialogSaveButton), tr("Save As…"));
    m_save->setShortcut(QKeySequence::Save);
    m_copy = tb->addAction(tr("Copy"));
    m_copy->setShortcut(QKeySequence::Copy);
    m_copy->setToolTip(tr("Copy the image to the clipboard (Ctrl+C)"));
    m_openFolder = tb->addAction(paletteIcon(QStyle::SP_DirOpenIcon), tr("Open Folder"));
    m_openFolder->setToolTip(tr("Open the folder the image was auto-saved to"));
    QAction *drag = tb->addAction(tr("Drag"));
    drag->setToolTip(tr("Drag the image into another application (or drag the image itself "
                        "when it fits the window)"));
    tb->addSeparator();
    QAction *info = tb->addAction(paletteIcon(QStyle::SP_MessageBoxInformation), tr("Info"));
    info->setCheckable(true);
    info->setChecked(true);
    info->setShortcut(QKeySequence(Qt::Key_I));
    QAction *close = new QAction(this);
    close->setShortcut(QKeySequence(Qt::Key_Escape));
    addAction(close);

    m_info->setOpenExternalLinks(false);
    m_info->setMinimumWidth(220);
    m_splitter->addWidget(m_canvas);
    m_splitter->addWidget(m_info);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 0);
    m_splitter->setSizes({900, 300});

    auto *status = new QStatusBar;
    status->setSizeGripEnabled(true);
    status->addWidget(m_position, 1);
    status->addPermanentWidget(m_zoomLabel);

    auto *l = new QVBoxLayout(this);
    l->setContentsMargins(0, 0, 0, 0);
    l->setSpacing(0);
    l->addWidget(tb);
    l->addWidget(m_splitter, 1);
    l->addWidget(status);

    connect(m_prev, &QAction::triggered, this, &Lightbox::showPrevious);
    connect(m_next, &QAction::triggered, this, &Lightbox::showNext);
    connect(fit, &QAction::triggered, m_canvas, &ImageCanvas::fitToWindow);
    connect(actual, &QAction::triggered, m_canvas, &ImageCanvas::actualSize);
    connect(zin, &QAction::triggered, m_canvas, &ImageCanvas::zoomIn);
    connect(zout, &QAction::triggered, m_canvas, &ImageCanvas::zoomOut);
    connect(m_save, &QAction::triggered, this, &Lightbox::saveAs);
    connect(m_copy, &QAction::triggered, this, &Lightbox::copyToClipboard);
    connect(m_openFolder, &QAction::triggered, this, &Lightbox::openContainingFolder);
    connect(drag, &QAction::triggered, this, &Lightbox::startDrag);
    connect(info, &QAction::toggled, m_info, &QWidget::setVisible);
    connect(close, &QAction::triggered, this, &QDialog::close);
    connect(m_canvas, &ImageCanvas::dragOutRequested, this, &Lightbox::startDrag);
    connect(m_canvas, &ImageCanvas::zoomChanged, this,
            [this](double z) { m_zoomLabel->setText(tr("%1 %").arg(qRound(z * 100))); });
    connect(m_gallery, &GalleryModel::fullImageReady, this, [this](quint64 id) {
        if (id == m_id)
            m_canvas->setImage(m_gallery->fullImage(id), true);
    });
    connect(m_gallery, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &tl, const QModelIndex &br) {
                const int r = m_gallery->rowOf(m_id);
                if (r >= tl.row() && r <= br.row())
                    updateInfo();
            });
    if (m_order) {
        connect(m_order, &QAbstractItemModel::rowsInserted, this, &Lightbox::updateActions);
        connect(m_order, &QAbstractItemModel::rowsRemoved, this, &Lightbox::updateActions);
        connect(m_order, &QAbstractItemModel::modelReset, this, &Lightbox::updateActions);
    }

    QSettings s;
    restoreGeometry(s.value(u"lightbox/geometry"_s).toByteArray());
    if (!s.value(u"lightbox/splitter"_s).toByteArray().isEmpty())
        m_splitter->restoreState(s.value(u"lightbox/splitter"_s).toByteArray());
    if (s.value(u"lightbox/geometry"_s).isNull())
        resize(1100, 750);
}

Lightbox::~Lightbox()
{
    if (m_gallery)
        m_gallery->setPinned(0);
}

void Lightbox::closeEvent(QCloseEvent *event)
{
    QSettings s;
    s.setValue(u"lightbox/geometry"_s, saveGeometry());
    s.setValue(u"lightbox/splitter"_s, m_splitter->saveState());
    if (m_gallery)
        m_gallery->setPinned(0);
    QDialog::closeEvent(event);
}

int Lightbox::currentRow() const
{
    if (!m_order)
        return -1;
    for (int r = 0; r < m_order->rowCount(); ++r)
        if (m_order->index(r, 0).data(GalleryModel::IdRole).toULongLong() == m_id)
            return r;
    return -1;
}

void Lightbox::showItem(quint64 id)
{
    const std::optional<GalleryItem> it = m_gallery->item(id);
    if (!it)
        return;
    m_id = id;
    m_gallery->setPinned(id);
    if (!it->full.isNull()) {
        m_canvas->setImage(it->full);
    } else if (!it->errorString.isEmpty()) {
        m_canvas->setPlaceholder(QImage(), QSize(), it->errorString);
    } else {
        // Placeholder first: the decode may finish (and fullImageReady() arrive) before
        // fullImage() returns.
        m_canvas->setPlaceholder(it->thumbnail, it->size, tr("Loading the full image…"));
        const QImage full = m_gallery->fullImage(id);
        if (!full.isNull())
            m_canvas->setImage(full);
    }
    // Kind, node name and id, job: "Output — Save Image #9 — 1a2b3c4d".
    QString node = it->nodeLabel.isEmpty() ? it->nodeId
                   : it->nodeId.isEmpty()  ? it->nodeLabel
                                           : tr("%1 #%2").arg(it->nodeLabel, it->nodeId);
    QStringList title{imageKindLabel(it->kind)};
    if (!node.isEmpty())
        title << node;
    if (!it->promptId.isEmpty())
        title << shortId(it->promptId);
    setWindowTitle(title.join(u" — "_s));
    updateInfo();
    updateActions();
}

void Lightbox::showNext()
{
    const int r = currentRow();
    if (m_order && r >= 0 && r + 1 < m_order->rowCount())
        showItem(m_order->index(r + 1, 0).data(GalleryModel::IdRole).toULongLong());
}

void Lightbox::showPrevious()
{
    const int r = currentRow();
    if (m_order && r > 0)
        showItem(m_order->index(r - 1, 0).data(GalleryModel::IdRole).toULongLong());
}

void Lightbox::updateActions()
{
    const int r = currentRow();
    const int n = m_order ? m_order->rowCount() : 0;
    m_prev->setEnabled(r > 0);
    m_next->setEnabled(r >= 0 && r + 1 < n);
    m_position->setText(r >= 0 ? tr("%1 of %2").arg(r + 1).arg(n) : tr("not in the gallery view"));
    const std::optional<GalleryItem> it = m_gallery->item(m_id);
    m_openFolder->setEnabled(it && !it->savedPath.isEmpty());
    m_save->setEnabled(it && !it->encoded.isEmpty());
    m_copy->setEnabled(it && !it->encoded.isEmpty());
}

static QString prettyJson(const QString &text)
{
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8());
    if (doc.isNull())
        return text;
    return QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
}

QString Lightbox::infoText() const
{
    return m_info->toPlainText();
}

void Lightbox::updateInfo()
{
    const std::optional<GalleryItem> it = m_gallery->item(m_id);
    if (!it) {
        m_info->clear();
        return;
    }
    QString html;
    auto row = [&html](const QString &k, const QString &v) {
        html += u"<tr><td style='padding-right:8px'><b>"_s + k.toHtmlEscaped() + u"</b></td><td>"_s
                + v.toHtmlEscaped() + u"</td></tr>"_s;
    };
    html += u"<table>"_s;
    row(tr("Kind"), imageKindLabel(it->kind));
    row(tr("Server"), it->server);
    if (!it->promptId.isEmpty())
        row(tr("Prompt"), it->promptId);
    if (!it->nodeId.isEmpty())
        row(tr("Node"),
            it->nodeLabel.isEmpty() ? it->nodeId : tr("%1 (#%2)").arg(it->nodeLabel, it->nodeId));
    if (!it->attributed && it->kind != ImageKind::FinalOutput)
        row(tr("Attribution"), tr("inferred from the running node"));
    if (it->ref.isValid())
        row(tr("File"), it->ref.subfolder.isEmpty() ? it->ref.filename
                                                    : it->ref.subfolder + u'/' + it->ref.filename);
    row(tr("Format"), it->format.toUpper());
    row(tr("Size"), tr("%1 × %2 pixels").arg(it->size.width()).arg(it->size.height()));
    row(tr("Encoded"), formatBytes(it->encodedSize));
    row(tr("Received"), QLocale().toString(it->receivedAt.toLocalTime(), QLocale::LongFormat));
    if (it->kind == ImageKind::SamplerPreview && it->frameCount > 1)
        row(tr("Previews"), tr("%1 received, showing the latest").arg(it->frameCount));
    if (!it->savedPath.isEmpty())
        row(tr("Saved to"), QDir::toNativeSeparators(it->savedPath));
    if (!it->errorString.isEmpty())
        row(tr("Error"), it->errorString);
    html += u"</table>"_s;
    if (!it->text.isEmpty()) {
        html += u"<h4>"_s + tr("Embedded metadata").toHtmlEscaped() + u"</h4>"_s;
        for (auto t = it->text.cbegin(); t != it->text.cend(); ++t) {
            // Wrapped, so a long prompt reads without scrolling sideways.
            html += u"<p><b>"_s + t.key().toHtmlEscaped()
                    + u"</b></p><pre style='white-space: pre-wrap'>"_s
                    + prettyJson(t.value()).left(200000).toHtmlEscaped() + u"</pre>"_s;
        }
    }
    m_info->setHtml(html);
}

void Lightbox::saveAs()
{
    const std::optional<GalleryItem> it = m_gallery->item(m_id);
    if (!it || it->encoded.isEmpty())
        return;
    QSettings s;
    QString dir = s.value(u"lightbox/lastSaveDir"_s).toString();
    if (dir.isEmpty())
        dir = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    AutoSaver::Info info{it->kind,   it->server,       it->promptId,  it->nodeId,
                         it->format, it->ref.filename, it->receivedAt};
    const QString suggested = AutoSaver::fileNameFor(u"{date}_{prompt}_{node}.{ext}"_s, info, 0);
    const QString png = tr("PNG image (*.png)");
    const QString jpg = tr("JPEG image (*.jpg *.jpeg)");
    const QString webp = tr("WebP image (*.webp)");
    QString selected = it->format == u"jpeg"_s ? jpg : it->format == u"webp"_s ? webp : png;
    QString path = QFileDialog::getSaveFileName(
        this, tr("Save Image As"), QDir(dir).filePath(suggested),
        QStringList{png, jpg, webp}.join(u";;"_s), &selected);
    if (path.isEmpty())
        return;
    QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix.isEmpty()) {
        suffix = selected == jpg ? u"jpg"_s : selected == webp ? u"webp"_s : u"png"_s;
        path += u'.' + suffix;
    }
    s.setValue(u"lightbox/lastSaveDir"_s, QFileInfo(path).absolutePath());
    const QString fmt = suffix == u"jpg"_s ? u"jpeg"_s : suffix;
    QString error;
    if (fmt == it->format) {
        // Same format: write the original bytes, metadata and all.
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(it->encoded) != it->encoded.size())
            error = f.errorString();
    } else {
        QImage img = m_gallery->fullImage(m_id);
        if (img.isNull())
            img = m_canvas->image();
        QImageWriter w(path, fmt.toLatin1());
        if (fmt == u"jpeg"_s)
            w.setQuality(95);
        if (img.isNull() || !w.write(img))
            error = img.isNull() ? tr("The image is still being decoded; try again.")
                                 : w.errorString();
    }
    if (!error.isEmpty())
        QMessageBox::warning(
            this, tr("Save Image As"),
            tr("Could not save %1:\n%2").arg(QDir::toNativeSeparators(path), error));
}

void Lightbox::copyToClipboard()
{
    QImage img = m_gallery->fullImage(m_id);
    if (img.isNull())
        img = m_canvas->image();
    if (img.isNull())
        return;
    auto *mime = new QMimeData;
    mime->setImageData(img);
    const QString file = fileForDrag();
    if (!file.isEmpty())
        mime->setUrls({QUrl::fromLocalFile(file)});
    QGuiApplication::clipboard()->setMimeData(mime);
}

void Lightbox::openContainingFolder()
{
    const std::optional<GalleryItem> it = m_gallery->item(m_id);
    if (!it || it->savedPath.isEmpty())
        return;
    QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(it->savedPath).absolutePath()));
}

QString Lightbox::fileForDrag()
{
    const std::optional<GalleryItem> it = m_gallery->item(m_id);
    if (!it)
        return {};
    if (!it->savedPath.isEmpty() && QFileInfo::exists(it->savedPath))
        return it->savedPath;
    if (it->encoded.isEmpty())
        return {};
    if (!m_dragDir)
        m_dragDir = std::make_unique<QTemporaryDir>();
    if (!m_dragDir->isValid())
        return {};
    AutoSaver::Info info{it->kind,   it->server,       it->promptId,  it->nodeId,
                         it->format, it->ref.filename, it->receivedAt};
    const QString name = AutoSaver::fileNameFor(u"{prompt}_{node}_{seq}.{ext}"_s, info,
                                                int(it->id));
    const QString path = AutoSaver::safeJoin(m_dragDir->path(), name);
    if (path.isEmpty())
        return {};
    if (!QFileInfo::exists(path)) {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(it->encoded) != it->encoded.size())
            return {};
    }
    return path;
}

void Lightbox::startDrag()
{
    QImage img = m_gallery->fullImage(m_id);
    if (img.isNull())
        img = m_canvas->image();
    if (img.isNull())
        return;
    auto *mime = new QMimeData;
    mime->setImageData(img);
    const QString file = fileForDrag();
    if (!file.isEmpty())
        mime->setUrls({QUrl::fromLocalFile(file)});
    auto *drag = new QDrag(this);
    drag->setMimeData(mime);
    drag->setPixmap(
        QPixmap::fromImage(img.scaled(128, 128, Qt::KeepAspectRatio, Qt::SmoothTransformation)));
    drag->exec(Qt::CopyAction);
}

} // namespace ComfyScope::App
