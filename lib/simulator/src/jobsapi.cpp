// SPDX-License-Identifier: MIT
// GET /api/jobs and /api/jobs/{id} (v0.8.0): queue and history normalized into job records.
#include "simulator_p.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ComfyScope {

using namespace Sim;

namespace {
JVal pruneNulls(const JVal &obj)
{
    JVal out = JVal::object();
    for (const auto &m : obj.members())
        if (!m.second.isNull())
            out.insert(m.first, m.second);
    return out;
}

void jobMetadata(const JVal &extra, JVal *createTime, JVal *workflowId)
{
    *createTime = extra.value(u"create_time"_s);
    *workflowId = extra.value(u"extra_pnginfo"_s).value(u"workflow"_s).value(u"id"_s);
}

JVal normalizeQueueItem(const JVal &item, const QString &status)
{
    JVal ct, wid;
    jobMetadata(item.at(3), &ct, &wid);
    return pruneNulls(JVal::object({{u"id"_s, item.at(1)},
                                    {u"status"_s, status},
                                    {u"priority"_s, item.at(0)},
                                    {u"create_time"_s, ct},
                                    {u"outputs_count"_s, 0},
                                    {u"workflow_id"_s, wid}}));
}

JVal normalizeHistoryItem(const QString &id, const JVal &h, bool includeOutputs,
                          bool reportCancelled = false)
{
    const JVal &p = h.value(u"prompt"_s);
    JVal ct, wid;
    jobMetadata(p.at(3), &ct, &wid);
    const JVal &statusInfo = h.value(u"status"_s);
    const QString statusStr = statusInfo.value(u"status_str"_s).toString();
    QString status = statusStr == "error"_L1 ? u"failed"_s : u"completed"_s;
    if (reportCancelled && statusStr == "error"_L1) {
        // v0.33: an interrupted run is `cancelled`, not `failed`.
        for (const JVal &entry : statusInfo.value(u"messages"_s).items())
            if (entry.isArray() && entry.size() >= 1
                && entry.at(0).toString() == "execution_interrupted"_L1)
                status = u"cancelled"_s;
    }
    const JVal &outputs = h.value(u"outputs"_s);
    int count = 0;
    JVal preview, fallback;
    for (const auto &node : outputs.members()) {
        if (!node.second.isObject())
            continue;
        for (const auto &media : node.second.members()) {
            if (media.first == "animated"_L1 || !media.second.isArray())
                continue;
            for (const JVal &item : media.second.items()) {
                if (!item.isObject())
                    continue;
                ++count;
                const QString fmt = item.value(u"format"_s).toString();
                const QString fn = item.value(u"filename"_s).toString().toLower();
                const bool previewable = media.first == "images"_L1 || media.first == "video"_L1
                                         || media.first == "audio"_L1 || fmt.startsWith("video/"_L1)
                                         || fmt.startsWith("audio/"_L1) || fn.endsWith(".obj"_L1)
                                         || fn.endsWith(".fbx"_L1) || fn.endsWith(".gltf"_L1)
                                         || fn.endsWith(".glb"_L1);
                if (preview.isNull() && previewable) {
                    JVal enriched = item;
                    enriched.insert(u"nodeId"_s, node.first);
                    enriched.insert(u"mediaType"_s, media.first);
                    if (item.value(u"type"_s) == JVal(u"output"_s))
                        preview = enriched;
                    else if (fallback.isNull())
                        fallback = enriched;
                }
            }
        }
    }
    JVal start, end, error;
    for (const JVal &entry : statusInfo.value(u"messages"_s).items()) {
        if (!entry.isArray() || entry.size() < 2 || !entry.at(1).isObject())
            continue;
        const QString ev = entry.at(0).toString();
        if (ev == "execution_start"_L1)
            start = entry.at(1).value(u"timestamp"_s);
        else if (ev == "execution_success"_L1 || ev == "execution_error"_L1
                 || ev == "execution_interrupted"_L1) {
            end = entry.at(1).value(u"timestamp"_s);
            if (ev == "execution_error"_L1)
                error = entry.at(1);
        }
    }
    JVal job = pruneNulls(
        JVal::object({{u"id"_s, id},
                      {u"status"_s, status},
                      {u"priority"_s, p.at(0)},
                      {u"create_time"_s, ct},
                      {u"execution_start_time"_s, start},
                      {u"execution_end_time"_s, end},
                      {u"execution_error"_s, error},
                      {u"outputs_count"_s, count},
                      {u"preview_output"_s, preview.isNull() ? fallback : preview},
                      {u"workflow_id"_s, wid}}));
    if (includeOutputs) {
        job.insert(u"outputs"_s, outputs);
        job.insert(u"execution_status"_s, statusInfo);
        job.insert(u"workflow"_s,
                   JVal::object({{u"prompt"_s, p.at(2)}, {u"extra_data"_s, p.at(3)}}));
    }
    return job;
}
} // namespace

