// SPDX-License-Identifier: MIT
// protocoldelta_p.h: a sampler step's `progress` / `progress_state` as a one-number change of
// the step before.
#include "protocoldelta_p.h"

#include <algorithm>
#include <cstring>

namespace ComfyScope::Protocol {

namespace {

/// Length of the common prefix of a and b (n characters each at most).
qsizetype commonPrefix(const char16_t *a, const char16_t *b, qsizetype n)
{
    // Whole blocks through memcmp (vectorised), then the block that differs one by one.
    constexpr qsizetype Block = 128;
    qsizetype i = 0;
    while (i + Block <= n && std::memcmp(a + i, b + i, Block * sizeof(char16_t)) == 0)
        i += Block;
    while (i < n && a[i] == b[i])
        ++i;
    return i;
}

/// Length of the common suffix of a[0, n) and b[0, m), at most `limit`.
qsizetype commonSuffix(const char16_t *a, qsizetype n, const char16_t *b, qsizetype m,
                       qsizetype limit)
{
    constexpr qsizetype Block = 128;
    qsizetype s = 0;
    while (s + Block <= limit
           && std::memcmp(a + n - s - Block, b + m - s - Block, Block * sizeof(char16_t)) == 0)
        s += Block;
    while (s < limit && a[n - 1 - s] == b[m - 1 - s])
        ++s;
    return s;
}

/// A plain JSON number, (0|[1-9][0-9]*)(\.[0-9]+)?, of at most 18 characters, and its value as
/// the full parsers read it (an integer converted to double; a fraction correctly rounded).
bool plainNumber(QStringView t, double &out)
{
    const qsizetype n = t.size();
    if (n == 0 || n > 18)
        return false;
    const char16_t *s = t.utf16();
    qsizetype i = 0;
    quint64 whole = 0;
    if (s[0] == u'0') {
        i = 1;
    } else {
        while (i < n && s[i] >= u'0' && s[i] <= u'9')
            whole = whole * 10 + quint64(s[i++] - u'0');
        if (i == 0)
            return false;
    }
    if (i == n) {
        out = double(whole); // as simdjson's INT64 → double
        return true;
    }
    if (s[i] != u'.' || i + 1 == n)
        return false;
    for (qsizetype k = i + 1; k < n; ++k)
        if (s[k] < u'0' || s[k] > u'9')
            return false;
    bool ok = false;
    out = t.toDouble(&ok); // correctly rounded, as simdjson and QJsonDocument
    return ok;
}

bool isSpace(char16_t c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r';
}

struct Found
{
    qsizetype offset;
    qsizetype length;
    QStringView node; // progress_state: the node's key
    bool max;
};

/// Where the numbers of the payload stand: `data.value` / `data.max` (progress), or
/// `data.nodes.<key>.value` / `.max` (progress_state). The text was read by a full parser
/// already, so it is well-formed JSON; a key with an escape gives up (false).
bool locate(QStringView text, bool state, std::vector<Found> &out)
{
    constexpr int MaxDepth = 6;
    QStringView keys[MaxDepth + 1];
    bool isObject[MaxDepth + 1] = {};
    int depth = 0;
    int datas = 0, nodeLists = 0;
    bool expectKey = false;
    const char16_t *s = text.utf16();
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n;) {
        const char16_t c = s[i];
        if (isSpace(c) || c == u':') {
            ++i;
        } else if (c == u'{' || c == u'[') {
            ++depth;
            if (depth <= MaxDepth) {
                isObject[depth] = c == u'{';
                keys[depth] = {};
            }
            expectKey = c == u'{';
            ++i;
        } else if (c == u'}' || c == u']') {
            --depth;
            expectKey = false;
            ++i;
        } else if (c == u',') {
            expectKey = depth >= 1 && depth <= MaxDepth && isObject[depth];
            ++i;
        } else if (c == u'"') {
            const qsizetype from = ++i;
            bool escaped = false;
            while (i < n && s[i] != u'"') {
                if (s[i] == u'\\') {
                    escaped = true;
                    ++i;
                }
                ++i;
            }
            if (i >= n)
                return false;
            if (expectKey && depth <= MaxDepth) {
                if (escaped)
                    return false;
                keys[depth] = text.sliced(from, i - from);
                expectKey = false;
                // A second `data` or `nodes` (a parser keeps only one of them), or a node key
                // that is not ASCII (where orders could differ): not located.
                if (depth == 1 && keys[1] == QStringView(u"data") && ++datas > 1)
                    return false;
                if (depth == 2 && keys[1] == QStringView(u"data")
                    && keys[2] == QStringView(u"nodes") && ++nodeLists > 1)
                    return false;
                if (depth == 3 && state)
                    for (const QChar ch : keys[3])
                        if (ch.unicode() >= 0x80)
                            return false;
            }
            ++i;
        } else if (c == u'-' || (c >= u'0' && c <= u'9')) {
            const qsizetype from = i;
            while (i < n
                   && (s[i] == u'-' || s[i] == u'+' || s[i] == u'.' || s[i] == u'e' || s[i] == u'E'
                       || (s[i] >= u'0' && s[i] <= u'9')))
                ++i;
            const int want = state ? 4 : 2;
            if (depth == want && keys[1] == QStringView(u"data")
                && (!state || keys[2] == QStringView(u"nodes"))
                && (keys[want] == QStringView(u"value") || keys[want] == QStringView(u"max")))
                out.push_back({from, i - from, state ? keys[3] : QStringView(),
                               keys[want] == QStringView(u"max")});
        } else {
            ++i; // true, false, null
        }
    }
    return depth == 0;
}

} // namespace

void DeltaParser::clear()
{
    for (Entry &e : m_entries)
        e = {};
}

