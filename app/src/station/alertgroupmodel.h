// SPDX-License-Identifier: MIT
#pragma once

#include <QtCore/QAbstractTableModel>
#include <QtCore/QDateTime>
#include <QtCore/QPointer>

namespace ComfyScope {
class AlertEngine;
}

namespace ComfyScope::App {

/*!
 * The alerts of an AlertEngine with repeats grouped: identical alerts (same server, rule and
 * text) are one row with their count ("×14") and the time last seen, newest first. The row
 * needs attention while any alert in it does; acknowledging the row acknowledges them all.
 * Columns and roles are AlertEngine's (so AlertStyleProxy styles it) plus CountColumn.
 */
class AlertGroupModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Roles {
        AlertIdsRole = Qt::UserRole + 30, ///< QVariantList of the alert ids (quint64) in the row
        CountRole,
    };
    static constexpr int CountColumn = 5; ///< after AlertEngine's columns

    explicit AlertGroupModel(AlertEngine *engine, QObject *parent = nullptr);

    /// "14:03:12" today, with the date before.
    static QString timeText(const QDateTime &time);
    /// Acknowledges every alert of the row.
    void acknowledge(int row);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation o, int role = Qt::DisplayRole) const override;

private:
    struct Group
    {
        QString key;
        QList<quint64> ids;    ///< newest first
        QList<int> engineRows; ///< rows in the engine (valid until its next change)
        int shownRow = 0;      ///< engine row shown: the newest needing attention, else newest
        bool needsAttention = false;
        QDateTime firstSeen, lastSeen;
        bool operator==(const Group &o) const
        {
            return key == o.key && ids == o.ids && shownRow == o.shownRow
                   && needsAttention == o.needsAttention;
        }
    };
    QList<Group> compute() const;
    void rebuild(bool statusChanged);

    QPointer<AlertEngine> m_engine;
    QList<Group> m_groups;
};

} // namespace ComfyScope::App
