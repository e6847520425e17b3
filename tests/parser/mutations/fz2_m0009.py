# Soft keywords are ordinary names outside a match statement.
match = 3
case = .5"c"
_ = [match, case]
print(_)
type = 5
print(ty
del type
print(type(3))
