// SPDX-License-Identifier: MIT
#pragma once

// A small JSON value type that behaves like Python's json module, which the real ComfyUI server
// uses:
// - objects keep insertion order (Python dicts do; QJsonObject sorts keys),
// - integers and floats stay distinct (1 vs 1.0), big integers survive (KSampler seed max 2^64-1),
// - dump() writes exactly what json.dumps() writes: ", " / ": " separators, ensure_ascii escapes,
//   float repr ("1.0", "1e-05", "1e+16"), NaN/Infinity.
// Internal to the simulator.

#include <QtCore/QByteArray>
#include <QtCore/QJsonValue>
#include <QtCore/QString>
#include <QtCore/QStringList>

#include <initializer_list>
#include <utility>
#include <vector>

namespace ComfyScope::Sim {

class JVal
{
public:
    enum class Type { Null, Bool, Int, BigInt, Double, String, Array, Object };
    using Member = std::pair<QString, JVal>;

    JVal() = default;
    JVal(std::nullptr_t) {}
    JVal(bool b)
        : m_type(Type::Bool)
        , m_bool(b)
    {}
    JVal(int i)
        : m_type(Type::Int)
        , m_int(i)
    {}
    JVal(qint64 i)
        : m_type(Type::Int)
        , m_int(i)
    {}
    JVal(double d)
        : m_type(Type::Double)
        , m_double(d)
    {}
    JVal(const QString &s)
        : m_type(Type::String)
        , m_string(s)
    {}
    JVal(const char16_t *s)
        : m_type(Type::String)
        , m_string(QString::fromUtf16(s))
    {}
    JVal(QLatin1String s)
        : m_type(Type::String)
        , m_string(s)
    {}

    static JVal array(std::initializer_list<JVal> items = {});
    static JVal object(std::initializer_list<Member> members = {});
    static JVal fromStringList(const QStringList &list);
    static JVal bigInt(const QByteArray &digits); // integer too large for qint64, kept verbatim
    static JVal fromQJson(const QJsonValue &v);

    Type type() const { return m_type; }
    bool isNull() const { return m_type == Type::Null; }
    bool isBool() const { return m_type == Type::Bool; }
    bool isInt() const { return m_type == Type::Int || m_type == Type::BigInt; }
    bool isDouble() const { return m_type == Type::Double; }
    bool isNumber() const { return isInt() || isDouble(); }
    bool isString() const { return m_type == Type::String; }
    bool isArray() const { return m_type == Type::Array; }
    bool isObject() const { return m_type == Type::Object; }

    bool toBool() const { return m_bool; }
    qint64 toInt() const;    // doubles are truncated like Python int()
    double toDouble() const; // ints widen
    const QString &toString() const { return m_string; }

    // Array access
    int size() const; // array items or object members
    const JVal &at(int i) const;
    JVal &operator[](int i) { return m_items[size_t(i)]; }
    void append(const JVal &v) { m_items.push_back(v); }
    const std::vector<JVal> &items() const { return m_items; }

    // Object access (linear search: objects here are small)
    bool contains(const QString &key) const;
    const JVal &value(const QString &key) const; // null if absent
    JVal *find(const QString &key);
    void insert(const QString &key, const JVal &v); // replace in place (keeps position) or append
    bool remove(const QString &key);
    QStringList keys() const;
    const std::vector<Member> &members() const { return m_members; }

    // Python semantics helpers
    bool pyTruthy() const; // bool(x)
    bool operator==(const JVal &o) const;
    bool operator!=(const JVal &o) const { return !(*this == o); }

    QByteArray dump() const; // json.dumps(x)
    QString pyRepr() const;  // repr(x) / str() of containers: {'a': 1, 'b': [True, None]}
    QString pyStr() const;   // str(x): strings unquoted, everything else like repr

    QJsonValue toQJson() const;

    // Parses like json.loads (NaN/Infinity accepted, any top-level value). Returns false on error.
    static bool parse(const QByteArray &text, JVal *out, QString *error = nullptr);

    static QByteArray pyFloatRepr(double d);
    static QString pyStringRepr(const QString &s);

private:
    void dumpTo(QByteArray &out) const;
    void reprTo(QString &out) const;

    Type m_type = Type::Null;
    bool m_bool = false;
    qint64 m_int = 0;
    double m_double = 0.0;
    QString m_string; // also holds BigInt digits
    std::vector<JVal> m_items;
    std::vector<Member> m_members;
};

} // namespace ComfyScope::Sim
