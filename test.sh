#!/usr/bin/env bash
# Runs every test: the .NET suites (dotnet test), the VS Code extension's unit tests (npm test),
# the Neovim LSP client test when nvim is installed, and — with --e2e (CI passes it) — the VS Code
# end-to-end test in code-server + Chromium. Ends with one line "N passed, N failed" counted from the
# results of every suite (TRX files, node's test runner, the scripts' own summaries).
# CONFIGURATION=Debug tests a Debug build (default Release: see step 1).
set -uo pipefail
cd "$(dirname "$0")"

e2e=false
[ "${1:-}" = "--e2e" ] && e2e=true

passed=0
failed=0
status=0
log="$(mktemp)"
extension_log="$(mktemp)"
neovim_log="$(mktemp)"
trap 'rm -f "$log" "$extension_log" "$neovim_log"' EXIT

add() { passed=$((passed + ${1:-0})); failed=$((failed + ${2:-0})); }

# 1. .NET: every test project, with a TRX logger so the counts come from the results. Built first, then
# tested with --no-build: when `dotnet test` builds, each project's test run holds its MSBuild node
# while the next project waits on that node for a shared reference, so the projects ran one after
# another; without the build the 2 nodes run two projects at once. Release by default: a Debug build's
# code is never optimized by the JIT, and most of the suites' time is the real CLI checking posts; the
# tests assert the same things in both (no Debug-only code in src/). The Neovim and HTML report tests
# run the CLI of this build (CONTENTLINT_DLL).
configuration="${CONFIGURATION:-Release}"
export CONTENTLINT_DLL="$(pwd)/src/ContentLint.Cli/bin/$configuration/net10.0/contentlint.dll"
results="$(pwd)/TestResults/all"
rm -rf "$results"
built=false
dotnet build ContentLint.sln -c "$configuration" && built=true

# 2 and 3 run beside the .NET tests (their output is printed after them): they are short and mostly
# wait (npm ci, the editor waiting for the server), while the .NET tests keep both cores busy.
# 2. The VS Code extension's unit tests (node's test runner prints "# pass N" and "# fail N").
extension_pid=
if command -v npm >/dev/null 2>&1; then
  (cd vscode-extension && npm ci --no-audit --no-fund --loglevel=error </dev/null && npm test </dev/null) >"$extension_log" 2>&1 &
  extension_pid=$!
fi
# 3. A real third-party LSP client: Neovim headless against `contentlint lsp`.
neovim_pid=
if command -v nvim >/dev/null 2>&1; then
  bash tests/editors/neovim/run.sh </dev/null >"$neovim_log" 2>&1 &
  neovim_pid=$!
fi

if [ "$built" = true ]; then
  dotnet test ContentLint.sln -c "$configuration" --no-build --logger "trx" --results-directory "$results" || status=1
else
  status=1
fi
dotnet_failed_before=$failed
for trx in "$results"/*.trx; do
  [ -e "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
  add "$(printf '%s' "$counters" | sed -n 's/.* passed="\([0-9]*\)".*/\1/p')" "$(printf '%s' "$counters" | sed -n 's/.* failed="\([0-9]*\)".*/\1/p')"
done
if [ "$status" -ne 0 ] && [ "$failed" -eq "$dotnet_failed_before" ]; then
  echo "dotnet build or test failed without a failed test in the results (build error or crashed test host)." >&2
  add 0 1
fi

if [ -n "$extension_pid" ]; then
  wait "$extension_pid"
  extension_status=$?
  cat "$extension_log"
  [ "$extension_status" -eq 0 ] || status=1
  p=$(sed -n 's/^# pass \([0-9][0-9]*\)$/\1/p' "$extension_log" | tail -n 1)
  f=$(sed -n 's/^# fail \([0-9][0-9]*\)$/\1/p' "$extension_log" | tail -n 1)
  add "${p:-0}" "${f:-1}"
else
  echo "npm not found: the VS Code extension's tests did not run." >&2
  add 0 1
  status=1
fi

if [ -n "$neovim_pid" ]; then
  wait "$neovim_pid"
  neovim_status=$?
  cat "$neovim_log"
  if [ "$neovim_status" -eq 0 ]; then add 1 0; else add 0 1; status=1; fi
else
  echo "nvim not found: the Neovim client test was skipped (apt-get install -y neovim)." >&2
fi

# 4. End to end in a real VS Code (code-server + Chromium), installing what it needs.
if [ "$e2e" = true ]; then
  bash vscode-extension/scripts/e2e.sh 2>&1 | tee "$log"
  [ "${PIPESTATUS[0]}" -eq 0 ] || status=1
  p=$(sed -n 's/^e2e: \([0-9][0-9]*\) passed, \([0-9][0-9]*\) failed$/\1/p' "$log" | tail -n 1)
  f=$(sed -n 's/^e2e: \([0-9][0-9]*\) passed, \([0-9][0-9]*\) failed$/\2/p' "$log" | tail -n 1)
  add "${p:-0}" "${f:-1}"
  # The HTML report in headless Chromium, no network (the CLI built above, CONTENTLINT_DLL; chromium and
  # playwright-core installed by e2e.sh); it prints "html-report: N passed, N failed".
  node tests/reports/html-report.mjs 2>&1 | tee "$log"
  [ "${PIPESTATUS[0]}" -eq 0 ] || status=1
  p=$(sed -n 's/^html-report: \([0-9][0-9]*\) passed, \([0-9][0-9]*\) failed$/\1/p' "$log" | tail -n 1)
  f=$(sed -n 's/^html-report: \([0-9][0-9]*\) passed, \([0-9][0-9]*\) failed$/\2/p' "$log" | tail -n 1)
  add "${p:-0}" "${f:-1}"
fi

# The names of the failed .NET tests, last, where a truncated log still shows them.
if [ "$failed" -gt 0 ] && command -v python3 >/dev/null 2>&1; then
  python3 scripts/failed-tests.py "$results"/*.trx
fi
echo "$passed passed, $failed failed"
exit "$status"
