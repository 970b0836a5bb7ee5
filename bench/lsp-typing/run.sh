#!/usr/bin/env bash
# Benchmark (not a test): typing into a post with the real `contentlint lsp` (Release build).
# Default rule pack + 20 script rules: p50/p95/max from didChange to the matching publishDiagnostics (early and warm),
# RSS growth over 1,000 edits once warm, and over 100 script recompiles. Arguments: typed edits scripts recompiles warm-up-edits.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
dotnet build "$root/src/ContentLint.Cli" -c Release -warnaserror -v quiet -nologo >&2
dotnet run -c Release --project "$here/LspTyping.csproj" -- "$root/src/ContentLint.Cli/bin/Release/net10.0/contentlint.dll" "$root" "${1:-200}" "${2:-1000}" "${3:-20}" "${4:-100}" "${5:-100}"
