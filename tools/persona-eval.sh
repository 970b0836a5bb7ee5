#!/usr/bin/env bash
# Reproduces the CL3006 (type-contradicted) figures on the real posts of ../shared/corpus: the share of
# customer-care replies declared dialogue that are reported, the share of crowd-labelled calls to action
# (label_confidence == 1) declared dialogue that are reported, on the tuning half, the held-out half and
# the whole, and the confusion table. CONTENTLINT_EVAL_ERRORS=1 also lists the misread posts of the
# tuning half (the only half to look at when changing weights).
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet test tests/ContentLint.Core.Tests \
  --filter "FullyQualifiedName~PersonaCorpusEvaluationTests" \
  --logger "console;verbosity=detailed" "$@" \
  | sed -n 's/^ *\(|.*\)$/\1/p; /Skipped:/p; /^ *\(support flagged\|promo missed\)/p'
