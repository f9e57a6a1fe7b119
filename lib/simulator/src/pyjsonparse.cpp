// SPDX-License-Identifier: MIT
// JVal::parse: a JSON parser that accepts and rejects what Python's json.loads does (NaN,
// Infinity, big integers, duplicate keys — the last wins) and reports errors in its words.
#include "pyjson_p.h"

#include <charconv>
#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace ComfyScope::Sim {

namespace {
class Parser
{
public:
    explicit Parser(const QByteArray &t)
        : m_p(t.constData())
        , m_end(t.constData() + t.size())
    {}

    bool parseDocument(JVal *out)
    {
        skipWs();
        if (!parseValue(out, 0))
            return false;
        skipWs();
        if (m_p != m_end)
            return fail("Extra data");
        return true;
    }
    QString error;

private:
    bool fail(const char *msg)
    {
        if (error.isEmpty())
            error = QString::fromLatin1(msg);
        return false;
    }
    void skipWs()
    {
        while (m_p < m_end && (*m_p == ' ' || *m_p == '\t' || *m_p == '\n' || *m_p == '\r'))
            ++m_p;
    }
    bool startsWith(const char *lit) const
    {
        const qsizetype n = qsizetype(qstrlen(lit));
        return m_end - m_p >= n && memcmp(m_p, lit, size_t(n)) == 0;
    }
    bool parseValue(JVal *out, int depth)
    {
        if (depth > 500)
            return fail("maximum recursion depth exceeded");
        if (m_p >= m_end)
            return fail("Expecting value");
        switch (*m_p) {
        case '{':
            return parseObject(out, depth);
        case '[':
            return parseArray(out, depth);
        case '"': {
            QString s;
            if (!parseString(&s))
                return false;
            *out = JVal(s);
            return true;
        }
        case 't':
            if (startsWith("true")) {
                m_p += 4;
                *out = JVal(true);
                return true;
            }
            return fail("Expecting value");
        case 'f':
            if (startsWith("false")) {
                m_p += 5;
                *out = JVal(false);
                return true;
            }
            return fail("Expecting value");
        case 'n':
            if (startsWith("null")) {
                m_p += 4;
                *out = JVal();
                return true;
            }
            return fail("Expecting value");
        case 'N':
            if (startsWith("NaN")) {
                m_p += 3;
                *out = JVal(std::numeric_limits<double>::quiet_NaN());
                return true;
            }
            return fail("Expecting value");
        case 'I':
            if (startsWith("Infinity")) {
                m_p += 8;
                *out = JVal(std::numeric_limits<double>::infinity());
                return true;
            }
            return fail("Expecting value");
        default:
            if (startsWith("-Infinity")) {
                m_p += 9;
                *out = JVal(-std::numeric_limits<double>::infinity());
                return true;
            }
            return parseNumber(out);
        }
    }
    bool parseNumber(JVal *out)
    {
        const char *start = m_p;
        const char *p = m_p;
        if (p < m_end && *p == '-')
            ++p;
        if (p >= m_end || !(*p >= '0' && *p <= '9'))
            return fail("Expecting value");
        if (*p == '0')
            ++p;
        else
            while (p < m_end && *p >= '0' && *p <= '9')
                ++p;
        bool isFloat = false;
        if (p + 1 < m_end && *p == '.' && p[1] >= '0' && p[1] <= '9') {
            isFloat = true;
            ++p;
            while (p < m_end && *p >= '0' && *p <= '9')
                ++p;
        }
        if (p < m_end && (*p == 'e' || *p == 'E')) {
            const char *q = p + 1;
            if (q < m_end && (*q == '+' || *q == '-'))
                ++q;
            if (q < m_end && *q >= '0' && *q <= '9') {
                isFloat = true;
                while (q < m_end && *q >= '0' && *q <= '9')
                    ++q;
                p = q;
            }
        }
        m_p = p;
        const QByteArray text(start, p - start);
        if (isFloat) {
            *out = JVal(text.toDouble());
            return true;
        }
        bool ok = false;
        const qint64 v = text.toLongLong(&ok);
        *out = ok ? JVal(v) : JVal::bigInt(text);
        return true;
    }
    static int hexVal(char c)
    {
        if (c >= '0' && c <= '9')
            return c - '0';
        if (c >= 'a' && c <= 'f')
            return c - 'a' + 10;
        if (c >= 'A' && c <= 'F')
            return c - 'A' + 10;
        return -1;
    }
    bool parseHex4(char16_t *u)
    {
        if (m_end - m_p < 4)
            return fail("Invalid \\uXXXX escape");
        int v = 0;
        for (int i = 0; i < 4; ++i) {
            const int h = hexVal(m_p[i]);
            if (h < 0)
                return fail("Invalid \\uXXXX escape");
            v = v * 16 + h;
        }
        m_p += 4;
        *u = char16_t(v);
        return true;
    }
    bool parseString(QString *out)
    {
        ++m_p; // opening quote
        QByteArray raw;
        QString result;
        auto flushRaw = [&] {
            if (!raw.isEmpty()) {
                result += QString::fromUtf8(raw);
                raw.clear();
            }
        };
        while (true) {
            if (m_p >= m_end)
                return fail("Unterminated string");
            const char c = *m_p;
            if (c == '"') {
                ++m_p;
                break;
            }
            if (uchar(c) < 0x20)
                return fail("Invalid control character");
            if (c != '\\') {
                raw += c;
                ++m_p;
                continue;
            }
            ++m_p;
            if (m_p >= m_end)
                return fail("Unterminated string");
            const char e = *m_p++;
            switch (e) {
            case '"':
                raw += '"';
                break;
            case '\\':
                raw += '\\';
                break;
            case '/':
                raw += '/';
                break;
            case 'b':
                raw += '\b';
                break;
            case 'f':
                raw += '\f';
                break;
            case 'n':
                raw += '\n';
                break;
            case 'r':
                raw += '\r';
                break;
            case 't':
                raw += '\t';
                break;
            case 'u': {
                char16_t u = 0;
                if (!parseHex4(&u))
                    return false;
                flushRaw();
                result += QChar(u);
                break;
            }
            default:
                return fail("Invalid \\escape");
            }
        }
        flushRaw();
        *out = result;
        return true;
    }
    bool parseArray(JVal *out, int depth)
    {
        ++m_p;
        JVal arr = JVal::array();
        skipWs();
        if (m_p < m_end && *m_p == ']') {
            ++m_p;
            *out = arr;
            return true;
        }
        while (true) {
            skipWs();
            JVal v;
            if (!parseValue(&v, depth + 1))
                return false;
            arr.append(v);
            skipWs();
            if (m_p >= m_end)
                return fail("Expecting ',' delimiter");
            if (*m_p == ',') {
                ++m_p;
                continue;
            }
            if (*m_p == ']') {
                ++m_p;
                break;
            }
            return fail("Expecting ',' delimiter");
        }
        *out = arr;
        return true;
    }
    bool parseObject(JVal *out, int depth)
    {
        ++m_p;
        JVal obj = JVal::object();
        skipWs();
        if (m_p < m_end && *m_p == '}') {
            ++m_p;
            *out = obj;
            return true;
        }
        while (true) {
            skipWs();
            if (m_p >= m_end || *m_p != '"')
                return fail("Expecting property name enclosed in double quotes");
            QString key;
            if (!parseString(&key))
                return false;
            skipWs();
            if (m_p >= m_end || *m_p != ':')
                return fail("Expecting ':' delimiter");
            ++m_p;
            skipWs();
            JVal v;
            if (!parseValue(&v, depth + 1))
                return false;
            obj.insert(key, v);
            skipWs();
            if (m_p >= m_end)
                return fail("Expecting ',' delimiter");
            if (*m_p == ',') {
                ++m_p;
                continue;
            }
            if (*m_p == '}') {
                ++m_p;
                break;
            }
            return fail("Expecting ',' delimiter");
        }
        *out = obj;
        return true;
    }

    const char *m_p;
    const char *m_end;
};
} // namespace

bool JVal::parse(const QByteArray &text, JVal *out, QString *error)
{
    Parser p(text);
    JVal v;
    if (!p.parseDocument(&v)) {
        if (error)
            *error = p.error;
        return false;
    }
    *out = v;
    return true;
}

} // namespace ComfyScope::Sim
