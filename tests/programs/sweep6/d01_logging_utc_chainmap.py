import asyncio, logging, sys, time
from collections import ChainMap, defaultdict
from collections.abc import MutableMapping, Mapping
h = logging.StreamHandler(sys.stdout)
f = logging.Formatter("%(asctime)s|%(msecs)03d %(levelname)s %(message)s", datefmt="%Y-%m-%dT%H:%M:%SZ")
f.converter = time.gmtime
h.setFormatter(f)
log = logging.getLogger("utc")
log.addHandler(h)
log.propagate = False
class UTCFormatter(logging.Formatter):
    converter = time.gmtime
h2 = logging.StreamHandler(sys.stdout)
h2.setFormatter(UTCFormatter("%(asctime)s %(message)s"))
log2 = logging.getLogger("utc2")
log2.addHandler(h2)
log2.propagate = False
async def main():
    for i in range(3):
        log.warning("tick %d", i)
        await asyncio.sleep(1.25)
    log2.warning("class-level converter")
    logging.LoggerAdapter(log2, {}).warning("adapter")
    defaults = {"color": "red", "user": "guest", "lang": "en"}
    env = {"user": "admin"}
    cli = {"color": "blue"}
    cfg = ChainMap(cli, env, defaults)
    print(cfg["color"], cfg["user"], cfg["lang"], len(cfg), sorted(cfg), dict(cfg))
    cfg.update(lang="fr", debug=True)
    print(cfg.maps[0], cfg.setdefault("user", "x"), cfg.pop("debug"), cfg.get("missing", "-"))
    child = cfg.new_child({"color": "green"})
    print(child["color"], child.parents["color"], child.maps[0], cfg.copy().maps[0] is not cfg.maps[0])
    print(cfg == dict(cfg), isinstance(cfg, MutableMapping), cfg | {"z": 1}, {"q": 0} | ChainMap({"r": 1}))
    try:
        cfg.pop("user")
    except KeyError as e:
        print("KeyError:", e)
    cfg.clear()
    print(cfg, cfg.keys(), list(cfg.items()))
    try:
        reversed(cfg)
    except TypeError as e:
        print("TypeError:", e)
    dd = ChainMap({}, defaultdict(int))
    print(dd["n"], ChainMap.fromkeys("ab", 0), ChainMap({"a": 1}).items())
asyncio.run(main())