HttpResponse Simulator::Private::handleJobs(const HttpRequest &r)
{
    static const QStringList all = {u"pending"_s, u"in_progress"_s, u"completed"_s, u"failed"_s,
                                    u"cancelled"_s};
    auto err = [](const QString &m) {
        return HttpResponse::json(JVal::object({{u"error"_s, m}}), 400);
    };
    // v0.8.0 knows four statuses and refuses `cancelled` in the filter (checked against the
    // real server: 400 "Invalid status value(s): cancelled. Valid values: pending, …, failed").
    const QStringList valid = newest ? all : all.mid(0, 4);
    QStringList statusFilter = valid;
    const QString statusParam = r.queryValue(u"status"_s);
    if (!statusParam.isEmpty()) {
        statusFilter.clear();
        QStringList invalid;
        for (const QString &s : statusParam.split(u',')) {
            const QString t = s.trimmed().toLower();
            if (t.isEmpty())
                continue;
            statusFilter.append(t);
            if (!valid.contains(t))
                invalid.append(t);
        }
        if (!invalid.isEmpty())
            return err(u"Invalid status value(s): "_s + invalid.join(u", "_s)
                       + u". Valid values: "_s + valid.join(u", "_s));
    }
    const QString workflowId = r.queryValue(u"workflow_id"_s);
    const QString sortBy = r.hasQuery(u"sort_by"_s) ? r.queryValue(u"sort_by"_s).toLower()
                                                    : u"created_at"_s;
    const QString sortOrder = r.hasQuery(u"sort_order"_s) ? r.queryValue(u"sort_order"_s).toLower()
                                                          : u"desc"_s;
    if (sortBy != "created_at"_L1 && sortBy != "execution_duration"_L1)
        return err(u"sort_by must be 'created_at' or 'execution_duration'"_s);
    if (sortOrder != "asc"_L1 && sortOrder != "desc"_L1)
        return err(u"sort_order must be 'asc' or 'desc'"_s);
    std::optional<qint64> limit;
    if (r.hasQuery(u"limit"_s)) {
        bool ok = false;
        const qint64 l = r.queryValue(u"limit"_s).trimmed().toLongLong(&ok);
        if (!ok)
            return err(u"limit must be an integer"_s);
        if (l <= 0)
            return err(u"limit must be a positive integer"_s);
        limit = l;
    }
    qint64 offset = 0;
    if (r.hasQuery(u"offset"_s)) {
        bool ok = false;
        offset = r.queryValue(u"offset"_s).trimmed().toLongLong(&ok);
        if (!ok)
            return err(u"offset must be an integer"_s);
        offset = qMax<qint64>(0, offset);
    }
    QList<JVal> jobs;
    if (statusFilter.contains("in_progress"_L1) && run)
        jobs.append(normalizeQueueItem(run->item.toJson(), u"in_progress"_s));
    if (statusFilter.contains("pending"_L1))
        for (const QueueItem &i : std::as_const(queue))
            jobs.append(normalizeQueueItem(i.toJson(), u"pending"_s));
    const bool incCompleted = statusFilter.contains("completed"_L1);
    const bool incFailed = statusFilter.contains("failed"_L1);
    const bool incCancelled = statusFilter.contains("cancelled"_L1);
    if (incCompleted || incFailed || incCancelled) {
        for (const QString &id : std::as_const(historyOrder)) {
            const JVal item = normalizeHistoryItem(id, history.value(id), false, newest);
            const QString st = item.value(u"status"_s).toString();
            if ((st == "failed"_L1 && incFailed) || (st == "completed"_L1 && incCompleted)
                || (st == "cancelled"_L1 && incCancelled))
                jobs.append(item);
        }
    }
    if (!workflowId.isEmpty()) {
        QList<JVal> f;
        for (const JVal &j : std::as_const(jobs))
            if (j.value(u"workflow_id"_s) == JVal(workflowId))
                f.append(j);
        jobs = f;
    }
    auto key = [&](const JVal &j) -> double {
        if (sortBy == "execution_duration"_L1) {
            const double s = j.value(u"execution_start_time"_s).toDouble();
            const double e = j.value(u"execution_end_time"_s).toDouble();
            return (s != 0 && e != 0) ? e - s : 0;
        }
        return j.value(u"create_time"_s).toDouble();
    };
    if (sortOrder == "desc"_L1)
        std::stable_sort(jobs.begin(), jobs.end(),
                         [&](const JVal &a, const JVal &b) { return key(a) > key(b); });
    else
        std::stable_sort(jobs.begin(), jobs.end(),
                         [&](const JVal &a, const JVal &b) { return key(a) < key(b); });
    const qint64 total = jobs.size();
    if (offset > 0)
        jobs = jobs.mid(offset);
    if (limit)
        jobs = jobs.mid(0, *limit);
    JVal list = JVal::array();
    for (const JVal &j : std::as_const(jobs))
        list.append(j);
    const bool hasMore = offset + jobs.size() < total;
    return HttpResponse::json(
        JVal::object({{u"jobs"_s, list},
                      {u"pagination"_s, JVal::object({{u"offset"_s, offset},
                                                      {u"limit"_s, limit ? JVal(*limit) : JVal()},
                                                      {u"total"_s, total},
                                                      {u"has_more"_s, hasMore}})}}));
}

HttpResponse Simulator::Private::handleJob(const QString &id)
{
    if (id.isEmpty())
        return HttpResponse::json(JVal::object({{u"error"_s, u"job_id is required"_s}}), 400);
    if (history.contains(id))
        return HttpResponse::json(normalizeHistoryItem(id, history.value(id), true, newest));
    if (run && run->item.promptId == id)
        return HttpResponse::json(normalizeQueueItem(run->item.toJson(), u"in_progress"_s));
    for (const QueueItem &i : std::as_const(queue))
        if (i.promptId == id)
            return HttpResponse::json(normalizeQueueItem(i.toJson(), u"pending"_s));
    return HttpResponse::json(JVal::object({{u"error"_s, u"Job not found"_s}}), 404);
}

} // namespace ComfyScope
