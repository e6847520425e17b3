import asyncio, itertools
TEAMS = ["Lions", "Tigers", "Bears", "Wolves"]
async def play(home, away, rnd):
    await asyncio.sleep(0.01 * rnd)
    score = (len(home) * 3 + rnd) % 5, (len(away) * 2 + rnd) % 4
    return home, away, score
async def main():
    fixtures = list(itertools.combinations(TEAMS, 2))
    print(len(fixtures), fixtures[:3])
    results = await asyncio.gather(*(play(h, a, i) for i, (h, a) in enumerate(fixtures)))
    table = {t: 0 for t in TEAMS}
    for h, a, (sh, sa) in results:
        print(f"{h:>7} {sh}-{sa} {a}")
        if sh > sa: table[h] += 3
        elif sa > sh: table[a] += 3
        else:
            table[h] += 1; table[a] += 1
    for pos, (t, pts) in enumerate(sorted(table.items(), key=lambda kv: (-kv[1], kv[0])), 1):
        print(pos, t, pts)
    print(list(itertools.islice(itertools.cycle(TEAMS), 6)), list(itertools.chain(*[[t] * 2 for t in TEAMS[:2]])))
asyncio.run(main())
