// SPDX-License-Identifier: MIT
#include "gallerymodel.h"
#include "common/uiutil.h"

#include <QtGui/QPixmapCache>

#include <QtCore/QFuture>
#include <QtCore/QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ComfyScope::App {

QString refKey(const ImageRef &ref)
{
    return ref.key();
}

GalleryModel::GalleryModel(QObject *parent)
    : QAbstractListModel(parent)
{
    // Room for a screenful of large thumbnails; still bounded (default is 10 MB).
    QPixmapCache::setCacheLimit(qMax(QPixmapCache::cacheLimit(), 48 * 1024));
}

GalleryModel::~GalleryModel() = default;

int GalleryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

const GalleryItem &GalleryModel::itemAtRow(int row) const
{
    return m_items.at(m_items.size() - 1 - row);
}

GalleryItem &GalleryModel::itemAtRow(int row)
{
    return m_items[m_items.size() - 1 - row];
}

int GalleryModel::listIndexOf(quint64 id) const
{
    // Items are appended in id order, so the list is sorted by id.
    auto it = std::lower_bound(m_items.cbegin(), m_items.cend(), id,
                               [](const GalleryItem &a, quint64 v) { return a.id < v; });
    if (it == m_items.cend() || it->id != id)
        return -1;
    return int(it - m_items.cbegin());
}

int GalleryModel::rowOf(quint64 id) const
{
    const int i = listIndexOf(id);
    return i < 0 ? -1 : int(m_items.size()) - 1 - i;
}

QModelIndex GalleryModel::indexOf(quint64 id) const
{
    const int r = rowOf(id);
    return r < 0 ? QModelIndex() : index(r, 0);
}

quint64 GalleryModel::idAt(int row) const
{
    if (row < 0 || row >= m_items.size())
        return 0;
    return itemAtRow(row).id;
}

std::optional<GalleryItem> GalleryModel::item(quint64 id) const
{
    const int i = listIndexOf(id);
    if (i < 0)
        return std::nullopt;
    return m_items.at(i);
}

QString GalleryModel::badgeText(const GalleryItem &it) const
{
    QString s = imageKindLabel(it.kind);
    if (it.kind == ImageKind::SamplerPreview && it.frameCount > 1)
        s += u" ×"_s + QString::number(it.frameCount);
    return s;
}

QString GalleryModel::toolTip(const GalleryItem &it) const
{
    QStringList lines;
    lines << tr("<b>%1</b>").arg(imageKindLabel(it.kind).toHtmlEscaped());
    if (!it.errorString.isEmpty())
        lines << tr("Error: %1").arg(it.errorString.toHtmlEscaped());
    lines << tr("Server: %1").arg(it.server.toHtmlEscaped());
    if (!it.promptId.isEmpty())
        lines << tr("Prompt: %1").arg(it.promptId.toHtmlEscaped());
    if (!it.nodeId.isEmpty()) {
        QString node = it.nodeLabel.isEmpty() ? it.nodeId
                                              : tr("%1 (#%2)").arg(it.nodeLabel, it.nodeId);
        if (!it.attributed)
            node += tr(" (inferred)");
        lines << tr("Node: %1").arg(node.toHtmlEscaped());
    }
    if (it.ref.isValid())
        lines << tr("File: %1")
                     .arg((it.ref.subfolder.isEmpty() ? it.ref.filename
                                                      : it.ref.subfolder % u'/' % it.ref.filename)
                              .toHtmlEscaped());
    lines << tr("Format: %1, %2 × %3, %4")
                 .arg(it.format.toUpper())
                 .arg(it.size.width())
                 .arg(it.size.height())
                 .arg(formatBytes(it.encodedSize));
    if (it.kind == ImageKind::SamplerPreview && it.frameCount > 1)
        lines << tr("Previews received: %1 (showing the latest)").arg(it.frameCount);
    lines << tr("Received: %1")
                 .arg(QLocale().toString(it.receivedAt.toLocalTime(), QLocale::ShortFormat));
    if (!it.savedPath.isEmpty())
        lines << tr("Saved to: %1").arg(it.savedPath.toHtmlEscaped());
    return lines.join(u"<br>"_s);
}

