// SPDX-License-Identifier: MIT
// What the simulated node classes do when they run: one behaviour function per class, found
// through the table at the end (NodeClass::behaviour is set from it when the catalog is built).
#include "imagegen_p.h"
#include "simulator_p.h"

#include <QtCore/QRandomGenerator>

#include <cmath>

using namespace Qt::StringLiterals;

namespace ComfyScope {
namespace Sim {

struct NodeContext
{
    Simulator::Private &d;
    NodeJob &job;
    ExecError *error;

    qint64 wInt(const char *n, qint64 def = 0) const
    {
        const JVal v = job.widget(QString::fromLatin1(n));
        return v.isNull() ? def : v.toInt();
    }
    QString wStr(const char *n) const { return job.widget(QString::fromLatin1(n)).pyStr(); }
    SimValue link(const char *n) const { return job.links.value(QString::fromLatin1(n)); }
    StepResult fail(const QString &type, const QString &msg, const QString &frame = QString())
    {
        error->type = type;
        error->message = msg;
        error->traceback = d.nodeTraceback(frame);
        return StepResult::Error;
    }
    QList<QImage> imageInput(const char *n, bool *ok) const
    {
        const SimValue v = link(n);
        *ok = v.kind == SimValue::Kind::Image || v.kind == SimValue::Kind::Mask;
        return v.images;
    }
    StepResult typeErr(const char *n)
    {
        return fail(u"AttributeError"_s, u"'"_s + pyTypeName(job.widget(QString::fromLatin1(n)))
                                             + u"' object has no attribute 'shape'"_s);
    }
};

namespace {
SimValue makeImage(QList<QImage> imgs)
{
    SimValue v;
    v.kind = SimValue::Kind::Image;
    v.images = std::move(imgs);
    return v;
}

SimValue makeInt(qint64 i)
{
    SimValue v;
    v.kind = SimValue::Kind::Int;
    v.i = i;
    return v;
}

StepResult emptyImage(NodeContext &ctx)
{
    NodeJob &job = ctx.job;
    const qint64 w = ctx.wInt("width", 512), h = ctx.wInt("height", 512),
                 b = ctx.wInt("batch_size", 1), color = ctx.wInt("color");
    if (w * h * b > 64LL * 1024 * 1024)
        return ctx.fail(
            u"torch.OutOfMemoryError"_s,
            u"Allocation on device \nThis error means you ran out of memory on your GPU.\n\nTIPS: If the workflow worked before you might have accidentally set the batch_size to a large number."_s);
    QList<QImage> imgs;
    const QImage one = solidImage(int(w), int(h), QRgb(0xff000000u | quint32(color & 0xffffff)));
    for (qint64 i = 0; i < b; ++i)
        imgs.append(one);
    job.outputs = {makeImage(imgs)};
    return StepResult::Done;
}

StepResult emptyLatentImage(NodeContext &ctx)
{
    NodeJob &job = ctx.job;
    SimValue v;
    v.kind = SimValue::Kind::Latent;
    v.width = int(ctx.wInt("width", 512));
    v.height = int(ctx.wInt("height", 512));
    v.batch = int(ctx.wInt("batch_size", 1));
    job.outputs = {v};
    return StepResult::Done;
}

StepResult checkpointLoader(NodeContext &ctx)
{
    auto &d = ctx.d;
    NodeJob &job = ctx.job;
    if (job.phase == 0) {
        job.phase = 1;
        job.delayMs = d.stepDelay;
        return StepResult::Wait;
    }
    SimValue m, c, v;
    m.kind = SimValue::Kind::Model;
    c.kind = SimValue::Kind::Clip;
    v.kind = SimValue::Kind::Vae;
    m.s = c.s = v.s = ctx.wStr("ckpt_name");
    job.outputs = {m, c, v};
    return StepResult::Done;
}

StepResult clipTextEncode(NodeContext &ctx)
{
    NodeJob &job = ctx.job;
    if (ctx.link("clip").kind != SimValue::Kind::Clip)
        return ctx.fail(
            u"RuntimeError"_s,
            u"ERROR: clip input is invalid: None\n\nIf the clip is from a checkpoint loader node your checkpoint does not contain a valid clip or text encoder model."_s);
    SimValue v;
    v.kind = SimValue::Kind::Conditioning;
    v.s = ctx.wStr("text");
    job.outputs = {v};
    return StepResult::Done;
}

StepResult kSampler(NodeContext &ctx)
{
    auto &d = ctx.d;
    NodeJob &job = ctx.job;
    const SimValue latent = ctx.link("latent_image");
    if (latent.kind != SimValue::Kind::Latent)
        return ctx.fail(u"TypeError"_s, u"'NoneType' object is not subscriptable"_s);
    const int steps = int(ctx.wInt("steps", 20));
    const JVal seedVal = job.widget(u"seed"_s);
    const quint64 seed = quint64(seedVal.toDouble() >= 0 ? seedVal.toDouble() : 0)
                         ^ quint64(qHash(ctx.link("positive").s)) ^ (latent.seed * 31);
    if (job.phase == 0) {
        if (d.interruptFlag)
            return StepResult::Interrupted;
        job.phase = 1;
        job.index = 0;
        job.count = steps;
        job.delayMs = d.stepDelay;
        return StepResult::Wait;
    }
    ++job.index;
    const QString method = d.run->previewMethod;
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
    if (!d.progressHook(job, JVal(qint64(job.index)), JVal(qint64(job.count)),
                        previews ? &preview : nullptr, false, 512))
        return StepResult::Interrupted;
    if (job.index < job.count) {
        job.delayMs = d.stepDelay;
        return StepResult::Wait;
    }
    SimValue out = latent;
    out.seed = seed == 0 ? 1 : seed;
    out.label = job.nodeId;
    out.steps = steps;
    job.outputs = {out};
    return StepResult::Done;
}

StepResult vaeDecode(NodeContext &ctx)
{
    auto &d = ctx.d;
    NodeJob &job = ctx.job;
    const SimValue latent = ctx.link("samples");
    if (latent.kind != SimValue::Kind::Latent)
        return ctx.fail(u"TypeError"_s, u"'NoneType' object is not subscriptable"_s);
    if (job.phase == 0) {
        job.phase = 1;
        job.delayMs = d.stepDelay;
        return StepResult::Wait;
    }
    QList<QImage> imgs;
    const int w = qMax(8, latent.width / 8 * 8), h = qMax(8, latent.height / 8 * 8);
    for (int b = 0; b < qMax(1, latent.batch); ++b) {
        if (latent.seed == 0)
            imgs.append(solidImage(w, h, qRgb(0, 0, 0)).convertToFormat(QImage::Format_RGB32));
        else
            imgs.append(renderPicture(w, h, latent.seed + quint64(b), latent.label, latent.steps,
                                      latent.steps, 0.0));
    }
    job.outputs = {makeImage(imgs)};
    return StepResult::Done;
}

StepResult imageInvert(NodeContext &ctx)
{
    NodeJob &job = ctx.job;
    bool ok = false;
    QList<QImage> imgs = ctx.imageInput("image", &ok);
    if (!ok)
        return ctx.typeErr("image");
    for (QImage &i : imgs)
        i.invertPixels(QImage::InvertRgb);
    job.outputs = {makeImage(imgs)};
    return StepResult::Done;
}

StepResult imageBlur(NodeContext &ctx)
{
    NodeJob &job = ctx.job;
    bool ok = false;
    QList<QImage> imgs = ctx.imageInput("image", &ok);
    if (!ok)
        return ctx.typeErr("image");
    const int radius = int(ctx.wInt("blur_radius", 1));
    const double sigma = job.widget(u"sigma"_s).toDouble();
    for (QImage &i : imgs)
        i = gaussianBlur(i, radius, sigma);
    job.outputs = {makeImage(imgs)};
    return StepResult::Done;
}

StepResult imageScale(NodeContext &ctx)
{
    NodeJob &job = ctx.job;
    bool ok = false;
    QList<QImage> imgs = ctx.imageInput("image", &ok);
    if (!ok)
        return ctx.typeErr("image");
    int w = int(ctx.wInt("width")), h = int(ctx.wInt("height"));
    const bool nearest = ctx.wStr("upscale_method") == "nearest-exact"_L1;
    const bool center = ctx.wStr("crop") == "center"_L1;
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

StepResult getImageSize(NodeContext &ctx)
{
    auto &d = ctx.d;
    NodeJob &job = ctx.job;
    bool ok = false;
    const QList<QImage> imgs = ctx.imageInput("image", &ok);
    if (!ok || imgs.isEmpty())
        return ctx.typeErr("image");
    const int w = imgs.first().width(), h = imgs.first().height(), b = int(imgs.size());
    if (d.v080())
        d.sendProgressText(job.nodeId,
                           u"width: "_s + QString::number(w) + u", height: "_s + QString::number(h)
                               + u"\n batch size: "_s + QString::number(b),
                           std::nullopt);
    job.outputs = {makeInt(w), makeInt(h), makeInt(b)};
    return StepResult::Done;
}

StepResult previewAny(NodeContext &ctx)
{
    NodeJob &job = ctx.job;
    QString value = u"None"_s;
    if (job.links.contains(u"source"_s)) {
        const SimValue v = ctx.link("source");
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

StepResult saveImage(NodeContext &ctx)
{
    const QString &cls = ctx.job.classType;
    auto &d = ctx.d;
    NodeJob &job = ctx.job;
    bool ok = false;
    ctx.imageInput("images", &ok);
    if (!ok)
        return ctx.typeErr("images");
    QString prefix;
    QString type;
    int compress = 4;
    if (cls == "SaveImage"_L1) {
        prefix = job.widgets.isEmpty() || job.widget(u"filename_prefix"_s).isNull()
                     ? u"ComfyUI"_s
                     : ctx.wStr("filename_prefix");
        type = u"output"_s;
    } else {
        const QString key = job.nodeId + u'\x1f' + cls;
        if (!d.previewSuffix.contains(key)) {
            static const char letters[] = "abcdefghijklmnopqrstupvxyz";
            QString s = u"_temp_"_s;
            for (int i = 0; i < 5; ++i)
                s += QLatin1Char(letters[QRandomGenerator::global()->bounded(26)]);
            d.previewSuffix.insert(key, s);
        }
        prefix = u"ComfyUI"_s + d.previewSuffix.value(key);
        type = u"temp"_s;
        compress = 1;
    }
    JVal results;
    const QString err = d.saveImages(job, type, prefix, compress, &results);
    if (!err.isEmpty())
        return ctx.fail(u"Exception"_s, err);
    job.ui = JVal::object({{u"images"_s, results}});
    return StepResult::Done;
}

StepResult loadImage(NodeContext &ctx)
{
    auto &d = ctx.d;
    NodeJob &job = ctx.job;
    QString folder, rel;
    const QString name = ctx.wStr("image");
    const StoredFile *f = d.resolveInputFile(name, &folder, &rel) ? d.findFile(folder, rel)
                                                                  : nullptr;
    QImage img = f ? QImage::fromData(f->data) : QImage();
    if (img.isNull())
        return ctx.fail(u"PIL.UnidentifiedImageError"_s,
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

StepResult saveImageWebsocket(NodeContext &ctx)
{
    auto &d = ctx.d;
    NodeJob &job = ctx.job;
    bool ok = false;
    const QList<QImage> imgs = ctx.imageInput("images", &ok);
    if (!ok)
        return ctx.typeErr("images");
    const qint64 n = imgs.size();
    for (qint64 i = 0; i < n; ++i)
        if (!d.progressHook(job, JVal(i), JVal(n), &imgs.at(i), true, -1))
            return StepResult::Interrupted;
    job.ui = JVal::object();
    return StepResult::Done;
}

StepResult testProgressNode(NodeContext &ctx)
{
    const QString &cls = ctx.job.classType;
    auto &d = ctx.d;
    NodeJob &job = ctx.job;
    const bool previewNode = cls == "TestPreviewNode"_L1;
    if (job.phase == 0) {
        job.count = int(ctx.wInt("steps", 1));
        job.index = 0;
        job.phase = 1;
        if (d.interruptFlag)
            return StepResult::Interrupted;
        job.delayMs = qMax(int(ctx.wInt("delay_ms")), d.stepDelay);
        return StepResult::Wait;
    }
    const int i = job.index;
    const int steps = job.count;
    if (previewNode) {
        const int size = int(ctx.wInt("size", 64));
        const bool png = ctx.wStr("format") == "PNG"_L1;
        const int r = int(255LL * (i + 1) / steps);
        QImage frame(size, size, QImage::Format_RGB32);
        frame.fill(qRgb(r, 0, 255 - r));
        for (int y = 0; y < size / 4; ++y)
            for (int x = 0; x < size / 4; ++x)
                frame.setPixel(x, y, qRgb(r, 255, 255 - r));
        if (ctx.wStr("mode") == "send_sync"_L1) {
            d.sendPreviewImage(png ? 2 : 1,
                               png ? encodeImage(frame, "png", 90) : encodeImage(frame, "jpeg", 95),
                               d.run->clientId);
            if (!d.progressHook(job, JVal(qint64(i + 1)), JVal(qint64(steps))))
                return StepResult::Interrupted;
        } else if (!d.progressHook(job, JVal(qint64(i + 1)), JVal(qint64(steps)), &frame, png,
                                   size)) {
            return StepResult::Interrupted;
        }
    } else if (!d.progressHook(job, JVal(qint64(i + 1)), JVal(qint64(steps)))) {
        return StepResult::Interrupted;
    }
    ++job.index;
    if (job.index < steps) {
        if (d.interruptFlag)
            return StepResult::Interrupted;
        job.delayMs = qMax(int(ctx.wInt("delay_ms")), d.stepDelay);
        return StepResult::Wait;
    }
    if (previewNode) {
        const JVal sendText = job.widget(u"send_text"_s);
        if ((sendText.isNull() || sendText.pyTruthy()) && d.v080())
            d.sendProgressText(job.nodeId, u"TestPreviewNode done: %1 frames"_s.arg(steps),
                               d.run->clientId);
        job.ui = JVal::object();
    } else {
        const SimValue in = ctx.link("image");
        job.outputs = {in.kind == SimValue::Kind::Image
                           ? in
                           : makeImage({solidImage(64, 64, qRgb(0, 127, 255))})};
    }
    return StepResult::Done;
}

StepResult testFailNode(NodeContext &ctx)
{
    return ctx.fail(
        u"RuntimeError"_s, ctx.wStr("message"),
        u"  File \"/srv/comfyui/custom_nodes_extra/peer_test_nodes.py\", line 149, in run\n    raise RuntimeError(message)\n"_s);
}

StepResult deployImageOutput(NodeContext &ctx)
{
    NodeJob &job = ctx.job;
    if (job.widget(u"client_id"_s).isNull() && !job.links.contains(u"client_id"_s))
        return ctx.fail(
            u"TypeError"_s,
            u"ComfyDeployWebscoketImageOutput.run() missing 1 required positional argument: 'client_id'"_s);
    bool ok = false;
    const QList<QImage> imgs = ctx.imageInput("images", &ok);
    if (!ok)
        return ctx.typeErr("images");
    const QString fileType = ctx.wStr("file_type");
    const int quality = int(ctx.wInt("quality", 80));
    const QString target = ctx.wStr("client_id");
    QByteArray id; // padded or cut to 24 bytes by the frame encoder
    for (const QChar c : ctx.wStr("output_id"))
        id += c.unicode() < 0x80 ? char(c.unicode()) : '?';
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
        if (!target.isEmpty())
            ctx.d.sendDeployImage(target, int(t), id, data);
    }
    job.ui = JVal::object();
    return StepResult::Done;
}

const QHash<QString, NodeBehaviour> &behaviourTable()
{
    static const QHash<QString, NodeBehaviour> table = {
        {u"EmptyImage"_s, &emptyImage},
        {u"EmptyLatentImage"_s, &emptyLatentImage},
        {u"CheckpointLoaderSimple"_s, &checkpointLoader},
        {u"CLIPTextEncode"_s, &clipTextEncode},
        {u"KSampler"_s, &kSampler},
        {u"VAEDecode"_s, &vaeDecode},
        {u"ImageInvert"_s, &imageInvert},
        {u"ImageBlur"_s, &imageBlur},
        {u"ImageScale"_s, &imageScale},
        {u"GetImageSize"_s, &getImageSize},
        {u"PreviewAny"_s, &previewAny},
        {u"SaveImage"_s, &saveImage},
        {u"PreviewImage"_s, &saveImage},
        {u"LoadImage"_s, &loadImage},
        {u"SaveImageWebsocket"_s, &saveImageWebsocket},
        {u"TestProgressNode"_s, &testProgressNode},
        {u"TestPreviewNode"_s, &testProgressNode},
        {u"TestFailNode"_s, &testFailNode},
        {u"ComfyDeployWebscoketImageOutput"_s, &deployImageOutput},
    };
    return table;
}
} // namespace

NodeBehaviour nodeBehaviour(const QString &className)
{
    return behaviourTable().value(className, nullptr);
}

QStringList nodeBehaviourClassNames()
{
    return behaviourTable().keys();
}

} // namespace Sim

Sim::StepResult Simulator::Private::stepJob(Sim::NodeJob &job, Sim::ExecError *error)
{
    Sim::NodeContext ctx{*this, job, error};
    if (!job.cls || !job.cls->behaviour)
        return ctx.fail(u"NotImplementedError"_s,
                        u"node class "_s + job.classType + u" is not simulated"_s);
    return job.cls->behaviour(ctx);
}

} // namespace ComfyScope
