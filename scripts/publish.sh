#!/usr/bin/env bash
# Builds the self-contained single-file executables of `contentlint`, one per platform, into
# artifacts/<rid>/contentlint[.exe]; they need no .NET installed.
#   scripts/publish.sh                     # the four platforms below
#   scripts/publish.sh linux-x64           # only these
#   READY_TO_RUN=tool scripts/publish.sh   # precompile the tool's assemblies only (faster to build, slower to start)
#   READY_TO_RUN=false scripts/publish.sh  # no ReadyToRun for the tool's own assemblies (slowest to start)
#   ARTIFACTS=/tmp/out scripts/publish.sh  # elsewhere
# ReadyToRun precompiles the code so a one-shot `check` does not wait for the JIT; it is cross-built
# for every platform from this machine's crossgen.
set -euo pipefail
cd "$(dirname "$0")/.."

rids=("$@")
[ ${#rids[@]} -eq 0 ] && rids=(linux-x64 linux-arm64 osx-arm64 win-x64)
artifacts="${ARTIFACTS:-artifacts}"
# composite (the default): the framework and the tool recompiled into one image, the fastest start
# (bench/startup, same run: one-file check CPU 0.62x the JIT build's, `initialize` 0.62x; tool-only
# 0.79x and 0.85x; 178 MB against 124 MB), but the slowest build (it compiles the whole framework).
ready_to_run="${READY_TO_RUN:-composite}"
case "$ready_to_run" in
  composite) r2r=(-p:PublishReadyToRun=true -p:PublishReadyToRunComposite=true);;
  tool) r2r=(-p:PublishReadyToRun=true -p:PublishReadyToRunComposite=false);;
  false) r2r=(-p:PublishReadyToRun=false);;
  *) echo "READY_TO_RUN must be composite, tool or false (not '$ready_to_run')" >&2; exit 2;;
esac

# The pack's compiler runs on this machine at build time (src/ContentLint.Pack), so it is built for this
# machine, without the target's platform: built once here, first, it is up to date during each publish
# below instead of being built beside the target's projects (two builds of the same library at once
# collided on its obj/ folder).
dotnet build src/ContentLint.PackCompiler -c Release -warnaserror -v quiet -nologo

# One MSBuild node: a RID-specific publish reaches the libraries by two paths with different global properties, so
# MSBuild builds each of them twice, into the same obj/ and bin/ folders; two nodes did so at once, and a copy that
# collided ("MSB3026: Could not copy … being used by another process", an error under -warnaserror) failed a CI run.
for rid in "${rids[@]}"; do
  echo "Publishing $rid (ReadyToRun: $ready_to_run) -> $artifacts/$rid" >&2
  dotnet publish src/ContentLint.Cli -c Release -r "$rid" -warnaserror -maxcpucount:1 \
    -p:PublishSingleFile=true "${r2r[@]}" \
    -o "$artifacts/$rid"
  # Symbols and API docs stay out of the download: the executable is the whole program.
  rm -f "$artifacts/$rid"/*.pdb "$artifacts/$rid"/*.xml
done
ls -l "${rids[@]/#/$artifacts/}" >&2
