// SPDX-License-Identifier: MIT
#pragma once

#include <comfyscope/fleet/jobstore.h>
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
        SourceColumn, ///< the server's /history, or the job database (an earlier run)
        ColumnCount
    };
    enum Roles {
        PromptIdRole = Qt::UserRole + 1,
        OutcomeRole,
        EntryIndexRole,
        SearchRole, ///< what the history search looks in: full id, status, date, client, nodes
        StoredRole  ///< bool: the row comes from the job database, not the server
    };

    explicit HistoryModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    /// Merge a /history answer (oldest first, as the server sends it).
    void mergeEntries(const QList<HistoryEntry> &entries);
    /// Jobs of the job database the server no longer lists (an earlier run, a restarted
    /// server): added by finish time, marked as stored. Returns how many were new.
    int mergeStored(const QList<StoredJob> &jobs);
    bool isStored(int row) const;
    /// A stored job as a history entry (outcome, times, client, error, outputs).
    static HistoryEntry entryFromStored(const StoredJob &job);
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
    /// "Job database" / "Server": the source column's words.
    static QString storedSourceLabel();
    static QString serverSourceLabel();
    static QString storedOutcomeLabel(const QString &outcome);

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
    struct StoredInfo
    {
        QString workflowName;
        QString outcome;
    };
    QHash<QString, StoredInfo> m_stored; ///< prompt id → what the database adds
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
