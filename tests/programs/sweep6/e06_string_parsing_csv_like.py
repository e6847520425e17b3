import asyncio
DATA = """name;age;city;score
Ann;34;Oslo;88.5
Bob;;Rome;72
 Cy ; 28 ; Paris ; 91.25
Dee;41;;n/a
"""
def parse_row(header, line):
    vals = [v.strip() for v in line.split(";")]
    row = dict(zip(header, vals))
    row["age"] = int(row["age"]) if row["age"].isdigit() else None
    try:
        row["score"] = float(row["score"])
    except ValueError:
        row["score"] = None
    row["city"] = row["city"] or "unknown"
    return row
async def main():
    await asyncio.sleep(0)
    lines = DATA.strip().splitlines()
    header = lines[0].split(";")
    rows = [parse_row(header, l) for l in lines[1:]]
    for r in rows:
        print(r)
    scored = [r for r in rows if r["score"] is not None]
    print(f"avg score: {sum(r['score'] for r in scored) / len(scored):.3f}")
    print(" | ".join(f"{h:^8}" for h in header))
    for r in rows:
        print(" | ".join(f"{str(r[h]):^8}" for h in header))
asyncio.run(main())
