// SPDX-License-Identifier: MIT
#include "historymodel.h"

#include <QtCore/QJsonArray>
#include <QtCore/QJsonObject>

#include "gallery/gallerymodel.h"
#include "common/uiutil.h"

#include <QtCore/QLocale>
#include <QtCore/QTimer>
#include <QtGui/QPainter>

using namespace Qt::StringLiterals;

namespace ComfyScope::App {

HistoryModel::HistoryModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

int HistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int HistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString HistoryModel::outcomeLabel(HistoryEntry::Outcome o)
{
    switch (o) {
    case HistoryEntry::Outcome::Succeeded:
        return jobStateLabel(Job::State::Succeeded);
    case HistoryEntry::Outcome::Failed:
        return jobStateLabel(Job::State::Failed);
    case HistoryEntry::Outcome::Interrupted:
        return jobStateLabel(Job::State::Interrupted);
    case HistoryEntry::Outcome::Unknown:
        return tr("Unknown", "history outcome");
    }
    return {};
}

static QColor outcomeColor(HistoryEntry::Outcome o)
{
    switch (o) {
    case HistoryEntry::Outcome::Succeeded:
        return jobStateAccent(Job::State::Succeeded);
    case HistoryEntry::Outcome::Failed:
        return jobStateAccent(Job::State::Failed);
    case HistoryEntry::Outcome::Interrupted:
        return jobStateAccent(Job::State::Interrupted);
    case HistoryEntry::Outcome::Unknown:
        return jobStateAccent(Job::State::Lost);
    }
    return Qt::gray;
}

void HistoryModel::requestLater(const ImageRef &ref) const
{
    const QString key = refKey(ref);
    if (m_requested.contains(key))
        return;
    m_requested.insert(key);
    // Never emit from inside data(): the view is painting.
    auto *self = const_cast<HistoryModel *>(this);
    QTimer::singleShot(0, self, [self, ref] { Q_EMIT self->thumbnailRequested(ref); });
}

QString HistoryModel::refKey(const ImageRef &ref)
{
    return App::refKey(ref);
}

QPixmap HistoryModel::thumbnail(const ImageRef &ref, const QSize &box) const
{
    const QString key = refKey(ref);
    const QString sizedKey = key % u'@' % QString::number(box.width()) % u'x'
                             % QString::number(box.height());
    if (const auto s = m_scaled.constFind(sizedKey); s != m_scaled.constEnd())
        return *s;
    QPixmap pm(box);
    pm.fill(Qt::transparent);
    const auto it = m_thumbs.constFind(key);
    if (it == m_thumbs.constEnd()) {
        requestLater(ref);
        return pm; // same size as the real one: rows do not jump when it arrives
    }
    const QImage scaled = it->scaled(box, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    QPainter p(&pm);
    p.drawImage(QPoint((box.width() - scaled.width()) / 2, (box.height() - scaled.height()) / 2),
                scaled);
    p.end();
    m_scaled.insert(sizedKey, pm);
    return pm;
}

QVariant HistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const HistoryEntry &e = m_entries.at(index.row());
    const QList<ImageRef> images = e.images();
    switch (role) {
    case PromptIdRole:
        return e.promptId;
    case OutcomeRole:
        return int(e.outcome());
    case EntryIndexRole:
        return index.row();
    case StoredRole:
        return m_stored.contains(e.promptId);
    case SearchRole: {
        QStringList words{e.promptId, outcomeLabel(e.outcome()), e.prompt.clientId()};
        if (const auto it = m_stored.constFind(e.promptId); it != m_stored.constEnd())
            words << it->workflowName << storedOutcomeLabel(it->outcome) << storedSourceLabel();
        else
            words << serverSourceLabel();
        if (e.endTimestamp() > 0)
            words << QLocale().toString(QDateTime::fromMSecsSinceEpoch(e.endTimestamp()),
                                        QLocale::ShortFormat)
                  << QDateTime::fromMSecsSinceEpoch(e.endTimestamp()).toString(Qt::ISODate);
        if (e.prompt.clientId() == m_ownClientId && !m_ownClientId.isEmpty())
            words << tr("this viewer");
        // Node classes and titles of its workflow.
        for (auto it = e.prompt.prompt.constBegin(); it != e.prompt.prompt.constEnd(); ++it) {
            const QJsonObject n = it->toObject();
            words << n.value(u"class_type"_s).toString()
                  << n.value(u"_meta"_s).toObject().value(u"title"_s).toString();
        }
        return words.join(u' ');
    }
    case Qt::DisplayRole:
        switch (index.column()) {
        case PromptColumn:
            return shortId(e.promptId);
        case StatusColumn:
            if (const auto it = m_stored.constFind(e.promptId); it != m_stored.constEnd())
                return storedOutcomeLabel(it->outcome);
            return outcomeLabel(e.outcome());
        case SourceColumn:
            return m_stored.contains(e.promptId) ? storedSourceLabel() : serverSourceLabel();
        case FinishedColumn: {
            if (e.endTimestamp() <= 0)
                return QString();
            const QDateTime t = QDateTime::fromMSecsSinceEpoch(e.endTimestamp());
            // Today: the time is enough.
            if (t.date() == QDate::currentDate())
                return QLocale().toString(t.time(), QLocale::ShortFormat);
            return QLocale().toString(t, QLocale::ShortFormat);
        }
        case DurationColumn:
            return e.startTimestamp() > 0 && e.endTimestamp() >= e.startTimestamp()
                       ? formatDuration(e.endTimestamp() - e.startTimestamp())
                       : QString();
        case OutputsColumn:
            return images.isEmpty() ? QString() : QString::number(images.size());
        case ClientColumn: {
            const QString id = e.prompt.clientId();
            if (id.isEmpty())
                return QString();
            return id == m_ownClientId ? tr("this viewer") : tr("client %1").arg(id.left(8));
        }
        }
        break;
    case Qt::DecorationRole:
        if (index.column() == PromptColumn) {
            if (images.isEmpty()) {
                QPixmap pm(rowThumbnailSize());
                pm.fill(Qt::transparent);
                return pm;
            }
            return thumbnail(images.first(), rowThumbnailSize());
        }
        if (index.column() == StatusColumn) // a pixmap is drawn at its own size, not iconSize
            return dotIcon(outcomeColor(e.outcome())).pixmap(QSize(14, 14));
        break;
    case Qt::ToolTipRole: {
        if (index.column() == SourceColumn)
            return m_stored.contains(e.promptId)
                       ? tr("From the job database: seen in an earlier run; the server no longer "
                            "lists it")
                       : tr("From the server's history");
        QString tip = e.promptId;
        if (const auto err = e.error())
            tip += u'\n' + err->exceptionType + u": "_s + err->exceptionMessage.trimmed();
        return tip;
    }
    default:
        break;
    }
    return {};
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case PromptColumn:
        return tr("Prompt");
    case StatusColumn:
        return tr("Status");
    case FinishedColumn:
        return tr("Finished");
    case DurationColumn:
        return tr("Duration");
    case OutputsColumn:
        return tr("Outputs");
    case ClientColumn:
        return tr("Queued By");
    case SourceColumn:
        return tr("Source");
    }
    return {};
}

