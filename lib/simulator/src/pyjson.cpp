// SPDX-License-Identifier: MIT
#include "pyjson_p.h"

#include <QtCore/QJsonArray>
#include <QtCore/QJsonObject>

#include <charconv>
#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace ComfyScope::Sim {

namespace {
const JVal &nullValue()
{
    static const JVal n;
    return n;
}

const char hexDigits[] = "0123456789abcdef";

void appendUEscape(QByteArray &out, char16_t u)
{
    out += "\\u";
    out += hexDigits[(u >> 12) & 0xf];
    out += hexDigits[(u >> 8) & 0xf];
    out += hexDigits[(u >> 4) & 0xf];
    out += hexDigits[u & 0xf];
}

void dumpString(QByteArray &out, const QString &s)
{
    out += '"';
    for (const QChar qc : s) {
        const char16_t c = qc.unicode();
        switch (c) {
        case u'"':
            out += "\\\"";
            break;
        case u'\\':
            out += "\\\\";
            break;
        case u'\n':
            out += "\\n";
            break;
        case u'\r':
            out += "\\r";
            break;
        case u'\t':
            out += "\\t";
            break;
        case u'\b':
            out += "\\b";
            break;
        case u'\f':
            out += "\\f";
            break;
        default:
            // ensure_ascii=True: only ' '..'~' stay literal; surrogates are already UTF-16 halves.
            if (c >= 0x20 && c <= 0x7e)
                out += char(c);
            else
                appendUEscape(out, c);
        }
    }
    out += '"';
}

} // namespace

JVal JVal::array(std::initializer_list<JVal> items)
{
    JVal v;
    v.m_type = Type::Array;
    v.m_items.assign(items.begin(), items.end());
    return v;
}

JVal JVal::object(std::initializer_list<Member> members)
{
    JVal v;
    v.m_type = Type::Object;
    for (const auto &m : members)
        v.insert(m.first, m.second);
    return v;
}

JVal JVal::fromStringList(const QStringList &list)
{
    JVal v = array();
    for (const QString &s : list)
        v.append(JVal(s));
    return v;
}

JVal JVal::bigInt(const QByteArray &digits)
{
    JVal v;
    v.m_type = Type::BigInt;
    v.m_string = QString::fromLatin1(digits);
    v.m_double = digits.toDouble();
    return v;
}

JVal JVal::fromQJson(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Bool:
        return JVal(v.toBool());
    case QJsonValue::Double: {
        const double d = v.toDouble();
        if (std::isfinite(d) && std::floor(d) == d && std::fabs(d) < 9.0e15)
            return JVal(qint64(d));
        return JVal(d);
    }
    case QJsonValue::String:
        return JVal(v.toString());
    case QJsonValue::Array: {
        JVal a = array();
        const QJsonArray arr = v.toArray();
        for (const QJsonValue &x : arr)
            a.append(fromQJson(x));
        return a;
    }
    case QJsonValue::Object: {
        JVal o = object();
        const QJsonObject obj = v.toObject();
        for (auto it = obj.begin(); it != obj.end(); ++it)
            o.insert(it.key(), fromQJson(it.value()));
        return o;
    }
    default:
        return JVal();
    }
}

qint64 JVal::toInt() const
{
    switch (m_type) {
    case Type::Int:
        return m_int;
    case Type::Bool:
        return m_bool ? 1 : 0;
    case Type::Double:
    case Type::BigInt:
        if (!std::isfinite(m_double))
            return 0;
        if (m_double >= 9.2e18)
            return std::numeric_limits<qint64>::max();
        if (m_double <= -9.2e18)
            return std::numeric_limits<qint64>::min();
        return qint64(m_double);
    default:
        return 0;
    }
}

double JVal::toDouble() const
{
    switch (m_type) {
    case Type::Int:
        return double(m_int);
    case Type::Bool:
        return m_bool ? 1.0 : 0.0;
    case Type::Double:
    case Type::BigInt:
        return m_double;
    default:
        return 0.0;
    }
}

int JVal::size() const
{
    if (m_type == Type::Array)
        return int(m_items.size());
    if (m_type == Type::Object)
        return int(m_members.size());
    return 0;
}

const JVal &JVal::at(int i) const
{
    if (m_type != Type::Array || i < 0 || size_t(i) >= m_items.size())
        return nullValue();
    return m_items[size_t(i)];
}

