// SPDX-License-Identifier: MIT
#include "error_p.h"

#include <QtCore/QMetaEnum>
#include <QtCore/QRegularExpression>

namespace ComfyScope {

int handshakeStatus(const QString &qtMessage)
{
    static const QRegularExpression re(QStringLiteral("status code:?\\s*(\\d{3})"),
                                       QRegularExpression::CaseInsensitiveOption);
    const auto m = re.match(qtMessage);
    return m.hasMatch() ? m.captured(1).toInt() : 0;
}

QString Error::codeName(Code code)
{
    return QString::fromLatin1(QMetaEnum::fromType<Code>().valueToKey(int(code)));
}

Error::Code errorCodeFor(QNetworkReply::NetworkError error)
{
    using E = QNetworkReply::NetworkError;
    switch (error) {
    case E::NoError:
        return Error::Code::NoError;
    case E::HostNotFoundError:
        return Error::Code::HostNotFound;
    case E::ConnectionRefusedError:
        return Error::Code::ConnectionRefused;
    case E::RemoteHostClosedError:
        return Error::Code::ConnectionClosed;
    case E::TimeoutError:
        return Error::Code::Timeout;
    case E::OperationCanceledError:
        return Error::Code::Cancelled;
    case E::SslHandshakeFailedError:
        return Error::Code::TlsRejected;
    case E::ProxyConnectionRefusedError:
    case E::ProxyConnectionClosedError:
    case E::ProxyNotFoundError:
    case E::ProxyTimeoutError:
    case E::ProxyAuthenticationRequiredError:
    case E::UnknownProxyError:
        return Error::Code::ProxyError;
    case E::ProtocolUnknownError:
    case E::ProtocolInvalidOperationError:
    case E::ProtocolFailure:
        return Error::Code::ProtocolViolation;
    default:
        break;
    }
    if (error >= E::ContentAccessDenied && error <= E::UnknownServerError)
        return Error::Code::HttpError; // 4xx/5xx Qt saw before we did
    return Error::Code::NetworkError;
}

Error::Code errorCodeFor(QAbstractSocket::SocketError error)
{
    using E = QAbstractSocket::SocketError;
    switch (error) {
    case E::HostNotFoundError:
        return Error::Code::HostNotFound;
    case E::ConnectionRefusedError:
        return Error::Code::ConnectionRefused;
    case E::RemoteHostClosedError:
        return Error::Code::ConnectionClosed;
    case E::SocketTimeoutError:
        return Error::Code::Timeout;
    case E::SslHandshakeFailedError:
    case E::SslInternalError:
    case E::SslInvalidUserDataError:
        return Error::Code::TlsRejected;
    case E::ProxyAuthenticationRequiredError:
    case E::ProxyConnectionRefusedError:
    case E::ProxyConnectionClosedError:
    case E::ProxyConnectionTimeoutError:
    case E::ProxyNotFoundError:
    case E::ProxyProtocolError:
        return Error::Code::ProxyError;
    default:
        return Error::Code::NetworkError;
    }
}

} // namespace ComfyScope
