import asyncio, reprlib
class Node:
    def __init__(self, name):
        self.name, self.children = name, []
    @reprlib.recursive_repr(fillvalue="<cycle>")
    def __repr__(self):
        return f"Node({self.name}, {self.children})"
async def main():
    await asyncio.sleep(0)
    a, b = Node("a"), Node("b")
    a.children.append(b)
    b.children.append(a)
    print(a)
    r = reprlib.Repr()
    r.maxlist = 3
    r.maxstring = 10
    print(r.repr(list(range(10))), r.repr("abcdefghijklmnop"), r.repr({"a": list(range(10))}), reprlib.repr(set(range(20))), reprlib.repr(tuple(range(20))))
    d = {}
    d["self"] = d
    l = [1, 2]
    l.append(l)
    print(d, l, repr(d))
asyncio.run(main())
