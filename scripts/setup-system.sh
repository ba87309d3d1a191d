#!/usr/bin/env bash
# Debian packages the tests need, installed only when missing (idempotent; needs root or passwordless sudo).
#   chromium            headless browser: VS Code (code-server) workbench, UI check, PDF rendering
#   neovim              second LSP client
#   build-essential python3 pkg-config libkrb5-dev   code-server's native modules (see docs/e2e.md)
#   libreoffice-writer-nogui   .docx -> PDF conversion in the rendering tests
#   poppler-utils       pdfinfo / pdftoppm: page counts and page images of rendered PDFs
#   fonts-noto-core fonts-liberation   the rendered schedule's fonts (Noto Naskh Arabic, Liberation Serif)
set -euo pipefail
need=()
have() { command -v "$1" >/dev/null 2>&1; }
have chromium || need+=(chromium)
have nvim || need+=(neovim)
have make && have g++ || need+=(build-essential)
have python3 || need+=(python3)
have pkg-config || need+=(pkg-config)
[ -f /usr/include/gssapi/gssapi.h ] || [ -f /usr/include/gssapi.h ] || need+=(libkrb5-dev)
have soffice || need+=(libreoffice-writer-nogui)
have pdfinfo || need+=(poppler-utils)
[ -d /usr/share/fonts/truetype/noto ] || need+=(fonts-noto-core)
[ -d /usr/share/fonts/truetype/liberation ] || need+=(fonts-liberation)
if [ ${#need[@]} -eq 0 ]; then echo "setup-system: all Debian packages present"; exit 0; fi
SUDO=""
[ "$(id -u)" = 0 ] || SUDO="sudo -n"
echo "setup-system: installing ${need[*]}"
$SUDO apt-get update -q
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q --no-install-recommends "${need[@]}"
