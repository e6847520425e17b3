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
from asyncio.tasks import *
from asyncio.taskgroups import *
from asyncio.timeouts import *
from asyncio.base_events import EventLoop
from asyncio.events import Handle, TimerHandle, _get_running_loop, _set_running_loop
from asyncio.futures import isfuture, wrap_future
from asyncio.tasks import _enter_task, _leave_task

SelectorEventLoop = EventLoop

from asyncio import (base_events, coroutines, events, exceptions, futures, locks,
                     queues, runners, tasks, taskgroups, timeouts)

# Submodules loaded on first use of one of their names, from the library bundle: the
# wasm engine embeds only what `import asyncio` loads, and most programs use none of
# these — the bridge to threads (to_thread, run_coroutine_threadsafe, the loop's
# executors) and the streams and subprocesses a browser cannot have (their entry
# points raise NotImplementedError saying so).
_ON_DEMAND = {'to_thread': 'threads', 'run_coroutine_threadsafe': 'threads',
              'open_connection': 'streams', 'start_server': 'streams',
              'StreamReader': 'streams', 'StreamWriter': 'streams',
              'create_subprocess_exec': 'subprocess', 'create_subprocess_shell': 'subprocess'}
_ON_DEMAND_MODULES = ('threads', 'streams', 'subprocess')

__all__ = (base_events.__all__ + coroutines.__all__ + events.__all__ + exceptions.__all__
           + futures.__all__ + locks.__all__ + queues.__all__ + runners.__all__
           + tasks.__all__ + taskgroups.__all__ + timeouts.__all__ + tuple(_ON_DEMAND))


def __getattr__(name):
    submodule = name if name in _ON_DEMAND_MODULES else _ON_DEMAND.get(name)
    if submodule is None:
        raise AttributeError(f"module 'asyncio' has no attribute '{name}'")
    import sys
    __import__('asyncio.' + submodule)
    module = sys.modules['asyncio.' + submodule]
    return module if name == submodule else getattr(module, name)


def __dir__():
    return sorted(set(globals()) | set(_ON_DEMAND) | set(_ON_DEMAND_MODULES))
