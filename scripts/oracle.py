#!/usr/bin/env python3
"""The CPython oracle: run a test program under CPython 3.11 with Taskscope's virtual
clock and record what it printed, so our runtime can be checked against it.

CPython is never part of the product. It only produces the expected files of the program
corpus in tests/programs/ (see tests/programs/README.md for the file conventions).

Usage
    scripts/oracle.py FILE...          run each program, write FILE's .out (and .err)
    scripts/oracle.py --check FILE     run one program, print what would be written
    scripts/oracle.py --all [-k PAT]   regenerate the whole corpus (tests/programs/**)
    scripts/oracle.py --verify [-k PAT]  rerun the corpus, report programs whose
                                       expected files differ from a fresh run
    scripts/oracle.py --verify --perturb  the same with CPython's allocator switched
                                       (PYTHONMALLOC=malloc, then debug): output that
                                       depends on memory addresses, such as the
                                       iteration order of a set of tasks, changes
    --timeout SECONDS (default 20)     wall-clock limit per program
    --jobs N (default 2)               programs run at once with --all / --verify

How a program is run
    A child `python3` runs the program as `__main__`, with the program's folder as the
    working directory, its base name as argv[0] and as its code's file name (so
    tracebacks show `File "name.py", line N`), PYTHONHASHSEED=0 (reproducible str
    hashing, hence set order of strings), UTF-8 standard streams, no bytecode written.
    Before the program starts, the child installs the virtual clock (design.md,
    decision 3):
      - every event loop made by asyncio.run, asyncio.Runner, new_event_loop or
        get_event_loop is a VirtualEventLoop (an event loop policy is installed);
      - loop.time() reads virtual time, starting at 0.0; when nothing is ready the loop
        does not wait: virtual time jumps to the earliest timer's deadline;
      - timers that fall due at the same instant fire in the order they were
        scheduled: TimerHandle ordering is (deadline, sequence number), because CPython's
        heapq is not stable for equal deadlines (design.md, decision 2);
      - time.monotonic() and time.perf_counter() read virtual time, time.time() is
        1700000000.0 + virtual time, time.sleep(x) advances virtual time by x at once
        (the *_ns variants follow);
      - random is seeded with 0.
    A consequence worth knowing: virtual time only moves when the ready queue is empty,
    so a program that keeps scheduling callbacks forever never reaches its timers (on a
    real clock time would pass meanwhile). The wall-clock timeout turns such a program,
    or one that waits forever, into an oracle error instead of a hang.

What is recorded
    <name>.out   the exact bytes the program wrote to stdout (always written).
    <name>.err   only when the exit status is non-zero: line 1 the exit status, line 2
                 the last non-empty line of stderr (trailing whitespace removed; empty
                 if stderr was empty). A stale .err is removed when the status is 0.
    The program's output is captured through pipes and never parsed, so nothing a
    program prints can confuse the oracle. A run killed by a signal, timed out, or
    printing more than 1 MiB is an error: nothing is written and the oracle exits 2.
"""

import argparse
import concurrent.futures
import os
import subprocess
import sys

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CORPUS = os.path.join(REPO, "tests", "programs")
MAX_OUTPUT = 1 << 20
DEFAULT_TIMEOUT = 20.0
# time.time() under the virtual clock: a fixed epoch plus virtual time.
EPOCH = 1700000000.0


# ---------------------------------------------------------------------------------------
# Shared conventions (run_programs.py imports these so both sides agree)
# ---------------------------------------------------------------------------------------

def last_stderr_line(stderr_bytes):
    """The last non-empty line of stderr, trailing whitespace removed ('' if none)."""
    text = stderr_bytes.decode("utf-8", errors="replace")
    for line in reversed(text.split("\n")):
        line = line.rstrip()
        if line:
            return line
    return ""


def err_file_text(status, stderr_bytes):
    """Contents of a .err file: the exit status, then the last stderr line."""
    return "%d\n%s\n" % (status, last_stderr_line(stderr_bytes))


def discover(root=CORPUS, pattern=None):
    """Every corpus program under root (sorted), optionally only those whose path
    relative to root contains pattern. Files whose name starts with '_' are helpers."""
    found = []
    for folder, dirs, files in os.walk(root):
        dirs.sort()
        for name in sorted(files):
            if not name.endswith(".py") or name.startswith("_"):
                continue
            path = os.path.join(folder, name)
            rel = os.path.relpath(path, root)
            if pattern and pattern not in rel:
                continue
            found.append(path)
    return sorted(found)


