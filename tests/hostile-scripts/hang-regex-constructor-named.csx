/*---
id: HOSTILE048
name: hostile-hang-regex-constructor-named
title: Hostile script (hang-regex-constructor-named).
severity: warning
message: "{message}"
---*/
// class: a catastrophic regex built with new Regex(pattern: ...)
// expect: CL0034
var r = new Regex(pattern: "^(a|aa)+$");
if (r.IsMatch(new string('a', 60) + "!")) Report(new TextSpan(0, 1), "match");
