/*---
id: HOSTILE060
name: hostile-hang-recursion-catch
title: Hostile script (hang-recursion-catch).
severity: warning
message: "{message}"
---*/
// class: recursion that catches the recursion guard and recurses again
// expect: CL0034 | CL0030
int Again(int n) { try { return Again(n + 1); } catch (Exception) { return Again(n + 1); } }
Report(new TextSpan(0, 1), Again(0).ToString());
