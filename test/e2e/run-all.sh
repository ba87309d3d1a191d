#!/usr/bin/env bash
# The whole end-to-end tier, in order, stopping at the first failure (exit code = that step's):
#   0. scripts/setup-e2e.sh (no-op when cached)      3. npm run package -> ecc-appendix.vsix (unless ECC_E2E_VSIX)
#   1. compile test/e2e (tsc)                         4. suite against the installed .vsix
#   2. suite against the repository folder (dist/)    5. UI check (screenshot + JSON in test-artifacts/ui/)
#      (writes test-artifacts/vscode/observed.json)   6. Neovim: diagnostics == CLI findings, hover; and
#                                                        diagnostics + hover == observed.json (VS Code's)
# Expects dist/ to be built (npm run build). Everything the tools write goes to one temp folder
# (TMPDIR, XDG_*), removed at the end; artifacts go to ${ECC_E2E_ARTIFACTS:-test-artifacts}.
set -euo pipefail
cd "$(dirname "$0")/../.."

T0=$(date +%s)
SCRATCH="$(mktemp -d "${TMPDIR:-/tmp}/ecc-e2e-all.XXXXXX")"
trap 'rm -rf "$SCRATCH"' EXIT
export TMPDIR="$SCRATCH" XDG_CONFIG_HOME="$SCRATCH/xdg/config" XDG_DATA_HOME="$SCRATCH/xdg/data" \
       XDG_CACHE_HOME="$SCRATCH/xdg/cache" XDG_STATE_HOME="$SCRATCH/xdg/state"
mkdir -p "$XDG_CONFIG_HOME" "$XDG_DATA_HOME" "$XDG_CACHE_HOME" "$XDG_STATE_HOME"
ART="${ECC_E2E_ARTIFACTS:-test-artifacts}"
# What the VS Code suite saw for one example (diagnostics + hover); the Neovim step must see the same.
export ECC_E2E_OBSERVED="$(mkdir -p "$ART/vscode" && cd "$ART/vscode" && pwd)/observed.json"
rm -f "$ECC_E2E_OBSERVED"
# ECC_E2E_VSIX is an input here; runTest.js and the test host would also read it, so pass it explicitly.
VSIX="${ECC_E2E_VSIX:-}"
unset ECC_E2E_VSIX

step() {
  local name="$1"; shift
  local t=$(date +%s)
  printf '\n== e2e: %s\n' "$name"
  if "$@"; then printf '== e2e: %s passed (%s s)\n' "$name" "$(( $(date +%s) - t ))"
  else local rc=$?; printf '== e2e: %s FAILED (exit %s, %s s)\n' "$name" "$rc" "$(( $(date +%s) - t ))"; exit "$rc"; fi
}

[ -f dist/client.js ] && [ -f dist/server.js ] || { echo "dist/ missing: run npm run build first" >&2; exit 2; }

step "setup (chromium, neovim, Node 24, code-server)" bash scripts/setup-e2e.sh
step "compile test/e2e" npx --no-install tsc -p test/e2e/tsconfig.json
step "VS Code suite, development folder" node out/e2e/runTest.js
if [ -z "$VSIX" ]; then
  step "package .vsix" npm run --silent package
  VSIX=ecc-appendix.vsix
fi
step "VS Code suite, installed $VSIX" node out/e2e/runTest.js --vsix "$VSIX"
step "UI check (Problems panel, hover, screenshot)" node test/e2e/ui.js --vsix "$VSIX" \
  --file "${ECC_E2E_UI_FILE:-examples/apify-dpa.appendix.yaml}" --hover "${ECC_E2E_UI_HOVER:-incident}" \
  --out "$ART/ui/workbench.png" --json "$ART/ui/ui.json" --quiet
step "Neovim as a second LSP client" node --test --test-reporter=spec test/nvim/
printf '\n== e2e: all passed (%s s)\n' "$(( $(date +%s) - T0 ))"
