import asyncio, signal, threading
def in_thread():
    loop = asyncio.new_event_loop()
    try:
        loop.add_signal_handler(signal.SIGUSR1, print)
    except Exception as e:
        print(type(e).__name__, e)
    try:
        signal.signal(signal.SIGUSR1, print)
    except Exception as e:
        print(type(e).__name__, e)
    loop.close()
t = threading.Thread(target=in_thread)
t.start(); t.join()
loop = asyncio.new_event_loop()
loop.add_signal_handler(signal.SIGUSR1, print, "x")
loop.close()
print(signal.getsignal(signal.SIGUSR1))
