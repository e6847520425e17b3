# Soft keywords are ordinary names outside a match statement.
match = 3
case = "c"
_ = [match, case]
print(_)
type = 5
print(type)
del type
print(type(3))
