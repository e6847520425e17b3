name, age = "Ada", 36
print(f"{name} is {age}")
print(f"{name!r} {name!s} {name!a} {'é'!a}")
print(f"{age + 1} {age * 2:>6} {[1, 2][0]} {{literal braces}}")
print(f"{name=} {age = } {age*2=}")
width, prec = 10, 3
print(f"{3.14159:{width}.{prec}f}|")
d = {"key": "value"}
print(f"{d['key']} {len(d)}")
print(f"""multi
{name}""")
print(f"{'nested ' + f'{age}'}")