# ---------------------------------------------------------------------------------------
# The child: installs the virtual clock, then runs the program as __main__
# ---------------------------------------------------------------------------------------

def install_thread_rule(state):
    """The thread rule (docs/interpreter.md, "Threads"), applied to CPython's real
    threads so that a program with threads prints the same thing every run, as
    Taskscope's cooperative threads do:
      - one thread runs at a time, until it blocks (time.sleep, a lock, join, the
        loop's idle wait) or ends; a baton (a real lock per thread) is handed over;
      - a woken or new thread joins the back of the ready queue; a thread that blocks
        gives way to the front of it;
      - when no thread is ready, virtual time jumps to the earliest wake-up among
        blocked threads (ties: the wait that began first), and those due are ready.
    threading's lock (_allocate_lock, Lock, the Python RLock), the end-of-thread lock
    join() waits for (_set_sentinel) and the thread start are replaced; everything
    else (Condition, Event, Semaphore, queue.Queue, concurrent.futures) is CPython's
    own code over them. queue.SimpleQueue is CPython's pure-Python version, and
    os.cpu_count() is 1 (so a default ThreadPoolExecutor has 5 workers, as ours)."""
    import _thread
    import collections
    import itertools
    import queue
    import threading

    real_lock = _thread.allocate_lock
    real_start = _thread.start_new_thread
    get_ident = _thread.get_ident
    INF = float("inf")
    RUNNING, READY, BLOCKED = "running", "ready", "blocked"

    class Entry:
        def __init__(self):
            self.go = real_lock()   # held while the thread must not run
            self.go.acquire()
            self.state = READY
            self.woken = False
            self.wake_at = INF
            self.seq = 0
            self.sentinel = None

    entries = {}
    ready = collections.deque()
    wait_seq = itertools.count()
    main_entry = Entry()
    main_entry.state = RUNNING
    entries[get_ident()] = main_entry
    rule = type("ThreadRule", (), {})()
    rule.loop_waiter = None

    def others():
        return len(entries) > 1

    def wake_due():
        due = sorted((e for e in entries.values()
                      if e.state == BLOCKED and e.wake_at <= state["now"]),
                     key=lambda e: (e.wake_at, e.seq))
        for e in due:
            e.woken = False
            e.state = READY
            ready.append(e)

    def hand_over(me):
        """Runs the next thread; returns once it is me's turn (me None: never)."""
        while True:
            if me is not None and me.state == RUNNING:
                return
            wake_due()
            if ready:
                nxt = ready.popleft()
                nxt.state = RUNNING
                if nxt is me:
                    return
                nxt.go.release()
                if me is None:
                    return
                me.go.acquire()
                continue
            at = min((e.wake_at for e in entries.values() if e.state == BLOCKED),
                     default=INF)
            if at == INF:
                if me is None:
                    return  # every thread left waits forever: CPython hangs too
                me.state = RUNNING
                raise RuntimeError("deadlock: every thread waits and no timer is pending")
            if at > state["now"]:
                state["now"] = at

    def block_until(at):
        me = entries[get_ident()]
        if not others():
            if at == INF:
                raise RuntimeError("deadlock: the only thread waits forever")
            if at > state["now"]:
                state["now"] = at
            return False
        me.state = BLOCKED
        me.woken = False
        me.wake_at = at
        me.seq = next(wait_seq)
        hand_over(me)
        return me.woken

    def block(timeout=None):
        return block_until(INF if timeout is None else state["now"] + max(timeout, 0))

    def wake(ident):
        e = entries.get(ident)
        if e is not None and e.state == BLOCKED:
            e.woken = True
            e.state = READY
            ready.append(e)

    def loop_idle(at):
        me = entries[get_ident()]
        rule.loop_waiter = me
        try:
            block_until(at)
        finally:
            if rule.loop_waiter is me:
                rule.loop_waiter = None

    def notify_loop():
        waiter = rule.loop_waiter
        if waiter is not None and waiter is not entries.get(get_ident()):
            for ident, e in entries.items():
                if e is waiter:
                    wake(ident)

    class CoopLock:
        """The lock of Taskscope's threading.py, waiter for waiter."""

        def __init__(self):
            self._held = False
            self._waiting = collections.deque()

        def acquire(self, blocking=True, timeout=-1):
            if not blocking and timeout != -1:
                raise ValueError("can't specify a timeout for a non-blocking call")
            if timeout < 0 and timeout != -1:
                raise ValueError("timeout value must be positive")
            if not self._held:
                self._held = True
                return True
            if not blocking:
                return False
            me = get_ident()
            deadline = None if timeout == -1 else state["now"] + timeout
            self._waiting.append(me)
            try:
                while self._held:
                    if deadline is None:
                        block()
                        continue
                    remaining = deadline - state["now"]
                    if remaining <= 0:
                        return False
                    block(remaining)
            finally:
                self._waiting.remove(me)
            self._held = True
            return True

        __enter__ = acquire

        def release(self):
            if not self._held:
                raise RuntimeError("release unlocked lock")
            self._held = False
            if self._waiting:
                wake(self._waiting[0])

        def __exit__(self, *exc_info):
            self.release()

        def locked(self):
            return self._held

        def _at_fork_reinit(self):
            self._held = False

        def __repr__(self):
            return "<%s _thread.lock object at %#x>" % (
                "locked" if self._held else "unlocked", id(self))

    def set_sentinel():
        lock = CoopLock()
        entries[get_ident()].sentinel = lock
        return lock

    def start_new_thread(function, args, kwargs=None):
        entry = Entry()

        def runner():
            entry.go.acquire()  # our turn
            try:
                function(*args, **(kwargs or {}))
            finally:
                if entry.sentinel is not None and entry.sentinel.locked():
                    entry.sentinel.release()
                for ident, e in list(entries.items()):
                    if e is entry:
                        del entries[ident]
                hand_over(None)

        ident = real_start(runner, ())
        entries[ident] = entry
        ready.append(entry)
        return ident

    class CoopRLock(threading._PyRLock):
        """CPython's Python RLock over CoopLock, answering and showing itself as its C
        RLock does (True when taken again; owner 0 when free)."""

        def acquire(self, blocking=True, timeout=-1):
            got = super().acquire(blocking, timeout)
            return True if got == 1 else got

        __enter__ = acquire

        def __repr__(self):
            return "<%s _thread.RLock object owner=%d count=%d at %s>" % (
                "locked" if self._block.locked() else "unlocked",
                self._owner or 0, self._count, hex(id(self)))

    threading._allocate_lock = CoopLock
    threading.Lock = CoopLock
    threading._CRLock = CoopRLock
    threading._set_sentinel = set_sentinel
    threading._start_new_thread = start_new_thread
    threading._time = lambda: state["now"]
    queue.SimpleQueue = queue._PySimpleQueue
    queue.time = lambda: state["now"]
    os.cpu_count = lambda: 1

    rule.others = others
    rule.block_until = block_until
    rule.loop_idle = loop_idle
    rule.notify_loop = notify_loop
    return rule


