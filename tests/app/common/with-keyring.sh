#!/bin/sh
# Runs a command inside a private D-Bus session that has an unlocked gnome-keyring (the Secret
# Service), with a throw-away keyring directory: the keychain path of SecretStore, testable on a
# headless machine. Exits with the command's status; fails clearly when a tool is missing.
#   tests/app/common/with-keyring.sh ./tst_secrets keychainPath
set -eu
for tool in dbus-run-session dbus-send gnome-keyring-daemon; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "with-keyring.sh: $tool is missing (bash .ci/install-deps installs it)" >&2
        exit 1
    fi
done
if [ "${COMFYSCOPE_IN_KEYRING_SESSION:-}" != 1 ]; then
    home=$(mktemp -d "${TMPDIR:-/tmp}/comfyscope-keyring.XXXXXX")
    trap 'rm -rf "$home"' EXIT
    mkdir -m 700 "$home/data" "$home/runtime"
    status=0
    XDG_DATA_HOME="$home/data" XDG_RUNTIME_DIR="$home/runtime" COMFYSCOPE_IN_KEYRING_SESSION=1 \
        dbus-run-session -- "$0" "$@" || status=$?
    exit "$status"
fi
# Inside the session: a new login keyring with the password "pw", unlocked.
echo pw | gnome-keyring-daemon --unlock --components=secrets >/dev/null
# It registers on the bus after it has gone to the background: wait for it (at most 10 s).
tries=0
until dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
    org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null |
    grep -q "boolean true"; do
    tries=$((tries + 1))
    if [ "$tries" -gt 100 ]; then
        echo "with-keyring.sh: gnome-keyring did not register org.freedesktop.secrets" >&2
        exit 1
    fi
    sleep 0.1
done
status=0
"$@" || status=$?
# The daemon leaves with the bus, but do not leave it behind in any case.
pid=$(dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
    org.freedesktop.DBus.GetConnectionUnixProcessID string:org.freedesktop.secrets 2>/dev/null |
    awk '/uint32/ {print $2}') || true
if [ -n "${pid:-}" ]; then
    kill "$pid" 2>/dev/null || true
fi
exit "$status"
