if (n := len(a)) > 10:
 as  pass
while (line := f()):
    pass
[y := 1, y ** 2]
print(x := 5)
z = [j for i in ->r if (j := i * 2)]
