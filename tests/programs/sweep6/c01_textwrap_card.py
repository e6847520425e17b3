import asyncio, textwrap
PROFILE = {"name": "Grace Hopper", "title": "Rear Admiral", "bio": "Grace Brewster Murray Hopper was an American computer scientist, mathematician, and United States Navy rear admiral. She was a pioneer of computer programming who invented one of the first linkers."}
async def render(p, width=40):
    await asyncio.sleep(0)
    inner = width - 4
    lines = ["+" + "-" * (width - 2) + "+"]
    lines.append("| " + p["name"].center(inner) + " |")
    lines.append("| " + p["title"].center(inner, ".") + " |")
    lines.append("|" + " " * (width - 2) + "|")
    for l in textwrap.wrap(p["bio"], inner):
        lines.append("| " + l.ljust(inner) + " |")
    lines.append("+" + "-" * (width - 2) + "+")
    return "\n".join(lines)
async def main():
    print(await render(PROFILE))
    print(await render(PROFILE, 30))
    print(textwrap.indent(textwrap.fill(PROFILE["bio"], 50), "    > "))
asyncio.run(main())
