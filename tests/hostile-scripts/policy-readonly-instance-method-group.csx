/*---
id: HOSTILE237
name: hostile-policy-readonly-instance-method-group
title: Hostile script (policy-readonly-instance-method-group).
severity: warning
message: "{message}"
---*/
// class: a static readonly delegate made from an instance method: its target object keeps a list across posts
// expect: CL0032
static readonly Func<string, string> Remember = new Memo().Add; // <- here
Report(new TextSpan(0, 1), ("message", Remember(Text)));
sealed class Memo { private readonly List<string> _seen = []; public string Add(string t) { _seen.Add(t); return string.Join("|", _seen); } }
