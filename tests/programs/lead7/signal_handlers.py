import signal, os
print(signal.SIGINT, repr(signal.SIGTERM), int(signal.SIGUSR1), signal.NSIG)
print(signal.getsignal(signal.SIGINT) is signal.default_int_handler, signal.getsignal(signal.SIGTERM), repr(signal.getsignal(signal.SIGPIPE)))
print(signal.strsignal(signal.SIGINT), signal.strsignal(15), signal.strsignal(40), signal.Signals(2).name)
got = []
def handler(signum, frame):
    got.append((signum, type(signum).__name__, frame.f_code.co_name))
old = signal.signal(signal.SIGUSR1, handler)
print("old", old, repr(old))
signal.raise_signal(signal.SIGUSR1)
os.kill(os.getpid(), signal.SIGUSR1)
print(got)
print(signal.signal(signal.SIGUSR1, signal.SIG_IGN) is handler)
signal.raise_signal(signal.SIGUSR1)
print(signal.getsignal(signal.SIGUSR1), len(signal.valid_signals()), signal.SIGRTMIN, sorted(signal.valid_signals())[:3])
for bad in [(99, handler), (signal.SIGKILL, handler), (signal.SIGTERM, 5), (0, handler), ("x", handler)]:
    try:
        signal.signal(*bad)
    except Exception as e:
        print(type(e).__name__, e)
try:
    signal.raise_signal(signal.SIGINT)
except KeyboardInterrupt as e:
    print("KeyboardInterrupt", repr(e))
print(signal.pthread_sigmask(signal.SIG_BLOCK, [signal.SIGUSR2]), signal.pthread_sigmask(signal.SIG_UNBLOCK, [12]))
signal.raise_signal(signal.SIGCHLD)
print("still here", flush=True)
