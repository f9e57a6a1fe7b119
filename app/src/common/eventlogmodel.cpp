// SPDX-License-Identifier: MIT
#include "eventlogmodel.h"
#include "uiutil.h"

#include <QtCore/QLocale>
#include <QtGui/QColor>
#include <QtGui/QIcon>
#include <QtWidgets/QApplication>
#include <QtWidgets/QStyle>

using namespace Qt::StringLiterals;

namespace ComfyScope::App {

EventLogModel::EventLogModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

int EventLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int EventLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString EventLogModel::levelName(Level l)
{
    switch (l) {
    case Level::Info:
        return tr("Info");
    case Level::Warning:
        return tr("Warning");
    case Level::Error:
        return tr("Error");
    }
    return {};
}

QIcon EventLogModel::levelIcon(Level l)
{
    QStyle::StandardPixmap which = QStyle::SP_MessageBoxInformation;
    if (l == Level::Warning)
        which = QStyle::SP_MessageBoxWarning;
    else if (l == Level::Error)
        which = QStyle::SP_MessageBoxCritical;
    QStyle *style = QApplication::style();
    return keptIcon(u"style:%1:%2"_s.arg(style->name()).arg(int(which)),
                    [style, which] { return style->standardIcon(which); });
}

QString EventLogModel::toText(const Entry &e)
{
    return e.time.toLocalTime().toString(Qt::ISODateWithMs) % u'\t' % levelName(e.level) % u'\t'
           % (e.server.isEmpty() ? QString() : e.server + u'\t') % e.source % u'\t' % e.message;
}

QVariant EventLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &e = m_entries.at(index.row());
    switch (role) {
    case LevelRole:
        return int(e.level);
    case TimestampRole:
        return e.time;
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return QLocale().toString(e.time.toLocalTime().time(), u"HH:mm:ss.zzz"_s);
        case LevelColumn:
            return levelName(e.level);
        case ServerColumn:
            return e.server;
        case SourceColumn:
            return e.source;
        case MessageColumn:
            return e.message;
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == MessageColumn)
            return e.message;
        if (index.column() == TimeColumn)
            return QLocale().toString(e.time.toLocalTime(), QLocale::LongFormat);
        break;
    case Qt::DecorationRole:
        if (index.column() == LevelColumn)
            return levelIcon(e.level);
        break;
    default:
        break;
    }
    return {};
}

QVariant EventLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case LevelColumn:
        return tr("Level");
    case ServerColumn:
        return tr("Server");
    case SourceColumn:
        return tr("Source");
    case MessageColumn:
        return tr("Message");
    }
    return {};
}

void EventLogModel::setMaxEntries(int n)
{
    m_max = qMax(1, n);
    if (m_entries.size() > m_max) {
        const int excess = int(m_entries.size()) - m_max;
        beginRemoveRows({}, 0, excess - 1);
        m_entries.remove(0, excess);
        endRemoveRows();
    }
}

void EventLogModel::add(Level level, const QString &source, const QString &message)
{
    append({QDateTime::currentDateTime(), level, source, message, {}});
}

void EventLogModel::addForServer(Level level, const QString &server, const QString &source,
                                 const QString &message)
{
    m_hasServers = m_hasServers || !server.isEmpty();
    append({QDateTime::currentDateTime(), level, source, message, server});
}

void EventLogModel::append(Entry entry)
{
    if (m_entries.size() >= m_max) {
        const int excess = int(m_entries.size()) - m_max + 1;
        beginRemoveRows({}, 0, excess - 1);
        m_entries.remove(0, excess);
        endRemoveRows();
    }
    const int row = int(m_entries.size());
    beginInsertRows({}, row, row);
    m_entries.append(std::move(entry));
    endInsertRows();
}

void EventLogModel::clear()
{
    if (m_entries.isEmpty())
        return;
    beginResetModel();
    m_entries.clear();
    endResetModel();
}

EventLogFilterModel::EventLogFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{}

void EventLogFilterModel::setMinimumLevel(EventLogModel::Level level)
{
    m_min = level;
    invalidateFilter();
}

void EventLogFilterModel::setText(const QString &text)
{
    m_text = text;
    invalidateFilter();
}

bool EventLogFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *m = sourceModel();
    const QModelIndex idx = m->index(sourceRow, 0, sourceParent);
    if (idx.data(EventLogModel::LevelRole).toInt() < int(m_min))
        return false;
    if (m_text.isEmpty())
        return true;
    const QString server =
        m->index(sourceRow, EventLogModel::ServerColumn, sourceParent).data().toString();
    const QString src =
        m->index(sourceRow, EventLogModel::SourceColumn, sourceParent).data().toString();
    const QString msg =
        m->index(sourceRow, EventLogModel::MessageColumn, sourceParent).data().toString();
    return server.contains(m_text, Qt::CaseInsensitive) || src.contains(m_text, Qt::CaseInsensitive)
           || msg.contains(m_text, Qt::CaseInsensitive);
}

QList<FleetExport::LogRow> EventLogModel::exportRows() const
{
    QList<FleetExport::LogRow> rows;
    rows.reserve(m_entries.size());
    for (const Entry &e : m_entries) {
        const QString level = e.level == Level::Error     ? u"error"_s
                              : e.level == Level::Warning ? u"warning"_s
                                                          : u"info"_s;
        rows.append({e.time, level, e.source, e.message, e.server});
    }
    return rows;
}

} // namespace ComfyScope::App
