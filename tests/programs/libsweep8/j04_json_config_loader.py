import asyncio, json

CONFIGS = {
    "svc-a": '{"name": "a", "workers": 4, "timeout": 2.5, "tags": ["x", "y"]}',
    "svc-b": '{"name": "b", "workers": "four"}',
    "svc-c": '{"name": "c", "workers": 2,\n "timeout": 1e-3,\n "retry": {"max": 3, "backoff": [0.1, 0.2]}\n',
    "svc-d": "{'name': 'd'}",
    "svc-e": '[{"name": "e"}]',
}

async def load(name):
    await asyncio.sleep(len(name) * 0.01)
    text = CONFIGS[name]
    try:
        cfg = json.loads(text)
    except json.JSONDecodeError as e:
        return name, f"bad JSON at line {e.lineno} col {e.colno}: {e.msg}"
    if not isinstance(cfg, dict):
        return name, f"expected object, got {type(cfg).__name__}"
    if not isinstance(cfg.get("workers"), int):
        return name, f"workers must be int, not {cfg.get('workers')!r}"
    return name, cfg

async def main():
    results = dict(await asyncio.gather(*(load(n) for n in CONFIGS)))
    print(json.dumps(results, indent=2))
    print(json.dumps(results, sort_keys=True, separators=(",", ":"))[:120])
    good = {k: v for k, v in results.items() if isinstance(v, dict)}
    print(json.dumps(good, indent=None, sort_keys=True))
    s = json.dumps({"unicode": "naïve ☕ 😀", "ctrl": "\x01\x1f\x7f"})
    print(s)
    print(json.loads(s)["unicode"], json.dumps("😀", ensure_ascii=False))
    print(json.dumps([1, [2, [3, {"a": []}]]], indent=3))

asyncio.run(main())
