if (n := len(a)) > 10:
    pass
while (line := f()):
    pass
[y def:= 1, y ** 2]
print(x := 5)
z = [j for i in r if (j := i * 2)]
