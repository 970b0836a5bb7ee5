/*---
id: HOSTILE233
name: hostile-policy-delegate-dynamic-invoke
title: Hostile script (policy-delegate-dynamic-invoke).
severity: warning
message: "{message}"
---*/
// class: DynamicInvoke: a late-bound call the compile-time checks never see
// expect: CL0032
Func<string, bool> f = s => s.Length > 0;
Report(new TextSpan(0, 1), ("message", f.DynamicInvoke(Text) ?? "")); // <- here
