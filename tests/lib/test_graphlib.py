import graphlib
import random
from compare import load, same

ts = load("graphlib")

graphs = [
    {"D": {"B", "C"}, "C": {"A"}, "B": {"A"}},
    {2: {11}, 9: {11, 8, 10}, 10: {11, 3}, 11: {7, 5}, 8: {7, 3}},
    {}, {"a": []}, {"a": ["a"]}, {"a": ["b"], "b": ["c"], "c": ["a"]},
    {"x": ["y"], "y": ["z"], "z": ["w"], "w": ["y"]}, {1: [2, 3], 2: [3], 3: []},
    {"app": ["lib", "utils"], "lib": ["utils", "core"], "utils": ["core"], "tests": ["app"]},
]
rng = random.Random(3)
for _ in range(30):
    n = rng.randint(1, 12)
    g = {i: [rng.randrange(n) for _ in range(rng.randint(0, 3))] for i in range(n)}
    if rng.random() < 0.6:  # mostly acyclic: only edges to smaller nodes
        g = {k: [p for p in v if p < k] for k, v in g.items()}
    graphs.append(g)


def static(mod, g):
    return list(mod.TopologicalSorter(g).static_order())


def staged(mod, g):
    ts_ = mod.TopologicalSorter()
    for node, preds in g.items():
        ts_.add(node, *sorted(preds, key=repr))
    ts_.prepare()
    out = []
    while ts_.is_active():
        ready = ts_.get_ready()
        out.append(ready)
        for node in reversed(ready):
            ts_.done(node)
    return out, bool(ts_)


def cycle_detail(mod, g):
    try:
        mod.TopologicalSorter(g).prepare()
    except mod.CycleError as e:
        return ["cycle", e.args, isinstance(e, ValueError)]
    return "ok"


for i, g in enumerate(graphs):
    same(f"static {i}", lambda: static(ts, g), lambda: static(graphlib, g))
    same(f"staged {i}", lambda: staged(ts, g), lambda: staged(graphlib, g))
    same(f"cycle {i}", lambda: cycle_detail(ts, g), lambda: cycle_detail(graphlib, g))


def misuse(mod, case):
    t = mod.TopologicalSorter({"b": ["a"]})
    if case == 0:
        return t.get_ready()
    if case == 1:
        return t.is_active()
    t.prepare()
    if case == 2:
        return t.prepare()
    if case == 3:
        return t.add("c")
    if case == 4:
        return t.done("zz")
    if case == 5:
        return t.done("b")
    if case == 6:
        t.get_ready()
        t.done("a")
        return t.done("a")
    if case == 7:
        return t.done()


for case in range(8):
    same(f"misuse {case}", lambda: misuse(ts, case), lambda: misuse(graphlib, case))


# Added before the rewrite: duplicate edges, done() with several nodes, the acyclic
# part still processed after a CycleError, non-mapping graphs, equal-but-distinct nodes.
def extra(mod, case):
    if case == 0:
        t = mod.TopologicalSorter()
        t.add("b", "a", "a")
        t.add("c", "b", "a")
        return list(t.static_order())
    if case == 1:
        t = mod.TopologicalSorter({"c": ["a", "b"], "d": ["c"]})
        t.prepare()
        first = t.get_ready()
        t.done(*first)
        return first, t.get_ready(), t.is_active(), t.get_ready()
    if case == 2:
        t = mod.TopologicalSorter({"a": ["b"], "b": ["a"], "c": [], "d": ["c"]})
        try:
            t.prepare()
        except mod.CycleError as exc:
            got = [exc.args]
        while t.get_ready():
            pass
        ready = t.get_ready()
        t.done("c")
        return got, ready, t.get_ready(), t.is_active()
    if case == 3:
        return mod.TopologicalSorter([])
    if case == 4:
        return list(mod.TopologicalSorter({1: [True], 1.0: [2]}).static_order())
    if case == 5:
        t = mod.TopologicalSorter({"x": ["y"]})
        t.prepare()
        t.get_ready()
        return t.done("y", "x")


for case in range(6):
    same(f"graphlib extra {case}", lambda: extra(ts, case), lambda: extra(graphlib, case))
