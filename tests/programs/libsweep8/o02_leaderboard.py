import asyncio, heapq, bisect
from operator import itemgetter
from collections import Counter

SCORES = [("ann", 82), ("bob", 95), ("cid", 82), ("dee", 67), ("eve", 95), ("fay", 71), ("gus", 88)]

async def submit(name, score, board):
    await asyncio.sleep((100 - score) / 100)
    bisect.insort(board, (-score, name))

async def main():
    board = []
    await asyncio.gather(*(submit(n, s) if False else submit(n, s, board) for n, s in SCORES))
    print(board)
    ranked = sorted(SCORES, key=itemgetter(1), reverse=True)
    print(ranked)
    print(sorted(SCORES, key=lambda x: (-x[1], x[0])))
    print(heapq.nlargest(3, SCORES, key=itemgetter(1)), heapq.nsmallest(2, SCORES, key=lambda x: x[1]))
    h = [s for _, s in SCORES]; heapq.heapify(h); print(h, heapq.heappop(h), heapq.heappushpop(h, 70), heapq.heapreplace(h, 99), sorted(h))
    print(list(heapq.merge([1, 4, 9], [2, 3, 10], [5])), list(heapq.merge(["b", "a"], ["c"], key=str.upper, reverse=False)))
    grades = "FDCBA"
    cut = [60, 70, 80, 90]
    print([(n, grades[bisect.bisect(cut, s)]) for n, s in SCORES], bisect.bisect_left([1, 2, 2, 3], 2), bisect.bisect_right([1, 2, 2, 3], 2))
    print(bisect.bisect_left(SCORES, 82, key=itemgetter(1)) if False else bisect.bisect([10, 20], 15, lo=1), Counter(s for _, s in SCORES).most_common(2))
    by_score = {}
    for n, s in SCORES:
        by_score.setdefault(s, []).append(n)
    print(dict(sorted(by_score.items(), reverse=True)))
    words = "the quick brown the lazy dog the end quick".split()
    print(sorted(Counter(words).items(), key=lambda kv: (-kv[1], kv[0])), sorted(set(words), key=words.index))
    try:
        heapq.heappop([])
    except IndexError as e:
        print("IndexError:", e)
    try:
        bisect.insort([1, "a"], 2)
    except TypeError as e:
        print("TypeError:", e)

asyncio.run(main())
