# faulthandler as a debugging aid: enable it at the top of a program, and dump where
# the program is from deep inside a call chain. The dump runs in an atexit callback,
# whose stack starts at the callback (the oracle's own frames would follow <module>
# otherwise).
import atexit
import faulthandler
import sys

faulthandler.enable()
print("enabled:", faulthandler.is_enabled())


def parse(text):
    if text.startswith("?"):
        faulthandler.dump_traceback(file=sys.stdout, all_threads=False)
    return text.upper()


def handle(lines):
    return [parse(line) for line in lines]


def at_exit():
    print(handle(["a", "?b"]))
    print("disabled:", faulthandler.disable(), faulthandler.is_enabled())


atexit.register(at_exit)
print("main done")
