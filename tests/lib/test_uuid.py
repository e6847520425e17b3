"""uuid: our UUID class and uuid1/3/4/5 against CPython's: every constructor form and
its errors, the derived properties, ordering, and the generators with os.urandom and
time.time_ns replaced by seeded stand-ins so both sides see the same bits."""
import os
import random
import time
import uuid
from compare import load, same

ts_uuid = load("uuid")

rng = random.Random(11)
ints = [0, 1, (1 << 128) - 1] + [rng.getrandbits(128) for _ in range(30)]
PROPS = ("hex", "urn", "bytes", "bytes_le", "fields", "time_low", "time_mid",
         "time_hi_version", "clock_seq_hi_variant", "clock_seq_low", "node", "time",
         "clock_seq", "variant", "version", "int")


def describe(u):
    return [str(u), repr(u), int(u), hash(u) == hash(u.int)] + [getattr(u, p) for p in PROPS]


for i, n in enumerate(ints):
    h = "%032x" % n
    for form, kwargs in (("int", {"int": n}), ("hex", {"hex": h}),
                         ("dashed", {"hex": str(uuid.UUID(int=n))}),
                         ("urn", {"hex": "urn:uuid:" + str(uuid.UUID(int=n))}),
                         ("braces", {"hex": "{" + h + "}"}),
                         ("bytes", {"bytes": n.to_bytes(16, "big")}),
                         ("bytes_le", {"bytes_le": n.to_bytes(16, "big")}),
                         ("fields", {"fields": uuid.UUID(int=n).fields})):
        for version in (None, 1, 3, 4, 5):
            same(f"uuid {i} {form} {version}",
                 lambda: describe(ts_uuid.UUID(version=version, **kwargs)),
                 lambda: describe(uuid.UUID(version=version, **kwargs)))

bad = [{}, {"hex": "abc"}, {"hex": "g" * 32}, {"bytes": b"x" * 15}, {"bytes_le": b"x" * 17},
       {"fields": (1, 2, 3)}, {"fields": (1 << 32, 0, 0, 0, 0, 0)},
       {"fields": (0, 0, 0, 256, 0, 0)}, {"fields": (0, 0, 0, 0, 0, 1 << 48)},
       {"fields": (0, -1, 0, 0, 0, 0)}, {"int": -1}, {"int": 1 << 128},
       {"int": 5, "version": 0}, {"int": 5, "version": 6}, {"int": 1, "hex": "0" * 32}]
for i, kwargs in enumerate(bad):
    same(f"uuid bad {i}", lambda: ts_uuid.UUID(**kwargs), lambda: uuid.UUID(**kwargs))


def immutability(mod):
    u = mod.UUID(int=5)
    try:
        u.int = 4
    except TypeError as e:
        return str(e), u.int


same("uuid immutable", lambda: immutability(ts_uuid), lambda: immutability(uuid))
pairs = [(a, b) for a in ints[:8] for b in ints[:8]]
same("uuid order", lambda: [(ts_uuid.UUID(int=a) < ts_uuid.UUID(int=b),
                             ts_uuid.UUID(int=a) <= ts_uuid.UUID(int=b),
                             ts_uuid.UUID(int=a) > ts_uuid.UUID(int=b),
                             ts_uuid.UUID(int=a) >= ts_uuid.UUID(int=b),
                             ts_uuid.UUID(int=a) == ts_uuid.UUID(int=b)) for a, b in pairs],
     lambda: [(uuid.UUID(int=a) < uuid.UUID(int=b), uuid.UUID(int=a) <= uuid.UUID(int=b),
               uuid.UUID(int=a) > uuid.UUID(int=b), uuid.UUID(int=a) >= uuid.UUID(int=b),
               uuid.UUID(int=a) == uuid.UUID(int=b)) for a, b in pairs])
same("uuid eq other", lambda: (ts_uuid.UUID(int=1) == 1, ts_uuid.UUID(int=1) != "x"),
     lambda: (uuid.UUID(int=1) == 1, uuid.UUID(int=1) != "x"))
same("uuid lt other", lambda: ts_uuid.UUID(int=1) < 1, lambda: uuid.UUID(int=1) < 1)
same("uuid namespaces", lambda: [str(getattr(ts_uuid, "NAMESPACE_" + k))
                                 for k in ("DNS", "URL", "OID", "X500")],
     lambda: [str(getattr(uuid, "NAMESPACE_" + k)) for k in ("DNS", "URL", "OID", "X500")])
same("uuid variants", lambda: (ts_uuid.RESERVED_NCS, ts_uuid.RFC_4122,
                               ts_uuid.RESERVED_MICROSOFT, ts_uuid.RESERVED_FUTURE),
     lambda: (uuid.RESERVED_NCS, uuid.RFC_4122, uuid.RESERVED_MICROSOFT,
              uuid.RESERVED_FUTURE))
for name in ("www.example.org", "", "naïve", b"raw bytes"):
    for ns in ("DNS", "URL", "OID", "X500"):
        same(f"uuid3 {name!r} {ns}",
             lambda: str(ts_uuid.uuid3(getattr(ts_uuid, "NAMESPACE_" + ns), name)),
             lambda: str(uuid.uuid3(getattr(uuid, "NAMESPACE_" + ns), name)))
        same(f"uuid5 {name!r} {ns}",
             lambda: str(ts_uuid.uuid5(getattr(ts_uuid, "NAMESPACE_" + ns), name)),
             lambda: str(uuid.uuid5(getattr(uuid, "NAMESPACE_" + ns), name)))


def seeded(fn, seed):
    """fn() with os.urandom and time.time_ns drawing from a seeded generator."""
    gen = random.Random(seed)
    saved = os.urandom, time.time_ns
    os.urandom = lambda n: bytes(gen.getrandbits(8) for _ in range(n))
    time.time_ns = lambda: 1_700_000_000_000_000_000 + gen.getrandbits(20)
    try:
        return fn()
    finally:
        os.urandom, time.time_ns = saved


for seed in range(10):
    same(f"uuid4 {seed}",
         lambda: seeded(lambda: [describe(ts_uuid.uuid4()) for _ in range(3)], seed),
         lambda: seeded(lambda: [describe(uuid.uuid4()) for _ in range(3)], seed))
    same(f"uuid1 {seed}",
         lambda: seeded(lambda: describe(ts_uuid.uuid1(0x123456789abc, seed * 77)), seed),
         lambda: seeded(lambda: describe(uuid.uuid1(0x123456789abc, seed * 77)), seed))
