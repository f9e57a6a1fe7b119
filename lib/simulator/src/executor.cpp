// SPDX-License-Identifier: MIT
// Prompt queue, validation (execution.py validate_prompt/validate_inputs), the execution list
// (comfy_execution/graph.py), the output cache and the simulated node classes.
#include "imagegen_p.h"
#include "simulator_p.h"

#include <QtCore/QBuffer>
#include <QtCore/QCryptographicHash>
#include <QtCore/QDateTime>
#include <QtCore/QRandomGenerator>
#include <QtCore/QUuid>
#include <QtGui/QImageWriter>

#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace ComfyScope {

using namespace Sim;

namespace {
qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

QByteArray be32(quint32 v)
{
    QByteArray b(4, '\0');
    b[0] = char((v >> 24) & 0xff);
    b[1] = char((v >> 16) & 0xff);
    b[2] = char((v >> 8) & 0xff);
    b[3] = char(v & 0xff);
    return b;
}

QString pyTypeName(const JVal &v)
{
    switch (v.type()) {
    case JVal::Type::Null:
        return u"NoneType"_s;
    case JVal::Type::Bool:
        return u"bool"_s;
    case JVal::Type::Int:
    case JVal::Type::BigInt:
        return u"int"_s;
    case JVal::Type::Double:
        return u"float"_s;
    case JVal::Type::String:
        return u"str"_s;
    case JVal::Type::Array:
        return u"list"_s;
    case JVal::Type::Object:
        return u"dict"_s;
    }
    return u"object"_s;
}

bool isLink(const JVal &v)
{
    return v.isArray() && v.size() == 2 && v.at(0).isString() && v.at(1).type() == JVal::Type::Int;
}

// Python int(x); returns false with an exception message on failure.
bool pyInt(const JVal &v, JVal *out, QString *err)
{
    switch (v.type()) {
    case JVal::Type::Bool:
        *out = JVal(qint64(v.toBool() ? 1 : 0));
        return true;
    case JVal::Type::Int:
    case JVal::Type::BigInt:
        *out = v;
        return true;
    case JVal::Type::Double: {
        const double d = v.toDouble();
        if (std::isnan(d)) {
            *err = u"cannot convert float NaN to integer"_s;
            return false;
        }
        if (std::isinf(d)) {
            *err = u"cannot convert float infinity to integer"_s;
            return false;
        }
        *out = JVal(qint64(std::trunc(d)));
        return true;
    }
    case JVal::Type::String: {
        QString s = v.toString().trimmed();
        s.remove(u'_');
        bool ok = false;
        const qint64 i = s.toLongLong(&ok);
        if (ok) {
            *out = JVal(i);
            return true;
        }
        *err = u"invalid literal for int() with base 10: "_s + JVal::pyStringRepr(v.toString());
        return false;
    }
    default:
        *err = u"int() argument must be a string, a bytes-like object or a real number, not '"_s
               + pyTypeName(v) + u"'"_s;
        return false;
    }
}

bool pyFloat(const JVal &v, JVal *out, QString *err)
{
    switch (v.type()) {
    case JVal::Type::Bool:
    case JVal::Type::Int:
    case JVal::Type::BigInt:
    case JVal::Type::Double:
        *out = JVal(v.toDouble());
        return true;
    case JVal::Type::String: {
        const QString s = v.toString().trimmed();
        bool ok = false;
        double d = s.toDouble(&ok);
        if (!ok) {
            const QString l = s.toLower();
            if (l == "nan"_L1 || l == "+nan"_L1 || l == "-nan"_L1) {
                d = std::numeric_limits<double>::quiet_NaN();
                ok = true;
            } else if (l == "inf"_L1 || l == "infinity"_L1 || l == "+inf"_L1
                       || l == "+infinity"_L1) {
                d = std::numeric_limits<double>::infinity();
                ok = true;
            } else if (l == "-inf"_L1 || l == "-infinity"_L1) {
                d = -std::numeric_limits<double>::infinity();
                ok = true;
            }
        }
        if (!ok) {
            *err = u"could not convert string to float: "_s + JVal::pyStringRepr(v.toString());
            return false;
        }
        *out = JVal(d);
        return true;
    }
    default:
        *err = u"float() argument must be a string or a real number, not '"_s + pyTypeName(v)
               + u"'"_s;
        return false;
    }
}

// validate_node_input(received_type, input_type)
bool validateNodeInput(const QString &received, const JVal &inputType)
{
    if (!inputType.isString())
        return false;
    const QString input = inputType.toString();
    if (received == input)
        return true;
    QSet<QString> r, i;
    for (const QString &t : received.split(u','))
        r.insert(t.trimmed());
    for (const QString &t : input.split(u','))
        i.insert(t.trimmed());
    if (r.contains(u"*"_s) || i.contains(u"*"_s))
        return true;
    return r.intersects(i);
}

JVal reason(const QString &type, const QString &message, const QString &details, const JVal &extra)
{
    return JVal::object({{u"type"_s, type},
                         {u"message"_s, message},
                         {u"details"_s, details},
                         {u"extra_info"_s, extra}});
}

const char *const tbValidatePrompt =
    "  File \"/srv/comfyui/ComfyUI/execution.py\", line 1043, in validate_prompt\n"
    "    m = await validate_inputs(prompt_id, prompt, o, validated)\n"
    "        ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^\n";
const char *const tbLinkLookup =
    "  File \"/srv/comfyui/ComfyUI/execution.py\", line 818, in validate_inputs\n"
    "    o_class_type = prompt[o_id]['class_type']\n"
    "                   ~~~~~~^^^^^^\n";
const char *const tbReturnIndex =
    "  File \"/srv/comfyui/ComfyUI/execution.py\", line 820, in validate_inputs\n"
    "    received_type = r[val[1]]\n"
    "                    ~^^^^^^^^\n";

struct VResult
{
    bool valid = true;
    JVal reasons = JVal::array();
};

struct VException
{
    QString type;
    QString message;
    QStringList traceback;
};

class Validator
{
public:
    Validator(std::function<bool(const QString &)> inputFileExists, JVal *prompt,
              const NodeCatalog &catalog, bool v080)
        : inputFileExists(std::move(inputFileExists))
        , prompt(prompt)
        , catalog(catalog)
        , v080(v080)
    {}

