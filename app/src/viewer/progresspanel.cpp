// SPDX-License-Identifier: MIT
#include "progresspanel.h"

#include "nodelistmodel.h"
#include "queuemodel.h"
#include "common/uiutil.h"

#include <QtWidgets/QLabel>
#include <QtWidgets/QListView>
#include <QtWidgets/QProgressBar>
#include <QtWidgets/QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ComfyScope::App {

ProgressPanel::ProgressPanel(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel)
    , m_summary(new QLabel)
    , m_overall(new QProgressBar)
    , m_node(new QLabel)
    , m_steps(new QProgressBar)
    , m_list(new QListView)
    , m_nodes(new NodeListModel(this))
{
    auto *l = new QVBoxLayout(this);
    l->setContentsMargins(6, 6, 6, 6);
    l->setSpacing(4);
    QFont f = m_title->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.1);
    m_title->setFont(f);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setWordWrap(true);
    m_summary->setForegroundRole(QPalette::PlaceholderText);
    m_overall->setRange(0, 1000);
    m_overall->setTextVisible(true);
    m_steps->setRange(0, 1);
    m_steps->setTextVisible(true);
    m_node->setWordWrap(false);
    m_list->setModel(m_nodes);
    m_list->setUniformItemSizes(true);
    m_list->setSelectionMode(QAbstractItemView::NoSelection);
    m_list->setAlternatingRowColors(true);
    m_list->setWordWrap(false);
    m_list->setTextElideMode(Qt::ElideRight);

    l->addWidget(m_title);
    l->addWidget(m_summary);
    auto *overallLabel = new QLabel(tr("Overall"));
    overallLabel->setForegroundRole(QPalette::PlaceholderText);
    l->addWidget(overallLabel);
    l->addWidget(m_overall);
    l->addWidget(m_node);
    l->addWidget(m_steps);
    l->addWidget(m_list, 1);

    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, &ProgressPanel::refresh);
    refresh();
}

void ProgressPanel::setTracker(JobTracker *tracker)
{
    if (m_tracker)
        m_tracker->disconnect(this);
    m_tracker = tracker;
    m_job.reset();
    m_nodes->clear();
    if (tracker) {
        connect(tracker, &JobTracker::jobAdded, this, &ProgressPanel::onJob);
        connect(tracker, &JobTracker::jobChanged, this, &ProgressPanel::onJob);
        connect(tracker, &JobTracker::jobRemoved, this, [this](const QString &id) {
            if (m_job && m_job->promptId == id) {
                m_job.reset();
                m_nodes->clear();
                refresh();
            }
        });
        for (const Job &j : tracker->jobs())
            if (j.state == Job::State::Running)
                onJob(j);
        m_tick.start();
    } else {
        m_tick.stop();
    }
    refresh();
}

void ProgressPanel::showJob(const Job &job)
{
    m_job = job;
    m_nodes->setJob(job);
    refresh();
}

void ProgressPanel::onJob(const Job &job)
{
    if (m_job && m_job->promptId == job.promptId) {
        showJob(job);
        return;
    }
    // Switch to a job that started running, preferring ones we get live detail for, unless
    // the job shown is itself still running with live detail.
    if (job.state != Job::State::Running)
        return;
    const bool currentLive = m_job && m_job->state == Job::State::Running && m_job->liveDetail;
    if (currentLive && !job.liveDetail)
        return;
    showJob(job);
}

void ProgressPanel::setOffline(bool offline)
{
    if (offline == isOffline())
        return;
    m_offlineSince = offline ? QDateTime::currentDateTimeUtc() : QDateTime();
    refresh();
}

QString ProgressPanel::summaryText() const
{
    return m_summary->text();
}

int ProgressPanel::overallValue() const
{
    return m_overall->value();
}

QColor ProgressPanel::overallBarColor() const
{
    return m_overall->palette().color(QPalette::Highlight);
}

int ProgressPanel::stepValue() const
{
    return m_steps->value();
}

QString ProgressPanel::nodeText() const
{
    return m_node->text();
}

