// SPDX-License-Identifier: MIT
// The route table and the REST handlers for prompts, the queue, history, object_info and
// system_stats, following ComfyUI v0.8.0 server.py (and v0.3.18 where it differs).
#include "simulator_p.h"

#include <QtCore/QUuid>

using namespace Qt::StringLiterals;

namespace ComfyScope {

using namespace Sim;

HttpResponse Simulator::Private::route(const HttpRequest &r)
{
    QString path;
    if (const auto refused = checkAccess(r, &path))
        return *refused;
    const QByteArray method = r.method == "HEAD" ? QByteArray("GET") : r.method;
    if (method == "OPTIONS")
        return HttpResponse::empty(200);

    auto matches = [&](const QString &p, QString *rest = nullptr) -> int {
        // 1 exact route, 2 "{param}" route; tries the plain path and the /api alias.
        auto test = [&](const QString &candidate) -> int {
            if (candidate == p)
                return 1;
            if (rest && p.endsWith(u'/') && candidate.startsWith(p) && candidate.size() > p.size()
                && !candidate.mid(p.size()).contains(u'/')) {
                *rest = candidate.mid(p.size());
                return 2;
            }
            return 0;
        };
        if (int m = test(path))
            return m;
        if (path.startsWith("/api/"_L1))
            return test(path.mid(4));
        return 0;
    };
    auto methodNotAllowed = [](const QByteArray &allow) {
        HttpResponse resp = HttpResponse::aiohttpError(405);
        resp.headers.append(QPair<QByteArray, QByteArray>{"Allow", allow});
        return resp;
    };
    auto getOnly = [&](auto fn) -> HttpResponse {
        return method == "GET" ? fn() : methodNotAllowed("GET,HEAD");
    };

    QString param;
    if (matches(u"/"_s)) {
        return getOnly([] {
            HttpResponse resp;
            resp.contentType = "text/html";
            resp.body = "<!DOCTYPE html>\n<html><head><title>ComfyUI</title></head>"
                        "<body><p>ComfyScope simulated ComfyUI server</p></body></html>\n";
            resp.headers.append(QPair<QByteArray, QByteArray>{"Cache-Control", "no-cache"});
            return resp;
        });
    }
    if (matches(u"/ws"_s)) {
        if (!wsEnabled)
            return HttpResponse::aiohttpError(404);
        return getOnly([] {
            return HttpResponse::text(
                400, "No WebSocket UPGRADE hdr: None\n Can \"Upgrade\" only to \"WebSocket\".");
        });
    }
    if (matches(u"/comfyui-deploy/ws"_s) && deployEnabled) {
        return getOnly([] {
            return HttpResponse::text(
                400, "No WebSocket UPGRADE hdr: None\n Can \"Upgrade\" only to \"WebSocket\".");
        });
    }
    if (relayEnabled && matches(u"/comfyscope/relay"_s))
        return getOnly([&] { return relayDetection(); });
    if (relayEnabled && matches(u"/comfyscope/relay/ws"_s)) {
        return getOnly([] {
            return HttpResponse::text(
                400, "No WebSocket UPGRADE hdr: None\n Can \"Upgrade\" only to \"WebSocket\".");
        });
    }
    if (matches(u"/prompt"_s)) {
        if (method == "GET")
            return HttpResponse::json(queueInfo());
        if (method == "POST")
            return handlePostPrompt(r);
        return methodNotAllowed("GET,HEAD,POST");
    }
    if (matches(u"/queue"_s)) {
        if (method == "GET")
            return handleGetQueue();
        if (method == "POST")
            return handlePostQueue(r);
        return methodNotAllowed("GET,HEAD,POST");
    }
    if (matches(u"/interrupt"_s))
        return method == "POST" ? handleInterrupt(r) : methodNotAllowed("POST");
    if (matches(u"/free"_s))
        return method == "POST" ? handleFree(r) : methodNotAllowed("POST");
    if (matches(u"/history"_s)) {
        if (method == "GET")
            return handleGetHistory(r);
        if (method == "POST")
            return handlePostHistory(r);
        return methodNotAllowed("GET,HEAD,POST");
    }
    if (matches(u"/history/"_s, &param) == 2) {
        return getOnly([&] {
            const auto it = history.constFind(param);
            if (it == history.constEnd())
                return HttpResponse::json(JVal::object());
            return HttpResponse::json(JVal::object({{param, *it}}));
        });
    }
    if (matches(u"/view"_s))
        return getOnly([&] { return handleView(r); });
    if (matches(u"/upload/image"_s))
        return method == "POST" ? handleUpload(r, false) : methodNotAllowed("POST");
    if (matches(u"/upload/mask"_s))
        return method == "POST" ? handleUpload(r, true) : methodNotAllowed("POST");
    if (matches(u"/object_info"_s))
        return getOnly([&] { return handleObjectInfo(QString(), false); });
    if (matches(u"/object_info/"_s, &param) == 2)
        return getOnly([&] { return handleObjectInfo(param, true); });
    if (matches(u"/system_stats"_s))
        return getOnly([&] { return handleSystemStats(); });
    if (matches(u"/features"_s) && v080())
        return getOnly([&] { return HttpResponse::json(serverFeatures()); });
    if (matches(u"/embeddings"_s))
        return getOnly([] { return HttpResponse::json(JVal::array()); });
    if (matches(u"/extensions"_s)) {
        return getOnly([&] {
            if (v080())
                return HttpResponse::json(JVal::array());
            return HttpResponse::json(JVal::fromStringList(
                {u"/extensions/core/groupNode.js"_s, u"/extensions/core/maskEditorOld.js"_s,
                 u"/extensions/core/clipspace.js"_s, u"/extensions/core/widgetInputs.js"_s,
                 u"/extensions/core/groupNodeManage.js"_s}));
        });
    }
    static const QStringList modelFolders = {
        u"checkpoints"_s,  u"configs"_s,        u"loras"_s,
        u"vae"_s,          u"text_encoders"_s,  u"diffusion_models"_s,
        u"clip_vision"_s,  u"style_models"_s,   u"embeddings"_s,
        u"diffusers"_s,    u"vae_approx"_s,     u"controlnet"_s,
        u"gligen"_s,       u"upscale_models"_s, u"latent_upscale_models"_s,
        u"custom_nodes"_s, u"hypernetworks"_s,  u"photomaker"_s,
        u"classifiers"_s,  u"model_patches"_s,  u"audio_encoders"_s};
    if (matches(u"/models"_s))
        return getOnly([&] { return HttpResponse::json(JVal::fromStringList(modelFolders)); });
    if (matches(u"/models/"_s, &param) == 2) {
        return getOnly([&] {
            if (!modelFolders.contains(param))
                return HttpResponse::empty(404);
            if (param == "checkpoints"_L1)
                return HttpResponse::json(JVal::fromStringList(NodeCatalog::checkpointNames()));
            return HttpResponse::json(JVal::array());
        });
    }
    if (v080() && path == "/api/jobs"_L1)
        return getOnly([&] { return handleJobs(r); });
    if (v080() && path == "/api/api/jobs"_L1)
        return getOnly([&] { return handleJobs(r); });
    if (newest && v080() && method == "POST"
        && (path == "/api/jobs/cancel"_L1 || path == "/api/api/jobs/cancel"_L1)) {
        JVal json;
        if (!JVal::parse(r.body, &json))
            return HttpResponse::json(
                JVal::object({{u"error"_s, u"Request body must be valid JSON"_s}}), 400);
        const JVal ids = json.isObject() ? json.value(u"job_ids"_s) : JVal();
        if (!ids.isArray())
            return HttpResponse::json(JVal::object({{u"error"_s, u"job_ids must be a list"_s}}),
                                      400);
        QStringList list;
        for (const JVal &v : ids.items())
            list << (v.isString() ? v.toString() : QString());
        return handleJobCancel(list, true);
    }
    if (newest && v080() && method == "POST"
        && (path.startsWith("/api/jobs/"_L1) || path.startsWith("/api/api/jobs/"_L1))
        && path.endsWith("/cancel"_L1)) {
        const QString rest = path.mid(path.startsWith("/api/api/"_L1) ? 14 : 10);
        const QString id = rest.left(rest.size() - 7);
        if (!id.isEmpty() && !id.contains(u'/'))
            return handleJobCancel({id}, false);
    }
    if (!newest && method == "POST" && path.startsWith("/api/jobs/"_L1)
        && path.endsWith("/cancel"_L1))
        return methodNotAllowed("GET,HEAD"); // v0.8.0 / v0.3.18: the static catch-all (recorded)
    if (v080() && (path.startsWith("/api/jobs/"_L1) || path.startsWith("/api/api/jobs/"_L1))) {
        const QString id = path.mid(path.lastIndexOf(u'/') + 1);
        if (!path.mid(path.startsWith("/api/api/"_L1) ? 14 : 10).contains(u'/'))
            return getOnly([&] { return handleJob(id); });
    }
    if (matches(u"/users"_s)) {
        return getOnly([] {
            return HttpResponse::json(
                JVal::object({{u"storage"_s, u"server"_s}, {u"migrated"_s, true}}));
        });
    }
    if (matches(u"/settings"_s))
        return getOnly([] { return HttpResponse::json(JVal::object()); });
    if (path.startsWith("/internal/logs"_L1) && path == "/internal/logs"_L1)
        return getOnly([] { return HttpResponse::json(JVal(u""_s)); });
    return HttpResponse::aiohttpError(404);
}

// ------------------------------------------------------------------------------------------------
HttpResponse Simulator::Private::handlePostPrompt(const HttpRequest &r)
{
    JVal json;
    if (!JVal::parse(r.body, &json))
        return HttpResponse::serverError();
    const SubmitResult res = submitPrompt(json);
    if (res.serverError)
        return HttpResponse::serverError();
    return HttpResponse::json(res.body, res.status);
}

HttpResponse Simulator::Private::handleGetQueue()
{
    JVal running = JVal::array();
    if (run)
        running.append(run->item.toJson());
    JVal pending = JVal::array();
    for (const QueueItem &i : std::as_const(queue))
        pending.append(i.toJson());
    return HttpResponse::json(
        JVal::object({{u"queue_running"_s, running}, {u"queue_pending"_s, pending}}));
}

HttpResponse Simulator::Private::handlePostQueue(const HttpRequest &r)
{
    JVal json;
    if (!JVal::parse(r.body, &json) || !(json.isObject() || json.isArray()))
        return HttpResponse::serverError();
    if (json.isObject()) {
        if (json.contains(u"clear"_s) && json.value(u"clear"_s).pyTruthy()) {
            queue.clear();
            broadcastStatus();
        }
        if (json.contains(u"delete"_s)) {
            const JVal &del = json.value(u"delete"_s);
            if (!del.isArray())
                return HttpResponse::serverError();
            for (const JVal &id : del.items()) {
                for (int x = 0; x < queue.size(); ++x) {
                    if (JVal(queue.at(x).promptId) == id) {
                        if (queue.size() == 1) {
                            queue.clear();
                            broadcastStatus(); // wipe_queue() broadcasts too
                        } else {
                            queue.removeAt(x);
                            heapify();
                        }
                        broadcastStatus();
                        break;
                    }
                }
            }
        }
    }
    return HttpResponse::empty(200);
}

HttpResponse Simulator::Private::handleInterrupt(const HttpRequest &r)
{
    if (!v080()) {
        interruptFlag = true; // v0.3.18 ignores the body
        return HttpResponse::empty(200);
    }
    JVal json;
    if (!JVal::parse(r.body, &json))
        json = JVal::object();
    if (!json.isObject())
        return HttpResponse::serverError(); // json_data.get() on a non-dict
    const JVal &pid = json.value(u"prompt_id"_s);
    if (pid.pyTruthy()) {
        if (run && JVal(run->item.promptId) == pid)
            interruptFlag = true;
    } else {
        interruptFlag = true;
    }
    return HttpResponse::empty(200);
}

HttpResponse Simulator::Private::handleJobCancel(const QStringList &ids, bool batch)
{
    if (batch) {
        JVal invalid = JVal::array();
        for (const QString &id : ids) {
            const QUuid u = QUuid::fromString(id);
            if (u.isNull() || u.toString(QUuid::WithoutBraces) != id)
                invalid.append(JVal(id));
        }
        if (invalid.size() > 0)
            return HttpResponse::json(
                JVal::object({{u"error"_s, u"job_ids contains invalid id(s)"_s},
                              {u"invalid_ids"_s, invalid}}),
                400);
    }
    bool cancelled = false;
    for (const QString &id : ids) {
        // Atomic like interrupt_if_running(): only the prompt that is running now.
        if (run && run->item.promptId == id) {
            interruptFlag = true;
            cancelled = true;
            continue;
        }
        for (int x = 0; x < queue.size(); ++x) {
            if (queue.at(x).promptId == id) {
                queue.removeAt(x);
                heapify();
                broadcastStatus();
                cancelled = true;
                break;
            }
        }
    }
    return HttpResponse::json(JVal::object({{u"cancelled"_s, cancelled}}));
}

HttpResponse Simulator::Private::handleFree(const HttpRequest &r)
{
    JVal json;
    if (!JVal::parse(r.body, &json) || !json.isObject())
        return HttpResponse::serverError();
    if (json.value(u"free_memory"_s).pyTruthy()) {
        if (run)
            freeMemoryPending = true;
        else
            outputCache.clear();
    }
    return HttpResponse::empty(200);
}

HttpResponse Simulator::Private::handleGetHistory(const HttpRequest &r)
{
    std::optional<qint64> maxItems;
    qint64 offset = -1;
    if (r.hasQuery(u"max_items"_s)) {
        bool ok = false;
        maxItems = r.queryValue(u"max_items"_s).trimmed().toLongLong(&ok);
        if (!ok)
            return HttpResponse::serverError();
    }
    if (r.hasQuery(u"offset"_s)) {
        if (!v080()) {
            // v0.3.18 ignores offset
        } else {
            bool ok = false;
            offset = r.queryValue(u"offset"_s).trimmed().toLongLong(&ok);
            if (!ok)
                return HttpResponse::serverError();
        }
    }
    if (offset < 0 && maxItems)
        offset = qint64(historyOrder.size()) - *maxItems;
    JVal out = JVal::object();
    qint64 i = 0;
    for (const QString &id : std::as_const(historyOrder)) {
        if (i >= offset) {
            out.insert(id, history.value(id));
            if (maxItems && out.size() >= *maxItems)
                break;
        }
        ++i;
    }
    return HttpResponse::json(out);
}

HttpResponse Simulator::Private::handlePostHistory(const HttpRequest &r)
{
    JVal json;
    if (!JVal::parse(r.body, &json) || !(json.isObject() || json.isArray()))
        return HttpResponse::serverError();
    if (json.isObject()) {
        if (json.contains(u"clear"_s) && json.value(u"clear"_s).pyTruthy()) {
            history.clear();
            historyOrder.clear();
        }
        if (json.contains(u"delete"_s)) {
            const JVal &del = json.value(u"delete"_s);
            if (!del.isArray())
                return HttpResponse::serverError();
            for (const JVal &id : del.items()) {
                const QString key = id.pyStr();
                if (id.isString() && history.remove(key))
                    historyOrder.removeAll(key);
            }
        }
    }
    return HttpResponse::empty(200);
}

void Simulator::Private::storeHistory(const QString &promptId, const JVal &entry)
{
    if (historyOrder.size() > 10000) {
        history.remove(historyOrder.first());
        historyOrder.removeFirst();
    }
    if (!history.contains(promptId))
        historyOrder.append(promptId);
    history.insert(promptId, entry);
}

// ------------------------------------------------------------------------------------------------
JVal Simulator::Private::nodeInfo(const QString &className)
{
    const NodeClass *nc = catalog().find(className);
    if (!nc)
        return JVal();
    JVal info = nc->info;
    if (className == "LoadImage"_L1) {
        JVal *input = info.find(u"input"_s);
        JVal *req = input ? input->find(u"required"_s) : nullptr;
        JVal *spec = req ? req->find(u"image"_s) : nullptr;
        if (spec)
            (*spec)[0] = JVal::fromStringList(inputImageFiles());
    }
    return info;
}

HttpResponse Simulator::Private::handleObjectInfo(const QString &className, bool single)
{
    JVal out = JVal::object();
    if (single) {
        if (catalog().find(className))
            out.insert(className, nodeInfo(className));
        return HttpResponse::json(out);
    }
    for (const QString &name : catalog().classNames())
        out.insert(name, nodeInfo(name));
    return HttpResponse::json(out);
}

HttpResponse Simulator::Private::handleSystemStats()
{
    const qint64 ramTotal = 25276026880LL;
    const qint64 ramFree = 24709312512LL - qint64(files.value(u"output"_s).size()) * 1048576;
    JVal argv = JVal::fromStringList({u"main.py"_s, u"--cpu"_s, u"--listen"_s, u"127.0.0.1"_s,
                                      u"--port"_s, QString::number(port), u"--preview-method"_s,
                                      previewMethod, u"--disable-auto-launch"_s});
    JVal system = JVal::object();
    if (v080()) {
        system = JVal::object(
            {{u"os"_s, u"linux"_s},
             {u"ram_total"_s, ramTotal},
             {u"ram_free"_s, ramFree},
             {u"comfyui_version"_s, u"0.8.0"_s},
             {u"required_frontend_version"_s, u"1.35.9"_s},
             {u"installed_templates_version"_s, JVal()},
             {u"required_templates_version"_s, u"0.7.67"_s},
             {u"python_version"_s, u"3.11.2 (main, Apr 28 2025, 14:11:48) [GCC 12.2.0]"_s},
             {u"pytorch_version"_s, u"2.5.1+cpu"_s},
             {u"embedded_python"_s, false},
             {u"argv"_s, argv}});
    } else {
        system = JVal::object(
            {{u"os"_s, u"posix"_s},
             {u"ram_total"_s, ramTotal},
             {u"ram_free"_s, ramFree},
             {u"comfyui_version"_s, u"0.3.18"_s},
             {u"python_version"_s, u"3.11.2 (main, Apr 28 2025, 14:11:48) [GCC 12.2.0]"_s},
             {u"pytorch_version"_s, u"2.5.1+cpu"_s},
             {u"embedded_python"_s, false},
             {u"argv"_s, argv}});
    }
    if (newest && v080()) {
        // v0.33 (recorded): the version, where it was installed from, the packages it needs.
        system.insert(u"comfyui_version"_s, u"0.33.0"_s);
        system.insert(u"required_frontend_version"_s, u"1.49.6"_s);
        system.insert(u"comfy_package_versions"_s,
                      JVal::array({JVal::object({{u"name"_s, u"comfyui-frontend-package"_s},
                                                 {u"installed"_s, JVal()},
                                                 {u"required"_s, u"1.49.6"_s}}),
                                   JVal::object({{u"name"_s, u"comfy-kitchen"_s},
                                                 {u"installed"_s, u"0.2.31"_s},
                                                 {u"required"_s, u"0.2.31"_s}})}));
        system.insert(u"deploy_environment"_s, u"local-git"_s);
    }
    JVal devices = JVal::array();
    for (int i = 0; i < gpuCount; ++i) {
        const qint64 total = 24LL << 30;
        const qint64 free = total - total * qMin(i + 1, 4) / 5;
        devices.append(
            JVal::object({{u"name"_s, u"cuda:%1 NVIDIA RTX 4090 : cudaMallocAsync"_s.arg(i)},
                          {u"type"_s, u"cuda"_s},
                          {u"index"_s, qint64(i)},
                          {u"vram_total"_s, total},
                          {u"vram_free"_s, free},
                          {u"torch_vram_total"_s, total},
                          {u"torch_vram_free"_s, free}}));
    }
    if (gpuCount == 0)
        devices.append(JVal::object({{u"name"_s, u"cpu"_s},
                                     {u"type"_s, u"cpu"_s},
                                     {u"index"_s, JVal()},
                                     {u"vram_total"_s, ramTotal},
                                     {u"vram_free"_s, ramFree},
                                     {u"torch_vram_total"_s, ramTotal},
                                     {u"torch_vram_free"_s, ramFree}}));
    return HttpResponse::json(JVal::object({{u"system"_s, system}, {u"devices"_s, devices}}));
}

} // namespace ComfyScope