    // Returns false when an exception escaped (exc filled).
    bool validate(const QString &uid, VException *exc)
    {
        if (index.contains(uid))
            return true;
        if (stack.contains(uid)) {
            *exc = {u"RecursionError"_s,
                    u"maximum recursion depth exceeded"_s,
                    {QString::fromLatin1(tbValidatePrompt)}};
            return false;
        }
        stack.insert(uid);
        JVal *node = prompt->find(uid);
        const NodeClass *cls = catalog.find(node->value(u"class_type"_s).toString());
        if (!node->value(u"inputs"_s).isObject()) {
            if (!node->contains(u"inputs"_s)) {
                *exc = {u"KeyError"_s, u"'inputs'"_s, {QString::fromLatin1(tbValidatePrompt)}};
                stack.remove(uid);
                return false;
            }
        }
        JVal errors = JVal::array();
        bool valid = true;
        for (const InputSpec &spec : cls->inputs) {
            const QString &x = spec.name;
            JVal *inputs = node->find(u"inputs"_s);
            if (!inputs || !inputs->isObject() || !inputs->contains(x)) {
                if (spec.required) {
                    errors.append(reason(u"required_input_missing"_s,
                                         u"Required input is missing"_s, x,
                                         JVal::object({{u"input_name"_s, x}})));
                }
                continue;
            }
            JVal val = inputs->value(x);
            const JVal info = JVal::array({spec.type, spec.options});
            if (val.isArray()) {
                if (val.size() != 2) {
                    errors.append(reason(
                        u"bad_linked_input"_s,
                        u"Bad linked input, must be a length-2 list of [node_id, slot_index]"_s, x,
                        JVal::object({{u"input_name"_s, x},
                                      {u"input_config"_s, info},
                                      {u"received_value"_s, val}})));
                    continue;
                }
                const JVal &oid = val.at(0);
                if (!oid.isString() || !prompt->contains(oid.toString())) {
                    *exc = {
                        u"KeyError"_s,
                        oid.pyRepr(),
                        {QString::fromLatin1(tbValidatePrompt), QString::fromLatin1(tbLinkLookup)}};
                    stack.remove(uid);
                    return false;
                }
                const QString oId = oid.toString();
                const NodeClass *ocls = catalog.find(
                    prompt->value(oId).value(u"class_type"_s).toString());
                const JVal &slot = val.at(1);
                if (!(slot.type() == JVal::Type::Int || slot.isBool())) {
                    *exc = {u"TypeError"_s,
                            u"tuple indices must be integers or slices, not "_s + pyTypeName(slot),
                            {QString::fromLatin1(tbValidatePrompt),
                             QString::fromLatin1(tbReturnIndex)}};
                    stack.remove(uid);
                    return false;
                }
                qint64 idx = slot.toInt();
                const int n = int(ocls->returnTypes.size());
                if (idx < 0)
                    idx += n;
                if (idx < 0 || idx >= n) {
                    *exc = {u"IndexError"_s,
                            u"tuple index out of range"_s,
                            {QString::fromLatin1(tbValidatePrompt),
                             QString::fromLatin1(tbReturnIndex)}};
                    stack.remove(uid);
                    return false;
                }
                const QString receivedType = ocls->returnTypes.at(int(idx));
                if (!cls->validateFunctionInputs.contains(u"input_types"_s)
                    && !validateNodeInput(receivedType, spec.type)) {
                    errors.append(reason(
                        u"return_type_mismatch"_s, u"Return type mismatch between linked nodes"_s,
                        x + u", received_type("_s + receivedType + u") mismatch input_type("_s
                            + spec.type.pyStr() + u")"_s,
                        JVal::object({{u"input_name"_s, x},
                                      {u"input_config"_s, info},
                                      {u"received_type"_s, receivedType},
                                      {u"linked_node"_s, val}})));
                    continue;
                }
                VException inner;
                if (!validate(oId, &inner)) {
                    valid = false;
                    JVal reasons = JVal::array({reason(
                        u"exception_during_inner_validation"_s,
                        u"Exception when validating inner node"_s, inner.message,
                        JVal::object({{u"input_name"_s, x},
                                      {u"input_config"_s, info},
                                      {u"exception_message"_s, inner.message},
                                      {u"exception_type"_s, inner.type},
                                      {u"traceback"_s, JVal::fromStringList(inner.traceback)},
                                      {u"linked_node"_s, val}}))});
                    store(oId, VResult{false, reasons});
                    continue;
                }
                if (!results.value(index.value(oId)).valid) {
                    valid = false;
                    continue;
                }
            } else {
                if (val.isObject() && val.contains(u"__value__"_s)) {
                    val = val.value(u"__value__"_s);
                    inputs->insert(x, val);
                }
                const QString type = spec.type.isString() ? spec.type.toString() : QString();
                QString err;
                JVal converted = val;
                bool ok = true;
                if (type == "INT"_L1)
                    ok = pyInt(val, &converted, &err);
                else if (type == "FLOAT"_L1)
                    ok = pyFloat(val, &converted, &err);
                else if (type == "STRING"_L1)
                    converted = JVal(val.pyStr());
                else if (type == "BOOLEAN"_L1)
                    converted = JVal(val.pyTruthy());
                if (!ok) {
                    errors.append(
                        reason(u"invalid_input_type"_s,
                               u"Failed to convert an input value to a "_s + type + u" value"_s,
                               x + u", "_s + val.pyStr() + u", "_s + err,
                               JVal::object({{u"input_name"_s, x},
                                             {u"input_config"_s, info},
                                             {u"received_value"_s, val},
                                             {u"exception_message"_s, err}})));
                    continue;
                }
                if (type == "INT"_L1 || type == "FLOAT"_L1 || type == "STRING"_L1
                    || type == "BOOLEAN"_L1) {
                    val = converted;
                    inputs->insert(x, val);
                }
                if (!cls->validateFunctionInputs.contains(x)) {
                    const JVal &opts = spec.options;
                    if (opts.contains(u"min"_s) && val.isNumber()
                        && val.toDouble() < opts.value(u"min"_s).toDouble()) {
                        errors.append(reason(u"value_smaller_than_min"_s,
                                             u"Value "_s + val.pyStr() + u" smaller than min of "_s
                                                 + opts.value(u"min"_s).pyStr(),
                                             x,
                                             JVal::object({{u"input_name"_s, x},
                                                           {u"input_config"_s, info},
                                                           {u"received_value"_s, val}})));
                        continue;
                    }
                    if (opts.contains(u"max"_s) && val.isNumber()
                        && val.toDouble() > opts.value(u"max"_s).toDouble()) {
                        errors.append(reason(u"value_bigger_than_max"_s,
                                             u"Value "_s + val.pyStr() + u" bigger than max of "_s
                                                 + opts.value(u"max"_s).pyStr(),
                                             x,
                                             JVal::object({{u"input_name"_s, x},
                                                           {u"input_config"_s, info},
                                                           {u"received_value"_s, val}})));
                        continue;
                    }
                    if (spec.type.isArray()) {
                        bool found = false;
                        for (const JVal &o : spec.type.items())
                            if (o == val)
                                found = true;
                        if (!found) {
                            JVal config = info;
                            QString listInfo;
                            if (spec.type.size() > 20) {
                                listInfo = u"(list of length "_s + QString::number(spec.type.size())
                                           + u")"_s;
                                config = JVal();
                            } else {
                                listInfo = spec.type.pyRepr();
                            }
                            errors.append(
                                reason(u"value_not_in_list"_s, u"Value not in list"_s,
                                       x + u": '"_s + val.pyStr() + u"' not in "_s + listInfo,
                                       JVal::object({{u"input_name"_s, x},
                                                     {u"input_config"_s, config},
                                                     {u"received_value"_s, val}})));
                            continue;
                        }
                    }
                }
            }
        }
        // VALIDATE_INPUTS
        const JVal inputsNow = node->value(u"inputs"_s);
        if (cls->name == "LoadImage"_L1 && inputsNow.contains(u"image"_s)) {
            const JVal image = inputsNow.value(u"image"_s);
            const QString name = image.pyStr();
            if (!inputFileExists(name)) {
                errors.append(reason(u"custom_validation_failed"_s,
                                     u"Custom validation failed for node"_s,
                                     u"image - Invalid image file: "_s + name,
                                     JVal::object({{u"input_name"_s, u"image"_s}})));
            }
        }
        if (cls->name == "ComfyDeployWebscoketImageOutput"_L1
            && inputsNow.contains(u"output_id"_s)) {
            const QString id = inputsNow.value(u"output_id"_s).pyStr();
            bool ascii = true;
            for (const QChar c : id)
                if (c.unicode() > 0x7f)
                    ascii = false;
            const QString tb =
                u"  File "
                u"\"/srv/comfyui/ComfyUI/custom_nodes/comfyui-deploy/comfy-nodes/"
                u"output_websocket_image.py\", line 43, in VALIDATE_INPUTS\n"
                "    raise ValueError(f\"output_id size is greater than {max_output_id_length} bytes\")\n"_s;
            if (!ascii) {
                *exc = {u"ValueError"_s,
                        u"output_id is not ASCII encodable"_s,
                        {QString::fromLatin1(tbValidatePrompt), tb}};
                stack.remove(uid);
                return false;
            }
            if (id.size() > 24) {
                *exc = {u"ValueError"_s,
                        u"output_id size is greater than 24 bytes"_s,
                        {QString::fromLatin1(tbValidatePrompt), tb}};
                stack.remove(uid);
                return false;
            }
        }
        stack.remove(uid);
        store(uid, VResult{errors.size() == 0 && valid, errors});
        return true;
    }

