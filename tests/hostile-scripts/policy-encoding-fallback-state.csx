/*---
id: HOSTILE235
name: hostile-policy-encoding-fallback-state
title: Hostile script (policy-encoding-fallback-state).
severity: warning
message: "{message}"
---*/
// class: a writable copy of an Encoding kept in a static readonly field carries one post's text to the next through its fallback
// expect: CL0032
static readonly Encoding Kept = (Encoding)Encoding.ASCII.Clone(); // <- here
var before = Kept.EncoderFallback is EncoderReplacementFallback r ? r.DefaultString : "";
Kept.EncoderFallback = new EncoderReplacementFallback(Text.Length > 3 ? Text[..3] : "?");
Report(new TextSpan(0, 1), ("message", before));
