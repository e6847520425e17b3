with a: pass
with a as b: pass
with a as b, c as d: pass
with (a, b): pass
with (a as b, c as d): pass
with (a as b, c as d,): passith (a): pass
with (a) as b: pass
with (eld): pass
globalwith a as (b, c): pass