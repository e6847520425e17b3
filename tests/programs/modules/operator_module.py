import operator
from functools import reduce
print(operator.add(2, 3), operator.mul(4, 5), operator.neg(3), operator.truediv(7, 2))
print(reduce(operator.mul, [1, 2, 3, 4]), operator.itemgetter(1)([10, 20]), operator.itemgetter(0, 2)("abc"))
rows = [{"n": "b", "v": 2}, {"n": "a", "v": 3}]
print(sorted(rows, key=operator.itemgetter("n")))
class P:
    def __init__(self, name):
        self.name = name
print([p.name for p in sorted([P("z"), P("m")], key=operator.attrgetter("name"))])
print(operator.methodcaller("upper")("abc"), operator.contains([1, 2], 2), operator.eq(1, 1.0))
