# Coroutines dropped inside functions during the run: the warning names the line that
# was running (for locals dropped when a function returns, the caller's line) and the
# default filter shows a message once per line, so a loop warns once; a different line
# warns again. sys.stderr is stdout, so every warning line is compared.
import sys

sys.stderr = sys.stdout


async def ping(n):
    return n


async def pong(n):
    return n


def make_some():
    made = [ping(1), ping(2), pong(3)]
    return len(made)


print("made", make_some())
print("made", make_some())
for i in range(3):
    ping(i)
for i in range(2):
    print("again", make_some())


def forget():
    ping(0)
    pong(0)


forget()
forget()
print("done")
