// SPDX-License-Identifier: MIT
#include "connectdialog.h"

#include <comfyscope/fleet/secretstore.h>

#include <QtWidgets/QCheckBox>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QDialogButtonBox>
#include <QtWidgets/QFormLayout>
#include <QtWidgets/QGroupBox>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QSpinBox>
#include <QtWidgets/QToolButton>
#include <QtWidgets/QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ComfyScope::App {

ConnectDialog::ConnectDialog(QWidget *parent)
    : QDialog(parent)
    , m_recent(RecentServers::load())
    , m_address(new QComboBox)
    , m_auth(new QComboBox)
    , m_token(new QLineEdit)
    , m_basicUser(new QLineEdit)
    , m_basicPassword(new QLineEdit)
    , m_queryToken(new QLineEdit)
    , m_headerName(new QLineEdit)
    , m_headerValue(new QLineEdit)
    , m_comfyUser(new QLineEdit)
    , m_relay(new QCheckBox(tr("Follow every client's jobs (ComfyScope relay)")))
    , m_relayToken(new QLineEdit)
    , m_advancedToggle(new QToolButton)
    , m_advanced(new QWidget)
    , m_proxyToggle(new QToolButton)
    , m_proxy(new QWidget)
    , m_proxyMode(new QComboBox)
    , m_proxyHost(new QLineEdit)
    , m_proxyPort(new QSpinBox)
    , m_proxyUser(new QLineEdit)
    , m_proxyPassword(new QLineEdit)
    , m_remember(new QCheckBox(tr("Remember passwords and tokens")))
    , m_storage(new QLabel)
    , m_error(new QLabel)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setWindowTitle(tr("Connect to a ComfyUI Server"));
    auto *l = new QVBoxLayout(this);
    l->setSizeConstraint(QLayout::SetFixedSize); // shrinks again when a section closes

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

    // The fields of the chosen authentication only (rows hidden for the others).
    m_token->setEchoMode(QLineEdit::Password);
    form->addRow(tr("&Token:"), m_token);
    form->addRow(tr("&User:"), m_basicUser);
    m_basicPassword->setEchoMode(QLineEdit::Password);
    form->addRow(tr("&Password:"), m_basicPassword);
    l->addLayout(form);

    // Collapsible sections: closed unless the profile uses them.
    auto sectionToggle = [this](QToolButton *b, const QString &text, QWidget *section) {
        b->setText(text);
        b->setAutoRaise(true);
        b->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        b->setArrowType(Qt::RightArrow);
        b->setAccessibleDescription(tr("Shows or hides more settings"));
        connect(b, &QToolButton::clicked, this,
                [this, b, section] { setSectionOpen(b, section, !section->isVisibleTo(this)); });
        section->hide();
    };

    m_advanced->setObjectName(u"advancedSection"_s);
    auto *advForm = new QFormLayout(m_advanced);
    advForm->setContentsMargins(24, 0, 0, 0);
    m_queryToken->setEchoMode(QLineEdit::Password);
    m_queryToken->setToolTip(tr("Sent as ?token=… on every request (ComfyUI-Login and similar)"));
    advForm->addRow(tr("&Query token:"), m_queryToken);
    m_headerName->setPlaceholderText(tr("e.g. X-API-Key"));
    advForm->addRow(tr("Extra &header:"), m_headerName);
    m_headerValue->setEchoMode(QLineEdit::Password);
    advForm->addRow(tr("Header &value:"), m_headerValue);
    m_comfyUser->setToolTip(tr("Sent as the Comfy-User header (multi-user servers)"));
    advForm->addRow(tr("Comfy &user:"), m_comfyUser);
    m_relay->setObjectName(u"relay"_s);
    m_relay->setToolTip(tr("When the server has the ComfyScope relay extension, show other "
                           "clients' jobs with live progress and previews"));
    advForm->addRow(QString(), m_relay);
    m_relayToken->setObjectName(u"relayToken"_s);
    m_relayToken->setEchoMode(QLineEdit::Password);
    m_relayToken->setToolTip(tr("The relay's COMFYSCOPE_RELAY_TOKEN"));
    advForm->addRow(tr("&Relay token:"), m_relayToken);
    sectionToggle(m_advancedToggle, tr("A&dvanced"), m_advanced);
    l->addWidget(m_advancedToggle);
    l->addWidget(m_advanced);

    m_proxy->setObjectName(u"proxySection"_s);
    auto *proxyForm = new QFormLayout(m_proxy);
    proxyForm->setContentsMargins(24, 0, 0, 0);
    m_proxyMode->setObjectName(u"proxyMode"_s);
    m_proxyMode->addItem(tr("System default"), int(ServerProfile::ProxyMode::System));
    m_proxyMode->addItem(tr("No proxy"), int(ServerProfile::ProxyMode::None));
    m_proxyMode->addItem(tr("HTTP"), int(ServerProfile::ProxyMode::Http));
    m_proxyMode->addItem(tr("SOCKS5"), int(ServerProfile::ProxyMode::Socks5));
    m_proxyMode->setToolTip(tr("How to reach this server. System default: the proxy settings of "
                               "the system (or none)."));
    proxyForm->addRow(tr("T&ype:"), m_proxyMode);
    auto *hostRow = new QHBoxLayout;
    m_proxyHost->setObjectName(u"proxyHost"_s);
    m_proxyHost->setPlaceholderText(tr("proxy.example.org"));
    m_proxyPort->setObjectName(u"proxyPort"_s);
    m_proxyPort->setRange(0, 65535);
    m_proxyPort->setSpecialValueText(tr("default"));
    m_proxyPort->setToolTip(tr("Default: 8080 for HTTP, 1080 for SOCKS5"));
    hostRow->addWidget(m_proxyHost, 1);
    auto *portLabel = new QLabel(tr("Po&rt:"));
    portLabel->setBuddy(m_proxyPort);
    hostRow->addWidget(portLabel);
    hostRow->addWidget(m_proxyPort);
    auto *hostLabel = new QLabel(tr("H&ost:"));
    hostLabel->setBuddy(m_proxyHost);
    proxyForm->addRow(hostLabel, hostRow);
    m_proxyUser->setObjectName(u"proxyUser"_s);
    m_proxyUser->setPlaceholderText(tr("optional"));
    proxyForm->addRow(tr("Proxy us&er:"), m_proxyUser);
    m_proxyPassword->setObjectName(u"proxyPassword"_s);
    m_proxyPassword->setEchoMode(QLineEdit::Password);
    proxyForm->addRow(tr("Proxy pass&word:"), m_proxyPassword);
    sectionToggle(m_proxyToggle, tr("Pro&xy"), m_proxy);
    m_proxyToggle->setObjectName(u"proxyToggle"_s);
    l->addWidget(m_proxyToggle);
    l->addWidget(m_proxy);

    m_remember->setObjectName(u"rememberSecrets"_s);
    // Ticked by default only when secrets would go to the system keychain, not a plain file.
    m_remember->setChecked(!SecretStore::storesInPlainText());
    l->addWidget(m_remember);
    m_storage->setObjectName(u"secretStorageNote"_s);
    m_storage->setWordWrap(true);
    m_storage->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_storage->setContentsMargins(22, 0, 0, 0);
    m_storage->setText(storageNote());
    m_storage->setToolTip(SecretStore::storageDescription());
    m_remember->setToolTip(SecretStore::storageDescription());
    if (SecretStore::storesInPlainText()) {
        m_storage->setStyleSheet(u"color: #b8860b"_s);
    } else {
        m_storage->setForegroundRole(QPalette::PlaceholderText);
    }
    l->addWidget(m_storage);

    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"color: #d63a3a"_s);
    m_error->hide();
    l->addWidget(m_error);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Connect"));
    l->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &ConnectDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto showAuthRows = [form, this](int i) {
        const auto auth = ServerProfile::Auth(i);
        form->setRowVisible(m_token, auth == ServerProfile::Auth::Bearer);
        form->setRowVisible(m_basicUser, auth == ServerProfile::Auth::Basic);
        form->setRowVisible(m_basicPassword, auth == ServerProfile::Auth::Basic);
    };
    connect(m_auth, &QComboBox::currentIndexChanged, this, showAuthRows);
    showAuthRows(m_auth->currentIndex());
    connect(m_address, &QComboBox::activated, this, [this](int i) {
        if (i >= 0 && i < m_recent.size())
            setProfile(m_recent.at(i));
    });
    connect(m_address, &QComboBox::editTextChanged, this, [this] { m_error->hide(); });
    connect(m_proxyMode, &QComboBox::currentIndexChanged, this, [this] {
        updateProxyFields();
        m_error->hide();
    });
    updateProxyFields();

    if (!m_recent.isEmpty())
        setProfile(m_recent.first());
}

