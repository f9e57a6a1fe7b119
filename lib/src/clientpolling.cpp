// SPDX-License-Identifier: MIT
// The HTTP polling fallback: while /ws cannot be opened but HTTP works, GET /prompt keeps the
// queue counter alive (State::Polling).
#include "client_p.h"

#include <QtCore/QCoreApplication>

using namespace Qt::StringLiterals;

namespace ComfyScope {

void Client::Private::startPolling()
{
    pollTimer.start(pollInterval);
    poll();
}

void Client::Private::stopPolling()
{
    pollTimer.stop();
    if (pollReply)
        pollReply->abort();
}

void Client::Private::poll()
{
    if (pollReply || state == State::Connected)
        return;
    JsonReply *r = q->fetchJson(u"/prompt"_s);
    pollReply = r;
    QObject::connect(r, &Reply::finished, q, [this, r] {
        if (state == State::Connected || !wantOpen)
            return;
        const QJsonValue q =
            r->json().toObject().value("exec_info"_L1).toObject().value("queue_remaining"_L1);
        if (r->isOk() && q.isDouble()) {
            setState(State::Polling);
            StatusEvent e;
            e.queueRemaining = int(q.toDouble());
            e.fromPolling = true;
            Q_EMIT this->q->statusReceived(e);
        } else {
            // A refused certificate says why (and its fingerprint) better than Qt's text.
            lastError = !tlsError.isEmpty() ? tlsRejected()
                        : r->error().isOk()
                            ? Error{Error::Code::ProtocolViolation,
                                    QCoreApplication::translate("ComfyScope", "polling failed")}
                            : r->error();
            if (state == State::Polling) {
                setError(lastError);
                setState(State::Reconnecting);
            }
        }
    });
}

} // namespace ComfyScope
