/*---
id: HOSTILE207
name: hostile-crash-culture-set-patterns
title: Hostile script (crash-culture-set-patterns).
severity: warning
message: "{message}"
---*/
// class: a culture's date patterns changed for the whole process through a method, not a setter (the host's cultures are read-only)
// expect: CL0030
CultureInfo.CurrentCulture.DateTimeFormat.SetAllDateTimePatterns(["'hacked'"], 'd');
Report(new TextSpan(0, 1), ("message", DateTime.Now.ToString("d")));
