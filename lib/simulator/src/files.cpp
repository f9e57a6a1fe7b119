// SPDX-License-Identifier: MIT
// The simulated input/output/temp folders: the file store, GET /view and POST /upload/image|mask.
#include "imagegen_p.h"
#include "simulator_p.h"

#include <QtCore/QBuffer>
#include <QtCore/QCryptographicHash>
#include <QtCore/QDateTime>
#include <QtGui/QImageReader>
#include <QtGui/QImageWriter>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ComfyScope {

using namespace Sim;

namespace {
// Resolves "a/b/../c" below a folder; false when it escapes (os.path.commonpath check).
bool normalizeRelative(const QString &path, QString *out)
{
    if (path.startsWith(u'/') || path.startsWith(u'\\'))
        return false;
    QStringList parts;
    for (const QString &p : path.split(u'/')) {
        if (p.isEmpty() || p == "."_L1)
            continue;
        if (p == ".."_L1) {
            if (parts.isEmpty())
                return false;
            parts.removeLast();
            continue;
        }
        parts.append(p);
    }
    *out = parts.join(u'/');
    return true;
}

QString joinRel(const QString &folder, const QString &name)
{
    return folder.isEmpty() ? name : folder + u'/' + name;
}

QByteArray guessMime(const QString &filename)
{
    const QString lower = filename.toLower();
    static const QList<QPair<QString, QByteArray>> table = {
        {u".png"_s, "image/png"},
        {u".jpg"_s, "image/jpeg"},
        {u".jpeg"_s, "image/jpeg"},
        {u".webp"_s, "image/webp"},
        {u".gif"_s, "image/gif"},
        {u".bmp"_s, "image/bmp"},
        {u".mp4"_s, "video/mp4"},
        {u".webm"_s, "video/webm"},
        {u".flac"_s, "audio/flac"},
        {u".mp3"_s, "audio/mpeg"},
        {u".wav"_s, "audio/x-wav"},
        {u".json"_s, "application/json"},
        {u".txt"_s, "text/plain"},
        {u".svg"_s, "image/svg+xml"},
        {u".tif"_s, "image/tiff"},
        {u".tiff"_s, "image/tiff"},
        {u".glb"_s, "model/gltf-binary"},
        {u".html"_s, "application/octet-stream"},
        {u".htm"_s, "application/octet-stream"},
        {u".js"_s, "application/octet-stream"},
        {u".css"_s, "application/octet-stream"}};
    for (const auto &e : table)
        if (lower.endsWith(e.first))
            return e.second;
    return "application/octet-stream";
}

struct MultipartPart
{
    QByteArray name;
    QByteArray filename;
    bool hasFilename = false;
    QByteArray data;
};

QByteArray headerParam(const QByteArray &header, const QByteArray &param)
{
    // Finds param="value" or param=value in a header like Content-Disposition.
    const QList<QByteArray> parts = header.split(';');
    for (const QByteArray &p : parts) {
        const QByteArray t = p.trimmed();
        const qsizetype eq = t.indexOf('=');
        if (eq < 0)
            continue;
        if (t.left(eq).trimmed().toLower() != param)
            continue;
        QByteArray v = t.mid(eq + 1).trimmed();
        if (v.startsWith('"') && v.endsWith('"') && v.size() >= 2)
            v = v.mid(1, v.size() - 2);
        return v;
    }
    return QByteArray();
}

bool hasHeaderParam(const QByteArray &header, const QByteArray &param)
{
    const QList<QByteArray> parts = header.split(';');
    for (const QByteArray &p : parts) {
        const QByteArray t = p.trimmed();
        const qsizetype eq = t.indexOf('=');
        if (eq >= 0 && t.left(eq).trimmed().toLower() == param)
            return true;
    }
    return false;
}

bool parseMultipart(const HttpRequest &r, QList<MultipartPart> *parts)
{
    const QByteArray ct = r.header("Content-Type");
    if (!ct.toLower().startsWith("multipart/form-data"))
        return false;
    const QByteArray boundary = headerParam(ct, "boundary");
    if (boundary.isEmpty())
        return false;
    const QByteArray delim = "--" + boundary;
    const QByteArray &body = r.body;
    qsizetype pos = body.indexOf(delim);
    if (pos < 0)
        return false;
    while (true) {
        pos += delim.size();
        if (body.mid(pos, 2) == "--")
            break;
        if (body.mid(pos, 2) != "\r\n")
            return false;
        pos += 2;
        const qsizetype headEnd = body.indexOf("\r\n\r\n", pos);
        if (headEnd < 0)
            return false;
        MultipartPart part;
        const QList<QByteArray> lines = body.mid(pos, headEnd - pos).split('\n');
        for (QByteArray line : lines) {
            line = line.trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon < 0)
                continue;
            if (line.left(colon).trimmed().toLower() == "content-disposition") {
                const QByteArray v = line.mid(colon + 1);
                part.name = headerParam(v, "name");
                part.hasFilename = hasHeaderParam(v, "filename");
                part.filename = headerParam(v, "filename");
            }
        }
        const qsizetype dataStart = headEnd + 4;
        const qsizetype next = body.indexOf(QByteArray(QByteArrayLiteral("\r\n") + delim),
                                            dataStart);
        if (next < 0)
            return false;
        part.data = body.mid(dataStart, next - dataStart);
        parts->append(part);
        pos = next + 2;
    }
    return true;
}

