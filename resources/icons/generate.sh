#!/usr/bin/env bash
# Regenerates the application icon set from comfyscope.svg with Qt's SVG renderer:
#   png/comfyscope-{16,24,32,48,64,128,256,512}.png, comfyscope.ico, comfyscope.icns
# Needs g++ and the Qt 6 Gui/Svg development files (qt6-base-dev, qt6-svg-dev). The outputs are
# committed, so building ComfyScope never needs this script. Tray (tray/) and UI (ui/) icons are
# hand-written SVG and used as they are.
set -euo pipefail
cd "$(dirname "$0")"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
g++ -std=c++17 -fPIC -O1 render-icons.cpp -o "$tmp/render-icons" \
    $(pkg-config --cflags --libs Qt6Gui Qt6Svg)
QT_QPA_PLATFORM=offscreen "$tmp/render-icons" "$PWD"
