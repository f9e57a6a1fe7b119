// SPDX-License-Identifier: MIT
// A sampler step's messages read as a change of the step before: ComfyUI repeats every node of
// the workflow in each `progress_state`, and only the running node's value moves.
#pragma once

#include <comfyscope/protocol.h>

#include <vector>

namespace ComfyScope::Protocol {

/*!
 * Reads a `progress` or `progress_state` text as the previous one of its kind with one number
 * changed, without parsing it.
 *
 * ComfyUI sends, for every sampler step, a `progress` and a `progress_state` that holds every
 * node of the prompt (v0.8.0 and later); from one step to the next the two texts differ only in
 * the running node's `value`. After a full parse, remember() keeps the text, the payload and
 * where each number of the payload stands in the text (`progress`: value and max;
 * `progress_state`: each node's value and max). match() compares a new text with the kept one of
 * its kind: when the two differ only inside one of those numbers, and the new characters there
 * form a plain JSON number (digits, an optional fraction; no sign, no exponent), the new text
 * is the old one with that number replaced, so its payload is the kept payload with that number
 * replaced: match() returns it. Anything else (another prompt, a state change, two numbers
 * changed, a changed key or string, whitespace) returns nullptr, and the caller parses fully.
 *
 * A stream whose steps change more than one number (nothing ever matches) makes remember()
 * back off: it locates the numbers of only every 2nd, 4th, … 16th text of a kind until a match
 * comes again, so such a stream costs little more than the full parses.
 *
 * The kept payload is changed in place when nobody else holds it; otherwise match() builds a
 * new one, so a payload handed out earlier never changes (Event's promise). One instance per
 * connection, not thread-safe.
 */
class COMFYSCOPE_EXPORT DeltaParser
{
public:
    /// The payload of `text` when it is a one-number change of a kept text, else nullptr.
    /// `maxUtf8` is the size cap (bytes of UTF-8) a full parse applies; a text over it is not
    /// matched. Valid until the next call.
    const ParsedMessage *match(const QString &text, qint64 maxUtf8);
    /// Keeps `text` (`utf8Size` bytes as UTF-8) and its payload, from a full parse, for
    /// match(), if it is a `progress` or a `progress_state` whose numbers can be located;
    /// forgets the kept one of its kind otherwise.
    void remember(const QString &text, qint64 utf8Size, const ParsedMessage &pm);
    void clear();

    /// How many texts match() has answered and how many it left to a full parse (for tests
    /// and benchmarks).
    quint64 hits() const { return m_hits; }
    quint64 misses() const { return m_misses; }
    /// How many texts remember() has located the numbers of.
    quint64 located() const { return m_located; }

private:
    struct Slot
    {
        qsizetype offset = 0; // UTF-16 index of the number's first character
        qsizetype length = 0;
        int node = -1; // progress_state: index in `nodes`; progress: -1
        bool max = false;
    };
    struct Entry
    {
        QString text;
        qint64 utf8Size = 0;
        ParsedMessage pm;
        std::vector<Slot> slots; // by offset
        int missStreak = 0;      // full parses of this kind since the last match
        int skip = 0;            // full parses left to pass without remembering
    };
    bool patch(Entry &e, const QString &text, qint64 maxUtf8);
    Entry m_entries[2]; // progress, progress_state
    quint64 m_hits = 0;
    quint64 m_misses = 0;
    quint64 m_located = 0;
};

} // namespace ComfyScope::Protocol
