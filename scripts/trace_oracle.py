#!/usr/bin/env python3
"""The trace oracle: run a Python asyncio program under CPython 3.11 and write the
docs/trace.md event list it produces, as JSON.

    python3 scripts/trace_oracle.py PROGRAM.py [-o TRACE.json] [--quiet]

CPython is never part of the product: this script makes the reference traces that the
timeline is developed and tested against (tests/browser/fixtures/), and that the
engine's own traces can later be compared with.

How it observes a run without changing it:
- A virtual clock (design decision 3): loop time starts at 0; when nothing is ready the
  loop jumps to the next timer instead of sleeping; time.monotonic/perf_counter read
  virtual time, time.time() is 1700000000 plus it; time.sleep advances it and is
  recorded as a `blocking` event; random is seeded with 0.
- Timers fire by (deadline, order scheduled), as design decision 2 requires.
- Every task is a subclass of asyncio's pure-Python Task whose step method is wrapped,
  so each step's start and end, and what the task then waits on, are seen. What it
  waits on is read from the coroutine's `cr_await` chain (the innermost asyncio
  function on it names the wait: sleep, Queue.get, Event.wait ...), never guessed.
- stdout and stderr are wrapped so each write is attributed to the running task.
"""
import argparse
import asyncio
import asyncio.base_events
import asyncio.events
import asyncio.tasks
import json
import linecache
import os
import random
import selectors
import sys
import time
import traceback

PROGRAM_FILE = 'main.py'  # the name tracebacks show, as the engine names the program
TASK_TYPES = (asyncio.Task, asyncio.tasks._PyTask)
# The real clock, kept before install_clock() replaces time's functions.
REAL_CLOCK = time.perf_counter


class Tracer:
    """Collects the event list and the small amount of state the events need."""

    def __init__(self, clock_kind):
        self.events = []
        self.now = 0.0            # virtual seconds
        self.step = 0             # loop iterations, all loops of the program together
        self.real_start = REAL_CLOCK()
        self.task_ids = {}        # id(task) -> small integer
        self.next_task = 1
        self.next_timer = 1
        self.clock = clock_kind

    def emit(self, kind, task=None, **fields):
        ev = {'kind': kind, 't': round(self.now, 9),
              'rt': round((REAL_CLOCK() - self.real_start) * 1000, 3),
              'step': self.step, 'task': task}
        ev.update(fields)
        # Consecutive writes by one task to one stream in one step are one chunk: print()
        # writes its text and its newline separately, which says nothing to a reader.
        if kind == 'output' and self.events:
            last = self.events[-1]
            if (last['kind'] == 'output' and last['task'] == task and last['step'] == self.step
                    and last['stream'] == fields['stream'] and last['t'] == ev['t']):
                last['text'] += fields['text']
                return last
        self.events.append(ev)
        return ev

    def task_id(self, task):
        return self.task_ids.get(id(task)) if task is not None else None


TRACER = None


def current_task_id():
    try:
        loop = asyncio.events._get_running_loop()
        if loop is None:
            return None
        return TRACER.task_id(asyncio.tasks._current_tasks.get(loop))
    except Exception:
        return None


def user_line():
    """The innermost line of the user's program on the current Python stack."""
    f = sys._getframe(1)
    while f is not None:
        if f.f_code.co_filename == PROGRAM_FILE:
            return f.f_lineno
        f = f.f_back
    return None


# ---- what a suspended task waits on -------------------------------------------------

def await_chain(coro):
    """The objects on a coroutine's await chain, outermost first."""
    chain = []
    obj = coro
    while obj is not None and len(chain) < 200:
        chain.append(obj)
        obj = getattr(obj, 'cr_await', None) or getattr(obj, 'gi_yieldfrom', None) \
            or getattr(obj, 'ag_await', None)
    return chain


def frame_of(obj):
    return getattr(obj, 'cr_frame', None) or getattr(obj, 'gi_frame', None) \
        or getattr(obj, 'ag_frame', None)


def fmt_num(x):
    return repr(x)


SYNC_WAITS = {
    'Queue.get': 'queue_get', 'Queue.put': 'queue_put', 'Queue.join': 'queue_join',
    'Event.wait': 'event', 'Lock.acquire': 'lock', 'Condition.wait': 'condition',
    'Condition.wait_for': 'condition', 'Semaphore.acquire': 'semaphore',
    'Barrier.wait': 'barrier',
}


