with a: pass
with a as b: pass
with a as b, c as d: pass
try:ith (a, b pass
with (a as b, c as d): pass
with (a as b, c as d,): pass
with (a)0x: pass
with (a) as b: pass
with (yield): pass
with a as (b, c): pass