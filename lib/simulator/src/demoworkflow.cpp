// SPDX-License-Identifier: MIT
// The demo workflows and the automatic workload of the demo mode.
#include "simulator_p.h"

#include <QtCore/QJsonArray>

using namespace Qt::StringLiterals;

namespace ComfyScope {

using namespace Sim;

void Simulator::startAutoWorkload(int intervalMs)
{
    d->workloadTimer->disconnect();
    connect(d->workloadTimer, &QTimer::timeout, this, [this] {
        if (d->workloadMaxPending > 0 && d->queue.size() >= d->workloadMaxPending)
            return; // enough waiting: skip this turn
        const int n = d->workloadCounter++;
        QJsonObject wf;
        if (n % 7 == 6) {
            wf = demoWorkflow(3); // failing node
        } else if (n % 5 == 4) {
            wf = demoWorkflow(2); // image chain, PreviewImage + SaveImageWebsocket
        } else if (n % 4 == 3 && !d->lastDemoWorkflow.isEmpty()) {
            wf = d->lastDemoWorkflow; // identical rerun: cache hits
        } else if (n % 11 == 10) {
            wf = demoWorkflow(4);
        } else if (n % 13 == 12) {
            wf = demoWorkflow(5);
        } else {
            wf = demoWorkflow(0);
            QJsonObject sampler = wf.value(u"3"_s).toObject();
            QJsonObject inputs = sampler.value(u"inputs"_s).toObject();
            d->lastDemoSeed = d->lastDemoSeed * 6364136223846793005ULL + 1442695040888963407ULL;
            inputs.insert(u"seed"_s, double(d->lastDemoSeed >> 20));
            sampler.insert(u"inputs"_s, inputs);
            wf.insert(u"3"_s, sampler);
        }
        d->lastDemoWorkflow = wf;
        QString sid;
        if (d->coreSocket(d->lastConnectedSid))
            sid = d->lastConnectedSid;
        else if (!d->coreTable.isEmpty())
            sid = d->coreTable.last().first;
        queuePrompt(wf, sid, QJsonObject{{u"preview_method"_s, u"auto"_s}});
    });
    d->workloadTimer->start(qMax(50, intervalMs));
}

void Simulator::stopAutoWorkload()
{
    d->workloadTimer->stop();
}

void Simulator::setAutoWorkloadMaxPending(int n)
{
    d->workloadMaxPending = qMax(0, n);
}

QJsonObject Simulator::demoWorkflow(int variant)
{
    auto node = [](const char *cls, const QJsonObject &inputs) {
        return QJsonObject{{u"class_type"_s, QString::fromLatin1(cls)}, {u"inputs"_s, inputs}};
    };
    auto link = [](const char *id, int slot) { return QJsonArray{QString::fromLatin1(id), slot}; };
    QJsonObject wf;
    switch (((variant % 6) + 6) % 6) {
    case 0:
    case 1:
        wf.insert(u"4"_s, node("CheckpointLoaderSimple",
                               {{u"ckpt_name"_s, NodeCatalog::checkpointNames().first()}}));
        wf.insert(u"5"_s, node("EmptyLatentImage",
                               {{u"width"_s, 512}, {u"height"_s, 512}, {u"batch_size"_s, 1}}));
        wf.insert(u"6"_s, node("CLIPTextEncode",
                               {{u"text"_s, u"a lighthouse on a cliff at dawn, volumetric light"_s},
                                {u"clip"_s, link("4", 1)}}));
        wf.insert(u"7"_s, node("CLIPTextEncode",
                               {{u"text"_s, u"blurry, low quality"_s}, {u"clip"_s, link("4", 1)}}));
        wf.insert(u"3"_s, node("KSampler", {{u"model"_s, link("4", 0)},
                                            {u"seed"_s, 156680208700286.0},
                                            {u"steps"_s, 12},
                                            {u"cfg"_s, 7.5},
                                            {u"sampler_name"_s, u"euler"_s},
                                            {u"scheduler"_s, u"normal"_s},
                                            {u"positive"_s, link("6", 0)},
                                            {u"negative"_s, link("7", 0)},
                                            {u"latent_image"_s, link("5", 0)},
                                            {u"denoise"_s, 1.0}}));
        wf.insert(u"8"_s,
                  node("VAEDecode", {{u"samples"_s, link("3", 0)}, {u"vae"_s, link("4", 2)}}));
        wf.insert(u"9"_s, node("SaveImage", {{u"images"_s, link("8", 0)},
                                             {u"filename_prefix"_s, u"ComfyUI"_s}}));
        break;
    case 2:
        wf.insert(u"1"_s, node("EmptyImage", {{u"width"_s, 256},
                                              {u"height"_s, 192},
                                              {u"batch_size"_s, 2},
                                              {u"color"_s, 3368601}}));
        wf.insert(u"2"_s,
                  node("ImageBlur",
                       {{u"image"_s, link("1", 0)}, {u"blur_radius"_s, 3}, {u"sigma"_s, 1.5}}));
        wf.insert(u"3"_s, node("ImageInvert", {{u"image"_s, link("2", 0)}}));
        wf.insert(u"4"_s, node("PreviewImage", {{u"images"_s, link("3", 0)}}));
        wf.insert(u"5"_s, node("SaveImageWebsocket", {{u"images"_s, link("3", 0)}}));
        wf.insert(u"6"_s, node("TestPreviewNode", {{u"steps"_s, 4},
                                                   {u"delay_ms"_s, 40},
                                                   {u"size"_s, 128},
                                                   {u"format"_s, u"JPEG"_s},
                                                   {u"mode"_s, u"progress_bar"_s},
                                                   {u"send_text"_s, true}}));
        break;
    case 3:
        wf.insert(
            u"1"_s,
            node("EmptyImage",
                 {{u"width"_s, 64}, {u"height"_s, 64}, {u"batch_size"_s, 1}, {u"color"_s, 0}}));
        wf.insert(u"2"_s, node("TestProgressNode",
                               {{u"steps"_s, 3}, {u"delay_ms"_s, 30}, {u"image"_s, link("1", 0)}}));
        wf.insert(u"3"_s, node("TestFailNode", {{u"message"_s, u"simulated failure"_s},
                                                {u"image"_s, link("2", 0)}}));
        wf.insert(u"4"_s, node("PreviewImage", {{u"images"_s, link("3", 0)}}));
        break;
    case 4:
        wf.insert(u"1"_s, node("EmptyImage", {{u"width"_s, 320},
                                              {u"height"_s, 200},
                                              {u"batch_size"_s, 1},
                                              {u"color"_s, 16753920}}));
        wf.insert(u"2"_s, node("GetImageSize", {{u"image"_s, link("1", 0)}}));
        wf.insert(u"3"_s, node("PreviewAny", {{u"source"_s, link("2", 0)}}));
        wf.insert(u"4"_s, node("ImageScale", {{u"image"_s, link("1", 0)},
                                              {u"upscale_method"_s, u"bilinear"_s},
                                              {u"width"_s, 160},
                                              {u"height"_s, 0},
                                              {u"crop"_s, u"disabled"_s}}));
        wf.insert(u"5"_s, node("SaveImage", {{u"images"_s, link("4", 0)},
                                             {u"filename_prefix"_s, u"demo/size"_s}}));
        break;
    case 5:
        wf.insert(u"1"_s, node("TestProgressNode", {{u"steps"_s, 5}, {u"delay_ms"_s, 20}}));
        wf.insert(u"2"_s, node("TestPreviewNode", {{u"steps"_s, 3},
                                                   {u"delay_ms"_s, 20},
                                                   {u"size"_s, 64},
                                                   {u"format"_s, u"PNG"_s},
                                                   {u"mode"_s, u"progress_bar"_s},
                                                   {u"send_text"_s, true}}));
        wf.insert(u"3"_s, node("SaveImage", {{u"images"_s, link("1", 0)},
                                             {u"filename_prefix"_s, u"progress"_s}}));
        break;
    }
    return wf;
}

} // namespace ComfyScope
