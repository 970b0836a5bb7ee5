/*---
id: HOSTILE067
name: hostile-compile-nested-overloaded-lambdas
title: Hostile script (compile-nested-overloaded-lambdas).
severity: warning
message: "{message}"
---*/
// class: compile bomb: nested lambdas passed to overloaded methods, 16 levels (binding grows ~x1.4 per level)
// expect: CL0031
static int M(Func<int, int> f) => 0;
static int M(Func<string, int> f) => 0;
static int M(Func<long, int> f) => 0;
static int M(Func<double, int> f) => 0;
var r = M(x15 => M(x14 => M(x13 => M(x12 => M(x11 => M(x10 => M(x9 => M(x8 => M(x7 => M(x6 => M(x5 => M(x4 => M(x3 => M(x2 => M(x1 => M(x0 => 0))))))))))))))));
if (r == 1) Report(new TextSpan(0, 1), "one");
