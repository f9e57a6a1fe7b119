// SPDX-License-Identifier: MIT
#include <comfyscope/client.h>
#include <comfyscope/jobtracker.h>
#include <comfyscope/replies.h>

#include "logging_p.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QTimer>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace ComfyScope {

double Job::overallProgress() const
{
    if (state == State::Succeeded)
        return 1.0;
    const int total = totalNodes();
    if (total <= 0)
        return state == State::Running ? nodeProgress() : 0.0;
    double done = doneNodes();
    if (!currentNode.isEmpty() && !executedNodes.contains(currentNode)
        && !cachedNodes.contains(currentNode))
        done += nodeProgress();
    return qBound(0.0, done / total, 1.0);
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

QString Job::displayName() const
{
    if (!name.isEmpty())
        return name;
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
    return promptId.left(8);
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

namespace {
QDateTime fromEpochMs(qint64 ms)
{
    return ms > 0 ? QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC) : QDateTime();
}
qint64 localNowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

void readWorkflow(Job &job, const QJsonObject &workflow)
{
    if (workflow.isEmpty() || !job.nodeClasses.isEmpty())
        return;
    job.workflow = workflow;
    for (auto it = workflow.constBegin(); it != workflow.constEnd(); ++it) {
        const QJsonObject n = it->toObject();
        job.nodeClasses.insert(it.key(), n.value("class_type"_L1).toString());
        const QString title = n.value("_meta"_L1).toObject().value("title"_L1).toString();
        if (!title.isEmpty())
            job.nodeTitles.insert(it.key(), title);
    }
}
} // namespace

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

    void setNode(Job &j, const QString &node)
    {
        if (node.isEmpty() || node == j.currentNode)
            return;
        // Without progress_state (old servers) a new executing means the previous node is done.
        if (!j.currentNode.isEmpty())
            j.executedNodes.insert(j.currentNode);
        j.currentNode = node;
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

JobTracker::JobTracker(Client *client, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
    d->q = this;
    d->client = client;
    d->resyncTimer.setSingleShot(true);
    connect(&d->resyncTimer, &QTimer::timeout, this, [this] { d->fetchQueue(); });

    connect(client, &Client::sessionStarted, this, [this] { resync(); });
    connect(client, &Client::stateChanged, this, [this](Client::State s) {
        if (s != Client::State::Connected)
            ++d->epoch;
    });
    connect(client, &Client::statusReceived, this, [this](const StatusEvent &e) {
        d->queueRemaining = e.queueRemaining;
        // Status is broadcast on every queue change (ours or anyone's): look at /queue, coalesced.
        if (!d->resyncTimer.isActive())
            d->resyncTimer.start(150);
    });
    connect(client, &Client::executionStartReceived, this, [this](const ExecutionStartEvent &e) {
        if (d->finishedEmitted.contains(e.promptId))
            return;
        bool created = false;
        Job &j = d->liveJob(e.promptId, created);
        d->markRunning(j, e.timestamp);
        j.startedAt = d->received(e.timestamp);
        d->changed(j, created);
    });
    connect(client, &Client::executionCachedReceived, this, [this](const ExecutionCachedEvent &e) {
        Job *j = d->live(e.promptId);
        if (!j)
            return;
        for (const QString &n : e.nodes) {
            // Cached nodes the chosen outputs do not need are listed too; count only graph nodes.
            if (j->nodeClasses.isEmpty() || j->nodeClasses.contains(n)) {
                j->cachedNodes.insert(n);
                if (!j->nodeOrder.contains(n))
                    j->nodeOrder.append(n);
            }
        }
        Q_EMIT jobChanged(*j);
    });
    connect(client, &Client::executingReceived, this, [this](const ExecutingEvent &e) {
        if (e.isFinished())
            return; // promptFinished
        Job *j = nullptr;
        if (e.promptId.isEmpty()) {
            // Reconnect replay: our running job.
            for (auto &job : d->jobs)
                if (job.own && job.state == Job::State::Running
                    && !d->finishedEmitted.contains(job.promptId))
                    j = &job;
        } else {
            bool created = false;
            if (d->finishedEmitted.contains(e.promptId))
                return;
            Job &job = d->liveJob(e.promptId, created);
            if (created)
                Q_EMIT jobAdded(job);
            j = &job;
        }
        if (!j)
            return;
        d->markRunning(*j);
        d->setNode(*j, e.node);
        Q_EMIT jobChanged(*j);
    });
    connect(client, &Client::progressReceived, this, [this](const ProgressEvent &e) {
        Job *j = d->live(e.promptId);
        if (!j || !j->liveDetail)
            return;
        d->markRunning(*j);
        if (!e.node.isEmpty())
            d->setNode(*j, e.node);
        j->nodeValue = e.value;
        j->nodeMax = e.max;
        Q_EMIT jobChanged(*j);
    });
    connect(client, &Client::progressStateReceived, this, [this](const ProgressStateEvent &e) {
        Job *j = d->live(e.promptId);
        if (!j || !j->liveDetail)
            return;
        for (const NodeProgress &n : e.nodes) {
            if (n.state == NodeProgress::State::Finished)
                j->executedNodes.insert(n.nodeId);
            if (!j->nodeOrder.contains(n.nodeId))
                j->nodeOrder.append(n.nodeId);
        }
        Q_EMIT jobChanged(*j);
    });
    connect(client, &Client::executedReceived, this, [this](const ExecutedEvent &e) {
        Job *j = d->live(e.promptId);
        if (!j)
            return;
        j->executedNodes.insert(e.node);
        if (!j->nodeOrder.contains(e.node))
            j->nodeOrder.append(e.node);
        for (const ImageRef &r : e.images)
            j->addOutput(e.node, r);
        Q_EMIT jobChanged(*j);
    });
    connect(client, &Client::executionSuccessReceived, this,
            [this](const ExecutionSuccessEvent &e) {
                Job *j = d->live(e.promptId);
                if (!j)
                    return;
                j->state = Job::State::Succeeded;
                j->finishedAt = d->received(e.timestamp);
                Q_EMIT jobChanged(*j);
            });
    connect(client, &Client::executionErrorReceived, this, [this](const ExecutionErrorEvent &e) {
        Job *j = d->live(e.promptId);
        if (!j || !e.isTerminal())
            return;
        j->state = Job::State::Failed;
        j->error = e;
        j->finishedAt = d->received(e.timestamp);
        Q_EMIT jobChanged(*j);
    });
    connect(client, &Client::executionInterruptedReceived, this,
            [this](const ExecutionInterruptedEvent &e) {
                Job *j = d->live(e.promptId);
                if (!j || !j->liveDetail)
                    return;
                j->state = Job::State::Interrupted;
                j->interruption = e;
                j->finishedAt = d->received(e.timestamp);
                Q_EMIT jobChanged(*j);
            });
    connect(client, &Client::relayConnected, this, [this](const QList<RelayEnvelope> &running) {
        // Prompts already running when we subscribed: their further events reach us now.
        for (const RelayEnvelope &r : running) {
            if (d->finishedEmitted.contains(r.promptId))
                continue;
            bool created = false;
            Job &j = d->ensure(r.promptId, &created);
            d->markRelayed(j, r.client);
            d->markRunning(j);
            d->changed(j, created);
        }
        resync();
    });
    connect(client, &Client::promptFinished, this, [this](const QString &id) {
        if (d->live(id))
            d->fetchHistory(id, true); // history is stored before executing{null} (§6.1)
    });
    connect(client, &Client::imageReceived, this, [this](const ImageFrame &f) {
        Job *j = d->live(f.promptId);
        if (!j)
            return;
        ++j->previewCount;
        Q_EMIT jobChanged(*j);
    });
}

JobTracker::~JobTracker() = default;

Client *JobTracker::client() const
{
    return d->client;
}

QList<Job> JobTracker::jobs() const
{
    QList<Job> out = d->jobs.values();
    auto rank = [](const Job &j) {
        switch (j.state) {
        case Job::State::Running:
            return 0;
        case Job::State::Queued:
            return 1;
        default:
            return 2;
        }
    };
    std::sort(out.begin(), out.end(), [&](const Job &a, const Job &b) {
        if (rank(a) != rank(b))
            return rank(a) < rank(b);
        if (rank(a) == 2)
            return a.finishedAt > b.finishedAt;
        if (a.number != b.number)
            return a.number < b.number;
        return a.promptId < b.promptId;
    });
    return out;
}

std::optional<Job> JobTracker::job(const QString &promptId) const
{
    auto it = d->jobs.constFind(promptId);
    if (it == d->jobs.cend())
        return std::nullopt;
    return *it;
}

bool JobTracker::contains(const QString &promptId) const
{
    return d->jobs.contains(promptId);
}

SubmitReply *JobTracker::submit(const QJsonObject &workflow, const QJsonObject &options,
                                const QString &name)
{
    SubmitReply *r = d->client->submit(workflow, options);
    connect(r, &Reply::finished, this, [this, r, workflow, name] {
        if (!r->isOk())
            return;
        bool created = false;
        Job &j = d->ensure(r->promptId(), &created);
        j.own = true;
        j.liveDetail = true;
        j.clientId = d->client->clientId();
        if (created)
            j.number = r->number();
        if (!j.isFinished())
            d->seenEpoch.insert(j.promptId, d->epoch);
        readWorkflow(j, workflow);
        if (!name.isEmpty())
            j.name = name;
        d->changed(j, created);
        if (!created)
            return;
        // If the run already finished before the HTTP answer (tiny graphs), resync finds it.
        d->resyncTimer.start(150);
    });
    return r;
}

Reply *JobTracker::cancel(const QString &promptId)
{
    d->cancelRequested.insert(promptId);
    // POST /api/jobs/{id}/cancel where the server has it (no race between looking and acting),
    // else delete if pending / interrupt by id if running.
    Reply *r = d->client->cancelPrompt(promptId);
    connect(r, &Reply::finished, this, [this] { d->resyncTimer.start(100); });
    return r;
}

void JobTracker::resync()
{
    d->fetchQueue();
}

void JobTracker::clearFinished()
{
    const auto ids = d->finishedEmitted;
    for (const QString &id : ids) {
        d->jobs.remove(id);
        d->finishedEmitted.remove(id);
        Q_EMIT jobRemoved(id);
    }
}

void JobTracker::setFinishedLimit(int limit)
{
    d->finishedLimit = qMax(0, limit);
    d->trim();
}

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

qint64 JobTracker::etaMs(const QString &promptId) const
{
    const auto est = durationEstimate();
    if (est.first < 0)
        return -1;
    qint64 total = 0;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const Job &j : jobs()) {
        if (j.isFinished())
            break;
        if (j.state == Job::State::Running)
            total += qMax<qint64>(0, est.first - qMax<qint64>(0, j.elapsedMs(now)));
        else
            total += est.first;
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
