import asyncio, argparse

def make_parser():
    p = argparse.ArgumentParser(prog="fetcher", description="Fetch things concurrently.")
    p.add_argument("urls", nargs="+", help="URLs to fetch")
    p.add_argument("-c", "--concurrency", type=int, default=2)
    p.add_argument("--timeout", type=float, default=1.5)
    p.add_argument("-v", "--verbose", action="count", default=0)
    p.add_argument("--mode", choices=["fast", "slow"], default="fast")
    p.add_argument("--dry-run", action="store_true")
    return p

async def fetch(url, sem, args):
    async with sem:
        await asyncio.sleep(0.1 if args.mode == "fast" else 0.5)
        return f"{url}: {'skipped' if args.dry_run else 'ok'}"

async def main(argv):
    args = make_parser().parse_args(argv)
    print(args)
    sem = asyncio.Semaphore(args.concurrency)
    for line in await asyncio.gather(*(fetch(u, sem, args) for u in args.urls)):
        print(line)

asyncio.run(main(["a.com", "b.com", "-c", "1", "-vv", "--mode", "slow", "--dry-run"]))
make_parser().print_help()
try:
    make_parser().parse_args(["--mode", "medium", "x"])
except SystemExit as e:
    print("exit", e.code)
