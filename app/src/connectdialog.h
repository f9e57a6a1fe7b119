// SPDX-License-Identifier: MIT
#pragma once

#include "serverprofile.h"

#include <QtWidgets/QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QStackedWidget;
class QDialogButtonBox;

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

private:
    void validate();

    QList<ServerProfile> m_recent;
    QComboBox *m_address;
    QComboBox *m_auth;
    QStackedWidget *m_authPages;
    QLineEdit *m_token;
    QLineEdit *m_basicUser;
    QLineEdit *m_basicPassword;
    QLineEdit *m_queryToken;
    QLineEdit *m_headerName;
    QLineEdit *m_headerValue;
    QLineEdit *m_comfyUser;
    QCheckBox *m_remember;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
};

} // namespace ComfyScope::App
