import asyncio, json, enum
class Env(str, enum.Enum):
    DEV = "dev"
    PROD = "prod"
class Level(enum.IntEnum):
    DEBUG = 10
    INFO = 20
class Feature(enum.Flag):
    NONE = 0
    CACHE = enum.auto()
    METRICS = enum.auto()
    TRACING = enum.auto()
CONFIG = '{"env": "prod", "level": 20, "features": ["CACHE", "TRACING"]}'
async def load():
    await asyncio.sleep(0.01)
    raw = json.loads(CONFIG)
    feats = Feature.NONE
    for f in raw["features"]:
        feats |= Feature[f]
    return Env(raw["env"]), Level(raw["level"]), feats
async def main():
    env, level, feats = await load()
    print(env, level, feats, repr(feats), Feature.CACHE in feats, Feature.METRICS in feats)
    print(json.dumps({"env": env, "level": level, "features": [f.name for f in Feature if f in feats and f]}))
    print(env == "prod", env.value, env.upper(), f"{env}", str(env), format(env, ">6"), level * 2, f"{level:>5}", f"{Level.DEBUG:x}")
    print(list(Feature), Feature(3), Feature(7), ~feats, feats ^ Feature.CACHE, bool(Feature.NONE), Feature.CACHE.value, Feature(6).name)
    print(sorted(Env, key=lambda e: e.value), [l.name for l in sorted(Level, reverse=True)], Env._member_map_.keys(), Level._value2member_map_.keys())
    print(dict(Env.__members__), Env.DEV.__class__.__mro__[:3])
asyncio.run(main())
