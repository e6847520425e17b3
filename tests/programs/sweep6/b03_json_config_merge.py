import asyncio, json, copy
DEFAULTS = {"server": {"host": "0.0.0.0", "port": 80, "tls": {"enabled": False}}, "workers": 2, "tags": ["base"]}
OVERRIDES = ['{"server": {"port": 8443, "tls": {"enabled": true, "cert": "x.pem"}}}', '{"workers": 8, "tags": ["extra"]}', '{"server": {"host": null}}']
def deep_merge(a, b):
    out = copy.deepcopy(a)
    for k, v in b.items():
        if isinstance(v, dict) and isinstance(out.get(k), dict):
            out[k] = deep_merge(out[k], v)
        elif isinstance(v, list) and isinstance(out.get(k), list):
            out[k] = out[k] + v
        else:
            out[k] = v
    return out
async def fetch_override(i):
    await asyncio.sleep(0.05 * (3 - i))
    return json.loads(OVERRIDES[i])
async def main():
    overrides = await asyncio.gather(*(fetch_override(i) for i in range(3)))
    cfg = DEFAULTS
    for o in overrides:
        cfg = deep_merge(cfg, o)
    print(json.dumps(cfg, indent=2))
    print(DEFAULTS["server"]["port"], json.dumps(cfg, separators=(",", ":"), sort_keys=True))
asyncio.run(main())
