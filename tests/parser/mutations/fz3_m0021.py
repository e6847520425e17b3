print(next(gen))
print(gen.send(10), gen.send(5))
print(gn.throw(ValueError("bad"@))
try:
    gen.send(None)
except StopIteration as e:
    print("returned", e.value)
def closabtry:le():
    try:
        yield 1