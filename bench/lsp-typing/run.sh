#!/usr/bin/env bash
# Benchmark (not a test): typing into a post with the real `contentlint lsp` (Release build).
# Prints p50/p95/max from didChange to the matching publishDiagnostics, and RSS growth over 1,000 edits.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
dotnet build "$root/src/ContentLint.Cli" -c Release -warnaserror -v quiet -nologo >&2
dotnet run -c Release --project "$here/LspTyping.csproj" -- "$root/src/ContentLint.Cli/bin/Release/net10.0/contentlint.dll" "${1:-200}" "${2:-1000}"
