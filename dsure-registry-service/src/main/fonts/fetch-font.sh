#!/usr/bin/env bash
# Puts BIZ UDGothic Regular (SIL Open Font License 1.1) on the class path as fonts/BIZUDGothic-Regular.ttf.
# The package version is pinned; the tarball is cached by npm, so later builds work offline.
set -euo pipefail
target="$1"
out="$target/classes/fonts/BIZUDGothic-Regular.ttf"
if [ -s "$out" ]; then web="$target/classes/META-INF/resources/assets/fonts/BIZUDGothic-Regular.ttf"; mkdir -p "$(dirname "$web")"; [ -s "$web" ] || cp "$out" "$web"; exit 0; fi
work="$target/font-download"
mkdir -p "$work" "$(dirname "$out")"
cd "$work"
tarball=$(npm pack --silent "@expo-google-fonts/biz-udgothic@0.4.0" 2>/dev/null | tail -n 1)
tar -xzf "$tarball" package/400Regular/BIZUDGothic_400Regular.ttf package/LICENSE 2>/dev/null \
  || tar -xzf "$tarball"
ttf=$(find package -name 'BIZUDGothic_400Regular.ttf' | head -n 1)
[ -n "$ttf" ] || { echo "BIZUDGothic_400Regular.ttf not found in $tarball" >&2; exit 1; }
cp "$ttf" "$out"
# the portal serves the same font as a web font (Chromium on Debian has no Japanese font of its own)
web="$target/classes/META-INF/resources/assets/fonts/BIZUDGothic-Regular.ttf"
mkdir -p "$(dirname "$web")"
[ -s "$web" ] || cp "$out" "$web"
