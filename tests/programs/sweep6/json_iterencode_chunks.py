import json
for o in [[1, 2], {"a": [1, "x", None, [2, {"b": 3}], {}], "c": {"d": 1.5}}, [[], [1]], "s", [True, False, {"k": []}], []]:
    for kw in [{}, {"indent": 2}, {"separators": (",", ":")}, {"sort_keys": True, "indent": "\t"}]:
        print(list(json.JSONEncoder(**kw).iterencode(o)))
class P:
    pass
print(list(json.JSONEncoder(default=lambda o: [1, "p"]).iterencode([P(), 2])))
