import asyncio, re
RULES = {"email": re.compile(r"^[\w.+-]+@[\w-]+(\.[\w-]+)+$"), "phone": re.compile(r"^\+?\d{1,3}[-\s]?\(?\d{3}\)?[-\s]?\d{3}[-\s]?\d{4}$"), "zip": re.compile(r"^\d{5}(-\d{4})?$"), "password": re.compile(r"^(?=.*[A-Z])(?=.*\d)(?=.*[^\w\s]).{8,}$")}
FORMS = [{"email": "ann@example.com", "phone": "+1 (555) 123-4567", "zip": "12345", "password": "Secr3t!pass"}, {"email": "bad@", "phone": "555-1234", "zip": "1234", "password": "weak"}, {"email": "x.y+z@sub.domain.org", "phone": "5551234567", "zip": "12345-6789", "password": "NoDigits!!"}]
async def validate(form):
    await asyncio.sleep(0.01)
    return {k: bool(RULES[k].match(v)) for k, v in form.items()}
async def main():
    for form, res in zip(FORMS, await asyncio.gather(*(validate(f) for f in FORMS))):
        bad = [k for k, ok in res.items() if not ok]
        print(form["email"], "OK" if not bad else f"invalid: {', '.join(bad)}")
    print(re.sub(r"(\d{3})(\d{3})(\d{4})", r"(\1) \2-\3", "5551234567"), re.sub(r"\s{2,}", " ", "too    many   spaces"), re.sub(r"^\s+|\s+$", "", "  trim me  "))
    print(re.findall(r"\$\d+(?:\.\d{2})?", "Items: $5, $12.50 and $100.99"), re.sub(r"(?<!^)(?=[A-Z])", "_", "camelCaseToSnake").lower())
asyncio.run(main())
