import asyncio
TREE = {"root": ["a", "b"], "a": ["a1", "a2"], "b": ["b1"], "a1": [], "a2": ["a2x"], "b1": [], "a2x": []}
async def visit(node, depth=0, out=None):
    await asyncio.sleep(0.01 * len(node))
    out.append(("  " * depth) + node)
    children = [asyncio.create_task(visit(c, depth + 1, out)) for c in TREE[node]]
    sizes = await asyncio.gather(*children)
    return 1 + sum(sizes)
async def main():
    out = []
    total = await visit("root", out=out)
    print("\n".join(out))
    print("nodes:", total, "tasks alive:", len(asyncio.all_tasks()))
asyncio.run(main())
