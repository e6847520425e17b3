# warnings.filterwarnings("ignore", ...) silences the never-awaited warning during the
# run and at exit alike; a message filter lets the other coroutine's warning through.
import sys
import warnings

sys.__stderr__ = sys.stdout
sys.stderr = sys.stdout
warnings.filterwarnings("ignore", message="coroutine 'quiet' was never awaited")


async def quiet():
    pass


async def loud():
    pass


def drop_both():
    quiet()
    loud()


drop_both()
kept = [quiet(), loud(), quiet(), loud()]
print("end of the program")
