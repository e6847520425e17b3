"""asyncio for Taskscope: CPython 3.11's API and scheduling over the runtime's loop
(runtime/aio, bound by the _asyncio module)."""

from asyncio.base_events import *
from asyncio.coroutines import *
from asyncio.events import *
from asyncio.exceptions import *
from asyncio.futures import *
from asyncio.locks import *
from asyncio.queues import *
from asyncio.runners import *
from asyncio.streams import *
from asyncio.subprocess import *
from asyncio.tasks import *
from asyncio.taskgroups import *
from asyncio.timeouts import *
from asyncio.base_events import EventLoop
from asyncio.events import Handle, TimerHandle, _get_running_loop, _set_running_loop
from asyncio.futures import isfuture, wrap_future
from asyncio.tasks import _enter_task, _leave_task

SelectorEventLoop = EventLoop

from asyncio import (base_events, coroutines, events, exceptions, futures, locks,
                     queues, runners, streams, subprocess, tasks, taskgroups, timeouts)

# The bridge to threads (asyncio/threads.py: to_thread, run_coroutine_threadsafe, the
# loop's executors) is loaded on first use, from the library bundle: most programs
# never start a thread, and the wasm engine embeds only what `import asyncio` loads.
_FROM_THREADS = ('to_thread', 'run_coroutine_threadsafe')

__all__ = (base_events.__all__ + coroutines.__all__ + events.__all__ + exceptions.__all__
           + futures.__all__ + locks.__all__ + queues.__all__ + runners.__all__
           + streams.__all__ + subprocess.__all__ + tasks.__all__ + taskgroups.__all__
           + timeouts.__all__ + _FROM_THREADS)


def __getattr__(name):
    if name in _FROM_THREADS or name == 'threads':
        import sys
        __import__('asyncio.threads')
        threads = sys.modules['asyncio.threads']
        return threads if name == 'threads' else getattr(threads, name)
    raise AttributeError(f"module 'asyncio' has no attribute '{name}'")


def __dir__():
    return sorted(set(globals()) | set(_FROM_THREADS) | {'threads'})
