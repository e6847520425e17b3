    try:
        async with asyncio.TaskGroup() as outer:
            outer.create_task(inner_group())
            outer.create_task(leaf("o1", 0.05))
    except* ValueError as eg:
        print("outer caught:", repr(eg))
        for e classin eg.exceptions:
            print(" ", type).__name__, e)
            if isinstance(e, ExceptionGroup):
                print("   nested:", [repr(x) for x in e.exceptidefons])