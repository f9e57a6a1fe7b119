// SPDX-License-Identifier: MIT
#include <comfyscope/client.h>
#include <comfyscope/jobtracker.h>
#include <comfyscope/replies.h>

#include "jobtracker_p.h"
#include "logging_p.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QCryptographicHash>
#include <QtCore/QJsonDocument>
#include <QtCore/QTimer>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace ComfyScope {

using namespace JobTrackerDetail;

QString workflowHash(const QJsonObject &workflow)
{
    if (workflow.isEmpty())
        return {};
    QJsonObject stripped;
    for (auto it = workflow.constBegin(); it != workflow.constEnd(); ++it) {
        QJsonObject n = it->toObject();
        QJsonObject inputs = n.value("inputs"_L1).toObject();
        inputs.remove("seed"_L1);
        inputs.remove("noise_seed"_L1);
        n.insert("inputs"_L1, inputs);
        n.remove("_meta"_L1);
        stripped.insert(it.key(), n);
    }
    const QByteArray bytes = QJsonDocument(stripped).toJson(QJsonDocument::Compact);
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha1).toHex());
}

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
                d->closeNode(*j, QDateTime::currentDateTimeUtc());
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
        d->readWorkflow(j, workflow);
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

} // namespace ComfyScope
