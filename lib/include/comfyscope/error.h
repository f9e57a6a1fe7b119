// SPDX-License-Identifier: MIT
#pragma once

#include <comfyscope/comfyscope_export.h>

#include <QtCore/QMetaType>
#include <QtCore/QObject>
#include <QtCore/QString>

namespace ComfyScope {

/*!
 * Why something failed: a connection attempt, a live socket or a REST call. One enum describes
 * every failure of the library; Client::lastError(), Client::errorOccurred() and Reply::error()
 * all use this type.
 *
 * `message` is for people: one line, translated (QCoreApplication::translate("ComfyScope", …);
 * load comfyscope_<lang>.qm to get it in the user's language). Programs decide by `code` and, where
 * set, `httpStatus`; `detail` carries the untranslated specifics (the server's own error text,
 * Qt's socket error string, a certificate's SHA-256) for logs and bug reports.
 *
 * Dropped server messages are not failures of an operation: they are ProtocolError values
 * (events.h) on Client::protocolErrorOccurred(), and the connection stays up.
 */
class COMFYSCOPE_EXPORT Error
{
    Q_GADGET
public:
    enum class Code {
        NoError,
        InvalidAddress,    ///< the endpoint is not a usable server address
        HostNotFound,      ///< the name does not resolve
        ConnectionRefused, ///< nothing listens there (or a firewall said no)
        ConnectionClosed,  ///< the server or a proxy closed or reset the connection
        NetworkError,      ///< any other network failure (unreachable, interface down, …)
        ProxyError,        ///< the configured proxy refused, failed or wants a login
        Timeout,           ///< no handshake, no pong or no REST answer in time
        TlsRejected,       ///< certificate not trusted and not pinned; `detail` is its SHA-256
        HandshakeRejected, ///< the /ws upgrade was answered with `httpStatus` (403: the
                           ///< server's Origin check, 404: no /ws behind this address, 401: login)
        HttpError,         ///< a REST call was answered 4xx/5xx (`httpStatus`, `detail`: the
                           ///< server's own words)
        ValidationFailed,  ///< POST /prompt answered 400 with a prompt error and node errors
        ProtocolViolation, ///< the answer breaks the protocol: a REST body of the wrong shape,
                           ///< an invalid WebSocket frame (close code 1002)
        OversizedFrame,    ///< the server sent a message over Client::maxFrameSize()
        RegistrationLost,  ///< no status broadcast after queuing: the server dropped this
                           ///< connection's registration (§10.2); the client reconnects
        Cancelled,         ///< Reply::abort() or Client::reconnectNow()
        DeadlineExceeded,  ///< a REST reply kept trickling in but did not complete within its
                           ///< overall deadline (Reply::setLimits(), Client::setRequestLimits())
        ResponseTooLarge,  ///< a REST answer (announced or received) is over its size cap
        InvalidRequest,    ///< refused before sending: the request itself is malformed (e.g. a
                           ///< prompt_id that is not a lowercase UUID)
    };
    Q_ENUM(Code)

    Error() = default;
    Error(Code code, const QString &message, const QString &detail = {}, int httpStatus = 0)
        : code(code)
        , message(message)
        , detail(detail)
        , httpStatus(httpStatus)
    {}

    Code code = Code::NoError;
    QString message;    ///< translated, for people; empty when isOk()
    QString detail;     ///< untranslated specifics, may be empty
    int httpStatus = 0; ///< the HTTP status that said no (HttpError, HandshakeRejected, …), or 0

    bool isOk() const { return code == Code::NoError; }

    bool operator==(const Error &o) const
    {
        return code == o.code && message == o.message && detail == o.detail
               && httpStatus == o.httpStatus;
    }
    bool operator!=(const Error &o) const { return !(*this == o); }

    /// "HostNotFound", "Timeout", … (stable, for logs and machine-readable output).
    static QString codeName(Code code);
};

} // namespace ComfyScope

Q_DECLARE_METATYPE(ComfyScope::Error)