void HistoryModel::mergeEntries(const QList<HistoryEntry> &entries)
{
    // The server sends oldest first; the newest not yet known go on top, older ones at the end.
    QList<HistoryEntry> newer, older;
    bool seenKnown = false;
    for (auto it = entries.crbegin(); it != entries.crend(); ++it) {
        if (m_ids.contains(it->promptId)) {
            seenKnown = true;
            continue;
        }
        (seenKnown || m_entries.isEmpty() ? older : newer).append(*it);
    }
    if (!newer.isEmpty()) {
        beginInsertRows({}, 0, int(newer.size()) - 1);
        for (int i = int(newer.size()) - 1; i >= 0; --i) {
            m_ids.insert(newer.at(i).promptId);
            m_entries.prepend(newer.at(i));
        }
        endInsertRows();
    }
    if (!older.isEmpty()) {
        const int first = int(m_entries.size());
        beginInsertRows({}, first, first + int(older.size()) - 1);
        for (const HistoryEntry &e : std::as_const(older)) {
            m_ids.insert(e.promptId);
            m_entries.append(e);
        }
        endInsertRows();
    }
}

HistoryEntry HistoryModel::entryFromStored(const StoredJob &j)
{
    HistoryEntry e;
    e.promptId = j.promptId;
    e.prompt.promptId = j.promptId;
    QJsonObject extra;
    if (!j.clientId.isEmpty())
        extra.insert(u"client_id"_s, j.clientId);
    if (j.queuedAt.isValid())
        extra.insert(u"create_time"_s, double(j.queuedAt.toMSecsSinceEpoch()));
    e.prompt.extraData = extra;
    // Outputs grouped by node, in the stored order.
    for (const QJsonValue &v : j.outputs) {
        const QJsonObject o = v.toObject();
        const QString node = o.value(u"node"_s).toString();
        auto it = std::find_if(e.outputs.begin(), e.outputs.end(),
                               [&](const NodeOutput &n) { return n.nodeId == node; });
        if (it == e.outputs.end()) {
            e.outputs.append(NodeOutput{node, {}, {}});
            it = e.outputs.end() - 1;
        }
        it->images.append(ImageRef::fromJson(o));
    }
    e.completed = j.outcome == "succeeded"_L1;
    e.statusStr = j.outcome == "succeeded"_L1 ? u"success"_s
                  : j.outcome == "failed"_L1  ? u"error"_s
                                              : QString();
    const double start = j.startedAt.isValid() ? double(j.startedAt.toMSecsSinceEpoch()) : 0;
    const double end = double(j.finishedAt.toMSecsSinceEpoch());
    if (start > 0)
        e.messages.append({u"execution_start"_s,
                           QJsonObject{{u"prompt_id"_s, j.promptId}, {u"timestamp"_s, start}}});
    if (j.outcome == "succeeded"_L1)
        e.messages.append({u"execution_success"_s,
                           QJsonObject{{u"prompt_id"_s, j.promptId}, {u"timestamp"_s, end}}});
    else if (j.outcome == "failed"_L1)
        e.messages.append({u"execution_error"_s, QJsonObject{{u"prompt_id"_s, j.promptId},
                                                             {u"timestamp"_s, end},
                                                             {u"node_id"_s, QString()},
                                                             {u"node_type"_s, QString()},
                                                             {u"exception_type"_s, QString()},
                                                             {u"exception_message"_s, j.errorText},
                                                             {u"traceback"_s, QJsonArray()}}});
    else if (j.outcome == "interrupted"_L1)
        e.messages.append({u"execution_interrupted"_s, QJsonObject{{u"prompt_id"_s, j.promptId},
                                                                   {u"timestamp"_s, end},
                                                                   {u"node_id"_s, QString()},
                                                                   {u"node_type"_s, QString()},
                                                                   {u"executed"_s, QJsonArray()}}});
    return e;
}

