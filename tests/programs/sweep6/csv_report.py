import asyncio, csv, io

RAW = """name,dept,salary
Ann,eng,120
"Bob, Jr.",ops,90
Cy,eng,"1,000"
"""

async def main():
    await asyncio.sleep(0)
    rows = list(csv.DictReader(io.StringIO(RAW)))
    print(rows)
    print(list(csv.reader(io.StringIO(RAW)))[2])
    out = io.StringIO()
    w = csv.DictWriter(out, fieldnames=["name", "salary"], extrasaction="ignore")
    w.writeheader()
    w.writerows(rows)
    print(repr(out.getvalue()))
    out2 = io.StringIO()
    wr = csv.writer(out2, delimiter=";", quoting=csv.QUOTE_NONNUMERIC)
    wr.writerow(["a", 1, 2.5, None, 'q"uote'])
    print(repr(out2.getvalue()))
    print(list(csv.reader(["a\tb\tc"], delimiter="\t")), list(csv.reader(['x,"multi\nline",y'])))

asyncio.run(main())
