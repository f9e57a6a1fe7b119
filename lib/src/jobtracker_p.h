// SPDX-License-Identifier: MIT
// JobTracker's private state (jobtracker.cpp: events and REST; jobtrackereta.cpp: estimates).
// Not installed.
#pragma once

#include <comfyscope/client.h>
#include <comfyscope/jobtracker.h>
#include <comfyscope/replies.h>

#include "logging_p.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QCryptographicHash>
#include <QtCore/QJsonDocument>
#include <QtCore/QTimer>

#include <algorithm>
#include <cmath>

namespace ComfyScope {

using namespace Qt::StringLiterals;

namespace JobTrackerDetail {
inline QDateTime fromEpochMs(qint64 ms)
{
    return ms > 0 ? QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC) : QDateTime();
}
inline qint64 localNowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

inline bool readWorkflowInto(Job &job, const QJsonObject &workflow)
{
    if (workflow.isEmpty() || !job.nodeClasses.isEmpty())
        return false;
    job.workflow = workflow;
    job.workflowHash = workflowHash(workflow);
    for (auto it = workflow.constBegin(); it != workflow.constEnd(); ++it) {
        const QJsonObject n = it->toObject();
        job.nodeClasses.insert(it.key(), n.value("class_type"_L1).toString());
        const QString title = n.value("_meta"_L1).toObject().value("title"_L1).toString();
        if (!title.isEmpty())
            job.nodeTitles.insert(it.key(), title);
        // Until a run of this workflow was timed, a node with a `steps` input (a sampler)
        // weighs its steps, any other node one step.
        const QJsonValue steps = n.value("inputs"_L1).toObject().value("steps"_L1);
        if (steps.isDouble() && steps.toDouble() >= 1)
            job.nodeWeights.insert(it.key(), qMin(steps.toDouble(), 10000.0));
    }
    return true;
}

// Node durations learned from one workflow's runs.
struct LearnedRun
{
    QHash<QString, qint64> nodeMs;
    qint64 totalMs = 0;
    quint64 used = 0;
};
} // namespace JobTrackerDetail

using namespace JobTrackerDetail;

class JobTracker::Private
{
public:
    JobTracker *q;
    Client *client;
    QHash<QString, Job> jobs;
    QSet<QString> finishedEmitted;
    QSet<QString> historyInFlight;
    QSet<QString> cancelRequested;
    QHash<QString, int> missingCount;
    // Bumped whenever the socket is lost: a pending job that vanishes while we were away was
    // not necessarily cancelled (the server may have restarted), so it is Lost, not Cancelled.
    quint64 epoch = 0;
    QHash<QString, quint64> seenEpoch; // unfinished job → epoch it was last seen on the server
    QList<qint64> durations;
    QHash<QString, LearnedRun> learned; // workflow hash → node durations of its last runs
    quint64 learnedClock = 0;
    QTimer resyncTimer;
    bool queueInFlight = false;
    bool queueAgain = false;
    int queueRemaining = 0;
    int finishedLimit = 500;

    Job &ensure(const QString &id, bool *created = nullptr)
    {
        auto it = jobs.find(id);
        if (it == jobs.end()) {
            Job j;
            j.promptId = id;
            j.queuedAt = QDateTime::currentDateTimeUtc();
            it = jobs.insert(id, j);
            if (created)
                *created = true;
        } else if (created) {
            *created = false;
        }
        return *it;
    }

    void changed(const Job &j, bool created)
    {
        if (created)
            Q_EMIT q->jobAdded(j);
        else
            Q_EMIT q->jobChanged(j);
    }

    Job *live(const QString &promptId)
    {
        auto it = jobs.find(promptId);
        if (it == jobs.end() || finishedEmitted.contains(promptId))
            return nullptr;
        return &*it;
    }

    Job &ownLive(const QString &promptId, bool &created)
    {
        Job &j = ensure(promptId, &created);
        if (created) {
            j.own = true;
            j.clientId = client->clientId();
        }
        j.liveDetail = true;
        return j;
    }

