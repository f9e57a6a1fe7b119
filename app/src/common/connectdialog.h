// SPDX-License-Identifier: MIT
#pragma once

#include <comfyscope/fleet/serverprofile.h>

#include <QtWidgets/QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QDialogButtonBox;
class QToolButton;

namespace ComfyScope::App {

/// Asks for a server address and how to authenticate; offers the recent servers.
class ConnectDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ConnectDialog(QWidget *parent = nullptr);

    void setProfile(const ServerProfile &profile);
    ServerProfile profile() const;

    void accept() override;

    /// The note next to the "remember" check box: where secrets are kept (keychain, or the
    /// settings file in plain text).
    QString storageNote() const;

private:
    void updateProxyFields();
    void setSectionOpen(QToolButton *toggle, QWidget *section, bool open);

    QList<ServerProfile> m_recent;
    QComboBox *m_address;
    QComboBox *m_auth;
    QLineEdit *m_token;
    QLineEdit *m_basicUser;
    QLineEdit *m_basicPassword;
    QLineEdit *m_queryToken;
    QLineEdit *m_headerName;
    QLineEdit *m_headerValue;
    QLineEdit *m_comfyUser;
    QCheckBox *m_relay;
    QLineEdit *m_relayToken;
    QToolButton *m_advancedToggle;
    QWidget *m_advanced;
    QToolButton *m_proxyToggle;
    QWidget *m_proxy;
    QComboBox *m_proxyMode;
    QLineEdit *m_proxyHost;
    QSpinBox *m_proxyPort;
    QLineEdit *m_proxyUser;
    QLineEdit *m_proxyPassword;
    QCheckBox *m_remember;
    QLabel *m_storage;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
};

} // namespace ComfyScope::App
