/*---
id: HOSTILE209
name: hostile-hang-regex-replace-evaluator
title: Hostile script (hang-regex-replace-evaluator).
severity: warning
message: "{message}"
---*/
// class: a catastrophic regex through Regex.Replace with a MatchEvaluator
// expect: CL0034
var replaced = Regex.Replace(new string('a', 40) + "!", "^(a+)+$", m => m.Value.ToUpperInvariant());
Report(new TextSpan(0, 1), ("message", replaced));
