pass
break
continue
return
return x
return x, y
return *a, b
raise
raise E
raise E('msg')
raise E from None
assert x
assert x, 'msg'
del x
del x, y
del x[0], x.a
del (a, b)
del [a, b]
del (a)
global a
global a, b
nonlocal c
nonlocal c, d
