# asyncio queues: str() and repr() in every state, maxsize of zero and below, the
# nowait errors, task_done() too often, join(), class subscripts, and the hooks.
import asyncio


def shown(queue):
    # repr() has the address: keep what follows it.
    return str(queue), repr(queue).split(' at 0x')[0] + ' ' + repr(queue).split(' ', 3)[-1]


async def main():
    for size in (0, -3, 2):
        queue = asyncio.Queue(size)
        for i in range(3):
            try:
                queue.put_nowait(i)
            except asyncio.QueueFull as error:
                print('QueueFull', repr(error), error.args)
        print(size, queue.maxsize, queue.qsize(), queue.full(), queue.empty(), shown(queue))
    queue = asyncio.Queue()
    try:
        queue.get_nowait()
    except asyncio.QueueEmpty as error:
        print('QueueEmpty', repr(error))
    try:
        queue.task_done()
    except ValueError as error:
        print('ValueError', error)
    getters = [asyncio.create_task(queue.get()) for _ in range(2)]
    await asyncio.sleep(0)
    print(shown(queue))
    queue.put_nowait('x')
    print(shown(queue))
    await asyncio.sleep(0)
    print([g.done() for g in getters], shown(queue))
    getters[1].cancel()
    await asyncio.sleep(0)
    print(shown(queue))
    full = asyncio.Queue(1)
    await full.put('a')
    putters = [asyncio.create_task(full.put(n)) for n in 'bc']
    await asyncio.sleep(0)
    print(shown(full))
    print(await full.get(), shown(full))
    await asyncio.sleep(0)
    print(shown(full))
    joiner = asyncio.create_task(full.join())
    await asyncio.sleep(0)
    for _ in range(3):
        if not full.empty():
            full.get_nowait()
        full.task_done()
        await asyncio.sleep(0)
        print('join done', joiner.done(), shown(full))
    print(await asyncio.gather(*putters, return_exceptions=True), shown(full))
    priority = asyncio.PriorityQueue()
    for item in [(3, 'c'), (1, 'a'), (2, 'b'), (1, 'A')]:
        priority.put_nowait(item)
    print(shown(priority), [priority.get_nowait() for _ in range(4)])
    lifo = asyncio.LifoQueue(3)
    for item in 'xyz':
        await lifo.put(item)
    print(shown(lifo), lifo.full(), [await lifo.get() for _ in range(3)])

    class Sorted(asyncio.Queue):
        def _init(self, maxsize):
            self._queue = []

        def _put(self, item):
            self._queue.append(item)
            self._queue.sort()

        def _get(self):
            return self._queue.pop(0)

    mine = Sorted()
    for n in (5, 1, 3):
        mine.put_nowait(n)
    print(shown(mine), [mine.get_nowait() for _ in range(3)])
    getters[1].cancelled() and print('cancelled getter')
    getters[0].cancel()


asyncio.run(main())