bool JVal::contains(const QString &key) const
{
    for (const auto &m : m_members)
        if (m.first == key)
            return true;
    return false;
}

const JVal &JVal::value(const QString &key) const
{
    for (const auto &m : m_members)
        if (m.first == key)
            return m.second;
    return nullValue();
}

JVal *JVal::find(const QString &key)
{
    for (auto &m : m_members)
        if (m.first == key)
            return &m.second;
    return nullptr;
}

void JVal::insert(const QString &key, const JVal &v)
{
    if (m_type != Type::Object) {
        *this = object();
    }
    for (auto &m : m_members) {
        if (m.first == key) {
            m.second = v;
            return;
        }
    }
    m_members.emplace_back(key, v);
}

bool JVal::remove(const QString &key)
{
    for (auto it = m_members.begin(); it != m_members.end(); ++it) {
        if (it->first == key) {
            m_members.erase(it);
            return true;
        }
    }
    return false;
}

QStringList JVal::keys() const
{
    QStringList k;
    k.reserve(int(m_members.size()));
    for (const auto &m : m_members)
        k.append(m.first);
    return k;
}

bool JVal::pyTruthy() const
{
    switch (m_type) {
    case Type::Null:
        return false;
    case Type::Bool:
        return m_bool;
    case Type::Int:
        return m_int != 0;
    case Type::BigInt:
        return true;
    case Type::Double:
        return m_double != 0.0;
    case Type::String:
        return !m_string.isEmpty();
    case Type::Array:
        return !m_items.empty();
    case Type::Object:
        return !m_members.empty();
    }
    return false;
}

bool JVal::operator==(const JVal &o) const
{
    if (isNumber() && o.isNumber()) {
        if (m_type == Type::Int && o.m_type == Type::Int)
            return m_int == o.m_int;
        return toDouble() == o.toDouble();
    }
    if (isBool() && o.isNumber())
        return toDouble() == o.toDouble();
    if (isNumber() && o.isBool())
        return toDouble() == o.toDouble();
    if (m_type != o.m_type)
        return false;
    switch (m_type) {
    case Type::Null:
        return true;
    case Type::Bool:
        return m_bool == o.m_bool;
    case Type::String:
        return m_string == o.m_string;
    case Type::Array:
        return m_items == o.m_items;
    case Type::Object: {
        if (m_members.size() != o.m_members.size())
            return false;
        for (const auto &m : m_members) {
            if (!o.contains(m.first) || o.value(m.first) != m.second)
                return false;
        }
        return true;
    }
    default:
        return false;
    }
}

QByteArray JVal::pyFloatRepr(double d)
{
    if (std::isnan(d))
        return QByteArrayLiteral("NaN");
    if (std::isinf(d))
        return d > 0 ? QByteArrayLiteral("Infinity") : QByteArrayLiteral("-Infinity");
    if (d == 0.0)
        return std::signbit(d) ? QByteArrayLiteral("-0.0") : QByteArrayLiteral("0.0");
    char buf[64];
    const auto res = std::to_chars(buf, buf + sizeof(buf), d, std::chars_format::scientific);
    const QByteArray sci(buf, res.ptr - buf);
    // sci: [-]d[.ddd]e[+-]XX
    const bool neg = sci.startsWith('-');
    const qsizetype ePos = sci.indexOf('e');
    QByteArray mant = sci.mid(neg ? 1 : 0, ePos - (neg ? 1 : 0));
    const int exp = sci.mid(ePos + 1).toInt();
    QByteArray digits = mant;
    digits.replace('.', QByteArray());
    while (digits.size() > 1 && digits.endsWith('0'))
        digits.chop(1);
    QByteArray out;
    if (neg)
        out += '-';
    if (exp >= -5 && exp < 16) {
        // Python repr: positional when 1e-4 <= |x| < 1e16 (exp is the decimal exponent of the first
        // digit)
        if (exp < -4) {
            // falls through to scientific below
        } else {
            const qsizetype n = digits.size();
            const int point = exp + 1;
            if (point <= 0) {
                out += "0." + QByteArray(-point, '0') + digits;
            } else if (point >= n) {
                out += digits + QByteArray(point - n, '0') + ".0";
            } else {
                out += digits.left(point) + '.' + digits.mid(point);
            }
            return out;
        }
    }
    out += digits.left(1);
    if (digits.size() > 1)
        out += '.' + digits.mid(1);
    out += 'e';
    out += exp < 0 ? '-' : '+';
    const int aexp = std::abs(exp);
    if (aexp < 10)
        out += '0';
    out += QByteArray::number(aexp);
    return out;
}