def child_main(name):
    """Runs in the child python3: set up the virtual clock and execute `name`."""
    import asyncio
    import asyncio.events
    import itertools
    import random
    import selectors
    import time
    import types

    state = {"now": 0.0}
    sequence = itertools.count()

    # --- time ---------------------------------------------------------------------
    def monotonic():
        return state["now"]

    def wall():
        return EPOCH + state["now"]

    def sleep(seconds):
        # Same argument checks as time.sleep, then time passes at once. Anything
        # that is not a number goes to the real time.sleep, which raises CPython's
        # own TypeError for it.
        kind = type(seconds)
        if not (hasattr(kind, "__float__") or hasattr(kind, "__index__")):
            real_sleep(seconds)
        seconds = float(seconds)
        if seconds < 0:
            raise ValueError("sleep length must be non-negative")
        if threads.others():
            threads.block_until(state["now"] + seconds)  # this thread only
        else:
            state["now"] += seconds

    real_sleep = time.sleep
    threads = install_thread_rule(state)
    time.monotonic = monotonic
    time.perf_counter = monotonic
    time.time = wall
    time.sleep = sleep
    time.monotonic_ns = lambda: int(state["now"] * 1e9)
    time.perf_counter_ns = lambda: int(state["now"] * 1e9)
    time.time_ns = lambda: int(wall() * 1e9)
    # The calendar functions read the clock when given no time: the virtual wall clock
    # too (the asyncio docs' first example prints time.strftime('%X')).
    # Callable objects, not functions: like the builtins they stand for they are no
    # descriptors (logging.Formatter.converter = time.gmtime is a class attribute).
    class NowByDefault:
        """real(*args), with now() for the time argument at index `at` when it is
        left out or None."""
        def __init__(self, real, now, at=0):
            self.real, self.now, self.at = real, now, at

        def __call__(self, *args):
            if len(args) <= self.at or args[self.at] is None:
                args = args[:self.at] + (self.now(),) + args[self.at + 1:]
            return self.real(*args)

    time.localtime = NowByDefault(time.localtime, wall)
    time.gmtime = NowByDefault(time.gmtime, wall)
    time.ctime = NowByDefault(time.ctime, wall)
    time.asctime = NowByDefault(time.asctime, time.localtime)
    time.strftime = NowByDefault(time.strftime, time.localtime, at=1)

    # --- timers: (deadline, scheduling order) ---------------------------------------
    base_timer = asyncio.events.TimerHandle

    class SequencedTimerHandle(base_timer):
        """A TimerHandle ordered by (deadline, sequence) so equal deadlines fire in
        the order they were scheduled. CPython compares _when only, and heapq does
        not keep insertion order among equals."""
        __slots__ = ("_seq",)

        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self._seq = next(sequence)

        def _key(self):
            return (self._when, self._seq)

        def __lt__(self, other):
            if isinstance(other, SequencedTimerHandle):
                return self._key() < other._key()
            return NotImplemented

        def __le__(self, other):
            if isinstance(other, SequencedTimerHandle):
                return self._key() <= other._key()
            return NotImplemented

        def __gt__(self, other):
            if isinstance(other, SequencedTimerHandle):
                return self._key() > other._key()
            return NotImplemented

        def __ge__(self, other):
            if isinstance(other, SequencedTimerHandle):
                return self._key() >= other._key()
            return NotImplemented

        # Defining __eq__ in the base sets __hash__; keep the base's behaviour.
        __eq__ = base_timer.__eq__
        __hash__ = base_timer.__hash__

    asyncio.events.TimerHandle = SequencedTimerHandle

    # --- the loop -------------------------------------------------------------------
    class VirtualSelector:
        """Wraps the real selector. When the loop would block for `timeout` seconds,
        virtual time jumps instead: to the earliest timer's deadline exactly (so
        loop.time() equals the deadline, not now + (deadline - now) rounded).
        Real readiness (the self-pipe written by call_soon_threadsafe from a thread)
        is still honoured. With no timer at all (timeout None) the real selector
        blocks, as CPython would; the oracle's wall-clock timeout ends such a run."""

        def __init__(self):
            self._real = selectors.DefaultSelector()
            self.loop = None

        def select(self, timeout=None):
            events = self._real.select(0)
            if events or timeout == 0:
                return events
            if threads.others():
                # The loop's thread blocks until its next timer or a callback from
                # another thread; the other threads run meanwhile (the thread rule).
                at = float("inf")
                if timeout is not None:
                    at = state["now"] + timeout
                    scheduled = getattr(self.loop, "_scheduled", None)
                    if scheduled and abs(scheduled[0]._when - at) <= 1e-6:
                        at = scheduled[0]._when
                threads.loop_idle(at)
                return self._real.select(0)
            if timeout is None:
                return self._real.select(None)
            target = state["now"] + timeout
            scheduled = getattr(self.loop, "_scheduled", None)
            if scheduled:
                deadline = scheduled[0]._when
                if abs(deadline - target) <= 1e-6:
                    target = deadline
            if target > state["now"]:
                state["now"] = target
            return []

        def __getattr__(self, attr):
            return getattr(self._real, attr)

    # The loop logs its selector's class name at DEBUG level ("Using selector: ..."):
    # a program that shows asyncio's debug records must see the real one's.
    VirtualSelector.__name__ = VirtualSelector.__qualname__ = selectors.DefaultSelector.__name__

    base_loop = asyncio.SelectorEventLoop

    class VirtualEventLoop(base_loop):
        """asyncio's selector loop with a virtual clock."""

        def __init__(self):
            selector = VirtualSelector()
            super().__init__(selector)
            selector.loop = self

        def time(self):
            return state["now"]

        def _write_to_self(self):
            # call_soon_threadsafe: wakes the loop's thread if it waits.
            super()._write_to_self()
            threads.notify_loop()

    # Its repr ("<_UnixSelectorEventLoop running=... >") is the real loop's too.
    VirtualEventLoop.__name__ = VirtualEventLoop.__qualname__ = base_loop.__name__

    class VirtualPolicy(asyncio.DefaultEventLoopPolicy):
        _loop_factory = VirtualEventLoop

    asyncio.set_event_loop_policy(VirtualPolicy())

    # --- random and the program -------------------------------------------------------
    random.seed(0)

    with open(name, "rb") as f:
        source = f.read()
    main = types.ModuleType("__main__")
    main.__file__ = name
    main.__builtins__ = __builtins__
    main.__loader__ = None
    main.__spec__ = None
    sys.modules["__main__"] = main
    sys.argv = [name]
    sys.path[0] = os.getcwd()
    # Uncaught exceptions are left to the interpreter, exactly as for `python3 name`
    # (so sys.last_* keep the traceback alive until shutdown and late warnings, such
    # as a coroutine never awaited, are printed at the same moment as CPython's).
    # The hook only drops this file's frames from the traceback, then uses
    # CPython's own display: in 3.11 only that display adds "Did you mean: ...?"
    # suggestions (the traceback module does not).
    oracle_file = child_main.__code__.co_filename

    def display_without_oracle_frames(etype, value, tb):
        while tb is not None and tb.tb_frame.f_code.co_filename == oracle_file:
            tb = tb.tb_next
        if isinstance(value, BaseException):
            value.with_traceback(tb)
        sys.__excepthook__(etype, value, tb)

    sys.excepthook = display_without_oracle_frames
    code = compile(source, name, "exec")
    exec(code, main.__dict__)


