// SPDX-License-Identifier: MIT
// Reading the real server captures in tests/data/*.jsonl and rebuilding their frames.
#pragma once

#include <QtCore/QBuffer>
#include <QtCore/QFile>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QList>
#include <QtCore/QtEndian>
#include <QtGui/QImage>
#include <QtGui/QPainter>

namespace ComfyScope::TestData {

/// Every record of a capture, in order.
inline QList<QJsonObject> readJsonl(const QString &name)
{
    QFile f(QStringLiteral(COMFYSCOPE_TEST_DATA) + u'/' + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot open %s", qPrintable(f.fileName()));
    QList<QJsonObject> out;
    while (!f.atEnd()) {
        const QByteArray line = f.readLine().trimmed();
        if (!line.isEmpty())
            out.append(QJsonDocument::fromJson(line).object());
    }
    return out;
}

/// A small test image in `format` (the captures keep headers, not the image bytes).
inline QByteArray encode(const char *format, int w = 64, int h = 48)
{
    QImage img(w, h, QImage::Format_RGB32);
    img.fill(QColor(255, 0, 2));
    QPainter(&img).drawLine(0, 0, w, h);
    QByteArray bytes;
    QBuffer buf(&bytes);
    buf.open(QIODevice::WriteOnly);
    if (!img.save(&buf, format))
        qFatal("cannot encode %s", format);
    return bytes;
}

/// "00 00 00 01" → bytes.
inline QByteArray fromHex(const QString &spaced)
{
    return QByteArray::fromHex(spaced.toLatin1().replace(' ', ""));
}

inline QByteArray u32(quint32 v)
{
    QByteArray b(4, '\0');
    qToBigEndian(v, b.data());
    return b;
}

} // namespace ComfyScope::TestData
