#!/usr/bin/env bash
# Runs a command with a real, throwaway Secret Service: a private D-Bus session bus and a
# gnome-keyring whose login collection is unlocked, in a temporary HOME. Keychain tests, the
# harness behind the E2E tests and `lcr` tests all talk to it — never to the developer's own
# keyring. Usage: bash test/tools/with-keyring.sh <command> [args...]
set -euo pipefail
keyring_home=$(mktemp -d "${TMPDIR:-/tmp}/lcr-keyring-XXXXXX")
trap 'rm -rf "$keyring_home"' EXIT
export LCR_TEST_KEYRING_HOME="$keyring_home"
# dbus-daemon, run as root, warns that it may not raise its file limit: harmless, so filtered out.
HOME="$keyring_home" XDG_DATA_HOME="$keyring_home/.local/share" \
  dbus-run-session -- bash -c '
    echo -n lcr-test | gnome-keyring-daemon --unlock --components=secrets >/dev/null
    exec "$@"' _ "$@" 2> >(grep --line-buffered -v 'Failed to set fd limit' >&2)