# ---------------------------------------------------------------------------------------
# The parent: run a child, record results
# ---------------------------------------------------------------------------------------

class OracleError(Exception):
    """The program could not be recorded (timeout, signal, too much output)."""


def run_program(path, timeout=DEFAULT_TIMEOUT, allocator=None):
    """Run one program under the oracle. Returns (status, stdout_bytes, stderr_bytes).
    Raises OracleError when the run cannot serve as an expectation. `allocator`
    sets PYTHONMALLOC (used by --perturb to move objects to other addresses)."""
    path = os.path.abspath(path)
    folder, name = os.path.split(path)
    env = dict(os.environ)
    for var in ("PYTHONSTARTUP", "PYTHONPATH", "PYTHONWARNINGS", "PYTHONDEVMODE",
                "PYTHONASYNCIODEBUG", "PYTHONINSPECT", "PYTHONMALLOC"):
        env.pop(var, None)
    env.update(PYTHONHASHSEED="0", PYTHONIOENCODING="utf-8",
               PYTHONDONTWRITEBYTECODE="1", PYTHONUTF8="1")
    if allocator:
        env["PYTHONMALLOC"] = allocator
    cmd = [sys.executable, os.path.abspath(__file__), "--child", name]
    status, out, err, why = run_capped(cmd, folder, env, timeout)
    if why == "timeout":
        raise OracleError("%s: timed out after %gs (runs forever?)" % (path, timeout))
    if why == "too much output":
        raise OracleError("%s: more than %d bytes of output" % (path, MAX_OUTPUT))
    if status < 0:
        raise OracleError("%s: killed by signal %d" % (path, -status))
    return status, out, err


