// SPDX-License-Identifier: MIT
#pragma once

#include <QtCore/QCoreApplication>
#include <QtCore/QString>

#include <optional>

namespace ComfyScope {

/**
 * Where ComfyScope keeps passwords and tokens.
 *
 * With QtKeychain (built with COMFYSCOPE_HAVE_QTKEYCHAIN) and a working backend (Secret
 * Service / KWallet, macOS Keychain, Windows Credential Manager) secrets go to the keychain;
 * whether it works is probed once per process (write, read and delete a probe entry). Otherwise
 * callers store secrets in the settings file, and storageDescription() says so plainly.
 *
 * The API is synchronous: each keychain call runs a local event loop bounded by timeout()
 * (2 s). A call that times out makes the keychain count as unavailable for the rest of the
 * process, so a hanging backend costs at most one wait. Values are cached per process.
 *
 * COMFYSCOPE_NO_KEYCHAIN=1 in the environment forces the settings-file fallback (the tests
 * run so). On Linux without a D-Bus session bus the keychain is not tried at all.
 *
 * Nothing here logs a secret's value; keys (server addresses) and error strings only.
 */
class SecretStore
{
    Q_DECLARE_TR_FUNCTIONS(ComfyScope::SecretStore)
public:
    enum class Backend { Keychain, SettingsFile };

    /// True when this build has QtKeychain.
    static bool isCompiledIn();
    /// Probes the keychain on first use (≤ 2 s) and remembers the answer.
    static bool keychainAvailable();
    static Backend backend()
    {
        return keychainAvailable() ? Backend::Keychain : Backend::SettingsFile;
    }
    /// True when the probe already ran (keychainAvailable() would not block).
    static bool isProbed();
    /// Why the keychain is not used (empty when it is): "turned off by COMFYSCOPE_NO_KEYCHAIN", …
    static QString unavailableReason();

    /// The settings file (QSettings().fileName()), where secrets go without a keychain.
    static QString settingsFileName();
    /// True when remembered secrets would be written in plain text to settingsFileName().
    static bool storesInPlainText() { return !keychainAvailable(); }
    /// One sentence for the user: where remembered passwords and tokens are kept.
    static QString storageDescription();
    /// Short form for a tool tip or a label next to a "remember" check box.
    static QString shortStorageDescription();

    /// Keychain only. The value, or nullopt when there is none, the keychain is unavailable,
    /// or it did not answer in time.
    static std::optional<QString> read(const QString &key);
    /// Keychain only. False when the keychain is unavailable or refused (the value is never
    /// written anywhere else by this class).
    static bool write(const QString &key, const QString &value);
    /// Keychain only. Deletes the entry (a missing entry counts as success).
    static bool remove(const QString &key);

    static int timeout();
    static void setTimeout(int ms);
    /// Forget the probe result and the cache (tests).
    static void resetForTesting();
};

} // namespace ComfyScope
