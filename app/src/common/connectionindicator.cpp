// SPDX-License-Identifier: MIT
#include "connectionindicator.h"

#include "uiutil.h"

#include <QtGui/QMouseEvent>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QLabel>
#include <QtWidgets/QStyle>

using namespace Qt::StringLiterals;

namespace ComfyScope::App {

QString connectionStateLabel(Client::State state)
{
    switch (state) {
    case Client::State::Disconnected:
        return ConnectionIndicator::tr("Disconnected");
    case Client::State::Connecting:
        return ConnectionIndicator::tr("Connecting…");
    case Client::State::Connected:
        return ConnectionIndicator::tr("Connected");
    case Client::State::Reconnecting:
        return ConnectionIndicator::tr("Reconnecting…");
    case Client::State::Polling:
        return ConnectionIndicator::tr("Connected (polling)");
    }
    return {};
}

static QColor stateColor(Client::State s)
{
    switch (s) {
    case Client::State::Disconnected:
        return QColor(0x8a, 0x8f, 0x98);
    case Client::State::Connecting:
        return QColor(0xe0, 0xb0, 0x1e);
    case Client::State::Connected:
        return QColor(0x2e, 0xb8, 0x5c);
    case Client::State::Reconnecting:
        return QColor(0xe0, 0x6c, 0x1e);
    case Client::State::Polling:
        return QColor(0x9a, 0xc0, 0x2e);
    }
    return Qt::gray;
}

ConnectionIndicator::ConnectionIndicator(QWidget *parent)
    : QWidget(parent)
    , m_dot(new QLabel)
    , m_label(new QLabel)
{
    auto *l = new QHBoxLayout(this);
    l->setContentsMargins(4, 0, 4, 0);
    l->setSpacing(6);
    l->addWidget(m_dot);
    l->addWidget(m_label);
    m_grace.setSingleShot(true);
    m_grace.setInterval(1500);
    connect(&m_grace, &QTimer::timeout, this, [this] { display(m_actual); });
    setCursor(Qt::PointingHandCursor);
    display(Client::State::Disconnected);
}

QString ConnectionIndicator::text() const
{
    return m_label->text();
}

void ConnectionIndicator::setServerName(const QString &name)
{
    m_server = name;
    display(m_shown);
}

void ConnectionIndicator::setState(Client::State state)
{
    m_actual = state;
    if (state == Client::State::Connected || state == Client::State::Polling)
        m_everConnected = true;
    const bool blip = state == Client::State::Reconnecting
                      && (m_shown == Client::State::Connected || m_shown == Client::State::Polling);
    if (blip) {
        // Keep showing "connected" for a moment: short drops heal unnoticed.
        if (!m_grace.isActive())
            m_grace.start();
        return;
    }
    if (state == Client::State::Polling && m_shown == Client::State::Connected
        && m_grace.isActive())
        return;
    m_grace.stop();
    display(state);
}

void ConnectionIndicator::setLastError(const QString &error)
{
    m_error = error;
    updateToolTip();
}

void ConnectionIndicator::display(Client::State state)
{
    m_shown = state;
    const int px = qRound(fontMetrics().height() * 0.8);
    m_dot->setPixmap(dotIcon(stateColor(state)).pixmap(QSize(px, px), devicePixelRatioF()));
    QString text = connectionStateLabel(state);
    if (!m_server.isEmpty() && state != Client::State::Disconnected)
        text = tr("%1 — %2").arg(text, m_server);
    m_label->setText(text);
    updateToolTip();
}

void ConnectionIndicator::updateToolTip()
{
    QString tip = connectionStateLabel(m_actual);
    if (!m_server.isEmpty())
        tip = tr("%1\nServer: %2").arg(tip, m_server);
    if (!m_error.isEmpty())
        tip += tr("\nLast error: %1").arg(m_error);
    tip += tr("\nClick to connect to another server.");
    setToolTip(tip);
}

void ConnectionIndicator::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton)
        Q_EMIT clicked();
    QWidget::mousePressEvent(event);
}

void ConnectionIndicator::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        display(m_shown);
}

} // namespace ComfyScope::App