def run_capped(cmd, cwd, env, timeout, limit=MAX_OUTPUT):
    """Run cmd with stdin empty, collecting stdout and stderr but killing it when it
    exceeds `timeout` seconds or `limit` bytes on either stream (so a program that
    prints forever cannot fill memory). Returns (status, stdout, stderr, why) where
    why is None, "timeout" or "too much output"."""
    import threading
    # An empty pipe rather than /dev/null: on a shared machine /dev/null has been seen
    # as a regular file that other processes write into.
    proc = subprocess.Popen(cmd, cwd=cwd, env=env, stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    proc.stdin.close()
    buffers = {"out": bytearray(), "err": bytearray()}
    overflow = threading.Event()

    def drain(stream, key):
        while True:
            chunk = stream.read1(65536) if hasattr(stream, "read1") else stream.read(65536)
            if not chunk:
                break
            buf = buffers[key]
            if len(buf) <= limit:
                buf.extend(chunk)
            if len(buf) > limit and not overflow.is_set():
                overflow.set()
                proc.kill()

    readers = [threading.Thread(target=drain, args=(proc.stdout, "out")),
               threading.Thread(target=drain, args=(proc.stderr, "err"))]
    for r in readers:
        r.start()
    why = None
    try:
        proc.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        why = "timeout"
        proc.kill()
        proc.wait()
    for r in readers:
        r.join()
    proc.stdout.close()
    proc.stderr.close()
    if overflow.is_set():
        why = "too much output"
    return proc.returncode, bytes(buffers["out"]), bytes(buffers["err"]), why


def expected_paths(path):
    base = path[:-3] if path.endswith(".py") else path
    return base + ".out", base + ".err"


def record(path, timeout=DEFAULT_TIMEOUT):
    """Run a program and write its expected files. Returns a one-line summary."""
    status, out, err = run_program(path, timeout)
    out_path, err_path = expected_paths(path)
    with open(out_path, "wb") as f:
        f.write(out)
    if status != 0:
        with open(err_path, "w", encoding="utf-8") as f:
            f.write(err_file_text(status, err))
    elif os.path.exists(err_path):
        os.remove(err_path)
    return "%s: exit %d, %d bytes" % (os.path.relpath(path), status, len(out))


def differs_from_recorded(path, timeout=DEFAULT_TIMEOUT, allocator=None):
    """Rerun a program; return a reason string if its expected files are out of date."""
    status, out, err = run_program(path, timeout, allocator)
    out_path, err_path = expected_paths(path)
    try:
        with open(out_path, "rb") as f:
            if f.read() != out:
                return "stdout differs from %s" % os.path.relpath(out_path)
    except FileNotFoundError:
        return "no %s" % os.path.relpath(out_path)
    has_err = os.path.exists(err_path)
    if status == 0:
        return "stale .err" if has_err else None
    if not has_err:
        return "exit %d but no .err" % status
    with open(err_path, encoding="utf-8") as f:
        if f.read() != err_file_text(status, err):
            return ".err differs"
    return None


def map_corpus(fn, paths, jobs, timeout):
    """Apply fn(path, timeout) to paths, jobs at a time; yield (path, result|error)."""
    with concurrent.futures.ThreadPoolExecutor(max_workers=jobs) as pool:
        futures = [(p, pool.submit(fn, p, timeout)) for p in paths]
        for path, fut in futures:
            try:
                yield path, fut.result(), None
            except OracleError as exc:
                yield path, None, str(exc)


def main(argv):
    if len(argv) >= 2 and argv[0] == "--child":
        child_main(argv[1])
        return 0
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("files", nargs="*")
    ap.add_argument("--check", action="store_true",
                    help="print the results instead of writing files")
    ap.add_argument("--all", action="store_true", help="regenerate the whole corpus")
    ap.add_argument("--verify", action="store_true",
                    help="report corpus programs whose expected files are out of date")
    ap.add_argument("--perturb", action="store_true",
                    help="with --verify: rerun under other allocators to catch "
                         "address-dependent output")
    ap.add_argument("-k", dest="pattern", help="only corpus paths containing PATTERN")
    ap.add_argument("--timeout", type=float, default=DEFAULT_TIMEOUT)
    ap.add_argument("--jobs", type=int, default=2)
    args = ap.parse_args(argv)

    if args.check:
        if len(args.files) != 1:
            ap.error("--check takes one FILE")
        try:
            status, out, err = run_program(args.files[0], args.timeout)
        except OracleError as exc:
            print("oracle error:", exc, file=sys.stderr)
            return 2
        sys.stdout.write("--- stdout ---\n")
        sys.stdout.write(out.decode("utf-8", errors="replace"))
        sys.stdout.write("--- exit status %d ---\n" % status)
        if status != 0:
            sys.stdout.write("--- .err ---\n" + err_file_text(status, err))
        if err:
            sys.stdout.write("--- stderr ---\n" + err.decode("utf-8", errors="replace"))
        return 0

    if args.all or args.verify:
        paths = discover(CORPUS, args.pattern)
    else:
        paths = args.files
    if not paths:
        ap.error("no programs given")

    failures = 0
    if args.verify:
        allocators = ["malloc", "debug"] if args.perturb else [None]
        runs = [(lambda p, t, a=a: differs_from_recorded(p, t, a), a) for a in allocators]
    else:
        runs = [(record, None)]
    for fn, allocator in runs:
        for path, result, error in map_corpus(fn, paths, args.jobs, args.timeout):
            if error:
                failures += 1
                print("ERROR", error, file=sys.stderr)
            elif args.verify:
                if result:
                    failures += 1
                    print("OUT OF DATE %s: %s%s" % (os.path.relpath(path), result,
                          " (PYTHONMALLOC=%s)" % allocator if allocator else ""))
            elif not args.all:
                print(result)
    if args.verify:
        print("%d programs verified, %d out of date or failing" % (len(paths), failures))
    elif args.all:
        print("%d programs recorded, %d errors" % (len(paths) - failures, failures))
    return 2 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
