/*---
id: HOSTILE231
name: hostile-policy-pragma-line-hidden
title: Hostile script (policy-pragma-line-hidden).
severity: warning
message: "{message}"
---*/
// class: '#line hidden' and '#line default' to move positions off the script
// expect: CL0032
#line hidden // <- here
Report(new TextSpan(0, 1), ("message", "hidden"));
