/*---
id: HOSTILE203
name: hostile-policy-readonly-delegate-closure
title: Hostile script (policy-readonly-delegate-closure).
severity: warning
message: "{message}"
---*/
// class: a static readonly delegate whose closure holds a list shared by every post
// expect: CL0032
static readonly Func<string, string> Remember = ((Func<Func<string, string>>)(() => { var seen = new List<string>(); return t => { seen.Add(t); return string.Join("|", seen); }; }))(); // <- here
Report(new TextSpan(0, 1), ("message", Remember(Text)));
