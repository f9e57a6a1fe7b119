// SPDX-License-Identifier: MIT
#include "alertgroupmodel.h"

#include <comfyscope/fleet/alertengine.h>

#include <QtCore/QHash>
#include <QtCore/QLocale>

using namespace Qt::StringLiterals;

namespace ComfyScope::App {

QString AlertGroupModel::timeText(const QDateTime &time)
{
    const QDateTime local = time.toLocalTime();
    if (local.date() == QDate::currentDate())
        return QLocale().toString(local.time(), u"HH:mm:ss"_s);
    return QLocale().toString(local, QLocale::ShortFormat);
}

AlertGroupModel::AlertGroupModel(AlertEngine *engine, QObject *parent)
    : QAbstractTableModel(parent)
    , m_engine(engine)
{
    // Every change of the engine is one rebuild: at most a few thousand alerts, a hash each.
    connect(engine, &QAbstractItemModel::rowsInserted, this, [this] { rebuild(false); });
    connect(engine, &QAbstractItemModel::rowsRemoved, this, [this] { rebuild(false); });
    connect(engine, &QAbstractItemModel::modelReset, this, [this] { rebuild(false); });
    connect(engine, &QAbstractItemModel::layoutChanged, this, [this] { rebuild(false); });
    // Acknowledged or resolved: the status of rows that are otherwise the same changes too.
    connect(engine, &QAbstractItemModel::dataChanged, this, [this] { rebuild(true); });
    rebuild(false);
}

QList<AlertGroupModel::Group> AlertGroupModel::compute() const
{
    QList<Group> groups;
    if (!m_engine)
        return groups;
    QHash<QString, int> byKey;
    const QList<Alert> alerts = m_engine->alerts(); // newest first
    for (int row = 0; row < alerts.size(); ++row) {
        const Alert &a = alerts.at(row);
        const QString key = a.serverKey + QChar(0) + QString::number(int(a.rule)) + QChar(0)
                            + a.message;
        auto it = byKey.constFind(key);
        if (it == byKey.constEnd()) {
            it = byKey.insert(key, int(groups.size()));
            Group g;
            g.key = key;
            g.shownRow = row;
            g.lastSeen = a.raisedAt;
            groups.append(g);
        }
        Group &g = groups[*it];
        g.ids.append(a.id);
        g.engineRows.append(row);
        g.firstSeen = a.raisedAt;
        if (a.needsAttention() && !g.needsAttention) {
            g.needsAttention = true;
            g.shownRow = row;
        }
    }
    return groups; // in order of their newest alert: newest first
}

void AlertGroupModel::rebuild(bool statusChanged)
{
    const QList<Group> next = compute();
    // Turn the rows into `next` one step at a time, so views keep selection and scroll position.
    QHash<QString, int> wanted;
    for (int i = 0; i < next.size(); ++i)
        wanted.insert(next.at(i).key, i);
    for (int i = int(m_groups.size()) - 1; i >= 0; --i) {
        if (!wanted.contains(m_groups.at(i).key)) {
            beginRemoveRows({}, i, i);
            m_groups.removeAt(i);
            endRemoveRows();
        }
    }
    for (int i = 0; i < next.size(); ++i) {
        const Group &g = next.at(i);
        int at = -1;
        for (int j = i; j < m_groups.size(); ++j) {
            if (m_groups.at(j).key == g.key) {
                at = j;
                break;
            }
        }
        if (at < 0) {
            beginInsertRows({}, i, i);
            m_groups.insert(i, g);
            endInsertRows();
        } else if (at != i) {
            beginMoveRows({}, at, at, {}, i);
            m_groups.move(at, i);
            endMoveRows();
        }
        const bool changed = statusChanged || !(m_groups.at(i) == g);
        m_groups[i] = g; // engine rows are new after every change
        if (changed)
            Q_EMIT dataChanged(index(i, 0), index(i, columnCount() - 1));
    }
}

void AlertGroupModel::acknowledge(int row)
{
    if (row < 0 || row >= m_groups.size() || !m_engine)
        return;
    const QList<quint64> ids = m_groups.at(row).ids;
    for (quint64 id : ids)
        m_engine->acknowledge(id);
}

int AlertGroupModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_groups.size());
}

int AlertGroupModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : CountColumn + 1;
}

QVariant AlertGroupModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        || !m_engine)
        return {};
    const Group &g = m_groups.at(index.row());
    const int count = int(g.ids.size());
    switch (role) {
    case AlertIdsRole: {
        QVariantList ids;
        for (quint64 id : g.ids)
            ids.append(id);
        return ids;
    }
    case CountRole:
        return count;
    case AlertEngine::NeedsAttentionRole:
        return g.needsAttention;
    case Qt::TextAlignmentRole:
        if (index.column() == CountColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::ToolTipRole:
        if (count > 1)
            return tr("%1\n%n time(s), first %2, last %3", nullptr, count)
                .arg(m_engine->index(g.shownRow, AlertEngine::MessageColumn).data().toString(),
                     QLocale().toString(g.firstSeen.toLocalTime(), QLocale::ShortFormat),
                     QLocale().toString(g.lastSeen.toLocalTime(), QLocale::ShortFormat));
        break;
    default:
        break;
    }
    if (index.column() == CountColumn) {
        if (role == Qt::DisplayRole)
            return count > 1 ? QVariant(u"×%1"_s.arg(count)) : QVariant();
        return {};
    }
    // The time is when it was last seen (the newest): the time of day for today's, with the
    // date for older ones. The rest is the alert shown.
    if (index.column() == AlertEngine::TimeColumn && role == Qt::DisplayRole)
        return timeText(g.lastSeen);
    return m_engine->index(g.shownRow, index.column()).data(role);
}

QVariant AlertGroupModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o == Qt::Horizontal && role == Qt::DisplayRole) {
        if (section == CountColumn)
            return tr("Count");
        if (section == AlertEngine::TimeColumn)
            return tr("Last seen");
    }
    return m_engine && section < CountColumn ? m_engine->headerData(section, o, role) : QVariant();
}

} // namespace ComfyScope::App
