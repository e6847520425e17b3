import asyncio, signal
async def main():
    print(type(signal.getsignal(signal.SIGINT)).__name__ != "builtin_function_or_method")
    try:
        asyncio.get_running_loop().call_later(0.2, signal.raise_signal, signal.SIGINT)
        await asyncio.sleep(1)
    finally:
        print("main cleaning up")
try:
    asyncio.run(main())
except KeyboardInterrupt:
    print("KeyboardInterrupt from run")
print(signal.getsignal(signal.SIGINT) is signal.default_int_handler)
async def shielded():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("cancelled once, going on")
        await asyncio.sleep(0.1)
        return "finished"
async def main2():
    asyncio.get_running_loop().call_later(0.2, signal.raise_signal, signal.SIGINT)
    return await shielded()
print(asyncio.run(main2()))