def describe_wait(task, fut):
    """The `wait` object of a step_end for a task that suspended on `fut` (None: bare
    yield, i.e. sleep(0))."""
    chain = await_chain(task.get_coro())
    line = None
    for obj in chain:
        fr = frame_of(obj)
        if fr is not None and fr.f_code.co_filename == PROGRAM_FILE:
            line = fr.f_lineno
    wait = {'kind': 'future', 'label': 'Future', 'target': None, 'line': line}
    if fut is None:
        wait.update(kind='yield', label='sleep(0)')
        return wait
    if isinstance(fut, TASK_TYPES):
        wait.update(kind='task', label=fut.get_name(), target=TRACER.task_id(fut))
        # `await task` directly, but also wait_for/shield of one task land here.
    # as_completed's helper waits on an internal queue; the helper is what to show.
    if any(getattr(o, '__qualname__', '').endswith('_wait_for_one') for o in chain):
        wait.update(kind='as_completed', label='as_completed', target=None)
        return wait
    # The asyncio function the program called (the first library coroutine below the
    # program's own frames) names the wait: Queue.join, not the Event.wait inside it.
    for obj in chain:
        code = getattr(obj, 'cr_code', None) or getattr(obj, 'gi_code', None)
        fr = frame_of(obj)
        if code is None or fr is None or code.co_filename == PROGRAM_FILE:
            continue
        qn = getattr(obj, '__qualname__', code.co_name)
        loc = fr.f_locals
        if qn == 'sleep':
            wait.update(kind='sleep', label=f"sleep({fmt_num(loc.get('delay'))})")
            return wait
        if qn in SYNC_WAITS:
            wait.update(kind=SYNC_WAITS[qn], label=qn, target=None)
            return wait
        if qn == 'wait_for':
            inner = loc.get('fut')
            wait.update(kind='wait_for', label=f"wait_for(timeout={fmt_num(loc.get('timeout'))})",
                        target=TRACER.task_id(inner) if isinstance(inner, TASK_TYPES) else None)
            return wait
        if qn in ('wait', '_wait'):
            fs = loc.get('fs') or ()
            ids = [TRACER.task_id(f) for f in fs if isinstance(f, TASK_TYPES)]
            wait.update(kind='wait', label='wait', target=None, targets=sorted(i for i in ids if i))
            return wait
        if qn == 'TaskGroup.__aexit__':
            group = loc.get('self')
            ids = [TRACER.task_id(t) for t in getattr(group, '_tasks', ())]
            wait.update(kind='taskgroup', label='TaskGroup', target=None,
                        targets=sorted(i for i in ids if i))
            return wait
    if wait['kind'] == 'task':
        return wait
    cls = type(fut).__name__
    if cls == '_GatheringFuture':
        ids = [TRACER.task_id(c) for c in getattr(fut, '_children', ())]
        ids = [i for i in ids if i]
        wait.update(kind='gather', label=f'gather({len(fut._children)})', targets=ids)
        return wait
    # shield() returns a plain future whose done-callback closes over the inner one.
    for cb, _ctx in getattr(fut, '_callbacks', None) or ():
        if getattr(cb, '__name__', '') == '_outer_done_callback':
            cells = dict(zip(cb.__code__.co_freevars, cb.__closure__ or ()))
            inner = cells.get('inner')
            inner = inner.cell_contents if inner is not None else None
            if isinstance(inner, TASK_TYPES):
                wait.update(kind='shield', label=f'shield({inner.get_name()})',
                            target=TRACER.task_id(inner))
            else:
                wait.update(kind='shield', label='shield')
            return wait
    return wait


def describe_error(exc):
    text = str(exc)
    return f'{type(exc).__name__}: {text}' if text else type(exc).__name__


# ---- the task ---------------------------------------------------------------------------

