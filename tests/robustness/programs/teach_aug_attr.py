class A: pass
a = A()
a.b += 1