void ProgressPanel::refresh()
{
    if (!m_job) {
        m_title->setText(tr("Idle"));
        m_summary->setText(m_tracker ? tr("No job is running. Jobs queued on the server appear "
                                          "here as they start.")
                                     : tr("Not connected."));
        m_overall->setValue(0);
        m_overall->setFormat(QString());
        m_overall->setPalette(QPalette());
        m_node->setText(QString());
        m_steps->setRange(0, 1);
        m_steps->setValue(0);
        m_steps->setFormat(QString());
        m_steps->setEnabled(false);
        return;
    }
    const Job &j = *m_job;
    m_overall->setPalette(QPalette()); // the application's (theme changes follow); see below
    m_title->setText(tr("Prompt %1 — %2").arg(shortId(j.promptId), jobStateLabel(j.state)));
    QStringList parts;
    if (j.relayed && !j.relayClient.isEmpty())
        parts << tr("queued by client %1 (via the relay)").arg(j.relayClient);
    else if (!j.own)
        parts << tr("queued by another client");
    const bool offline = isOffline() && !j.isFinished();
    const qint64 elapsed = offline ? j.elapsedMs(m_offlineSince) : j.elapsedMs();
    if (j.startedAt.isValid() && elapsed >= 0)
        parts << tr("elapsed %1").arg(formatDuration(elapsed));
    if (offline) {
        parts << tr("time left unknown — server unreachable");
    } else if (j.state == Job::State::Running && m_tracker) {
        const qint64 eta = m_tracker->etaMs(j.promptId);
        if (eta >= 0)
            parts << tr("about %1 left").arg(formatDuration(eta));
    }
    const QString err = jobErrorText(j);
    if (!err.isEmpty())
        parts << err;
    m_summary->setText(parts.join(u" · "_s));
    m_summary->setToolTip(j.promptId);

    if (!j.liveDetail && j.state == Job::State::Running) {
        m_overall->setRange(0, 0); // busy: the server sends us no detail for this job
        m_overall->setFormat(tr("no live detail"));
        m_node->setText(tr("This job belongs to another client; the server sends its progress "
                           "only to that client."));
        m_node->setWordWrap(true);
        m_steps->setRange(0, 1);
        m_steps->setValue(0);
        m_steps->setFormat(QString());
        m_steps->setEnabled(false);
        return;
    }
    m_node->setWordWrap(false);
    m_overall->setRange(0, 1000);
    m_overall->setValue(qRound(j.overallProgress() * 1000));
    // A job that failed, was interrupted or got lost does not keep a "running" blue bar.
    if (j.isFinished() && j.state != Job::State::Succeeded) {
        QPalette pal = m_overall->palette();
        pal.setColor(QPalette::Highlight, jobStateAccent(j.state));
        m_overall->setPalette(pal);
    }
    if (j.totalNodes() > 0 && j.liveDetail)
        m_overall->setFormat(tr("%1 % — %2 of %3 nodes")
                                 .arg(qRound(j.overallProgress() * 100))
                                 .arg(j.doneNodes())
                                 .arg(j.totalNodes()));
    else
        m_overall->setFormat(tr("%1 %").arg(qRound(j.overallProgress() * 100)));

    if (j.state == Job::State::Running && !j.currentNode.isEmpty()) {
        m_node->setText(tr("Running: %1").arg(NodeListModel::nodeLabel(j, j.currentNode)));
        m_steps->setEnabled(true);
        if (j.nodeMax > 0) {
            m_steps->setRange(0, int(j.nodeMax));
            m_steps->setValue(int(j.nodeValue));
            m_steps->setFormat(tr("step %1 of %2").arg(int(j.nodeValue)).arg(int(j.nodeMax)));
        } else {
            m_steps->setRange(0, 1);
            m_steps->setValue(0);
            m_steps->setFormat(tr("no steps"));
        }
    } else {
        m_node->setText(j.state == Job::State::Queued ? tr("Waiting in the queue")
                                                      : tr("Finished"));
        m_steps->setRange(0, 1);
        m_steps->setValue(j.state == Job::State::Succeeded ? 1 : 0);
        m_steps->setFormat(QString());
        m_steps->setEnabled(false);
    }
}

} // namespace ComfyScope::App