class TracedTask(asyncio.tasks._PyTask):
    """asyncio's own Task with each step observed; scheduling is untouched."""

    def __init__(self, coro, *, loop=None, name=None, context=None, hidden=False, parent=None):
        self._ts_hidden = hidden
        super().__init__(coro, loop=loop, name=name, context=context)
        if hidden:
            return
        tid = TRACER.next_task
        TRACER.next_task += 1
        TRACER.task_ids[id(self)] = tid
        self._ts_created = TRACER.emit(
            'task_created', tid, name=self.get_name(),
            coro=getattr(coro, '__qualname__', type(coro).__name__),
            parent=parent, line=user_line())

    def set_name(self, value):
        super().set_name(value)
        if getattr(self, '_ts_hidden', True):
            return
        tid = TRACER.task_id(self)
        # asyncio.create_task(coro, name=...) names the task right after creating it:
        # that is still its creation.
        if TRACER.events and TRACER.events[-1] is self._ts_created:
            self._ts_created['name'] = self.get_name()
        else:
            TRACER.emit('task_renamed', tid, name=self.get_name())

    def cancel(self, msg=None):
        if not self.done() and not self._ts_hidden:
            TRACER.emit('cancel_requested', TRACER.task_id(self), by=current_task_id(),
                        msg=msg)
        return super().cancel(msg)

    def _Task__step(self, exc=None):
        if self._ts_hidden:
            return super()._Task__step(exc)
        tid = TRACER.task_id(self)
        TRACER.emit('step_begin', tid)
        super()._Task__step(exc)
        if self.done():
            TRACER.emit('step_end', tid, wait=None)
            if self.cancelled():
                TRACER.emit('task_done', tid, outcome='cancelled',
                            error=getattr(self, '_cancel_message', None))
            elif self.exception() is not None:
                TRACER.emit('task_done', tid, outcome='raised',
                            error=describe_error(self.exception()))
            else:
                TRACER.emit('task_done', tid, outcome='returned', error=None)
        else:
            TRACER.emit('step_end', tid, wait=describe_wait(self, self._fut_waiter))


# ---- the loop and its clock ----------------------------------------------------------------

TIMER_LABELS = {
    '_set_result_unless_cancelled': 'sleep', '_release_waiter': 'wait_for',
    'Timeout._on_timeout': 'timeout', '_on_timeout': 'wait timeout',
}


class OrderedTimer(asyncio.events.TimerHandle):
    """A timer that sorts by (deadline, order scheduled) and reports when it fires."""
    __slots__ = ('_ts_seq', '_ts_sched', '_ts_id')

    def __lt__(self, other):
        return (self._when, self._ts_seq) < (other._when, other._ts_seq)

    def __le__(self, other):
        return (self._when, self._ts_seq) <= (other._when, other._ts_seq)

    def __gt__(self, other):
        return (self._when, self._ts_seq) > (other._when, other._ts_seq)

    def __ge__(self, other):
        return (self._when, self._ts_seq) >= (other._when, other._ts_seq)

    @property
    def _scheduled(self):
        return self._ts_sched

    @_scheduled.setter
    def _scheduled(self, value):
        # The loop clears the flag when it moves a due timer to the ready queue.
        if getattr(self, '_ts_sched', False) and not value and not self._cancelled:
            TRACER.emit('timer_fired', None, timer=self._ts_id)
        self._ts_sched = value


class VirtualSelector(selectors.DefaultSelector):
    """Never sleeps: a wait for `timeout` seconds is a jump of the virtual clock."""

    def __init__(self):
        super().__init__()
        self.loop = None

    def select(self, timeout=None):
        if timeout is None or timeout > 0:
            loop = self.loop
            until = loop._scheduled[0]._when if loop._scheduled else None
            TRACER.emit('idle_begin', None, until=until)
            if until is None:
                raise RuntimeError('deadlock: every task waits and no timer is pending')
            TRACER.now = max(TRACER.now, until)
            TRACER.emit('idle_end', None)
        return super().select(0)


class VirtualLoop(asyncio.SelectorEventLoop):
    def __init__(self):
        sel = VirtualSelector()
        super().__init__(sel)
        sel.loop = self
        self._ts_seq = 0

    def time(self):
        return TRACER.now

    def _run_once(self):
        TRACER.step += 1
        super()._run_once()

    def call_at(self, when, callback, *args, context=None):
        self._check_closed()
        timer = OrderedTimer(when, callback, args, self, context)
        self._ts_seq += 1
        timer._ts_seq = self._ts_seq
        timer._ts_id = TRACER.next_timer
        TRACER.next_timer += 1
        qn = getattr(callback, '__qualname__', '') or getattr(callback, '__name__', '')
        label = TIMER_LABELS.get(qn.split('.<locals>.')[-1], qn)
        TRACER.emit('timer_scheduled', current_task_id(), timer=timer._ts_id,
                    when=round(when, 9), label=label)
        import heapq
        heapq.heappush(self._scheduled, timer)
        timer._scheduled = True
        return timer

    def create_task(self, coro, *, name=None, context=None):
        self._check_closed()
        parent = current_task_id()
        code = getattr(coro, 'cr_code', None)
        # asyncio.run's own shutdown tasks (async generators, executor) are not the
        # program's; they still run, but the trace leaves them out.
        hidden = parent is None and (code is None or code.co_filename != PROGRAM_FILE)
        return TracedTask(coro, loop=self, name=name, context=context, hidden=hidden,
                          parent=parent)