void DeltaParser::remember(const QString &text, qint64 utf8Size, const ParsedMessage &pm)
{
    const bool state = pm.message.is<ProgressStateEvent>();
    if (!state && !pm.message.is<ProgressEvent>())
        return;
    Entry &e = m_entries[state ? 1 : 0];
    // A full parse of this kind: the kept text (if any) did not match. When that keeps
    // happening (a stream whose steps change more than one number), locating the numbers is
    // wasted work: do it only every 2nd, 4th, … 16th time until a match comes again.
    if (!e.text.isEmpty() || e.skip > 0)
        ++e.missStreak;
    if (e.skip > 0) {
        --e.skip;
        return;
    }
    const int streak = e.missStreak;
    e = {};
    e.missStreak = streak;
    e.skip = streak >= 2 ? qMin(1 << (streak - 1), 16) - 1 : 0;
    std::vector<Found> found;
    ++m_located;
    if (!locate(text, state, found))
        return;
    std::vector<Slot> slots;
    slots.reserve(found.size());
    if (state) {
        // The payload's nodes are sorted by key (QJsonObject's order): the n-th key in that
        // order is nodes[n]. Each node must have its key once, and every node a slot pair at most.
        const auto &nodes = pm.message.get<ProgressStateEvent>()->nodes;
        std::vector<QStringView> keys;
        for (const Found &f : found)
            keys.push_back(f.node);
        std::sort(keys.begin(), keys.end());
        keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
        if (qsizetype(keys.size()) > nodes.size())
            return;
        for (const Found &f : found) {
            const auto at = std::lower_bound(keys.begin(), keys.end(), f.node);
            slots.push_back({f.offset, f.length, int(at - keys.begin()), f.max});
        }
        // Nodes without a number in the text (null values) would shift the indices: give up
        // unless every node has a located number.
        if (qsizetype(keys.size()) != nodes.size())
            return;
    } else {
        for (const Found &f : found)
            slots.push_back({f.offset, f.length, -1, f.max});
    }
    // A number twice (a duplicate key: the parser kept one of them) is not located.
    std::vector<int> numbers;
    numbers.reserve(slots.size());
    for (const Slot &x : slots)
        numbers.push_back(x.node * 2 + (x.max ? 1 : 0));
    std::sort(numbers.begin(), numbers.end());
    if (std::adjacent_find(numbers.begin(), numbers.end()) != numbers.end())
        return;
    e.text = text;
    e.utf8Size = utf8Size;
    e.pm = pm;
    e.pm.data = {}; // a raw receiver makes the caller parse fully: no stale `data` handed out
    e.slots = std::move(slots);
}

const ParsedMessage *DeltaParser::match(const QString &text, qint64 maxUtf8)
{
    // `{"type": "progress"` starts both kinds: try the one of the same length first.
    const qsizetype n = text.size();
    Entry *order[2] = {&m_entries[1], &m_entries[0]};
    if (qAbs(m_entries[0].text.size() - n) < qAbs(m_entries[1].text.size() - n))
        std::swap(order[0], order[1]);
    for (Entry *e : order)
        if (!e->text.isEmpty() && patch(*e, text, maxUtf8)) {
            ++m_hits;
            e->missStreak = 0;
            e->skip = 0;
            return &e->pm;
        }
    ++m_misses;
    return nullptr;
}

bool DeltaParser::patch(Entry &e, const QString &text, qint64 maxUtf8)
{
    const qsizetype m = e.text.size(), n = text.size();
    if (qAbs(n - m) > 18)
        return false;
    const qint64 utf8Size = e.utf8Size + (n - m); // only ASCII digits differ
    if (utf8Size > maxUtf8)
        return false;
    const char16_t *a = QStringView(e.text).utf16(), *b = QStringView(text).utf16();
    const qsizetype p = commonPrefix(a, b, qMin(m, n));
    if (p == m && p == n) {
        e.text = text; // the same text: the same payload
        return true;
    }
    const qsizetype s = commonSuffix(a, m, b, n, qMin(m, n) - p);
    // The old text differs in [p, m - s): find the number that holds it.
    const auto it = std::upper_bound(e.slots.begin(), e.slots.end(), p,
                                     [](qsizetype at, const Slot &x) { return at < x.offset; });
    if (it == e.slots.begin())
        return false;
    const auto k = it - 1;
    if (k->offset + k->length < m - s)
        return false;
    // Then text = old[0, offset) + token + old[offset + length, m): a JSON number in place of
    // a JSON number, the rest as parsed before.
    const qsizetype length = k->length + (n - m);
    double value = 0;
    if (length <= 0 || !plainNumber(QStringView(text).sliced(k->offset, length), value))
        return false;
    // Change the kept payload in place when it is ours alone, else a copy.
    if (k->node >= 0) {
        auto *sole = static_cast<ProgressStateEvent *>(e.pm.message.solePayload());
        ProgressStateEvent copy;
        ProgressStateEvent &ps = sole ? *sole : (copy = *e.pm.message.get<ProgressStateEvent>());
        if (k->node >= ps.nodes.size())
            return false;
        NodeProgress &node = ps.nodes[k->node];
        (k->max ? node.max : node.value) = value;
        if (!sole)
            e.pm.message = copy;
    } else {
        auto *sole = static_cast<ProgressEvent *>(e.pm.message.solePayload());
        ProgressEvent copy;
        ProgressEvent &pe = sole ? *sole : (copy = *e.pm.message.get<ProgressEvent>());
        (k->max ? pe.max : pe.value) = value;
        if (!sole)
            e.pm.message = copy;
    }
    k->length = length;
    for (auto later = k + 1; later != e.slots.end(); ++later)
        later->offset += n - m;
    e.text = text;
    e.utf8Size = utf8Size;
    return true;
}

} // namespace ComfyScope::Protocol
