import sched

from compare import load, same, same_output

ts = load("sched")


class Clock:
    def __init__(self):
        self.now = 0.0
        self.log = []

    def time(self):
        return self.now

    def sleep(self, delay):
        self.log.append(("sleep", delay))
        self.now += delay


def scenario(mod, blocking=True):
    clock = Clock()
    s = mod.scheduler(clock.time, clock.sleep)
    out = clock.log

    def act(name, *rest, **kw):
        out.append((name, clock.now, rest, kw))
    s.enter(5, 1, act, ("five",))
    s.enter(1, 2, act, ("one-low",))
    s.enter(1, 1, act, ("one-high",))
    e = s.enter(3, 1, act, ("cancelled",))
    s.enterabs(2, 1, act, argument=("abs",), kwargs={"k": 1})
    s.enter(1, 1, act, ("one-high-second",))
    s.cancel(e)
    out.append(("queue", [(ev.time, ev.priority, ev.argument) for ev in s.queue]))
    out.append(("empty", s.empty()))
    if blocking:
        s.run()
    else:
        out.append(("nonblocking", s.run(blocking=False)))
        clock.now = 1.5
        out.append(("nonblocking", s.run(False)))
    out.append(("empty", s.empty(), s.run()))
    try:
        s.cancel(e)
    except ValueError as err:
        out.append(("cancel again", type(err).__name__))
    return out


same("scheduler run", lambda: scenario(ts), lambda: scenario(sched))
same("scheduler non-blocking", lambda: scenario(ts, False), lambda: scenario(sched, False))
same("event fields", lambda: ts.Event._fields, lambda: sched.Event._fields)

def reentrant(mod):
    """Events that enter and cancel others while the scheduler runs, equal times and
    priorities in entering order, and the queue seen from inside an action."""
    clock = Clock()
    s = mod.scheduler(clock.time, clock.sleep)
    out = clock.log
    later = []

    def act(name):
        out.append((name, clock.now, [ev.argument for ev in s.queue]))
        if name == "a":
            s.enter(0, 5, act, ("from-a",))
            later.append(s.enter(2, 0, act, ("never",)))
        if name == "b":
            s.cancel(later[0])
    for name in ("a", "b", "c"):
        s.enterabs(1, 1, act, (name,))
    s.enterabs(0.5, 9, act, ("early",))
    out.append(("next", s.run(False)))
    s.run()
    out.append(("after", s.empty(), s.queue))
    return out


same("scheduler re-entrant", lambda: reentrant(ts), lambda: reentrant(sched))

# On the engine, with the default clock (time.monotonic / time.sleep: virtual time).
same_output("sched_engine", '''
import sched, time
s = sched.scheduler()
start = time.monotonic()
def say(word):
    print(word, round(time.monotonic() - start, 1))
s.enterabs(start + 0.2, 1, say, ("second",))
s.enter(0.1, 1, say, ("first",))
s.enterabs(start + 0.2, 0, say, ("urgent",))
s.run()
print(s.empty())
''')
