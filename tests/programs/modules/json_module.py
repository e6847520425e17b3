import json
data = {"name": "Ada", "langs": ["en", "fr"], "age": 36, "active": True, "score": 9.5, "none": None}
text = json.dumps(data)
print(text)
print(json.dumps(data, indent=2, sort_keys=True))
back = json.loads(text)
print(back == data, back["langs"], type(back["age"]).__name__)
print(json.loads('[1, 2.5, "x", null, true, {"k": [ ]}]'))
print(json.dumps("é\n"), json.dumps("é", ensure_ascii=False), json.dumps([1, (2, 3)]))
try:
    json.loads("{bad json}")
except json.JSONDecodeError as e:
    print("JSONDecodeError:", e)
