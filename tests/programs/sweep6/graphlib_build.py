import asyncio, graphlib

DEPS = {"app": {"lib", "config"}, "lib": {"utils"}, "config": set(), "utils": set(), "tests": {"app"}, "docs": {"lib"}}
COST = {"app": 0.3, "lib": 0.2, "config": 0.1, "utils": 0.15, "tests": 0.4, "docs": 0.1}

async def build(name):
    print(f"{asyncio.get_running_loop().time():.2f} start {name}")
    await asyncio.sleep(COST[name])
    print(f"{asyncio.get_running_loop().time():.2f} done  {name}")
    return name

async def main():
    ts = graphlib.TopologicalSorter(DEPS)
    print(list(graphlib.TopologicalSorter(DEPS).static_order()))
    ts.prepare()
    running = {}
    while ts.is_active():
        for node in sorted(ts.get_ready()):
            running[node] = asyncio.create_task(build(node))
        done, _ = await asyncio.wait(running.values(), return_when=asyncio.FIRST_COMPLETED)
        for t in sorted(done, key=lambda t: t.result()):
            n = t.result()
            ts.done(n)
            del running[n]
    try:
        graphlib.TopologicalSorter({"a": {"b"}, "b": {"a"}}).prepare()
    except graphlib.CycleError as e:
        print("cycle:", e.args[0], e.args[1])

asyncio.run(main())
