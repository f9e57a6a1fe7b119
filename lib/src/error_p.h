// SPDX-License-Identifier: MIT
#pragma once

#include <comfyscope/error.h>

#include <QtNetwork/QAbstractSocket>
#include <QtNetwork/QNetworkReply>

namespace ComfyScope {

/// The library's code for what Qt reports on a REST reply.
Error::Code errorCodeFor(QNetworkReply::NetworkError error);
/// The library's code for what Qt reports on a (web) socket.
Error::Code errorCodeFor(QAbstractSocket::SocketError error);
/// QWebSocket reports a refused upgrade only as text ("…Unhandled http status code: 403
/// (Forbidden)."); the status is the number after "status code". 0 when there is none.
int handshakeStatus(const QString &qtMessage);

} // namespace ComfyScope
