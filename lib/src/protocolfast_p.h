// SPDX-License-Identifier: MIT
// The fast path for /ws text messages: simdjson on the UTF-8 bytes, typed payloads built
// straight from its values, no QJsonDocument.
#pragma once

#include <comfyscope/protocol.h>

#include <memory>

namespace ComfyScope::Protocol {

/*!
 * Parses the frequent /ws text messages (progress, progress_state, executing, executed, status,
 * execution_start/_cached/_success/_interrupted) with simdjson when the library was built with
 * it (COMFYSCOPE_HAVE_SIMDJSON).
 *
 * It never decides that a message is bad: anything it does not read as a well-formed message of
 * those types (malformed JSON, a wrong field type, a missing field, a rare or unknown type,
 * duplicate keys) makes parse() return false, and the caller hands utf8() to parseMessage(),
 * which gives the exact error or payload as before. ParsedMessage::data stays empty: callers
 * that hand raw JSON on take parseMessage().
 *
 * Keeps its buffers and the QStrings of recent node and prompt ids between messages, so a
 * steady stream allocates only the payload. One instance per connection (not thread-safe).
 */
class COMFYSCOPE_EXPORT FastMessageParser
{
public:
    FastMessageParser();
    ~FastMessageParser();
    FastMessageParser(const FastMessageParser &) = delete;
    FastMessageParser &operator=(const FastMessageParser &) = delete;

    /// True when built with simdjson (otherwise parse() always returns false).
    static bool isAvailable();

    /// Converts the frame to UTF-8 into the parser's own buffer (padded for simdjson) and
    /// returns it; valid until the next call.
    QByteArrayView setText(QStringView text);
    /// Parses the text given to setText(). True: `out` holds the type and the typed payload.
    bool parse(ParsedMessage &out);

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace ComfyScope::Protocol
