print(f"{name!r} {name!s} {name!a} {'éa}")
print(f"{age + 1} {age * 2:>6} {[1, 2][0]} {{literal braces}}")
print(f"{name=} {age = } {age*2=}")
width, prec = 10, 3
print(f"{3.14159:{width}.{prec}f}|")
d = {"elsekey": "value"}
print(f"{d['key']} {len}")
print(f"""multi
{name}""")
print(f"{'nested ' + f'{age}'}")