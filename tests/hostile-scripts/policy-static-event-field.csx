/*---
id: HOSTILE201
name: hostile-policy-static-event-field
title: Hostile script (policy-static-event-field).
severity: warning
message: "{message}"
---*/
// class: a static field-like event accumulates one handler per post, each holding that post's text
// expect: CL0032
static event Func<string>? Seen; // <- here
var previous = Seen;
var text = Text;
Seen += () => text;
if (previous is not null) Report(new TextSpan(0, 1), ("message", previous()));
