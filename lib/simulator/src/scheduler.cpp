// SPDX-License-Identifier: MIT
// The prompt queue (a Python heapq), the worker, the execution list (comfy_execution/graph.py),
// the output cache and the run's life: start, node after node, success, error, interrupt.
#include "imagegen_p.h"
#include "simulator_p.h"

#include <QtCore/QCryptographicHash>
#include <QtCore/QUuid>

using namespace Qt::StringLiterals;

namespace ComfyScope {

using namespace Sim;

QString Sim::formatValueString(const SimValue &v)
{
    switch (v.kind) {
    case SimValue::Kind::Image:
    case SimValue::Kind::Mask:
        return torchTensorRepr(v.images);
    case SimValue::Kind::Latent:
        return u"{'samples': tensor([[[[0., 0., 0.,  ..., 0., 0., 0.],\n          ...]]])}"_s;
    case SimValue::Kind::Model:
        return u"<comfy.model_patcher.ModelPatcher object at 0x7f5c2d1e8a50>"_s;
    case SimValue::Kind::Clip:
        return u"<comfy.sd.CLIP object at 0x7f5c2d1e8b90>"_s;
    case SimValue::Kind::Vae:
        return u"<comfy.sd.VAE object at 0x7f5c2d1e8cd0>"_s;
    case SimValue::Kind::Conditioning:
        return u"[[tensor([[[-0.3885,  0.0230, -0.0521,  ..., -0.4901, -0.3066,  0.0674]]]), {'pooled_output': tensor([[-0.0514, ...]])}]]"_s;
    default:
        return u"None"_s;
    }
}

namespace {
JVal formatValue(const SimValue &v)
{
    switch (v.kind) {
    case SimValue::Kind::Int:
        return JVal(v.i);
    case SimValue::Kind::Float:
        return JVal(v.f);
    case SimValue::Kind::String:
        return JVal(v.s);
    case SimValue::Kind::None:
        return JVal();
    default:
        return JVal(formatValueString(v));
    }
}
} // namespace

// ================================================================================================
// queue

JVal QueueItem::toJson() const
{
    return JVal::array({number, promptId, prompt, extraData, JVal::fromStringList(outputs)});
}

bool QueueItem::lessThan(const QueueItem &other) const
{
    const double a = number.toDouble(), b = other.number.toDouble();
    if (a != b)
        return a < b;
    return promptId < other.promptId;
}

void Simulator::Private::siftDown(int startPos, int pos)
{
    QueueItem newItem = queue.at(pos);
    while (pos > startPos) {
        const int parentPos = (pos - 1) >> 1;
        if (newItem.lessThan(queue.at(parentPos))) {
            queue[pos] = queue.at(parentPos);
            pos = parentPos;
            continue;
        }
        break;
    }
    queue[pos] = newItem;
}

void Simulator::Private::siftUp(int pos)
{
    const int endPos = int(queue.size());
    const int startPos = pos;
    QueueItem newItem = queue.at(pos);
    int childPos = 2 * pos + 1;
    while (childPos < endPos) {
        const int rightPos = childPos + 1;
        if (rightPos < endPos && !queue.at(childPos).lessThan(queue.at(rightPos)))
            childPos = rightPos;
        queue[pos] = queue.at(childPos);
        pos = childPos;
        childPos = 2 * pos + 1;
    }
    queue[pos] = newItem;
    siftDown(startPos, pos);
}

void Simulator::Private::heapPush(const QueueItem &item)
{
    queue.append(item);
    siftDown(0, int(queue.size()) - 1);
}

QueueItem Simulator::Private::heapPop()
{
    QueueItem last = queue.takeLast();
    if (queue.isEmpty())
        return last;
    QueueItem ret = queue.first();
    queue[0] = last;
    siftUp(0);
    return ret;
}

void Simulator::Private::heapify()
{
    for (int i = int(queue.size()) / 2 - 1; i >= 0; --i)
        siftUp(i);
}

// ================================================================================================
// worker

void Simulator::Private::scheduleWorker()
{
    if (workerScheduled || run)
        return;
    workerScheduled = true;
    QTimer::singleShot(0, q, [this] {
        workerScheduled = false;
        startNextPrompt();
    });
}

QString Simulator::Private::effectivePreviewMethod(const JVal &extraData) const
{
    QString method = previewMethod;
    if (v080()) {
        const JVal &o = extraData.value(u"preview_method"_s);
        static const QStringList known = {u"none"_s, u"auto"_s, u"latent2rgb"_s, u"taesd"_s};
        if (o.isString() && o.toString() != "default"_L1 && known.contains(o.toString()))
            method = o.toString();
    }
    return method;
}

void Simulator::Private::addMessage(const QString &event, JVal data, bool broadcast)
{
    data.insert(u"timestamp"_s, serverNowMs());
    run->statusMessages.append(JVal::array({event, data}));
    if (run->clientId || broadcast)
        sendJson(event, data, run->clientId);
}

void Simulator::Private::sendToClient(const QString &type, const JVal &data)
{
    if (run && run->clientId)
        sendJson(type, data, run->clientId);
}

void Simulator::Private::sendToClientOrBroadcast(const QString &type, const JVal &data)
{
    sendJson(type, data, run ? run->clientId : std::nullopt);
}

void Simulator::Private::startNextPrompt()
{
    if (run || queue.isEmpty())
        return;
    qCDebug(lcSimulator) << "start prompt; registered sids:" << q->connectedSids();
    auto r = std::make_unique<Run>();
    r->item = heapPop();
    qCDebug(lcSimulator) << "start prompt" << r->item.promptId;
    run = std::move(r);
    broadcastStatus(); // the worker took it: same count

    interruptFlag = false;
    const JVal &extra = run->item.extraData;
    if (extra.contains(u"client_id"_s)) {
        const JVal &cid = extra.value(u"client_id"_s);
        if (cid.isNull())
            run->clientId = std::nullopt;
        else if (cid.isString())
            run->clientId = cid.toString();
        else
            run->clientId = u"\u0001"_s + cid.pyRepr(); // matches no socket
    }
    serverClientId = run->clientId;
    if (relayPromptClients.size() > 1000)
        relayPromptClients.clear();
    relayPromptClients.insert(run->item.promptId, run->clientId);
    lastPromptId = run->item.promptId;
    run->previewMethod = effectivePreviewMethod(extra);
    const QString promptId = run->item.promptId;
    addMessage(u"execution_start"_s, JVal::object({{u"prompt_id"_s, promptId}}), false);

    const JVal &prompt = run->item.prompt;
    run->promptOrder = prompt.keys();
    QHash<QString, QString> memo;
    QSet<QString> visiting;
    QSet<QString> used;
    for (const QString &id : std::as_const(run->promptOrder)) {
        run->signatures.insert(id, computeSignature(id, memo, visiting));
        used.insert(run->signatures.value(id));
    }
    for (auto it = outputCache.begin(); it != outputCache.end();) {
        if (!used.contains(it.key()))
            it = outputCache.erase(it);
        else
            ++it;
    }
    QSet<QString> objectKeys;
    for (const QString &id : std::as_const(run->promptOrder))
        objectKeys.insert(id + u'\x1f' + prompt.value(id).value(u"class_type"_s).toString());
    for (auto it = previewSuffix.begin(); it != previewSuffix.end();) {
        if (!objectKeys.contains(it.key()))
            it = previewSuffix.erase(it);
        else
            ++it;
    }
    JVal cachedNodes = JVal::array();
    for (const QString &id : std::as_const(run->promptOrder))
        if (isCached(id))
            cachedNodes.append(JVal(id));
    addMessage(u"execution_cached"_s,
               JVal::object({{u"nodes"_s, cachedNodes}, {u"prompt_id"_s, promptId}}), false);

    for (const QString &o : std::as_const(run->item.outputs))
        addNode(o);
    QTimer::singleShot(0, q, [this] { advance(); });
}

QString Simulator::Private::computeSignature(const QString &nodeId, QHash<QString, QString> &memo,
                                             QSet<QString> &visiting)
{
    if (memo.contains(nodeId))
        return memo.value(nodeId);
    const JVal &node = run->item.prompt.value(nodeId);
    if (!node.isObject() || visiting.contains(nodeId))
        return u"nan:"_s + QUuid::createUuid().toString();
    visiting.insert(nodeId);
    const QString classType = node.value(u"class_type"_s).toString();
    const NodeClass *cls = catalog().find(classType);
    QString sig = classType + u'\x1f';
    if (!cls || cls->neverCached) {
        sig += u"nan:"_s + QUuid::createUuid().toString();
    } else if (classType == "LoadImage"_L1) {
        QString folder, rel;
        const StoredFile *f = nullptr;
        if (resolveInputFile(node.value(u"inputs"_s).value(u"image"_s).pyStr(), &folder, &rel))
            f = findFile(folder, rel);
        sig += f ? QString::fromLatin1(
                   QCryptographicHash::hash(f->data, QCryptographicHash::Sha256).toHex())
                 : u"nan:"_s + QUuid::createUuid().toString();
    } else {
        sig += u"False"_s;
    }
    if (cls && cls->uniqueIdInSignature)
        sig += u"\x1fid="_s + nodeId;
    const JVal &inputs = node.value(u"inputs"_s);
    QStringList keys = inputs.keys();
    std::sort(keys.begin(), keys.end());
    for (const QString &k : std::as_const(keys)) {
        const JVal &v = inputs.value(k);
        sig += u'\x1f' + k;
        if (isLink(v)) {
            sig += u"=>("_s + computeSignature(v.at(0).toString(), memo, visiting) + u")#"_s
                   + QString::number(v.at(1).toInt());
        } else if (v.isNumber() || v.isBool()) {
            sig += u'=' + QString::fromLatin1(JVal::pyFloatRepr(v.toDouble()));
        } else {
            sig += u'=' + QString::fromLatin1(v.dump());
        }
    }
    visiting.remove(nodeId);
    const QString hashed = QString::fromLatin1(
        QCryptographicHash::hash(sig.toUtf8(), QCryptographicHash::Sha1).toHex());
    memo.insert(nodeId, hashed);
    return hashed;
}

const CacheEntry *Simulator::Private::cachedEntry(const QString &nodeId) const
{
    const auto it = outputCache.constFind(run->signatures.value(nodeId));
    return it == outputCache.constEnd() ? nullptr : &it.value();
}

bool Simulator::Private::isCached(const QString &nodeId) const
{
    return cachedEntry(nodeId) != nullptr;
}

void Simulator::Private::addNode(const QString &startId)
{
    QStringList stack = {startId};
    QList<std::tuple<QString, qint64, QString>> links;
    while (!stack.isEmpty()) {
        const QString id = stack.takeLast();
        if (run->pending.contains(id))
            continue;
        run->pending.append(id);
        run->blockCount.insert(id, 0);
        run->blocking.insert(id, {});
        const JVal &inputs = run->item.prompt.value(id).value(u"inputs"_s);
        for (const auto &m : inputs.members()) {
            if (!isLink(m.second))
                continue;
            const QString from = m.second.at(0).toString();
            if (!isCached(from))
                stack.append(from);
            links.append({from, m.second.at(1).toInt(), id});
        }
    }
    for (const auto &l : links) {
        const QString &from = std::get<0>(l);
        const QString &to = std::get<2>(l);
        if (isCached(from))
            continue;
        addNode(from);
        QStringList &blocked = run->blocking[from];
        if (!blocked.contains(to)) {
            blocked.append(to);
            run->blockCount[to] += 1;
        }
    }
}

QString Simulator::Private::pickNode(const QStringList &ready) const
{
    auto isOutput = [this](const QString &id) {
        const NodeClass *c = m_catalog ? m_catalog->find(
                                 run->item.prompt.value(id).value(u"class_type"_s).toString())
                                       : nullptr;
        return c && c->outputNode;
    };
    for (const QString &n : ready)
        if (isOutput(n))
            return n;
    for (const QString &n : ready)
        for (const QString &b : run->blocking.value(n))
            if (isOutput(b))
                return n;
    for (const QString &n : ready)
        for (const QString &b : run->blocking.value(n))
            for (const QString &b1 : run->blocking.value(b))
                if (isOutput(b1))
                    return n;
    return ready.first();
}

void Simulator::Private::completeNode(const QString &nodeId)
{
    run->pending.removeAll(nodeId);
    for (const QString &b : run->blocking.value(nodeId))
        run->blockCount[b] -= 1;
    run->blocking.remove(nodeId);
}

void Simulator::Private::advance()
{
    while (run && !run->job) {
        if (run->pending.isEmpty()) {
            addMessage(u"execution_success"_s, JVal::object({{u"prompt_id"_s, run->item.promptId}}),
                       false);
            finishRun();
            return;
        }
        QStringList ready;
        for (const QString &id : std::as_const(run->pending))
            if (run->blockCount.value(id) == 0)
                ready.append(id);
        if (ready.isEmpty()) {
            ExecError e{u"Dependency cycle detected"_s,
                        u"comfy_execution.graph.DependencyCycleError"_s,
                        {}};
            failRun(run->pending.first(), e);
            return;
        }
        const QString nodeId = pickNode(ready);
        if (const CacheEntry *cached = cachedEntry(nodeId)) {
            const CacheEntry entry = *cached;
            if (run->clientId) {
                sendJson(u"executed"_s,
                         JVal::object({{u"node"_s, nodeId},
                                       {u"display_node"_s, nodeId},
                                       {u"output"_s,
                                        entry.ui.isNull() ? JVal() : entry.ui.value(u"output"_s)},
                                       {u"prompt_id"_s, run->item.promptId}}),
                         run->clientId);
                if (!entry.ui.isNull())
                    run->uiOutputs.append({nodeId, entry.ui});
            }
            progressFinish(nodeId);
            run->values.insert(nodeId, entry.outputs);
            completeNode(nodeId);
            continue;
        }
        progressStart(nodeId);
        if (run->clientId) {
            lastNodeId = nodeId;
            sendJson(u"executing"_s,
                     JVal::object({{u"node"_s, nodeId},
                                   {u"display_node"_s, nodeId},
                                   {u"prompt_id"_s, run->item.promptId}}),
                     run->clientId);
        }
        run->job = makeJob(nodeId);
        if (interruptFlag) { // before_node_execution()
            interruptRun(nodeId);
            return;
        }
        runJobStep();
        return;
    }
}

void Simulator::Private::runJobStep()
{
    if (!run || !run->job)
        return;
    NodeJob &job = *run->job;
    ExecError error;
    const StepResult r = stepJob(job, &error);
    switch (r) {
    case StepResult::Wait:
        jobTimer->start(qMax(0, job.delayMs));
        return;
    case StepResult::Done:
        finishJob();
        return;
    case StepResult::Error:
        failRun(job.nodeId, error);
        return;
    case StepResult::Interrupted:
        interruptRun(job.nodeId);
        return;
    }
}

void Simulator::Private::finishJob()
{
    std::unique_ptr<NodeJob> job = std::move(run->job);
    const QString &id = job->nodeId;
    JVal uiEntry;
    if (job->ui.isObject() && job->ui.size() > 0) {
        uiEntry = JVal::object({{u"meta"_s, JVal::object({{u"node_id"_s, id},
                                                          {u"display_node"_s, id},
                                                          {u"parent_node"_s, JVal()},
                                                          {u"real_node_id"_s, id}})},
                                {u"output"_s, job->ui}});
        run->uiOutputs.append({id, uiEntry});
        sendToClient(u"executed"_s, JVal::object({{u"node"_s, id},
                                                  {u"display_node"_s, id},
                                                  {u"output"_s, job->ui},
                                                  {u"prompt_id"_s, run->item.promptId}}));
    }
    run->values.insert(id, job->outputs);
    outputCache.insert(run->signatures.value(id), CacheEntry{job->outputs, uiEntry});
    progressFinish(id);
    run->executed.append(id);
    completeNode(id);
    QTimer::singleShot(0, q, [this] { advance(); });
}

QStringList Simulator::Private::nodeTraceback(const QString &lastFrame) const
{
    QStringList tb;
    if (v080()) {
        tb << u"  File \"/srv/comfyui/ComfyUI/execution.py\", line 518, in execute\n    output_data, output_ui, has_subgraph, has_pending_tasks = await get_output_data(prompt_id, unique_id, obj, input_data_all, execution_block_cb=execution_block_cb, pre_execute_cb=pre_execute_cb, v3_data=v3_data)\n                                                              ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^\n"_s
           << u"  File \"/srv/comfyui/ComfyUI/execution.py\", line 329, in get_output_data\n    return_values = await _async_map_node_over_list(prompt_id, unique_id, obj, input_data_all, obj.FUNCTION, allow_interrupt=True, execution_block_cb=execution_block_cb, pre_execute_cb=pre_execute_cb, v3_data=v3_data)\n                    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^\n"_s
           << u"  File \"/srv/comfyui/ComfyUI/execution.py\", line 303, in _async_map_node_over_list\n    await process_inputs(input_dict, i)\n"_s
           << u"  File \"/srv/comfyui/ComfyUI/execution.py\", line 291, in process_inputs\n    result = f(**inputs)\n             ^^^^^^^^^^^\n"_s;
    } else {
        tb << u"  File \"/srv/comfyui/ComfyUI/execution.py\", line 327, in execute\n    output_data, output_ui, has_subgraph = get_output_data(obj, input_data_all, execution_block_cb=execution_block_cb, pre_execute_cb=pre_execute_cb)\n                                           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^\n"_s
           << u"  File \"/srv/comfyui/ComfyUI/execution.py\", line 202, in get_output_data\n    return_values = _map_node_over_list(obj, input_data_all, obj.FUNCTION, allow_interrupt=True, execution_block_cb=execution_block_cb, pre_execute_cb=pre_execute_cb)\n                    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^\n"_s
           << u"  File \"/srv/comfyui/ComfyUI/execution.py\", line 174, in _map_node_over_list\n    process_inputs(input_dict, i)\n"_s
           << u"  File \"/srv/comfyui/ComfyUI/execution.py\", line 163, in process_inputs\n    results.append(getattr(obj, func)(**inputs))\n                   ^^^^^^^^^^^^^^^^^^^^^^^^^^^^\n"_s;
    }
    if (!lastFrame.isEmpty())
        tb << lastFrame;
    return tb;
}

void Simulator::Private::failRun(QString nodeId, const ExecError &error)
{
    jobTimer->stop();
    std::unique_ptr<NodeJob> job = std::move(run->job);
    JVal currentOutputs = JVal::fromStringList(run->promptOrder);
    const QString message = v080() ? error.message + u"\n"_s : error.message;
    addMessage(
        u"execution_error"_s,
        JVal::object({{u"prompt_id"_s, run->item.promptId},
                      {u"node_id"_s, nodeId},
                      {u"node_type"_s, run->item.prompt.value(nodeId).value(u"class_type"_s)},
                      {u"executed"_s, JVal::fromStringList(run->executed)},
                      {u"exception_message"_s, message},
                      {u"exception_type"_s, error.type},
                      {u"traceback"_s, JVal::fromStringList(error.traceback)},
                      {u"current_inputs"_s, job ? job->currentInputs : JVal::object()},
                      {u"current_outputs"_s, currentOutputs}}),
        false);
    run->success = false;
    finishRun();
}

void Simulator::Private::interruptRun(QString nodeId)
{
    jobTimer->stop();
    run->job.reset();
    addMessage(
        u"execution_interrupted"_s,
        JVal::object({{u"prompt_id"_s, run->item.promptId},
                      {u"node_id"_s, nodeId},
                      {u"node_type"_s, run->item.prompt.value(nodeId).value(u"class_type"_s)},
                      {u"executed"_s, JVal::fromStringList(run->executed)}}),
        true);
    run->success = false;
    finishRun();
}

void Simulator::Private::finishRun()
{
    jobTimer->stop();
    std::unique_ptr<Run> r = std::move(run);
    JVal outputs = JVal::object();
    JVal meta = JVal::object();
    for (const auto &u : std::as_const(r->uiOutputs)) {
        outputs.insert(u.first, u.second.value(u"output"_s));
        meta.insert(u.first, u.second.value(u"meta"_s));
    }
    lastNodeId = std::nullopt;
    const QString statusStr = r->success ? u"success"_s : u"error"_s;
    JVal entry = JVal::object({{u"prompt"_s, r->item.toJson()},
                               {u"outputs"_s, outputs},
                               {u"status"_s, JVal::object({{u"status_str"_s, statusStr},
                                                           {u"completed"_s, r->success},
                                                           {u"messages"_s, r->statusMessages}})},
                               {u"meta"_s, meta}});
    storeHistory(r->item.promptId, entry);
    broadcastStatus();
    if (r->clientId)
        sendJson(u"executing"_s,
                 JVal::object({{u"node"_s, JVal()}, {u"prompt_id"_s, r->item.promptId}}),
                 r->clientId);
    if (freeMemoryPending) {
        freeMemoryPending = false;
        outputCache.clear();
    }
    const QString promptId = r->item.promptId;
    r.reset();
    qCDebug(lcSimulator) << "prompt finished" << promptId << statusStr;
    Q_EMIT q->promptFinished(promptId, statusStr);
    scheduleWorker();
}

// ================================================================================================
// nodes

JVal NodeJob::widget(const QString &name) const
{
    for (const auto &w : widgets)
        if (w.first == name)
            return w.second;
    return JVal();
}

std::unique_ptr<NodeJob> Simulator::Private::makeJob(const QString &nodeId)
{
    auto job = std::make_unique<NodeJob>();
    job->nodeId = nodeId;
    const JVal &node = run->item.prompt.value(nodeId);
    job->classType = node.value(u"class_type"_s).toString();
    job->cls = catalog().find(job->classType);
    const JVal &inputs = node.value(u"inputs"_s);
    for (const auto &m : inputs.members()) {
        const InputSpec *spec = job->cls ? job->cls->input(m.first) : nullptr;
        if (isLink(m.second)) {
            const QString from = m.second.at(0).toString();
            const int slot = int(m.second.at(1).toInt());
            NodeOutputs outs = run->values.value(from);
            if (!run->values.contains(from)) {
                if (const CacheEntry *c = cachedEntry(from))
                    outs = c->outputs;
            }
            if (slot < 0 || slot >= outs.size())
                continue;
            job->links.insert(m.first, outs.at(slot));
            job->currentInputs.insert(m.first, JVal::array({formatValue(outs.at(slot))}));
        } else if (spec) {
            job->widgets.append({m.first, m.second});
            const JVal &v = m.second;
            job->currentInputs.insert(
                m.first, JVal::array({v.isArray() || v.isObject() ? JVal(v.pyRepr()) : v}));
        }
    }
    if (job->cls) {
        const JVal &hidden = job->cls->info.value(u"input"_s).value(u"hidden"_s);
        for (const auto &h : hidden.members()) {
            const QString kind = h.second.isArray() ? h.second.at(0).toString()
                                                    : h.second.toString();
            if (kind == "UNIQUE_ID"_L1)
                job->currentInputs.insert(h.first, JVal::array({JVal(nodeId)}));
            else if (kind == "PROMPT"_L1)
                job->currentInputs.insert(h.first, JVal::array({JVal(run->item.prompt.pyRepr())}));
            else if (kind == "EXTRA_PNGINFO"_L1) {
                const JVal &p = run->item.extraData.value(u"extra_pnginfo"_s);
                job->currentInputs.insert(
                    h.first, JVal::array({p.isObject() || p.isArray() ? JVal(p.pyRepr()) : p}));
            }
        }
    }
    return job;
}

} // namespace ComfyScope
