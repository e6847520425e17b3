import threading
import time

data = threading.local()
data.name = "main"


def worker(name, delay):
    print(f"{name} sees hasattr: {hasattr(data, 'name')}")
    data.name = name
    time.sleep(delay)
    print(f"{name} still sees {data.name}")


threads = [threading.Thread(target=worker, args=(f"t{i}", 0.1 * (3 - i))) for i in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("main sees", data.name)


class Counter(threading.local):
    def __init__(self, start):
        self.value = start


c = Counter(10)
c.value += 1


def bump():
    c.value += 5
    print("thread value", c.value)


t = threading.Thread(target=bump)
t.start()
t.join()
print("main value", c.value)
