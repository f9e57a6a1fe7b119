// SPDX-License-Identifier: MIT
// JobTracker's estimates: run durations, learned node times, remaining time and ETA.
#include "jobtracker_p.h"

#include <QtCore/QVarLengthArray>

#include <algorithm>

namespace ComfyScope {

QPair<qint64, qint64> JobTracker::durationEstimate() const
{
    if (d->durations.isEmpty())
        return {-1, -1};
    QList<qint64> sorted = d->durations;
    std::sort(sorted.begin(), sorted.end());
    qint64 sum = 0;
    for (qint64 v : sorted)
        sum += v;
    const qint64 mean = sum / sorted.size();
    const qint64 p75 = sorted.at(
        qMin<qsizetype>(sorted.size() - 1, qsizetype(std::ceil(0.75 * sorted.size())) - 1));
    return {mean, p75};
}

qint64 JobTracker::learnedDurationMs(const QString &workflowHash) const
{
    const auto it = d->learned.constFind(workflowHash);
    return workflowHash.isEmpty() || it == d->learned.cend() || it->totalMs <= 0 ? -1 : it->totalMs;
}

qint64 JobTracker::remainingMs(const Job &j, const QDateTime &now) const
{
    if (j.state != Job::State::Running)
        return -1;
    const auto it = d->learned.constFind(j.workflowHash);
    if (!j.workflowHash.isEmpty() && it != d->learned.cend() && !it->nodeMs.isEmpty()) {
        // Learned node durations: what is left of the running node plus every node not run.
        double rem = 0;
        for (auto n = j.nodeClasses.constBegin(); n != j.nodeClasses.constEnd(); ++n) {
            const QString &id = n.key();
            if (j.executedNodes.contains(id) || j.cachedNodes.contains(id))
                continue;
            const double w = j.nodeWeight(id);
            if (id == j.currentNode) {
                if (j.nodeMax > 0) {
                    double left = w * (1 - j.nodeProgress());
                    // The node's own pace so far, for the steps it has left: a time learned from
                    // a run whose events arrived in a burst (a starved client) must not claim
                    // "0 s left" while steps remain.
                    if (j.nodeValue > 0 && j.nodeValue < j.nodeMax
                        && j.currentNodeStartedAt.isValid()) {
                        const double ran = double(j.currentNodeStartedAt.msecsTo(now));
                        left = qMax(left, ran * double(j.nodeMax - j.nodeValue) / j.nodeValue);
                    }
                    rem += left;
                } else if (j.currentNodeStartedAt.isValid())
                    rem += qMax(0.0, w - double(j.currentNodeStartedAt.msecsTo(now)));
                else
                    rem += w;
            } else {
                rem += w;
            }
        }
        return qint64(rem);
    }
    // Not timed before: extrapolate the step-weighted progress once there is enough of it.
    const double p = j.overallProgress();
    const qint64 elapsed = j.elapsedMs(now);
    if (p >= 0.05 && elapsed > 0)
        return qint64(double(elapsed) * (1 - p) / p);
    const qint64 mean = durationEstimate().first;
    if (mean > elapsed)
        return mean - elapsed;
    return -1; // no basis: better unknown than "0 s left"
}

qint64 JobTracker::etaMs(const QString &promptId) const
{
    const qint64 mean = durationEstimate().first;
    qint64 total = 0;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // The unfinished jobs in jobs()' order (running, then queued by number), without copying and
    // sorting the finished ones: tiles and tables ask this for every server on every refresh.
    QVarLengthArray<const Job *, 16> open;
    for (const Job &j : std::as_const(d->jobs))
        if (!j.isFinished())
            open.append(&j);
    std::sort(open.begin(), open.end(), [](const Job *a, const Job *b) {
        const bool ar = a->state == Job::State::Running, br = b->state == Job::State::Running;
        if (ar != br)
            return ar;
        if (a->number != b->number)
            return a->number < b->number;
        return a->promptId < b->promptId;
    });
    for (const Job *p : std::as_const(open)) {
        const Job &j = *p;
        qint64 part = -1;
        if (j.state == Job::State::Running) {
            part = remainingMs(j, now);
        } else {
            part = learnedDurationMs(j.workflowHash);
            if (part < 0)
                part = mean;
        }
        if (part < 0)
            return -1;
        total += part;
        if (j.promptId == promptId)
            return total <= Job::kMaxPlausibleDurationMs ? total : -1; // unknown, not nonsense
    }
    return -1;
}

int JobTracker::queueRemaining() const
{
    return d->queueRemaining;
}

} // namespace ComfyScope
