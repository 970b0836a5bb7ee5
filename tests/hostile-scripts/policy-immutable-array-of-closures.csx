/*---
id: HOSTILE238
name: hostile-policy-immutable-array-of-closures
title: Hostile script (policy-immutable-array-of-closures).
severity: warning
message: "{message}"
---*/
// class: an ImmutableArray of delegates whose closure is a list shared by every post
// expect: CL0032
static readonly ImmutableArray<Func<string, int>> Counters = [Make()]; // <- here
static Func<string, int> Make() { var seen = new List<string>(); return t => { seen.Add(t); return seen.Count; }; }
Report(new TextSpan(0, 1), ("message", Counters[0](Text)));
