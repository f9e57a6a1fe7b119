#!/usr/bin/env bash
# Builds the .deb and .tar.gz with CPack, installs the .deb with dpkg, runs the installed
# programs, validates the desktop metadata, checks the hicolor icons and builds a tiny consumer of
# find_package(ComfyScope). Build directory: $COMFYSCOPE_PACKAGE_BUILD_DIR, default build-package.
#   bash installer/test-package.sh          (root or sudo; changes this machine: installs comfyscope)
set -euo pipefail
cd "$(dirname "$0")/.."
# --gui-tools: with the validators of the desktop file and the AppStream metadata. A validator
# that is missing is a failure, not a check passed.
bash .ci/install-deps --gui-tools
SUDO=""; [[ $(id -u) -ne 0 ]] && SUDO=sudo
command -v dpkg-shlibdeps >/dev/null || $SUDO apt-get install -y -qq dpkg-dev </dev/null
for tool in dpkg-shlibdeps desktop-file-validate appstreamcli; do
    command -v "$tool" >/dev/null || { echo "error: $tool is missing" >&2; exit 1; }
done
build=${COMFYSCOPE_PACKAGE_BUILD_DIR:-build-package}
launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DCMAKE_INSTALL_PREFIX=/usr \
    -DCOMFYSCOPE_BUILD_TESTS=OFF -DCOMFYSCOPE_BUILD_BENCHMARKS=OFF "${launcher[@]}"
cmake --build "$build" -j "$(nproc)"
(cd "$build" && cpack -G "DEB;TGZ")
deb=$(ls "$build"/comfyscope_*.deb | head -n1)
tgz=$(ls "$build"/comfyscope-*.tar.gz | head -n1)
echo "== built $deb and $tgz"
dpkg-deb --info "$deb" | grep -E "Package|Version|Depends"
$SUDO dpkg -i "$deb" || { $SUDO apt-get -f install -y -qq </dev/null; $SUDO dpkg -i "$deb"; }
echo "== installed programs"
QT_QPA_PLATFORM=offscreen /usr/bin/comfyscope --version
/usr/bin/comfyscope-cli --help | head -n 3
test -f /usr/share/applications/org.comfyscope.ComfyScope.desktop
echo "== hicolor icons named by the desktop file's Icon= key"
icon=$(sed -n 's/^Icon=//p' /usr/share/applications/org.comfyscope.ComfyScope.desktop)
[[ -n "$icon" && "$icon" != */* ]] || { echo "error: Icon=$icon is not a theme icon name" >&2; exit 1; }
for size in 16 24 32 48 64 128 256 512; do
    png=/usr/share/icons/hicolor/${size}x${size}/apps/$icon.png
    [[ -f "$png" ]] || { echo "error: $png not installed" >&2; exit 1; }
    # PNG signature, then IHDR: width and height as big-endian 32-bit at bytes 16 and 20.
    [[ $(od -An -tx1 -N8 "$png" | tr -d ' \n') == 89504e470d0a1a0a ]] ||
        { echo "error: $png is not a PNG" >&2; exit 1; }
    w=$((16#$(od -An -tx1 -j16 -N4 "$png" | tr -d ' \n')))
    h=$((16#$(od -An -tx1 -j20 -N4 "$png" | tr -d ' \n')))
    [[ $w == "$size" && $h == "$size" ]] || { echo "error: $png is ${w}x$h" >&2; exit 1; }
done
test -f "/usr/share/icons/hicolor/scalable/apps/$icon.svg"
dpkg -L comfyscope | grep -c "^/usr/share/icons/hicolor/.*/apps/$icon\.\(png\|svg\)$" |
    grep -qx 9 || { echo "error: the package should own 8 PNG and 1 SVG hicolor icons" >&2; exit 1; }
echo "$icon: 8 PNG sizes and the scalable SVG"
echo "== desktop file and AppStream metadata"
desktop-file-validate /usr/share/applications/org.comfyscope.ComfyScope.desktop
appstreamcli validate --no-net --pedantic /usr/share/metainfo/org.comfyscope.ComfyScope.metainfo.xml
echo "== consumer project against the installed CMake package"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cat > "$tmp/CMakeLists.txt" <<'CM'
cmake_minimum_required(VERSION 3.22)
project(consumer LANGUAGES CXX)
set(CMAKE_CXX_STANDARD 17)
find_package(ComfyScope 0.1 REQUIRED)
add_executable(consumer main.cpp)
target_link_libraries(consumer PRIVATE ComfyScope::Client)
CM
cat > "$tmp/main.cpp" <<'CPP'
#include <comfyscope/client.h>
#include <comfyscope/protocol.h>
#include <QCoreApplication>
#include <cstdio>
int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    ComfyScope::Client client;
    client.setEndpoint(ComfyScope::ServerEndpoint::fromString(QStringLiteral("127.0.0.1:8188")));
    const auto f = ComfyScope::Protocol::parseFrame(ComfyScope::Protocol::makeTextFrame(QStringLiteral("7"), QStringLiteral("hi")));
    std::printf("consumer ok: %s, frame parsed: %d\n", qPrintable(client.endpoint().displayString()),
                int(f.is<ComfyScope::ProgressTextEvent>()));
    return 0;
}
CPP
cmake -S "$tmp" -B "$tmp/build" -G Ninja >/dev/null
cmake --build "$tmp/build"
"$tmp/build/consumer"
echo "== package test passed"
