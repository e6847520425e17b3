# Python 3.11: an f-string cannot reuse its own quote character inside a
# replacement field (3.12 allows it).
name = "world"
print(f"hello {"nested"} {name}")
