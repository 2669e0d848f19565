#!/usr/bin/env bash
# Build-time fetch of the self-check's reference face (issue 9). Run by Maven (exec-maven-plugin,
# generate-resources):
#   fetch-reference-face.sh OUTPUT_RESOURCE_DIR
# The photograph is scikit-image's "astronaut" (Eileen Collins, NASA, public domain) from the Debian package
# python3-skimage, fetched with the ordinary Debian client (`apt-get download`, the machine's configured
# sources) and checked against its SHA-256. It goes to OUTPUT_RESOURCE_DIR/io/enrollment/app/selfcheck/reference/.
# The .deb is cached in ${ENROLLMENT_DEB_CACHE:-~/.cache/enrollment-workstation/deb}, so rebuilds work offline.
# Nothing here runs at run time, and nothing it produces is committed.
set -euo pipefail

out_root=${1:?usage: fetch-reference-face.sh OUTPUT_RESOURCE_DIR}
out="$out_root/io/enrollment/app/selfcheck/reference"
cache=${ENROLLMENT_DEB_CACHE:-$HOME/.cache/enrollment-workstation/deb}
package=python3-skimage
member=./usr/lib/python3/dist-packages/skimage/data/astronaut.png
# The picture itself is pinned (the package version may move on with Debian updates; the picture has not).
sha=88431cd9653ccd539741b555fb0a46b61558b301d4110412b5bc28b5e3ea6cb5

have() { [ -f "$1" ] && [ "$(sha256sum "$1" | cut -d' ' -f1)" = "$sha" ]; }

if have "$out/astronaut.png"; then
  exit 0
fi
mkdir -p "$out" "$cache"

extract() { # deb
  dpkg-deb --fsys-tarfile "$1" | tar -x -O "$member" > "$out/astronaut.png.part" 2>/dev/null || return 1
  mv "$out/astronaut.png.part" "$out/astronaut.png"
  have "$out/astronaut.png"
}

for deb in "$cache"/${package}_*_all.deb; do
  [ -f "$deb" ] && extract "$deb" && exit 0
done

if ! command -v apt-get >/dev/null || ! command -v dpkg-deb >/dev/null; then
  echo "fetch-reference-face: apt-get/dpkg-deb are missing and no $package .deb is in $cache;" \
       "put ${package}_*_all.deb there (it holds skimage/data/astronaut.png)" >&2
  exit 1
fi
download() { (cd "$cache" && apt-get download -q "$package" >/dev/null 2>&1); }
if ! download; then
  # a fresh machine may have no package lists yet
  if [ "$(id -u)" -eq 0 ]; then apt-get update -qq >/dev/null 2>&1 || true; elif command -v sudo >/dev/null; then sudo -n apt-get update -qq >/dev/null 2>&1 || true; fi
  download || { echo "fetch-reference-face: 'apt-get download $package' failed (no network or no package lists?)" >&2; exit 1; }
fi
echo "fetch-reference-face: apt-get download $package"
for deb in "$cache"/${package}_*_all.deb; do
  [ -f "$deb" ] && extract "$deb" && exit 0
done
rm -f "$out/astronaut.png" "$out/astronaut.png.part"
echo "fetch-reference-face: $member in the $package package does not have SHA-256 $sha" >&2
exit 1
