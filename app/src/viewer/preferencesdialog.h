// SPDX-License-Identifier: MIT
#pragma once

#include "common/appsettings.h"

#include <QtWidgets/QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace ComfyScope::App {

class PreferencesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PreferencesDialog(const ViewerSettings &settings, QWidget *parent = nullptr);
    ViewerSettings settings() const;

private:
    void updateExample();

    ViewerSettings m_settings;
    QCheckBox *m_autoSave;
    QLineEdit *m_dir;
    QLineEdit *m_pattern;
    QLabel *m_example;
    QSpinBox *m_budget;
    QComboBox *m_language;
    QComboBox *m_theme = nullptr;
};

} // namespace ComfyScope::App
