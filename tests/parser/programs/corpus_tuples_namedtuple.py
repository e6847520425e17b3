from collections import namedtuple
Point = namedtuple("Point", ["x", "y"])
p = Point(3, 4)
print(p, p.x, p[1], p._asdict(), p._replace(x=10))
x, y = p
print(x + y, Point._fields, Point(*[1, 2]), Point(y=1, x=2))
Card = namedtuple("Card", "rank suit", defaults=["hearts"])
print(Card(5), Card(5, "spades") == (5, "spades"))
print(sorted([Point(2, 1), Point(1, 5), Point(1, 2)]))
