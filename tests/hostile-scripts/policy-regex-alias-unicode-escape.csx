/*---
id: HOSTILE208
name: hostile-policy-regex-alias-unicode-escape
title: Hostile script (policy-regex-alias-unicode-escape).
severity: warning
message: "{message}"
---*/
// class: a regex without timeout named through an alias and a Unicode escape in the identifier
// expect: CL0034
using R = System.Text.RegularExpressions.\u0052egex;
if (R.IsMatch(input: new string('a', 40) + "!", pattern: "^(a+)+$")) Report(new TextSpan(0, 1), ("message", "matched"));
