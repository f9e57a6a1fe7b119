// SPDX-License-Identifier: MIT
#pragma once

#include <comfyscope/replies.h>

#include <QtCore/QAbstractTableModel>
#include <QtCore/QHash>
#include <QtCore/QSet>
#include <QtGui/QPixmap>

namespace ComfyScope::App {

/*!
 * Past jobs from GET /history, newest first. Thumbnails of the first output are asked for only
 * when a view paints the row (thumbnailRequested()), so scrolling decides what is fetched.
 */
class HistoryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    /// Our own client id: its jobs show as "this viewer" in the client column.
    void setOwnClientId(const QString &id) { m_ownClientId = id; }
    enum Column {
        PromptColumn,
        StatusColumn,
        FinishedColumn,
        DurationColumn,
        OutputsColumn,
        ClientColumn, ///< who queued it
        ColumnCount
    };
    enum Roles {
        PromptIdRole = Qt::UserRole + 1,
        OutcomeRole,
        EntryIndexRole,
        SearchRole ///< what the history search looks in: full id, status, date, client, nodes
    };

    explicit HistoryModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    /// Merge a /history answer (oldest first, as the server sends it).
    void mergeEntries(const QList<HistoryEntry> &entries);
    void clear();
    HistoryEntry entryAt(int row) const { return m_entries.value(row); }

    /// The cached thumbnail of an output scaled into `box`, or a transparent placeholder of
    /// that size (and one is requested, once).
    QPixmap thumbnail(const ImageRef &ref, const QSize &box) const;
    bool hasThumbnail(const ImageRef &ref) const { return m_thumbs.contains(refKey(ref)); }
    static QSize rowThumbnailSize() { return {80, 56}; }
    static QSize outputThumbnailSize() { return {128, 128}; }
    void setThumbnail(const ImageRef &ref, const QImage &image);
    void setThumbnailFailed(const ImageRef &ref);

    static QString outcomeLabel(HistoryEntry::Outcome o);

Q_SIGNALS:
    void thumbnailRequested(const ComfyScope::ImageRef &ref);
    /// A thumbnail arrived: for a row's first image and for any other output (a second node's
    /// PreviewImage in temp/), which only the outputs pane shows.
    void thumbnailReady(const ComfyScope::ImageRef &ref);

private:
    QString m_ownClientId;
    void requestLater(const ImageRef &ref) const;

    QList<HistoryEntry> m_entries;
    QSet<QString> m_ids;
    static QString refKey(const ImageRef &ref);
    QHash<QString, QImage> m_thumbs;
    mutable QHash<QString, QPixmap> m_scaled; ///< key + size → pixmap
    mutable QSet<QString> m_requested;
};

/// The outputs of one history entry, as thumbnails.
class HistoryOutputsModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Roles { RefRole = Qt::UserRole + 1 };
    explicit HistoryOutputsModel(HistoryModel *history, QObject *parent = nullptr);
    void setEntry(const HistoryEntry &entry);
    QString promptId() const { return m_promptId; }
    ImageRef refAt(int row) const { return m_refs.value(row); }
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    HistoryModel *m_history;
    QString m_promptId;
    QList<ImageRef> m_refs;
};

} // namespace ComfyScope::App
