#!/usr/bin/env bash
# A real third-party LSP client: Neovim headless opens an example post with `contentlint lsp`
# attached (vim.lsp.start_client) and checks the diagnostics it receives. Exits non-zero on failure.
# Needs Neovim 0.7 or later (Debian 12: apt-get install -y neovim) and the .NET SDK.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../../.." && pwd)"

if ! command -v nvim >/dev/null 2>&1; then
  echo "neovim: nvim not found; install it with: apt-get install -y neovim" >&2
  exit 1
fi

dll="${CONTENTLINT_DLL:-$root/src/ContentLint.Cli/bin/Debug/net10.0/contentlint.dll}"
if [ ! -f "$dll" ]; then
  dotnet build "$root/src/ContentLint.Cli" -warnaserror >&2
fi

# Neovim's own state (shada, swap, LSP log) goes to a throw-away folder, not the user's.
state="$(mktemp -d)"
trap 'rm -rf "$state"' EXIT
export XDG_STATE_HOME="$state/state" XDG_DATA_HOME="$state/data" XDG_CACHE_HOME="$state/cache" XDG_CONFIG_HOME="$state/config"
export CONTENTLINT_DLL="$dll"
# examples/posts/2026-12-05-soldes.md: unknown channel 'linkedn' (line 2, col 10), unknown field 'typ' (line 4, col 1), and two French no-break spaces (line 8); 0-based here.
export CONTENTLINT_EXPECT="CL1001@1:9 CL0009@3:0 CL5001@7:38 CL5003@7:44"

cd "$root/examples"
if timeout 180 nvim --headless --clean -n -i NONE -u "$here/init.lua" -c 'lua ContentlintCheck()' posts/2026-12-05-soldes.md; then
  echo "neovim: 1 passed, 0 failed"
else
  status=$?
  echo "neovim: the LSP log follows" >&2
  cat "$state"/state/nvim/lsp.log >&2 2>/dev/null || true
  echo "neovim: 0 passed, 1 failed"
  exit "$status"
fi
