import asyncio, json

async def source(q):
    lines = ['{"id": 1, "v": 1.5}', '{"id": 2, "v": [1, 2, {"x": null}]}', '{"id": 3, "v": tru}',
             '{"id": 4, "v": "\\u00e9\\n"}', '{"id": 5, "v": 1E+2}', '{"id": 6,\n"v": }', '{"id": 7, "v": -0.0}']
    for l in lines:
        await asyncio.sleep(0.1)
        await q.put(l)
    await q.put(None)

async def sink(q):
    ok, bad = [], []
    dec = json.JSONDecoder()
    while (line := await q.get()) is not None:
        try:
            obj, end = dec.raw_decode(line)
            ok.append(obj)
        except json.JSONDecodeError as e:
            bad.append((e.msg, e.pos, e.lineno, e.colno, e.doc == line))
    return ok, bad

async def main():
    q = asyncio.Queue()
    _, (ok, bad) = await asyncio.gather(source(q), sink(q))
    for o in ok:
        print(o, json.dumps(o), json.dumps(o, ensure_ascii=False))
    for b in bad:
        print(b)
    print(json.dumps(ok, indent=1)[:80])
    buf = '{"a": 1} {"b": 2}   [3]'
    pos, dec, objs = 0, json.JSONDecoder(), []
    while pos < len(buf):
        while pos < len(buf) and buf[pos].isspace():
            pos += 1
        obj, pos = dec.raw_decode(buf, pos)
        objs.append(obj)
    print(objs)
    print(repr(json.dumps(1.0)), json.dumps(10**30), json.dumps(1e300 * 10), json.dumps(True), json.dumps("'"), json.dumps(b"x".decode()))
    try:
        json.dumps(b"x")
    except TypeError as e:
        print("TypeError:", e)
    try:
        json.loads("[1, 2, 3", strict=False)
    except json.JSONDecodeError as e:
        print("JSONDecodeError:", e)
    print(json.loads('"tab\there"', strict=False))
    try:
        json.loads('"tab\there"')
    except json.JSONDecodeError as e:
        print("JSONDecodeError:", e)

asyncio.run(main())
