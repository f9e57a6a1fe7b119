// SPDX-License-Identifier: MIT
// The fast path for /ws text messages (protocolfast_p.h). Its rule: read exactly what
// parseMessageData() reads, with the same defaults, and give up (return false) on anything
// parseMessageData() would refuse or read differently, so the slow path decides those.
#include "protocolfast_p.h"

#include "protocol_p.h"

#include <QtCore/QStringEncoder>

#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#ifdef COMFYSCOPE_HAVE_SIMDJSON
#include <simdjson.h>
#endif

using namespace Qt::StringLiterals;

namespace ComfyScope::Protocol {

#ifdef COMFYSCOPE_HAVE_SIMDJSON
namespace {

using simdjson::dom::element;
using simdjson::dom::element_type;
using simdjson::dom::object;

template<class T>
inline T load(const char *p)
{
    T v;
    std::memcpy(&v, p, sizeof v);
    return v;
}

/// Equality; short strings (keys, node ids) with two overlapping word loads, no memcmp call.
inline bool equal(std::string_view a, std::string_view b)
{
    const size_t n = a.size();
    if (n != b.size())
        return false;
    const char *x = a.data(), *y = b.data();
    if (n >= 8) {
        if (n > 16)
            return std::memcmp(x, y, n) == 0;
        return load<quint64>(x) == load<quint64>(y)
               && load<quint64>(x + n - 8) == load<quint64>(y + n - 8);
    }
    if (n >= 4)
        return load<quint32>(x) == load<quint32>(y)
               && load<quint32>(x + n - 4) == load<quint32>(y + n - 4);
    for (size_t i = 0; i < n; ++i)
        if (x[i] != y[i])
            return false;
    return true;
}

/// Byte order (for ASCII, QString's order too), without a call to memcmp.
inline bool less(std::string_view a, std::string_view b)
{
    const size_t n = a.size() < b.size() ? a.size() : b.size();
    for (size_t i = 0; i < n; ++i)
        if (a[i] != b[i])
            return static_cast<unsigned char>(a[i]) < static_cast<unsigned char>(b[i]);
    return a.size() < b.size();
}

/// The fields of one object that a parser wants, by position in `keys`. Duplicate keys make it
/// fail: QJsonObject keeps the last one, and such input is for the slow path.
template<size_t N>
struct Fields
{
    explicit Fields(const std::string_view (&k)[N])
        : keys(k)
    {}
    const std::string_view (&keys)[N];
    element values[N];
    bool present[N] = {};

