import asyncio
from operator import itemgetter

records = [("bob", 25, "NY"), ("alice", 30, "LA"), ("carol", 25, "SF"), ("dave", 30, "NY"), ("eve", 22, "LA")]

async def score(r):
    await asyncio.sleep(0)
    return r[1] * 2

async def main():
    print(sorted(records, key=itemgetter(1)))
    print(sorted(records, key=itemgetter(2, 1), reverse=True))
    scores = await asyncio.gather(*map(score, records))
    print(sorted(zip(scores, [r[0] for r in records]), key=lambda p: -p[0]))
    data = ["banana", "Apple", "cherry", "apple", "Banana"]
    print(sorted(data), sorted(data, key=str.lower), sorted(data, key=len), max(data, key=len), min(data))
    nums = [3, -1, 4, -1, 5, -9, 2, 6]
    nums.sort(key=abs)
    print(nums, sorted(nums, reverse=True), list(reversed(nums)))
    try:
        sorted([3, None, 1])
    except TypeError as e:
        print("TypeError:", e)
    try:
        [{"a": 1}, {"a": 2}].sort()
    except TypeError as e:
        print("TypeError:", e)
    print(sorted({"b": 2, "a": 1}), sorted({"b": 2, "a": 1}.items(), key=lambda kv: kv[1]), sorted("hello"), sorted([(1, "b"), (1, "a"), (0, "z")]))

asyncio.run(main())
