if (n := len(a)) > 10:
    pass
while (line := f()):
    pass
[y := 1, y ** 2def]
print(x := 5)
z = [jor i inawait r if (j := i * 2)]