    bool read(const object &o)
    {
        // ComfyUI sends the keys in one order: try the one after the last match first.
        size_t next = 0;
        const auto end = o.end();
        for (auto it = o.begin(); it != end; ++it) {
            const std::string_view key = it.key();
            for (size_t k = 0; k < N; ++k) {
                const size_t i = next + k < N ? next + k : next + k - N;
                if (equal(key, keys[i])) {
                    if (present[i])
                        return false;
                    present[i] = true;
                    values[i] = it.value();
                    next = i + 1 < N ? i + 1 : 0;
                    break;
                }
            }
        }
        return true;
    }
    /// Absent or null: what Reader treats as not sent.
    bool isAbsent(size_t i) const { return !present[i] || values[i].is_null(); }
};

bool number(const element &v, double &out)
{
    int64_t i = 0;
    uint64_t u = 0;
    switch (v.type()) {
    case element_type::INT64:
        if (v.get_int64().get(i))
            return false;
        out = double(i);
        return true;
    case element_type::UINT64:
        if (v.get_uint64().get(u))
            return false;
        out = double(u);
        return true;
    case element_type::DOUBLE:
        return !v.get_double().get(out);
    default:
        return false;
    }
}

bool isAscii(std::string_view s)
{
    for (const char c : s)
        if (static_cast<unsigned char>(c) >= 0x80)
            return false;
    return true;
}

QString toQString(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

QJsonValue toJsonValue(const element &v);

QJsonObject toJsonObject(const object &o)
{
    QJsonObject out;
    for (const auto kv : o)
        out.insert(toQString(kv.key), toJsonValue(kv.value)); // a later duplicate wins, as Qt's
    return out;
}

QJsonValue toJsonValue(const element &v)
{
    switch (v.type()) {
    case element_type::OBJECT: {
        object o;
        if (!v.get_object().get(o))
            return toJsonObject(o);
        break;
    }
    case element_type::ARRAY: {
        simdjson::dom::array items;
        QJsonArray a;
        if (!v.get_array().get(items))
            for (const element item : items)
                a.append(toJsonValue(item));
        return a;
    }
    case element_type::INT64: {
        int64_t i = 0;
        if (v.get_int64().get(i))
            break;
        return QJsonValue(qint64(i));
    }
    case element_type::UINT64: {
        uint64_t u = 0;
        if (v.get_uint64().get(u))
            break;
        return QJsonValue(double(u));
    }
    case element_type::DOUBLE: {
        double x = 0;
        if (v.get_double().get(x))
            break;
        return QJsonValue(x);
    }
    case element_type::STRING: {
        std::string_view s;
        if (v.get_string().get(s))
            break;
        return QJsonValue(toQString(s));
    }
    case element_type::BOOL: {
        bool b = false;
        if (v.get_bool().get(b))
            break;
        return QJsonValue(b);
    }
    case element_type::NULL_VALUE:
        break;
    }
    return QJsonValue(QJsonValue::Null);
}

constexpr std::string_view kProgressKeys[] = {"value", "max", "prompt_id", "node"};
constexpr std::string_view kStateKeys[] = {"prompt_id", "nodes"};
// In the order ComfyUI sends them (Fields::read tries the next one first).
constexpr std::string_view kNodeKeys[] = {"value",          "max",         "state",
                                          "node_id",        "prompt_id",   "display_node_id",
                                          "parent_node_id", "real_node_id"};
constexpr std::string_view kExecutingKeys[] = {"node", "display_node", "prompt_id"};
constexpr std::string_view kExecutedKeys[] = {"node", "display_node", "prompt_id", "output"};
constexpr std::string_view kPromptKeys[] = {"prompt_id", "timestamp"};
constexpr std::string_view kCachedKeys[] = {"prompt_id", "nodes", "timestamp"};
constexpr std::string_view kInterruptedKeys[] = {"prompt_id", "node_id", "node_type", "executed",
                                                 "timestamp"};
constexpr std::string_view kStatusKeys[] = {"sid", "status"};
constexpr std::string_view kStatusInnerKeys[] = {"exec_info"};
constexpr std::string_view kExecInfoKeys[] = {"queue_remaining"};
constexpr std::string_view kEnvelopeKeys[] = {"type", "data"};

} // namespace

struct FastMessageParser::Impl
{
    simdjson::dom::parser parser;
    std::vector<char> buffer; // the UTF-8 text and simdjson's padding
    size_t length = 0;
    bool ready = false; // buffer holds the text
    QByteArray big;     // a huge text, for the slow path only

    // Recent ids (node and prompt ids repeat in every message of a run): the same bytes give
    // the same shared QString, so a steady stream allocates no id strings.
    struct Interned
    {
        std::string utf8;
        QString text;
    };
    std::vector<Interned> ids;
    size_t hint = 0;
    // progress_state's nodes, sorted by key (reused between messages).
    struct NodeEntry
    {
        std::string_view key;
        object node;
    };
    std::vector<NodeEntry> nodeEntries;
    static constexpr size_t MaxIds = 256;
    static constexpr size_t MaxIdBytes = 64;

    QString intern(std::string_view s)
    {
        if (s.size() > MaxIdBytes)
            return toQString(s); // not an id: not kept
        const size_t n = ids.size();
        for (size_t k = 0; k < n; ++k) {
            const size_t i = hint + k < n ? hint + k : hint + k - n;
            const Interned &e = ids[i];
            if (equal(e.utf8, s)) {
                hint = i + 1 < n ? i + 1 : 0;
                return e.text;
            }
        }
        if (ids.size() >= MaxIds) {
            ids.clear();
            hint = 0;
        }
        ids.push_back({std::string(s), toQString(s)});
        hint = 0;
        return ids.back().text;
    }