void JVal::dumpTo(QByteArray &out) const
{
    switch (m_type) {
    case Type::Null:
        out += "null";
        break;
    case Type::Bool:
        out += m_bool ? "true" : "false";
        break;
    case Type::Int:
        out += QByteArray::number(m_int);
        break;
    case Type::BigInt:
        out += m_string.toLatin1();
        break;
    case Type::Double:
        out += pyFloatRepr(m_double);
        break;
    case Type::String:
        dumpString(out, m_string);
        break;
    case Type::Array: {
        out += '[';
        bool first = true;
        for (const JVal &v : m_items) {
            if (!first)
                out += ", ";
            first = false;
            v.dumpTo(out);
        }
        out += ']';
        break;
    }
    case Type::Object: {
        out += '{';
        bool first = true;
        for (const auto &m : m_members) {
            if (!first)
                out += ", ";
            first = false;
            dumpString(out, m.first);
            out += ": ";
            m.second.dumpTo(out);
        }
        out += '}';
        break;
    }
    }
}

QByteArray JVal::dump() const
{
    QByteArray out;
    dumpTo(out);
    return out;
}

QString JVal::pyStringRepr(const QString &s)
{
    const bool useDouble = s.contains(u'\'') && !s.contains(u'"');
    const QChar q = useDouble ? u'"' : u'\'';
    QString out;
    out += q;
    for (const QChar c : s) {
        if (c == q || c == u'\\') {
            out += u'\\';
            out += c;
        } else if (c == u'\n') {
            out += u"\\n"_s;
        } else if (c == u'\r') {
            out += u"\\r"_s;
        } else if (c == u'\t') {
            out += u"\\t"_s;
        } else if (c.unicode() < 0x20 || c.unicode() == 0x7f) {
            out += u"\\x"_s + QString::number(c.unicode(), 16).rightJustified(2, u'0');
        } else {
            out += c;
        }
    }
    out += q;
    return out;
}

void JVal::reprTo(QString &out) const
{
    switch (m_type) {
    case Type::Null:
        out += u"None"_s;
        break;
    case Type::Bool:
        out += m_bool ? u"True"_s : u"False"_s;
        break;
    case Type::Int:
        out += QString::number(m_int);
        break;
    case Type::BigInt:
        out += m_string;
        break;
    case Type::Double: {
        const QByteArray r = pyFloatRepr(m_double);
        if (r == "NaN")
            out += u"nan"_s;
        else if (r == "Infinity")
            out += u"inf"_s;
        else if (r == "-Infinity")
            out += u"-inf"_s;
        else
            out += QString::fromLatin1(r);
        break;
    }
    case Type::String:
        out += pyStringRepr(m_string);
        break;
    case Type::Array: {
        out += u'[';
        bool first = true;
        for (const JVal &v : m_items) {
            if (!first)
                out += u", "_s;
            first = false;
            v.reprTo(out);
        }
        out += u']';
        break;
    }
    case Type::Object: {
        out += u'{';
        bool first = true;
        for (const auto &m : m_members) {
            if (!first)
                out += u", "_s;
            first = false;
            out += pyStringRepr(m.first);
            out += u": "_s;
            m.second.reprTo(out);
        }
        out += u'}';
        break;
    }
    }
}

QString JVal::pyRepr() const
{
    QString out;
    reprTo(out);
    return out;
}

QString JVal::pyStr() const
{
    if (m_type == Type::String)
        return m_string;
    return pyRepr();
}

QJsonValue JVal::toQJson() const
{
    switch (m_type) {
    case Type::Null:
        return QJsonValue(QJsonValue::Null);
    case Type::Bool:
        return QJsonValue(m_bool);
    case Type::Int:
        return QJsonValue(m_int);
    case Type::BigInt:
    case Type::Double:
        return QJsonValue(m_double);
    case Type::String:
        return QJsonValue(m_string);
    case Type::Array: {
        QJsonArray a;
        for (const JVal &v : m_items)
            a.append(v.toQJson());
        return a;
    }
    case Type::Object: {
        QJsonObject o;
        for (const auto &m : m_members)
            o.insert(m.first, m.second.toQJson());
        return o;
    }
    }
    return QJsonValue();
}

} // namespace ComfyScope::Sim
