/*---
id: HOSTILE202
name: hostile-policy-instance-event-field
title: Hostile script (policy-instance-event-field).
severity: warning
message: "{message}"
---*/
// class: an event of the rule class keeps a handler per post, so one post's text reaches the next post's finding
// expect: CL0032
event Func<string>? Seen; // <- here
var before = Seen;
var text = Text;
Seen += () => text;
if (before is not null) Report(new TextSpan(0, 1), ("message", before()));