    // The server's clock is not ours (§ timestamps are the server's epoch ms). Live events are
    // timed by their local receipt, which also measures the offset; times read later from
    // /queue and /history are shifted by that offset, and durations come from differences of
    // server times, which need no correction at all.
    qint64 skewMs = 0; // server clock minus ours, measured on live events
    bool skewKnown = false;

    QDateTime received(qint64 serverTs)
    {
        const qint64 now = localNowMs();
        if (serverTs > 0) {
            skewMs = serverTs - now;
            skewKnown = true;
        }
        return QDateTime::fromMSecsSinceEpoch(now, Qt::UTC);
    }

    /// A server timestamp on our clock; invalid when it cannot be placed plausibly.
    QDateTime serverTime(qint64 serverTs) const
    {
        if (serverTs <= 0)
            return {};
        const qint64 local = skewKnown ? serverTs - skewMs : serverTs;
        if (qAbs(local - localNowMs()) > Job::kMaxPlausibleDurationMs)
            return {};
        return fromEpochMs(local);
    }

    /// The job an event is about: another client's when the event came over the relay, ours
    /// otherwise.
    Job &liveJob(const QString &promptId, bool &created)
    {
        const RelayEnvelope relay = client->currentRelay();
        if (!relay.relayed)
            return ownLive(promptId, created);
        Job &j = ensure(promptId, &created);
        markRelayed(j, relay.client);
        return j;
    }

    void markRelayed(Job &j, const QString &relayClient)
    {
        if (j.own)
            return;
        j.relayed = true;
        j.liveDetail = true;
        if (!relayClient.isEmpty())
            j.relayClient = relayClient;
    }

    void markRunning(Job &j, qint64 ts = 0)
    {
        if (j.state == Job::State::Queued) {
            j.state = Job::State::Running;
            if (!j.startedAt.isValid())
                j.startedAt = received(ts);
        }
    }

    void readWorkflow(Job &j, const QJsonObject &workflow)
    {
        if (readWorkflowInto(j, workflow))
            applyLearned(j);
    }

    // Weigh the job's nodes by how long they took in earlier runs of the same workflow.
    void applyLearned(Job &j)
    {
        auto it = learned.find(j.workflowHash);
        if (j.workflowHash.isEmpty() || it == learned.end() || it->nodeMs.isEmpty())
            return;
        it->used = ++learnedClock;
        qint64 sum = 0;
        for (qint64 v : std::as_const(it->nodeMs))
            sum += v;
        const double mean = double(sum) / it->nodeMs.size();
        for (auto n = j.nodeClasses.constBegin(); n != j.nodeClasses.constEnd(); ++n) {
            // +1 ms so that nodes measured as instant still count a little.
            j.nodeWeights.insert(n.key(), it->nodeMs.contains(n.key())
                                              ? double(it->nodeMs.value(n.key())) + 1
                                              : mean + 1);
        }
    }

    void closeNode(Job &j, const QDateTime &now)
    {
        if (j.currentNode.isEmpty() || !j.currentNodeStartedAt.isValid())
            return;
        j.nodeDurationsMs.insert(j.currentNode,
                                 qMax<qint64>(0, j.currentNodeStartedAt.msecsTo(now)));
        j.currentNodeStartedAt = QDateTime();
    }

    void learn(const Job &j)
    {
        if (j.workflowHash.isEmpty() || j.nodeDurationsMs.isEmpty() || !j.startedAt.isValid())
            return;
        LearnedRun &run = learned[j.workflowHash];
        for (auto it = j.nodeDurationsMs.constBegin(); it != j.nodeDurationsMs.constEnd(); ++it) {
            // Average with the previous runs, the newest counting most.
            auto old = run.nodeMs.find(it.key());
            run.nodeMs.insert(it.key(), old == run.nodeMs.end() ? *it : (*old + 3 * *it) / 4);
        }
        const qint64 total = j.startedAt.msecsTo(j.finishedAt);
        if (total > 0)
            run.totalMs = run.totalMs > 0 ? (run.totalMs + 3 * total) / 4 : total;
        run.used = ++learnedClock;
        if (learned.size() > 200) {
            auto oldest = learned.begin();
            for (auto it = learned.begin(); it != learned.end(); ++it)
                if (it->used < oldest->used)
                    oldest = it;
            learned.erase(oldest);
        }
    }

