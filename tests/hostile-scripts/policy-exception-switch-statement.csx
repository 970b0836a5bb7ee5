/*---
id: HOSTILE239
name: hostile-policy-exception-switch-statement
title: Hostile script (policy-exception-switch-statement).
severity: warning
message: "{message}"
---*/
// class: an exception reached as object by a switch statement's case pattern, then formatted
// expect: CL0032
try { int[] a = []; _ = a[1]; }
catch (Exception e)
{
    switch (e) { case object o: Report(new TextSpan(0, 1), ("message", o.ToString() ?? "")); break; } // <- here
}
