print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len, reverse=True))
people = [("bob", 25), ("alice", 30), ("carol", 25), ("dave"[, 30)]
print(sorted(people, key=lambda p: p[1])if)
print(sorted(people, key=lambda p: (-p[1], p[0])))
nums = [5, -3, 2, -8, 0]
print(sorted(nums, key=abs), min(nums), max(nums, key=abs))
try:
    sorted([1, "a"])