    // Reader::str: absent or null is fine (empty) unless required; a non-string refuses.
    template<size_t N>
    bool str(const Fields<N> &f, size_t i, QString &out, bool required = false, bool id = true)
    {
        if (f.isAbsent(i))
            return !required;
        std::string_view s;
        if (f.values[i].get_string().get(s))
            return false;
        out = id ? intern(s) : toQString(s);
        return true;
    }
    template<size_t N>
    bool num(const Fields<N> &f, size_t i, double &out, bool required = false)
    {
        if (f.isAbsent(i))
            return !required;
        return number(f.values[i], out);
    }
    template<size_t N>
    bool timestamp(const Fields<N> &f, size_t i, qint64 &out)
    {
        double d = 0;
        if (!num(f, i, d))
            return false;
        out = qint64(d);
        return true;
    }
    // Reader::strList: strings, or numbers for very old servers' int node ids.
    template<size_t N>
    bool strList(const Fields<N> &f, size_t i, QStringList &out)
    {
        if (f.isAbsent(i))
            return true;
        simdjson::dom::array a;
        if (f.values[i].get_array().get(a))
            return false;
        out.reserve(qsizetype(a.size()));
        for (const element v : a) {
            std::string_view s;
            double d = 0;
            if (!v.get_string().get(s))
                out.append(intern(s));
            else if (number(v, d))
                out.append(QString::number(d));
            else
                return false;
        }
        return true;
    }

