#!/usr/bin/env bash
# Builds the installable workstation with jpackage (JDK 17): an app-image, and a .deb on Debian.
#   scripts/package.sh [app-image|deb]      (default: deb)
# Output: packaging/target/dist/. Windows (.msi, needs WiX) and macOS (.pkg) must be built on those
# systems with the same jpackage options: see packaging/README.md.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
TYPE="${1:-deb}"
cd "$ROOT"
[ -f app/target/workstation.jar ] || mvn -B -q -ntp -DskipTests install
VERSION=$(sed -n 's/^version=//p' app/target/classes/io/enrollment/app/build.properties | sed 's/-SNAPSHOT//')
OUT=packaging/target/dist
INPUT=packaging/target/input
rm -rf "$OUT" "$INPUT" && mkdir -p "$OUT" "$INPUT"
# jpackage puts every jar of --input on the class path; JavaFX goes there too (the launcher is not an Application).
cp app/target/workstation.jar "$INPUT/"
for f in app/target/lib/*.jar; do
  case "$(basename "$f")" in
    javafx-*-linux.jar) cp "$f" "$INPUT/" ;;
    javafx-*.jar) ;;
    *) cp "$f" "$INPUT/" ;;
  esac
done
ARGS=(--name enrollment-workstation --app-version "$VERSION" --vendor "Enrollment workstation team"
      --description "Biometric enrollment workstation" --input "$INPUT" --main-jar workstation.jar
      --main-class io.enrollment.app.Launcher --arguments demo --dest "$OUT")
if [ "$TYPE" = deb ]; then
  ARGS+=(--type deb --linux-package-deps libgtk-3-0 --linux-shortcut --linux-menu-group Office)
else
  ARGS+=(--type app-image)
fi
jpackage "${ARGS[@]}"
ls -la "$OUT"
