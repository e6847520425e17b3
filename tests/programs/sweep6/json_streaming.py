import asyncio, json
async def source():
    for chunk in ['{"id": 1, "v": [1, 2]}', '{"id": 2, "v": null}', '[1, 2', '{"id": 3, "nested": {"a": {"b": [true, false]}}}', '"just a string"', '1e400', '-0.0', '{"dup": 1, "dup": 2}']:
        await asyncio.sleep(0.01)
        yield chunk
async def main():
    dec = json.JSONDecoder()
    async for c in source():
        try:
            obj = json.loads(c)
            print(type(obj).__name__, obj, json.dumps(obj))
        except json.JSONDecodeError as e:
            print("bad:", e.msg, e.pos, repr(e.doc))
    print(dec.raw_decode('{"a": 1} trailing'), dec.raw_decode('[1]', 0))
    enc = json.JSONEncoder(indent=2, sort_keys=True, separators=(", ", ": "))
    print(enc.encode({"z": [1, {"y": 2}], "a": None}))
    print(list(json.JSONEncoder().iterencode({"a": [1, 2]})))
    print(json.dumps({"a": float("nan")}), json.dumps([1.0, 1e16, 1e-7, 123456789.123456789, 0.1]))
    try:
        json.dumps(float("nan"), allow_nan=False)
    except ValueError as e:
        print("ValueError:", e)
    print(json.dumps({"k": "v"}, skipkeys=True), json.dumps({(1,): 2}, skipkeys=True), json.dumps("é\u2028\ud83d\ude00"), json.dumps("é", ensure_ascii=False))
    print(json.loads('"\\ud83d\\ude00"'), json.loads('{"a": 1}', object_pairs_hook=lambda p: p), json.loads('[1.5]', parse_float=str), json.loads('Infinity'), json.loads(b'{"b": 1}'))
    class Pt:
        def __init__(self, x, y): self.x, self.y = x, y
    print(json.dumps([Pt(1, 2)], default=vars), json.dumps({"pt": Pt(1, 2)}, default=lambda o: [o.x, o.y], indent=0))
asyncio.run(main())