QVariant GalleryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const GalleryItem &it = itemAtRow(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return it.nodeLabel.isEmpty() ? imageKindLabel(it.kind) : it.nodeLabel;
    case Qt::DecorationRole:
        if (it.thumbnail.isNull())
            return {};
        {
            // QPixmap only on the GUI thread, made lazily, in the bounded QPixmapCache (a pixmap
            // per item would double the thumbnails' memory outside the budget).
            const QString key =
                u"cs-thumb-%1-%2-%3"_s.arg(quintptr(this)).arg(it.id).arg(it.thumbGeneration);
            QPixmap pm;
            if (!QPixmapCache::find(key, &pm)) {
                pm = QPixmap::fromImage(it.thumbnail);
                QPixmapCache::insert(key, pm);
            }
            return pm;
        }
    case Qt::ToolTipRole:
        return toolTip(it);
    case IdRole:
        return it.id;
    case KindRole:
        return int(it.kind);
    case PromptIdRole:
        return it.promptId;
    case NodeIdRole:
        return it.nodeId;
    case NodeLabelRole:
        return it.nodeLabel;
    case ServerRole:
        return it.server;
    case FormatRole:
        return it.format;
    case EncodedSizeRole:
        return it.encodedSize;
    case ImageSizeRole:
        return it.size;
    case ReceivedAtRole:
        return it.receivedAt;
    case FrameCountRole:
        return it.frameCount;
    case SavedPathRole:
        return it.savedPath;
    case ErrorRole:
        return it.errorString;
    case HasFullImageRole:
        return !it.full.isNull();
    case ThumbnailRole:
        return it.thumbnail;
    case BadgeRole:
        return badgeText(it);
    case FileNameRole:
        return it.ref.filename;
    default:
        return {};
    }
}

QHash<int, QByteArray> GalleryModel::roleNames() const
{
    QHash<int, QByteArray> r = QAbstractListModel::roleNames();
    r.insert(IdRole, "itemId");
    r.insert(KindRole, "kind");
    r.insert(PromptIdRole, "promptId");
    r.insert(NodeIdRole, "nodeId");
    r.insert(FormatRole, "format");
    r.insert(BadgeRole, "badge");
    return r;
}

QString GalleryModel::previewKey(const ImageFrame &f)
{
    if (f.kind != ImageKind::SamplerPreview)
        return {};
    return f.promptId % u'\x1f' % f.nodeId;
}

bool GalleryModel::containsRef(const ImageRef &ref) const
{
    return m_refs.contains(refKey(ref));
}

void GalleryModel::addImage(const SessionImage &image, const QString &server, const QString &source)
{
    addFrame(image.frame, server, image.nodeLabel, source);
}

void GalleryModel::addFrame(const ImageFrame &frame, const QString &server,
                            const QString &nodeLabel, const QString &source)
{
    ++m_received;
    if (frame.kind == ImageKind::FinalOutput && frame.ref.isValid()) {
        const QString key = refKey(frame.ref);
        if (m_refs.contains(key))
            return;
        m_refs.insert(key);
    }
    Pending p{frame, server, nodeLabel, source};
    const QString key = previewKey(frame);
    if (!key.isEmpty()) {
        PreviewSlot &slot = m_previews[key];
        ++slot.received;
        if (slot.inFlight) {
            // Coalesce: keep only the newest waiting frame of this node.
            if (slot.waiting)
                ++m_skipped;
            slot.waiting = std::move(p);
            Q_EMIT statsChanged();
            return;
        }
        slot.inFlight = true;
    }
    startDecode(std::move(p));
}

void GalleryModel::startDecode(Pending p)
{
    ++m_inFlight;
    DecodeLimits limits = m_limits;
    limits.wantFullImage = true;
    const QByteArray bytes = p.frame.imageBytes();
    ImageDecodeService::instance().decode(bytes, limits, this, [this, p](const DecodeResult &r) {
        --m_inFlight;
        onDecoded(p, r);
    });
}

void GalleryModel::setFull(GalleryItem &it, const QImage &img)
{
    m_fullBytes -= it.full.sizeInBytes();
    QImage old = std::exchange(it.full, img);
    m_fullBytes += it.full.sizeInBytes();
    releaseImageLater(std::move(old)); // not here: unmapping a large image stalls the GUI thread
}

