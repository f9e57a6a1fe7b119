// SPDX-License-Identifier: MIT
// REST handlers, following ComfyUI v0.8.0 server.py (and v0.3.18 where it differs).
#include "imagegen_p.h"
#include "simulator_p.h"

#include <QtCore/QBuffer>
#include <QtCore/QCryptographicHash>
#include <QtCore/QDateTime>
#include <QtGui/QImageReader>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ComfyScope {

using namespace Sim;

namespace {
HttpResponse serverError()
{
    return HttpResponse::text(500, "500 Internal Server Error\n\nServer got itself in trouble");
}

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
HttpResponse Simulator::Private::handlePostPrompt(const HttpRequest &r)
{
    JVal json;
    if (!JVal::parse(r.body, &json))
        return serverError();
    const SubmitResult res = submitPrompt(json);
    if (res.serverError)
        return serverError();
    return HttpResponse::json(res.body, res.status);
}

HttpResponse Simulator::Private::handleGetQueue()
{
    JVal running = JVal::array();
    if (run)
        running.append(run->item.toJson());
    JVal pending = JVal::array();
    for (const QueueItem &i : std::as_const(queue))
        pending.append(i.toJson());
    return HttpResponse::json(
        JVal::object({{u"queue_running"_s, running}, {u"queue_pending"_s, pending}}));
}

HttpResponse Simulator::Private::handlePostQueue(const HttpRequest &r)
{
    JVal json;
    if (!JVal::parse(r.body, &json) || !(json.isObject() || json.isArray()))
        return serverError();
    if (json.isObject()) {
        if (json.contains(u"clear"_s) && json.value(u"clear"_s).pyTruthy()) {
            queue.clear();
            broadcastStatus();
        }
        if (json.contains(u"delete"_s)) {
            const JVal &del = json.value(u"delete"_s);
            if (!del.isArray())
                return serverError();
            for (const JVal &id : del.items()) {
                for (int x = 0; x < queue.size(); ++x) {
                    if (JVal(queue.at(x).promptId) == id) {
                        if (queue.size() == 1) {
                            queue.clear();
                            broadcastStatus(); // wipe_queue() broadcasts too
                        } else {
                            queue.removeAt(x);
                            heapify();
                        }
                        broadcastStatus();
                        break;
                    }
                }
            }
        }
    }
    return HttpResponse::empty(200);
}

HttpResponse Simulator::Private::handleInterrupt(const HttpRequest &r)
{
    if (!v080()) {
        interruptFlag = true; // v0.3.18 ignores the body
        return HttpResponse::empty(200);
    }
    JVal json;
    if (!JVal::parse(r.body, &json))
        json = JVal::object();
    if (!json.isObject())
        return serverError(); // json_data.get() on a non-dict
    const JVal &pid = json.value(u"prompt_id"_s);
    if (pid.pyTruthy()) {
        if (run && JVal(run->item.promptId) == pid)
            interruptFlag = true;
    } else {
        interruptFlag = true;
    }
    return HttpResponse::empty(200);
}

HttpResponse Simulator::Private::handleFree(const HttpRequest &r)
{
    JVal json;
    if (!JVal::parse(r.body, &json) || !json.isObject())
        return serverError();
    if (json.value(u"free_memory"_s).pyTruthy()) {
        if (run)
            freeMemoryPending = true;
        else
            outputCache.clear();
    }
    return HttpResponse::empty(200);
}

HttpResponse Simulator::Private::handleGetHistory(const HttpRequest &r)
{
    std::optional<qint64> maxItems;
    qint64 offset = -1;
    if (r.hasQuery(u"max_items"_s)) {
        bool ok = false;
        maxItems = r.queryValue(u"max_items"_s).trimmed().toLongLong(&ok);
        if (!ok)
            return serverError();
    }
    if (r.hasQuery(u"offset"_s)) {
        if (!v080()) {
            // v0.3.18 ignores offset
        } else {
            bool ok = false;
            offset = r.queryValue(u"offset"_s).trimmed().toLongLong(&ok);
            if (!ok)
                return serverError();
        }
    }
    if (offset < 0 && maxItems)
        offset = qint64(historyOrder.size()) - *maxItems;
    JVal out = JVal::object();
    qint64 i = 0;
    for (const QString &id : std::as_const(historyOrder)) {
        if (i >= offset) {
            out.insert(id, history.value(id));
            if (maxItems && out.size() >= *maxItems)
                break;
        }
        ++i;
    }
    return HttpResponse::json(out);
}

HttpResponse Simulator::Private::handlePostHistory(const HttpRequest &r)
{
    JVal json;
    if (!JVal::parse(r.body, &json) || !(json.isObject() || json.isArray()))
        return serverError();
    if (json.isObject()) {
        if (json.contains(u"clear"_s) && json.value(u"clear"_s).pyTruthy()) {
            history.clear();
            historyOrder.clear();
        }
        if (json.contains(u"delete"_s)) {
            const JVal &del = json.value(u"delete"_s);
            if (!del.isArray())
                return serverError();
            for (const JVal &id : del.items()) {
                const QString key = id.pyStr();
                if (id.isString() && history.remove(key))
                    historyOrder.removeAll(key);
            }
        }
    }
    return HttpResponse::empty(200);
}

void Simulator::Private::storeHistory(const QString &promptId, const JVal &entry)
{
    if (historyOrder.size() > 10000) {
        history.remove(historyOrder.first());
        historyOrder.removeFirst();
    }
    if (!history.contains(promptId))
        historyOrder.append(promptId);
    history.insert(promptId, entry);
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
            return serverError();
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
            return serverError();
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
        return serverError();
    const MultipartPart *image = findPart(parts, "image");
    const MultipartPart *typePart = findPart(parts, "type");
    const MultipartPart *subPart = findPart(parts, "subfolder");
    const MultipartPart *overwritePart = findPart(parts, "overwrite");
    QString uploadType = typePart ? QString::fromUtf8(typePart->data) : u"input"_s;
    if (uploadType != "input"_L1 && uploadType != "temp"_L1 && uploadType != "output"_L1)
        return serverError(); // UnboundLocalError in get_dir_by_type
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
                return serverError();
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

// ------------------------------------------------------------------------------------------------
JVal Simulator::Private::nodeInfo(const QString &className)
{
    const NodeClass *nc = catalog().find(className);
    if (!nc)
        return JVal();
    JVal info = nc->info;
    if (className == "LoadImage"_L1) {
        JVal *input = info.find(u"input"_s);
        JVal *req = input ? input->find(u"required"_s) : nullptr;
        JVal *spec = req ? req->find(u"image"_s) : nullptr;
        if (spec)
            (*spec)[0] = JVal::fromStringList(inputImageFiles());
    }
    return info;
}

HttpResponse Simulator::Private::handleObjectInfo(const QString &className, bool single)
{
    JVal out = JVal::object();
    if (single) {
        if (catalog().find(className))
            out.insert(className, nodeInfo(className));
        return HttpResponse::json(out);
    }
    for (const QString &name : catalog().classNames())
        out.insert(name, nodeInfo(name));
    return HttpResponse::json(out);
}

HttpResponse Simulator::Private::handleSystemStats()
{
    const qint64 ramTotal = 25276026880LL;
    const qint64 ramFree = 24709312512LL - qint64(files.value(u"output"_s).size()) * 1048576;
    JVal argv = JVal::fromStringList({u"main.py"_s, u"--cpu"_s, u"--listen"_s, u"127.0.0.1"_s,
                                      u"--port"_s, QString::number(port), u"--preview-method"_s,
                                      previewMethod, u"--disable-auto-launch"_s});
    JVal system = JVal::object();
    if (v080()) {
        system = JVal::object(
            {{u"os"_s, u"linux"_s},
             {u"ram_total"_s, ramTotal},
             {u"ram_free"_s, ramFree},
             {u"comfyui_version"_s, u"0.8.0"_s},
             {u"required_frontend_version"_s, u"1.35.9"_s},
             {u"installed_templates_version"_s, JVal()},
             {u"required_templates_version"_s, u"0.7.67"_s},
             {u"python_version"_s, u"3.11.2 (main, Apr 28 2025, 14:11:48) [GCC 12.2.0]"_s},
             {u"pytorch_version"_s, u"2.5.1+cpu"_s},
             {u"embedded_python"_s, false},
             {u"argv"_s, argv}});
    } else {
        system = JVal::object(
            {{u"os"_s, u"posix"_s},
             {u"ram_total"_s, ramTotal},
             {u"ram_free"_s, ramFree},
             {u"comfyui_version"_s, u"0.3.18"_s},
             {u"python_version"_s, u"3.11.2 (main, Apr 28 2025, 14:11:48) [GCC 12.2.0]"_s},
             {u"pytorch_version"_s, u"2.5.1+cpu"_s},
             {u"embedded_python"_s, false},
             {u"argv"_s, argv}});
    }
    JVal device = JVal::object({{u"name"_s, u"cpu"_s},
                                {u"type"_s, u"cpu"_s},
                                {u"index"_s, JVal()},
                                {u"vram_total"_s, ramTotal},
                                {u"vram_free"_s, ramFree},
                                {u"torch_vram_total"_s, ramTotal},
                                {u"torch_vram_free"_s, ramFree}});
    return HttpResponse::json(
        JVal::object({{u"system"_s, system}, {u"devices"_s, JVal::array({device})}}));
}

// ------------------------------------------------------------------------------------------------
namespace {
JVal pruneNulls(const JVal &obj)
{
    JVal out = JVal::object();
    for (const auto &m : obj.members())
        if (!m.second.isNull())
            out.insert(m.first, m.second);
    return out;
}

void jobMetadata(const JVal &extra, JVal *createTime, JVal *workflowId)
{
    *createTime = extra.value(u"create_time"_s);
    *workflowId = extra.value(u"extra_pnginfo"_s).value(u"workflow"_s).value(u"id"_s);
}

JVal normalizeQueueItem(const JVal &item, const QString &status)
{
    JVal ct, wid;
    jobMetadata(item.at(3), &ct, &wid);
    return pruneNulls(JVal::object({{u"id"_s, item.at(1)},
                                    {u"status"_s, status},
                                    {u"priority"_s, item.at(0)},
                                    {u"create_time"_s, ct},
                                    {u"outputs_count"_s, 0},
                                    {u"workflow_id"_s, wid}}));
}

JVal normalizeHistoryItem(const QString &id, const JVal &h, bool includeOutputs)
{
    const JVal &p = h.value(u"prompt"_s);
    JVal ct, wid;
    jobMetadata(p.at(3), &ct, &wid);
    const JVal &statusInfo = h.value(u"status"_s);
    const QString statusStr = statusInfo.value(u"status_str"_s).toString();
    const QString status = statusStr == "error"_L1 ? u"failed"_s : u"completed"_s;
    const JVal &outputs = h.value(u"outputs"_s);
    int count = 0;
    JVal preview, fallback;
    for (const auto &node : outputs.members()) {
        if (!node.second.isObject())
            continue;
        for (const auto &media : node.second.members()) {
            if (media.first == "animated"_L1 || !media.second.isArray())
                continue;
            for (const JVal &item : media.second.items()) {
                if (!item.isObject())
                    continue;
                ++count;
                const QString fmt = item.value(u"format"_s).toString();
                const QString fn = item.value(u"filename"_s).toString().toLower();
                const bool previewable = media.first == "images"_L1 || media.first == "video"_L1
                                         || media.first == "audio"_L1 || fmt.startsWith("video/"_L1)
                                         || fmt.startsWith("audio/"_L1) || fn.endsWith(".obj"_L1)
                                         || fn.endsWith(".fbx"_L1) || fn.endsWith(".gltf"_L1)
                                         || fn.endsWith(".glb"_L1);
                if (preview.isNull() && previewable) {
                    JVal enriched = item;
                    enriched.insert(u"nodeId"_s, node.first);
                    enriched.insert(u"mediaType"_s, media.first);
                    if (item.value(u"type"_s) == JVal(u"output"_s))
                        preview = enriched;
                    else if (fallback.isNull())
                        fallback = enriched;
                }
            }
        }
    }
    JVal start, end, error;
    for (const JVal &entry : statusInfo.value(u"messages"_s).items()) {
        if (!entry.isArray() || entry.size() < 2 || !entry.at(1).isObject())
            continue;
        const QString ev = entry.at(0).toString();
        if (ev == "execution_start"_L1)
            start = entry.at(1).value(u"timestamp"_s);
        else if (ev == "execution_success"_L1 || ev == "execution_error"_L1
                 || ev == "execution_interrupted"_L1) {
            end = entry.at(1).value(u"timestamp"_s);
            if (ev == "execution_error"_L1)
                error = entry.at(1);
        }
    }
    JVal job = pruneNulls(
        JVal::object({{u"id"_s, id},
                      {u"status"_s, status},
                      {u"priority"_s, p.at(0)},
                      {u"create_time"_s, ct},
                      {u"execution_start_time"_s, start},
                      {u"execution_end_time"_s, end},
                      {u"execution_error"_s, error},
                      {u"outputs_count"_s, count},
                      {u"preview_output"_s, preview.isNull() ? fallback : preview},
                      {u"workflow_id"_s, wid}}));
    if (includeOutputs) {
        job.insert(u"outputs"_s, outputs);
        job.insert(u"execution_status"_s, statusInfo);
        job.insert(u"workflow"_s,
                   JVal::object({{u"prompt"_s, p.at(2)}, {u"extra_data"_s, p.at(3)}}));
    }
    return job;
}
} // namespace

HttpResponse Simulator::Private::handleJobs(const HttpRequest &r)
{
    static const QStringList all = {u"pending"_s, u"in_progress"_s, u"completed"_s, u"failed"_s};
    auto err = [](const QString &m) {
        return HttpResponse::json(JVal::object({{u"error"_s, m}}), 400);
    };
    QStringList statusFilter = all;
    const QString statusParam = r.queryValue(u"status"_s);
    if (!statusParam.isEmpty()) {
        statusFilter.clear();
        QStringList invalid;
        for (const QString &s : statusParam.split(u',')) {
            const QString t = s.trimmed().toLower();
            if (t.isEmpty())
                continue;
            statusFilter.append(t);
            if (!all.contains(t))
                invalid.append(t);
        }
        if (!invalid.isEmpty())
            return err(u"Invalid status value(s): "_s + invalid.join(u", "_s)
                       + u". Valid values: "_s + all.join(u", "_s));
    }
    const QString workflowId = r.queryValue(u"workflow_id"_s);
    const QString sortBy = r.hasQuery(u"sort_by"_s) ? r.queryValue(u"sort_by"_s).toLower()
                                                    : u"created_at"_s;
    const QString sortOrder = r.hasQuery(u"sort_order"_s) ? r.queryValue(u"sort_order"_s).toLower()
                                                          : u"desc"_s;
    if (sortBy != "created_at"_L1 && sortBy != "execution_duration"_L1)
        return err(u"sort_by must be 'created_at' or 'execution_duration'"_s);
    if (sortOrder != "asc"_L1 && sortOrder != "desc"_L1)
        return err(u"sort_order must be 'asc' or 'desc'"_s);
    std::optional<qint64> limit;
    if (r.hasQuery(u"limit"_s)) {
        bool ok = false;
        const qint64 l = r.queryValue(u"limit"_s).trimmed().toLongLong(&ok);
        if (!ok)
            return err(u"limit must be an integer"_s);
        if (l <= 0)
            return err(u"limit must be a positive integer"_s);
        limit = l;
    }
    qint64 offset = 0;
    if (r.hasQuery(u"offset"_s)) {
        bool ok = false;
        offset = r.queryValue(u"offset"_s).trimmed().toLongLong(&ok);
        if (!ok)
            return err(u"offset must be an integer"_s);
        offset = qMax<qint64>(0, offset);
    }
    QList<JVal> jobs;
    if (statusFilter.contains("in_progress"_L1) && run)
        jobs.append(normalizeQueueItem(run->item.toJson(), u"in_progress"_s));
    if (statusFilter.contains("pending"_L1))
        for (const QueueItem &i : std::as_const(queue))
            jobs.append(normalizeQueueItem(i.toJson(), u"pending"_s));
    const bool incCompleted = statusFilter.contains("completed"_L1);
    const bool incFailed = statusFilter.contains("failed"_L1);
    if (incCompleted || incFailed) {
        for (const QString &id : std::as_const(historyOrder)) {
            const JVal &h = history.value(id);
            const bool failed = h.value(u"status"_s).value(u"status_str"_s) == JVal(u"error"_s);
            if ((failed && incFailed) || (!failed && incCompleted))
                jobs.append(normalizeHistoryItem(id, h, false));
        }
    }
    if (!workflowId.isEmpty()) {
        QList<JVal> f;
        for (const JVal &j : std::as_const(jobs))
            if (j.value(u"workflow_id"_s) == JVal(workflowId))
                f.append(j);
        jobs = f;
    }
    auto key = [&](const JVal &j) -> double {
        if (sortBy == "execution_duration"_L1) {
            const double s = j.value(u"execution_start_time"_s).toDouble();
            const double e = j.value(u"execution_end_time"_s).toDouble();
            return (s != 0 && e != 0) ? e - s : 0;
        }
        return j.value(u"create_time"_s).toDouble();
    };
    if (sortOrder == "desc"_L1)
        std::stable_sort(jobs.begin(), jobs.end(),
                         [&](const JVal &a, const JVal &b) { return key(a) > key(b); });
    else
        std::stable_sort(jobs.begin(), jobs.end(),
                         [&](const JVal &a, const JVal &b) { return key(a) < key(b); });
    const qint64 total = jobs.size();
    if (offset > 0)
        jobs = jobs.mid(offset);
    if (limit)
        jobs = jobs.mid(0, *limit);
    JVal list = JVal::array();
    for (const JVal &j : std::as_const(jobs))
        list.append(j);
    const bool hasMore = offset + jobs.size() < total;
    return HttpResponse::json(
        JVal::object({{u"jobs"_s, list},
                      {u"pagination"_s, JVal::object({{u"offset"_s, offset},
                                                      {u"limit"_s, limit ? JVal(*limit) : JVal()},
                                                      {u"total"_s, total},
                                                      {u"has_more"_s, hasMore}})}}));
}

HttpResponse Simulator::Private::handleJob(const QString &id)
{
    if (id.isEmpty())
        return HttpResponse::json(JVal::object({{u"error"_s, u"job_id is required"_s}}), 400);
    if (history.contains(id))
        return HttpResponse::json(normalizeHistoryItem(id, history.value(id), true));
    if (run && run->item.promptId == id)
        return HttpResponse::json(normalizeQueueItem(run->item.toJson(), u"in_progress"_s));
    for (const QueueItem &i : std::as_const(queue))
        if (i.promptId == id)
            return HttpResponse::json(normalizeQueueItem(i.toJson(), u"pending"_s));
    return HttpResponse::json(JVal::object({{u"error"_s, u"Job not found"_s}}), 404);
}

} // namespace ComfyScope
