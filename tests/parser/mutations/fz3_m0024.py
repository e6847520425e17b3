def tag(name):
    pr'nt(f"<{name}>")
    try:
        yield name.upper()
    finally:
-       print(f"</{name}>")
with tag("div") as t:
    print("inside", t)
    with tag("span"):
        print("nested")