    void setNode(Job &j, const QString &node)
    {
        if (node.isEmpty() || node == j.currentNode)
            return;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        closeNode(j, now);
        // Without progress_state (old servers) a new executing means the previous node is done.
        if (!j.currentNode.isEmpty())
            j.executedNodes.insert(j.currentNode);
        j.currentNode = node;
        j.currentNodeStartedAt = now;
        j.nodeValue = 0;
        j.nodeMax = 0;
        if (!j.nodeOrder.contains(node))
            j.nodeOrder.append(node);
    }

    void finalize(const QString &id)
    {
        auto it = jobs.find(id);
        if (it == jobs.end() || finishedEmitted.contains(id))
            return;
        Job &j = *it;
        if (!j.finishedAt.isValid())
            j.finishedAt = QDateTime::currentDateTimeUtc();
        if (j.state == Job::State::Succeeded && j.startedAt.isValid() && j.elapsedMs() >= 0) {
            durations.append(qMax<qint64>(0, j.startedAt.msecsTo(j.finishedAt)));
            if (durations.size() > 20)
                durations.removeFirst();
            learn(j);
        }
        if (j.state != Job::State::Running)
            j.currentNode.clear();
        finishedEmitted.insert(id);
        missingCount.remove(id);
        seenEpoch.remove(id);
        cancelRequested.remove(id);
        Q_EMIT q->jobChanged(j);
        Q_EMIT q->jobFinished(j);
        trim();
    }

    void trim()
    {
        if (finishedEmitted.size() <= finishedLimit)
            return;
        QList<Job> finished;
        for (const QString &id : std::as_const(finishedEmitted))
            finished.append(jobs.value(id));
        std::sort(finished.begin(), finished.end(),
                  [](const Job &a, const Job &b) { return a.finishedAt < b.finishedAt; });
        for (qsizetype i = 0; i < finished.size() - finishedLimit; ++i) {
            const QString id = finished.at(i).promptId;
            jobs.remove(id);
            finishedEmitted.remove(id);
            Q_EMIT q->jobRemoved(id);
        }
    }

    void applyHistory(Job &j, const HistoryEntry &h)
    {
        readWorkflow(j, h.prompt.prompt);
        if (j.clientId.isEmpty())
            j.clientId = h.prompt.clientId();
        switch (h.outcome()) {
        case HistoryEntry::Outcome::Succeeded:
            j.state = Job::State::Succeeded;
            break;
        case HistoryEntry::Outcome::Interrupted:
            j.state = Job::State::Interrupted;
            break;
        case HistoryEntry::Outcome::Failed:
            j.state = Job::State::Failed;
            break;
        case HistoryEntry::Outcome::Unknown:
            if (!j.isFinished())
                j.state = h.completed ? Job::State::Succeeded : Job::State::Failed;
            break;
        }
        if (auto e = h.error())
            j.error = e;
        if (auto i = h.interruption())
            j.interruption = i;
        j.outputs = h.images();
        j.nodeOutputs.clear();
        for (const NodeOutput &o : h.outputs)
            for (const ImageRef &r : o.images)
                j.addOutput(o.nodeId, r);
        j.outputsConfirmed = true;
        for (const auto &o : h.outputs)
            j.executedNodes.insert(o.nodeId);
        for (const QString &c : h.cachedNodes())
            j.cachedNodes.insert(c);
        const qint64 s = h.startTimestamp();
        const qint64 e = h.endTimestamp();
        // Keep what live events measured; otherwise place the end on our clock (or now, if
        // the server's clock is beyond correction) and the start one run's duration before it.
        if (!j.finishedAt.isValid() && e > 0)
            j.finishedAt = serverTime(e);
        if (!j.finishedAt.isValid())
            j.finishedAt = QDateTime::currentDateTimeUtc();
        if (s > 0 && e >= s && e - s <= Job::kMaxPlausibleDurationMs)
            j.startedAt = j.finishedAt.addMSecs(-(e - s));
        else if (s > 0 && !j.startedAt.isValid())
            j.startedAt = serverTime(s);
    }

