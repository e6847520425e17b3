"""asyncio for Taskscope: CPython 3.11's API and scheduling over the runtime's loop
(runtime/aio, bound by the _asyncio module)."""

import sys

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
from asyncio.base_events import EventLoop as SelectorEventLoop
from asyncio.events import Handle, TimerHandle, _get_running_loop, _set_running_loop
from asyncio.futures import isfuture, wrap_future
from asyncio.tasks import _enter_task, _leave_task

from asyncio import (base_events, coroutines, events, exceptions, futures, locks,
                     queues, runners, tasks, taskgroups, timeouts)

# Submodules loaded on first use of one of their names, from the library bundle: the
# wasm engine embeds only what `import asyncio` loads, and most programs use none of
# these — the bridge to threads (to_thread, run_coroutine_threadsafe, the loop's
# executors), the streams and subprocesses a browser cannot have (their entry points
# raise NotImplementedError saying so), the protocol and transport interfaces and the
# child watchers. __all__ is kept with them (asyncio.unix_events), so the engine does
# not embed its 93 names either; a name of it not defined here is looked for in each
# of these modules in turn.
_ON_DEMAND_MODULES = ('threads', 'streams', 'subprocess', 'protocols', 'transports',
                      'unix_events', 'log')


def __getattr__(name):
    if name[:2] != '__' or name == '__all__':
        __import__('asyncio.unix_events')
        names = sys.modules['asyncio.unix_events']._ASYNCIO_ALL
        if name == '__all__':
            globals()['__all__'] = names
            return names
        for submodule in _ON_DEMAND_MODULES:
            if name == submodule or name in names:
                __import__('asyncio.' + submodule)
                module = sys.modules['asyncio.' + submodule]
                if name == submodule:
                    return module
                if name in module.__dict__:
                    return module.__dict__[name]
    raise AttributeError(f"module 'asyncio' has no attribute '{name}'")


def __dir__():
    names = set(globals()) | set(__getattr__('__all__')) | set(_ON_DEMAND_MODULES)
    return sorted(names - {'_ON_DEMAND_MODULES', '__getattr__', '__dir__'})
