#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Regenerates the application icon set from comfyscope.svg:
#   png/comfyscope-{16,24,32,48,64,128,256,512}.png   hicolor theme icons, :/icons/png/…
#   comfyscope.ico    Windows (.rc of the executable, NSIS installer): 16, 24, 32, 48, 64, 128 as
#                     32-bit BMP entries (every Windows and resource compiler reads them) and 256
#                     as a PNG entry (Vista and later, the usual form)
#   comfyscope.icns   macOS bundle and DragNDrop volume: 16, 32, 48, 128 (classic RGB + mask),
#                     256, 512, 1024 and the Retina @2x entries (PNG)
# The outputs are committed: building or packaging ComfyScope never runs this script, only
# changing comfyscope.svg does. Tray (tray/) and UI (ui/) icons are hand-written SVG, embedded as
# they are; nothing here touches them.
#
# Tools (Debian/Ubuntu):  apt-get install librsvg2-bin icoutils icnsutils
#   rsvg-convert (librsvg2-bin), icotool (icoutils), png2icns and icns2png (icnsutils)
# Usage:  bash resources/icons/generate.sh      (from anywhere; writes next to this script)
#
# Keep the SVGs within what Qt SVG renders (SVG Tiny 1.2): no clipPath, mask, filter or text.
# The app renders comfyscope.svg and the tray/UI icons with Qt at run time, so a feature that
# rsvg-convert draws but Qt ignores makes the PNGs and the running app disagree.
set -euo pipefail
cd "$(dirname "$0")"

missing=()
for tool in rsvg-convert icotool png2icns icns2png; do
    command -v "$tool" >/dev/null || missing+=("$tool")
done
if ((${#missing[@]})); then
    echo "error: missing ${missing[*]}; apt-get install librsvg2-bin icoutils icnsutils" >&2
    exit 1
fi
if grep -qE '<(clipPath|mask|filter|text)\b' comfyscope.svg tray/*.svg ui/*.svg; then
    echo "error: an icon uses clipPath/mask/filter/text, which Qt SVG does not render:" >&2
    grep -lE '<(clipPath|mask|filter|text)\b' comfyscope.svg tray/*.svg ui/*.svg >&2
    exit 1
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

render() { # render <size> <output.png>
    rsvg-convert --width "$1" --height "$1" --format png comfyscope.svg --output "$2"
}

mkdir -p png
for size in 16 24 32 48 64 128 256 512; do
    render "$size" "png/comfyscope-$size.png"
done

icotool --create --output comfyscope.ico \
    png/comfyscope-16.png png/comfyscope-24.png png/comfyscope-32.png png/comfyscope-48.png \
    png/comfyscope-64.png png/comfyscope-128.png --raw=png/comfyscope-256.png

# ICNS: png2icns writes the classic 16, 32, 48 and 128 entries (RGB + 8-bit mask, readable by
# every macOS); the large and Retina sizes are appended as PNG chunks, as iconutil writes them
# (png2icns would store those as JPEG 2000, which Qt and many tools cannot read).
be32() { # be32 <n>: n as 4 bytes, big-endian
    printf "$(printf '\\%03o\\%03o\\%03o\\%03o' $(($1 >> 24 & 255)) $(($1 >> 16 & 255)) \
        $(($1 >> 8 & 255)) $(($1 & 255)))"
}
render 1024 "$tmp/comfyscope-1024.png"
png2icns "$tmp/classic.icns" \
    png/comfyscope-16.png png/comfyscope-32.png png/comfyscope-48.png png/comfyscope-128.png \
    >/dev/null
tail -c +9 "$tmp/classic.icns" > "$tmp/body"
for chunk in ic11:32 ic12:64 ic13:256 ic14:512 ic08:256 ic09:512 ic10:1024; do
    type=${chunk%%:*} size=${chunk##*:}
    png=png/comfyscope-$size.png
    [[ $size == 1024 ]] && png=$tmp/comfyscope-1024.png
    { printf %s "$type"; be32 $((8 + $(stat -c %s "$png"))); cat "$png"; } >> "$tmp/body"
done
{ printf icns; be32 $((8 + $(stat -c %s "$tmp/body"))); cat "$tmp/body"; } > comfyscope.icns

echo "== comfyscope.ico"
icotool --list comfyscope.ico
echo "== comfyscope.icns"
icns2png --list comfyscope.icns 2>&1 | grep -E "^ +'"
