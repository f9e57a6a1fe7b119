// SPDX-License-Identifier: MIT
// POST /prompt: the prompt validator (execution.py validate_prompt/validate_inputs) and queueing.
#include "simulator_p.h"

#include <QtCore/QUuid>

#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace ComfyScope {

using namespace Sim;

QString Sim::pyTypeName(const JVal &v)
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

namespace {

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
} // namespace

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
    if (newest && json.contains(u"prompt_id"_s) && !json.value(u"prompt_id"_s).isNull()) {
        // v0.33 validate_job_id(): str(uuid.UUID(value)) must equal the value.
        const JVal &given = json.value(u"prompt_id"_s);
        const QUuid u = given.isString() ? QUuid::fromString(given.toString()) : QUuid();
        if (!given.isString() || u.isNull()
            || u.toString(QUuid::WithoutBraces) != given.toString()) {
            res.status = 400;
            res.body = JVal::object(
                {{u"error"_s,
                  reason(u"invalid_prompt_id"_s, u"prompt_id must be a valid UUID"_s,
                         u"prompt_id must be a UUID string in canonical lowercase hyphenated "
                         "form; omit it to let the server generate one"_s,
                         JVal::object())},
                 {u"node_errors"_s, JVal::object()}});
            return res;
        }
    }
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
        extra.insert(u"create_time"_s, serverNowMs());
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

} // namespace ComfyScope
