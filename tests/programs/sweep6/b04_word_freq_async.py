import asyncio, re
from collections import Counter
DOCS = {"a.txt": "The quick brown fox jumps over the lazy dog. The dog sleeps.", "b.txt": "A quick movement of the enemy will jeopardize six gunboats!", "c.txt": "All that glitters is not gold; all that wander are not lost."}
async def read(name):
    await asyncio.sleep(len(DOCS[name]) / 1000)
    return DOCS[name]
async def count(name):
    text = await read(name)
    words = re.findall(r"[a-z']+", text.lower())
    return name, Counter(words)
async def main():
    total = Counter()
    for name, c in await asyncio.gather(*(count(n) for n in DOCS)):
        print(name, c.most_common(3))
        total.update(c)
    print("top:", total.most_common(5))
    print("unique:", len(total), "words:", sum(total.values()))
    print(sorted(w for w, n in total.items() if n == 1)[:8])
asyncio.run(main())
