#!/usr/bin/env bash
# The README's test command: installs what the tests need when it is missing, then runs every test
# (unit tests with Surefire, real-process integration tests with Failsafe).
#   scripts/test.sh            all tests
#   scripts/test.sh -pl core   extra arguments go to Maven
set -euo pipefail
cd "$(dirname "$0")/.."

# Debian packages the tests drive for real (tokens, serial links, speech, crypto interop).
APT_PACKAGES=(
  openjdk-17-jdk-headless maven nodejs npm
  softhsm2 opensc openssl libengine-gost-openssl
  socat
  espeak-ng sox libsox-fmt-all
)
# Commands whose presence proves a package is installed (package:command); the rest are checked with dpkg.
missing=()
for p in "${APT_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "test.sh: installing missing Debian packages: ${missing[*]}"
  if [ "$(id -u)" -ne 0 ]; then SUDO=sudo; else SUDO=; fi
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

MVN_ARGS=(-B -ntp)
[ "${CI:-}" = "true" ] && MVN_ARGS+=(-Dsurefire.printSummary=true)
exec mvn "${MVN_ARGS[@]}" verify "$@"