void GalleryModel::onDecoded(const Pending &p, const DecodeResult &r)
{
    ++m_decoded;
    const ImageFrame &f = p.frame;
    if (!r.ok)
        Q_EMIT decodeFailed(tr("Image from node %1 of prompt %2: %3")
                                .arg(f.nodeId.isEmpty() ? tr("(unknown)") : f.nodeId,
                                     f.promptId.isEmpty() ? tr("(unknown)") : f.promptId,
                                     r.errorString));
    const QString key = previewKey(f);
    PreviewSlot *slot = key.isEmpty() ? nullptr : &m_previews[key];

    auto fill = [&](GalleryItem &it) {
        it.kind = f.kind;
        it.server = p.server;
        it.promptId = f.promptId;
        it.nodeId = f.nodeId.isEmpty() ? f.displayNodeId : f.nodeId;
        if (!p.nodeLabel.isEmpty())
            it.nodeLabel = p.nodeLabel;
        it.attributed = f.attributed;
        it.format = r.format.isEmpty() ? imageFormatName(f.format) : r.format;
        it.encodedSize = f.imageSize();
        it.size = r.size;
        it.receivedAt = f.receivedAt.isValid() ? f.receivedAt : QDateTime::currentDateTimeUtc();
        it.ref = f.ref;
        it.text = r.text;
        it.errorString = r.ok ? QString() : r.errorString;
        // Keep the encoded bytes only when they can be decoded again.
        it.encoded = r.ok ? f.imageBytes() : QByteArray();
        it.thumbnail = r.thumbnail;
        ++it.thumbGeneration;
        setFull(it, r.image);
        it.lastUsed = ++m_useCounter;
    };

    quint64 id = 0;
    const int existing = slot && slot->itemId ? listIndexOf(slot->itemId) : -1;
    if (existing >= 0) {
        GalleryItem &it = m_items[existing];
        fill(it);
        it.frameCount = slot->received;
        id = it.id;
        const QModelIndex idx = index(int(m_items.size()) - 1 - existing, 0);
        Q_EMIT dataChanged(idx, idx);
    } else {
        GalleryItem it;
        it.id = m_nextId++;
        fill(it);
        if (slot) {
            it.frameCount = slot->received;
            slot->itemId = it.id;
        }
        id = it.id;
        beginInsertRows({}, 0, 0);
        m_items.append(std::move(it));
        endInsertRows();
        if (!f.promptId.isEmpty() && !m_prompts.contains(f.promptId)) {
            // Bounded: now and then keep only the prompts that still have an item (one seen
            // again later is announced again; the view ignores prompts it lists already).
            if (m_prompts.size() >= qMax<qsizetype>(4096, 2 * m_items.size())) {
                m_prompts.clear();
                for (const GalleryItem &item : std::as_const(m_items))
                    if (!item.promptId.isEmpty())
                        m_prompts.insert(item.promptId);
            }
            m_prompts.insert(f.promptId);
            Q_EMIT promptSeen(f.promptId);
        }
        Q_EMIT itemAdded(id);
        enforceMaxItems();
    }
    if (r.ok && !p.source.isEmpty()) {
        m_sourceThumbs.insert(p.source, r.thumbnail);
        Q_EMIT thumbnailUpdated(p.source, r.thumbnail);
    }
    enforceBudget();
    if (!key.isEmpty()) {
        // Look the slot up again: slots connected to the signals above may have added frames.
        PreviewSlot &s = m_previews[key];
        s.inFlight = false;
        if (s.waiting) {
            Pending next = std::move(*s.waiting);
            s.waiting.reset();
            s.inFlight = true;
            startDecode(std::move(next)); // may finish synchronously; `s` is not used after
        }
    }
    Q_EMIT statsChanged();
}

QImage GalleryModel::fullImage(quint64 id)
{
    const int i = listIndexOf(id);
    if (i < 0)
        return {};
    GalleryItem &it = m_items[i];
    it.lastUsed = ++m_useCounter;
    if (!it.full.isNull() || it.encoded.isEmpty())
        return it.full;
    if (m_fullInFlight.contains(id))
        return {};
    m_fullInFlight.insert(id);
    ++m_inFlight;
    DecodeLimits limits = m_limits;
    limits.wantFullImage = true;
    ImageDecodeService::instance().decode(
        it.encoded, limits, this, [this, id](const DecodeResult &r) {
            --m_inFlight;
            m_fullInFlight.remove(id);
            const int i = listIndexOf(id);
            if (i < 0)
                return;
            if (!r.ok) {
                Q_EMIT decodeFailed(r.errorString);
                return;
            }
            GalleryItem &it = m_items[i];
            setFull(it, r.image);
            it.lastUsed = ++m_useCounter;
            const QModelIndex idx = index(int(m_items.size()) - 1 - i, 0);
            Q_EMIT dataChanged(idx, idx, {HasFullImageRole});
            Q_EMIT fullImageReady(id);
            enforceBudget();
            Q_EMIT statsChanged();
        });
    return {};
}

void GalleryModel::setPinned(quint64 id)
{
    m_pinned = id;
    if (id) {
        const int i = listIndexOf(id);
        if (i >= 0)
            m_items[i].lastUsed = ++m_useCounter;
    }
}

void GalleryModel::setSavedPath(quint64 id, const QString &path)
{
    const int i = listIndexOf(id);
    if (i < 0)
        return;
    m_items[i].savedPath = path;
    const QModelIndex idx = index(int(m_items.size()) - 1 - i, 0);
    Q_EMIT dataChanged(idx, idx, {SavedPathRole, Qt::ToolTipRole});
}

