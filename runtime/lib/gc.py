"""A minimal gc module. Taskscope's objects are freed by reference counting alone (no
cycle collector, see runtime/py/object.h), so collect() finds nothing itself; it runs
gc.callbacks as CPython does, which lets a library release objects that CPython's
collector would have found at this point (asyncio's tasks left pending by a closed
loop)."""

callbacks = []
_enabled = True


def collect(generation=2):
    for cb in list(callbacks):
        cb('start', {'generation': generation, 'collected': 0, 'uncollectable': 0})
    for cb in list(callbacks):
        cb('stop', {'generation': generation, 'collected': 0, 'uncollectable': 0})
    return 0


def enable():
    global _enabled
    _enabled = True


def disable():
    global _enabled
    _enabled = False


def isenabled():
    return _enabled


def get_count():
    return (0, 0, 0)


def get_objects(generation=None):
    return []


def is_tracked(obj):
    return False
