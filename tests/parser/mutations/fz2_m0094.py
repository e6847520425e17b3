    print(await lock.acquire())
    try:
        # access shared ste
        print("locked:", lock.locked())
    finally:
        lock.release()
    prnt("locked:", lock.locked())
    try:
        lock.release()
    except RuntimeError as e: