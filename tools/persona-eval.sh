#!/usr/bin/env bash
# CL3006 (type-contradicted) on real labelled text: the tuning sets (the tuning half of ../shared/corpus, the SMS
# tuning split, the French written set, French store-listing copy of open-source apps and French landing-page copy in
# tools/eval-data) and the
# held-out ones (the other half of ../shared/corpus; English SMS, English coffee-bar dialogue, a French shop's chat
# and French App Store pitches in tools/eval-data, see its README). Per set, language and wrapper
# (as written, leading @mentions stripped, "@alex " added): false positives on dialogue declared dialogue, recall
# on clearly promotional text declared dialogue (and on all promotion), and how each label reads (confusion).
# CONTENTLINT_EVAL_ERRORS=1 also lists the misread posts of the tuning sets, the only ones to read when changing
# markers or weights; CONTENTLINT_EVAL_SKIP_BELOW_TARGET=1 leaves out the held-out sets below target (measured a counted
# number of times, see their READMEs) while tuning; CONTENTLINT_EVAL_FEATURES=<file> dumps every post's features for tools/persona-train.py
# (the logistic-regression alternative, compared with the hand-set weights on the same splits).
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet test tests/ContentLint.Core.Tests \
  --filter "FullyQualifiedName~PersonaCorpusEvaluationTests|FullyQualifiedName~PersonaHeldOutEvaluationTests" \
  --logger "console;verbosity=detailed" "$@" \
  | sed -n 's/^ *\(|.*\)$/\1/p; /Skipped:/p; /^ *\(dialogue flagged\|promo missed\|Tuning split\|Held-out\|\.\.\/shared\)/p; /Assert.True() Failure/,+1p'
