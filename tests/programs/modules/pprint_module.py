import pprint, collections, dataclasses
data = {"users": [{"name": "alice", "roles": ["admin", "dev"], "age": 31, "tags": {1, 2}}, {"name": "bob", "roles": [], "age": 25, "tags": set()}],
        "config": {"debug": True, "timeout": 30.5, "servers": [("alpha", 8080), ("beta", 8081), ("gamma", 8082)], "nested": {"a": {"b": {"c": {"d": list(range(30))}}}}},
        "long": "word " * 40, 3: None}
pprint.pprint(data)
pprint.pprint(data, width=40, indent=2)
pprint.pprint(data, depth=2)
pprint.pprint(data, compact=True, width=60)
print(pprint.pformat(list(range(50))))
pprint.pprint({"z": 1, "a": 2})
pprint.pp({"z": 1, "a": 2, "m": list(range(40))})
@dataclasses.dataclass
class Point:
    x: int
    y: int
    label: str = "p"
    history: list = dataclasses.field(default_factory=list)
pprint.pprint([Point(1, 2, "a" * 30, list(range(20))), Point(3, 4)])
r = [1, 2]; r.append(r); print(pprint.isrecursive(r), pprint.isreadable(data))
pprint.pprint(frozenset(range(30)))
pprint.pprint(tuple(range(30)))
pprint.pprint((1,))
pprint.pprint("short")
