// SPDX-License-Identifier: MIT
#pragma once

#include <QtCore/QBuffer>
#include <QtCore/QByteArray>
#include <QtCore/QCoreApplication>
#include <QtCore/QStandardPaths>
#include <QtCore/QtEndian>
#include <QtGui/QImage>
#include <QtGui/QImageWriter>

#include <comfyscope/events.h>

namespace AppTest {

inline quint32 crc32(const QByteArray &data)
{
    quint32 crc = 0xffffffffu;
    for (const char ch : data) {
        crc ^= quint8(ch);
        for (int k = 0; k < 8; ++k)
            crc = (crc >> 1) ^ (0xedb88320u & (0u - (crc & 1u)));
    }
    return ~crc;
}

/// Keep tests away from the user's settings.
inline void isolateSettings()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("ComfyScopeTests"));
    QCoreApplication::setApplicationName(QStringLiteral("ComfyScopeTests"));
}

inline QByteArray encode(const QImage &img, const char *format = "PNG",
                         const QMap<QString, QString> &text = {})
{
    QByteArray out;
    QBuffer buf(&out);
    buf.open(QIODevice::WriteOnly);
    QImageWriter w(&buf, format);
    for (auto it = text.cbegin(); it != text.cend(); ++it)
        w.setText(it.key(), it.value());
    w.write(img);
    return out;
}

inline QByteArray solidPng(int w, int h, QColor c, const QMap<QString, QString> &text = {})
{
    QImage img(w, h, QImage::Format_RGB32);
    img.fill(c);
    return encode(img, "PNG", text);
}

/// A PNG whose header claims width × height; the data is a tiny (invalid-size) IDAT. A real
/// decoder would allocate width × height × 4 bytes before noticing.
inline QByteArray pngBomb(quint32 width, quint32 height)
{
    auto chunk = [](const char *type, const QByteArray &data) {
        QByteArray c;
        quint32 len = qToBigEndian(quint32(data.size()));
        c.append(reinterpret_cast<const char *>(&len), 4);
        QByteArray td = QByteArray(type, 4) + data;
        c.append(td);
        quint32 crc = qToBigEndian(crc32(td));
        c.append(reinterpret_cast<const char *>(&crc), 4);
        return c;
    };
    QByteArray ihdr;
    quint32 w = qToBigEndian(width), h = qToBigEndian(height);
    ihdr.append(reinterpret_cast<const char *>(&w), 4);
    ihdr.append(reinterpret_cast<const char *>(&h), 4);
    ihdr.append(char(8)); // bit depth
    ihdr.append(char(6)); // RGBA
    ihdr.append(char(0));
    ihdr.append(char(0));
    ihdr.append(char(0));
    QByteArray png("\x89PNG\r\n\x1a\n", 8);
    png += chunk("IHDR", ihdr);
    png += chunk("IDAT", QByteArray::fromHex("789c030000000001"));
    png += chunk("IEND", QByteArray());
    return png;
}

inline ComfyScope::ImageFrame frame(ComfyScope::ImageKind kind, const QByteArray &bytes,
                                    const QString &prompt, const QString &node)
{
    ComfyScope::ImageFrame f;
    f.kind = kind;
    f.frame = bytes;
    f.imageOffset = 0;
    f.format = ComfyScope::sniffImageFormat(bytes);
    f.promptId = prompt;
    f.nodeId = node;
    f.attributed = true;
    f.receivedAt = QDateTime::currentDateTimeUtc();
    return f;
}

} // namespace AppTest
