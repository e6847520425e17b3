# A TOML config describes jobs; asyncio runs them with their delays and retries,
# and a bad config is reported with tomllib's position.
import asyncio
import tomllib

CONFIG = """
title = "nightly"
started = 2024-03-01T02:00:00Z

[defaults]
retries = 1
delay = 0.5

[[job]]
name = "fetch"
delay = 0.2
tags = ["net", "io"]

[[job]]
name = "build"
retries = 2
fail_times = 1
env = { CC = "gcc", OPT = "-O2" }

[[job]]
name = "report"
delay = 1.0
"""


async def run_job(job, defaults, log):
    delay = job.get("delay", defaults["delay"])
    failures_left = job.get("fail_times", 0)
    for attempt in range(1, job.get("retries", defaults["retries"]) + 2):
        await asyncio.sleep(delay)
        if failures_left:
            failures_left -= 1
            log.append(f"{asyncio.get_running_loop().time():.1f} {job['name']} attempt {attempt} failed")
            continue
        log.append(f"{asyncio.get_running_loop().time():.1f} {job['name']} done on attempt {attempt}")
        return job["name"], attempt
    return job["name"], None


async def main():
    config = tomllib.loads(CONFIG)
    print(config["title"], config["started"].isoformat(), config["started"].tzinfo)
    print(sorted(config["defaults"].items()))
    for job in config["job"]:
        print(job["name"], sorted(job))
    log = []
    results = await asyncio.gather(*(run_job(j, config["defaults"], log) for j in config["job"]))
    print("\n".join(log))
    print(results)
    print(config["job"][1]["env"])

    for bad in ("[job]\nname = 1", "x = [1, 2", "a = 1\na = 2", "when = 2024-02-30"):
        try:
            tomllib.loads(bad)
        except tomllib.TOMLDecodeError as e:
            print("error:", e)

asyncio.run(main())
