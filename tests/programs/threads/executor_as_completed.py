from concurrent.futures import ThreadPoolExecutor, as_completed
import time

DELAYS = {"slow": 1.5, "fast": 0.5, "medium": 1.0}


def download(name):
    time.sleep(DELAYS[name])
    return f"{name} done"


with ThreadPoolExecutor(max_workers=3) as ex:
    futures = {ex.submit(download, name): name for name in DELAYS}
    for fut in as_completed(futures):
        print(futures[fut], "->", fut.result(), f"at {time.monotonic():.1f}")
