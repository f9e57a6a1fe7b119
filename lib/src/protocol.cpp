// SPDX-License-Identifier: MIT
#include <comfyscope/protocol.h>

#include "protocol_p.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QHash>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonParseError>
#include <QtCore/QtEndian>

using namespace Qt::StringLiterals;

namespace ComfyScope {

ImageRef ImageRef::fromJson(const QJsonObject &o)
{
    ImageRef r;
    r.filename = o.value("filename"_L1).toString();
    r.subfolder = o.value("subfolder"_L1).toString();
    r.type = o.value("type"_L1).toString();
    r.assetId = o.value("id"_L1).toString();
    return r;
}

QJsonObject ImageRef::toJson() const
{
    QJsonObject o{{u"filename"_s, filename}, {u"subfolder"_s, subfolder}, {u"type"_s, type}};
    if (!assetId.isEmpty())
        o.insert(u"id"_s, assetId);
    return o;
}

AssetsSeedEvent AssetsSeedEvent::fromMessage(const QString &type, const QJsonObject &data)
{
    AssetsSeedEvent e;
    e.phase = type.mid(int(qstrlen("assets.seed.")));
    e.data = data;
    e.message = data.value(QLatin1String("message")).toString();
    auto num = [&data](const char *key) {
        const QJsonValue v = data.value(QLatin1String(key));
        return v.isDouble() ? qint64(v.toDouble()) : qint64(-1);
    };
    e.total = num("total");
    e.scanned = num("scanned");
    e.created = num("created");
    e.enriched = num("enriched");
    return e;
}

NodeProgress::State NodeProgress::stateFromString(QStringView s)
{
    if (s == u"running")
        return State::Running;
    if (s == u"finished")
        return State::Finished;
    if (s == u"pending")
        return State::Pending;
    if (s == u"error")
        return State::Error;
    return State::Unknown;
}

QString imageFormatName(ImageFormat f)
{
    switch (f) {
    case ImageFormat::Jpeg:
        return u"jpeg"_s;
    case ImageFormat::Png:
        return u"png"_s;
    case ImageFormat::Webp:
        return u"webp"_s;
    case ImageFormat::Gif:
        return u"gif"_s;
    case ImageFormat::Bmp:
        return u"bmp"_s;
    case ImageFormat::Unknown:
        break;
    }
    return u"unknown"_s;
}

QString imageFormatMimeType(ImageFormat f)
{
    if (f == ImageFormat::Unknown)
        return u"application/octet-stream"_s;
    return u"image/"_s + imageFormatName(f);
}

ImageFormat sniffImageFormat(QByteArrayView b)
{
    const auto *p = reinterpret_cast<const unsigned char *>(b.data());
    const auto n = b.size();
    if (n >= 3 && p[0] == 0xFF && p[1] == 0xD8 && p[2] == 0xFF)
        return ImageFormat::Jpeg;
    if (n >= 8 && p[0] == 0x89 && p[1] == 'P' && p[2] == 'N' && p[3] == 'G' && p[4] == 0x0D
        && p[5] == 0x0A && p[6] == 0x1A && p[7] == 0x0A)
        return ImageFormat::Png;
    if (n >= 12 && p[0] == 'R' && p[1] == 'I' && p[2] == 'F' && p[3] == 'F' && p[8] == 'W'
        && p[9] == 'E' && p[10] == 'B' && p[11] == 'P')
        return ImageFormat::Webp;
    if (n >= 6 && p[0] == 'G' && p[1] == 'I' && p[2] == 'F' && p[3] == '8')
        return ImageFormat::Gif;
    if (n >= 2 && p[0] == 'B' && p[1] == 'M')
        return ImageFormat::Bmp;
    return ImageFormat::Unknown;
}

QString imageKindName(ImageKind k)
{
    switch (k) {
    case ImageKind::SamplerPreview:
        return u"preview"_s;
    case ImageKind::WebSocketOutput:
        return u"websocket_output"_s;
    case ImageKind::DeployOutput:
        return u"deploy_output"_s;
    case ImageKind::FinalOutput:
        return u"final_output"_s;
    }
    return u"unknown"_s;
}

QString protocolErrorCodeName(ProtocolError::Code c)
{
    using C = ProtocolError::Code;
    switch (c) {
    case C::MalformedJson:
        return u"malformed_json"_s;
    case C::NotAnObject:
        return u"not_an_object"_s;
    case C::MissingField:
        return u"missing_field"_s;
    case C::WrongFieldType:
        return u"wrong_field_type"_s;
    case C::TruncatedFrame:
        return u"truncated_frame"_s;
    case C::LyingLength:
        return u"lying_length"_s;
    case C::UnknownFrameType:
        return u"unknown_frame_type"_s;
    case C::OversizedMessage:
        return u"oversized_message"_s;
    case C::BadMetadata:
        return u"bad_metadata"_s;
    case C::EmptyImage:
        return u"empty_image"_s;
    }
    return u"unknown"_s;
}

namespace Protocol {

namespace {

quint32 readU32(const QByteArray &b, qsizetype offset)
{
    return qFromBigEndian<quint32>(reinterpret_cast<const uchar *>(b.constData()) + offset);
}

ImageFormat formatFromCode(quint32 code)
{
    switch (code) {
    case 1:
        return ImageFormat::Jpeg;
    case 2:
        return ImageFormat::Png;
    case 3:
        return ImageFormat::Webp;
    default:
        return ImageFormat::Unknown;
    }
}

ImageFormat formatFromMime(const QString &mime)
{
    if (mime == "image/jpeg"_L1 || mime == "image/jpg"_L1)
        return ImageFormat::Jpeg;
    if (mime == "image/png"_L1)
        return ImageFormat::Png;
    if (mime == "image/webp"_L1)
        return ImageFormat::Webp;
    if (mime == "image/gif"_L1)
        return ImageFormat::Gif;
    return ImageFormat::Unknown;
}

Frame checkSize(const QByteArray &frame, const FrameOptions &options, bool deploy,
                qsizetype minimum)
{
    if (options.maxFrameSize > 0 && frame.size() > options.maxFrameSize) {
        auto e = makeError(ProtocolError::Code::OversizedMessage,
                           QCoreApplication::translate(
                               "ComfyScope", "binary frame of %1 bytes exceeds the %2 byte cap")
                               .arg(frame.size())
                               .arg(options.maxFrameSize),
                           frame);
        e.deploySocket = deploy;
        return e;
    }
    if (frame.size() < minimum) {
        auto e = makeError(
            ProtocolError::Code::TruncatedFrame,
            QCoreApplication::translate(
                "ComfyScope", "binary frame of %1 bytes is shorter than its %2 byte header")
                .arg(frame.size())
                .arg(minimum),
            frame);
        e.deploySocket = deploy;
        return e;
    }
    return ImageFrame{};
}

} // namespace

Frame parseFrame(const QByteArray &frame, const FrameOptions &options)
{
    Frame size = checkSize(frame, options, false, 8);
    if (size.isError())
        return size;
    const quint32 type = readU32(frame, 0);
    const quint32 word = readU32(frame, 4);
    switch (type) {
    case 1: {
        ImageFrame f;
        f.frameType = 1;
        f.frame = frame;
        f.imageOffset = 8;
        f.declaredFormat = formatFromCode(word);
        f.format = sniffImageFormat(f.imageView());
        if (f.imageSize() == 0)
            return makeError(
                ProtocolError::Code::EmptyImage,
                QCoreApplication::translate("ComfyScope", "preview frame without image"), frame);
        if (f.format == ImageFormat::Unknown)
            f.format = f.declaredFormat;
        f.kind = f.format == ImageFormat::Png ? ImageKind::WebSocketOutput
                                              : ImageKind::SamplerPreview;
        return f;
    }
    case 4: {
        const qsizetype m = qsizetype(word);
        if (m > frame.size() - 8)
            return makeError(
                ProtocolError::Code::LyingLength,
                QCoreApplication::translate(
                    "ComfyScope", "type 4 metadata length %1 runs past the frame end (%2 bytes)")
                    .arg(word)
                    .arg(frame.size()),
                frame);
        QJsonParseError err;
        const QJsonDocument doc = QJsonDocument::fromJson(frame.mid(8, m), &err);
        if (err.error != QJsonParseError::NoError || !doc.isObject())
            return makeError(
                ProtocolError::Code::BadMetadata,
                QCoreApplication::translate("ComfyScope", "type 4 metadata is not a JSON object"),
                frame);
        ImageFrame f;
        f.frameType = 4;
        f.frame = frame;
        f.imageOffset = 8 + m;
        f.metadata = doc.object();
        Reader r{f.metadata, {}};
        QString imageType;
        if (!r.str("node_id"_L1, f.nodeId) || !r.str("prompt_id"_L1, f.promptId)
            || !r.str("display_node_id"_L1, f.displayNodeId)
            || !r.str("parent_node_id"_L1, f.parentNodeId)
            || !r.str("real_node_id"_L1, f.realNodeId) || !r.str("image_type"_L1, imageType))
            return makeError(
                ProtocolError::Code::BadMetadata,
                QCoreApplication::translate("ComfyScope", "type 4 metadata: %1").arg(r.error),
                frame);
        if (f.imageSize() == 0)
            return makeError(
                ProtocolError::Code::EmptyImage,
                QCoreApplication::translate("ComfyScope", "type 4 frame without image"), frame);
        if (f.displayNodeId.isEmpty())
            f.displayNodeId = f.nodeId;
        f.attributed = !f.promptId.isEmpty();
        f.declaredFormat = formatFromMime(imageType);
        f.format = sniffImageFormat(f.imageView());
        if (f.format == ImageFormat::Unknown)
            f.format = f.declaredFormat;
        f.kind = f.format == ImageFormat::Png ? ImageKind::WebSocketOutput
                                              : ImageKind::SamplerPreview;
        return f;
    }
    case 3: {
        ProgressTextEvent t;
        qsizetype pos = 4;
        if (options.progressTextMetadata) {
            const qsizetype p = qsizetype(word);
            if (p > frame.size() - 8)
                return makeError(
                    ProtocolError::Code::LyingLength,
                    QCoreApplication::translate(
                        "ComfyScope", "TEXT frame prompt id length runs past the frame end"),
                    frame);
            t.promptId = QString::fromUtf8(frame.constData() + 8, p);
            pos = 8 + p;
            if (frame.size() - pos < 4)
                return makeError(ProtocolError::Code::TruncatedFrame,
                                 QCoreApplication::translate(
                                     "ComfyScope", "TEXT frame ends before its node id length"),
                                 frame);
        }
        const qsizetype n = qsizetype(readU32(frame, pos));
        pos += 4;
        if (n > frame.size() - pos)
            return makeError(
                ProtocolError::Code::LyingLength,
                QCoreApplication::translate(
                    "ComfyScope", "TEXT frame node id length %1 runs past the frame end (%2 bytes)")
                    .arg(n)
                    .arg(frame.size()),
                frame);
        t.nodeId = QString::fromUtf8(frame.constData() + pos, n);
        t.text = QString::fromUtf8(frame.constData() + pos + n, frame.size() - pos - n);
        return t;
    }
    default:
        break;
    }
    return makeError(
        ProtocolError::Code::UnknownFrameType,
        QCoreApplication::translate("ComfyScope", "unknown binary event type %1").arg(type), frame);
}

Frame parseDeployFrame(const QByteArray &frame, const FrameOptions &options)
{
    Frame size = checkSize(frame, options, true, 8);
    if (size.isError())
        return size;
    auto err = [&](ProtocolError::Code c, const QString &m) {
        auto e = makeError(c, m, frame);
        e.deploySocket = true;
        return e;
    };
    const quint32 event = readU32(frame, 0);
    if (event != 1)
        return err(ProtocolError::Code::UnknownFrameType,
                   QCoreApplication::translate("ComfyScope", "unknown ComfyDeploy binary event %1")
                       .arg(event));
    ImageFrame f;
    f.kind = ImageKind::DeployOutput;
    f.frameType = 1;
    f.frame = frame;
    f.declaredFormat = formatFromCode(readU32(frame, 4));
    // Only magic bytes that cannot start an ASCII output_id count as "no id" frames.
    const ImageFormat legacy = sniffImageFormat(QByteArrayView(frame).sliced(8));
    if (legacy == ImageFormat::Png || legacy == ImageFormat::Jpeg) {
        // Before 2024-02-29 the frame had no output_id.
        f.imageOffset = 8;
    } else {
        if (frame.size() < 32)
            return err(
                ProtocolError::Code::TruncatedFrame,
                QCoreApplication::translate(
                    "ComfyScope", "ComfyDeploy frame of %1 bytes ends inside its 24-byte output_id")
                    .arg(frame.size()));
        const QByteArray id = frame.mid(8, 24);
        const qsizetype nul = id.indexOf('\0');
        f.outputId = QString::fromLatin1(nul < 0 ? id : id.left(nul)).trimmed();
        f.imageOffset = 32;
    }
    if (f.imageSize() == 0)
        return err(ProtocolError::Code::EmptyImage,
                   QCoreApplication::translate("ComfyScope", "ComfyDeploy frame without image"));
    f.format = sniffImageFormat(f.imageView());
    if (f.format == ImageFormat::Unknown)
        f.format = f.declaredFormat;
    return f;
}

namespace {
void appendU32(QByteArray &b, quint32 v)
{
    const quint32 be = qToBigEndian(v);
    b.append(reinterpret_cast<const char *>(&be), 4);
}
} // namespace

QByteArray makePreviewFrame(int formatCode, QByteArrayView image)
{
    QByteArray b;
    b.reserve(8 + image.size());
    appendU32(b, 1);
    appendU32(b, quint32(formatCode));
    b.append(image.data(), image.size());
    return b;
}

QByteArray makeMetadataPreviewFrame(const QJsonObject &metadata, QByteArrayView image)
{
    return makeMetadataPreviewFrame(QJsonDocument(metadata).toJson(QJsonDocument::Compact), image);
}

QByteArray makeMetadataPreviewFrame(QByteArrayView metadataJson, QByteArrayView image)
{
    QByteArray b;
    b.reserve(8 + metadataJson.size() + image.size());
    appendU32(b, 4);
    appendU32(b, quint32(metadataJson.size()));
    b.append(metadataJson.data(), metadataJson.size());
    b.append(image.data(), image.size());
    return b;
}

QByteArray makeTextFrame(const QString &nodeId, const QString &text)
{
    const QByteArray id = nodeId.toUtf8();
    const QByteArray utf8 = text.toUtf8();
    QByteArray b;
    b.reserve(8 + id.size() + utf8.size());
    appendU32(b, 3);
    appendU32(b, quint32(id.size()));
    b.append(id);
    b.append(utf8);
    return b;
}

QByteArray makeDeployFrame(int typeCode, const QByteArray &outputId, QByteArrayView image)
{
    QByteArray b;
    b.reserve(32 + image.size());
    appendU32(b, 1);
    appendU32(b, quint32(typeCode));
    QByteArray id = outputId.left(24);
    id.append(QByteArray(24 - id.size(), '\0'));
    b.append(id);
    b.append(image.data(), image.size());
    return b;
}

QByteArray featureFlagsMessage()
{
    return QByteArrayLiteral(
        R"({"type":"feature_flags","data":{"supports_preview_metadata":true}})");
}

} // namespace Protocol
} // namespace ComfyScope
