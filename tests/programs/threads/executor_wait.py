from concurrent.futures import ThreadPoolExecutor, wait, FIRST_COMPLETED, ALL_COMPLETED
import time


def nap(x):
    time.sleep(x)
    return x


with ThreadPoolExecutor(max_workers=3) as ex:
    fs = [ex.submit(nap, x) for x in (0.3, 0.1, 0.2)]
    done, pending = wait(fs, return_when=FIRST_COMPLETED)
    print(sorted(f.result() for f in done), len(pending), f"at {time.monotonic():.1f}")
    done, pending = wait(fs, timeout=0.15)
    print(len(done), len(pending), f"at {time.monotonic():.2f}")
    done, pending = wait(fs, return_when=ALL_COMPLETED)
    print(sorted(f.result() for f in done), len(pending), f"at {time.monotonic():.1f}")
