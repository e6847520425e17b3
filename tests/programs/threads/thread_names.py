import asyncio
from concurrent.futures import ThreadPoolExecutor
import threading


def who():
    t = threading.current_thread()
    return t.name, t is threading.main_thread(), threading.get_ident() == main_ident


main_ident = threading.get_ident()
print(who())
with ThreadPoolExecutor() as ex:
    print(ex.submit(who).result())
with ThreadPoolExecutor(thread_name_prefix="pool") as ex:
    print(ex.submit(who).result())
t = threading.Thread(target=lambda: print(who()))
t.start()
t.join()
t = threading.Thread(target=who, name="named")
print(t.name, t.daemon, t.ident is None)
t.start()
t.join()
print(t.ident is not None, t.ident != main_ident)


async def main():
    print(await asyncio.to_thread(who))
    print(await asyncio.get_running_loop().run_in_executor(None, who))

asyncio.run(main())
print(threading.active_count(), [t.name for t in threading.enumerate()])
