import asyncio
oop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
count = 0

def tick():
    global count
    count += 1
    print("tick", count, oop.time())