    void store(const QString &id, const VResult &r)
    {
        if (index.contains(id)) {
            results[index.value(id)] = r;
            return;
        }
        index.insert(id, int(order.size()));
        order.append(id);
        results.append(r);
    }

    std::function<bool(const QString &)> inputFileExists;
    JVal *prompt;
    const NodeCatalog &catalog;
    bool v080;
    QSet<QString> stack;
    QStringList order; // validated dict insertion order
    QHash<QString, int> index;
    QList<VResult> results;
};

QString formatValueString(const SimValue &v)
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
// submit

Simulator::Private::SubmitResult Simulator::Private::submitPrompt(const JVal &json)
{
    SubmitResult res;
    if (!json.isObject() && !json.isArray()) {
        res.serverError = true;
        return res;
    }
    JVal number;
    if (json.isObject() && json.contains(u"number"_s)) {
        QString err;
        if (!pyFloat(json.value(u"number"_s), &number, &err)) {
            res.serverError = true;
            return res;
        }
    } else {
        number = JVal(counter);
        if (json.isObject() && json.contains(u"front"_s) && json.value(u"front"_s).pyTruthy())
            number = JVal(-counter);
        ++counter;
    }
    if (!json.isObject() || !json.contains(u"prompt"_s)) {
        res.status = 400;
        if (v080()) {
            res.body = JVal::object({{u"error"_s, reason(u"no_prompt"_s, u"No prompt provided"_s,
                                                         u"No prompt provided"_s, JVal::object())},
                                     {u"node_errors"_s, JVal::object()}});
        } else {
            res.body = JVal::object(
                {{u"error"_s, u"no prompt"_s}, {u"node_errors"_s, JVal::array()}});
        }
        return res;
    }
    JVal prompt = json.value(u"prompt"_s);
    if (!prompt.isObject()) {
        res.serverError = true;
        return res;
    }
    QString promptId;
    if (v080() && json.contains(u"prompt_id"_s))
        promptId = json.value(u"prompt_id"_s).pyStr();
    else
        promptId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const JVal partial = v080() ? json.value(u"partial_execution_targets"_s) : JVal();
    QStringList goodOutputs;
    JVal nodeErrors;
    const std::optional<ValidationFailure> failure = validatePrompt(prompt, partial, &goodOutputs,
                                                                    &nodeErrors);
    JVal extra = json.contains(u"extra_data"_s) ? json.value(u"extra_data"_s) : JVal::object();
    if (json.contains(u"client_id"_s)) {
        if (!extra.isObject()) {
            res.serverError = true;
            return res;
        }
        extra.insert(u"client_id"_s, json.value(u"client_id"_s));
    }
    if (failure) {
        res.status = 400;
        res.body = JVal::object(
            {{u"error"_s, failure->error}, {u"node_errors"_s, failure->nodeErrors}});
        return res;
    }
    if (!extra.isObject()) {
        res.serverError = true;
        return res;
    }
    QueueItem item;
    item.number = number;
    item.promptId = promptId;
    item.prompt = prompt;
    item.outputs = goodOutputs;
    item.sensitive = JVal::object();
    if (v080()) {
        for (const QString &k : {u"auth_token_comfy_org"_s, u"api_key_comfy_org"_s}) {
            if (extra.contains(k)) {
                item.sensitive.insert(k, extra.value(k));
                extra.remove(k);
            }
        }
        extra.insert(u"create_time"_s, nowMs());
    }
    item.extraData = extra;
    heapPush(item);
    broadcastStatus();
    Q_EMIT q->promptQueued(promptId);
    scheduleWorker();
    res.body = JVal::object(
        {{u"prompt_id"_s, promptId}, {u"number"_s, number}, {u"node_errors"_s, nodeErrors}});
    return res;
}

std::optional<ValidationFailure> Simulator::Private::validatePrompt(const JVal &promptIn,
                                                                    const JVal &partial,
                                                                    QStringList *goodOutputs,
                                                                    JVal *nodeErrors)
{
    JVal &prompt = const_cast<JVal &>(
        promptIn); // conversions are written back like the real server
    const JVal emptyErrors = v080() ? JVal::object() : JVal::array();
    *nodeErrors = JVal::object();
    QStringList outputs;
    for (const QString &x : prompt.keys()) {
        const JVal &node = prompt.value(x);
        if (!node.isObject() || !node.contains(u"class_type"_s)) {
            return ValidationFailure{
                false,
                reason(u"invalid_prompt"_s,
                       u"Cannot execute because a node is missing the class_type property."_s,
                       u"Node ID '#"_s + x + u"'"_s, JVal::object()),
                emptyErrors};
        }
        const JVal &ct = node.value(u"class_type"_s);
        const NodeClass *cls = ct.isString() ? catalog().find(ct.toString()) : nullptr;
        if (!cls) {
            return ValidationFailure{
                false,
                reason(u"invalid_prompt"_s,
                       u"Cannot execute because node "_s + ct.pyStr() + u" does not exist."_s,
                       u"Node ID '#"_s + x + u"'"_s, JVal::object()),
                emptyErrors};
        }
        if (cls->outputNode) {
            bool inPartial = partial.isNull();
            if (!inPartial && partial.isArray())
                for (const JVal &t : partial.items())
                    if (t == JVal(x))
                        inPartial = true;
            if (inPartial)
                outputs.append(x);
        }
    }
    if (outputs.isEmpty()) {
        return ValidationFailure{
            false,
            reason(u"prompt_no_outputs"_s, u"Prompt has no outputs"_s, QString(), JVal::object()),
            emptyErrors};
    }
    Validator v(
        [this](const QString &name) {
            QString folder, rel;
            return resolveInputFile(name, &folder, &rel) && findFile(folder, rel);
        },
        &prompt, catalog(), v080());
    QList<QPair<QString, JVal>> errors;
    for (const QString &o : std::as_const(outputs)) {
        bool valid = false;
        JVal reasons = JVal::array();
        VException exc;
        if (v.validate(o, &exc)) {
            const VResult &r = v.results.at(v.index.value(o));
            valid = r.valid;
            reasons = r.reasons;
        } else {
            reasons = JVal::array({reason(
                u"exception_during_validation"_s, u"Exception when validating node"_s, exc.message,
                JVal::object({{u"exception_type"_s, exc.type},
                              {u"traceback"_s, JVal::fromStringList(exc.traceback)}}))});
            v.store(o, VResult{false, reasons});
        }
        if (valid) {
            goodOutputs->append(o);
            continue;
        }
        errors.append({o, reasons});
        for (int i = 0; i < v.order.size(); ++i) {
            const QString &nodeId = v.order.at(i);
            const VResult &r = v.results.at(i);
            if (!r.valid && r.reasons.size() > 0) {
                if (!nodeErrors->contains(nodeId)) {
                    nodeErrors->insert(
                        nodeId, JVal::object({{u"errors"_s, r.reasons},
                                              {u"dependent_outputs"_s, JVal::array()},
                                              {u"class_type"_s,
                                               prompt.value(nodeId).value(u"class_type"_s)}}));
                }
                JVal *ne = nodeErrors->find(nodeId);
                ne->find(u"dependent_outputs"_s)->append(JVal(o));
            }
        }
    }
    if (goodOutputs->isEmpty()) {
        QStringList lines;
        for (const auto &e : std::as_const(errors))
            for (const JVal &r : e.second.items())
                lines.append(r.value(u"message"_s).toString() + u": "_s
                             + r.value(u"details"_s).pyStr());
        return ValidationFailure{false,
                                 reason(u"prompt_outputs_failed_validation"_s,
                                        u"Prompt outputs failed validation"_s, lines.join(u'\n'),
                                        JVal::object()),
                                 *nodeErrors};
    }
    return std::nullopt;
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
    data.insert(u"timestamp"_s, nowMs());
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

// ---- progress registry (v0.3.45+)
void Simulator::Private::sendProgressState()
{
    if (!v080())
        return;
    JVal nodes = JVal::object();
    for (const QString &id : std::as_const(run->progressOrder)) {
        const ProgressEntry &e = run->progress.value(id);
        if (e.state == "pending"_L1)
            continue;
        nodes.insert(id, JVal::object({{u"value"_s, e.value},
                                       {u"max"_s, e.max},
                                       {u"state"_s, e.state},
                                       {u"node_id"_s, id},
                                       {u"prompt_id"_s, run->item.promptId},
                                       {u"display_node_id"_s, id},
                                       {u"parent_node_id"_s, JVal()},
                                       {u"real_node_id"_s, id}}));
    }
    sendToClientOrBroadcast(u"progress_state"_s, JVal::object({{u"prompt_id"_s, run->item.promptId},
                                                               {u"nodes"_s, nodes}}));
}

static ProgressEntry &ensureEntry(Run &r, const QString &id)
{
    if (!r.progress.contains(id)) {
        r.progressOrder.append(id);
        r.progress.insert(id, ProgressEntry{u"pending"_s, JVal(qint64(0)), JVal(qint64(1))});
    }
    return r.progress[id];
}

void Simulator::Private::progressStart(const QString &nodeId)
{
    if (!v080())
        return;
    ProgressEntry &e = ensureEntry(*run, nodeId);
    e.state = u"running"_s;
    e.value = JVal(0.0);
    e.max = JVal(1.0);
    sendProgressState();
}

void Simulator::Private::progressUpdate(const QString &nodeId, const JVal &value, const JVal &max)
{
    if (!v080())
        return;
    ProgressEntry &e = ensureEntry(*run, nodeId);
    e.state = u"running"_s;
    e.value = value;
    e.max = max;
    sendProgressState();
}

void Simulator::Private::progressFinish(const QString &nodeId)
{
    if (!v080())
        return;
    ProgressEntry &e = ensureEntry(*run, nodeId);
    e.state = u"finished"_s;
    e.value = e.max;
    sendProgressState();
}

void Simulator::Private::sendPreviewImage(quint32 formatNum, const QByteArray &encoded,
                                          const std::optional<QString> &sid)
{
    sendBytes(1, be32(formatNum) + encoded, sid);
}

void Simulator::Private::sendProgressText(const QString &nodeId, const QString &text,
                                          const std::optional<QString> &sid)
{
    const QByteArray id = nodeId.toUtf8();
    sendBytes(3, be32(quint32(id.size())) + id + text.toUtf8(), sid);
}

bool Simulator::Private::progressHook(NodeJob &job, const JVal &value, const JVal &max,
                                      const QImage *preview, bool png, int maxSize)
{
    if (interruptFlag)
        return false;
    const std::optional<QString> sid = run->clientId;
    QByteArray encoded;
    if (preview) {
        const QImage img = maxSize > 0 ? containImage(*preview, maxSize) : *preview;
        encoded = png ? encodeImage(img, "png", 90) : encodeImage(img, "jpeg", 95);
    }
    const bool meta = supportsPreviewMetadata(sid);
    if (v080()) {
        progressUpdate(job.nodeId, value, max);
        if (preview && meta) {
            const QByteArray metadata =
                JVal::object({{u"node_id"_s, job.nodeId},
                              {u"prompt_id"_s, run->item.promptId},
                              {u"display_node_id"_s, job.nodeId},
                              {u"parent_node_id"_s, JVal()},
                              {u"real_node_id"_s, job.nodeId},
                              {u"image_type"_s, png ? u"image/png"_s : u"image/jpeg"_s}})
                    .dump();
            sendBytes(4, be32(quint32(metadata.size())) + metadata + encoded, sid);
        }
    }
    sendToClientOrBroadcast(u"progress"_s, JVal::object({{u"value"_s, value},
                                                         {u"max"_s, max},
                                                         {u"prompt_id"_s, run->item.promptId},
                                                         {u"node"_s, job.nodeId}}));
    if (preview && !meta)
        sendPreviewImage(png ? 2 : 1, encoded, sid);
    return true;
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

QString Simulator::Private::saveImages(NodeJob &job, const QString &type, const QString &prefixIn,
                                       int compress, JVal *results)
{
    const SimValue images = job.links.value(u"images"_s);
    QString prefix = prefixIn;
    if (prefix.contains(u'%') && !images.images.isEmpty()) {
        const QDateTime now = QDateTime::currentDateTime();
        prefix.replace(u"%width%"_s, QString::number(images.images.first().width()));
        prefix.replace(u"%height%"_s, QString::number(images.images.first().height()));
        prefix.replace(u"%year%"_s, QString::number(now.date().year()));
        prefix.replace(u"%month%"_s, QString::number(now.date().month()).rightJustified(2, u'0'));
        prefix.replace(u"%day%"_s, QString::number(now.date().day()).rightJustified(2, u'0'));
        prefix.replace(u"%hour%"_s, QString::number(now.time().hour()).rightJustified(2, u'0'));
        prefix.replace(u"%minute%"_s, QString::number(now.time().minute()).rightJustified(2, u'0'));
        prefix.replace(u"%second%"_s, QString::number(now.time().second()).rightJustified(2, u'0'));
    }
    QStringList parts;
    for (const QString &p : prefix.split(u'/')) {
        if (p.isEmpty() || p == "."_L1)
            continue;
        if (p == ".."_L1) {
            if (parts.isEmpty())
                return u"**** ERROR: Saving image outside the output folder is not allowed."_s;
            parts.removeLast();
            continue;
        }
        parts.append(p);
    }
    const QString filename = parts.isEmpty() ? QString() : parts.takeLast();
    const QString subfolder = parts.join(u'/');
    int counter = 1;
    const auto &folderFiles = files.value(type);
    for (auto it = folderFiles.constBegin(); it != folderFiles.constEnd(); ++it) {
        QString rel = it.key();
        QString dir;
        const qsizetype slash = rel.lastIndexOf(u'/');
        if (slash >= 0) {
            dir = rel.left(slash);
            rel = rel.mid(slash + 1);
        }
        if (dir != subfolder || rel.size() <= filename.size() || !rel.startsWith(filename)
            || rel.at(filename.size()) != u'_')
            continue;
        bool ok = false;
        const int digits = rel.mid(filename.size() + 1).section(u'_', 0, 0).toInt(&ok);
        if (ok)
            counter = qMax(counter, digits + 1);
    }
    *results = JVal::array();
    for (int b = 0; b < images.images.size(); ++b) {
        QString name = filename;
        name.replace(u"%batch_num%"_s, QString::number(b));
        const QString file = name + u"_"_s + QString::number(counter).rightJustified(5, u'0')
                             + u"_.png"_s;
        QByteArray data;
        QBuffer buf(&data);
        buf.open(QIODevice::WriteOnly);
        QImageWriter writer(&buf, "png");
        writer.setQuality(compress <= 1 ? 80 : 50);
        writer.setText(u"prompt"_s, QString::fromLatin1(run->item.prompt.dump()));
        const JVal &pnginfo = run->item.extraData.value(u"extra_pnginfo"_s);
        for (const auto &m : pnginfo.members())
            writer.setText(m.first, QString::fromLatin1(m.second.dump()));
        writer.write(images.images.at(b));
        storeFile(type, subfolder.isEmpty() ? file : subfolder + u'/' + file, data);
        results->append(
            JVal::object({{u"filename"_s, file}, {u"subfolder"_s, subfolder}, {u"type"_s, type}}));
        ++counter;
    }
    return QString();
}

StepResult Simulator::Private::stepJob(NodeJob &job, ExecError *error)
{
    const QString &cls = job.classType;
    auto wInt = [&](const char *n, qint64 def = 0) {
        const JVal v = job.widget(QString::fromLatin1(n));
        return v.isNull() ? def : v.toInt();
    };
    auto wStr = [&](const char *n) { return job.widget(QString::fromLatin1(n)).pyStr(); };
    auto link = [&](const char *n) { return job.links.value(QString::fromLatin1(n)); };
    auto fail = [&](const QString &type, const QString &msg, const QString &frame = QString()) {
        error->type = type;
        error->message = msg;
        error->traceback = nodeTraceback(frame);
        return StepResult::Error;
    };
    auto imageInput = [&](const char *n, bool *ok) {
        const SimValue v = link(n);
        *ok = v.kind == SimValue::Kind::Image || v.kind == SimValue::Kind::Mask;
        return v.images;
    };
    auto typeErr = [&](const char *n) {
        return fail(u"AttributeError"_s, u"'"_s + pyTypeName(job.widget(QString::fromLatin1(n)))
                                             + u"' object has no attribute 'shape'"_s);
    };
    auto makeImage = [](QList<QImage> imgs) {
        SimValue v;
        v.kind = SimValue::Kind::Image;
        v.images = std::move(imgs);
        return v;
    };
    auto makeInt = [](qint64 i) {
        SimValue v;
        v.kind = SimValue::Kind::Int;
        v.i = i;
        return v;
    };

    if (cls == "EmptyImage"_L1) {
        const qint64 w = wInt("width", 512), h = wInt("height", 512), b = wInt("batch_size", 1),
                     color = wInt("color");
        if (w * h * b > 64LL * 1024 * 1024)
            return fail(
                u"torch.OutOfMemoryError"_s,
                u"Allocation on device \nThis error means you ran out of memory on your GPU.\n\nTIPS: If the workflow worked before you might have accidentally set the batch_size to a large number."_s);
        QList<QImage> imgs;
        const QImage one = solidImage(int(w), int(h),
                                      QRgb(0xff000000u | quint32(color & 0xffffff)));
        for (qint64 i = 0; i < b; ++i)
            imgs.append(one);
        job.outputs = {makeImage(imgs)};
        return StepResult::Done;
    }
    if (cls == "EmptyLatentImage"_L1) {
        SimValue v;
        v.kind = SimValue::Kind::Latent;
        v.width = int(wInt("width", 512));
        v.height = int(wInt("height", 512));
        v.batch = int(wInt("batch_size", 1));
        job.outputs = {v};
        return StepResult::Done;
    }
    if (cls == "CheckpointLoaderSimple"_L1) {
        if (job.phase == 0) {
            job.phase = 1;
            job.delayMs = stepDelay;
            return StepResult::Wait;
        }
        SimValue m, c, v;
        m.kind = SimValue::Kind::Model;
        c.kind = SimValue::Kind::Clip;
        v.kind = SimValue::Kind::Vae;
        m.s = c.s = v.s = wStr("ckpt_name");
        job.outputs = {m, c, v};
        return StepResult::Done;
    }
    if (cls == "CLIPTextEncode"_L1) {
        if (link("clip").kind != SimValue::Kind::Clip)
            return fail(
                u"RuntimeError"_s,
                u"ERROR: clip input is invalid: None\n\nIf the clip is from a checkpoint loader node your checkpoint does not contain a valid clip or text encoder model."_s);
        SimValue v;
        v.kind = SimValue::Kind::Conditioning;
        v.s = wStr("text");
        job.outputs = {v};
        return StepResult::Done;
    }
    if (cls == "KSampler"_L1) {
        const SimValue latent = link("latent_image");
        if (latent.kind != SimValue::Kind::Latent)
            return fail(u"TypeError"_s, u"'NoneType' object is not subscriptable"_s);
        const int steps = int(wInt("steps", 20));
        const JVal seedVal = job.widget(u"seed"_s);
        const quint64 seed = quint64(seedVal.toDouble() >= 0 ? seedVal.toDouble() : 0)
                             ^ quint64(qHash(link("positive").s)) ^ (latent.seed * 31);
        if (job.phase == 0) {
            if (interruptFlag)
                return StepResult::Interrupted;
            job.phase = 1;
            job.index = 0;
            job.count = steps;
            job.delayMs = stepDelay;
            return StepResult::Wait;
        }
        ++job.index;
        const QString method = run->previewMethod;
        const bool previews = method != "none"_L1;
        QImage preview;
        if (previews) {
            const bool taesd = method == "taesd"_L1;
            const int pw = taesd ? latent.width / 8 * 8 : qMax(1, latent.width / 8);
            const int ph = taesd ? latent.height / 8 * 8 : qMax(1, latent.height / 8);
            const int rw = qMin(pw, 512), rh = qMin(ph, 512);
            const double noise = 1.0 - double(job.index) / qMax(1, job.count);
            preview = containImage(
                renderPicture(rw, rh, seed, job.nodeId, job.index, job.count, noise * 0.8), 512);
        }
        if (!progressHook(job, JVal(qint64(job.index)), JVal(qint64(job.count)),
                          previews ? &preview : nullptr, false, 512))
            return StepResult::Interrupted;
        if (job.index < job.count) {
            job.delayMs = stepDelay;
            return StepResult::Wait;
        }
        SimValue out = latent;
        out.seed = seed == 0 ? 1 : seed;
        out.label = job.nodeId;
        out.steps = steps;
        job.outputs = {out};
        return StepResult::Done;
    }
    if (cls == "VAEDecode"_L1) {
        const SimValue latent = link("samples");
        if (latent.kind != SimValue::Kind::Latent)
            return fail(u"TypeError"_s, u"'NoneType' object is not subscriptable"_s);
        if (job.phase == 0) {
            job.phase = 1;
            job.delayMs = stepDelay;
            return StepResult::Wait;
        }
        QList<QImage> imgs;
        const int w = qMax(8, latent.width / 8 * 8), h = qMax(8, latent.height / 8 * 8);
        for (int b = 0; b < qMax(1, latent.batch); ++b) {
            if (latent.seed == 0)
                imgs.append(solidImage(w, h, qRgb(0, 0, 0)).convertToFormat(QImage::Format_RGB32));
            else
                imgs.append(renderPicture(w, h, latent.seed + quint64(b), latent.label,
                                          latent.steps, latent.steps, 0.0));
        }
        job.outputs = {makeImage(imgs)};
        return StepResult::Done;
    }
    if (cls == "ImageInvert"_L1) {
        bool ok = false;
        QList<QImage> imgs = imageInput("image", &ok);
        if (!ok)
            return typeErr("image");
        for (QImage &i : imgs)
            i.invertPixels(QImage::InvertRgb);
        job.outputs = {makeImage(imgs)};
        return StepResult::Done;
    }
    if (cls == "ImageBlur"_L1) {
        bool ok = false;
        QList<QImage> imgs = imageInput("image", &ok);
        if (!ok)
            return typeErr("image");
        const int radius = int(wInt("blur_radius", 1));
        const double sigma = job.widget(u"sigma"_s).toDouble();
        for (QImage &i : imgs)
            i = gaussianBlur(i, radius, sigma);
        job.outputs = {makeImage(imgs)};
        return StepResult::Done;
    }
    if (cls == "ImageScale"_L1) {
        bool ok = false;
        QList<QImage> imgs = imageInput("image", &ok);
        if (!ok)
            return typeErr("image");
        int w = int(wInt("width")), h = int(wInt("height"));
        const bool nearest = wStr("upscale_method") == "nearest-exact"_L1;
        const bool center = wStr("crop") == "center"_L1;
        if (!(w == 0 && h == 0)) {
            for (QImage &i : imgs) {
                int tw = w, th = h;
                if (tw == 0)
                    tw = qMax(1, int(std::lround(double(i.width()) * th / i.height())));
                if (th == 0)
                    th = qMax(1, int(std::lround(double(i.height()) * tw / i.width())));
                QImage src = i;
                if (center) {
                    const double oldAspect = double(i.width()) / i.height();
                    const double newAspect = double(tw) / th;
                    if (oldAspect > newAspect) {
                        const int x = int(
                            std::lround((i.width() - i.width() * (newAspect / oldAspect)) / 2));
                        src = i.copy(x, 0, i.width() - 2 * x, i.height());
                    } else if (oldAspect < newAspect) {
                        const int y = int(
                            std::lround((i.height() - i.height() * (oldAspect / newAspect)) / 2));
                        src = i.copy(0, y, i.width(), i.height() - 2 * y);
                    }
                }
                i = src.scaled(tw, th, Qt::IgnoreAspectRatio,
                               nearest ? Qt::FastTransformation : Qt::SmoothTransformation);
            }
        }
        job.outputs = {makeImage(imgs)};
        return StepResult::Done;
    }
    if (cls == "GetImageSize"_L1) {
        bool ok = false;
        const QList<QImage> imgs = imageInput("image", &ok);
        if (!ok || imgs.isEmpty())
            return typeErr("image");
        const int w = imgs.first().width(), h = imgs.first().height(), b = int(imgs.size());
        if (v080())
            sendProgressText(job.nodeId,
                             u"width: "_s + QString::number(w) + u", height: "_s
                                 + QString::number(h) + u"\n batch size: "_s + QString::number(b),
                             std::nullopt);
        job.outputs = {makeInt(w), makeInt(h), makeInt(b)};
        return StepResult::Done;
    }
    if (cls == "PreviewAny"_L1) {
        QString value = u"None"_s;
        if (job.links.contains(u"source"_s)) {
            const SimValue v = link("source");
            switch (v.kind) {
            case SimValue::Kind::Int:
                value = QString::number(v.i);
                break;
            case SimValue::Kind::Float:
                value = QString::fromLatin1(JVal::pyFloatRepr(v.f));
                break;
            case SimValue::Kind::String:
                value = v.s;
                break;
            default:
                value = formatValueString(v);
                break;
            }
        } else {
            const JVal v = job.widget(u"source"_s);
            if (v.isString())
                value = v.toString();
            else if (v.isNumber() || v.isBool())
                value = v.pyStr();
            else if (!v.isNull())
                value = QString::fromUtf8(v.dump());
        }
        job.ui = JVal::object({{u"text"_s, JVal::array({JVal(value)})}});
        return StepResult::Done;
    }
    if (cls == "SaveImage"_L1 || cls == "PreviewImage"_L1) {
        bool ok = false;
        imageInput("images", &ok);
        if (!ok)
            return typeErr("images");
        QString prefix;
        QString type;
        int compress = 4;
        if (cls == "SaveImage"_L1) {
            prefix = job.widgets.isEmpty() || job.widget(u"filename_prefix"_s).isNull()
                         ? u"ComfyUI"_s
                         : wStr("filename_prefix");
            type = u"output"_s;
        } else {
            const QString key = job.nodeId + u'\x1f' + cls;
            if (!previewSuffix.contains(key)) {
                static const char letters[] = "abcdefghijklmnopqrstupvxyz";
                QString s = u"_temp_"_s;
                for (int i = 0; i < 5; ++i)
                    s += QLatin1Char(letters[QRandomGenerator::global()->bounded(26)]);
                previewSuffix.insert(key, s);
            }
            prefix = u"ComfyUI"_s + previewSuffix.value(key);
            type = u"temp"_s;
            compress = 1;
        }
        JVal results;
        const QString err = saveImages(job, type, prefix, compress, &results);
        if (!err.isEmpty())
            return fail(u"Exception"_s, err);
        job.ui = JVal::object({{u"images"_s, results}});
        return StepResult::Done;
    }
    if (cls == "LoadImage"_L1) {
        QString folder, rel;
        const QString name = wStr("image");
        const StoredFile *f = resolveInputFile(name, &folder, &rel) ? findFile(folder, rel)
                                                                    : nullptr;
        QImage img = f ? QImage::fromData(f->data) : QImage();
        if (img.isNull())
            return fail(u"PIL.UnidentifiedImageError"_s,
                        u"cannot identify image file '/srv/comfyui/data/input/"_s + rel + u"'"_s);
        SimValue mask;
        mask.kind = SimValue::Kind::Mask;
        if (img.hasAlphaChannel()) {
            QImage m(img.size(), QImage::Format_Grayscale8);
            const QImage a = img.convertToFormat(QImage::Format_ARGB32);
            for (int y = 0; y < m.height(); ++y)
                for (int x = 0; x < m.width(); ++x)
                    m.setPixel(x, y, qRgb(255 - qAlpha(a.pixel(x, y)), 0, 0) & 0xff);
            mask.images = {m};
        } else {
            QImage m(64, 64, QImage::Format_Grayscale8);
            m.fill(0);
            mask.images = {m};
        }
        job.outputs = {makeImage({img.convertToFormat(QImage::Format_RGB32)}), mask};
        return StepResult::Done;
    }
    if (cls == "SaveImageWebsocket"_L1) {
        bool ok = false;
        const QList<QImage> imgs = imageInput("images", &ok);
        if (!ok)
            return typeErr("images");
        const qint64 n = imgs.size();
        for (qint64 i = 0; i < n; ++i)
            if (!progressHook(job, JVal(i), JVal(n), &imgs.at(i), true, -1))
                return StepResult::Interrupted;
        job.ui = JVal::object();
        return StepResult::Done;
    }
    if (cls == "TestProgressNode"_L1 || cls == "TestPreviewNode"_L1) {
        const bool previewNode = cls == "TestPreviewNode"_L1;
        if (job.phase == 0) {
            job.count = int(wInt("steps", 1));
            job.index = 0;
            job.phase = 1;
            if (interruptFlag)
                return StepResult::Interrupted;
            job.delayMs = qMax(int(wInt("delay_ms")), stepDelay);
            return StepResult::Wait;
        }
        const int i = job.index;
        const int steps = job.count;
        if (previewNode) {
            const int size = int(wInt("size", 64));
            const bool png = wStr("format") == "PNG"_L1;
            const int r = int(255LL * (i + 1) / steps);
            QImage frame(size, size, QImage::Format_RGB32);
            frame.fill(qRgb(r, 0, 255 - r));
            for (int y = 0; y < size / 4; ++y)
                for (int x = 0; x < size / 4; ++x)
                    frame.setPixel(x, y, qRgb(r, 255, 255 - r));
            if (wStr("mode") == "send_sync"_L1) {
                sendPreviewImage(png ? 2 : 1,
                                 png ? encodeImage(frame, "png", 90)
                                     : encodeImage(frame, "jpeg", 95),
                                 run->clientId);
                if (!progressHook(job, JVal(qint64(i + 1)), JVal(qint64(steps))))
                    return StepResult::Interrupted;
            } else if (!progressHook(job, JVal(qint64(i + 1)), JVal(qint64(steps)), &frame, png,
                                     size)) {
                return StepResult::Interrupted;
            }
        } else if (!progressHook(job, JVal(qint64(i + 1)), JVal(qint64(steps)))) {
            return StepResult::Interrupted;
        }
        ++job.index;
        if (job.index < steps) {
            if (interruptFlag)
                return StepResult::Interrupted;
            job.delayMs = qMax(int(wInt("delay_ms")), stepDelay);
            return StepResult::Wait;
        }
        if (previewNode) {
            const JVal sendText = job.widget(u"send_text"_s);
            if ((sendText.isNull() || sendText.pyTruthy()) && v080())
                sendProgressText(job.nodeId, u"TestPreviewNode done: %1 frames"_s.arg(steps),
                                 run->clientId);
            job.ui = JVal::object();
        } else {
            const SimValue in = link("image");
            job.outputs = {in.kind == SimValue::Kind::Image
                               ? in
                               : makeImage({solidImage(64, 64, qRgb(0, 127, 255))})};
        }
        return StepResult::Done;
    }
    if (cls == "TestFailNode"_L1) {
        return fail(
            u"RuntimeError"_s, wStr("message"),
            u"  File \"/srv/comfyui/custom_nodes_extra/peer_test_nodes.py\", line 149, in run\n    raise RuntimeError(message)\n"_s);
    }
    if (cls == "ComfyDeployWebscoketImageOutput"_L1) {
        if (job.widget(u"client_id"_s).isNull() && !job.links.contains(u"client_id"_s))
            return fail(
                u"TypeError"_s,
                u"ComfyDeployWebscoketImageOutput.run() missing 1 required positional argument: 'client_id'"_s);
        bool ok = false;
        const QList<QImage> imgs = imageInput("images", &ok);
        if (!ok)
            return typeErr("images");
        const QString fileType = wStr("file_type");
        const int quality = int(wInt("quality", 80));
        const QString target = wStr("client_id");
        QByteArray id;
        for (const QChar c : wStr("output_id"))
            id += c.unicode() < 0x80 ? char(c.unicode()) : '?';
        id = id.left(24);
        id.append(QByteArray(24 - id.size(), '\0'));
        for (const QImage &img : imgs) {
            quint32 t = 3;
            QByteArray data;
            if (fileType == "PNG"_L1) {
                t = 2;
                data = encodeImage(img, "png", 90);
            } else if (fileType == "JPEG"_L1) {
                t = 1;
                data = encodeImage(img, "jpeg", quality);
            } else {
                data = encodeImage(img, "webp", quality);
            }
            if (!target.isEmpty()) {
                Outgoing o;
                o.kind = Outgoing::Kind::DeployBinary;
                o.payload = be32(1) + be32(t) + id + data;
                o.sid = target;
                enqueue(o);
            }
        }
        job.ui = JVal::object();
        return StepResult::Done;
    }
    return fail(u"NotImplementedError"_s, u"node class "_s + cls + u" is not simulated"_s);
}

} // namespace ComfyScope
