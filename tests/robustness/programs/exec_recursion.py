# exec() calling itself: recursion through C, RecursionError.
s = "exec(s)"
try:
    exec(s)
except RecursionError as e:
    print("exec:", type(e).__name__)  # the message varies with where CPython stops
print("after")
