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
