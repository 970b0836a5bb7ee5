/*---
id: HOSTILE204
name: hostile-policy-string-intern
title: Hostile script (policy-string-intern).
severity: warning
message: "{message}"
---*/
// class: the process-wide intern pool keeps every post's text (memory across posts) and tells a later post whether a text was seen
// expect: CL0032
string.Intern(Text + "#seen"); // <- here
if (string.IsInterned(string.Concat("Secret second post text ", "about Initech.", "#seen")) is { } leaked) Report(new TextSpan(0, 1), ("message", leaked));
