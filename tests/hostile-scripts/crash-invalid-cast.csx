/*---
id: HOSTILE031
name: hostile-crash-invalid-cast
title: Hostile script (crash-invalid-cast).
severity: warning
message: "{message}"
---*/
// class: an invalid cast
// expect: CL0030
object o = Text;
Report(new TextSpan(0, 1), ((int)o).ToString());
