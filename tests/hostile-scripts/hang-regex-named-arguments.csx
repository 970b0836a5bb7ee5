/*---
id: HOSTILE046
name: hostile-hang-regex-named-arguments
title: Hostile script (hang-regex-named-arguments).
severity: warning
message: "{message}"
---*/
// class: a catastrophic regex reached through named arguments
// expect: CL0034
var t = new string('a', 40) + "!";
if (Regex.IsMatch(input: t, pattern: "^(a+)+$")) Report(new TextSpan(0, 1), "match");
