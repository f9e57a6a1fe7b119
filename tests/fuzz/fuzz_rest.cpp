// SPDX-License-Identifier: MIT
// libFuzzer target: the HTTP response parsers (queue, history, prompt errors, jobs).
#include <comfyscope/replies.h>

#include <QtCore/QJsonDocument>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body(reinterpret_cast<const char *>(data), qsizetype(size));
    using namespace ComfyScope;
    if (auto list = HistoryEntry::listFromJson(body)) {
        for (const HistoryEntry &h : *list) {
            (void)h.outcome();
            (void)h.images();
            (void)h.error();
            (void)h.interruption();
            (void)h.startTimestamp();
            (void)h.endTimestamp();
            (void)h.cachedNodes();
        }
    }
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    const QJsonObject o = doc.object();
    if (auto q = QueueSnapshot::fromJson(o)) {
        (void)q->contains(QStringLiteral("x"));
        for (const auto &i : q->pending)
            (void)i.clientId(), (void)i.createTime();
    }
    const PromptError pe = PromptError::fromJson(o);
    (void)pe.toString();
    (void)JobInfo::fromJson(o);
    return 0;
}
