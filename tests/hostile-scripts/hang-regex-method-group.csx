/*---
id: HOSTILE047
name: hostile-hang-regex-method-group
title: Hostile script (hang-regex-method-group).
severity: warning
message: "{message}"
---*/
// class: a catastrophic regex reached through a method group
// expect: CL0034
Func<string, string, bool> isMatch = Regex.IsMatch;
if (isMatch(new string('a', 40) + "!", "^(a+)+$")) Report(new TextSpan(0, 1), "match");
