// SPDX-License-Identifier: MIT
#pragma once

#include <comfyscope/events.h>
#include <comfyscope/protocol.h>

#include <QtCore/QHash>
#include <QtCore/QJsonObject>
#include <QtCore/QSet>
#include <QtCore/QString>
#include <QtCore/QStringList>

namespace ComfyScope {

/*!
 * Which prompt and node a binary frame belongs to, and what kind of image it is — without a
 * socket. The Client feeds it the text messages it receives (observe()), tells it about the
 * prompts it queued and their node classes, and asks it to fill in each image frame.
 *
 * - /ws type 1 frames (every server before preview metadata, and clients that did not ask for it)
 *   name nothing: they belong to the node of the latest `executing`/`progress`.
 * - type 4 frames name their prompt and node themselves.
 * - Either way the node's class decides the kind: a SaveImageWebsocket-like class (has
 *   "websocket" but not "preview" in its name) makes a WebSocketOutput, any other known class a
 *   SamplerPreview; unknown classes keep the parser's guess from the format.
 * - ComfyDeploy frames arrive on another socket that is not ordered with /ws: they can beat the
 *   `execution_start` of their prompt (then the oldest unfinished prompt of ours with a ComfyDeploy
 *   output node is the one) and the `executing` of their node (then the prompt's only ComfyDeploy
 *   output node is the one).
 */
class FrameAttribution
{
public:
    /// Follow the run: execution_start, executing and progress move the current prompt and node;
    /// `executing {node: null}` ends a prompt. Other events are ignored.
    void observe(const Protocol::Event &event);

    /// Node id → class_type of a prompt's graph. Bounded: a finished prompt's graph is kept only
    /// while it is among the KeptFinished newest finished ones (a /comfyui-deploy/ws frame may
    /// come after /ws said the prompt ended), and at most MaxPromptsWithClasses graphs are kept
    /// in all (the oldest known are forgotten first; a forgotten one still waiting is read again
    /// from GET /queue when it starts).
    void setPromptNodeClasses(const QString &promptId, const QHash<QString, QString> &classes);
    bool hasNodeClasses(const QString &promptId) const;
    /// How many prompts' graphs are kept (diagnostics and tests).
    qsizetype promptsWithClasses() const { return m_nodeClasses.size(); }
    static constexpr qsizetype MaxPromptsWithClasses = 256;
    static constexpr qsizetype KeptFinished = 16;
    /// Node id → class_type of an API-format workflow.
    static QHash<QString, QString> classesOf(const QJsonObject &workflow);

    /// A prompt of ours was queued (kept oldest first until it finishes).
    void addOwnPrompt(const QString &promptId);
    /// The server queued it under another id (servers before v0.3.45 pick their own).
    void renameOwnPrompt(const QString &from, const QString &to);
    /// It was refused: nothing will run.
    void removeOwnPrompt(const QString &promptId);
    QStringList ownUnfinishedPrompts() const { return m_ownUnfinished; }

    QString currentPrompt() const { return m_currentPrompt; }
    QString currentNode() const { return m_currentNode; }

    /// Fill in prompt and node of a /ws image frame that did not name them, and set its kind.
    void attribute(ImageFrame &frame) const;
    /// Fill in prompt and node of a /comfyui-deploy/ws image frame.
    void attributeDeployFrame(ImageFrame &frame) const;

private:
    void refineKind(ImageFrame &frame) const;
    QString ownPromptWithDeployOutput() const;
    void promptEnded(const QString &promptId);

    QString m_currentPrompt;
    QString m_currentNode;
    QHash<QString, QHash<QString, QString>> m_nodeClasses;
    QList<QString> m_classesOrder;  // ids in m_nodeClasses, oldest first (may hold forgotten ids)
    QList<QString> m_finishedOrder; // finished prompts whose graph is still kept, oldest first
    QStringList m_ownUnfinished;    // prompts we queued that have not finished, oldest first
};

} // namespace ComfyScope
