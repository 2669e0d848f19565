#!/usr/bin/env bash
# The README's test command: installs what the tests need when it is missing, then runs every test
# (unit tests with Surefire, real-process integration tests with Failsafe).
#   scripts/test.sh            all tests
#   scripts/test.sh -pl core   extra arguments go to Maven
set -euo pipefail
cd "$(dirname "$0")/.."

# Debian packages the tests drive for real (tokens, serial links, speech, crypto interop).
APT_PACKAGES=(
  javac:openjdk-17-jdk-headless mvn:maven npm:npm
  softhsm2 opensc openssl libengine-gost-openssl
  socat systemd-analyze:systemd
  espeak-ng sox libsox-fmt-all
)
scripts/prerequisites.sh "${APT_PACKAGES[@]}"

MVN_ARGS=(-B -ntp)
[ "${CI:-}" = "true" ] && MVN_ARGS+=(-Dsurefire.printSummary=true)
exec mvn "${MVN_ARGS[@]}" verify "$@"
