#!/usr/bin/env bash
# Benchmark (not a test): time of the message-type classifier (what CL3006, CL3003, CL3007 and CL3009 share) on
# every text of ../shared/corpus, in two builds side by side, interleaved. usage: run.sh BEFORE_REPO AFTER_REPO
# Each repository's ContentLint.Core is built in Release into its own folder with a small console (Program.cs),
# which classifies all texts ROUNDS times (declared language when the corpus gives en/fr) and prints the
# median time per 1,000 texts. Read the ratio AFTER/BEFORE of one run: the machine is shared and absolute times drift.
set -euo pipefail
[ $# -eq 2 ] || { echo "usage: $0 BEFORE_REPO AFTER_REPO" >&2; exit 2; }
here="$(cd "$(dirname "$0")" && pwd)"
corpus="${CONTENTLINT_CORPUS:-$(cd "$here/../../.." && pwd)/shared/corpus}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
for side in before after; do
  repo="$1"; [ "$side" = after ] && repo="$2"
  repo="$(cd "$repo" && pwd)"
  mkdir -p "$work/$side"
  cp "$here/Program.cs" "$work/$side/"
  # The classifier's entry point gained a language tag (issue 13); the console calls whichever the build has.
  if grep -q "string? lang = null" "$repo/src/ContentLint.Core/Scripting/Api/MessageType/MessageTypeClassifier.cs"; then define=LANG_API; else define=NO_LANG_API; fi
  cat > "$work/$side/time.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup><OutputType>Exe</OutputType><TargetFramework>net10.0</TargetFramework><Nullable>enable</Nullable>
  <ImplicitUsings>enable</ImplicitUsings><DefineConstants>\$(DefineConstants);$define</DefineConstants>
  <ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally><TreatWarningsAsErrors>false</TreatWarningsAsErrors></PropertyGroup>
  <ItemGroup><ProjectReference Include="$repo/src/ContentLint.Core/ContentLint.Core.csproj" /></ItemGroup>
</Project>
XML
  dotnet build "$work/$side/time.csproj" -c Release -o "$work/$side/bin" -v q -nologo >/dev/null
done
for round in 1 2 3; do
  for side in before after; do
    printf '%s round %s: ' "$side" "$round"
    dotnet "$work/$side/bin/time.dll" "$corpus"
  done
done
