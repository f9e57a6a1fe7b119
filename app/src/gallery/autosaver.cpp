// SPDX-License-Identifier: MIT
#include "autosaver.h"

#include "common/imagedecoder.h"

#include <QtConcurrent/QtConcurrentRun>
#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QFileInfo>
#include <QtCore/QFuture>
#include <QtCore/QRegularExpression>

using namespace Qt::StringLiterals;

namespace ComfyScope::App {

AutoSaver::AutoSaver(QObject *parent)
    : QObject(parent)
{
    m_pool.setMaxThreadCount(1); // one writer: files appear in arrival order
}

AutoSaver::~AutoSaver()
{
    m_pool.waitForDone();
}

bool AutoSaver::isSaveable(ImageKind kind, const ImageRef &ref)
{
    switch (kind) {
    case ImageKind::SamplerPreview:
        return false;
    case ImageKind::WebSocketOutput:
    case ImageKind::DeployOutput:
        return true;
    case ImageKind::FinalOutput:
        return ref.type.isEmpty() || ref.type == u"output"_s;
    }
    return false;
}

QString AutoSaver::sanitizeComponent(const QString &value, int maxLength)
{
    QString out;
    out.reserve(qMin<qsizetype>(value.size(), maxLength));
    for (const QChar c : value) {
        if (out.size() >= maxLength)
            break;
        const bool ok = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z')
                        || (c >= u'0' && c <= u'9') || c == u'-' || c == u'_' || c == u'.';
        out += ok ? c : u'_';
    }
    // No "..", no leading dots (hidden files, parent dirs), no trailing dots (Windows).
    while (out.contains(u".."_s))
        out.replace(u".."_s, u"_"_s);
    while (out.startsWith(u'.'))
        out.remove(0, 1);
    while (out.endsWith(u'.'))
        out.chop(1);
    return out;
}

QString AutoSaver::fileNameFor(const QString &pattern, const Info &info, int seq)
{
    const QDateTime t =
        (info.time.isValid() ? info.time : QDateTime::currentDateTime()).toLocalTime();
    QString ext = sanitizeComponent(info.extension.toLower(), 8);
    if (ext == u"jpeg"_s)
        ext = u"jpg"_s;
    if (ext.isEmpty())
        ext = u"bin"_s;
    QString serverBase = QFileInfo(info.serverFileName).completeBaseName();
    const auto value = [&](const QString &token) -> std::optional<QString> {
        if (token == u"date"_s)
            return t.toString(u"yyyy-MM-dd"_s);
        if (token == u"time"_s)
            return t.toString(u"HHmmss"_s);
        if (token == u"datetime"_s)
            return t.toString(u"yyyyMMdd-HHmmss"_s);
        if (token == u"prompt"_s)
            return sanitizeComponent(info.promptId.left(8), 16);
        if (token == u"promptid"_s)
            return sanitizeComponent(info.promptId, 64);
        if (token == u"node"_s)
            return sanitizeComponent(info.nodeId, 32);
        if (token == u"kind"_s)
            return sanitizeComponent(imageKindName(info.kind), 24);
        if (token == u"seq"_s)
            return QString::number(seq).rightJustified(4, u'0');
        if (token == u"server"_s)
            return sanitizeComponent(info.server, 48);
        if (token == u"filename"_s)
            return sanitizeComponent(serverBase, 96);
        if (token == u"ext"_s)
            return ext;
        return std::nullopt;
    };
    // One pass: text a server sent is never expanded again.
    static const QRegularExpression token(u"\\{([a-z]+)\\}"_s);
    QString name;
    qsizetype last = 0;
    bool hasExt = false;
    auto it = token.globalMatch(pattern);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        name += pattern.mid(last, m.capturedStart() - last);
        const QString key = m.captured(1);
        if (key == u"ext"_s)
            hasExt = true;
        const std::optional<QString> v = value(key);
        name += v ? *v : m.captured(0);
        last = m.capturedEnd();
    }
    name += pattern.mid(last);
    if (!hasExt)
        name += u'.' + ext;