int HistoryModel::mergeStored(const QList<StoredJob> &jobs)
{
    int added = 0;
    for (const StoredJob &j : jobs) {
        if (j.promptId.isEmpty() || m_ids.contains(j.promptId))
            continue;
        const HistoryEntry e = entryFromStored(j);
        // Newest first: before the first row that finished earlier (rows without a time stay).
        const qint64 end = e.endTimestamp();
        int row = int(m_entries.size());
        for (int r = 0; r < m_entries.size(); ++r) {
            const qint64 t = m_entries.at(r).endTimestamp();
            if (t > 0 && t < end) {
                row = r;
                break;
            }
        }
        beginInsertRows({}, row, row);
        m_ids.insert(j.promptId);
        m_stored.insert(j.promptId, {j.workflowName, j.outcome});
        m_entries.insert(row, e);
        endInsertRows();
        ++added;
    }
    return added;
}

bool HistoryModel::isStored(int row) const
{
    return row >= 0 && row < m_entries.size() && m_stored.contains(m_entries.at(row).promptId);
}

QString HistoryModel::storedSourceLabel()
{
    return tr("Job database");
}

QString HistoryModel::serverSourceLabel()
{
    return tr("Server");
}

QString HistoryModel::storedOutcomeLabel(const QString &outcome)
{
    for (Job::State s : {Job::State::Succeeded, Job::State::Failed, Job::State::Interrupted,
                         Job::State::Cancelled, Job::State::Lost})
        if (jobStateName(s) == outcome)
            return jobStateLabel(s);
    return outcome;
}

void HistoryModel::clear()
{
    beginResetModel();
    m_entries.clear();
    m_ids.clear();
    m_stored.clear();
    endResetModel();
}

void HistoryModel::setThumbnail(const ImageRef &ref, const QImage &image)
{
    m_thumbs.insert(refKey(ref), image);
    for (int r = 0; r < m_entries.size(); ++r) {
        const QList<ImageRef> imgs = m_entries.at(r).images();
        if (!imgs.isEmpty() && imgs.first() == ref)
            Q_EMIT dataChanged(index(r, PromptColumn), index(r, PromptColumn),
                               {Qt::DecorationRole});
    }
    Q_EMIT thumbnailReady(ref);
}

void HistoryModel::setThumbnailFailed(const ImageRef &ref)
{
    m_requested.insert(refKey(ref)); // do not ask again
}

HistoryOutputsModel::HistoryOutputsModel(HistoryModel *history, QObject *parent)
    : QAbstractListModel(parent)
    , m_history(history)
{
    connect(history, &QAbstractItemModel::dataChanged, this, [this] {
        if (!m_refs.isEmpty())
            Q_EMIT dataChanged(index(0), index(int(m_refs.size()) - 1), {Qt::DecorationRole});
    });
    connect(history, &HistoryModel::thumbnailReady, this, [this](const ImageRef &ref) {
        for (int i = 0; i < m_refs.size(); ++i)
            if (m_refs.at(i) == ref)
                Q_EMIT dataChanged(index(i), index(i), {Qt::DecorationRole});
    });
}

void HistoryOutputsModel::setEntry(const HistoryEntry &entry)
{
    beginResetModel();
    m_promptId = entry.promptId;
    m_refs = entry.images();
    endResetModel();
}

int HistoryOutputsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_refs.size());
}

QVariant HistoryOutputsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ImageRef &ref = m_refs.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return ref.filename;
    case Qt::ToolTipRole:
        return tr("%1\n%2 folder%3")
            .arg(ref.filename, ref.type,
                 ref.subfolder.isEmpty() ? QString() : u", "_s + ref.subfolder);
    case Qt::DecorationRole:
        return m_history->thumbnail(ref, HistoryModel::outputThumbnailSize());
    case RefRole:
        return QVariant::fromValue(ref);
    default:
        return {};
    }
}

} // namespace ComfyScope::App