    bool progress(const object &data, Message &out);
    bool progressState(const object &data, Message &out);
    bool executing(const object &data, Message &out);
    bool executed(const object &data, Message &out);
    bool status(const object &data, Message &out);
    bool promptEvent(const object &data, Message &out, bool success);
    bool cached(const object &data, Message &out);
    bool interrupted(const object &data, Message &out);
};

bool FastMessageParser::Impl::progress(const object &data, Message &out)
{
    Fields<4> f{kProgressKeys};
    ProgressEvent e;
    if (!f.read(data) || !num(f, 0, e.value, true) || !num(f, 1, e.max, true)
        || !str(f, 2, e.promptId) || !str(f, 3, e.node))
        return false;
    out = e;
    return true;
}

bool FastMessageParser::Impl::progressState(const object &data, Message &out)
{
    Fields<2> f{kStateKeys};
    ProgressStateEvent e;
    if (!f.read(data) || !str(f, 0, e.promptId, true) || !f.present[1])
        return false;
    object nodes;
    if (f.values[1].get_object().get(nodes))
        return false;
    // QJsonObject iterates its keys sorted; the payload keeps that order. Non-ASCII keys (where
    // UTF-8 and UTF-16 order could differ) and duplicates go the slow way.
    const size_t count = nodes.size(); // saturates at 0xFFFFFF
    if (count >= 0xFFFFFF)
        return false;
    if (nodeEntries.size() < count)
        nodeEntries.resize(count);
    NodeEntry *entries = nodeEntries.data();
    size_t n = 0;
    const auto nodesEnd = nodes.end();
    for (auto it = nodes.begin(); it != nodesEnd && n < count; ++it) {
        const std::string_view key = it.key();
        if (!isAscii(key) || it.value().get_object().get(entries[n].node))
            return false;
        entries[n].key = key;
        // Insertion sort: the nodes arrive in execution order, a few dozen at most.
        size_t j = n++;
        while (j > 0 && less(entries[j].key, entries[j - 1].key)) {
            std::swap(entries[j - 1], entries[j]);
            --j;
        }
        if (j > 0 && equal(entries[j - 1].key, entries[j].key))
            return false;
        if (j + 1 < n && equal(entries[j + 1].key, entries[j].key))
            return false;
    }
    e.nodes.resize(qsizetype(n));
    std::string_view prompt;
    if (f.values[0].get_string().get(prompt))
        return false;
    for (size_t i = 0; i < n; ++i) {
        Fields<8> nf{kNodeKeys};
        if (!nf.read(entries[i].node))
            return false;
        NodeProgress &p = e.nodes[qsizetype(i)];
        const QString key = intern(entries[i].key);
        // The ids are usually the key and the message's prompt: share those strings.
        auto id = [&](size_t k, QString &to) {
            if (nf.isAbsent(k))
                return true;
            std::string_view s;
            if (nf.values[k].get_string().get(s))
                return false;
            to = equal(s, entries[i].key) ? key : equal(s, prompt) ? e.promptId : intern(s);
            return true;
        };
        std::string_view state;
        if (!num(nf, 0, p.value) || !num(nf, 1, p.max))
            return false;
        if (!nf.isAbsent(2) && nf.values[2].get_string().get(state))
            return false;
        if (!id(3, p.nodeId) || !id(4, p.promptId) || !id(5, p.displayNodeId)
            || !id(6, p.parentNodeId) || !id(7, p.realNodeId))
            return false;
        if (p.nodeId.isEmpty())
            p.nodeId = key;
        if (p.displayNodeId.isEmpty())
            p.displayNodeId = p.nodeId;
        if (equal(state, "running"))
            p.state = NodeProgress::State::Running;
        else if (equal(state, "finished"))
            p.state = NodeProgress::State::Finished;
        else if (equal(state, "pending"))
            p.state = NodeProgress::State::Pending;
        else if (equal(state, "error"))
            p.state = NodeProgress::State::Error;
        else
            p.state = NodeProgress::State::Unknown;
    }
    out = e;
    return true;
}

bool FastMessageParser::Impl::executing(const object &data, Message &out)
{
    Fields<3> f{kExecutingKeys};
    ExecutingEvent e;
    // `node` must be there (null is the end of a prompt).
    if (!f.read(data) || !f.present[0] || !str(f, 0, e.node) || !str(f, 1, e.displayNode)
        || !str(f, 2, e.promptId))
        return false;
    if (e.displayNode.isEmpty())
        e.displayNode = e.node;
    out = e;
    return true;
}

bool FastMessageParser::Impl::executed(const object &data, Message &out)
{
    Fields<4> f{kExecutedKeys};
    ExecutedEvent e;
    if (!f.read(data) || !str(f, 0, e.node, true) || !str(f, 1, e.displayNode)
        || !str(f, 2, e.promptId))
        return false;
    if (e.displayNode.isEmpty())
        e.displayNode = e.node;
    if (f.isAbsent(3)) {
        e.outputIsNull = true;
    } else {
        object o;
        if (f.values[3].get_object().get(o))
            return false;
        e.output = toJsonObject(o);
        collectRefs(e.output, e.images);
    }
    out = e;
    return true;
}

bool FastMessageParser::Impl::status(const object &data, Message &out)
{
    Fields<2> f{kStatusKeys};
    StatusEvent e;
    if (!f.read(data) || !str(f, 0, e.sid))
        return false;
    if (f.isAbsent(1)) {
        if (e.sid.isEmpty())
            return false; // a bare {}: the slow path says what is missing
    } else {
        object status, execInfo;
        Fields<1> sf{kStatusInnerKeys};
        Fields<1> ef{kExecInfoKeys};
        double q = 0;
        if (f.values[1].get_object().get(status) || !sf.read(status) || !sf.present[0]
            || sf.values[0].get_object().get(execInfo) || !ef.read(execInfo) || !ef.present[0]
            || !number(ef.values[0], q))
            return false;
        e.queueRemaining = int(q);
        if (e.queueRemaining < 0)
            return false;
    }
    out = e;
    return true;
}

bool FastMessageParser::Impl::promptEvent(const object &data, Message &out, bool success)
{
    Fields<2> f{kPromptKeys};
    QString promptId;
    qint64 ts = 0;
    if (!f.read(data) || !str(f, 0, promptId, true) || !timestamp(f, 1, ts))
        return false;
    if (success) {
        ExecutionSuccessEvent e;
        e.promptId = promptId;
        e.timestamp = ts;
        out = e;
    } else {
        ExecutionStartEvent e;
        e.promptId = promptId;
        e.timestamp = ts;
        out = e;
    }
    return true;
}

bool FastMessageParser::Impl::cached(const object &data, Message &out)
{
    Fields<3> f{kCachedKeys};
    ExecutionCachedEvent e;
    if (!f.read(data) || !str(f, 0, e.promptId, true) || !strList(f, 1, e.nodes)
        || !timestamp(f, 2, e.timestamp))
        return false;
    out = e;
    return true;
}

bool FastMessageParser::Impl::interrupted(const object &data, Message &out)
{
    Fields<5> f{kInterruptedKeys};
    ExecutionInterruptedEvent e;
    if (!f.read(data) || !str(f, 0, e.promptId, true) || !str(f, 1, e.nodeId)
        || !str(f, 2, e.nodeType) || !strList(f, 3, e.executed) || !timestamp(f, 4, e.timestamp))
        return false;
    out = e;
    return true;
}

FastMessageParser::FastMessageParser()
    : d(std::make_unique<Impl>())
{}

bool FastMessageParser::isAvailable()
{
    return true;
}

bool FastMessageParser::parse(ParsedMessage &pm)
{
    element root;
    object rootObject;
    if (!d->ready || d->parser.parse(d->buffer.data(), d->length, false).get(root)
        || root.get_object().get(rootObject))
        return false;
    Fields<2> f{kEnvelopeKeys};
    std::string_view type;
    object data;
    if (!f.read(rootObject) || !f.present[0] || !f.present[1] || f.values[0].get_string().get(type)
        || f.values[1].get_object().get(data))
        return false;
    // The type names as shared, static QStrings (no allocation per message).
    static const QString progressType = u"progress"_s, progressStateType = u"progress_state"_s,
                         executingType = u"executing"_s, executedType = u"executed"_s,
                         statusType = u"status"_s, startType = u"execution_start"_s,
                         cachedType = u"execution_cached"_s, successType = u"execution_success"_s,
                         interruptedType = u"execution_interrupted"_s;
    bool ok = false;
    if (equal(type, "progress")) {
        ok = d->progress(data, pm.message);
        pm.type = progressType;
    } else if (equal(type, "progress_state")) {
        ok = d->progressState(data, pm.message);
        pm.type = progressStateType;
    } else if (equal(type, "executing")) {
        ok = d->executing(data, pm.message);
        pm.type = executingType;
    } else if (equal(type, "executed")) {
        ok = d->executed(data, pm.message);
        pm.type = executedType;
    } else if (equal(type, "status")) {
        ok = d->status(data, pm.message);
        pm.type = statusType;
    } else if (equal(type, "execution_start")) {
        ok = d->promptEvent(data, pm.message, false);
        pm.type = startType;
    } else if (equal(type, "execution_cached")) {
        ok = d->cached(data, pm.message);
        pm.type = cachedType;
    } else if (equal(type, "execution_success")) {
        ok = d->promptEvent(data, pm.message, true);
        pm.type = successType;
    } else if (equal(type, "execution_interrupted")) {
        ok = d->interrupted(data, pm.message);
        pm.type = interruptedType;
    }
    return ok;
}

#else // no simdjson: parse() leaves every message to parseMessage()

struct FastMessageParser::Impl
{
    std::vector<char> buffer;
    size_t length = 0;
    bool ready = false;
    QByteArray big;
};

FastMessageParser::FastMessageParser()
    : d(std::make_unique<Impl>())
{}

bool FastMessageParser::isAvailable()
{
    return false;
}

bool FastMessageParser::parse(ParsedMessage &)
{
    return false;
}

#endif

FastMessageParser::~FastMessageParser() = default;

QByteArrayView FastMessageParser::setText(QStringView text)
{
    d->big.clear();
    if (text.size() > (qsizetype(1) << 20)) {
        // Huge frames are rare: Qt's conversion, and the slow path parses them.
        d->big = text.toUtf8();
        d->length = 0;
        d->ready = false;
        return d->big;
    }
    // At most 3 bytes per UTF-16 unit, plus simdjson's padding.
    const size_t need = size_t(text.size()) * 3 + 64;
    std::vector<char> &buf = d->buffer;
    if (buf.size() < need)
        buf.resize(need);
    QStringEncoder encoder(QStringEncoder::Utf8, QStringConverter::Flag::Stateless);
    const char *end = encoder.appendToBuffer(buf.data(), text);
    d->length = size_t(end - buf.data());
    d->ready = true;
    return QByteArrayView(buf.data(), qsizetype(d->length));
}

} // namespace ComfyScope::Protocol
