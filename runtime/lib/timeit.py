"""Timing small pieces of code: timeit(stmt, setup, number=...) runs stmt `number`
times and returns the seconds taken; repeat() does that several times. The clock is
the run's time.perf_counter, so under Taskscope's virtual clock (instant mode) only
time.sleep() inside stmt makes time pass. No command-line interface (timeit.main)."""

import sys
import time

__all__ = ["Timer", "timeit", "repeat", "default_timer"]

dummy_src_name = "<timeit-src>"
default_number = 1000000
default_repeat = 5
default_timer = time.perf_counter

# The timing function the statement is compiled into: the loop runs `stmt` directly
# in the function body, so the measure includes no call per iteration.
template = """
def inner(_it, _timer{init}):
    {setup}
    _t0 = _timer()
    for _i in _it:
        {stmt}
        pass
    _t1 = _timer()
    return _t1 - _t0
"""


def reindent(src, indent):
    return src.replace("\n", "\n" + " " * indent)


class Timer:
    """Times stmt after setup; both are source strings or callables."""

    def __init__(self, stmt="pass", setup="pass", timer=default_timer, globals=None):
        self.timer = timer
        local_ns = {}
        global_ns = {} if globals is None else globals
        init = ''
        if isinstance(setup, str):
            # Compiled alone first, so that a syntax error names the setup.
            compile(setup, dummy_src_name, "exec")
            stmtprefix = setup + '\n'
            setup = reindent(setup, 4)
        elif callable(setup):
            local_ns['_setup'] = setup
            init += ', _setup=_setup'
            stmtprefix = ''
            setup = '_setup()'
        else:
            raise ValueError("setup is neither a string nor callable")
        if isinstance(stmt, str):
            compile(stmtprefix + stmt, dummy_src_name, "exec")
            stmt = reindent(stmt, 8)
        elif callable(stmt):
            local_ns['_stmt'] = stmt
            init += ', _stmt=_stmt'
            stmt = '_stmt()'
        else:
            raise ValueError("stmt is neither a string nor callable")
        src = template.format(stmt=stmt, setup=setup, init=init)
        self.src = src
        code = compile(src, dummy_src_name, "exec")
        exec(code, global_ns, local_ns)
        self.inner = local_ns["inner"]

    def print_exc(self, file=None):
        import traceback
        traceback.print_exc(file=file)

    def timeit(self, number=default_number):
        """Seconds taken by `number` runs of the statement."""
        return self.inner(range(number), self.timer)

    def repeat(self, repeat=default_repeat, number=default_number):
        """A list of `repeat` results of timeit(number)."""
        return [self.timeit(number) for _ in range(repeat)]

    def autorange(self, callback=None):
        """Finds a number of runs (1, 2, 5, 10, 20, 50, ...) taking at least 0.2 s;
        returns (number, time_taken)."""
        i = 1
        while True:
            for j in 1, 2, 5:
                number = i * j
                time_taken = self.timeit(number)
                if callback:
                    callback(number, time_taken)
                if time_taken >= 0.2:
                    return (number, time_taken)
                if number >= 10 ** 9:
                    # Without a moving clock (the virtual clock) 0.2 s never passes.
                    return (number, time_taken)
            i *= 10


def timeit(stmt="pass", setup="pass", timer=default_timer, number=default_number,
           globals=None):
    return Timer(stmt, setup, timer, globals).timeit(number)


def repeat(stmt="pass", setup="pass", timer=default_timer, repeat=default_repeat,
           number=default_number, globals=None):
    return Timer(stmt, setup, timer, globals).repeat(repeat, number)
