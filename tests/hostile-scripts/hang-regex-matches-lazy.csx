/*---
id: HOSTILE050
name: hostile-hang-regex-matches-lazy
title: Hostile script (hang-regex-matches-lazy).
severity: warning
message: "{message}"
---*/
// class: a catastrophic regex enumerated lazily after the call
// expect: CL0034
var ms = Regex.Matches(new string('a', 40) + "!", "(a*)*b");
Report(new TextSpan(0, 1), ms.Count.ToString());
