// SPDX-License-Identifier: MIT
#include "connectdialog.h"

#include <QtWidgets/QCheckBox>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QDialogButtonBox>
#include <QtWidgets/QFormLayout>
#include <QtWidgets/QGroupBox>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QStackedWidget>
#include <QtWidgets/QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ComfyScope::App {

ConnectDialog::ConnectDialog(QWidget *parent)
    : QDialog(parent)
    , m_recent(RecentServers::load())
    , m_address(new QComboBox)
    , m_auth(new QComboBox)
    , m_authPages(new QStackedWidget)
    , m_token(new QLineEdit)
    , m_basicUser(new QLineEdit)
    , m_basicPassword(new QLineEdit)
    , m_queryToken(new QLineEdit)
    , m_headerName(new QLineEdit)
    , m_headerValue(new QLineEdit)
    , m_comfyUser(new QLineEdit)
    , m_remember(new QCheckBox(tr("Remember passwords and tokens")))
    , m_error(new QLabel)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setWindowTitle(tr("Connect to a ComfyUI Server"));
    auto *l = new QVBoxLayout(this);

    auto *form = new QFormLayout;
    m_address->setEditable(true);
    m_address->setInsertPolicy(QComboBox::NoInsert);
    m_address->lineEdit()->setPlaceholderText(u"http://127.0.0.1:8188"_s);
    m_address->setMinimumContentsLength(36);
    for (const ServerProfile &p : std::as_const(m_recent))
        m_address->addItem(p.address);
    m_address->setToolTip(tr("host:port, or a URL with a path prefix for a reverse proxy, "
                             "e.g. https://example.org/comfy"));
    form->addRow(tr("&Server:"), m_address);

    m_auth->addItem(tr("None"));
    m_auth->addItem(tr("Bearer token"));
    m_auth->addItem(tr("User name and password (basic)"));
    form->addRow(tr("&Authentication:"), m_auth);

    auto *none = new QWidget;
    auto *bearer = new QWidget;
    auto *bearerForm = new QFormLayout(bearer);
    bearerForm->setContentsMargins(0, 0, 0, 0);
    m_token->setEchoMode(QLineEdit::Password);
    bearerForm->addRow(tr("&Token:"), m_token);
    auto *basic = new QWidget;
    auto *basicForm = new QFormLayout(basic);
    basicForm->setContentsMargins(0, 0, 0, 0);
    basicForm->addRow(tr("&User:"), m_basicUser);
    m_basicPassword->setEchoMode(QLineEdit::Password);
    basicForm->addRow(tr("&Password:"), m_basicPassword);
    m_authPages->addWidget(none);
    m_authPages->addWidget(bearer);
    m_authPages->addWidget(basic);
    form->addRow(m_authPages);
    l->addLayout(form);

    auto *adv = new QGroupBox(tr("Advanced"));
    auto *advForm = new QFormLayout(adv);
    m_queryToken->setEchoMode(QLineEdit::Password);
    m_queryToken->setToolTip(tr("Sent as ?token=… on every request (ComfyUI-Login and similar)"));
    advForm->addRow(tr("&Query token:"), m_queryToken);
    m_headerName->setPlaceholderText(tr("e.g. X-API-Key"));
    advForm->addRow(tr("Extra &header:"), m_headerName);
    m_headerValue->setEchoMode(QLineEdit::Password);
    advForm->addRow(tr("Header &value:"), m_headerValue);
    m_comfyUser->setToolTip(tr("Sent as the Comfy-User header (multi-user servers)"));
    advForm->addRow(tr("Comfy &user:"), m_comfyUser);
    l->addWidget(adv);

    m_remember->setToolTip(tr("Secrets are stored in plain text in the settings file"));
    m_remember->setChecked(true);
    l->addWidget(m_remember);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"color: #d63a3a"_s);
    m_error->hide();
    l->addWidget(m_error);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Connect"));
    l->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &ConnectDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_auth, &QComboBox::currentIndexChanged, m_authPages, &QStackedWidget::setCurrentIndex);
    connect(m_address, &QComboBox::activated, this, [this](int i) {
        if (i >= 0 && i < m_recent.size())
            setProfile(m_recent.at(i));
    });
    connect(m_address, &QComboBox::editTextChanged, this, [this] { m_error->hide(); });

    if (!m_recent.isEmpty())
        setProfile(m_recent.first());
}

void ConnectDialog::setProfile(const ServerProfile &p)
{
    m_address->setEditText(p.address);
    m_auth->setCurrentIndex(int(p.auth));
    m_token->setText(p.bearerToken);
    m_basicUser->setText(p.basicUser);
    m_basicPassword->setText(p.basicPassword);
    m_queryToken->setText(p.queryToken);
    m_headerName->setText(p.headerName);
    m_headerValue->setText(p.headerValue);
    m_comfyUser->setText(p.comfyUser);
    m_remember->setChecked(p.rememberSecrets);
}

ServerProfile ConnectDialog::profile() const
{
    ServerProfile p;
    p.address = m_address->currentText().trimmed();
    p.auth = ServerProfile::Auth(m_auth->currentIndex());
    p.bearerToken = m_token->text();
    p.basicUser = m_basicUser->text();
    p.basicPassword = m_basicPassword->text();
    p.queryToken = m_queryToken->text();
    p.headerName = m_headerName->text().trimmed();
    p.headerValue = m_headerValue->text();
    p.comfyUser = m_comfyUser->text().trimmed();
    p.rememberSecrets = m_remember->isChecked();
    for (const ServerProfile &r : m_recent)
        if (r.address == p.address)
            p.pinnedSha256 = r.pinnedSha256;
    return p;
}

void ConnectDialog::accept()
{
    QString error;
    const ServerProfile p = profile();
    if (p.address.isEmpty())
        error = tr("Enter the address of a ComfyUI server.");
    else if (!p.toEndpoint(&error).isValid() && error.isEmpty())
        error = tr("Not a server address.");
    const QByteArray header = p.headerName.toLatin1();
    if (error.isEmpty() && !p.headerName.isEmpty()
        && (header.contains(':') || header.contains(' ') || header.contains('\n')))
        error = tr("The header name may not contain spaces or colons.");
    if (!error.isEmpty()) {
        m_error->setText(error);
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace ComfyScope::App
