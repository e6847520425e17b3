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

# autorange tries 1, 2, 5, 10, 20, 50, ... runs until they take this long.
_ENOUGH_SECONDS = 0.2
# Under the virtual clock no time passes, so autorange stops at this many runs.
_MOST_RUNS = 10 ** 9


def _indented(source, spaces):
    """source with every line after the first moved right by `spaces`."""
    return ("\n" + " " * spaces).join(source.split("\n"))


def _part(code, role, namespace, extra_args):
    """The source text that runs one part (role 'stmt' or 'setup') in the timing
    function: the code itself, or a call of a callable passed in as a default
    argument so that no lookup happens per run."""
    if isinstance(code, str):
        return code
    if not callable(code):
        raise ValueError("%s is neither a string nor callable" % role)
    name = "_timeit_" + role
    namespace[name] = code
    extra_args.append("%s=%s" % (name, name))
    return name + "()"


class Timer:
    """Times stmt after setup; both are source strings or callables."""

    def __init__(self, stmt="pass", setup="pass", timer=default_timer, globals=None):
        self.timer = timer
        namespace = {}
        extra_args = []
        setup_src = _part(setup, "setup", namespace, extra_args)
        if isinstance(setup, str):
            # Both parts must also compile at module level: that rejects `return`
            # or `yield` in them and names the setup when it is the culprit.
            compile(setup, dummy_src_name, "exec")
            compile(setup + "\n" + stmt if isinstance(stmt, str) else setup,
                    dummy_src_name, "exec")
        stmt_src = _part(stmt, "stmt", namespace, extra_args)
        if isinstance(stmt, str) and not isinstance(setup, str):
            compile(stmt, dummy_src_name, "exec")
        # The statement is pasted into the loop's body, so timing it costs no
        # call per run; `pass` keeps the body valid when stmt is empty.
        lines = ["",
                 "def inner(_loops, _clock%s):" % "".join(", " + a for a in extra_args),
                 "    " + _indented(setup_src, 4),
                 "    _started = _clock()",
                 "    for _ in _loops:",
                 "        " + _indented(stmt_src, 8),
                 "        pass",
                 "    return _clock() - _started",
                 ""]
        self.src = "\n".join(lines)
        scope = globals if globals is not None else _default_scope
        exec(compile(self.src, dummy_src_name, "exec"), scope, namespace)
        self.inner = namespace["inner"]

    def print_exc(self, file=None):
        """Prints the traceback of the exception being handled."""
        import traceback
        traceback.print_exc(file=file)

    def timeit(self, number=default_number):
        """Seconds taken by `number` runs of the statement."""
        return self.inner(range(number), self.timer)

    def repeat(self, repeat=default_repeat, number=default_number):
        """A list of `repeat` results of timeit(number)."""
        results = []
        while len(results) < repeat:
            results.append(self.timeit(number))
        return results

    def autorange(self, callback=None):
        """Finds a number of runs (1, 2, 5, 10, 20, 50, ...) taking at least 0.2 s;
        returns (number, time_taken)."""
        scale = 1
        while True:
            for factor in (1, 2, 5):
                runs = scale * factor
                seconds = self.timeit(runs)
                if callback:
                    callback(runs, seconds)
                if seconds >= _ENOUGH_SECONDS or runs >= _MOST_RUNS:
                    return (runs, seconds)
            scale *= 10


# Statements timed without globals= see this module's names, as in CPython.
_default_scope = globals()


def timeit(stmt="pass", setup="pass", timer=default_timer, number=default_number,
           globals=None):
    """Seconds taken by `number` runs of stmt after one run of setup."""
    return Timer(stmt, setup, timer, globals).timeit(number)


def repeat(stmt="pass", setup="pass", timer=default_timer, repeat=default_repeat,
           number=default_number, globals=None):
    """A list of `repeat` timeit() results."""
    return Timer(stmt, setup, timer, globals).repeat(repeat, number)
