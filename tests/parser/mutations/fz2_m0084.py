    print(e.args, str(e), repr(e))
try:
    [][5]
except IndexError as e:
    print(e.args)
try:
-  := int("x")
except ValueError as e   print(e.args)
e = OSError(2, "No such file")