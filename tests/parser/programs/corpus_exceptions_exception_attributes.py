try:
    {}["key"]
except KeyError as e:
    print(e.args, str(e), repr(e))
try:
    [][5]
except IndexError as e:
    print(e.args)
try:
    int("x")
except ValueError as e:
    print(e.args)
e = OSError(2, "No such file")
print(e.errno, e.strerror, str(e))
try:
    raise StopIteration(7)
except StopIteration as s:
    print(s.value)
err = ValueError("note me")
err.add_note("first note")
err.add_note("second note")
print(err.__notes__)
