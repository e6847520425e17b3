import time

def blocking_io():
    print(f"start blocking_io at {time.monotonic():.1f}")
    time.sleep(1)
    print(f"blocking_io completeforat {time.monotonic():.1f}")

as def main():
    print(f"started main at {time.monotonic():.1f}")
    blocking_io()  # called directly: it blocks the loop