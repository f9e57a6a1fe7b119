// SPDX-License-Identifier: MIT
#include "frameattribution_p.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ComfyScope {

namespace {
constexpr qsizetype MaxOwnUnfinished = 1000;
const auto DeployOutputClass =
    "ComfyDeployWebscoketImageOutput"_L1; // sic, as the node pack names it
} // namespace

void FrameAttribution::observe(const Protocol::Event &event)
{
    if (const auto *e = event.get<ExecutionStartEvent>()) {
        m_currentPrompt = e->promptId;
        m_currentNode.clear();
    } else if (const auto *e = event.get<ExecutingEvent>()) {
        if (e->isFinished()) {
            if (e->promptId == m_currentPrompt || e->promptId.isEmpty()) {
                m_currentPrompt.clear();
                m_currentNode.clear();
            }
            if (!e->promptId.isEmpty()) {
                m_ownUnfinished.removeAll(e->promptId);
                promptEnded(e->promptId);
            }
            return;
        }
        if (!e->promptId.isEmpty())
            m_currentPrompt = e->promptId;
        m_currentNode = e->node;
    } else if (const auto *e = event.get<ProgressEvent>()) {
        if (!e->promptId.isEmpty() && !e->node.isEmpty()) {
            m_currentPrompt = e->promptId;
            m_currentNode = e->node;
        }
    } else if (const auto *e = event.get<ExecutionSuccessEvent>()) {
        promptEnded(e->promptId);
    } else if (const auto *e = event.get<ExecutionInterruptedEvent>()) {
        promptEnded(e->promptId);
    } else if (const auto *e = event.get<ExecutionErrorEvent>()) {
        if (e->isTerminal())
            promptEnded(e->promptId);
    }
}

void FrameAttribution::promptEnded(const QString &promptId)
{
    // Several events end a prompt (executing null, execution_success): note it once.
    if (promptId.isEmpty() || !m_nodeClasses.contains(promptId)
        || m_finishedOrder.contains(promptId))
        return;
    m_finishedOrder.append(promptId);
    while (m_finishedOrder.size() > KeptFinished)
        m_nodeClasses.remove(m_finishedOrder.takeFirst());
}

void FrameAttribution::setPromptNodeClasses(const QString &promptId,
                                            const QHash<QString, QString> &classes)
{
    if (promptId.isEmpty())
        return;
    if (!m_nodeClasses.contains(promptId))
        m_classesOrder.append(promptId);
    m_nodeClasses.insert(promptId, classes);
    while (m_nodeClasses.size() > MaxPromptsWithClasses && !m_classesOrder.isEmpty()) {
        const QString oldest = m_classesOrder.takeFirst();
        m_nodeClasses.remove(oldest);
        m_finishedOrder.removeOne(oldest);
    }
    // Ids forgotten when their prompt finished stay in the order list: compact it now and then.
    if (m_classesOrder.size() > 2 * m_nodeClasses.size() + 64)
        m_classesOrder.removeIf([this](const QString &id) { return !m_nodeClasses.contains(id); });
}

bool FrameAttribution::hasNodeClasses(const QString &promptId) const
{
    return m_nodeClasses.contains(promptId);
}

QHash<QString, QString> FrameAttribution::classesOf(const QJsonObject &workflow)
{
    QHash<QString, QString> out;
    for (auto it = workflow.constBegin(); it != workflow.constEnd(); ++it)
        out.insert(it.key(), it->toObject().value("class_type"_L1).toString());
    return out;
}

void FrameAttribution::addOwnPrompt(const QString &promptId)
{
    m_ownUnfinished.append(promptId);
    if (m_ownUnfinished.size() > MaxOwnUnfinished)
        m_ownUnfinished.removeFirst();
}

void FrameAttribution::renameOwnPrompt(const QString &from, const QString &to)
{
    const qsizetype i = m_ownUnfinished.indexOf(from);
    if (i >= 0)
        m_ownUnfinished.replace(i, to);
}

void FrameAttribution::removeOwnPrompt(const QString &promptId)
{
    m_ownUnfinished.removeAll(promptId);
}

void FrameAttribution::refineKind(ImageFrame &f) const
{
    const auto classes = m_nodeClasses.value(f.promptId);
    QString cls = classes.value(f.realNodeId.isEmpty() ? f.nodeId : f.realNodeId);
    if (cls.isEmpty())
        cls = classes.value(f.displayNodeId);
    if (cls.isEmpty())
        return; // keep the format-based guess
    const bool wsOut = cls.contains("websocket"_L1, Qt::CaseInsensitive)
                       && !cls.contains("preview"_L1, Qt::CaseInsensitive);
    f.kind = wsOut ? ImageKind::WebSocketOutput : ImageKind::SamplerPreview;
}

void FrameAttribution::attribute(ImageFrame &f) const
{
    if (!f.attributed) {
        f.promptId = m_currentPrompt;
        f.nodeId = m_currentNode;
        f.displayNodeId = m_currentNode;
    }
    refineKind(f);
}

QString FrameAttribution::ownPromptWithDeployOutput() const
{
    for (const QString &id : m_ownUnfinished) {
        const auto classes = m_nodeClasses.value(id);
        if (std::any_of(classes.cbegin(), classes.cend(),
                        [](const QString &c) { return c == DeployOutputClass; }))
            return id;
    }
    return {};
}

void FrameAttribution::attributeDeployFrame(ImageFrame &f) const
{
    f.promptId = m_currentPrompt;
    f.nodeId = m_currentNode;
    // The frame beat /ws's execution_start: the oldest unfinished prompt of ours that has a
    // ComfyDeploy output node is the one running.
    if (f.promptId.isEmpty())
        f.promptId = ownPromptWithDeployOutput();
    // The deploy socket is not ordered with /ws: the frame can beat the `executing` of its node.
    // If the prompt has exactly one ComfyDeploy output node, it is that one.
    const auto classes = m_nodeClasses.value(f.promptId);
    if (!classes.value(f.nodeId).startsWith("ComfyDeploy"_L1)) {
        QString only;
        int count = 0;
        for (auto it = classes.cbegin(); it != classes.cend(); ++it)
            if (it.value() == DeployOutputClass) {
                only = it.key();
                ++count;
            }
        if (count == 1)
            f.nodeId = only;
    }
    f.displayNodeId = f.nodeId;
}

} // namespace ComfyScope
