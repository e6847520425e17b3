import asyncio, bisect
class Leaderboard:
    def __init__(self):
        self.scores = []
        self.names = []
    def add(self, name, score):
        i = bisect.bisect_left(self.scores, -score)
        self.scores.insert(i, -score)
        self.names.insert(i, name)
        return i + 1
    def rank_of(self, score):
        return bisect.bisect_left(self.scores, -score) + 1
async def main():
    lb = Leaderboard()
    for name, score in [("ann", 50), ("bob", 75), ("cy", 50), ("dee", 90), ("eve", 10)]:
        await asyncio.sleep(0)
        print(name, "entered at rank", lb.add(name, score))
    print(list(zip(lb.names, [-s for s in lb.scores])))
    print(lb.rank_of(60), lb.rank_of(100), lb.rank_of(0))
asyncio.run(main())
