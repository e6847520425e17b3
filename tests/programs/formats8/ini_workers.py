# An INI config (with [DEFAULT] values and %(name)s references) sets up a pool of
# asyncio workers; the mapping protocol, typed getters and write() are used on it.
import asyncio
import configparser
import io

CONFIG = """
[DEFAULT]
timeout = 0.5
prefix = job

[pool]
workers = 2
queue_size = 4
verbose = yes

[jobs]
names = %(prefix)s-a
    %(prefix)s-b
    %(prefix)s-c
delays = 0.3, 0.1, 0.2
"""


async def worker(ident, queue, timeout, verbose, done):
    while True:
        name, delay = await queue.get()
        try:
            await asyncio.wait_for(asyncio.sleep(delay), timeout)
            done.append((ident, name, round(asyncio.get_running_loop().time(), 2)))
            if verbose:
                print(f"worker {ident} finished {name}")
        finally:
            queue.task_done()


async def main():
    config = configparser.ConfigParser()
    config.read_string(CONFIG, source="pool.ini")
    pool = config["pool"]
    names = config.get("jobs", "names").split("\n")
    delays = [float(d) for d in config["jobs"]["delays"].split(",")]
    print(config.sections(), pool.getint("workers"), pool.getboolean("verbose"), names)
    queue = asyncio.Queue(maxsize=pool.getint("queue_size"))
    done = []
    workers = [asyncio.create_task(worker(i, queue, pool.getfloat("timeout"),
                                          pool.getboolean("verbose"), done))
               for i in range(pool.getint("workers"))]
    for item in zip(names, delays):
        await queue.put(item)
    await queue.join()
    for w in workers:
        w.cancel()
    await asyncio.gather(*workers, return_exceptions=True)
    print(done)

    config["results"] = {"count": len(done), "last": done[-1][1]}
    out = io.StringIO()
    config.write(out)
    print(out.getvalue())

    for bad in ("[a]\nx = 1\nx = 2\n", "x = 1\n", "[a]\nnot an option\n"):
        try:
            configparser.ConfigParser().read_string(bad)
        except configparser.Error as e:
            print(type(e).__name__, "->", e)
    try:
        config.get("pool", "missing")
    except configparser.NoOptionError as e:
        print(e)
    broken = configparser.ConfigParser()
    broken.read_string("[s]\npath = %(home)s/bin\n")
    try:
        broken.get("s", "path")
    except configparser.InterpolationMissingOptionError as e:
        print(e)

asyncio.run(main())