const MultipartPart *findPart(const QList<MultipartPart> &parts, const QByteArray &name)
{
    for (const MultipartPart &p : parts)
        if (p.name == name)
            return &p;
    return nullptr;
}
} // namespace

// ------------------------------------------------------------------------------------------------
bool Simulator::Private::resolveInputFile(const QString &annotated, QString *folder,
                                          QString *relPath) const
{
    // folder_paths.annotated_filepath + get_annotated_filepath(default_dir=input)
    QString name = annotated;
    *folder = u"input"_s;
    if (name.endsWith(" [output]"_L1)) {
        name.chop(9);
        *folder = u"output"_s;
    } else if (name.endsWith(" [input]"_L1)) {
        name.chop(8);
    } else if (name.endsWith(" [temp]"_L1)) {
        name.chop(7);
        *folder = u"temp"_s;
    }
    return normalizeRelative(name, relPath);
}

void Simulator::Private::storeFile(const QString &folder, const QString &relPath,
                                   const QByteArray &data)
{
    auto &f = files[folder];
    f.insert(relPath, StoredFile{data, QDateTime::currentMSecsSinceEpoch()});
    if (folder != "input"_L1 && f.size() > maxStoredFiles) {
        // Keep memory bounded in long demo runs: drop the oldest generated files.
        QList<QPair<qint64, QString>> byAge;
        for (auto it = f.constBegin(); it != f.constEnd(); ++it)
            byAge.append({it->mtimeMs, it.key()});
        std::sort(byAge.begin(), byAge.end());
        for (int i = 0; i < byAge.size() && f.size() > maxStoredFiles; ++i)
            if (byAge.at(i).second != relPath)
                f.remove(byAge.at(i).second);
    }
}

const StoredFile *Simulator::Private::findFile(const QString &folder, const QString &relPath) const
{
    const auto f = files.constFind(folder);
    if (f == files.constEnd())
        return nullptr;
    const auto it = f->constFind(relPath);
    return it == f->constEnd() ? nullptr : &it.value();
}

QStringList Simulator::Private::inputImageFiles() const
{
    // LoadImage lists top-level files of the input folder with an image content type, sorted.
    QStringList out;
    const auto &input = files.value(u"input"_s);
    for (auto it = input.constBegin(); it != input.constEnd(); ++it) {
        if (it.key().contains(u'/'))
            continue;
        if (guessMime(it.key()).startsWith("image/"))
            out.append(it.key());
    }
    std::sort(out.begin(), out.end());
    return out;
}