QString ConnectDialog::storageNote() const
{
    return SecretStore::shortStorageDescription();
}

void ConnectDialog::setSectionOpen(QToolButton *toggle, QWidget *section, bool open)
{
    toggle->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
    section->setVisible(open);
}

void ConnectDialog::updateProxyFields()
{
    const auto mode = ServerProfile::ProxyMode(m_proxyMode->currentData().toInt());
    const bool manual = mode == ServerProfile::ProxyMode::Http
                        || mode == ServerProfile::ProxyMode::Socks5;
    for (QWidget *w :
         {static_cast<QWidget *>(m_proxyHost), static_cast<QWidget *>(m_proxyPort),
          static_cast<QWidget *>(m_proxyUser), static_cast<QWidget *>(m_proxyPassword)})
        w->setEnabled(manual);
    m_proxyPort->setSpecialValueText(
        manual ? tr("%1 (default)").arg(ServerProfile::defaultProxyPort(mode)) : tr("default"));
    // The toggle shows whether a proxy is set even while the section is closed.
    m_proxyToggle->setText(mode == ServerProfile::ProxyMode::System
                               ? tr("Pro&xy")
                               : tr("Pro&xy: %1").arg(m_proxyMode->currentText()));
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
    m_relay->setChecked(p.relay);
    m_relayToken->setText(p.relayToken);
    const int mode = m_proxyMode->findData(int(p.proxyMode));
    m_proxyMode->setCurrentIndex(mode < 0 ? 0 : mode);
    m_proxyHost->setText(p.proxyHost);
    m_proxyPort->setValue(p.proxyPort);
    m_proxyUser->setText(p.proxyUser);
    m_proxyPassword->setText(p.proxyPassword);
    // A profile with no secrets yet keeps the default above (unticked with a plain file); one
    // whose secrets were remembered stays ticked.
    m_remember->setChecked(p.rememberSecrets
                           && (p.hasSecrets() || !SecretStore::storesInPlainText()));
    updateProxyFields();
    if (!p.queryToken.isEmpty() || !p.headerName.isEmpty() || !p.comfyUser.isEmpty() || p.relay)
        setSectionOpen(m_advancedToggle, m_advanced, true);
    if (p.proxyMode != ServerProfile::ProxyMode::System)
        setSectionOpen(m_proxyToggle, m_proxy, true);
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
    p.relay = m_relay->isChecked();
    p.relayToken = m_relayToken->text();
    p.proxyMode = ServerProfile::ProxyMode(m_proxyMode->currentData().toInt());
    if (p.proxyMode == ServerProfile::ProxyMode::Http
        || p.proxyMode == ServerProfile::ProxyMode::Socks5) {
        p.proxyHost = m_proxyHost->text().trimmed();
        p.proxyPort = quint16(m_proxyPort->value());
        p.proxyUser = m_proxyUser->text().trimmed();
        p.proxyPassword = p.proxyUser.isEmpty() ? QString() : m_proxyPassword->text();
    }
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
    if (error.isEmpty()
        && (p.proxyMode == ServerProfile::ProxyMode::Http
            || p.proxyMode == ServerProfile::ProxyMode::Socks5)
        && (p.proxyHost.isEmpty() || p.proxyHost.contains(u' ') || p.proxyHost.contains(u'/'))) {
        error = p.proxyHost.isEmpty() ? tr("Enter the host name of the proxy.")
                                      : tr("The proxy host is a host name or an IP address, "
                                           "without spaces or slashes.");
        setSectionOpen(m_proxyToggle, m_proxy, true);
    }
    if (!error.isEmpty()) {
        m_error->setText(error);
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace ComfyScope::App