class VirtualPolicy(asyncio.DefaultEventLoopPolicy):
    _loop_factory = VirtualLoop


# ---- output and blocking calls ------------------------------------------------------------

class TracedStream:
    def __init__(self, name, real, echo):
        self.name, self.real, self.echo = name, real, echo

    def write(self, text):
        if text:
            TRACER.emit('output', current_task_id(), stream=self.name, text=text)
            if self.echo:
                self.real.write(text)
        return len(text)

    def flush(self):
        if self.echo:
            self.real.flush()

    def isatty(self):
        return False

    @property
    def encoding(self):
        return 'utf-8'


def install_clock():
    def sleep(seconds):
        seconds = float(seconds) if not isinstance(seconds, (int, float)) else seconds
        if seconds < 0:
            raise ValueError('sleep length must be non-negative')
        TRACER.emit('blocking', current_task_id(), seconds=seconds,
                    label=f'time.sleep({fmt_num(seconds)})')
        TRACER.now += seconds

    time.sleep = sleep
    time.monotonic = lambda: TRACER.now
    time.perf_counter = lambda: TRACER.now
    time.time = lambda: 1700000000.0 + TRACER.now
    random.seed(0)
    asyncio.set_event_loop_policy(VirtualPolicy())


def main():
    global TRACER
    ap = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    ap.add_argument('program')
    ap.add_argument('-o', '--output', help='trace JSON file (default: stdout)')
    ap.add_argument('--quiet', action='store_true', help="do not echo the program's output")
    ap.add_argument('--no-rt', action='store_true',
                    help='write rt as 0 so the trace is byte-for-byte reproducible')
    args = ap.parse_args()
    with open(args.program, encoding='utf-8') as f:
        source = f.read()

    TRACER = Tracer('virtual')
    TRACER.emit('run_begin', None, clock='virtual')
    real_out, real_err = sys.stdout, sys.stderr
    echo = not args.quiet and args.output is not None
    install_clock()
    sys.stdout = TracedStream('stdout', real_out, echo)
    sys.stderr = TracedStream('stderr', real_err, echo)
    exit_code = 0
    # Tracebacks show the program's lines, as they would for a file on disk.
    linecache.cache[PROGRAM_FILE] = (len(source), None, source.splitlines(True), PROGRAM_FILE)
    try:
        code = compile(source, PROGRAM_FILE, 'exec')
        exec(code, {'__name__': '__main__', '__file__': PROGRAM_FILE})
    except SystemExit as e:
        exit_code = e.code if isinstance(e.code, int) else (0 if e.code is None else 1)
    except BaseException:
        # Print the traceback as CPython would, without this script's own frames.
        etype, exc, tb = sys.exc_info()
        while tb is not None and tb.tb_frame.f_code.co_filename != PROGRAM_FILE:
            tb = tb.tb_next
        sys.stderr.write(''.join(traceback.format_exception(etype, exc, tb)))
        exit_code = 1
    sys.stdout.flush()
    sys.stdout, sys.stderr = real_out, real_err
    TRACER.emit('run_end', None, exit_code=exit_code)
    if args.no_rt:
        for ev in TRACER.events:
            ev['rt'] = 0
    doc = {'version': 1, 'clock': 'virtual', 'events': TRACER.events}
    text = json.dumps(doc, indent=None, separators=(',', ':'), ensure_ascii=False)
    text = text.replace('},{', '},\n{')
    if args.output:
        with open(args.output, 'w', encoding='utf-8') as f:
            f.write(text + '\n')
    else:
        real_out.write(text + '\n')
    # The program's own status is run_end's exit_code; this script fails only when it
    # could not make the trace.
    return 0


if __name__ == '__main__':
    sys.exit(main())
