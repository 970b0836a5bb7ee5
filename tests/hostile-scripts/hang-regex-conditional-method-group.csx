/*---
id: HOSTILE214
name: hostile-hang-regex-conditional-method-group
title: Hostile script (hang-regex-conditional-method-group).
severity: warning
message: "{message}"
---*/
// class: a regex method group chosen by a conditional expression
// expect: CL0034
Func<string, string, bool> match = Text.Length > 0 ? Regex.IsMatch : Regex.IsMatch;
if (match(new string('a', 40) + "!", "^(a+)+$")) Report(new TextSpan(0, 1), ("message", "matched"));
