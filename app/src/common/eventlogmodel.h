// SPDX-License-Identifier: MIT
#pragma once

#include <comfyscope/fleet/fleetio.h>

#include <QtCore/QAbstractTableModel>
#include <QtCore/QDateTime>
#include <QtCore/QSortFilterProxyModel>
#include <QtGui/QIcon>

namespace ComfyScope::App {

/// Timestamped connection, job and image events, newest last, capped. Entries of the station's
/// combined log name their server (ServerColumn; empty in the single-server viewer).
class EventLogModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Level { Info, Warning, Error };
    Q_ENUM(Level)
    enum Column { TimeColumn, LevelColumn, ServerColumn, SourceColumn, MessageColumn, ColumnCount };
    enum Roles { LevelRole = Qt::UserRole + 1, TimestampRole };

    struct Entry
    {
        QDateTime time;
        Level level = Level::Info;
        QString source;
        QString message;
        QString server; ///< the server it is about (station), empty: the one server (viewer)
    };

    explicit EventLogModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void setMaxEntries(int n);
    Entry entry(int row) const { return m_entries.value(row); }
    /// True once an entry names a server (the station's log): views show the Server column.
    bool hasServers() const { return m_hasServers; }
    /// "time<TAB>level<TAB>[server<TAB>]source<TAB>message" lines for the clipboard.
    static QString toText(const Entry &e);
    static QString levelName(Level l);
    /// The style's icon for `l`, the same QIcon on every call (until the style changes).
    static QIcon levelIcon(Level l);
    /// Every entry for FleetExport (level as "info", "warning", "error").
    QList<FleetExport::LogRow> exportRows() const;

public Q_SLOTS:
    void add(ComfyScope::App::EventLogModel::Level level, const QString &source,
             const QString &message);
    /// An entry about one server of a fleet (Server column); `source` may be empty.
    void addForServer(ComfyScope::App::EventLogModel::Level level, const QString &server,
                      const QString &source, const QString &message);
    void info(const QString &source, const QString &message) { add(Level::Info, source, message); }
    void warning(const QString &source, const QString &message)
    {
        add(Level::Warning, source, message);
    }
    void error(const QString &source, const QString &message)
    {
        add(Level::Error, source, message);
    }
    void clear();

private:
    void append(Entry entry);

    QList<Entry> m_entries;
    int m_max = 5000;
    bool m_hasServers = false;
};

/// Level threshold plus a text filter over source and message.
class EventLogFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit EventLogFilterModel(QObject *parent = nullptr);
    void setMinimumLevel(EventLogModel::Level level);
    void setText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    EventLogModel::Level m_min = EventLogModel::Level::Info;
    QString m_text;
};

} // namespace ComfyScope::App
