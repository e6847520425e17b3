import asyncio, json

async def produce(report):
    await asyncio.sleep(0.01)
    report["items"].append({"z": 1, "a": [1, 2.5, None, True], "é": "café"})

async def main():
    report = {"name": "daily", "items": [], "ratio": 1/3, "big": 10**20, "neg": -0.0}
    await asyncio.gather(produce(report), produce(report))
    print(json.dumps(report))
    print(json.dumps(report, indent=2, sort_keys=True))
    print(json.dumps(report, indent="\t", ensure_ascii=False))
    print(json.dumps(report, separators=(",", ":")))
    print(json.dumps([], indent=4), json.dumps({}, indent=4))
    print(json.dumps([[]], indent=0))
    print(json.dumps({1: "a", 2.5: "b", True: "c", None: "d"}))
    print(json.dumps("\u2603 \x00 \t \" \\ /"))
    print(json.dumps(float("inf")), json.dumps(float("nan")), json.dumps(-float("inf")))
    try:
        json.dumps(float("nan"), allow_nan=False)
    except ValueError as e:
        print("ValueError:", e)
    try:
        json.dumps({(1, 2): 3})
    except TypeError as e:
        print("TypeError:", e)
    print(json.dumps({(1, 2): 3}, skipkeys=True))
    try:
        json.dumps({"s": {1, 2}})
    except TypeError as e:
        print("TypeError:", e)
    print(json.dumps({"s": {3, 1, 2}}, default=sorted))
    print(json.dumps([1e16, 1.5e-7, 123456789.125, 0.1 + 0.2]))

asyncio.run(main())
