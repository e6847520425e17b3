import asyncio

async def validate(field, value):
    await asyncio.sleep(0)
    if not value:
        raise ValueError(f"{field} is empty")
    if not isinstance(value, str):
        raise TypeError(f"{field} must be str")
    return value

async def main():
    form = {"name": "ann", "email": "", "age": 7, "city": ""}
    try:
        async with asyncio.TaskGroup() as tg:
            for k, v in form.items():
                tg.create_task(validate(k, v))
    except* TypeError as eg:
        print("type problems:", [str(e) for e in eg.exceptions])
    print("unreachable: ValueErrors propagate")

asyncio.run(main())
