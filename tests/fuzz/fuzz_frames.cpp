// SPDX-License-Identifier: MIT
// libFuzzer target: binary frames of /ws (types 1, 3, 4) and /comfyui-deploy/ws.
#include <comfyscope/protocol.h>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray frame(reinterpret_cast<const char *>(data), qsizetype(size));
    ComfyScope::Protocol::FrameOptions options;
    options.maxFrameSize = 1 << 20;
    for (bool textMeta : {false, true}) {
        options.progressTextMetadata = textMeta;
        const auto f = ComfyScope::Protocol::parseFrame(frame, options);
        if (const auto *img = f.get<ComfyScope::ImageFrame>()) {
            // Touch every byte the parser says is the image.
            volatile char sink = 0;
            const QByteArrayView v = img->imageView();
            for (char c : v)
                sink ^= c;
            (void)sink;
            (void)ComfyScope::sniffImageFormat(v);
        }
    }
    const auto d = ComfyScope::Protocol::parseDeployFrame(frame, options);
    if (const auto *img = d.get<ComfyScope::ImageFrame>())
        (void)img->imageBytes();
    return 0;
}
