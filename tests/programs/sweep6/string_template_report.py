import asyncio, string
class Dollar(string.Template):
    delimiter = "%"
    idpattern = r"[a-z]+"
async def main():
    await asyncio.sleep(0)
    t = string.Template("Dear $name,\nYour order #${order} of $$${amount} ships $when.")
    print(t.substitute(name="Ann", order=42, amount="9.99", when="today"))
    print(t.safe_substitute({"name": "Bo"}), t.get_identifiers() if hasattr(t, "get_identifiers") else "", t.is_valid() if hasattr(t, "is_valid") else "")
    print(Dollar("%who owes %amt").substitute(who="x", amt=5))
    try:
        string.Template("$1bad").substitute()
    except ValueError as e:
        print("ValueError:", e)
    f = string.Formatter()
    print(f.vformat("{0} {x}", (1,), {"x": 2}), f.format("{!r:>6}", "a"), f.convert_field("a", "r"), f.format_field(3.14159, ".2f"))
    class Upper(string.Formatter):
        def format_field(self, value, spec):
            if spec == "up":
                return str(value).upper()
            return super().format_field(value, spec)
    print(Upper().format("{0:up} {1:>4}", "shout", 7))
    print(string.ascii_letters[:10], string.hexdigits, string.octdigits, repr(string.whitespace), len(string.printable))
    print("{:{fill}{align}{width}}".format("x", fill="-", align="^", width=9), "{0.real}|{0.imag}".format(3 + 4j), "{d[key]}".format(d={"key": "v"}), "{!a}".format("é"))
asyncio.run(main())
