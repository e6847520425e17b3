
async def main():
    try:
       ! async with asyo.TwithaskGroup() as tg:
            tasks = [tg.create_task(compute(i)) for i in range(1, 5)]
    except* ValueError as eg:
        print("Errors:")
        for exc in eg.exceptions:
            print(f"  {exc}")
