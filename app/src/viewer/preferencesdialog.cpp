// SPDX-License-Identifier: MIT
#include "preferencesdialog.h"

#include "i18n.h"

#include "gallery/autosaver.h"
#include <comfyscope/fleet/secretstore.h>

#include <QtCore/QDir>
#include <QtWidgets/QCheckBox>
#include <QtWidgets/QDialogButtonBox>
#include <QtWidgets/QFileDialog>
#include <QtCore/QLocale>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QFormLayout>
#include <QtWidgets/QGroupBox>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QSpinBox>
#include <QtWidgets/QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ComfyScope::App {

PreferencesDialog::PreferencesDialog(const ViewerSettings &settings, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_autoSave(new QCheckBox(tr("&Save every output as it arrives")))
    , m_dir(new QLineEdit)
    , m_pattern(new QLineEdit)
    , m_example(new QLabel)
    , m_budget(new QSpinBox)
    , m_language(new QComboBox)
{
    setWindowTitle(tr("Preferences"));
    auto *l = new QVBoxLayout(this);

    auto *save = new QGroupBox(tr("Auto-save"));
    auto *sf = new QFormLayout(save);
    m_autoSave->setToolTip(tr("Final outputs, SaveImageWebsocket and ComfyDeploy outputs are "
                              "written to the folder; sampler previews are not."));
    m_autoSave->setChecked(settings.autoSave);
    sf->addRow(m_autoSave);
    auto *dirRow = new QHBoxLayout;
    m_dir->setText(settings.effectiveSaveDirectory());
    auto *browse = new QPushButton(tr("&Browse…"));
    dirRow->addWidget(m_dir, 1);
    dirRow->addWidget(browse);
    // Room for a real path (the word-wrapped notes below would make the dialog narrow).
    m_dir->setMinimumWidth(fontMetrics().averageCharWidth() * 40);
    auto *dirLabel = new QLabel(tr("&Folder:"));
    dirLabel->setBuddy(m_dir);
    sf->addRow(dirLabel, dirRow);
    m_pattern->setText(settings.fileNamePattern);
    m_pattern->setToolTip(tr("Fields: {date} {time} {datetime} {prompt} {promptid} {node} {kind} "
                             "{seq} {server} {filename} {ext}"));
    sf->addRow(tr("File &name:"), m_pattern);
    m_example->setForegroundRole(QPalette::PlaceholderText);
    m_example->setTextInteractionFlags(Qt::TextSelectableByMouse);
    sf->addRow(tr("Example:"), m_example);
    l->addWidget(save);

    auto *mem = new QGroupBox(tr("Memory"));
    auto *mf = new QFormLayout(mem);
    m_budget->setRange(32, 65536);
    m_budget->setSingleStep(64);
    m_budget->setSuffix(tr(" MB"));
    m_budget->setValue(settings.memoryBudgetMb);
    m_budget->setToolTip(tr("Everything the gallery holds (full-size images, thumbnails and "
                            "the bytes kept to decode again) stays under this. Full-size images "
                            "go first (oldest first) and are decoded again when opened; then the "
                            "oldest images."));
    mf->addRow(tr("Gallery memory &budget:"), m_budget);
    l->addWidget(mem);

    auto *lang = new QGroupBox(tr("Language"));
    auto *lf = new QFormLayout(lang);
    m_language->setObjectName(u"language"_s);
    m_language->addItem(tr("System default"), QString());
    const QStringList codes = ComfyScope::I18n::availableLanguages();
    for (const QString &code : codes) {
        const QLocale loc(code);
        // Native names ("Deutsch", "日本語", "简体中文"); the territory only when two entries
        // share a language (pt_BR / pt_PT).
        QString name = code == "en"_L1 ? u"English"_s : loc.nativeLanguageName();
        const int sameLanguage = int(
            std::count_if(codes.cbegin(), codes.cend(), [&](const QString &c) {
                return QLocale(c).language() == loc.language();
            }));
        if (sameLanguage > 1 && code.contains(u'_') && loc.territory() != QLocale::AnyTerritory)
            name += u" ("_s + loc.nativeTerritoryName() + u')';
        if (!name.isEmpty())
            name[0] = name.at(0).toUpper();
        m_language->addItem(name.isEmpty() ? code : name, code);
    }
    const int current = m_language->findData(settings.language);
    m_language->setCurrentIndex(current < 0 ? 0 : current);
    lf->addRow(tr("&Language:"), m_language);
    m_theme = new QComboBox;
    m_theme->setObjectName(u"theme"_s);
    m_theme->addItem(tr("System"), QString());
    m_theme->addItem(tr("Light"), u"light"_s);
    m_theme->addItem(tr("Dark"), u"dark"_s);
    m_theme->setCurrentIndex(qMax(0, m_theme->findData(settings.theme)));
    lf->addRow(tr("&Theme:"), m_theme);
    auto *restart = new QLabel(tr("Takes effect after restarting ComfyScope."));
    restart->setEnabled(false);
    lf->addRow(restart);
    l->addWidget(lang);

    // Where "Remember passwords and tokens" (connect dialog) keeps them.
    auto *secrets = new QGroupBox(tr("Passwords and Tokens"));
    auto *secf = new QVBoxLayout(secrets);
    auto *where = new QLabel(SecretStore::storageDescription());
    where->setObjectName(u"secretStorageNote"_s);
    where->setWordWrap(true);
    where->setTextInteractionFlags(Qt::TextSelectableByMouse);
    if (SecretStore::storesInPlainText())
        where->setStyleSheet(u"color: #b8860b"_s);
    secf->addWidget(where);
    if (SecretStore::storesInPlainText()) {
        auto *hint = new QLabel(tr("Untick \"Remember passwords and tokens\" when connecting to "
                                   "keep a server's secrets out of that file."));
        hint->setWordWrap(true);
        hint->setForegroundRole(QPalette::PlaceholderText);
        secf->addWidget(hint);
    }
    l->addWidget(secrets);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    l->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString d = QFileDialog::getExistingDirectory(this, tr("Auto-save Folder"),
                                                            m_dir->text());
        if (!d.isEmpty())
            m_dir->setText(d);
    });
    connect(m_pattern, &QLineEdit::textChanged, this, &PreferencesDialog::updateExample);
    updateExample();
}

void PreferencesDialog::updateExample()
{
    AutoSaver::Info info;
    info.kind = ImageKind::FinalOutput;
    info.promptId = u"3f2a9c1e-5b7d-4e2a-9f00-1c2d3e4f5a6b"_s;
    info.nodeId = u"9"_s;
    info.extension = u"png"_s;
    info.serverFileName = u"ComfyUI_00042_.png"_s;
    info.server = u"127.0.0.1:8188"_s;
    info.time = QDateTime::currentDateTime();
    const QString pattern = m_pattern->text().trimmed().isEmpty() ? ViewerSettings::defaultPattern()
                                                                  : m_pattern->text();
    m_example->setText(AutoSaver::fileNameFor(pattern, info, 7));
}

ViewerSettings PreferencesDialog::settings() const
{
    ViewerSettings s = m_settings;
    s.autoSave = m_autoSave->isChecked();
    s.saveDirectory = m_dir->text().trimmed();
    s.fileNamePattern = m_pattern->text().trimmed().isEmpty() ? ViewerSettings::defaultPattern()
                                                              : m_pattern->text().trimmed();
    s.memoryBudgetMb = m_budget->value();
    s.language = m_language->currentData().toString();
    s.theme = m_theme->currentData().toString();
    return s;
}

} // namespace ComfyScope::App
