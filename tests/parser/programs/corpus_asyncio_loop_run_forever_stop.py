import asyncio

loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
count = 0

def tick():
    global count
    count += 1
    print("tick", count, loop.time())
    if count == 3:
        loop.stop()
    else:
        loop.call_later(0.5, tick)

loop.call_soon(tick)
loop.run_forever()
print("stopped at", loop.time())
loop.close()