    void fetchHistory(const QString &id, bool afterFinish)
    {
        if (historyInFlight.contains(id))
            return;
        historyInFlight.insert(id);
        HistoryReply *r = client->fetchHistory(id);
        QObject::connect(r, &Reply::finished, q, [this, r, id, afterFinish] {
            historyInFlight.remove(id);
            Job *j = live(id);
            if (!j)
                return;
            if (!r->isOk()) {
                Q_EMIT q->syncError(r->errorString());
                // The run is over by the live events; do not hold the outcome back.
                if (afterFinish && j->isFinished())
                    finalize(id);
                return;
            }
            if (auto h = r->entry(id)) {
                applyHistory(*j, *h);
                finalize(id);
                return;
            }
            if (afterFinish) {
                // executing{null} came but history has nothing (history cleared meanwhile).
                if (!j->isFinished())
                    j->state = Job::State::Succeeded;
                finalize(id);
                return;
            }
            // Neither queued nor in history.
            if (++missingCount[id] < 2) {
                resyncTimer.start(500); // it may just be between queue and history; look again
                return;
            }
            const bool watchedThroughout = seenEpoch.value(id, epoch) == epoch;
            if (cancelRequested.contains(id)
                || (j->state == Job::State::Queued && watchedThroughout))
                j->state = Job::State::Cancelled;
            else if (!j->isFinished())
                j->state = Job::State::Lost;
            finalize(id);
        });
    }

    void fetchQueue()
    {
        if (queueInFlight) {
            queueAgain = true;
            return;
        }
        queueInFlight = true;
        QueueReply *r = client->fetchQueue();
        QObject::connect(r, &Reply::finished, q, [this, r] {
            queueInFlight = false;
            if (!r->isOk()) {
                Q_EMIT q->syncError(r->errorString());
            } else {
                applyQueue(r->queue());
            }
            if (queueAgain) {
                queueAgain = false;
                fetchQueue();
            }
        });
    }

    void applyQueue(const QueueSnapshot &s)
    {
        QSet<QString> present;
        auto apply = [&](const QueueItem &item, bool running) {
            present.insert(item.promptId);
            if (finishedEmitted.contains(item.promptId))
                return;
            bool created = false;
            Job &j = ensure(item.promptId, &created);
            const Job before = j;
            j.number = item.number;
            if (j.clientId.isEmpty())
                j.clientId = item.clientId();
            const bool own = !j.clientId.isEmpty() && j.clientId == client->clientId();
            j.own = j.own || own;
            j.liveDetail = j.liveDetail || own;
            readWorkflow(j, item.prompt);
            if (created && item.createTime() > 0) {
                const QDateTime t = serverTime(item.createTime());
                if (t.isValid())
                    j.queuedAt = t;
            }
            if (running)
                markRunning(j);
            missingCount.remove(item.promptId);
            seenEpoch.insert(item.promptId, epoch);
            if (created || before.state != j.state || before.number != j.number
                || before.nodeClasses.size() != j.nodeClasses.size())
                changed(j, created);
        };
        for (const QueueItem &i : s.running)
            apply(i, true);
        for (const QueueItem &i : s.pending)
            apply(i, false);
        for (auto it = jobs.cbegin(); it != jobs.cend(); ++it) {
            if (present.contains(it.key()) || finishedEmitted.contains(it.key()))
                continue;
            fetchHistory(it.key(), false);
        }
    }
};

} // namespace ComfyScope
