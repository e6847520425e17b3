from operator import itemgetter, attrgetter
people = [("bob", 25, "NY"), ("alice", 30, "LA"), ("carol", 25, "SF"), ("dave", 30, "NY")]
print(sorted(people, key=itemgetter(1)))
print(sorted(people, key=lambda p: (-p[1], p[0])))
print(sorted(people, key=itemgetter(2, 0), reverse=True))
words = ["banana", "Apple", "cherry", "apple", "Banana"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len), sorted(words, key=lambda w: (len(w), w.lower())))
class P:
    def __init__(self, n, a): self.name, self.age = n, a
    def __repr__(self): return f"P({self.name!r}, {self.age})"
ps = [P("x", 3), P("y", 1), P("z", 2)]
print(sorted(ps, key=attrgetter("age")), min(ps, key=attrgetter("age")), max(ps, key=lambda p: p.name))
nums = [3, -1, 4, -1, 5, -9]
nums.sort(key=abs); print(nums)
nums.sort(reverse=True); print(nums)
print(sorted({"b": 2, "a": 3, "c": 1}.items(), key=itemgetter(1)), sorted("hello"), sorted((3, 1, 2)))
try:
    sorted([1, "a"])
except TypeError as e:
    print("TypeError:", e)
data = [{"n": "a", "s": 90}, {"n": "b", "s": 85}, {"n": "c", "s": 90}]
print([d["n"] for d in sorted(data, key=lambda d: d["s"], reverse=True)])
import heapq
print(heapq.nlargest(2, data, key=itemgetter("s")), heapq.nsmallest(3, [5, 1, 8, 3]))
print(sorted([[2, "b"], [1, "z"], [2, "a"]]), sorted([None, None]) if False else "", list(reversed(sorted(range(5)))))
