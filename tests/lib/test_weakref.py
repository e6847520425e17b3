"""weakref: our WeakValueDictionary, WeakKeyDictionary, WeakSet, WeakMethod and
finalize against CPython's on seeded sequences of operations, with entries dying as
their referents are dropped (CPython frees them at once by reference counting)."""
import random
import weakref
from compare import load, same

ts_weakref = load("weakref")


class Thing:
    def __init__(self, n):
        self.n = n

    def meth(self):
        return self.n

    def __repr__(self):
        return "Thing(%d)" % self.n


def value_dict_script(mod, seed):
    rng = random.Random(seed)
    alive = {}
    d = mod.WeakValueDictionary()
    log = []
    for _ in range(50):
        op = rng.choice(["set", "set", "drop", "get", "pop", "del", "len", "setdefault",
                         "update", "popitem", "contains"])
        key = rng.randint(0, 6)
        try:
            if op == "set":
                alive[key] = Thing(rng.randint(0, 99))
                d[key] = alive[key]
            elif op == "drop":
                alive.pop(key, None)
            elif op == "get":
                log.append(d.get(key, "none"))
                log.append(d[key])
            elif op == "pop":
                log.append(d.pop(key, "dflt") if rng.random() < 0.5 else d.pop(key))
            elif op == "del":
                del d[key]
            elif op == "len":
                log.append((len(d), sorted(d), sorted(d.keys()),
                            sorted((k, v.n) for k, v in d.items()),
                            sorted(v.n for v in d.values()), len(d.valuerefs())))
            elif op == "setdefault":
                t = Thing(77)
                alive[key + 10] = t
                log.append(d.setdefault(key, t))
            elif op == "update":
                t = Thing(88)
                alive[key + 20] = t
                d.update({key: t}, extra=t)
                d.update([(key + 1, t)])
            elif op == "popitem":
                log.append(d.popitem()[0] in alive)
            elif op == "contains":
                log.append((key in d, key + 100 in d))
            log.append(op)
        except Exception as e:
            # A KeyError naming a weakref shows its address: keep only the type.
            log.append((op, type(e).__name__, "" if "0x" in str(e) else str(e)))
    log.append(sorted((k, v.n) for k, v in d.copy().items()))
    d.clear()
    log.append(len(d))
    return log


def key_dict_script(mod, seed):
    rng = random.Random(seed)
    things = [Thing(i) for i in range(8)]
    d = mod.WeakKeyDictionary({things[7]: "seven"})
    log = []
    for _ in range(50):
        op = rng.choice(["set", "set", "drop", "get", "pop", "del", "len", "setdefault",
                         "update", "contains", "popitem"])
        i = rng.randint(0, 7)
        t = things[i]
        try:
            if op == "set":
                d[t] = rng.randint(0, 99)
            elif op == "drop":
                things[i] = Thing(i + 50)
            elif op == "get":
                log.append(d.get(t, "none"))
                log.append(d[t])
            elif op == "pop":
                log.append(d.pop(t, "dflt") if rng.random() < 0.5 else d.pop(t))
            elif op == "del":
                del d[t]
            elif op == "len":
                log.append((len(d), sorted(k.n for k in d), sorted(d.values()),
                            sorted((k.n, v) for k, v in d.items()), len(d.keyrefs())))
            elif op == "setdefault":
                log.append(d.setdefault(t, "sd"))
            elif op == "update":
                d.update({t: "up"})
                d.update([(things[(i + 1) % 8], "up2")])
            elif op == "contains":
                log.append((t in d, 5 in d))
            elif op == "popitem":
                log.append(d.popitem()[0].n)
            log.append(op)
        except Exception as e:
            # A KeyError naming a weakref shows its address: keep only the type.
            log.append((op, type(e).__name__, "" if "0x" in str(e) else str(e)))
    log.append(sorted((k.n, v) for k, v in d.copy().items()))
    return log


def set_script(mod, seed):
    rng = random.Random(seed)
    things = [Thing(i) for i in range(8)]
    s = mod.WeakSet(things[:3])
    log = []
    for _ in range(40):
        op = rng.choice(["add", "drop", "remove", "discard", "len", "ops"])
        i = rng.randint(0, 7)
        try:
            if op == "add":
                s.add(things[i])
            elif op == "drop":
                things[i] = Thing(i + 50)
            elif op == "remove":
                s.remove(things[i])
            elif op == "discard":
                s.discard(things[i])
            elif op == "len":
                log.append((len(s), sorted(t.n for t in s), things[i] in s, 3 in s))
            elif op == "ops":
                other = mod.WeakSet(things[2:5])
                log.append([sorted(t.n for t in x) for x in (s | other, s & other, s - other,
                                                             s.union(things[:2]))])
                log.append((s <= other, s >= other, s == other, s.isdisjoint(other),
                            s == s.copy()))
            elif op == "pop":
                log.append(isinstance(s.pop(), Thing))
            log.append(op)
        except Exception as e:
            # A KeyError naming a weakref shows its address: keep only the type.
            log.append((op, type(e).__name__, "" if "0x" in str(e) else str(e)))
    return log


def method_and_finalize(mod):
    log = []
    t = Thing(3)
    wm = mod.WeakMethod(t.meth, lambda r: log.append("wm callback"))
    wm2 = mod.WeakMethod(t.meth)
    log.append((wm()(), wm == wm2, hash(wm) == hash(wm2)))
    f = mod.finalize(t, log.append, "finalized")
    log.append((f.alive, f.peek()[2:] if f.peek() else None))
    del t
    log.append((wm(), f.alive, f.peek(), f(), f.detach()))
    u = Thing(4)
    g = mod.finalize(u, lambda *a, **k: (a, k), 1, 2, x=3)
    log.append((g.detach()[2:], g.alive, g()))
    h = mod.finalize(u, lambda: "called")
    log.append((h(), h(), h.alive))
    try:
        mod.WeakMethod(len)
    except TypeError as e:
        log.append(str(e))
    return log


for seed in range(12):
    same(f"weakref WeakValueDictionary {seed}", lambda: value_dict_script(ts_weakref, seed),
         lambda: value_dict_script(weakref, seed))
    same(f"weakref WeakKeyDictionary {seed}", lambda: key_dict_script(ts_weakref, seed),
         lambda: key_dict_script(weakref, seed))
    same(f"weakref WeakSet {seed}", lambda: set_script(ts_weakref, seed),
         lambda: set_script(weakref, seed))
same("weakref WeakMethod finalize", lambda: method_and_finalize(ts_weakref),
     lambda: method_and_finalize(weakref))
same("weakref WeakSet pop empty", lambda: ts_weakref.WeakSet().pop(),
     lambda: weakref.WeakSet().pop())
same("weakref WeakSet pop one", lambda: (lambda t: ts_weakref.WeakSet([t]).pop() is t)(Thing(1)),
     lambda: (lambda t: weakref.WeakSet([t]).pop() is t)(Thing(1)))
same("weakref WeakValueDictionary popitem empty",
     lambda: ts_weakref.WeakValueDictionary().popitem(),
     lambda: weakref.WeakValueDictionary().popitem())
same("weakref WeakKeyDictionary popitem empty",
     lambda: ts_weakref.WeakKeyDictionary().popitem(),
     lambda: weakref.WeakKeyDictionary().popitem())
