// SPDX-License-Identifier: MIT
#include <comfyscope/protocol.h>

#include <variant>

namespace ComfyScope::Protocol {

// --- Event: the variant stays in here, so new alternatives never break users' code ------------

class Event::Private
{
public:
    using Variant = std::variant<ProtocolError, UnknownMessage, StatusEvent, ExecutionStartEvent,
                                 ExecutionCachedEvent, ExecutingEvent, ProgressEvent,
                                 ProgressStateEvent, ExecutedEvent, ExecutionSuccessEvent,
                                 ExecutionErrorEvent, ExecutionInterruptedEvent, FeatureFlags,
                                 LogsEvent, DeployEvent, ImageFrame, ProgressTextEvent>;
    Type type = Type::ProtocolError;
    Variant value;
};

// The default event shares one empty ProtocolError: no allocation (every ParsedMessage starts
// as one).
Event::Event() = default;

Event::Event(Type type, const void *payload)
{
    auto p = std::make_shared<Private>();
    p->type = type;
    switch (type) {
#define COMFYSCOPE_EVENT_CASE(E, T) \
    case Type::E: \
        static_assert(EventTypeOf<T>::value == Type::E); \
        p->value = *static_cast<const T *>(payload); \
        break;
        COMFYSCOPE_EVENT_CASE(ProtocolError, ComfyScope::ProtocolError)
        COMFYSCOPE_EVENT_CASE(Unknown, UnknownMessage)
        COMFYSCOPE_EVENT_CASE(Status, StatusEvent)
        COMFYSCOPE_EVENT_CASE(ExecutionStart, ExecutionStartEvent)
        COMFYSCOPE_EVENT_CASE(ExecutionCached, ExecutionCachedEvent)
        COMFYSCOPE_EVENT_CASE(Executing, ExecutingEvent)
        COMFYSCOPE_EVENT_CASE(Progress, ProgressEvent)
        COMFYSCOPE_EVENT_CASE(ProgressState, ProgressStateEvent)
        COMFYSCOPE_EVENT_CASE(Executed, ExecutedEvent)
        COMFYSCOPE_EVENT_CASE(ExecutionSuccess, ExecutionSuccessEvent)
        COMFYSCOPE_EVENT_CASE(ExecutionError, ExecutionErrorEvent)
        COMFYSCOPE_EVENT_CASE(ExecutionInterrupted, ExecutionInterruptedEvent)
        COMFYSCOPE_EVENT_CASE(FeatureFlags, ComfyScope::FeatureFlags)
        COMFYSCOPE_EVENT_CASE(Logs, LogsEvent)
        COMFYSCOPE_EVENT_CASE(Deploy, DeployEvent)
        COMFYSCOPE_EVENT_CASE(Image, ImageFrame)
        COMFYSCOPE_EVENT_CASE(ProgressText, ProgressTextEvent)
#undef COMFYSCOPE_EVENT_CASE
    }
    d = std::move(p);
}

Event::Event(const Event &) = default;
Event &Event::operator=(const Event &) = default;
Event::~Event() = default;

Event::Type Event::type() const
{
    return d ? d->type : Type::ProtocolError;
}

const void *Event::payload() const
{
    if (!d) {
        static const ProtocolError none;
        return &none;
    }
    return std::visit([](const auto &v) -> const void * { return &v; }, d->value);
}

void *Event::solePayload()
{
    if (!d || d.use_count() != 1)
        return nullptr;
    // Made non-const by make_shared above; the const is for sharing, which use_count rules out.
    auto *p = const_cast<Private *>(d.get());
    return std::visit([](auto &v) -> void * { return &v; }, p->value);
}

} // namespace ComfyScope::Protocol