// ------------------------------------------------------------------------------------------------
HttpResponse Simulator::Private::handleView(const HttpRequest &r)
{
    if (!r.hasQuery(u"filename"_s))
        return HttpResponse::empty(404);
    QString filename = r.queryValue(u"filename"_s);
    QString folder;
    if (filename.endsWith(" [output]"_L1)) {
        filename.chop(9);
        folder = u"output"_s;
    } else if (filename.endsWith(" [input]"_L1)) {
        filename.chop(8);
        folder = u"input"_s;
    } else if (filename.endsWith(" [temp]"_L1)) {
        filename.chop(7);
        folder = u"temp"_s;
    }
    if (filename.isEmpty())
        return HttpResponse::empty(400);
    if (filename.startsWith(u'/') || filename.contains(".."_L1))
        return HttpResponse::empty(400);
    if (folder.isEmpty()) {
        const QString type = r.hasQuery(u"type"_s) ? r.queryValue(u"type"_s) : u"output"_s;
        if (type != "output"_L1 && type != "input"_L1 && type != "temp"_L1)
            return HttpResponse::empty(400);
        folder = type;
    }
    QString sub;
    if (r.hasQuery(u"subfolder"_s)) {
        if (!normalizeRelative(r.queryValue(u"subfolder"_s), &sub))
            return HttpResponse::empty(403);
    }
    filename = filename.mid(filename.lastIndexOf(u'/') + 1);
    const StoredFile *file = findFile(folder, joinRel(sub, filename));
    if (!file)
        return HttpResponse::empty(404);
    const QByteArray disposition = "filename=\"" + filename.toUtf8() + '"';
    const QString channel = r.queryValue(u"channel"_s);
    if (r.hasQuery(u"preview"_s)) {
        const QStringList info = r.queryValue(u"preview"_s).split(u';');
        QString format = info.first();
        if ((format != "webp"_L1 && format != "jpeg"_L1) || channel.contains(u'a'))
            format = u"webp"_s;
        int quality = 90;
        bool isDigit = !info.last().isEmpty();
        for (const QChar c : info.last())
            if (!c.isDigit())
                isDigit = false;
        if (isDigit)
            quality = info.last().toInt();
        QImage img = QImage::fromData(file->data);
        if (img.isNull())
            return HttpResponse::serverError();
        if (format == "jpeg"_L1 || channel == "rgb"_L1)
            img = img.convertToFormat(QImage::Format_RGB32);
        HttpResponse resp;
        resp.contentType = "image/" + format.toLatin1();
        resp.body = encodeImage(img, format.toLatin1().constData(), qBound(0, quality, 100));
        resp.headers.append(QPair<QByteArray, QByteArray>{"Content-Disposition", disposition});
        return resp;
    }
    if (channel == "rgb"_L1 || channel == "a"_L1) {
        QImage img = QImage::fromData(file->data);
        if (img.isNull())
            return HttpResponse::serverError();
        QImage out;
        if (channel == "rgb"_L1) {
            out = img.convertToFormat(QImage::Format_RGB32);
        } else {
            out = QImage(img.size(), QImage::Format_ARGB32);
            const bool hasAlpha = img.hasAlphaChannel();
            const QImage src = img.convertToFormat(QImage::Format_ARGB32);
            for (int y = 0; y < out.height(); ++y) {
                const QRgb *s = reinterpret_cast<const QRgb *>(src.constScanLine(y));
                QRgb *t = reinterpret_cast<QRgb *>(out.scanLine(y));
                for (int x = 0; x < out.width(); ++x)
                    t[x] = qRgba(0, 0, 0, hasAlpha ? qAlpha(s[x]) : 255);
            }
        }
        HttpResponse resp;
        resp.contentType = "image/png";
        resp.body = encodeImage(out, "png");
        resp.headers.append(QPair<QByteArray, QByteArray>{"Content-Disposition", disposition});
        return resp;
    }
    HttpResponse resp;
    resp.contentType = guessMime(filename);
    resp.headers.append(QPair<QByteArray, QByteArray>{"Content-Disposition", disposition});
    resp.headers.append(QPair<QByteArray, QByteArray>{"Accept-Ranges", "bytes"});
    resp.headers.append(QPair<QByteArray, QByteArray>{
        "Last-Modified", QLocale::c()
                             .toString(QDateTime::fromMSecsSinceEpoch(file->mtimeMs).toUTC(),
                                       u"ddd, dd MMM yyyy hh:mm:ss 'GMT'"_s)
                             .toLatin1()});
    const QByteArray range = r.header("Range");
    if (range.startsWith("bytes=") && !range.contains(',')) {
        const QByteArray spec = range.mid(6);
        const qsizetype dash = spec.indexOf('-');
        const qint64 size = file->data.size();
        qint64 start = -1, end = size - 1;
        bool ok1 = true, ok2 = true;
        if (dash == 0) {
            const qint64 suffix = spec.mid(1).toLongLong(&ok1);
            start = qMax<qint64>(0, size - suffix);
        } else if (dash > 0) {
            start = spec.left(dash).toLongLong(&ok1);
            if (dash + 1 < spec.size())
                end = qMin(size - 1, spec.mid(dash + 1).toLongLong(&ok2));
        }
        if (ok1 && ok2 && start >= 0) {
            if (start >= size || start > end) {
                HttpResponse bad = HttpResponse::aiohttpError(416);
                bad.headers.append(QPair<QByteArray, QByteArray>{
                    "Content-Range", "bytes */" + QByteArray::number(size)});
                return bad;
            }
            resp.status = 206;
            resp.body = file->data.mid(start, end - start + 1);
            resp.headers.append(QPair<QByteArray, QByteArray>{
                "Content-Range", "bytes " + QByteArray::number(start) + '-'
                                     + QByteArray::number(end) + '/' + QByteArray::number(size)});
            return resp;
        }
    }
    resp.body = file->data;
    return resp;
}

