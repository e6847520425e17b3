# A learner builds a small command-line tool with argparse. Taskscope programs have
# no command line (sys.argv is just the program name), so the argument lists are
# passed to parse_args; help and errors are printed as a terminal would show them.
import argparse
import asyncio
import sys

parser = argparse.ArgumentParser(prog="fetcher", description="Fetch URLs concurrently.")
parser.add_argument("urls", nargs="+", help="the addresses to fetch")
parser.add_argument("-c", "--concurrency", type=int, default=2, help="how many at once (default: %(default)s)")
parser.add_argument("--timeout", type=float, default=1.5)
parser.add_argument("-v", "--verbose", action="count", default=0)
parser.add_argument("--mode", choices=["fast", "slow"], default="fast")

print(sys.argv[1:])
print(parser.format_help())


async def fetch(url, delay, limit):
    async with limit:
        await asyncio.sleep(delay)
        return f"{url}: ok after {delay}s"


async def main(args):
    limit = asyncio.Semaphore(args.concurrency)
    delay = 0.1 if args.mode == "fast" else 0.5
    results = await asyncio.gather(*(fetch(u, delay, limit) for u in args.urls))
    for line in results:
        print(line)
    print("elapsed", round(asyncio.get_running_loop().time(), 2))


args = parser.parse_args(["a.example", "b.example", "c.example", "-vv", "--mode", "slow"])
print(args)
asyncio.run(main(args))

sys.stderr = sys.stdout   # so that the error report is compared too
for bad in (["-c", "two", "x"], ["--mode", "medium", "x"], [], ["x", "--verbos"]):
    try:
        parser.parse_args(bad)
    except SystemExit as e:
        print("exit status", e.code)