void GalleryModel::setMemoryBudget(qint64 bytes)
{
    m_budget = qMax<qint64>(0, bytes);
    enforceBudget();
    Q_EMIT statsChanged();
}

qint64 GalleryModel::thumbnailBytes() const
{
    qint64 n = 0;
    for (const GalleryItem &it : m_items)
        n += it.thumbnail.sizeInBytes();
    return n;
}

qint64 GalleryModel::bytesHeld() const
{
    return m_fullBytes + thumbnailBytes() + encodedBytes();
}

qint64 GalleryModel::encodedBytes() const
{
    qint64 n = 0;
    for (const GalleryItem &it : m_items)
        n += it.encoded.size();
    return n;
}

void GalleryModel::enforceBudget()
{
    // The budget covers everything the gallery holds: decoded full images, thumbnails and the
    // encoded bytes kept for decoding again.
    const qint64 kept = thumbnailBytes() + encodedBytes();
    if (m_fullBytes + kept <= m_budget)
        return;
    // Full images first, least recently used first; the pinned (on screen) image stays.
    QList<int> order;
    order.reserve(m_items.size());
    for (int i = 0; i < m_items.size(); ++i)
        if (!m_items.at(i).full.isNull() && m_items.at(i).id != m_pinned)
            order.append(i);
    std::sort(order.begin(), order.end(),
              [this](int a, int b) { return m_items.at(a).lastUsed < m_items.at(b).lastUsed; });
    for (int i : std::as_const(order)) {
        if (m_fullBytes + kept <= m_budget)
            break;
        GalleryItem &it = m_items[i];
        setFull(it, QImage());
        const QModelIndex idx = index(int(m_items.size()) - 1 - i, 0);
        Q_EMIT dataChanged(idx, idx, {HasFullImageRole});
    }
    if (m_fullBytes + kept <= m_budget)
        return;
    // Still over: the oldest items go entirely (never the pinned one, never the newest).
    qint64 held = m_fullBytes + kept;
    int drop = 0;
    while (drop < m_items.size() - 1 && held > m_budget) {
        const GalleryItem &it = m_items.at(drop);
        if (it.id == m_pinned)
            break;
        held -= it.full.sizeInBytes() + it.thumbnail.sizeInBytes() + it.encoded.size();
        ++drop;
    }
    if (drop > 0) {
        m_evictedItems += drop;
        removeOldest(drop);
    }
}

void GalleryModel::enforceMaxItems()
{
    const int excess = int(m_items.size()) - m_maxItems;
    if (excess > 0)
        removeOldest(excess);
}

void GalleryModel::removeOldest(int count)
{
    count = qMin(count, int(m_items.size()));
    if (count <= 0)
        return;
    const int n = int(m_items.size());
    // The oldest are at the front of the list, i.e. the last rows.
    beginRemoveRows({}, n - count, n - 1);
    QSet<quint64> gone;
    for (int i = 0; i < count; ++i) {
        GalleryItem &it = m_items.first();
        gone.insert(it.id);
        m_fullBytes -= it.full.sizeInBytes();
        releaseImageLater(std::move(it.full));
        if (it.ref.isValid())
            m_refs.remove(refKey(it.ref));
        m_items.removeFirst();
    }
    endRemoveRows();
    // Forget the preview slots of rows that are gone (unless a decode for them is running).
    for (auto it = m_previews.begin(); it != m_previews.end();) {
        if (!it->inFlight && gone.contains(it->itemId))
            it = m_previews.erase(it);
        else
            ++it;
    }
}

void GalleryModel::setMaxItems(int n)
{
    m_maxItems = qMax(1, n);
    enforceMaxItems();
}

QStringList GalleryModel::promptIds() const
{
    QStringList ids;
    for (auto it = m_items.crbegin(); it != m_items.crend(); ++it)
        if (!it->promptId.isEmpty() && !ids.contains(it->promptId))
            ids.append(it->promptId);
    return ids;
}

void GalleryModel::clear()
{
    beginResetModel();
    m_items.clear();
    m_refs.clear();
    m_prompts.clear();
    // In-flight preview decodes still finish (into a new row); the rest are forgotten.
    for (auto it = m_previews.begin(); it != m_previews.end();) {
        if (it->inFlight) {
            it->itemId = 0;
            ++it;
        } else {
            it = m_previews.erase(it);
        }
    }
    m_fullBytes = 0;
    endResetModel();
    Q_EMIT statsChanged();
}

} // namespace ComfyScope::App
