// SPDX-License-Identifier: MIT
#pragma once

#include <comfyscope/client.h>

#include <QtCore/QTimer>
#include <QtWidgets/QWidget>

class QLabel;

namespace ComfyScope::App {

/*!
 * The status bar's connection light: a coloured dot and a word. A drop that heals within the
 * grace period (1.5 s by default) is never shown; after that "Reconnecting…" appears. The last
 * error is in the tooltip.
 */
class ConnectionIndicator : public QWidget
{
    Q_OBJECT
public:
    explicit ConnectionIndicator(QWidget *parent = nullptr);

    void setGracePeriod(int ms) { m_grace.setInterval(ms); }
    void setServerName(const QString &name);
    /// What is shown now (may lag the client state by the grace period).
    Client::State shownState() const { return m_shown; }
    QString text() const;

public Q_SLOTS:
    void setState(ComfyScope::Client::State state);
    void setLastError(const QString &error);

Q_SIGNALS:
    void clicked();

protected:
    void mousePressEvent(QMouseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void display(Client::State state);
    void updateToolTip();

    QLabel *m_dot;
    QLabel *m_label;
    QTimer m_grace;
    Client::State m_actual = Client::State::Disconnected;
    Client::State m_shown = Client::State::Disconnected;
    bool m_everConnected = false;
    QString m_server;
    QString m_error;
};

QString connectionStateLabel(Client::State state);

} // namespace ComfyScope::App