    // The pattern is the user's, but the result must still be one plain file name.
    QString safe;
    for (const QChar c : std::as_const(name)) {
        if (c.unicode() < 0x20 || c == u'/' || c == u'\\' || c == u':' || c == u'*' || c == u'?'
            || c == u'"' || c == u'<' || c == u'>' || c == u'|' || c.unicode() == 0x7f)
            safe += u'_';
        else
            safe += c;
    }
    while (safe.contains(u".."_s))
        safe.replace(u".."_s, u"_"_s);
    while (safe.startsWith(u'.') || safe.startsWith(u' '))
        safe.remove(0, 1);
    while (safe.endsWith(u'.') || safe.endsWith(u' '))
        safe.chop(1);
    if (safe.size() > 180) {
        const QString tail = u'.' + ext;
        safe = safe.left(180 - tail.size()) + tail;
    }
    // Windows device names, with or without an extension.
    static const QRegularExpression reserved(u"^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\\..*)?$"_s,
                                             QRegularExpression::CaseInsensitiveOption);
    if (reserved.match(safe).hasMatch())
        safe.prepend(u'_');
    if (safe.isEmpty() || safe == u'.' + ext)
        safe = u"image_"_s + QString::number(seq).rightJustified(4, u'0') + u'.' + ext;
    return safe;
}

QString AutoSaver::safeJoin(const QString &dir, const QString &fileName)
{
    if (dir.isEmpty() || fileName.isEmpty() || fileName.contains(u'/') || fileName.contains(u'\\')
        || fileName == u".."_s || fileName == u"."_s)
        return {};
    const QString base = QDir::cleanPath(QDir(dir).absolutePath());
    const QString path = QDir::cleanPath(base + u'/' + fileName);
    if (QFileInfo(path).absolutePath() != base)
        return {};
    return path;
}

QString AutoSaver::writeNewFile(const QString &dir, const QString &fileName,
                                const QByteArray &bytes, QString *error)
{
    if (!QDir().mkpath(dir)) {
        *error = tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(dir));
        return {};
    }
    const QFileInfo fi(fileName);
    const QString stem = fi.completeBaseName();
    const QString suffix = fi.suffix().isEmpty() ? QString() : u'.' + fi.suffix();
    for (int n = 0; n < 1000; ++n) {
        const QString candidate = n == 0 ? fileName : stem % u'-' % QString::number(n) % suffix;
        const QString path = safeJoin(dir, candidate);
        if (path.isEmpty()) {
            *error = tr("Refused to save under the name \"%1\".").arg(candidate);
            return {};
        }
        QFile f(path);
        // NewOnly: never replace a file, even one created a moment ago by someone else.
        if (!f.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
            if (f.exists())
                continue;
            *error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), f.errorString());
            return {};
        }
        if (f.write(bytes) != bytes.size()) {
            *error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), f.errorString());
            f.remove();
            return {};
        }
        f.close();
        return path;
    }
    *error = tr("Too many files named like %1.").arg(fileName);
    return {};
}

bool AutoSaver::save(quint64 itemId, const QByteArray &bytes, const Info &info)
{
    if (!m_enabled || m_dir.isEmpty() || bytes.isEmpty())
        return false;
    const QString name = fileNameFor(
        m_pattern.isEmpty() ? u"{date}_{prompt}_{node}_{seq}.{ext}"_s : m_pattern, info, ++m_seq);
    const QString dir = m_dir;
    const QFuture<QPair<QString, QString>> written = QtConcurrent::run(&m_pool, [dir, name, bytes] {
        QString error;
        const QString path = writeNewFile(dir, name, bytes, &error);
        return qMakePair(path, error);
    });
    whenFinished(written, this, [this, itemId](const QPair<QString, QString> &r) {
        if (r.first.isEmpty())
            Q_EMIT failed(itemId, r.second);
        else
            Q_EMIT saved(itemId, r.first);
    });
    return true;
}

} // namespace ComfyScope::App
