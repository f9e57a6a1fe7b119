// SPDX-License-Identifier: MIT
#include "storedjobsmodel.h"

#include "common/uiutil.h"

#include <QtCore/QLocale>
#include <QtGui/QColor>

using namespace Qt::StringLiterals;

namespace ComfyScope::App {

namespace {
std::optional<Job::State> stateOf(const QString &outcome)
{
    for (Job::State s :
         {Job::State::Succeeded, Job::State::Failed, Job::State::Interrupted, Job::State::Cancelled,
          Job::State::Lost, Job::State::Queued, Job::State::Running})
        if (jobStateName(s) == outcome)
            return s;
    return std::nullopt;
}
} // namespace

StoredJobsModel::StoredJobsModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void StoredJobsModel::setJobs(const QList<StoredJob> &jobs)
{
    beginResetModel();
    m_jobs = jobs;
    endResetModel();
}

int StoredJobsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_jobs.size());
}

int StoredJobsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString StoredJobsModel::outcomeLabel(const QString &outcome)
{
    if (const auto s = stateOf(outcome))
        return jobStateLabel(*s);
    return outcome;
}

QColor StoredJobsModel::outcomeColor(const QString &outcome)
{
    return jobStateAccent(stateOf(outcome).value_or(Job::State::Lost));
}

QVariant StoredJobsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const StoredJob &j = m_jobs.at(index.row());
    switch (role) {
    case PromptIdRole:
        return j.promptId;
    case ServerRole:
        return j.server;
    case OutcomeRole:
        return j.outcome;
    case Qt::DisplayRole:
        switch (index.column()) {
        case FinishedColumn:
            return QLocale().toString(j.finishedAt.toLocalTime(), QLocale::ShortFormat);
        case ServerColumn:
            return j.server;
        case WorkflowColumn:
            return j.workflowName;
        case OutcomeColumn:
            return outcomeLabel(j.outcome);
        case RunTimeColumn:
            return j.durationMs() >= 0 ? formatDuration(j.durationMs()) : QString();
        case ClientColumn:
            return j.clientId;
        case ErrorColumn:
            return j.errorText.section(u'\n', 0, 0);
        case PromptColumn:
            return j.promptId;
        }
        break;
    case Qt::DecorationRole:
        if (index.column() == OutcomeColumn)
            return dotIcon(outcomeColor(j.outcome));
        break;
    case Qt::ToolTipRole:
        if (index.column() == ErrorColumn && !j.errorText.isEmpty())
            return j.errorText;
        if (index.column() == FinishedColumn)
            return QLocale().toString(j.finishedAt.toLocalTime(), QLocale::LongFormat);
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == RunTimeColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    default:
        break;
    }
    return {};
}

QVariant StoredJobsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case FinishedColumn:
        return tr("Finished");
    case ServerColumn:
        return tr("Server");
    case WorkflowColumn:
        return tr("Workflow");
    case OutcomeColumn:
        return tr("Outcome");
    case RunTimeColumn:
        return tr("Run Time");
    case ClientColumn:
        return tr("Client");
    case ErrorColumn:
        return tr("Error");
    case PromptColumn:
        return tr("Prompt");
    }
    return {};
}

} // namespace ComfyScope::App
