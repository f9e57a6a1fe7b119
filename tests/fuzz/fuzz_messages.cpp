// SPDX-License-Identifier: MIT
// libFuzzer target: text messages of /ws and /comfyui-deploy/ws.
#include <comfyscope/protocol.h>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto a = ComfyScope::Protocol::parseMessage(bytes);
    const auto b = ComfyScope::Protocol::parseDeployMessage(bytes);
    (void)a.isError();
    (void)b.isError();
    return 0;
}
