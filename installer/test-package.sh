#!/usr/bin/env bash
# Builds the .deb and .tar.gz with CPack, installs the .deb with dpkg, runs the installed
# programs, validates the desktop metadata and builds a tiny consumer of find_package(ComfyScope).
#   bash installer/test-package.sh          (root or sudo; changes this machine: installs comfyscope)
set -euo pipefail
cd "$(dirname "$0")/.."
bash .ci/install-deps
SUDO=""; [[ $(id -u) -ne 0 ]] && SUDO=sudo
command -v dpkg-shlibdeps >/dev/null || $SUDO apt-get install -y -qq dpkg-dev </dev/null
build=${COMFYSCOPE_PACKAGE_BUILD_DIR:-build-package}
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DCMAKE_INSTALL_PREFIX=/usr \
    -DCOMFYSCOPE_BUILD_TESTS=OFF -DCOMFYSCOPE_BUILD_BENCHMARKS=OFF
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
if command -v desktop-file-validate >/dev/null; then
    desktop-file-validate /usr/share/applications/org.comfyscope.ComfyScope.desktop
fi
if command -v appstreamcli >/dev/null; then
    appstreamcli validate --no-net --pedantic /usr/share/metainfo/org.comfyscope.ComfyScope.metainfo.xml || \
        appstreamcli validate --no-net /usr/share/metainfo/org.comfyscope.ComfyScope.metainfo.xml
fi
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
                int(std::holds_alternative<ComfyScope::ProgressTextEvent>(f)));
    return 0;
}
CPP
cmake -S "$tmp" -B "$tmp/build" -G Ninja >/dev/null
cmake --build "$tmp/build"
"$tmp/build/consumer"
echo "== package test passed"
