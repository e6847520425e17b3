if a:
    if b:
        c
    else:
	d
e
def f():
  x = 1
  if x:
          y = 2
  return x
