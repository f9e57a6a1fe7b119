// SPDX-License-Identifier: MIT
#pragma once

#include <comfyscope/protocol.h>

#include <QtCore/QCoreApplication>
#include <QtCore/QJsonArray>

namespace ComfyScope::Protocol {

/// A ProtocolError with the first bytes of the offending input (shared by the text and the
/// binary parsers).
ProtocolError makeError(ProtocolError::Code code, QString message, QByteArrayView input,
                        QString type = {});

/// The image, gif, audio and video references of an `executed` output, in order.
void collectRefs(const QJsonObject &output, QList<ImageRef> &out);

// Field readers: absent is fine for optional fields; present with the wrong type is an error.
struct Reader
{
    const QJsonObject &o;
    QString error;
    bool missing = false;

    bool str(QLatin1String key, QString &out, bool required = false)
    {
        const auto it = o.constFind(key);
        if (it == o.constEnd() || it->isNull()) {
            if (required && error.isEmpty()) {
                error = QCoreApplication::translate("ComfyScope", "missing field '%1'").arg(key);
                missing = true;
            }
            return !required;
        }
        if (!it->isString()) {
            if (error.isEmpty())
                error = QCoreApplication::translate("ComfyScope", "field '%1' is not a string")
                            .arg(key);
            return false;
        }
        out = it->toString();
        return true;
    }
    bool num(QLatin1String key, double &out, bool required = false)
    {
        const auto it = o.constFind(key);
        if (it == o.constEnd() || it->isNull()) {
            if (required && error.isEmpty()) {
                error = QCoreApplication::translate("ComfyScope", "missing field '%1'").arg(key);
                missing = true;
            }
            return !required;
        }
        if (!it->isDouble()) {
            if (error.isEmpty())
                error = QCoreApplication::translate("ComfyScope", "field '%1' is not a number")
                            .arg(key);
            return false;
        }
        out = it->toDouble();
        return true;
    }
    bool timestamp(qint64 &out, bool *present = nullptr)
    {
        double d = 0;
        const bool has = o.contains(QLatin1String("timestamp"))
                         && !o.value(QLatin1String("timestamp")).isNull();
        if (!num(QLatin1String("timestamp"), d))
            return false;
        out = qint64(d);
        if (present)
            *present = has;
        return true;
    }
    bool strList(QLatin1String key, QStringList &out)
    {
        const auto it = o.constFind(key);
        if (it == o.constEnd() || it->isNull())
            return true;
        if (!it->isArray()) {
            if (error.isEmpty())
                error =
                    QCoreApplication::translate("ComfyScope", "field '%1' is not a list").arg(key);
            return false;
        }
        const QJsonArray a = it->toArray();
        out.reserve(a.size());
        for (const auto &v : a) {
            if (v.isString())
                out.append(v.toString());
            else if (v.isDouble()) // very old servers used int node ids
                out.append(QString::number(v.toDouble()));
            else {
                if (error.isEmpty())
                    error = QCoreApplication::translate("ComfyScope",
                                                        "field '%1' holds a non-string")
                                .arg(key);
                return false;
            }
        }
        return true;
    }
    bool ok() const { return error.isEmpty(); }
};

} // namespace ComfyScope::Protocol
