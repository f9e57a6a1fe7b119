// SPDX-License-Identifier: MIT
#pragma once

#include "common/imagedecoder.h"

#include <comfyscope/events.h>
#include <comfyscope/session.h>

#include <QtCore/QAbstractListModel>
#include <QtCore/QDateTime>
#include <QtCore/QHash>
#include <QtCore/QSet>
#include <QtGui/QImage>
#include <QtGui/QPixmap>

#include <optional>

namespace ComfyScope::App {

/// One image in the gallery, with where it came from.
struct GalleryItem
{
    quint64 id = 0;
    ImageKind kind = ImageKind::SamplerPreview;
    QString server; ///< display string of the server
    QString promptId;
    QString nodeId;
    QString nodeLabel; ///< title or class of the node, when known
    bool attributed = false;
    QString format; ///< "png", "jpeg", …
    qint64 encodedSize = 0;
    QSize size;
    QDateTime receivedAt;
    ImageRef ref;       ///< for final outputs
    QByteArray encoded; ///< kept so an evicted full image can be decoded again
    QImage thumbnail;
    int thumbGeneration = 0; ///< bumped when the thumbnail changes (pixmap cache key)
    QImage full;             ///< null when evicted (or not decoded yet)
    quint64 lastUsed = 0;
    int frameCount = 1;          ///< previews of this node received (the latest is shown)
    QString savedPath;           ///< where auto-save put it
    QMap<QString, QString> text; ///< PNG text chunks
    QString errorString;         ///< decode failed or was refused
};

/*!
 * The live gallery: every image the viewer received, newest first. Frames are decoded off the
 * GUI thread in a bounded pool; sampler previews of one node of one prompt replace each other;
 * while a preview decode is in flight only the newest waiting frame of that node is kept. Full
 * images count against a memory budget and the oldest are dropped when it is exceeded; the
 * thumbnails and encoded bytes stay, so an image can be decoded again when opened.
 */
class GalleryModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Roles {
        IdRole = Qt::UserRole + 1,
        KindRole, ///< int(ImageKind)
        PromptIdRole,
        NodeIdRole,
        NodeLabelRole,
        ServerRole,
        FormatRole,
        EncodedSizeRole,
        ImageSizeRole,
        ReceivedAtRole,
        FrameCountRole,
        SavedPathRole,
        ErrorRole,
        HasFullImageRole,
        ThumbnailRole, ///< QImage
        BadgeRole,     ///< short provenance text for the delegate
        FileNameRole,  ///< the server's file name of a final output
    };
    Q_ENUM(Roles)

    explicit GalleryModel(QObject *parent = nullptr);
    ~GalleryModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// Queue a frame for decoding. The row appears (or a preview row is updated) once decoded.
    /// `source` names who sent it (e.g. a station's server key) for thumbnailUpdated().
    void addFrame(const ImageFrame &frame, const QString &server, const QString &nodeLabel = {},
                  const QString &source = {});
    /// The newest decoded thumbnail of a source (null when none yet); the same image the
    /// gallery shows, so a tile never decodes a frame again.
    QImage sourceThumbnail(const QString &source) const { return m_sourceThumbs.value(source); }
    /// A Session's image with its labels.
    void addImage(const SessionImage &image, const QString &server, const QString &source = {});
    bool containsRef(const ImageRef &ref) const;

    std::optional<GalleryItem> item(quint64 id) const;
    quint64 idAt(int row) const;
    int rowOf(quint64 id) const; ///< -1 when gone
    QModelIndex indexOf(quint64 id) const;

    /// The full image if it is in memory; otherwise a null image and a decode is started
    /// (fullImageReady() follows).
    QImage fullImage(quint64 id);
    /// Keep this item's full image out of eviction (the one on screen). 0 unpins.
    void setPinned(quint64 id);
    void setSavedPath(quint64 id, const QString &path);

    void setMemoryBudget(qint64 bytes);
    qint64 memoryBudget() const { return m_budget; }
    /// Bytes held by decoded full images.
    qint64 fullImageBytes() const { return m_fullBytes; }
    qint64 thumbnailBytes() const;
    /// Encoded bytes kept to decode an image again.
    qint64 encodedBytes() const;
    /// Everything the budget covers: full images, thumbnails and encoded bytes.
    qint64 bytesHeld() const;
    /// Items dropped because the budget was exceeded even without full images.
    int itemsEvictedForBudget() const { return m_evictedItems; }
    void setMaxItems(int n);
    void setDecodeLimits(const DecodeLimits &limits) { m_limits = limits; }
    DecodeLimits decodeLimits() const { return m_limits; }

    int framesReceived() const { return m_received; }
    int framesDecoded() const { return m_decoded; }
    int framesSkipped() const { return m_skipped; }
    /// True while decodes are queued or running.
    bool isBusy() const { return m_inFlight > 0; }
    /// The shared decode pool (ImageDecodeService).
    QThreadPool *threadPool() { return ImageDecodeService::instance().threadPool(); }

    QStringList promptIds() const;

public Q_SLOTS:
    void clear();

Q_SIGNALS:
    void itemAdded(quint64 id);
    void fullImageReady(quint64 id);
    void decodeFailed(const QString &message);
    void statsChanged();
    /// A new prompt appeared in the gallery (for the job filter).
    void promptSeen(const QString &promptId);
    /// An image of `source` (see addFrame()) was decoded: its thumbnail, for tiles that show
    /// the newest image of a source without decoding it again.
    void thumbnailUpdated(const QString &source, const QImage &thumbnail);

private:
    struct Pending
    {
        ImageFrame frame;
        QString server;
        QString nodeLabel;
        QString source;
    };
    struct PreviewSlot
    {
        bool inFlight = false;
        std::optional<Pending> waiting;
        int received = 0;
        quint64 itemId = 0;
    };
    static QString previewKey(const ImageFrame &f);
    void startDecode(Pending p);
    void onDecoded(const Pending &p, const DecodeResult &r);
    void enforceBudget();
    void enforceMaxItems();
    void removeOldest(int count);
    int listIndexOf(quint64 id) const;
    const GalleryItem &itemAtRow(int row) const;
    GalleryItem &itemAtRow(int row);
    QString badgeText(const GalleryItem &it) const;
    QString toolTip(const GalleryItem &it) const;
    void setFull(GalleryItem &it, const QImage &img);

    QList<GalleryItem> m_items; ///< oldest first; row 0 is the last element
    QHash<QString, PreviewSlot> m_previews;
    QSet<QString> m_refs;
    QHash<QString, QImage> m_sourceThumbs;
    QSet<QString> m_prompts;
    QSet<quint64> m_fullInFlight;
    DecodeLimits m_limits;
    qint64 m_budget = 512ll * 1024 * 1024;
    qint64 m_fullBytes = 0;
    int m_maxItems = 1000;
    int m_evictedItems = 0;
    quint64 m_nextId = 1;
    quint64 m_useCounter = 0;
    quint64 m_pinned = 0;
    int m_inFlight = 0;
    int m_received = 0;
    int m_decoded = 0;
    int m_skipped = 0;
};

QString refKey(const ImageRef &ref);

} // namespace ComfyScope::App
