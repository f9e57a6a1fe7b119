// SPDX-License-Identifier: MIT
// Job: what is known about one prompt — progress, labels, display name, error text, outputs.
#include <comfyscope/jobtracker.h>

#include <QtCore/QCoreApplication>
#include <QtCore/QJsonDocument>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace ComfyScope {

double Job::nodeWeight(const QString &nodeId) const
{
    const auto it = nodeWeights.constFind(nodeId);
    return it != nodeWeights.constEnd() ? qMax(0.0, *it) : 1.0;
}

double Job::overallProgress() const
{
    if (state == State::Succeeded)
        return 1.0;
    const int total = totalNodes();
    if (total <= 0)
        return state == State::Running ? nodeProgress() : 0.0;
    double all = 0;
    double done = 0;
    for (auto it = nodeClasses.constBegin(); it != nodeClasses.constEnd(); ++it) {
        const QString &id = it.key();
        const double w = nodeWeight(id);
        all += w;
        if (executedNodes.contains(id) || cachedNodes.contains(id))
            done += w;
        else if (id == currentNode)
            done += w * nodeProgress();
    }
    if (all <= 0) // every node learned as instant: count nodes
        return qBound(0.0, double(doneNodes()) / total, 1.0);
    return qBound(0.0, done / all, 1.0);
}

QString Job::currentNodeLabel() const
{
    if (currentNode.isEmpty())
        return {};
    const QString title = nodeTitles.value(currentNode);
    if (!title.isEmpty())
        return title;
    const QString cls = nodeClasses.value(currentNode);
    return cls.isEmpty() ? currentNode : cls;
}

qint64 Job::elapsedMs(const QDateTime &now) const
{
    if (!startedAt.isValid())
        return 0;
    const QDateTime end = finishedAt.isValid() ? finishedAt : now;
    const qint64 ms = startedAt.msecsTo(end);
    // Times come from the server's clock (corrected by JobTracker); if they still make no sense
    // say "unknown" instead of printing thousands of hours or a negative duration.
    if (ms < -kClockToleranceMs || ms > kMaxPlausibleDurationMs)
        return -1;
    return qMax<qint64>(0, ms);
}

QString Job::nodeLabel(const QString &nodeId) const
{
    if (nodeId.isEmpty())
        return {};
    const QString title = nodeTitles.value(nodeId);
    if (!title.isEmpty())
        return title;
    const QString cls = nodeClasses.value(nodeId);
    return cls.isEmpty() ? nodeId : cls;
}

QString Job::outputNode(const ImageRef &ref) const
{
    for (auto it = nodeOutputs.cbegin(); it != nodeOutputs.cend(); ++it)
        if (it->contains(ref))
            return it.key();
    return {};
}

QString Job::workflowName() const
{
    if (!name.isEmpty())
        return name;
    return outputPrefix();
}

QString Job::outputPrefix() const
{
    // Nodes in numeric id order, so the choice is stable.
    QStringList ids = workflow.keys();
    std::sort(ids.begin(), ids.end(), [](const QString &a, const QString &b) {
        bool okA = false, okB = false;
        const qint64 na = a.toLongLong(&okA), nb = b.toLongLong(&okB);
        if (okA && okB)
            return na < nb;
        return okA != okB ? okA : a < b;
    });
    for (const QString &id : std::as_const(ids)) {
        const QJsonValue prefix =
            workflow.value(id).toObject().value("inputs"_L1).toObject().value("filename_prefix"_L1);
        if (prefix.isString() && !prefix.toString().trimmed().isEmpty())
            return prefix.toString().trimmed();
    }
    return {};
}

QString Job::displayName() const
{
    const QString base = workflowName();
    const QString shortId = promptId.left(8);
    if (base.isEmpty())
        return shortId;
    // An output prefix ("ComfyUI", SaveImage's default) is shared by many jobs: add the short id
    // so they can be told apart. So is a name that only repeats it (Queue Again of such a job).
    if (!shortId.isEmpty() && base == outputPrefix())
        return u"%1 (%2)"_s.arg(base, shortId);
    return base;
}

QString Job::errorText() const
{
    if (error) {
        const ExecutionErrorEvent &e = *error;
        QString s = e.exceptionType.isEmpty() ? e.exceptionMessage
                                              : e.exceptionType + u": "_s + e.exceptionMessage;
        if (!e.nodeId.isEmpty())
            s = QCoreApplication::translate("ComfyScope", "Node %1 (%2): %3")
                    .arg(e.nodeId, e.nodeType, s.trimmed());
        return s.trimmed();
    }
    if (interruption)
        return QCoreApplication::translate("ComfyScope", "Interrupted at node %1 (%2)")
            .arg(interruption->nodeId, interruption->nodeType);
    if (state == State::Lost)
        return QCoreApplication::translate(
            "ComfyScope", "The job left the queue without a history entry (server restarted?).");
    return {};
}

void Job::addOutput(const QString &nodeId, const ImageRef &ref)
{
    if (!outputs.contains(ref))
        outputs.append(ref);
    QList<ImageRef> &mine = nodeOutputs[nodeId];
    if (!mine.contains(ref))
        mine.append(ref);
}

QString jobStateName(Job::State s)
{
    switch (s) {
    case Job::State::Queued:
        return u"queued"_s;
    case Job::State::Running:
        return u"running"_s;
    case Job::State::Succeeded:
        return u"succeeded"_s;
    case Job::State::Failed:
        return u"failed"_s;
    case Job::State::Interrupted:
        return u"interrupted"_s;
    case Job::State::Cancelled:
        return u"cancelled"_s;
    case Job::State::Lost:
        return u"lost"_s;
    }
    return u"unknown"_s;
}

Job::State jobStateFromJobsApi(const QString &status, bool *known)
{
    static const QHash<QString, Job::State> map = {{u"pending"_s, Job::State::Queued},
                                                   {u"in_progress"_s, Job::State::Running},
                                                   {u"completed"_s, Job::State::Succeeded},
                                                   {u"failed"_s, Job::State::Failed},
                                                   {u"cancelled"_s, Job::State::Cancelled}};
    const auto it = map.constFind(status);
    if (known)
        *known = it != map.constEnd();
    return it != map.constEnd() ? *it : Job::State::Lost;
}

} // namespace ComfyScope