HttpResponse Simulator::Private::handleUpload(const HttpRequest &r, bool mask)
{
    QList<MultipartPart> parts;
    if (!parseMultipart(r, &parts))
        return HttpResponse::serverError();
    const MultipartPart *image = findPart(parts, "image");
    const MultipartPart *typePart = findPart(parts, "type");
    const MultipartPart *subPart = findPart(parts, "subfolder");
    const MultipartPart *overwritePart = findPart(parts, "overwrite");
    QString uploadType = typePart ? QString::fromUtf8(typePart->data) : u"input"_s;
    if (uploadType != "input"_L1 && uploadType != "temp"_L1 && uploadType != "output"_L1)
        return HttpResponse::serverError(); // UnboundLocalError in get_dir_by_type
    if (!image || !image->hasFilename)
        return HttpResponse::empty(400);
    QString filename = QString::fromUtf8(image->filename);
    if (filename.isEmpty())
        return HttpResponse::empty(400);
    const QString subfolder = subPart ? QString::fromUtf8(subPart->data) : QString();
    QString rel;
    if (!normalizeRelative(joinRel(subfolder, filename), &rel) || rel.isEmpty())
        return HttpResponse::empty(400);
    QString relFolder;
    if (!normalizeRelative(subfolder, &relFolder))
        return HttpResponse::empty(400);

    const QString overwrite = overwritePart ? QString::fromUtf8(overwritePart->data) : QString();
    bool duplicate = false;
    if (overwrite != "true"_L1 && overwrite != "1"_L1) {
        const qsizetype dot = filename.lastIndexOf(u'.');
        const QString base = dot > 0 ? filename.left(dot) : filename;
        const QString ext = dot > 0 ? filename.mid(dot) : QString();
        int i = 1;
        while (const StoredFile *existing = findFile(uploadType, rel)) {
            if (QCryptographicHash::hash(existing->data, QCryptographicHash::Sha256)
                == QCryptographicHash::hash(image->data, QCryptographicHash::Sha256)) {
                duplicate = true;
                break;
            }
            filename = base + u" ("_s + QString::number(i) + u')' + ext;
            normalizeRelative(joinRel(subfolder, filename), &rel);
            ++i;
        }
    }
    if (!duplicate) {
        if (mask) {
            const MultipartPart *refPart = findPart(parts, "original_ref");
            JVal ref;
            if (!refPart || !JVal::parse(refPart->data, &ref) || !ref.isObject())
                return HttpResponse::serverError();
            QString origName = ref.value(u"filename"_s).toString();
            QString origFolder;
            if (origName.endsWith(" [output]"_L1)) {
                origName.chop(9);
                origFolder = u"output"_s;
            } else if (origName.endsWith(" [input]"_L1)) {
                origName.chop(8);
                origFolder = u"input"_s;
            } else if (origName.endsWith(" [temp]"_L1)) {
                origName.chop(7);
                origFolder = u"temp"_s;
            }
            if (origName.isEmpty() || origName.startsWith(u'/') || origName.contains(".."_L1))
                return HttpResponse::empty(400);
            if (origFolder.isEmpty()) {
                origFolder = ref.contains(u"type"_s) ? ref.value(u"type"_s).toString()
                                                     : u"output"_s;
                if (origFolder != "output"_L1 && origFolder != "input"_L1
                    && origFolder != "temp"_L1)
                    return HttpResponse::empty(400);
            }
            QString origSub;
            if (!normalizeRelative(ref.value(u"subfolder"_s).toString(), &origSub))
                return HttpResponse::empty(403);
            if (const StoredFile *orig = findFile(origFolder, joinRel(origSub, origName))) {
                QImage original =
                    QImage::fromData(orig->data).convertToFormat(QImage::Format_ARGB32);
                const QImage maskImg =
                    QImage::fromData(image->data).convertToFormat(QImage::Format_ARGB32);
                if (!original.isNull() && !maskImg.isNull()) {
                    for (int y = 0; y < original.height(); ++y) {
                        QRgb *o = reinterpret_cast<QRgb *>(original.scanLine(y));
                        for (int x = 0; x < original.width(); ++x) {
                            const int a = (x < maskImg.width() && y < maskImg.height())
                                              ? qAlpha(maskImg.pixel(x, y))
                                              : 255;
                            o[x] = qRgba(qRed(o[x]), qGreen(o[x]), qBlue(o[x]), a);
                        }
                    }
                    storeFile(uploadType, rel, encodeImage(original, "png"));
                }
            }
        } else {
            storeFile(uploadType, rel, image->data);
        }
    }
    return HttpResponse::json(JVal::object(
        {{u"name"_s, filename}, {u"subfolder"_s, subfolder}, {u"type"_s, uploadType}}));
}

// SaveImage / PreviewImage: folder_paths.get_save_image_path() and the PNG with its metadata.
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

} // namespace ComfyScope
