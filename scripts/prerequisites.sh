#!/usr/bin/env bash
# Installs the Debian packages given as arguments that are missing (as root, or through sudo).
# An argument COMMAND:PACKAGE installs PACKAGE only when COMMAND is not on the PATH (npm may come with
# another nodejs build); a plain PACKAGE is checked with dpkg.
#   scripts/prerequisites.sh javac:openjdk-17-jdk-headless socat ...
set -euo pipefail
missing=()
for spec in "$@"; do
  case "$spec" in
    *:*) command -v "${spec%%:*}" >/dev/null 2>&1 || missing+=("${spec#*:}") ;;
    *) dpkg-query -W -f='${Status}' "$spec" 2>/dev/null | grep -q "install ok installed" || missing+=("$spec") ;;
  esac
done
[ ${#missing[@]} -eq 0 ] && exit 0
echo "installing missing Debian packages: ${missing[*]}" >&2
if [ "$(id -u)" -ne 0 ]; then SUDO=sudo; else SUDO=; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
