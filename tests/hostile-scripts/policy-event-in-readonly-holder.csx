/*---
id: HOSTILE236
name: hostile-policy-event-in-readonly-holder
title: Hostile script (policy-event-in-readonly-holder).
severity: warning
message: "{message}"
---*/
// class: a static readonly object of a script class whose field-like event collects a handler per post
// expect: CL0032
static readonly Holder Kept = new(); // <- here
var before = Kept.Seen();
var text = Text;
Kept.Changed += () => text;
Report(new TextSpan(0, 1), ("message", before));
sealed class Holder { public event Func<string>? Changed; public string Seen() => Changed?.Invoke() ?? ""; }
