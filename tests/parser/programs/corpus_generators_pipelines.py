def read_lines():
    data = "alpha 3\nbeta 7\n# comment\ngamma 12\n\ndelta 1"
    for line in data.split("\n"):
        yield line
def non_empty(lines):
    return (l for l in lines if l.strip() and not l.startswith("#"))
def parse(lines):
    for line in lines:
        name, value = line.split()
        yield name, int(value)
pipeline = parse(non_empty(read_lines()))
print(dict(pipeline))
import itertools
def naturals():
    n = 0
    while True:
        yield n
        n += 1
print(list(itertools.islice((x * x for x in naturals() if x % 2), 5)))
