/*---
id: HOSTILE230
name: hostile-compile-nested-generic-inference
title: Hostile script (compile-nested-generic-inference).
severity: warning
message: "{message}"
---*/
// class: nested generic method calls whose type inference doubles at each level
// expect: CL0031 | CL0034
(T, T) D<T>(T x) => (x, x);
var v = D(D(D(D(D(D(D(D(D(D(D(D(D(D(D(D(D(D(D(D(D(D(D(D(D(1)))))))))))))))))))))))));
Report(new TextSpan(0, 1), ("message", v.Item1.Item1.Item1.Item1.ToString()));
