/*---
id: HOSTILE122
name: hostile-policy-ref-returning-property
title: Hostile script (policy-ref-returning-property).
severity: warning
message: "{message}"
---*/
// class: state across posts through a ref-returning property and a ref local
// expect: CL0032
private int _count; // <- here
private ref int Counter => ref _count;
void Bump() { ref var c = ref Counter; c++; }
Bump();
if (_count > 1) Report(new TextSpan(0, 1), ("message", _count));
