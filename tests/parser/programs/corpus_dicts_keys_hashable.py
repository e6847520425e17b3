d = {1: "int", 1.0: "float", (1, 2): "tuple", "1": "str", None: "none", frozenset({1}): "fs"}
print(d)
try:
    d[[1, 2]] = "list"
except TypeError as e:
    print("TypeError:", e)
try:
    {{}: 1}
except TypeError as e:
    print("TypeError:", e)
print(hash((1, 2)) == hash((1, 2)), hash("a") == hash("a"))
